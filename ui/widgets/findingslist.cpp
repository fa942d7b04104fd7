#include "ui/widgets/findingslist.h"

#include "model/plan/plan.h"
#include "model/rules/keywords.h"
#include "model/rules/where.h"
#include "ui/widgets/readablecolours.h"

#include <QEvent>
#include <QSet>
#include <QStyle>

#include <algorithm>

namespace lyncdns {

namespace {

QIcon severityIcon(const QStyle *style, Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

// The same finding: one fact the validator reached two ways (issue 12: "no duplicates").
QString findingKey(const Finding &f)
{
    return f.rule + QLatin1Char('\n') + f.path + QLatin1Char('\n') + f.message;
}

// Errors in a dark red, warnings in a dark amber: both over 4.5:1 (WCAG AA) on white and on the
// usual alternate row colours. On a palette where one is not (a dark theme), the palette's own text
// colour is used: the icon still tells the severity.
QColor severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xa3, 0x00, 0x14);
    case Severity::Warning:
        return QColor(0x7a, 0x4a, 0x00);
    case Severity::Info:
        break;
    }
    return {};
}

constexpr double kMinimumContrast = 4.5;

} // namespace

FindingsList::FindingsList(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Validator findings"));
    setWordWrap(true);
    setUniformItemSizes(false);
    setAlternatingRowColors(true);
    setIconSize(QSize(16, 16));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            emit findingActivated(item->data(PathRole).toString());
    });
    setFindings({});
}

void FindingsList::setFindings(const Plan &plan, const Findings &findings)
{
    fill(&plan, findings);
}

void FindingsList::setFindings(const Findings &findings)
{
    fill(nullptr, findings);
}

void FindingsList::fill(const Plan *plan, const Findings &findings)
{
    // Keep the current finding current while the user types, if it is still there.
    const QListWidgetItem *current = currentItem();
    const QString currentKey =
        current
            ? findingKey(Finding{current->data(RuleRole).toString(), Severity::Error,
                                 current->data(PathRole).toString(), current->data(MessageRole).toString()})
            : QString();
    Findings sorted;
    QSet<QString> seen;
    for (const Finding &f : findings) {
        const QString key = findingKey(f);
        if (!seen.contains(key)) {
            seen.insert(key);
            sorted << f;
        }
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) {
        return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    });
    QStringList texts, shown;
    for (const Finding &f : std::as_const(sorted)) {
        //: A finding in the list: %1 the object in words ("Front End pool pool01.contoso.net,
        //: server 2 (fe02.contoso.net), IPv4 address"), %2 the message, %3 the rule id.
        texts << (plan ? tr("%1: %2 (%3)").arg(planPathInWords(*plan, f.path), f.message, f.rule)
                       : QStringLiteral("%1 — %2").arg(f.rule, f.message));
        shown << texts.last() + QLatin1Char('\n') + f.path + QLatin1Char('\n') +
                     QString::number(int(f.severity));
    }
    // Most edits change no finding: a list of hundreds of wrapped lines is laid out again only when
    // it changed (and the user's place in it is kept).
    if (shown == m_shown && count() > 0)
        return;
    m_shown = shown;
    clear();
    int errors = 0, warnings = 0, infos = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const Finding &f = sorted.at(i);
        switch (f.severity) {
        case Severity::Error:
            ++errors;
            break;
        case Severity::Warning:
            ++warnings;
            break;
        case Severity::Info:
            ++infos;
            break;
        }
        auto *item = new QListWidgetItem(severityIcon(style(), f.severity), texts.at(i), this);
        item->setData(PathRole, f.path);
        item->setData(SeverityRole, static_cast<int>(f.severity));
        item->setData(RuleRole, f.rule);
        item->setData(MessageRole, f.message);
        const QString severity = severityLabel(f.severity);
        item->setToolTip(f.path.isEmpty()
                             //: %1 is "error", "warning" or "info".
                             ? tr("%1 (about the whole plan)").arg(severity)
                             //: %1 is "error", "warning" or "info".
                             : tr("%1: activate to go to the field").arg(severity));
        if (findingKey(f) == currentKey)
            setCurrentItem(item);
    }
    colourItems();
    if (sorted.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No problems found."), this);
        item->setFlags(Qt::NoItemFlags);
        m_summary = tr("No problems");
    } else {
        QStringList parts;
        if (errors)
            parts << tr("%n error(s)", nullptr, errors);
        if (warnings)
            parts << tr("%n warning(s)", nullptr, warnings);
        if (infos)
            parts << tr("%n note(s)", nullptr, infos);
        m_summary = parts.join(QStringLiteral(", "));
    }
    emit summaryChanged(m_summary);
}

// A severity's colour where it reads at 4.5:1 on both row colours, else the palette's text.
void FindingsList::colourItems()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor alternate = pal.color(QPalette::AlternateBase);
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        if (!(it->flags() & Qt::ItemIsEnabled))
            continue;
        const QColor colour = severityColour(Severity(it->data(SeverityRole).toInt()));
        const bool readable = colour.isValid() && contrastRatio(colour, base) >= kMinimumContrast &&
                              contrastRatio(colour, alternate) >= kMinimumContrast;
        it->setForeground(readable ? QBrush(colour) : QBrush());
    }
}

void FindingsList::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourItems();
}

} // namespace lyncdns
