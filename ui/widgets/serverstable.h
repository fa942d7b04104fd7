#pragma once

// An editor of a pool's servers (FQDN, IPv4, IPv6): the server grid (ServerGrid) over these three
// columns. A pasted line "fqdn<TAB>ipv4[<TAB>ipv6]" puts an address with a colon in the IPv6
// column wherever it came. In single-server mode it shows exactly one row, optionally with the
// FQDN fixed by its owner.

#include "model/plan/plan.h"
#include "ui/widgets/servergrid.h"

namespace lyncdns {

class ServersTable final : public ServerGrid
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServersTable)
public:
    enum Column
    {
        FqdnColumn,
        Ipv4Column,
        Ipv6Column,
        ColumnCount
    };

    explicit ServersTable(QWidget *parent = nullptr);

    // The rows as entered (trimmed); in single-server mode only the first.
    QList<Server> servers() const;
    // Fills the table without emitting serversChanged().
    void setServers(const QList<Server> &servers);

    // One row only; rows beyond the first stay hidden (not lost) until the mode is left.
    void setSingleServer(bool single);
    bool isSingleServer() const { return isSingleRow(); }
    // Fixes the first row's FQDN (Standard Edition: the server FQDN is the pool FQDN); empty = editable.
    void setFixedFqdn(bool fixed, const QString &fqdn = QString());
    // The owner's choice (the plan's IPv6 switch); a column holding a value or a finding stays shown.
    void setIpv6Visible(bool visible);
    // Sets the first row's FQDN without emitting serversChanged() (hidden rows are kept).
    void setFirstServerFqdn(const QString &fqdn);

    // Adds or updates servers from "fqdn<TAB>ipv4[<TAB>ipv6]" lines; returns the rows touched.
    int pasteText(const QString &text);

    // The column description: FQDN, IPv4, IPv6 (the plan's keys "fqdn", "ipv4", "ipv6").
    static QList<ServerColumn> columnDescription();

public slots:
    void addServer();
    void removeSelectedServers();

protected:
    QStringList arrangePasted(QStringList cells) const override;
};

} // namespace lyncdns
