#pragma once

// Wizard page: Office Web Apps.

#include "planpage.h"

namespace lyncdns {

class OfficeWebAppsPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit OfficeWebAppsPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
};

} // namespace lyncdns
