#include "model/itemmodels/recordfilterproxy.h"

#include "model/itemmodels/recordtablemodel.h"

#include <QFont>

namespace lyncdns {

namespace {

QString sourceText(const QAbstractItemModel *model, int row, int role)
{
    return model->index(row, 0).data(role).toString();
}

} // namespace

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RecordFilterProxy::setSiteFilter(const std::optional<QString> &site)
{
    if (site == m_site)
        return;
    m_site = site;
    invalidateRowsFilter();
}

void RecordFilterProxy::setTypeFilter(const std::optional<RecordType> &type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

void RecordFilterProxy::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    if (m_grouping != Grouping::None && sortColumn() < 0)
        sort(groupColumn(), Qt::AscendingOrder);
    else
        invalidate();
}

int RecordFilterProxy::groupColumn() const
{
    switch (m_grouping) {
    case Grouping::Site:
        return RecordTableModel::SiteColumn;
    case Grouping::Zone:
        return RecordTableModel::ZoneColumn;
    case Grouping::None:
        break;
    }
    return -1;
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_site && index.data(RecordTableModel::SiteRole).toString() != *m_site)
        return false;
    if (m_type && index.data(RecordTableModel::TypeRole).toInt() != int(*m_type))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

int RecordFilterProxy::compareGroups(int leftRow, int rightRow) const
{
    const QAbstractItemModel *model = sourceModel();
    int first = RecordTableModel::SiteRole;
    int second = RecordTableModel::ZoneRole;
    if (m_grouping == Grouping::Zone)
        std::swap(first, second);
    for (int role : {first, second}) {
        const int c = QString::compare(sourceText(model, leftRow, role), sourceText(model, rightRow, role),
                                       Qt::CaseInsensitive);
        if (c != 0)
            return c;
    }
    return 0;
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_grouping == Grouping::None)
        return QSortFilterProxyModel::lessThan(left, right);
    const int group = compareGroups(left.row(), right.row());
    if (group != 0)
        return group < 0;
    // Within a group: the user's column, else (sorted by the group column) the planner's order.
    if (left.column() == RecordTableModel::SiteColumn || left.column() == RecordTableModel::ZoneColumn)
        return left.row() < right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}

bool RecordFilterProxy::isGroupStart(int proxyRow) const
{
    if (m_grouping == Grouping::None)
        return false;
    if (proxyRow == 0)
        return true;
    const int role = m_grouping == Grouping::Site ? RecordTableModel::SiteRole : RecordTableModel::ZoneRole;
    return index(proxyRow, 0)
               .data(role)
               .toString()
               .compare(index(proxyRow - 1, 0).data(role).toString(), Qt::CaseInsensitive) != 0;
}

QVariant RecordFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == GroupStartRole)
        return index.isValid() && isGroupStart(index.row());
    if (m_grouping == Grouping::None || !index.isValid() || index.column() != groupColumn())
        return QSortFilterProxyModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
        return isGroupStart(index.row()) ? QSortFilterProxyModel::data(index, role) : QVariant(QString());
    case Qt::AccessibleTextRole:
        return QSortFilterProxyModel::data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (isGroupStart(index.row())) {
            QFont font = QSortFilterProxyModel::data(index, role).value<QFont>();
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace lyncdns
