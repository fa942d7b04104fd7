#pragma once

// Wizard page: federation (discoverable or not) and XMPP federation, which Skype for Business
// Server 2019 and Subscription Edition no longer have. Its fields are laid out in
// federationpage.ui; this class names them by JSON path, writes their edits into the plan and
// keeps the notes current.

#include "ui/wizard/planpage.h"

#include <memory>

namespace lyncdns {

namespace Ui {
class FederationPage;
}

class FederationPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit FederationPage(PlanDocument *document, QWidget *parent = nullptr);
    ~FederationPage() override;
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    void updateState();

    std::unique_ptr<Ui::FederationPage> m_ui;
};

} // namespace lyncdns
