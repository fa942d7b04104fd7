#include "ui/widgets/recordpreview.h"

#include "model/export/invalidfieldrecords.h"
#include "model/export/recordexport.h"
#include "model/itemmodels/recordfilterproxy.h"
#include "model/itemmodels/recordtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace lyncdns {

namespace {

// Version 2: the site and zone columns came first (issue 12); a version 1 state would put the
// old widths on the wrong columns.
QString settingsKey(Location location, const char *what)
{
    return QStringLiteral("preview/v2/%1%2")
        .arg(location == Location::Internal ? QLatin1String("internal") : QLatin1String("external"),
             QLatin1String(what));
}

// Name and data are sized to their contents up to this many average characters, and shrink to
// no fewer than kMinimumChars (eliding in the middle) before the table scrolls sideways.
constexpr int kWidestChars = 48;
constexpr int kMinimumChars = 16;
// The reason keeps at least this much of the width (its text is in every cell's tooltip).
constexpr int kReasonChars = 4;
// A column that can give way (zone, site, TTL, required) shows only while the reason keeps this
// much: at half of a 1280-pixel window the reason is worth more than the site column.
constexpr int kReasonWantedChars = 24;

// A reason reads from its start ("Director database and SIP traffic…"); names and data elide in the
// middle so that a long name keeps its zone in sight.
class ElideRightDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};

// What identifies a record across a rebuild (DnsRecord::sameRecord).
QString recordKey(const DnsRecord &r)
{
    return r.name + QLatin1Char('\n') + QString::number(int(r.type)) + QLatin1Char('\n') + r.data;
}

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

    // Site, type and grouping on a row of their own: with the text filter they do not fit a
    // 640-pixel preview in German.
    auto *optionsRow = new QHBoxLayout;
    const auto addBox = [this, optionsRow](const QString &label, const QString &accessibleName) {
        auto *box = new QComboBox(this);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setAccessibleName(accessibleName);
        auto *text = new QLabel(label, this);
        text->setBuddy(box);
        optionsRow->addWidget(text);
        optionsRow->addWidget(box);
        return box;
    };
    m_site = addBox(tr("Si&te:"), tr("Show the records of one site"));
    m_type = addBox(tr("T&ype:"), tr("Show the records of one type"));
    m_groupBy = addBox(tr("&Group by:"), tr("Group the records"));
    optionsRow->addStretch(1);
    layout->addLayout(optionsRow);

    m_site->addItem(tr("All sites"));
    m_type->addItem(tr("All types"));
    for (RecordType type : {RecordType::A, RecordType::AAAA, RecordType::CNAME, RecordType::SRV})
        m_type->addItem(recordTypeName(type), int(type));
    m_groupBy->addItem(tr("Nothing"), int(RecordFilterProxy::Grouping::None));
    m_groupBy->addItem(tr("Site"), int(RecordFilterProxy::Grouping::Site));
    m_groupBy->addItem(tr("Zone"), int(RecordFilterProxy::Grouping::Zone));

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_internal = makeTable();
    m_external = makeTable();
    m_internal.model->setRecords({}, Location::Internal);
    m_external.model->setRecords({}, Location::External);
    m_internal.view->setAccessibleName(tr("Internal DNS records"));
    m_external.view->setAccessibleName(tr("External DNS records"));
    m_tabs->addTab(m_internal.view, QString());
    m_tabs->addTab(m_external.view, QString());
    layout->addWidget(m_tabs, 1);

    m_invalidNote = new QLabel(this);
    m_invalidNote->setWordWrap(true);
    m_invalidNote->setObjectName(QStringLiteral("invalidRecordsNote"));
    m_invalidNote->hide();
    layout->addWidget(m_invalidNote);
    updateTabTitles();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (Table *t : {&m_internal, &m_external})
            t->proxy->setFilterFixedString(text);
        updateTabTitles();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, &RecordPreview::applyFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RecordPreview::applyFilters);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &RecordPreview::applyGrouping);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        Table &t = m_tabs->currentWidget() == m_external.view ? m_external : m_internal;
        if (!t.userSized)
            fitColumns(t);
        updateColumnsMenu();
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
    // Which columns show follows the width (fitColumns); the user can choose here, with the
    // keyboard too (the context menu of the table).
    m_columnsMenu = new QMenu(tr("Co&lumns"), this);
    for (int column : {int(RecordTableModel::SiteColumn), int(RecordTableModel::ZoneColumn),
                       int(RecordTableModel::TtlColumn), int(RecordTableModel::RequiredColumn),
                       int(RecordTableModel::RequirementColumn)}) {
        QAction *action =
            m_columnsMenu->addAction(m_internal.model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setData(column);
        connect(action, &QAction::triggered, this, [this, column](bool checked) {
            m_chosenColumns.insert(column, checked);
            for (Table *t : {&m_internal, &m_external}) {
                t->view->setColumnHidden(column, !checked);
                if (!t->userSized)
                    fitColumns(*t);
            }
            updateColumnsMenu();
        });
    }
    for (QTableView *v : {m_internal.view, m_external.view}) {
        v->addAction(m_copy);
        v->addAction(m_copyCsv);
        v->addAction(m_columnsMenu->menuAction());
        v->setContextMenuPolicy(Qt::ActionsContextMenu);
        v->horizontalHeader()->addAction(m_columnsMenu->menuAction());
        v->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    updateColumnsMenu();
}

void RecordPreview::updateColumnsMenu()
{
    if (!m_columnsMenu)
        return;
    const Table &t = m_tabs->currentWidget() == m_external.view ? m_external : m_internal;
    for (QAction *action : m_columnsMenu->actions())
        action->setChecked(!t.view->isColumnHidden(action->data().toInt()));
}

RecordPreview::Table RecordPreview::makeTable()
{
    Table t;
    t.model = new RecordTableModel(this);
    t.proxy = new RecordFilterProxy(this);
    t.proxy->setSourceModel(t.model);
    t.view = new QTableView(this);
    t.view->setModel(t.proxy);
    t.view->setSortingEnabled(true);
    t.view->sortByColumn(-1, Qt::AscendingOrder); // the planner's order until the user picks a column
    t.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    t.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    t.view->setWordWrap(false);
    t.view->setTextElideMode(Qt::ElideMiddle); // a long name keeps its zone in sight
    t.view->setItemDelegateForColumn(RecordTableModel::ReasonColumn, new ElideRightDelegate(t.view));
    t.view->setAlternatingRowColors(true);
    t.view->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else in the window
    t.view->verticalHeader()->hide();
    // One line per record: a fixed height needs no measuring of thousands of rows on each edit.
    t.view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t.view->horizontalHeader()->setStretchLastSection(true);
    // A stretched last section shrinks no further than the default size: the reason may give way
    // to the minimum (fitColumns sizes every other section itself).
    t.view->horizontalHeader()->setDefaultSectionSize(t.view->horizontalHeader()->minimumSectionSize());
    t.view->setColumnHidden(RecordTableModel::RequirementColumn, true); // until fitColumns() decides
    QHeaderView *header = t.view->horizontalHeader();
    // Only a visible section the user drags counts: the reason stretches by itself, and hiding a
    // section resizes it to nothing.
    connect(header, &QHeaderView::sectionResized, this, [this, header](int section) {
        if (m_fitting || section == RecordTableModel::ReasonColumn || header->isSectionHidden(section))
            return;
        for (Table *table : {&m_internal, &m_external})
            if (table->view->horizontalHeader() == header)
                table->userSized = true;
    });
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

RecordTableModel *RecordPreview::model(Location location) const
{
    return table(location).model;
}

void RecordPreview::showLocation(Location location)
{
    m_tabs->setCurrentWidget(view(location));
}

void RecordPreview::setRecords(const RecordSet &records, const Plan &plan, const Findings &findings)
{
    apply(records, InvalidFieldRecords(plan, findings));
}

void RecordPreview::setRecords(const RecordSet &records)
{
    apply(records, InvalidFieldRecords());
}

void RecordPreview::apply(const RecordSet &records, const InvalidFieldRecords &invalid)
{
    fillSiteBox(records);
    int invalidCount = 0;
    for (Location location : {Location::Internal, Location::External}) {
        Table &t = table(location);
        // What the user looks at, by record: the rows are rebuilt, the records mostly stay.
        const auto keyAt = [&t](const QModelIndex &proxyIndex) {
            return recordKey(t.model->records().at(t.proxy->mapToSource(proxyIndex).row()));
        };
        QSet<QString> selected;
        for (const QModelIndex &row : t.view->selectionModel()->selectedRows())
            selected.insert(keyAt(row));
        const QModelIndex current = t.view->currentIndex();
        const QString currentKey = current.isValid() ? keyAt(current) : QString();
        const int currentColumn = current.isValid() ? current.column() : 0;
        const QModelIndex top = t.view->indexAt(QPoint(0, 0));
        const QString topKey = top.isValid() ? keyAt(top) : QString();
        const int scroll = t.view->verticalScrollBar()->value();

        m_fitting = true; // a reset sizes the sections anew: not the user's doing
        t.model->setRecords(records, location, invalid);
        m_fitting = false;
        invalidCount += t.model->invalidCount();

        QItemSelection selection;
        QModelIndex newCurrent;
        QModelIndex newTop;
        if (!selected.isEmpty() || !currentKey.isEmpty() || !topKey.isEmpty()) {
            for (int row = 0; row < t.model->rowCount(); ++row) {
                const QString key = recordKey(t.model->records().at(row));
                const bool isSelected = selected.contains(key);
                if (!isSelected && key != currentKey && key != topKey)
                    continue;
                const QModelIndex index = t.proxy->mapFromSource(t.model->index(row, 0));
                if (!index.isValid())
                    continue; // filtered out
                if (isSelected)
                    selection.select(index, index);
                if (key == currentKey)
                    newCurrent = index.siblingAtColumn(currentColumn);
                if (key == topKey)
                    newTop = index;
            }
        }
        QItemSelectionModel *selectionModel = t.view->selectionModel();
        if (newCurrent.isValid())
            selectionModel->setCurrentIndex(newCurrent, QItemSelectionModel::NoUpdate);
        if (!selection.isEmpty())
            selectionModel->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // The rows' geometry follows the reset only at the next layout: lay out now, so the
        // scroll bar has its range before the old position is put back.
        t.view->doItemsLayout();
        if (newTop.isValid())
            t.view->scrollTo(newTop, QAbstractItemView::PositionAtTop);
        else
            t.view->verticalScrollBar()->setValue(scroll);
        if (!t.userSized)
            fitColumns(t);
    }
    // One string per form, as the export policy does: the note reads right before the catalogues
    // have its plural forms.
    m_invalidNote->setText(
        invalidCount == 1
            ? tr("1 record shown in italics with a warning sign is built from a field with an error: fix "
                 "the field before loading it into DNS.")
            //: Below the preview: %1 (two or more) records are built from fields with validation errors.
            : tr("%1 records shown in italics with a warning sign are built from fields with errors: fix "
                 "the fields before loading them into DNS.")
                  .arg(invalidCount));
    m_invalidNote->setVisible(invalidCount > 0);
    updateTabTitles();
}

void RecordPreview::fillSiteBox(const RecordSet &records)
{
    QStringList sites;
    bool perDomain = false;
    for (const DnsRecord &r : records) {
        if (r.site.isEmpty())
            perDomain = true;
        else if (!sites.contains(r.site))
            sites << r.site;
    }
    std::sort(sites.begin(), sites.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    // The same entries: nothing to do (most edits change no site).
    QStringList entries;
    if (perDomain)
        entries << QString();
    entries << sites;
    QStringList current;
    for (int i = 1; i < m_site->count(); ++i)
        current << m_site->itemData(i).toString();
    if (current == entries)
        return;

    const QVariant chosen = m_site->currentData();
    const QSignalBlocker blocker(m_site);
    while (m_site->count() > 1)
        m_site->removeItem(1);
    for (const QString &site : std::as_const(entries))
        m_site->addItem(site.isEmpty() ? tr("Every SIP domain (no site)") : site, site);
    const int index = chosen.isValid() ? m_site->findData(chosen) : 0;
    m_site->setCurrentIndex(std::max(index, 0));
    applyFilters();
}

void RecordPreview::applyFilters()
{
    const QVariant site = m_site->currentData();
    const QVariant type = m_type->currentData();
    for (Table *t : {&m_internal, &m_external}) {
        t->proxy->setSiteFilter(site.isValid() ? std::optional<QString>(site.toString()) : std::nullopt);
        t->proxy->setTypeFilter(type.isValid() ? std::optional<RecordType>(RecordType(type.toInt()))
                                               : std::nullopt);
    }
    updateTabTitles();
}

void RecordPreview::applyGrouping()
{
    const auto grouping = RecordFilterProxy::Grouping(m_groupBy->currentData().toInt());
    for (Table *t : {&m_internal, &m_external}) {
        t->proxy->setGrouping(grouping);
        // The header shows what the rows are sorted by: the group column, unless the user chose one.
        if (grouping != RecordFilterProxy::Grouping::None &&
            (t->proxy->sortColumn() < 0 || t->proxy->sortColumn() == RecordTableModel::SiteColumn ||
             t->proxy->sortColumn() == RecordTableModel::ZoneColumn))
            t->view->sortByColumn(t->proxy->groupColumn(), Qt::AscendingOrder);
        else if (grouping == RecordFilterProxy::Grouping::None &&
                 (t->proxy->sortColumn() == RecordTableModel::SiteColumn ||
                  t->proxy->sortColumn() == RecordTableModel::ZoneColumn))
            t->view->sortByColumn(-1, Qt::AscendingOrder); // back to the planner's order
        if (!t->userSized)
            fitColumns(*t); // the group's column shows
    }
}

// The widths the columns need, the widest text of each (found by length, then measured: an edit
// of a 50-site estate must not measure every cell) plus the cell's margins.
int RecordPreview::contentWidth(const Table &t, int column) const
{
    const QTableView *view = t.view;
    const QFontMetrics metrics = view->fontMetrics();
    const int cellMargins =
        2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 2;
    const int headerMargins = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, view) + 2;
    const QString title = t.model->headerData(column, Qt::Horizontal).toString();
    QStringList texts;
    switch (column) {
    case RecordTableModel::TypeColumn:
        for (RecordType type : {RecordType::A, RecordType::AAAA, RecordType::CNAME, RecordType::SRV})
            texts << recordTypeName(type);
        break;
    case RecordTableModel::RequiredColumn:
        texts << RecordTableModel::tr("yes") << RecordTableModel::tr("no");
        break;
    default: {
        // The few longest texts by characters; the widest of them by pixels.
        constexpr int kMeasured = 8;
        QList<std::pair<qsizetype, int>> longest; // length, row
        const RecordSet &records = t.model->records();
        for (int row = 0; row < records.size(); ++row) {
            const DnsRecord &r = records.at(row);
            const qsizetype length = column == RecordTableModel::SiteColumn   ? r.site.size()
                                     : column == RecordTableModel::ZoneColumn ? r.zone.size()
                                     : column == RecordTableModel::NameColumn ? r.name.size()
                                     : column == RecordTableModel::DataColumn ? r.data.size()
                                                                              : QString::number(r.ttl).size();
            if (longest.size() < kMeasured || length > longest.constLast().first) {
                const auto at = std::upper_bound(longest.begin(), longest.end(), length,
                                                 [](qsizetype l, const auto &e) { return l > e.first; });
                longest.insert(at, {length, row});
                if (longest.size() > kMeasured)
                    longest.removeLast();
            }
        }
        for (const auto &entry : std::as_const(longest))
            texts << t.model->index(entry.second, column).data().toString();
    }
    }
    int widest = 0;
    for (const QString &text : std::as_const(texts))
        widest = std::max(widest, metrics.horizontalAdvance(text));
    if (column == RecordTableModel::NameColumn && t.model->invalidCount() > 0)
        widest += view->iconSize().isValid() ? view->iconSize().width() + 4 : 20; // the warning sign
    return std::max(widest + cellMargins, metrics.horizontalAdvance(title) + headerMargins);
}

// Contents decide the widths, and the width decides which columns show (issue 12: readable at
// 1280×800): name, type and data always, then the group's column, zone, site, TTL and required as
// long as they fit whole and leave the reason kReasonWantedChars; the reason stretches over the rest. A
// column the user showed or hid in the Columns menu stays as chosen. Name and data give way (eliding in the
// middle, down to kMinimumChars) only when even they do not fit.
void RecordPreview::fitColumns(Table &t)
{
    // A table in a hidden tab has no width to fit yet: it is fitted when its tab is shown.
    if (t.model->rowCount() == 0 || !t.view->isVisible())
        return;
    m_fitting = true;
    QTableView *view = t.view;
    const int charWidth = view->fontMetrics().averageCharWidth();
    // The vertical scroll bar is counted whether it shows yet or not: it appears at the next layout.
    const int available = view->maximumViewportSize().width() -
                          view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view) -
                          std::max(charWidth * kReasonChars, view->horizontalHeader()->minimumSectionSize());
    QList<int> order{RecordTableModel::NameColumn, RecordTableModel::TypeColumn,
                     RecordTableModel::DataColumn};
    const int group = t.proxy->groupColumn();
    if (group >= 0)
        order << group;
    for (int column : {int(RecordTableModel::ZoneColumn), int(RecordTableModel::SiteColumn),
                       int(RecordTableModel::TtlColumn), int(RecordTableModel::RequiredColumn),
                       int(RecordTableModel::RequirementColumn)})
        if (!order.contains(column))
            order << column;
    const int availableForOptional = available - charWidth * (kReasonWantedChars - kReasonChars);
    int used = 0;
    for (int column : std::as_const(order)) {
        const int width = std::min(contentWidth(t, column), charWidth * kWidestChars);
        const bool always = column == RecordTableModel::NameColumn ||
                            column == RecordTableModel::TypeColumn ||
                            column == RecordTableModel::DataColumn || column == group;
        // The catalogue id is in the exports; on screen the reason says more: shown only on request.
        const bool show = m_chosenColumns.contains(column) ? m_chosenColumns.value(column)
                          : column == RecordTableModel::RequirementColumn
                              ? false
                              : always || used + width <= availableForOptional;
        view->setColumnHidden(column, !show);
        if (show) {
            view->setColumnWidth(column, width);
            used += width;
        }
    }
    const int excess = used - available;
    if (excess > 0) {
        const int nameWidth = view->columnWidth(RecordTableModel::NameColumn);
        const int dataWidth = view->columnWidth(RecordTableModel::DataColumn);
        const int floor = charWidth * kMinimumChars;
        const int give = std::max(nameWidth - floor, 0) + std::max(dataWidth - floor, 0);
        if (give > 0) {
            const int fromName = int(qint64(std::min(excess, give)) * std::max(nameWidth - floor, 0) / give);
            const int fromData = std::min(excess, give) - fromName;
            view->setColumnWidth(RecordTableModel::NameColumn, std::max(floor, nameWidth - fromName));
            view->setColumnWidth(RecordTableModel::DataColumn, std::max(floor, dataWidth - fromData));
        }
    }
    // The reason takes the rest. A stretched section never shrinks below the size it had when the
    // stretch was turned on: it starts from the minimum, then stretches.
    view->horizontalHeader()->setStretchLastSection(false);
    view->setColumnWidth(RecordTableModel::ReasonColumn, view->horizontalHeader()->minimumSectionSize());
    view->horizontalHeader()->setStretchLastSection(true);
    updateColumnsMenu();
    m_fitting = false;
}

void RecordPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    for (Table *t : {&m_internal, &m_external})
        if (!t->userSized)
            fitColumns(*t);
}

void RecordPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    for (Table *t : {&m_internal, &m_external})
        if (!t->userSized)
            fitColumns(*t);
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
    for (Location location : {Location::Internal, Location::External}) {
        settings.setValue(settingsKey(location, "Header"), view(location)->horizontalHeader()->saveState());
        settings.setValue(settingsKey(location, "UserSized"), table(location).userSized);
    }
    settings.setValue(QStringLiteral("preview/v2/groupBy"), m_groupBy->currentIndex());
}

void RecordPreview::restoreSettings()
{
    const QSettings settings;
    m_fitting = true;
    for (Location location : {Location::Internal, Location::External}) {
        Table &t = table(location);
        const QByteArray state = settings.value(settingsKey(location, "Header")).toByteArray();
        if (!state.isEmpty() && t.view->horizontalHeader()->restoreState(state))
            t.userSized = settings.value(settingsKey(location, "UserSized")).toBool();
    }
    m_fitting = false;
    const int groupBy = settings.value(QStringLiteral("preview/v2/groupBy"), 0).toInt();
    if (groupBy >= 0 && groupBy < m_groupBy->count())
        m_groupBy->setCurrentIndex(groupBy);
}

} // namespace lyncdns
