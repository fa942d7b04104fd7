#include "persistentchatpage.h"

namespace lyncdns {

PersistentChatPage::PersistentChatPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Persistent Chat"),
               tr("The Persistent Chat pool and its servers get internal records. This role does not exist "
                  "in Skype for Business Server 2019."),
               parent)
{
}

void PersistentChatPage::loadFromPlan() {}

QStringList PersistentChatPage::pathPrefixes() const
{
    return {QStringLiteral("persistentChat")};
}

} // namespace lyncdns
