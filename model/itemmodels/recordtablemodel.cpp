#include "model/itemmodels/recordtablemodel.h"

namespace lyncdns {

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecordTableModel::setRecords(const RecordSet &records, Location location)
{
    beginResetModel();
    m_records.clear();
    for (const DnsRecord &r : records)
        if (r.location == location)
            m_records << r;
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    // Only the root has children in a table.
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMN_COUNT;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DnsRecord &r = m_records.at(index.row());
    if (role == RecordLocationRole)
        return locationName(r.location);
    if (role == RequirementRole)
        return r.requirement;
    if (role == Qt::ToolTipRole)
        return r.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.name;
    case TypeColumn:
        return recordTypeName(r.type);
    case DataColumn:
        return r.data;
    case TtlColumn:
        return r.ttl;
    case RequiredColumn:
        return r.required ? tr("yes") : tr("no");
    case RequirementColumn:
        return r.requirement;
    case ReasonColumn:
        return r.reason;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case DataColumn:
        return tr("Data");
    case TtlColumn:
        return tr("TTL");
    case RequiredColumn:
        return tr("Required");
    case RequirementColumn:
        return tr("Requirement");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace lyncdns
