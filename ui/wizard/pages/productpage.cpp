// The page's layout, texts, mnemonics and accessible names live in the form (productpage.ui); here
// the products are filled in from the model, the domain list sized and edits go into the plan.

#include "ui/wizard/pages/productpage.h"
#include "ui_productpage.h"

#include "model/plan/plandocument.h"
#include "model/rules/keywords.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lyncdns {

ProductPage::ProductPage(PlanDocument *document, QWidget *parent)
    : PlanPage(
          document, tr("Product and SIP domains"),
          tr("Which server version you deploy and which SIP domains your users sign in with. Every client "
             "discovery record (<i>lyncdiscover</i>, SRV records, <i>sip.</i> names) is created once per SIP "
             "domain; the first one is the primary domain that default names are built from."),
          parent)
    , m_ui(std::make_unique<Ui::ProductPage>())
{
    auto *body = new QWidget(this);
    m_ui->setupUi(body);
    contentLayout()->addWidget(body);
    contentLayout()->addStretch(1);

    // The items carry the plan's keyword, and the labels come from the model: not for a form.
    for (const QString &word : keywords<Product>())
        m_ui->product->addItem(productLabel(*fromKeyword<Product>(word)), word);
    showProductNote(document->plan().product);
    // About six lines high, in the font's own units so it scales.
    const QFontMetrics fm(m_ui->sipDomains->font());
    m_ui->sipDomains->setMinimumHeight(fm.lineSpacing() * 4);
    m_ui->sipDomains->setMaximumHeight(fm.lineSpacing() * 10);

    // The form's names are the fields' JSON paths already ("title", "product", "sipDomains").
    registerPathField(QStringLiteral("title"), m_ui->title);
    registerPathField(QStringLiteral("product"), m_ui->product);
    registerPathField(QStringLiteral("sipDomains"), m_ui->sipDomains);

    connect(m_ui->title, &QLineEdit::textChanged, this,
            [this](const QString &text) { change([&text](Plan &p) { p.title = text.trimmed(); }); });
    connect(m_ui->product, &QComboBox::currentIndexChanged, this, [this] {
        const Product product =
            fromKeyword<Product>(m_ui->product->currentData().toString()).value_or(Product::Lync2013);
        showProductNote(product);
        change([product](Plan &p) { p.product = product; });
    });
    connect(m_ui->sipDomains, &QPlainTextEdit::textChanged, this, [this] {
        const QStringList domains = domainsFromText(m_ui->sipDomains->toPlainText());
        if (domains != this->document()->plan().sipDomains)
            change([&domains](Plan &p) { p.sipDomains = domains; });
    });
}

ProductPage::~ProductPage() = default;

QStringList ProductPage::domainsFromText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList domains;
    for (const QString &d : text.split(separators, Qt::SkipEmptyParts))
        domains << d.trimmed();
    return domains;
}

void ProductPage::showProductNote(Product product)
{
    m_ui->productNote->setVisible(hasSfb2019Roles(product));
    if (hasSfb2019Roles(product))
        //: %1 is the product, e.g. "Skype for Business Server Subscription Edition".
        m_ui->productNote->setText(
            tr("%1 has no Persistent Chat role and no XMPP gateway: their pages and records "
               "are left out.")
                .arg(productLabel(product)));
}

void ProductPage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    m_ui->title->setText(plan.title);
    m_ui->title->setCursorPosition(0); // show a long title from its start
    m_ui->product->setCurrentIndex(m_ui->product->findData(productName(plan.product)));
    showProductNote(plan.product);
    // Keep the cursor where it is when the text already says the same (entering the page again).
    if (domainsFromText(m_ui->sipDomains->toPlainText()) != plan.sipDomains)
        m_ui->sipDomains->setPlainText(plan.sipDomains.join(QLatin1Char('\n')));
}

QStringList ProductPage::pathPrefixes() const
{
    return {QStringLiteral("title"), QStringLiteral("product"), QStringLiteral("sipDomains")};
}

} // namespace lyncdns
