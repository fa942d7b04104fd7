#include "ui/wizard/pages/simpleurlspage.h"

#include "model/dns/hostnames.h"
#include "model/plan/plandocument.h"

#include "model/plan/planpaths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lyncdns {

SimpleUrlsPage::SimpleUrlsPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Simple URLs"),
               tr("Meet (one per SIP domain), Dial-in and the optional Admin URL. Internally they point at "
                  "the sign-in pool's web address; externally Meet and Dial-in go to the reverse proxy. The "
                  "Admin URL is never published outside."),
               parent)
{
    // Which URLs: the global ones, or a site's own (a site without its own uses the global ones).
    auto *scopeForm = new QFormLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("simpleUrlsScope"));
    m_scope->setAccessibleName(tr("Simple URLs of"));
    scopeForm->addRow(tr("Simple URLs &of:"), m_scope);
    m_own = new QCheckBox(tr("This &site publishes its own simple URLs"), this);
    m_own->setObjectName(QStringLiteral("simpleUrlsOwn"));
    scopeForm->addRow(QString(), m_own);
    contentLayout()->addLayout(scopeForm);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!filling())
            showSite(m_scope->itemData(index).toInt());
    });
    connect(m_own, &QCheckBox::toggled, this, [this](bool on) {
        if (filling() || m_site < 0)
            return;
        const int site = m_site;
        change([site, on](Plan &p) {
            if (site >= p.sites.size())
                return;
            if (on && !p.sites[site].simpleUrls)
                p.sites[site].simpleUrls = SimpleUrls();
            else if (!on)
                p.sites[site].simpleUrls.reset();
        });
        reloadFromPlan();
    });

    auto *form = new QFormLayout;
    m_meet = new QPlainTextEdit(this);
    m_meet->setObjectName(QStringLiteral("simpleUrls.meet"));
    m_meet->setAccessibleName(tr("Meet URLs, one per line"));
    m_meet->setTabChangesFocus(true);
    m_meet->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_meet->setMaximumHeight(m_meet->fontMetrics().lineSpacing() * 6);
    form->addRow(tr("&Meet URLs (one per line):"), m_meet);
    registerPathField(QStringLiteral("simpleUrls.meet"), m_meet);

    m_dialin = new QLineEdit(this);
    m_dialin->setObjectName(QStringLiteral("simpleUrls.dialin"));
    m_dialin->setAccessibleName(tr("Dial-in URL"));
    form->addRow(tr("&Dial-in URL:"), m_dialin);
    registerPathField(QStringLiteral("simpleUrls.dialin"), m_dialin);

    m_admin = new QLineEdit(this);
    m_admin->setObjectName(QStringLiteral("simpleUrls.admin"));
    m_admin->setAccessibleName(tr("Admin URL (optional, internal only)"));
    m_admin->setPlaceholderText(tr("none (optional; internal DNS only)"));
    form->addRow(tr("&Admin URL:"), m_admin);
    registerPathField(QStringLiteral("simpleUrls.admin"), m_admin);

    auto *hint = new QLabel(tr("Leave Meet or Dial-in empty to use the defaults shown in grey. A URL can be "
                               "a host name (meet.contoso.com) or https://host/path."),
                            this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    contentLayout()->addLayout(form);
    contentLayout()->addStretch(1);

    connect(m_meet, &QPlainTextEdit::textChanged, this, [this] {
        if (filling())
            return;
        const QStringList meet = meetLines();
        change([this, &meet](Plan &p) { urlsOf(p).meet = meet; });
    });
    connect(m_dialin, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (filling())
            return;
        change([this, t = text.trimmed()](Plan &p) { urlsOf(p).dialin = t; });
    });
    connect(m_admin, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (filling())
            return;
        change([this, t = text.trimmed()](Plan &p) { urlsOf(p).admin = t; });
    });
    // The defaults follow the SIP domains, which an earlier page edits.
    connect(document, &PlanDocument::changed, this, &SimpleUrlsPage::updatePlaceholders);
}

void SimpleUrlsPage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    if (m_site >= plan.sites.size())
        m_site = -1; // the site went away
    m_filling = true;
    fillSites();
    const bool siteShown = m_site >= 0;
    const std::optional<SimpleUrls> own = siteShown ? plan.sites.at(m_site).simpleUrls : std::nullopt;
    m_own->setVisible(siteShown);
    m_own->setChecked(own.has_value());
    const bool editable = !siteShown || own.has_value();
    for (QWidget *field :
         {static_cast<QWidget *>(m_meet), static_cast<QWidget *>(m_dialin), static_cast<QWidget *>(m_admin)})
        field->setEnabled(editable);
    const SimpleUrls urls = siteShown ? own.value_or(plan.simpleUrls) : plan.simpleUrls;
    // Keep what is typed (blank lines, spacing) when it says the same as the plan.
    if (meetLines() != urls.meet)
        m_meet->setPlainText(urls.meet.join(QLatin1Char('\n')));
    if (m_dialin->text().trimmed() != urls.dialin)
        m_dialin->setText(urls.dialin);
    if (m_admin->text().trimmed() != urls.admin)
        m_admin->setText(urls.admin);
    m_filling = false;
    updatePlaceholders();
}

QStringList SimpleUrlsPage::pathPrefixes() const
{
    QStringList prefixes = {QStringLiteral("simpleUrls")};
    for (qsizetype s = 0; s < document()->plan().sites.size(); ++s)
        prefixes << sitePath(s) + QStringLiteral(".simpleUrls");
    return prefixes;
}

QString SimpleUrlsPage::scopedPrefix() const
{
    return m_site < 0 ? QStringLiteral("simpleUrls") : sitePath(m_site) + QStringLiteral(".simpleUrls");
}

void SimpleUrlsPage::selectElementFor(const QString &path)
{
    static const QRegularExpression site(QStringLiteral(R"(^sites\[(\d+)\]\.simpleUrls)"));
    const QRegularExpressionMatch match = site.match(path);
    m_site = match.hasMatch() ? match.captured(1).toInt() : -1;
}

SimpleUrls &SimpleUrlsPage::urlsOf(Plan &plan) const
{
    if (m_site < 0 || m_site >= plan.sites.size())
        return plan.simpleUrls;
    std::optional<SimpleUrls> &own = plan.sites[m_site].simpleUrls;
    if (!own)
        own = SimpleUrls();
    return *own;
}

void SimpleUrlsPage::showSite(int site)
{
    m_site = site;
    reloadFromPlan();
}

void SimpleUrlsPage::fillSites()
{
    const Plan &plan = document()->plan();
    m_scope->clear();
    //: The simple URLs every site uses unless it has its own.
    m_scope->addItem(tr("Every site (the global URLs)"), -1);
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        //: %1 is a site name.
        m_scope->addItem(plan.sites.at(s).simpleUrls ? tr("Site %1 (its own URLs)").arg(plan.sites.at(s).name)
                                                     : tr("Site %1").arg(plan.sites.at(s).name),
                         int(s));
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(m_site)));
    // One site and no own URLs: nothing to choose.
    m_scope->setEnabled(plan.sites.size() > 1 || m_site >= 0);
}

QStringList SimpleUrlsPage::meetLines() const
{
    QStringList lines;
    const QStringList raw = m_meet->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : raw)
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

void SimpleUrlsPage::updatePlaceholders()
{
    Plan defaults = document()->plan();
    defaults.simpleUrls.meet.clear();
    defaults.simpleUrls.dialin.clear();
    const QString placeholder = effectiveMeetUrls(defaults).join(QLatin1Char('\n'));
    if (m_meet->placeholderText() != placeholder)
        m_meet->setPlaceholderText(placeholder);
    m_dialin->setPlaceholderText(effectiveDialinUrl(defaults));
}

} // namespace lyncdns
