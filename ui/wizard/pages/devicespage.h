#pragma once

// Wizard page: legacy discovery records (SRV and host-name fallbacks for clients older than
// Lync 2013 and desk phones), the NTP SRV record and the device update name. Its fields are laid
// out in devicespage.ui; this class names them by JSON path and writes their edits into the plan.

#include "ui/wizard/planpage.h"

#include <memory>

namespace lyncdns {

namespace Ui {
class DevicesPage;
}

class DevicesPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit DevicesPage(PlanDocument *document, QWidget *parent = nullptr);
    ~DevicesPage() override;
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    std::unique_ptr<Ui::DevicesPage> m_ui;
};

} // namespace lyncdns
