#include "reviewpage.h"

namespace lyncdns {

ReviewPage::ReviewPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Review"),
               tr("Everything this plan asks for. Check the findings, then save the plan, export the records "
                  "or print the report."),
               parent)
{
}

void ReviewPage::loadFromPlan() {}

QStringList ReviewPage::pathPrefixes() const
{
    return {QString()};
}

} // namespace lyncdns
