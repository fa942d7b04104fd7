#include "mobilitypage.h"

namespace lyncdns {

MobilityPage::MobilityPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Autodiscover and mobility"),
               tr("Lync 2013 clients and mobile apps find their pool through <i>lyncdiscoverinternal</i> "
                  "(internal) and <i>lyncdiscover</i> (external). Push notifications for older mobile "
                  "clients also need the federation SRV record."),
               parent)
{
}

void MobilityPage::loadFromPlan() {}

QStringList MobilityPage::pathPrefixes() const
{
    return {QStringLiteral("autodiscover"), QStringLiteral("mobility")};
}

} // namespace lyncdns
