#include "model/itemmodels/recordtablemodel.h"

#include "model/itemmodels/checkresultmodel.h"

#include <QFont>

namespace lyncdns {

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecordTableModel::setRecords(const RecordSet &records, Location location,
                                  const InvalidFieldRecords &invalid)
{
    beginResetModel();
    m_records.clear();
    m_invalid.clear();
    m_invalidCount = 0;
    for (const DnsRecord &r : records) {
        if (r.location != location)
            continue;
        m_records << r;
        m_invalid << invalid.invalidField(r);
        m_invalidCount += m_invalid.constLast().isEmpty() ? 0 : 1;
    }
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
    const QString &invalid = m_invalid.at(index.row());
    switch (role) {
    case RecordLocationRole:
        return locationName(r.location);
    case RequirementRole:
        return r.requirement;
    case SiteRole:
        return r.site;
    case ZoneRole:
        return r.zone;
    case TypeRole:
        return int(r.type);
    case InvalidFieldRole:
        return invalid;
    case Qt::ToolTipRole: {
        // The reason, TTL and whether it is required on every cell: at 640 pixels those columns
        // may not show (RecordPreview fits the columns to the width).
        //: Second line of a previewed record's tooltip: %1 the TTL in seconds, %2 "required" or "optional".
        const QString details =
            tr("TTL %1, %2").arg(QString::number(r.ttl), r.required ? tr("required") : tr("optional"));
        //: Tooltip of a previewed record built from a field with a validation error; %1 says where
        //: the field is ("Front End pool pool01.contoso.net, server 2 (fe02.contoso.net), IPv4
        //: address"), %2 is why the record exists, %3 its TTL and whether it is required.
        return invalid.isEmpty()
                   ? QStringLiteral("%1\n%2").arg(r.reason, details)
                   : tr("Built from an invalid field: %1\n%2\n%3").arg(invalid, r.reason, details);
    }
    case Qt::FontRole:
        if (invalid.isEmpty())
            return {};
        {
            QFont font;
            font.setItalic(true);
            return font;
        }
    case Qt::DecorationRole:
        return !invalid.isEmpty() && index.column() == NameColumn
                   ? QVariant(CheckResultModel::severityIcon(StatusSeverity::Warning))
                   : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SiteColumn:
        return r.site;
    case ZoneColumn:
        return r.zone;
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
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == SiteColumn)
        return tr("The central site of the pool a record belongs to; empty for the records every SIP "
                  "domain has (sign-in, simple URLs)");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SiteColumn:
        return tr("Site");
    case ZoneColumn:
        return tr("Zone");
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
