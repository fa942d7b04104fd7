#pragma once

// Editor of the Edge servers of a plan: the server grid (ServerGrid) over an Edge server's FQDN,
// internal and external IPv4 addresses, their IPv6 twins and the private (NAT) addresses. The IPv6
// and private columns are shown on request, or when a cell there holds a value or a finding.

#include "model/plan/plan.h"
#include "ui/widgets/servergrid.h"

namespace lyncdns {

class EdgeServersTable final : public ServerGrid
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EdgeServersTable)
public:
    // The order of columnDescription() and of a pasted line.
    enum Column
    {
        FqdnColumn,
        InternalIpv4Column,
        AccessIpv4Column,
        WebConferencingIpv4Column,
        AvIpv4Column,
        InternalIpv6Column,
        AccessIpv6Column,
        WebConferencingIpv6Column,
        AvIpv6Column,
        PrivateAccessIpv4Column,
        PrivateWebConferencingIpv4Column,
        PrivateAvIpv4Column,
        COLUMN_COUNT
    };

    explicit EdgeServersTable(QWidget *parent = nullptr);

    QList<EdgeServer> servers() const;
    // Fills the rows without emitting serversChanged().
    void setServers(const QList<EdgeServer> &servers);

    void setIpv6ColumnsVisible(bool visible);
    void setPrivateColumnsVisible(bool visible);
    bool ipv6ColumnsVisible() const;
    bool privateColumnsVisible() const;

    // The JSON key of a column inside an Edge server object, e.g. "accessIpv4".
    static QString columnKey(int column);
    // The column description, in Column order.
    static QList<ServerColumn> columnDescription();

public slots:
    // Adds or updates servers from tab-separated lines in column order (see ServerGrid::pasteRows);
    // false if nothing pasted.
    bool pasteText(const QString &text);
};

} // namespace lyncdns
