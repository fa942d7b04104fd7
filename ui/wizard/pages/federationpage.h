#pragma once

// Wizard page: federation (discoverable or not) and XMPP federation, which Skype for Business
// Server 2019 and Subscription Edition no longer have.

#include "ui/wizard/planpage.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace lyncdns {

class FederationPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit FederationPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    void updateState();

    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_discoverable = nullptr;
    QLabel *m_pushNote = nullptr;
    QLabel *m_edgeNote = nullptr;
    QGroupBox *m_xmppGroup = nullptr;
    QCheckBox *m_xmpp = nullptr;
    QLineEdit *m_xmppFqdn = nullptr;
    QLabel *m_xmppFqdnLabel = nullptr;
    QLabel *m_xmppNote = nullptr;
};

} // namespace lyncdns
