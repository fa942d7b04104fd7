#include "productpage.h"

namespace lyncdns {

ProductPage::ProductPage(PlanDocument *document, QWidget *parent)
    : PlanPage(
          document, tr("Product and SIP domains"),
          tr("Which server version you deploy and which SIP domains your users sign in with. Every client "
             "discovery record (<i>lyncdiscover</i>, SRV records, <i>sip.</i> names) is created once per SIP "
             "domain; the first one is the primary domain that default names are built from."),
          parent)
{
}

void ProductPage::loadFromPlan() {}

QStringList ProductPage::pathPrefixes() const
{
    return {QStringLiteral("product"), QStringLiteral("sipDomains")};
}

} // namespace lyncdns
