#pragma once

// Table model of planned records for the preview tables (Qt Core only, no Widgets).

#include "model/dns/dnsrecord.h"

#include <QAbstractTableModel>

namespace lyncdns {

class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)
public:
    enum Columns
    {
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
        RequirementRole
    };

    explicit RecordTableModel(QObject *parent = nullptr);

    // Shows the records of one location only.
    void setRecords(const RecordSet &records, Location location);
    const RecordSet &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RecordSet m_records;
};

} // namespace lyncdns
