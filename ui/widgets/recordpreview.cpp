#include "ui/widgets/recordpreview.h"

#include "model/export/recordexport.h"
#include "model/itemmodels/recordtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace lyncdns {

namespace {

QString headerKey(Location location)
{
    return location == Location::Internal ? QStringLiteral("preview/internalHeader")
                                          : QStringLiteral("preview/externalHeader");
}

// Contents decide the widths, but no column may push the reason out of sight.
void fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    const int widest = view->fontMetrics().averageCharWidth() * 32;
    for (int column = 0; column < RecordTableModel::ReasonColumn; ++column)
        view->setColumnWidth(column, std::min(view->columnWidth(column), widest));
}

// Keeps the records the user had selected selected when a keystroke rebuilds the table.
constexpr int kMaxReselected = 500;

} // namespace

RecordPreview::RecordPreview(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 4, 0);

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Name, type, data or reason"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter records"));
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_internal = makeTable(Location::Internal);
    m_external = makeTable(Location::External);
    m_internal.view->setAccessibleName(tr("Internal DNS records"));
    m_external.view->setAccessibleName(tr("External DNS records"));
    m_tabs->addTab(m_internal.view, QString());
    m_tabs->addTab(m_external.view, QString());
    layout->addWidget(m_tabs, 1);
    updateTabTitles();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (Table *t : {&m_internal, &m_external})
            t->proxy->setFilterFixedString(text);
        updateTabTitles();
    });

    // The shortcuts act only where the records are, so Ctrl+C still copies text in the wizard's fields.
    m_copy = new QAction(tr("&Copy Records"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setStatusTip(tr("Copy the selected records as a text table (and as CSV for spreadsheets)"));
    m_copyCsv = new QAction(tr("Copy Records as C&SV"), this);
    m_copyCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCsv->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyCsv->setStatusTip(tr("Copy the selected records as comma-separated values"));
    connect(m_copy, &QAction::triggered, this, [this] { copy(false); });
    connect(m_copyCsv, &QAction::triggered, this, [this] { copy(true); });
    for (QTableView *v : {m_internal.view, m_external.view}) {
        v->addAction(m_copy);
        v->addAction(m_copyCsv);
        v->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
}

RecordPreview::Table RecordPreview::makeTable(Location location)
{
    Table t;
    t.model = new RecordTableModel(this);
    t.model->setRecords({}, location);
    t.proxy = new QSortFilterProxyModel(this);
    t.proxy->setSourceModel(t.model);
    t.proxy->setFilterKeyColumn(-1);
    t.proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    t.proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    t.view = new QTableView(this);
    t.view->setModel(t.proxy);
    t.view->setSortingEnabled(true);
    t.view->sortByColumn(-1, Qt::AscendingOrder); // the planner's order until the user picks a column
    t.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    t.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    t.view->setWordWrap(false);
    t.view->setAlternatingRowColors(true);
    t.view->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else in the window
    t.view->verticalHeader()->hide();
    t.view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t.view->horizontalHeader()->setStretchLastSection(true);
    // The catalogue id is in the exports; on screen the reason says more.
    t.view->setColumnHidden(RecordTableModel::RequirementColumn, true);
    return t;
}

const RecordPreview::Table &RecordPreview::table(Location location) const
{
    return location == Location::Internal ? m_internal : m_external;
}

RecordPreview::Table &RecordPreview::table(Location location)
{
    return location == Location::Internal ? m_internal : m_external;
}

QTableView *RecordPreview::view(Location location) const
{
    return table(location).view;
}

QSortFilterProxyModel *RecordPreview::proxy(Location location) const
{
    return table(location).proxy;
}

void RecordPreview::showLocation(Location location)
{
    m_tabs->setCurrentWidget(view(location));
}

void RecordPreview::setRecords(const RecordSet &records)
{
    for (Location location : {Location::Internal, Location::External}) {
        Table &t = table(location);
        RecordSet selected;
        const QModelIndexList rows = t.view->selectionModel()->selectedRows();
        if (rows.size() <= kMaxReselected)
            for (const QModelIndex &row : rows)
                selected << t.model->records().at(t.proxy->mapToSource(row).row());
        const int scroll = t.view->verticalScrollBar()->value();

        t.model->setRecords(records, location);

        QItemSelection selection;
        for (int row = 0; row < t.model->rowCount() && !selected.isEmpty(); ++row) {
            const DnsRecord &r = t.model->records().at(row);
            for (const DnsRecord &s : std::as_const(selected)) {
                if (r.sameRecord(s)) {
                    const QModelIndex index = t.proxy->mapFromSource(t.model->index(row, 0));
                    if (index.isValid())
                        selection.select(index, index);
                    break;
                }
            }
        }
        if (!selection.isEmpty())
            t.view->selectionModel()->select(selection,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        t.view->verticalScrollBar()->setValue(scroll);
        if (!m_sized && t.model->rowCount() > 0)
            fitColumns(t.view);
    }
    if (m_internal.model->rowCount() > 0 || m_external.model->rowCount() > 0)
        m_sized = true;
    updateTabTitles();
}

void RecordPreview::updateTabTitles()
{
    const auto title = [](const QString &filtered, const QString &all, const Table &t) {
        const int shown = t.proxy->rowCount();
        const int total = t.model->rowCount();
        return shown == total ? all.arg(total) : filtered.arg(shown).arg(total);
    };
    //: Tab title while a filter is active: %1 records shown of %2.
    m_tabs->setTabText(0, title(tr("&Internal (%1 of %2)"), tr("&Internal (%1)"), m_internal));
    //: Tab title while a filter is active: %1 records shown of %2.
    m_tabs->setTabText(1, title(tr("E&xternal (%1 of %2)"), tr("E&xternal (%1)"), m_external));
}

RecordSet RecordPreview::selectedRecords() const
{
    const Table &t = m_tabs->currentWidget() == m_external.view ? m_external : m_internal;
    QModelIndexList rows = t.view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        for (int row = 0; row < t.proxy->rowCount(); ++row)
            rows << t.proxy->index(row, 0);
    // In the order the user sees them.
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    RecordSet records;
    for (const QModelIndex &row : std::as_const(rows))
        records << t.model->records().at(t.proxy->mapToSource(row).row());
    return records;
}

void RecordPreview::copy(bool csv) const
{
    const RecordSet records = selectedRecords();
    if (records.isEmpty())
        return;
    auto *mime = new QMimeData;
    const QByteArray csvText = recordsToCsv(records);
    if (csv) {
        mime->setText(QString::fromUtf8(csvText));
    } else {
        mime->setText(QString::fromUtf8(recordsToTable(records)));
        mime->setData(QStringLiteral("text/csv"), csvText);
    }
    QApplication::clipboard()->setMimeData(mime);
}

void RecordPreview::saveSettings() const
{
    QSettings settings;
    for (Location location : {Location::Internal, Location::External})
        settings.setValue(headerKey(location), view(location)->horizontalHeader()->saveState());
}

void RecordPreview::restoreSettings()
{
    const QSettings settings;
    for (Location location : {Location::Internal, Location::External}) {
        const QByteArray state = settings.value(headerKey(location)).toByteArray();
        if (!state.isEmpty() && view(location)->horizontalHeader()->restoreState(state))
            m_sized = true;
    }
}

} // namespace lyncdns
