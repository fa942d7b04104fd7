#include "simpleurlspage.h"

namespace lyncdns {

SimpleUrlsPage::SimpleUrlsPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Simple URLs"),
               tr("Meet (one per SIP domain), Dial-in and the optional Admin URL. Internally they point at "
                  "the sign-in pool's web address; externally Meet and Dial-in go to the reverse proxy. The "
                  "Admin URL is never published outside."),
               parent)
{
}

void SimpleUrlsPage::loadFromPlan() {}

QStringList SimpleUrlsPage::pathPrefixes() const
{
    return {QStringLiteral("simpleUrls")};
}

} // namespace lyncdns
