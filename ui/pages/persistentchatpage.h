#pragma once

// Wizard page: Persistent Chat.

#include "planpage.h"

namespace lyncdns {

class PersistentChatPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit PersistentChatPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
};

} // namespace lyncdns
