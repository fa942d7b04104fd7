#pragma once

// The live record preview beside the wizard: Internal and External record tables behind one filter
// row (text, site, record type) and one grouping (none, by site, by zone), with the selected rows
// copied as a text table or CSV. Columns are sized to their contents and the reason takes the rest;
// records built from a field with a validation error are marked (InvalidFieldRecords).

#include "model/dns/dnsrecord.h"
#include "model/validator/finding.h"

#include <QHash>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace lyncdns {

class InvalidFieldRecords;
class RecordFilterProxy;
class RecordTableModel;
struct Plan;

class RecordPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPreview)
public:
    explicit RecordPreview(QWidget *parent = nullptr);

    // The records of plan, with findings the validator gave for it: records built from a field
    // with an error are marked. Keeps the selected records selected and the top row in place.
    void setRecords(const RecordSet &records, const Plan &plan, const Findings &findings);
    // Without the plan nothing can be marked: for records that are known to be valid.
    void setRecords(const RecordSet &records);
    // The records of the visible tab that are selected, or all its visible rows if none are.
    RecordSet selectedRecords() const;

    QAction *copyAction() const { return m_copy; }
    QAction *copyCsvAction() const { return m_copyCsv; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *siteFilterBox() const { return m_site; }
    QComboBox *typeFilterBox() const { return m_type; }
    QComboBox *groupByBox() const { return m_groupBy; }
    // "3 records are built from fields with errors …"; hidden when there are none.
    QLabel *invalidNote() const { return m_invalidNote; }
    // Show or hide Site, Zone, TTL, Required, Requirement; unchosen they follow the width.
    QMenu *columnsMenu() const { return m_columnsMenu; }
    QTableView *view(Location location) const;
    QSortFilterProxyModel *proxy(Location location) const;
    RecordTableModel *model(Location location) const;
    void showLocation(Location location);

    // Column widths, order and sort, the grouping, kept in QSettings between runs.
    void saveSettings() const;
    void restoreSettings();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Table
    {
        RecordTableModel *model = nullptr;
        RecordFilterProxy *proxy = nullptr;
        QTableView *view = nullptr;
        bool userSized = false; // the user dragged a column: the fit leaves the widths alone
    };
    Table makeTable();
    const Table &table(Location location) const;
    Table &table(Location location);
    void apply(const RecordSet &records, const InvalidFieldRecords &invalid);
    void fillSiteBox(const RecordSet &records);
    void applyFilters();
    void applyGrouping();
    int contentWidth(const Table &t, int column) const;
    void fitColumns(Table &t);
    void updateColumnsMenu();
    void copy(bool csv) const;
    void updateTabTitles();

    QLineEdit *m_filter = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_groupBy = nullptr;
    QLabel *m_invalidNote = nullptr;
    QTabWidget *m_tabs = nullptr;
    Table m_internal;
    Table m_external;
    QAction *m_copy = nullptr;
    QAction *m_copyCsv = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QHash<int, bool> m_chosenColumns; // column -> shown, as the user chose in the Columns menu
    bool m_fitting = false;           // our own resizes are not the user's
};

} // namespace lyncdns
