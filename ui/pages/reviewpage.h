#pragma once

// Wizard page: Review.

#include "planpage.h"

namespace lyncdns {

class ReviewPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit ReviewPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
};

} // namespace lyncdns
