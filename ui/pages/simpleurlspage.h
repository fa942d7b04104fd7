#pragma once

// Wizard page: Simple URLs.

#include "planpage.h"

namespace lyncdns {

class SimpleUrlsPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit SimpleUrlsPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
};

} // namespace lyncdns
