#pragma once

// Wizard page: site 0's first Persistent Chat pool and its servers (internal records only; the
// role does not exist in Skype for Business Server 2019 and Subscription Edition, where the wizard
// skips this page).

#include "ui/wizard/planpage.h"

class QCheckBox;
class QGroupBox;
class QLineEdit;

namespace lyncdns {

class ServersTable;

class PersistentChatPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit PersistentChatPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    void writeToPlan();

    QCheckBox *m_enabled = nullptr;
    QGroupBox *m_details = nullptr;
    QLineEdit *m_fqdn = nullptr;
    ServersTable *m_servers = nullptr;
};

} // namespace lyncdns
