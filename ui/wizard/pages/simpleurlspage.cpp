#include "ui/wizard/pages/simpleurlspage.h"

#include "model/dns/hostnames.h"
#include "model/plan/plandocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace lyncdns {

SimpleUrlsPage::SimpleUrlsPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Simple URLs"),
               tr("Meet (one per SIP domain), Dial-in and the optional Admin URL. Internally they point at "
                  "the sign-in pool's web address; externally Meet and Dial-in go to the reverse proxy. The "
                  "Admin URL is never published outside."),
               parent)
{
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
        change([&meet](Plan &p) { p.simpleUrls.meet = meet; });
    });
    connect(m_dialin, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (filling())
            return;
        change([t = text.trimmed()](Plan &p) { p.simpleUrls.dialin = t; });
    });
    connect(m_admin, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (filling())
            return;
        change([t = text.trimmed()](Plan &p) { p.simpleUrls.admin = t; });
    });
    // The defaults follow the SIP domains, which an earlier page edits.
    connect(document, &PlanDocument::changed, this, &SimpleUrlsPage::updatePlaceholders);
}

void SimpleUrlsPage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    m_filling = true;
    // Keep what is typed (blank lines, spacing) when it says the same as the plan.
    if (meetLines() != plan.simpleUrls.meet)
        m_meet->setPlainText(plan.simpleUrls.meet.join(QLatin1Char('\n')));
    if (m_dialin->text().trimmed() != plan.simpleUrls.dialin)
        m_dialin->setText(plan.simpleUrls.dialin);
    if (m_admin->text().trimmed() != plan.simpleUrls.admin)
        m_admin->setText(plan.simpleUrls.admin);
    m_filling = false;
    updatePlaceholders();
}

QStringList SimpleUrlsPage::pathPrefixes() const
{
    return {QStringLiteral("simpleUrls")};
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
