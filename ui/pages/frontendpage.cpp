#include "frontendpage.h"

namespace lyncdns {

FrontEndPage::FrontEndPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Front End"),
               tr("The Front End pool (or Standard Edition server) clients sign in to. With DNS load "
                  "balancing the pool name gets one address per server, and web traffic still needs a "
                  "hardware load balancer VIP on a separate internal web services name."),
               parent)
{
}

void FrontEndPage::loadFromPlan() {}

QStringList FrontEndPage::pathPrefixes() const
{
    return {QStringLiteral("frontEnd")};
}

} // namespace lyncdns
