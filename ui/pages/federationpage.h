#pragma once

// Wizard page: Federation and XMPP.

#include "planpage.h"

namespace lyncdns {

class FederationPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit FederationPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;
};

} // namespace lyncdns
