#pragma once

// Wizard page: Autodiscover (lyncdiscover / lyncdiscoverinternal, CNAME or A) and push
// notifications for mobile clients. Its fields are laid out in mobilitypage.ui; this class names
// them by JSON path, fills the record types and writes the edits into the plan.

#include "ui/wizard/planpage.h"

#include <memory>

namespace lyncdns {

namespace Ui {
class MobilityPage;
}

class MobilityPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit MobilityPage(PlanDocument *document, QWidget *parent = nullptr);
    ~MobilityPage() override;
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    void updateState();
    bool filling() const { return isLoading() || m_filling; }

    std::unique_ptr<Ui::MobilityPage> m_ui;
    bool m_filling = false;
};

} // namespace lyncdns
