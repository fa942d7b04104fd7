#include "edgepage.h"

namespace lyncdns {

EdgePage::EdgePage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Edge"),
               tr("The Edge Server lets remote users sign in, federate and join meetings. External DNS must "
                  "hold the public addresses of its Access, Web Conferencing and A/V services (behind NAT: "
                  "the public side of the NAT); its internal FQDN stays in internal DNS."),
               parent)
{
}

void EdgePage::loadFromPlan() {}

QStringList EdgePage::pathPrefixes() const
{
    return {QStringLiteral("edge")};
}

} // namespace lyncdns
