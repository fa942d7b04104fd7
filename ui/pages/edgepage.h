#pragma once

// Wizard page: Edge.

#include "planpage.h"

namespace lyncdns {

class EdgePage final : public PlanPage
{
    Q_OBJECT
public:
    explicit EdgePage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
};

} // namespace lyncdns
