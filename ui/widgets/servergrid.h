#pragma once

// The one editor of a pool's servers (issue 12): a grid whose columns come from a description
// (ServerColumn), with Add / Remove / Paste rows, a hint naming the columns a paste expects in
// their order, column sets (IPv6, NAT) that stay out of a narrow window until asked for or until
// a cell there holds a value or a finding, and a problem marker in the row header of a row whose
// cells have findings. ServersTable and EdgeServersTable are configurations of it.
//
// The contract the wizard pages rely on: table() is a QTableWidget and a direct child of the grid,
// row = index in the server list, and each horizontal header item carries its column's JSON key in
// Qt::UserRole, so a finding's path ("…servers[1].accessIpv4") names its cell.

#include "ui/widgets/servercolumn.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lyncdns {

class ServerGrid : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerGrid)
public:
    // The column description, in the order of the table's columns and of a pasted line.
    const QList<ServerColumn> &columns() const { return m_columns; }
    // The column whose JSON key is key, -1 if none.
    int columnOf(const QString &key) const;

    // One list of trimmed cell texts per row, in column order; in single-row mode only the first.
    QList<QStringList> rows() const;
    // Fills the grid without emitting serversChanged(); shows the column sets holding values.
    void setRows(const QList<QStringList> &rows);
    int rowCount() const;

    // Shows or hides the columns of a set. A set holding a value or a finding stays shown (and its
    // check box checked and disabled): nothing the plan holds is out of sight.
    void setColumnSetVisible(ColumnSet set, bool visible);
    bool isColumnSetVisible(ColumnSet set) const;

    // One row only: rows beyond the first stay hidden (not lost); no Add, Remove or Paste.
    void setSingleRow(bool single);
    bool isSingleRow() const { return m_single; }

    // Adds or updates one server per line (cells in column order, tab-separated as copied from a
    // spreadsheet, else separated by commas, semicolons or spaces). A line whose first cell names a
    // listed server updates that row, else it fills the first empty row, else a new one; an empty
    // pasted cell leaves the cell alone. Values for hidden columns show them. Returns the rows
    // touched.
    int pasteRows(const QString &text);
    // "Paste columns: FQDN, IPv4, IPv6" — the visible columns in paste order, hidden runs counted.
    QString pasteHint() const;

    // Problems of a row its cells do not carry (e.g. a duplicate server); they join the cells' own
    // findings in the row's marker. Empty clears them.
    void setRowProblems(int row, const QStringList &problems);
    // The problems the row's header marker names: the owner's, then each marked cell's, in words.
    QStringList rowProblems(int row) const;

    // The pool the servers belong to: a new row's name is proposed from it and the listed names
    // (proposeServerName). Empty: only the listed names count.
    void setPoolFqdn(const QString &fqdn);
    QString poolFqdn() const { return m_poolFqdn; }
    // The server names the rest of the plan already has, asked when a row is added: a proposed name
    // counts past them (planServerNames()). Unset: only this grid's rows count.
    void setTakenNames(std::function<QSet<QString>()> takenNames) { m_takenNames = std::move(takenNames); }

    QTableWidget *table() const { return m_table; }

public slots:
    // Appends a row and opens its name editor holding the proposed name (all of it selected when it
    // is a whole FQDN, the cursor in front of a partial ".domain"); the row stays empty until the
    // editor commits.
    void addRow();
    void removeSelectedRows();
    void pasteFromClipboard();

signals:
    // The user changed the rows (typed, added, removed, pasted); not sent by setRows().
    void serversChanged();

protected:
    explicit ServerGrid(QList<ServerColumn> columns, QWidget *parent = nullptr);

    // A pasted line's cells in column order, as the configuration reads them (e.g. an IPv6
    // address in the IPv4 column moves to the IPv6 one). The default takes them as they come.
    virtual QStringList arrangePasted(QStringList cells) const;

    bool eventFilter(QObject *watched, QEvent *event) override;

    // The configurations give the buttons (and the table's context menu) their own words.
    void setButtonTexts(const QString &add, const QString &remove, const QString &paste);
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *pasteButton() const { return m_paste; }
    // The check box of a column set; nullptr when the description has no column in it.
    QCheckBox *columnSetSwitch(ColumnSet set) const;

    QString cellText(int row, int column) const;
    // Sets a cell's text without emitting serversChanged().
    void setCellText(int row, int column, const QString &text);
    int visibleRowCount() const;

private:
    void insertEmptyRow(int row);
    void prefillNameEditor(int row);
    void edited();
    void updateButtons();
    void updateColumnSets();
    void updatePasteTexts();
    void updateRowMarkers(int first, int last);
    bool holdsSomething(int column) const;
    void clearSelectedCells();

    QList<ServerColumn> m_columns;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_paste;
    QLabel *m_hint;
    QCheckBox *m_showIpv6 = nullptr;
    QCheckBox *m_showNat = nullptr;
    QString m_poolFqdn;
    std::function<QSet<QString>()> m_takenNames;
    bool m_wantIpv6 = false;
    bool m_wantNat = false;
    bool m_single = false;
    bool m_filling = false;
};

} // namespace lyncdns
