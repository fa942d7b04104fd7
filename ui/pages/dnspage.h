#pragma once

// Wizard page: DNS.

#include "planpage.h"

namespace lyncdns {

class DnsPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit DnsPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
};

} // namespace lyncdns
