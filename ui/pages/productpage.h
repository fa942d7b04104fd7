#pragma once

// Wizard page: Product and SIP domains.

#include "planpage.h"

namespace lyncdns {

class ProductPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit ProductPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
};

} // namespace lyncdns
