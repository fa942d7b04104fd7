#include "ui/wizard/pages/productpage.h"
#include "model/rules/keywords.h"

#include "model/plan/plandocument.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace lyncdns {

ProductPage::ProductPage(PlanDocument *document, QWidget *parent)
    : PlanPage(
          document, tr("Product and SIP domains"),
          tr("Which server version you deploy and which SIP domains your users sign in with. Every client "
             "discovery record (<i>lyncdiscover</i>, SRV records, <i>sip.</i> names) is created once per SIP "
             "domain; the first one is the primary domain that default names are built from."),
          parent)
{
    auto *form = new QFormLayout;
    contentLayout()->addLayout(form);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setAccessibleName(tr("Plan title"));
    m_title->setPlaceholderText(tr("optional, shown in reports"));
    auto *titleLabel = new QLabel(tr("Plan &title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);

    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("product"));
    m_product->setAccessibleName(tr("Product"));
    for (const QString &word : keywords<Product>())
        m_product->addItem(productLabel(*fromKeyword<Product>(word)), word);
    auto *productCaption = new QLabel(tr("&Product:"), this);
    productCaption->setBuddy(m_product);
    form->addRow(productCaption, m_product);
    m_productNote = new QLabel(this);
    m_productNote->setWordWrap(true);
    form->addRow(QString(), m_productNote);
    showProductNote(document->plan().product);

    m_sipDomains = new QPlainTextEdit(this);
    m_sipDomains->setObjectName(QStringLiteral("sipDomains"));
    m_sipDomains->setAccessibleName(tr("SIP domains, one per line, the primary first"));
    //: Example SIP domains, one per line.
    m_sipDomains->setPlaceholderText(tr("contoso.com\nfabrikam.com"));
    m_sipDomains->setTabChangesFocus(true);
    m_sipDomains->setLineWrapMode(QPlainTextEdit::NoWrap);
    // About six lines high, in the font's own units so it scales.
    const QFontMetrics fm(m_sipDomains->font());
    m_sipDomains->setMinimumHeight(fm.lineSpacing() * 4);
    m_sipDomains->setMaximumHeight(fm.lineSpacing() * 10);
    auto *domainsLabel = new QLabel(tr("&SIP domains\n(one per line,\nthe primary first):"), this);
    domainsLabel->setBuddy(m_sipDomains);
    form->addRow(domainsLabel, m_sipDomains);
    contentLayout()->addStretch(1);

    registerPathField(QStringLiteral("title"), m_title);
    registerPathField(QStringLiteral("product"), m_product);
    registerPathField(QStringLiteral("sipDomains"), m_sipDomains);

    connect(m_title, &QLineEdit::textChanged, this,
            [this](const QString &text) { change([&text](Plan &p) { p.title = text.trimmed(); }); });
    connect(m_product, &QComboBox::currentIndexChanged, this, [this] {
        const Product product =
            fromKeyword<Product>(m_product->currentData().toString()).value_or(Product::Lync2013);
        showProductNote(product);
        change([product](Plan &p) { p.product = product; });
    });
    connect(m_sipDomains, &QPlainTextEdit::textChanged, this, [this] {
        const QStringList domains = domainsFromText(m_sipDomains->toPlainText());
        if (domains != this->document()->plan().sipDomains)
            change([&domains](Plan &p) { p.sipDomains = domains; });
    });
}

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
    m_productNote->setVisible(hasSfb2019Roles(product));
    if (hasSfb2019Roles(product))
        //: %1 is the product, e.g. "Skype for Business Server Subscription Edition".
        m_productNote->setText(
            tr("%1 has no Persistent Chat role and no XMPP gateway: their pages and records "
               "are left out.")
                .arg(productLabel(product)));
}

void ProductPage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    m_title->setText(plan.title);
    m_title->setCursorPosition(0); // show a long title from its start
    m_product->setCurrentIndex(m_product->findData(productName(plan.product)));
    showProductNote(plan.product);
    // Keep the cursor where it is when the text already says the same (entering the page again).
    if (domainsFromText(m_sipDomains->toPlainText()) != plan.sipDomains)
        m_sipDomains->setPlainText(plan.sipDomains.join(QLatin1Char('\n')));
}

QStringList ProductPage::pathPrefixes() const
{
    return {QStringLiteral("title"), QStringLiteral("product"), QStringLiteral("sipDomains")};
}

} // namespace lyncdns
