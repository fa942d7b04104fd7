#pragma once

// Editor page of a pool that is only a name and its servers, DNS load balanced: a Persistent Chat
// pool (internal records only; the role does not exist in Skype for Business Server 2019 and
// Subscription Edition, where the page does not apply) or a Mediation pool. The element is the
// scope's (editscope.h).

#include "ui/wizard/planpage.h"

class QCheckBox;
class QGroupBox;
class QLineEdit;

namespace lyncdns {

class ServersTable;

class ServerPoolPage final : public PlanPage
{
    Q_OBJECT
public:
    // role: EstateRole::PersistentChat or EstateRole::Mediation.
    ServerPoolPage(EstateRole role, PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
    bool isApplicable() const override;

private:
    std::optional<ServerPool> stored() const;
    void writeToPlan();

    EstateRole m_role;
    QCheckBox *m_enabled = nullptr;
    QGroupBox *m_details = nullptr;
    QLineEdit *m_fqdn = nullptr;
    ServersTable *m_servers = nullptr;
};

} // namespace lyncdns
