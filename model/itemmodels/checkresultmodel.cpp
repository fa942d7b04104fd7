#include "model/itemmodels/checkresultmodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace lyncdns {

StatusSeverity statusSeverity(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Ok:
        return StatusSeverity::Ok;
    case CheckStatus::Missing:
    case CheckStatus::Mismatch:
    case CheckStatus::Partial:
    case CheckStatus::Extra:
        return StatusSeverity::Warning;
    case CheckStatus::Exposed:
    case CheckStatus::Unreachable:
    case CheckStatus::Error:
        return StatusSeverity::Critical;
    }
    return StatusSeverity::Critical;
}

// Dark text on light tints: readable under light and dark palettes alike, because a tinted row
// always sets both.
static QColor statusTextColor(StatusSeverity s)
{
    switch (s) {
    case StatusSeverity::Ok:
        return QColor(0x1b, 0x6e, 0x2e);
    case StatusSeverity::Warning:
        return QColor(0x8a, 0x4b, 0x00);
    case StatusSeverity::Critical:
        return QColor(0xa3, 0x12, 0x12);
    }
    return {};
}

static QColor statusBackground(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Ok:
        return {};
    case CheckStatus::Missing:
    case CheckStatus::Mismatch:
    case CheckStatus::Partial:
    case CheckStatus::Extra:
        return QColor(0xff, 0xf3, 0xd6);
    case CheckStatus::Exposed:
    case CheckStatus::Error:
        return QColor(0xfd, 0xe1, 0xdf);
    case CheckStatus::Unreachable:
        // Nothing is known: a greyer red than a wrong answer.
        return QColor(0xf3, 0xe4, 0xe4);
    }
    return {};
}

static bool sameItem(const CheckItem &a, const CheckItem &b)
{
    return a.location == b.location && a.name == b.name && a.type == b.type && a.expected == b.expected &&
           a.mustNotResolve == b.mustNotResolve && a.requirement == b.requirement;
}

static bool sameResult(const CheckResult &a, const CheckResult &b)
{
    return sameItem(a.item, b.item) && a.server == b.server && a.actual == b.actual && a.status == b.status &&
           a.detail == b.detail && a.elapsedMs == b.elapsedMs;
}

CheckResultModel::CheckResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CheckResultModel::setReport(const CheckReport &report, const QList<int> &pendingRows)
{
    beginResetModel();
    m_report = report;
    m_pending.clear();
    for (int row : pendingRows)
        if (row >= 0 && row < m_report.results.size())
            m_pending.insert(row);
    endResetModel();
}

void CheckResultModel::updateReport(const CheckReport &report)
{
    bool sameRows = report.results.size() == m_report.results.size();
    for (qsizetype i = 0; sameRows && i < report.results.size(); ++i)
        sameRows = sameItem(report.results.at(i).item, m_report.results.at(i).item) &&
                   report.results.at(i).server == m_report.results.at(i).server;
    if (!sameRows) {
        setReport(report);
        return;
    }
    QList<int> changed;
    for (int i = 0; i < int(report.results.size()); ++i)
        if (!sameResult(report.results.at(i), m_report.results.at(i)))
            changed << i;
    m_report = report;
    rowsChanged(changed);
}

void CheckResultModel::setResult(int row, const CheckResult &result)
{
    if (row < 0 || row >= m_report.results.size())
        return;
    m_report.results[row] = result;
    m_pending.remove(row);
    rowsChanged({row});
}

void CheckResultModel::setPending(const QList<int> &rows)
{
    QList<int> changed;
    for (int row : rows) {
        if (row < 0 || row >= m_report.results.size() || m_pending.contains(row))
            continue;
        m_pending.insert(row);
        changed << row;
    }
    rowsChanged(changed);
}

void CheckResultModel::clearPending()
{
    const QList<int> rows = m_pending.values();
    m_pending.clear();
    rowsChanged(rows);
}

void CheckResultModel::rowsChanged(const QList<int> &rows)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    // One signal per run of adjacent rows.
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted.at(j + 1) == sorted.at(j) + 1)
            ++j;
        emit dataChanged(index(sorted.at(i), 0), index(sorted.at(j), COLUMN_COUNT - 1));
        i = j + 1;
    }
}

int CheckResultModel::count(CheckStatus status) const
{
    int n = 0;
    for (int row = 0; row < m_report.results.size(); ++row)
        n += !m_pending.contains(row) && m_report.results.at(row).status == status ? 1 : 0;
    return n;
}

QString CheckResultModel::cnameChain(const CheckResult &result)
{
    const QString prefix = QStringLiteral("CNAME ");
    QStringList hops{result.item.name};
    for (const QString &a : result.actual)
        if (a.startsWith(prefix))
            hops << a.mid(prefix.size());
    return hops.size() > 1 ? hops.join(QStringLiteral(" → ")) : QString();
}

int CheckResultModel::rowCount(const QModelIndex &parent) const
{
    // Only the root has children in a table.
    return parent.isValid() ? 0 : int(m_report.results.size());
}

int CheckResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMN_COUNT;
}

QVariant CheckResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckResult &r = m_report.results.at(index.row());
    const bool pending = m_pending.contains(index.row());
    // Unreachable results that were never asked have no time worth showing.
    const bool hasTime = !pending && !(r.status == CheckStatus::Unreachable && r.elapsedMs == 0);

    switch (role) {
    case StatusRole:
        return int(r.status);
    case SeverityRole:
        return int(statusSeverity(r.status));
    case ProblemRole:
        return !pending && isProblem(r.status);
    case PendingRole:
        return pending;
    case SortRole:
        if (index.column() == StatusColumn)
            return pending ? -1 : problemRank(r.status);
        if (index.column() == TimeColumn)
            return hasTime ? r.elapsedMs : -1;
        return data(index, Qt::DisplayRole);
    case Qt::BackgroundRole: {
        const QColor c = pending ? QColor() : statusBackground(r.status);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::ForegroundRole:
        if (pending)
            return index.column() == StatusColumn ? QVariant(QBrush(QColor(0x5f, 0x5f, 0x5f))) : QVariant();
        if (index.column() == StatusColumn)
            return QBrush(statusTextColor(statusSeverity(r.status)));
        return statusBackground(r.status).isValid() ? QVariant(QBrush(QColor(0x1f, 0x1f, 0x1f))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ExpectedColumn:
            return r.item.mustNotResolve ? tr("Must not resolve on this server")
                                         : r.item.expected.join(QLatin1Char('\n'));
        case ActualColumn:
            return r.actual.join(QLatin1Char('\n'));
        default:
            return pending ? tr("Being checked") : r.detail;
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case StatusColumn:
        return pending ? tr("Checking…") : checkStatusLabel(r.status);
    case LocationColumn:
        return locationLabel(r.item.location);
    case ServerColumn:
        return r.server;
    case NameColumn:
        return r.item.name;
    case TypeColumn:
        return recordTypeName(r.item.type);
    case ExpectedColumn:
        return r.item.mustNotResolve ? tr("(must not resolve)") : r.item.expected.join(QStringLiteral(", "));
    case ActualColumn:
        if (pending && r.actual.isEmpty())
            return QString();
        return r.actual.isEmpty() ? (role == Qt::AccessibleTextRole ? tr("nothing") : QStringLiteral("—"))
                                  : r.actual.join(QStringLiteral(", "));
    case DetailColumn:
        return pending ? QString() : r.detail;
    case TimeColumn:
        if (!hasTime)
            return QString();
        return role == Qt::AccessibleTextRole ? tr("%1 ms").arg(r.elapsedMs) : QVariant(r.elapsedMs);
    default:
        return {};
    }
}

QVariant CheckResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case LocationColumn:
        return tr("Location");
    case ServerColumn:
        return tr("Server");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ExpectedColumn:
        return tr("Expected");
    case ActualColumn:
        return tr("Actual");
    case DetailColumn:
        return tr("Detail");
    case TimeColumn:
        return tr("Time (ms)");
    default:
        return {};
    }
}

} // namespace lyncdns
