#include "federationpage.h"

namespace lyncdns {

FederationPage::FederationPage(PlanDocument *document, QWidget *parent)
    : PlanPage(
          document, tr("Federation and XMPP"),
          tr("Federated partners find your Access Edge through <i>_sipfederationtls._tcp</i>; XMPP partners "
             "through <i>_xmpp-server._tcp</i>. Publish them only when you want to be discoverable."),
          parent)
{
}

void FederationPage::loadFromPlan() {}

QStringList FederationPage::pathPrefixes() const
{
    return {QStringLiteral("federation"), QStringLiteral("xmpp")};
}

} // namespace lyncdns
