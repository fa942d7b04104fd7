#include "model/itemmodels/checkresultmodel.h"

#include <QBrush>
#include <QColor>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

#include <algorithm>

namespace lyncdns {

StatusSeverity statusSeverity(const CheckResult &result)
{
    switch (result.status) {
    case CheckStatus::Ok:
        return StatusSeverity::Ok;
    case CheckStatus::Unreachable:
    case CheckStatus::Error:
        return StatusSeverity::Unanswered;
    case CheckStatus::Exposed:
        return StatusSeverity::Critical;
    case CheckStatus::Missing:
    case CheckStatus::Mismatch:
    case CheckStatus::Partial:
    case CheckStatus::Extra:
        break;
    }
    if (isNotice(result))
        return StatusSeverity::Notice;
    return result.item.required ? StatusSeverity::Critical : StatusSeverity::Warning;
}

namespace {

// Dark text on light tints, each pair at least 4.5:1 (WCAG AA): readable under light and dark
// palettes alike, because a tinted row always sets both.
QColor statusTextColor(StatusSeverity s)
{
    switch (s) {
    case StatusSeverity::Ok:
        return QColor(0x1b, 0x6e, 0x2e);
    case StatusSeverity::Notice:
        return QColor(0x1f, 0x4f, 0x82);
    case StatusSeverity::Warning:
        return QColor(0x7a, 0x42, 0x00);
    case StatusSeverity::Critical:
        return QColor(0xa3, 0x12, 0x12);
    case StatusSeverity::Unanswered:
        return QColor(0x4f, 0x3f, 0x78);
    }
    return {};
}

// Ok rows stay untinted: the eye goes to what needs doing.
QColor statusBackground(StatusSeverity s)
{
    switch (s) {
    case StatusSeverity::Ok:
        return {};
    case StatusSeverity::Notice:
        return QColor(0xe6, 0xef, 0xfa);
    case StatusSeverity::Warning:
        return QColor(0xff, 0xf3, 0xd6);
    case StatusSeverity::Critical:
        return QColor(0xfd, 0xe1, 0xdf);
    case StatusSeverity::Unanswered:
        // Nothing is known: neither the red of a wrong answer nor the blue of a notice.
        return QColor(0xec, 0xe8, 0xf4);
    }
    return {};
}

const QColor kPendingText(0x5f, 0x5f, 0x5f);
const QColor kTintedText(0x1f, 0x1f, 0x1f);

// The status icons, painted at whatever size the view asks for: the same under every style and
// icon theme, and no Widgets (QStyle) in the model.
class StatusIconEngine final : public QIconEngine
{
public:
    enum Kind
    {
        Ok,
        Notice,
        Warning,
        Critical,
        Unanswered,
        Pending
    };
    explicit StatusIconEngine(Kind kind)
        : m_kind(kind)
    {
    }

    QIconEngine *clone() const override { return new StatusIconEngine(m_kind); }
    QString key() const override { return QStringLiteral("lyncdns-status"); }
    QString iconName() override
    {
        static const char *const names[] = {"ok", "notice", "warning", "critical", "unanswered", "pending"};
        return QStringLiteral("lyncdns-check-") + QLatin1String(names[m_kind]);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        painter.end();
        return QPixmap::fromImage(image);
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side,
                         side);
        const QRectF r = box.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = color();
        if (mode == QIcon::Disabled)
            fill.setAlpha(110);
        const QPen white(Qt::white, side * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        const auto at = [&r](qreal x, qreal y) {
            return QPointF(r.x() + x * r.width(), r.y() + y * r.height());
        };
        switch (m_kind) {
        case Ok:
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawEllipse(r);
            painter->setPen(white);
            painter->drawPolyline(QPolygonF{at(0.27, 0.52), at(0.44, 0.69), at(0.74, 0.34)});
            break;
        case Notice:
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawEllipse(r);
            painter->setPen(white);
            painter->drawLine(at(0.5, 0.47), at(0.5, 0.74));
            painter->drawPoint(at(0.5, 0.28));
            break;
        case Warning: {
            painter->setPen(QPen(fill, side * 0.08, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(fill);
            painter->drawPolygon(QPolygonF{at(0.5, 0.04), at(0.97, 0.92), at(0.03, 0.92)});
            painter->setPen(white);
            painter->drawLine(at(0.5, 0.36), at(0.5, 0.6));
            painter->drawPoint(at(0.5, 0.78));
            break;
        }
        case Critical:
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawEllipse(r);
            painter->setPen(white);
            painter->drawLine(at(0.32, 0.32), at(0.68, 0.68));
            painter->drawLine(at(0.68, 0.32), at(0.32, 0.68));
            break;
        case Unanswered:
            // No answer: three dots, as in a call nobody picks up.
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawEllipse(r);
            painter->setPen(QPen(Qt::white, side * 0.15, Qt::SolidLine, Qt::RoundCap));
            for (qreal x : {0.28, 0.5, 0.72})
                painter->drawPoint(at(x, 0.5));
            break;
        case Pending:
            // A clock face: being asked right now.
            painter->setPen(QPen(fill, side * 0.1));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(r.adjusted(side * 0.05, side * 0.05, -side * 0.05, -side * 0.05));
            painter->setPen(QPen(fill, side * 0.1, Qt::SolidLine, Qt::RoundCap));
            painter->drawPolyline(QPolygonF{at(0.5, 0.26), at(0.5, 0.52), at(0.68, 0.62)});
            break;
        }
        painter->restore();
    }

private:
    QColor color() const
    {
        switch (m_kind) {
        case Ok:
            return QColor(0x1e, 0x7b, 0x34);
        case Notice:
            return QColor(0x1f, 0x5c, 0x99);
        case Warning:
            return QColor(0xb8, 0x6a, 0x00);
        case Critical:
            return QColor(0xc6, 0x28, 0x28);
        case Unanswered:
            return QColor(0x5c, 0x4a, 0x8a);
        case Pending:
            return kPendingText;
        }
        return {};
    }

    Kind m_kind;
};

int statusRank(const CheckResult &r)
{
    // Problems worst first, then the notices, then ok.
    if (isProblem(r))
        return problemRank(r.status);
    return isNotice(r) ? problemRank(CheckStatus::Ok) : problemRank(CheckStatus::Ok) + 1;
}

} // namespace

static bool sameItem(const CheckItem &a, const CheckItem &b)
{
    return a.location == b.location && a.name == b.name && a.type == b.type && a.expected == b.expected &&
           a.mustNotResolve == b.mustNotResolve && a.requirement == b.requirement && a.required == b.required;
}

static bool sameResult(const CheckResult &a, const CheckResult &b)
{
    return sameItem(a.item, b.item) && a.server == b.server && a.actual == b.actual && a.status == b.status &&
           a.detail == b.detail && a.note == b.note && a.fix == b.fix && a.elapsedMs == b.elapsedMs;
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

int CheckResultModel::problemCount() const
{
    int n = 0;
    for (int row = 0; row < m_report.results.size(); ++row)
        n += !m_pending.contains(row) && isProblem(m_report.results.at(row)) ? 1 : 0;
    return n;
}

int CheckResultModel::noticeCount() const
{
    int n = 0;
    for (int row = 0; row < m_report.results.size(); ++row)
        n += !m_pending.contains(row) && isNotice(m_report.results.at(row)) ? 1 : 0;
    return n;
}

QIcon CheckResultModel::severityIcon(StatusSeverity severity)
{
    static const QIcon icons[] = {
        QIcon(new StatusIconEngine(StatusIconEngine::Ok)),
        QIcon(new StatusIconEngine(StatusIconEngine::Notice)),
        QIcon(new StatusIconEngine(StatusIconEngine::Warning)),
        QIcon(new StatusIconEngine(StatusIconEngine::Critical)),
        QIcon(new StatusIconEngine(StatusIconEngine::Unanswered)),
    };
    return icons[int(severity)];
}

QIcon CheckResultModel::pendingIcon()
{
    static const QIcon icon(new StatusIconEngine(StatusIconEngine::Pending));
    return icon;
}

QColor CheckResultModel::severityTextColor(StatusSeverity severity)
{
    return statusTextColor(severity);
}

QColor CheckResultModel::severityBackground(StatusSeverity severity)
{
    return statusBackground(severity);
}

QColor CheckResultModel::tintedTextColor()
{
    return kTintedText;
}

QColor CheckResultModel::pendingTextColor()
{
    return kPendingText;
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
    const StatusSeverity severity = statusSeverity(r);
    // Unreachable results that were never asked have no time worth showing.
    const bool hasTime = !pending && !(r.status == CheckStatus::Unreachable && r.elapsedMs == 0);
    const QString requiredText = r.item.required ? tr("Required") : tr("Optional");

    switch (role) {
    case StatusRole:
        return int(r.status);
    case SeverityRole:
        return int(severity);
    case ProblemRole:
        return !pending && isProblem(r);
    case NoticeRole:
        return !pending && isNotice(r);
    case PendingRole:
        return pending;
    case RequiredRole:
        return r.item.required;
    case SortRole:
        if (index.column() == StatusColumn)
            return pending ? -1 : statusRank(r);
        if (index.column() == RequiredColumn)
            return r.item.required ? 0 : 1;
        if (index.column() == TimeColumn)
            return hasTime ? r.elapsedMs : -1;
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() != StatusColumn)
            return {};
        return pending ? pendingIcon() : severityIcon(severity);
    case Qt::BackgroundRole: {
        const QColor c = pending ? QColor() : statusBackground(severity);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::ForegroundRole:
        if (pending)
            return index.column() == StatusColumn ? QVariant(QBrush(kPendingText)) : QVariant();
        if (index.column() == StatusColumn)
            return QBrush(statusTextColor(severity));
        return statusBackground(severity).isValid() ? QVariant(QBrush(kTintedText)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RequiredColumn:
            //: Tooltip of the Required column; %1 is "Required" or "Optional", %2 the requirement.
            return r.item.requirement.isEmpty()
                       ? requiredText
                       : tr("%1: %2").arg(requiredText, requirementLabel(r.item.requirement));
        case ExpectedColumn:
            return r.item.mustNotResolve ? tr("Must not resolve on this server")
                                         : r.item.expected.join(QLatin1Char('\n'));
        case ActualColumn:
            return r.actual.join(QLatin1Char('\n'));
        case FixColumn:
            return pending ? QString() : r.fix;
        default:
            if (pending)
                return tr("Being checked");
            return r.note.isEmpty() ? r.detail : r.detail + QLatin1Char('\n') + r.note;
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }

    const bool accessible = role == Qt::AccessibleTextRole;
    switch (index.column()) {
    case StatusColumn:
        if (pending)
            return tr("Checking…");
        if (accessible && isNotice(r))
            //: What a screen reader says for a missing optional record; %1 is the status ("Missing").
            return tr("%1, optional: a notice, not a problem").arg(checkStatusLabel(r.status));
        return checkStatusLabel(r.status);
    case LocationColumn:
        return locationLabel(r.item.location);
    case ServerColumn:
        return r.server;
    case NameColumn:
        return r.item.name;
    case TypeColumn:
        return recordTypeName(r.item.type);
    case RequiredColumn:
        return requiredText;
    case ExpectedColumn:
        return r.item.mustNotResolve ? tr("(must not resolve)") : r.item.expected.join(QStringLiteral(", "));
    case ActualColumn:
        if (pending && r.actual.isEmpty())
            return QString();
        return r.actual.isEmpty() ? (accessible ? tr("nothing") : QStringLiteral("—"))
                                  : r.actual.join(QStringLiteral(", "));
    case FixColumn:
        return pending ? QString() : r.fix;
    case DetailColumn:
        if (pending)
            return QString();
        //: A result's detail, then the documented alternative the check accepted.
        return r.note.isEmpty()     ? r.detail
               : r.detail.isEmpty() ? r.note
                                    : tr("%1 — %2", "detail and note").arg(r.detail, r.note);
    case TimeColumn:
        if (!hasTime)
            return QString();
        return accessible ? tr("%1 ms").arg(r.elapsedMs) : QVariant(r.elapsedMs);
    default:
        return {};
    }
}

QVariant CheckResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RequiredColumn:
            return tr("Whether the plan needs the record; a missing optional record is a notice, not a "
                      "problem");
        case ActualColumn:
            return tr("Everything the server returned at the name, records of other types included");
        case FixColumn:
            return tr("What to change in DNS to make the record as planned");
        default:
            return {};
        }
    }
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
    case RequiredColumn:
        return tr("Required");
    case ExpectedColumn:
        return tr("Expected");
    case ActualColumn:
        return tr("Actual");
    case FixColumn:
        return tr("Fix");
    case DetailColumn:
        return tr("Detail");
    case TimeColumn:
        return tr("Time (ms)");
    default:
        return {};
    }
}

} // namespace lyncdns
