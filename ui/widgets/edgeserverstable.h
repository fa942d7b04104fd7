#pragma once

// Editor of the Edge servers of a plan: one row per server with its internal and external
// addresses, Add / Remove, and paste of tab-separated lines (e.g. copied from a spreadsheet).
// The IPv6 and private (NAT) columns are optional and shown on request, or when a cell there is
// marked. Column headers carry the JSON keys (Qt::UserRole) for the wizard page's cell marks.

#include "model/plan/plan.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableWidget;

namespace lyncdns {

class EdgeServersTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EdgeServersTable)
public:
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
    int rowCount() const;

    void setIpv6ColumnsVisible(bool visible);
    void setPrivateColumnsVisible(bool visible);
    bool ipv6ColumnsVisible() const;
    bool privateColumnsVisible() const;

    // The JSON key of a column inside an Edge server object, e.g. "accessIpv4".
    static QString columnKey(int column);

    QTableWidget *table() const { return m_table; }

public slots:
    void addRow();
    void removeSelectedRows();
    // Pastes tab-separated lines at the current cell, adding rows as needed; false if nothing pasted.
    bool pasteText(const QString &text);
    void pasteFromClipboard();

signals:
    void serversChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString cellText(int row, int column) const;
    void setCellText(int row, int column, const QString &text);
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_paste = nullptr;
    QCheckBox *m_showIpv6 = nullptr;
    QCheckBox *m_showPrivate = nullptr;
    bool m_filling = false;
};

} // namespace lyncdns
