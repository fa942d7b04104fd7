#pragma once

// Wizard page: Autodiscover and mobility.

#include "planpage.h"

namespace lyncdns {

class MobilityPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit MobilityPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
};

} // namespace lyncdns
