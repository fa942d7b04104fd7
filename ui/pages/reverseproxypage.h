#pragma once

// Wizard page: Reverse proxy.

#include "planpage.h"

namespace lyncdns {

class ReverseProxyPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit ReverseProxyPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
};

} // namespace lyncdns
