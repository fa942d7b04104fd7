#include "ui/widgets/edgeserverstable.h"

#include <QCheckBox>
#include <QPushButton>
#include <QTableWidget>

namespace lyncdns {

namespace {

// The fields of an Edge server in Column order: the one map between the struct and the grid.
constexpr QString EdgeServer::*kFields[EdgeServersTable::COLUMN_COUNT] = {
    &EdgeServer::fqdn,
    &EdgeServer::internalIpv4,
    &EdgeServer::accessIpv4,
    &EdgeServer::webConferencingIpv4,
    &EdgeServer::avIpv4,
    &EdgeServer::internalIpv6,
    &EdgeServer::accessIpv6,
    &EdgeServer::webConferencingIpv6,
    &EdgeServer::avIpv6,
    &EdgeServer::privateAccessIpv4,
    &EdgeServer::privateWebConferencingIpv4,
    &EdgeServer::privateAvIpv4,
};

} // namespace

QList<ServerColumn> EdgeServersTable::columnDescription()
{
    // The paste hint names a column as its header does.
    const auto column = [](const char *key, const QString &title, ColumnSet set) {
        return ServerColumn{QLatin1String(key), title, title, set, false};
    };
    QList<ServerColumn> columns{
        column("fqdn", tr("Server FQDN"), ColumnSet::Always),
        column("internalIpv4", tr("Internal IPv4"), ColumnSet::Always),
        column("accessIpv4", tr("Access IPv4"), ColumnSet::Always),
        column("webConferencingIpv4", tr("Web Conferencing IPv4"), ColumnSet::Always),
        column("avIpv4", tr("A/V IPv4"), ColumnSet::Always),
        column("internalIpv6", tr("Internal IPv6"), ColumnSet::Ipv6),
        column("accessIpv6", tr("Access IPv6"), ColumnSet::Ipv6),
        column("webConferencingIpv6", tr("Web Conferencing IPv6"), ColumnSet::Ipv6),
        column("avIpv6", tr("A/V IPv6"), ColumnSet::Ipv6),
        column("privateAccessIpv4", tr("Private Access IPv4 (NAT)"), ColumnSet::Nat),
        column("privateWebConferencingIpv4", tr("Private Web Conferencing IPv4 (NAT)"), ColumnSet::Nat),
        column("privateAvIpv4", tr("Private A/V IPv4 (NAT)"), ColumnSet::Nat),
    };
    // The FQDN takes the width left over; the addresses fit their contents.
    columns.first().stretch = true;
    return columns;
}

EdgeServersTable::EdgeServersTable(QWidget *parent)
    : ServerGrid(columnDescription(), parent)
{
    // Tests find the grid by the editor's JSON path ("sites[0].edgePools[0].servers.table").
    connect(this, &QObject::objectNameChanged, table(),
            [this](const QString &name) { table()->setObjectName(name + QStringLiteral(".table")); });
    table()->setAccessibleName(tr("Edge servers"));
    table()->setAccessibleDescription(tr("One row per Edge server. Paste tab-separated lines with Ctrl+V."));
    setButtonTexts(tr("&Add server"), tr("&Remove server"), tr("Paste r&ows"));
    addButton()->setAccessibleName(tr("Add Edge server"));
    removeButton()->setAccessibleName(tr("Remove selected Edge servers"));
    pasteButton()->setAccessibleName(tr("Paste Edge servers from the clipboard"));
    columnSetSwitch(ColumnSet::Ipv6)->setText(tr("Show IPv&6 columns"));
    columnSetSwitch(ColumnSet::Nat)->setText(tr("Show private (NAT) colu&mns"));
}

QString EdgeServersTable::columnKey(int column)
{
    return columnDescription().value(column).key;
}

QList<EdgeServer> EdgeServersTable::servers() const
{
    QList<EdgeServer> result;
    const QList<QStringList> all = rows();
    for (const QStringList &row : all) {
        EdgeServer s;
        for (int c = 0; c < COLUMN_COUNT; ++c)
            s.*kFields[c] = row.value(c);
        result << s;
    }
    return result;
}

void EdgeServersTable::setServers(const QList<EdgeServer> &servers)
{
    QList<QStringList> all;
    for (const EdgeServer &s : servers) {
        QStringList row;
        for (int c = 0; c < COLUMN_COUNT; ++c)
            row << s.*kFields[c];
        all << row;
    }
    setRows(all);
}

void EdgeServersTable::setIpv6ColumnsVisible(bool visible)
{
    setColumnSetVisible(ColumnSet::Ipv6, visible);
}

void EdgeServersTable::setPrivateColumnsVisible(bool visible)
{
    setColumnSetVisible(ColumnSet::Nat, visible);
}

bool EdgeServersTable::ipv6ColumnsVisible() const
{
    return isColumnSetVisible(ColumnSet::Ipv6);
}

bool EdgeServersTable::privateColumnsVisible() const
{
    return isColumnSetVisible(ColumnSet::Nat);
}

bool EdgeServersTable::pasteText(const QString &text)
{
    return pasteRows(text) > 0;
}

} // namespace lyncdns
