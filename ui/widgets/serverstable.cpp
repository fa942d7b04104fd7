#include "ui/widgets/serverstable.h"

#include <QCheckBox>
#include <QPushButton>
#include <QTableWidget>

namespace lyncdns {

QList<ServerColumn> ServersTable::columnDescription()
{
    return {
        {QStringLiteral("fqdn"), tr("FQDN"), tr("FQDN"), ColumnSet::Always, true},
        //: A column in the paste hint of a pool's servers.
        {QStringLiteral("ipv4"), tr("IPv4 address"), tr("IPv4"), ColumnSet::Always, false},
        //: A column in the paste hint of a pool's servers.
        {QStringLiteral("ipv6"), tr("IPv6 address (optional)"), tr("IPv6"), ColumnSet::Ipv6, true},
    };
}

ServersTable::ServersTable(QWidget *parent)
    : ServerGrid(columnDescription(), parent)
{
    setButtonTexts(tr("&Add server"), tr("&Remove server"), tr("&Paste servers"));
    addButton()->setAccessibleName(tr("Add server"));
    removeButton()->setAccessibleName(tr("Remove the selected servers"));
    pasteButton()->setAccessibleName(tr("Paste servers from the clipboard"));
    table()->setAccessibleName(tr("Servers"));
    table()->setAccessibleDescription(
        tr("One row per server. Paste lines of FQDN, IPv4 and IPv6 separated by tabs with Ctrl+V."));
    // The plan's IPv6 switch decides (setIpv6Visible), not a box of the table's own.
    columnSetSwitch(ColumnSet::Ipv6)->hide();
    setColumnSetVisible(ColumnSet::Ipv6, true);
    // Tests and jump-to-path find the table itself under the same JSON path as this editor.
    connect(this, &QObject::objectNameChanged, table(),
            [this](const QString &name) { table()->setObjectName(name); });
}

QList<Server> ServersTable::servers() const
{
    QList<Server> result;
    const QList<QStringList> all = rows();
    for (const QStringList &row : all)
        result << Server{row.value(FqdnColumn), row.value(Ipv4Column), row.value(Ipv6Column)};
    return result;
}

void ServersTable::setServers(const QList<Server> &servers)
{
    QList<QStringList> all;
    for (const Server &s : servers)
        all << QStringList{s.fqdn, s.ipv4, s.ipv6};
    setRows(all);
}

void ServersTable::setSingleServer(bool single)
{
    setSingleRow(single);
    table()->setAccessibleName(single ? tr("Server") : tr("Servers"));
}

void ServersTable::setFixedFqdn(bool fixed, const QString &fqdn)
{
    if (table()->rowCount() == 0)
        return;
    if (fixed)
        setCellText(0, FqdnColumn, fqdn.trimmed());
    QTableWidgetItem *item = table()->item(0, FqdnColumn);
    const QSignalBlocker blocker(table()); // a fixed flag is no edit
    item->setFlags(fixed ? (item->flags() & ~Qt::ItemIsEditable) : (item->flags() | Qt::ItemIsEditable));
    item->setToolTip(fixed ? tr("A Standard Edition server's FQDN is the pool FQDN above.") : QString());
}

void ServersTable::setIpv6Visible(bool visible)
{
    setColumnSetVisible(ColumnSet::Ipv6, visible);
}

void ServersTable::setFirstServerFqdn(const QString &fqdn)
{
    if (table()->rowCount() == 0)
        setRows({QStringList{}});
    setCellText(0, FqdnColumn, fqdn);
    setSingleServer(isSingleServer());
}

int ServersTable::pasteText(const QString &text)
{
    return pasteRows(text);
}

void ServersTable::addServer()
{
    addRow();
}

void ServersTable::removeSelectedServers()
{
    removeSelectedRows();
}

QStringList ServersTable::arrangePasted(QStringList cells) const
{
    // After the name each address goes to the column its form suggests (a colon: IPv6), else to
    // the one still free: nothing pasted is dropped, and the validator frames a value in the
    // wrong column.
    QString ipv4;
    QString ipv6;
    for (qsizetype i = 1; i < cells.size(); ++i) {
        const QString &cell = cells.at(i);
        if (cell.isEmpty())
            continue;
        const bool colon = cell.contains(QLatin1Char(':'));
        QString &preferred = colon ? ipv6 : ipv4;
        QString &other = colon ? ipv4 : ipv6;
        if (preferred.isEmpty())
            preferred = cell;
        else if (other.isEmpty())
            other = cell;
    }
    return {cells.value(FqdnColumn), ipv4, ipv6};
}

} // namespace lyncdns
