#include "officewebappspage.h"

namespace lyncdns {

OfficeWebAppsPage::OfficeWebAppsPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Office Web Apps"),
               tr("Office Web Apps Server shows PowerPoint decks in meetings: an internal name for internal "
                  "users and, through the reverse proxy, an external name for everyone else."),
               parent)
{
}

void OfficeWebAppsPage::loadFromPlan() {}

QStringList OfficeWebAppsPage::pathPrefixes() const
{
    return {QStringLiteral("officeWebApps")};
}

} // namespace lyncdns
