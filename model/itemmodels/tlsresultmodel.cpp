#include "model/itemmodels/tlsresultmodel.h"

#include "model/certs/certificates.h"
#include "model/rules/keywords.h"

#include <QBrush>

namespace lyncdns {

StatusSeverity tlsSeverity(TlsStatus status)
{
    switch (status) {
    case TlsStatus::Ok:
        return StatusSeverity::Ok;
    case TlsStatus::Unreachable:
    case TlsStatus::Error:
        return StatusSeverity::Unanswered;
    case TlsStatus::Untrusted:
    case TlsStatus::Expired:
    case TlsStatus::WrongUsage:
    case TlsStatus::NameMissing:
        break;
    }
    return StatusSeverity::Critical;
}

TlsResultModel::TlsResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TlsResultModel::setResults(const QList<TlsResult> &results, bool pending)
{
    beginResetModel();
    m_results = results;
    m_pending.clear();
    if (pending)
        for (int row = 0; row < m_results.size(); ++row)
            m_pending.insert(row);
    endResetModel();
}

void TlsResultModel::setResult(int row, const TlsResult &result)
{
    if (row < 0 || row >= m_results.size())
        return;
    m_results[row] = result;
    m_pending.remove(row);
    emit dataChanged(index(row, 0), index(row, COLUMN_COUNT - 1));
}

void TlsResultModel::finish(const QList<TlsResult> &results)
{
    if (results.size() != m_results.size()) {
        setResults(results, false);
        return;
    }
    m_results = results;
    m_pending.clear();
    if (!m_results.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_results.size()) - 1, COLUMN_COUNT - 1));
}

void TlsResultModel::clear()
{
    setResults({}, false);
}

int TlsResultModel::count(TlsStatus status) const
{
    int n = 0;
    for (int row = 0; row < m_results.size(); ++row)
        n += !m_pending.contains(row) && m_results.at(row).status == status ? 1 : 0;
    return n;
}

int TlsResultModel::problemCount() const
{
    int n = 0;
    for (int row = 0; row < m_results.size(); ++row)
        n += !m_pending.contains(row) && isProblem(m_results.at(row).status) ? 1 : 0;
    return n;
}

int TlsResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int TlsResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMN_COUNT;
}

QVariant TlsResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TlsResult &r = m_results.at(index.row());
    const bool pending = m_pending.contains(index.row());
    const StatusSeverity severity = tlsSeverity(r.status);
    switch (role) {
    case StatusRole:
        return int(r.status);
    case SeverityRole:
        return int(severity);
    case PendingRole:
        return pending;
    case SortRole:
        if (index.column() == StatusColumn)
            return pending ? -1 : int(r.status); // the enum is in precedence order, worst first
        if (index.column() == NotAfterColumn)
            return r.notAfter;
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() != StatusColumn)
            return {};
        return pending ? CheckResultModel::pendingIcon() : CheckResultModel::severityIcon(severity);
    case Qt::BackgroundRole: {
        const QColor c = pending ? QColor() : CheckResultModel::severityBackground(severity);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::ForegroundRole:
        if (pending)
            return index.column() == StatusColumn ? QVariant(QBrush(CheckResultModel::pendingTextColor()))
                                                  : QVariant();
        if (index.column() == StatusColumn)
            return QBrush(CheckResultModel::severityTextColor(severity));
        return CheckResultModel::severityBackground(severity).isValid()
                   ? QVariant(QBrush(CheckResultModel::tintedTextColor()))
                   : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case EndpointColumn:
            //: Tooltip of a TLS endpoint: the names its certificate must carry.
            return tr("Planned names: %1").arg(r.endpoint.names.join(QStringLiteral(", ")));
        case MissingColumn:
            return r.missingNames.join(QLatin1Char('\n'));
        case DetailColumn:
            return pending ? QString() : r.detail;
        default:
            return {};
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case StatusColumn:
        return pending ? tr("Checking…") : tlsStatusLabel(r.status);
    case LocationColumn:
        return locationLabel(r.endpoint.location);
    case EndpointColumn:
        return QStringLiteral("%1:%2").arg(r.endpoint.host).arg(r.endpoint.port);
    case RoleColumn:
        return certificateRoleTitle(r.endpoint.role);
    case AddressColumn:
        return r.address;
    case MissingColumn:
        return pending ? QString() : r.missingNames.join(QStringLiteral(", "));
    case NotAfterColumn:
        return r.notAfter.isValid() ? r.notAfter.toString(Qt::ISODate) : QString();
    case IssuerColumn:
        return r.issuer;
    case DetailColumn:
        // The probe's English detail (as in `check --tls`), shown as it is.
        return pending ? QString() : r.detail;
    default:
        return {};
    }
}

QVariant TlsResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case LocationColumn:
        return tr("Location");
    case EndpointColumn:
        return tr("Endpoint");
    case RoleColumn:
        return tr("Certificate");
    case AddressColumn:
        return tr("Address");
    case MissingColumn:
        return tr("Missing names");
    case NotAfterColumn:
        return tr("Not after");
    case IssuerColumn:
        return tr("Issuer");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace lyncdns
