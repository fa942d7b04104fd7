#pragma once

// Wizard page: Front End.

#include "planpage.h"

namespace lyncdns {

class FrontEndPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit FrontEndPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
};

} // namespace lyncdns
