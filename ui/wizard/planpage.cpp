#include "ui/wizard/planpage.h"

#include "model/dns/hostnames.h"
#include "model/plan/plandocument.h"

#include <QCoreApplication>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace lyncdns {

PlanPage::PlanPage(PlanDocument *document, const QString &title, const QString &why, QWidget *parent)
    : QWizardPage(parent)
    , m_document(document)
{
    setTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_why = new QLabel(why, this);
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::RichText);
    m_why->setObjectName(QStringLiteral("whyText"));
    m_why->setStyleSheet(QStringLiteral("QLabel#whyText { color: palette(dark); }"));
    layout->addWidget(m_why);
    m_content = new QVBoxLayout;
    layout->addLayout(m_content, 1);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("fieldProblems"));
    m_problems->setStyleSheet(QStringLiteral("QLabel#fieldProblems { color: #b00020; }"));
    m_problems->setAccessibleName(tr("Problems on this page"));
    m_problems->hide();
    layout->addWidget(m_problems);
    m_findings = new QLabel(this);
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_findings->setAccessibleName(tr("Validator findings for this page"));
    m_findings->hide();
    layout->addWidget(m_findings);
    connect(m_document, &PlanDocument::changed, this, &PlanPage::refreshFindings);
    connect(m_document, &PlanDocument::reloaded, this, [this] {
        // A new plan: no mark of the previous one may stay on a field.
        const QList<QWidget *> marked = m_problemByField.keys();
        for (QWidget *field : marked)
            setFieldProblem(field, QString());
        m_loading = true;
        loadFromPlan();
        m_loading = false;
        m_lastComplete = isComplete();
        emit completeChanged();
    });
}

QWidget *PlanPage::fieldForPath(const QString &path) const
{
    // The longest registered path that is a prefix of the finding's path.
    QWidget *best = nullptr;
    qsizetype bestLength = -1;
    for (auto it = m_fieldByPath.cbegin(); it != m_fieldByPath.cend(); ++it) {
        const QString &p = it.key();
        const bool prefix =
            path == p || path.startsWith(p + QLatin1Char('.')) || path.startsWith(p + QLatin1Char('['));
        if (prefix && p.size() > bestLength) {
            best = it.value();
            bestLength = p.size();
        }
    }
    return best;
}

void PlanPage::registerPathField(const QString &jsonPath, QWidget *field)
{
    m_fieldByPath.insert(jsonPath, field);
}

void PlanPage::initializePage()
{
    m_loading = true;
    loadFromPlan();
    m_loading = false;
    refreshFindings();
    m_lastComplete = isComplete();
    emit completeChanged();
}

bool PlanPage::isComplete() const
{
    return m_problemByField.isEmpty() && pageIsComplete();
}

QStringList PlanPage::fieldProblems() const
{
    return m_problemByField.values();
}

void PlanPage::change(const std::function<void(Plan &)> &edit)
{
    if (!m_loading)
        m_document->update(edit);
}

void PlanPage::setFieldProblem(QWidget *field, const QString &reason)
{
    const bool had = m_problemByField.contains(field);
    // A field can still wear the frame of a plan that was replaced since: clearing clears that too.
    const bool framed = field->property("invalid").toBool();
    if ((reason.isEmpty() && !had && !framed) || (had && m_problemByField.value(field) == reason))
        return;
    if (reason.isEmpty())
        m_problemByField.remove(field);
    else
        m_problemByField.insert(field, reason);
    // The frame and tooltip say it where the field is; the message below says it for everyone.
    field->setProperty("invalid", !reason.isEmpty());
    // A property selector matches the marked widget only, not the children of a composite editor.
    // A table is named by its type: under "*" its header views draw the frame too and cut off the
    // row numbers (QHeaderView is no QTableView).
    const QString selector =
        qobject_cast<QTableView *>(field) ? QStringLiteral("QTableView") : QStringLiteral("*");
    field->setStyleSheet(
        reason.isEmpty() ? QString()
                         : selector + QStringLiteral("[invalid=\"true\"] { border: 2px solid #b00020; }"));
    field->setToolTip(reason);
    field->setAccessibleDescription(reason);
    QStringList lines;
    for (const QString &r : std::as_const(m_problemByField))
        lines << r;
    lines.sort();
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    // Only a real change: QWizard re-lays its buttons on every completeChanged(), which moves
    // the focus out of the field being typed in.
    const bool complete = isComplete();
    if (complete != m_lastComplete) {
        m_lastComplete = complete;
        emit completeChanged();
    }
}

void PlanPage::refreshFindings()
{
    const QStringList prefixes = pathPrefixes();
    if (prefixes.isEmpty()) {
        m_findings->hide();
        return;
    }
    QStringList rows;
    for (const Finding &f : m_document->findings()) {
        bool mine = false;
        for (const QString &p : prefixes)
            mine = mine || p.isEmpty() || f.path == p || f.path.startsWith(p + QLatin1Char('.')) ||
                   f.path.startsWith(p + QLatin1Char('['));
        if (!mine || f.severity == Severity::Info)
            continue;
        const QString colour =
            f.severity == Severity::Error ? QStringLiteral("#b00020") : QStringLiteral("#a05a00");
        //: Severity of a validator finding, shown before its rule id and message.
        const QString severity = f.severity == Severity::Error ? tr("Error") : tr("Warning");
        rows << QStringLiteral("<span style=\"color:%1\"><b>%2</b> %3:</span> %4")
                    .arg(colour, severity, f.rule.toHtmlEscaped(), f.message.toHtmlEscaped());
    }
    m_findings->setText(rows.join(QStringLiteral("<br>")));
    m_findings->setVisible(!rows.isEmpty());
}

QString hostFieldProblem(const QString &text, bool required)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return required ? QCoreApplication::translate("PlanPage", "A fully qualified name is needed here.")
                        : QString();
    const QString problem = hostNameProblem(t);
    //: %1 is the name as typed, %2 why it is not a valid host name (a sentence without final period).
    return problem.isEmpty() ? QString()
                             : QCoreApplication::translate("PlanPage", "\"%1\": %2.").arg(t, problem);
}

QString ipv4FieldProblem(const QString &text, bool required)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return required ? QCoreApplication::translate("PlanPage", "An IPv4 address is needed here.")
                        : QString();
    return isValidIpv4(t)
               ? QString()
               : QCoreApplication::translate("PlanPage", "\"%1\" is not an IPv4 address (a.b.c.d).").arg(t);
}

QString ipv6FieldProblem(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    return isValidIpv6(t) ? QString()
                          : QCoreApplication::translate("PlanPage", "\"%1\" is not an IPv6 address.").arg(t);
}

} // namespace lyncdns
