#pragma once

// The preview's view of a RecordTableModel: the text filter (any column), a site and a record type
// filter, and grouping by site or zone. Grouping is a sort, not a tree, so the keyboard moves
// through the records as in any table: the group's key first (site then zone, or zone then site;
// records of every SIP domain, which have no site, first), then the column the user sorts by, else
// the planner's order. The group column shows its value on a group's first row only (bold there),
// as a printed report does; AccessibleTextRole and the tooltip still give it on every row.

#include "model/dns/dnsrecord.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace lyncdns {

class RecordFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterProxy)
public:
    enum class Grouping
    {
        None,
        Site,
        Zone
    };
    enum Roles
    {
        GroupStartRole = Qt::UserRole + 100, // bool: the first row of a group (always false ungrouped)
    };

    explicit RecordFilterProxy(QObject *parent = nullptr);

    // Only the records of this site; an empty site means the per-domain records (no site).
    void setSiteFilter(const std::optional<QString> &site);
    std::optional<QString> siteFilter() const { return m_site; }
    void setTypeFilter(const std::optional<RecordType> &type);
    std::optional<RecordType> typeFilter() const { return m_type; }
    // Sorts by the group key first; without a sort column the proxy sorts by the group column.
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    // The column whose value heads a group (SiteColumn, ZoneColumn), -1 without grouping.
    int groupColumn() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Site then zone (or zone then site) of a source row, compared case-insensitively.
    int compareGroups(int leftRow, int rightRow) const;
    bool isGroupStart(int proxyRow) const;

    std::optional<QString> m_site;
    std::optional<RecordType> m_type;
    Grouping m_grouping = Grouping::None;
};

} // namespace lyncdns
