#pragma once

// The live record preview beside the wizard: Internal and External record tables behind one
// filter box, with the selected rows copied as a text table or CSV.

#include "model/dns/dnsrecord.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace lyncdns {

class RecordTableModel;

class RecordPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPreview)
public:
    explicit RecordPreview(QWidget *parent = nullptr);

    void setRecords(const RecordSet &records);
    // The records of the visible tab that are selected, or all its visible rows if none are.
    RecordSet selectedRecords() const;

    QAction *copyAction() const { return m_copy; }
    QAction *copyCsvAction() const { return m_copyCsv; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view(Location location) const;
    QSortFilterProxyModel *proxy(Location location) const;
    void showLocation(Location location);

    // Column widths and sort order, kept in QSettings between runs.
    void saveSettings() const;
    void restoreSettings();

private:
    struct Table
    {
        RecordTableModel *model = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
        QTableView *view = nullptr;
    };
    Table makeTable(Location location);
    const Table &table(Location location) const;
    Table &table(Location location);
    void copy(bool csv) const;
    void updateTabTitles();

    QLineEdit *m_filter = nullptr;
    QTabWidget *m_tabs = nullptr;
    Table m_internal;
    Table m_external;
    QAction *m_copy = nullptr;
    QAction *m_copyCsv = nullptr;
    bool m_sized = false; // columns fitted to their contents once, unless restored from settings
};

} // namespace lyncdns
