#pragma once

// Wizard page: Legacy discovery and phones.

#include "planpage.h"

namespace lyncdns {

class DevicesPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit DevicesPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
};

} // namespace lyncdns
