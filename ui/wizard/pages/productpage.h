#pragma once

// Wizard page: the product (Lync Server 2013, Skype for Business Server 2015, 2019 or Subscription
// Edition), the SIP domains (one per line, the primary first) and the plan's title.

#include "ui/wizard/planpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lyncdns {

class ProductPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit ProductPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

    // The SIP domains as typed: one per line, blank lines skipped.
    static QStringList domainsFromText(const QString &text);

private:
    // Says which pages a product leaves out (2019 and Subscription Edition); hidden for the others.
    void showProductNote(Product product);

    QLineEdit *m_title;
    QComboBox *m_product;
    QLabel *m_productNote;
    QPlainTextEdit *m_sipDomains;
};

} // namespace lyncdns
