#pragma once

// An editor of a pool's servers (FQDN, IPv4, IPv6): Add / Remove / Paste buttons, paste of
// "fqdn<TAB>ipv4[<TAB>ipv6]" lines (Ctrl+V or the button). Its column headers carry the JSON
// keys (Qt::UserRole), so the wizard page marks the cell a validator finding is about.
// In single-server mode it shows exactly one row, optionally with the FQDN fixed by its owner.

#include "model/plan/plan.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace lyncdns {

class ServersTable final : public QWidget
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
    bool isSingleServer() const { return m_single; }
    // Fixes the first row's FQDN (Standard Edition: the server FQDN is the pool FQDN); empty = editable.
    void setFixedFqdn(bool fixed, const QString &fqdn = QString());
    void setIpv6Visible(bool visible);
    // Sets the first row's FQDN without emitting serversChanged() (hidden rows are kept).
    void setFirstServerFqdn(const QString &fqdn);

    // Adds or updates servers from "fqdn<TAB>ipv4[<TAB>ipv6]" lines; returns the rows touched.
    int pasteText(const QString &text);

    QTableWidget *table() const { return m_table; }

public slots:
    void addServer();
    void removeSelectedServers();
    void pasteFromClipboard();

signals:
    void serversChanged();

private:
    void appendRow(const Server &server);
    void setCell(int row, int column, const QString &text);
    QString cell(int row, int column) const;
    int visibleRowCount() const;
    void updateButtons();
    void edited();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_paste;
    bool m_single = false;
    bool m_fixedFqdn = false;
    bool m_filling = false;
};

} // namespace lyncdns
