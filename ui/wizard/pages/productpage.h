#pragma once

// Wizard page: the product (Lync Server 2013, Skype for Business Server 2015, 2019 or Subscription
// Edition), the SIP domains (one per line, the primary first) and the plan's title. Its fields are
// laid out in productpage.ui; this class fills the products, sizes the domain list and writes the
// edits into the plan.

#include "ui/wizard/planpage.h"

#include <memory>

namespace lyncdns {

namespace Ui {
class ProductPage;
}

class ProductPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit ProductPage(PlanDocument *document, QWidget *parent = nullptr);
    ~ProductPage() override;
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

    // The SIP domains as typed: one per line, blank lines skipped.
    static QStringList domainsFromText(const QString &text);

private:
    // Says which pages a product leaves out (2019 and Subscription Edition); hidden for the others.
    void showProductNote(Product product);

    std::unique_ptr<Ui::ProductPage> m_ui;
};

} // namespace lyncdns
