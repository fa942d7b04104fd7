#pragma once

// Table model of planned records for the preview tables (Qt Core only, no Widgets). A record built
// from a field the validator rejects is marked on every column (italic, a warning icon on the
// name, a tooltip naming the field), never shown as if it were real (InvalidFieldRecords).

#include "model/dns/dnsrecord.h"
#include "model/export/invalidfieldrecords.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace lyncdns {

class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)
public:
    // Site and zone first: the preview groups by them, and a group's heading reads at the left.
    enum Columns
    {
        SiteColumn, // empty for per-domain records (every SIP domain, no site)
        ZoneColumn,
        NameColumn,
        TypeColumn,
        DataColumn,
        TtlColumn,
        RequiredColumn,
        RequirementColumn,
        ReasonColumn,
        COLUMN_COUNT
    };
    enum Roles
    {
        RecordLocationRole = Qt::UserRole + 1,
        RequirementRole,
        SiteRole,         // DnsRecord::site, on every column
        ZoneRole,         // DnsRecord::zone
        TypeRole,         // int(RecordType)
        InvalidFieldRole, // where the invalid field the record is built from is, in words; empty if none
    };

    explicit RecordTableModel(QObject *parent = nullptr);

    // Shows the records of one location only; invalid says which come from rejected fields.
    void setRecords(const RecordSet &records, Location location, const InvalidFieldRecords &invalid = {});
    const RecordSet &records() const { return m_records; }
    // Rows built from an invalid field.
    int invalidCount() const { return m_invalidCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RecordSet m_records;
    QStringList m_invalid; // per row: InvalidFieldRole
    int m_invalidCount = 0;
};

} // namespace lyncdns
