#include "dnspage.h"

namespace lyncdns {

DnsPage::DnsPage(PlanDocument *document, QWidget *parent)
    : PlanPage(
          document, tr("DNS"),
          tr("Whether your internal DNS holds its own copy of each SIP domain (split-brain DNS). Without it, "
             "internal names in a SIP domain need pin-point zones, which this tool creates for you. The TTL "
             "goes into every record; IPv6 adds AAAA records wherever you give an IPv6 address."),
          parent)
{
}

void DnsPage::loadFromPlan() {}

QStringList DnsPage::pathPrefixes() const
{
    return {QStringLiteral("dns")};
}

} // namespace lyncdns
