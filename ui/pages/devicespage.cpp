#include "devicespage.h"

namespace lyncdns {

DevicesPage::DevicesPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Legacy discovery and phones"),
               tr("SRV and host records for clients older than Lync 2013 and for desk phones, the NTP SRV "
                  "record phones take their time from, and the device update name phones use before their "
                  "first sign-in."),
               parent)
{
}

void DevicesPage::loadFromPlan() {}

QStringList DevicesPage::pathPrefixes() const
{
    return {QStringLiteral("legacyDiscovery"), QStringLiteral("devices")};
}

} // namespace lyncdns
