#include "reverseproxypage.h"

namespace lyncdns {

ReverseProxyPage::ReverseProxyPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Reverse proxy"),
               tr("The reverse proxy publishes web services, meetings, dial-in, Office Web Apps and "
                  "Autodiscover to the Internet. Without it, mobile clients and external meeting "
                  "participants cannot reach those names."),
               parent)
{
}

void ReverseProxyPage::loadFromPlan() {}

QStringList ReverseProxyPage::pathPrefixes() const
{
    return {QStringLiteral("reverseProxy")};
}

} // namespace lyncdns
