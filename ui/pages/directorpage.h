#pragma once

// Wizard page: Director.

#include "planpage.h"

namespace lyncdns {

class DirectorPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit DirectorPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
};

} // namespace lyncdns
