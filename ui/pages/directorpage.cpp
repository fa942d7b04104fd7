#include "directorpage.h"

namespace lyncdns {

DirectorPage::DirectorPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Director"),
               tr("An optional Director (or Director pool) in front of the Front End. When you plan one, "
                  "clients sign in and simple URLs resolve through it; the reverse proxy also publishes its "
                  "external web services."),
               parent)
{
}

void DirectorPage::loadFromPlan() {}

QStringList DirectorPage::pathPrefixes() const
{
    return {QStringLiteral("director")};
}

} // namespace lyncdns
