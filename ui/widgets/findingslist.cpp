#include "ui/widgets/findingslist.h"
#include "model/rules/keywords.h"

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

void FindingsList::setFindings(const Findings &findings)
{
    // Keep the current finding current while the user types, if it is still there.
    const QString currentText = currentItem() ? currentItem()->text() : QString();
    // The same finding twice (one fact reached two ways) is listed once.
    Findings sorted;
    QSet<QString> seen;
    for (const Finding &f : findings) {
        const QString key = QString::number(int(f.severity)) + QLatin1Char('\n') + f.rule +
                            QLatin1Char('\n') + f.path + QLatin1Char('\n') + f.message;
        if (!seen.contains(key)) {
            seen.insert(key);
            sorted << f;
        }
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) {
        return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    });
    clear();
    int errors = 0, warnings = 0, infos = 0;
    for (const Finding &f : std::as_const(sorted)) {
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
        auto *item = new QListWidgetItem(severityIcon(style(), f.severity),
                                         QStringLiteral("%1 — %2").arg(f.rule, f.message), this);
        item->setData(PathRole, f.path);
        item->setData(SeverityRole, static_cast<int>(f.severity));
        const QString severity = severityLabel(f.severity);
        item->setToolTip(f.path.isEmpty()
                             //: %1 is "error", "warning" or "info".
                             ? tr("%1 (about the whole plan)").arg(severity)
                             //: %1 is "error", "warning" or "info", %2 a JSON path in the plan (e.g.
                             //: "sites[0].edgePools[0].vips").
                             : tr("%1 at %2: activate to go to the field").arg(severity, f.path));
        if (item->text() == currentText)
            setCurrentItem(item);
    }
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

} // namespace lyncdns
