#include "ui/widgets/servergrid.h"

#include "model/dns/hostnames.h"
#include "model/plan/servernames.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace lyncdns {

namespace {

// The owner's own problems of a row, kept on its header item so they move with the row.
constexpr int kOwnRowProblemsRole = Qt::UserRole + 1;

// The first column is the server's name: a pasted line naming a listed server updates its row.
constexpr int kNameColumn = 0;

// Properties of a name editor holding a proposed name (addRow): that it does, that the name is
// partial, and that Enter or Tab accepted it.
const char *const kProposedName = "lyncdnsProposedName";
const char *const kPartialName = "lyncdnsPartialName";
const char *const kProposalAccepted = "lyncdnsProposalAccepted";

// A proposed name lives in the name editor only until the editor commits: the item stays empty, so
// Escape leaves nothing invented. The view reloads an open editor from its item whenever the item's
// data changes (the page marks the new row's empty cell), which would wipe the proposal: it is kept
// while the item is still empty. An untouched proposal is committed only by Enter or Tab, and never
// when partial (".contoso.net" is no name): the focus leaving it (a click elsewhere, the window
// closing) or an arrow key moving to another cell (the view then commits too) is no acceptance.
class NameDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (editor->property(kProposedName).toBool() &&
            index.data(Qt::EditRole).toString().trimmed().isEmpty())
            return;
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<const QLineEdit *>(editor);
        if (edit && edit->property(kProposedName).toBool() && !edit->isModified() &&
            (edit->property(kPartialName).toBool() || !edit->property(kProposalAccepted).toBool()))
            return;
        QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        // Enter, Return, Tab and Backtab accept what the editor shows; they reach this filter before
        // the base commits on them.
        if (event->type() == QEvent::KeyPress && object->property(kProposedName).toBool()) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab)
                object->setProperty(kProposalAccepted, true);
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }
};

QString setName(ColumnSet set)
{
    switch (set) {
    case ColumnSet::Ipv6:
        //: A group of columns in the server grid's paste hint ("4 × IPv6 (hidden)").
        return ServerGrid::tr("IPv6");
    case ColumnSet::Nat:
        //: A group of columns in the server grid's paste hint ("3 × NAT (hidden)").
        return ServerGrid::tr("NAT");
    case ColumnSet::Always:
        break;
    }
    return {};
}

} // namespace

ServerGrid::ServerGrid(QList<ServerColumn> columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(std::move(columns))
    , m_table(new QTableWidget(0, int(m_columns.size()), this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_paste(new QPushButton(this))
    , m_hint(new QLabel(this))
{
    QStringList titles;
    for (const ServerColumn &column : std::as_const(m_columns))
        titles << column.title;
    m_table->setHorizontalHeaderLabels(titles);
    bool anyStretch = false;
    for (int c = 0; c < int(m_columns.size()); ++c) {
        // The JSON key of each column: the wizard page finds the cell of a finding by it.
        m_table->horizontalHeaderItem(c)->setData(Qt::UserRole, m_columns.at(c).key);
        m_table->horizontalHeader()->setSectionResizeMode(
            c, m_columns.at(c).stretch ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
        anyStretch = anyStretch || m_columns.at(c).stretch;
    }
    m_table->horizontalHeader()->setStretchLastSection(!anyStretch);
    m_table->verticalHeader()->setVisible(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Tab leaves the table (arrow keys move between cells); while editing, Tab still moves on.
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->installEventFilter(this);
    m_table->setItemDelegateForColumn(kNameColumn, new NameDelegate(m_table));
    setFocusProxy(m_table);

    // Insert and Ctrl+V on the table (not while a cell is edited: the editor pastes into the cell).
    auto *addAction = new QAction(m_table);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    auto *removeAction = new QAction(m_table);
    auto *pasteAction = new QAction(m_table);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addActions({addAction, removeAction, pasteAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(addAction, &QAction::triggered, this, &ServerGrid::addRow);
    connect(removeAction, &QAction::triggered, this, &ServerGrid::removeSelectedRows);
    connect(pasteAction, &QAction::triggered, this, &ServerGrid::pasteFromClipboard);
    connect(m_add, &QPushButton::clicked, this, &ServerGrid::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ServerGrid::removeSelectedRows);
    connect(m_paste, &QPushButton::clicked, this, &ServerGrid::pasteFromClipboard);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_paste);
    buttons->addStretch(1);
    // The hint wraps rather than widen a narrow wizard (German first).
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    // The column switches get rows of their own, one above the other: beside the buttons, and in
    // German beside each other, they ran off the page beside the preview at 1280x800.
    auto *switches = new QVBoxLayout;
    const auto addSwitch = [this, switches](ColumnSet set, bool *wanted) -> QCheckBox * {
        const bool present = std::any_of(m_columns.cbegin(), m_columns.cend(),
                                         [set](const ServerColumn &c) { return c.set == set; });
        if (!present)
            return nullptr;
        auto *box = new QCheckBox(this);
        switches->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this, wanted](bool on) {
            *wanted = on;
            updateColumnSets();
        });
        return box;
    };
    m_showIpv6 = addSwitch(ColumnSet::Ipv6, &m_wantIpv6);
    m_showNat = addSwitch(ColumnSet::Nat, &m_wantNat);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);
    layout->addLayout(switches);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            edited();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ServerGrid::updateButtons);
    // The wizard page marks cells with the table's own signals blocked; the model still tells. A
    // mark or a value in a hidden column shows its set, and a mark shows in its row's header.
    connect(m_table->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                updateColumnSets();
                updateRowMarkers(topLeft.row(), bottomRight.row());
            });
    // Row numbers in marked headers follow the rows.
    const auto renumber = [this] { updateRowMarkers(0, m_table->rowCount() - 1); };
    connect(m_table->model(), &QAbstractItemModel::rowsInserted, this, renumber);
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this, renumber);

    updateColumnSets();
    updateButtons();
}

int ServerGrid::columnOf(const QString &key) const
{
    for (int c = 0; c < int(m_columns.size()); ++c)
        if (m_columns.at(c).key == key)
            return c;
    return -1;
}

QList<QStringList> ServerGrid::rows() const
{
    QList<QStringList> result;
    for (int r = 0; r < visibleRowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < int(m_columns.size()); ++c)
            row << cellText(r, c);
        result << row;
    }
    return result;
}

void ServerGrid::setRows(const QList<QStringList> &rows)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const QStringList &row : rows) {
        insertEmptyRow(m_table->rowCount());
        for (int c = 0; c < int(m_columns.size()); ++c)
            setCellText(m_table->rowCount() - 1, c, row.value(c));
    }
    m_filling = false;
    setSingleRow(m_single); // adds the one row, hides those beyond it
    updateColumnSets();
}

int ServerGrid::rowCount() const
{
    return m_table->rowCount();
}

void ServerGrid::setColumnSetVisible(ColumnSet set, bool visible)
{
    if (set == ColumnSet::Ipv6)
        m_wantIpv6 = visible;
    else if (set == ColumnSet::Nat)
        m_wantNat = visible;
    updateColumnSets();
}

bool ServerGrid::isColumnSetVisible(ColumnSet set) const
{
    for (int c = 0; c < int(m_columns.size()); ++c)
        if (m_columns.at(c).set == set)
            return !m_table->isColumnHidden(c);
    return false;
}

void ServerGrid::setSingleRow(bool single)
{
    m_single = single;
    if (m_single && m_table->rowCount() == 0) {
        m_filling = true;
        insertEmptyRow(0);
        m_filling = false;
    }
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setRowHidden(row, m_single && row > 0);
    m_add->setVisible(!m_single);
    m_remove->setVisible(!m_single);
    m_paste->setVisible(!m_single);
    m_hint->setVisible(!m_single);
    const auto actions = m_table->actions();
    for (QAction *a : actions)
        a->setEnabled(!m_single);
    updateButtons();
}

int ServerGrid::pasteRows(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    static const QRegularExpression looseSeparator(QStringLiteral("[\\s,;]+"));
    const QStringList lines = text.split(lineBreak, Qt::SkipEmptyParts);
    int touched = 0;
    m_filling = true;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        // Tabs keep empty cells in place ("a\t\tb"); without tabs there are none to keep.
        QStringList cells = line.contains(QLatin1Char('\t')) ? line.split(QLatin1Char('\t'))
                                                             : line.trimmed().split(looseSeparator);
        for (QString &cell : cells)
            cell = cell.trimmed();
        cells = arrangePasted(cells);

        int target = m_single ? 0 : -1;
        const QString name = normalizedName(cells.value(kNameColumn));
        for (int r = 0; r < visibleRowCount() && target < 0 && !name.isEmpty(); ++r)
            if (normalizedName(cellText(r, kNameColumn)) == name)
                target = r;
        // The listed server keeps its spelling of the name.
        const bool sameName = target >= 0 && normalizedName(cellText(target, kNameColumn)) == name;
        for (int r = 0; r < visibleRowCount() && target < 0; ++r) {
            bool empty = true;
            for (int c = 0; c < int(m_columns.size()) && empty; ++c)
                empty = cellText(r, c).isEmpty();
            if (empty)
                target = r;
        }
        if (target >= m_table->rowCount() || target < 0) {
            target = m_table->rowCount();
            insertEmptyRow(target);
        }
        for (int c = 0; c < int(m_columns.size()) && c < int(cells.size()); ++c) {
            const QTableWidgetItem *item = m_table->item(target, c);
            // An empty pasted cell keeps what is there; a cell its owner fixed keeps its text.
            if (cells.at(c).isEmpty() || (item && !(item->flags() & Qt::ItemIsEditable)) ||
                (c == kNameColumn && sameName))
                continue;
            setCellText(target, c, cells.at(c));
        }
        ++touched;
        if (m_single)
            break;
    }
    m_filling = false;
    if (touched == 0)
        return 0;
    updateColumnSets(); // pasted values must not land out of sight
    edited();
    return touched;
}

QString ServerGrid::pasteHint() const
{
    QStringList names;
    for (int c = 0; c < int(m_columns.size());) {
        if (!m_table->isColumnHidden(c)) {
            names << m_columns.at(c).pasteName;
            ++c;
            continue;
        }
        // A run of hidden columns of one set counts as its number of cells.
        const ColumnSet set = m_columns.at(c).set;
        int end = c;
        while (end < int(m_columns.size()) && m_table->isColumnHidden(end) && m_columns.at(end).set == set)
            ++end;
        //: The server grid's paste hint: %1 hidden columns of the group %2 ("4 × IPv6 (hidden)").
        names << tr("%1 × %2 (hidden)").arg(end - c).arg(setName(set));
        c = end;
    }
    //: Below a server grid: the cells a pasted line holds, in this order.
    return tr("Paste columns: %1").arg(names.join(QStringLiteral(", ")));
}

void ServerGrid::setRowProblems(int row, const QStringList &problems)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    QTableWidgetItem *header = m_table->verticalHeaderItem(row);
    if (!header) {
        if (problems.isEmpty())
            return;
        header = new QTableWidgetItem(QString::number(row + 1));
        m_table->setVerticalHeaderItem(row, header);
    }
    header->setData(kOwnRowProblemsRole, problems.isEmpty() ? QVariant() : QVariant(problems));
    updateRowMarkers(row, row);
}

QStringList ServerGrid::rowProblems(int row) const
{
    QStringList problems;
    if (const QTableWidgetItem *header = m_table->verticalHeaderItem(row))
        problems = header->data(kOwnRowProblemsRole).toStringList();
    for (int c = 0; c < int(m_columns.size()); ++c) {
        const QTableWidgetItem *item = m_table->item(row, c);
        // The page's marks describe a cell's findings in this role (its tooltip also holds the
        // cell's own tip); cleared marks leave it empty.
        const QString marks = item ? item->data(Qt::AccessibleDescriptionRole).toString() : QString();
        const QStringList lines = marks.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            //: A problem in a server grid row's header tooltip: %1 the column, %2 the finding.
            problems << tr("%1: %2").arg(m_columns.at(c).title, line);
    }
    return problems;
}

void ServerGrid::addRow()
{
    if (m_single)
        return;
    const int row = m_table->rowCount();
    m_filling = true;
    insertEmptyRow(row);
    m_filling = false;
    m_table->setCurrentCell(row, kNameColumn);
    m_table->setFocus(Qt::OtherFocusReason);
    // The owner hears of the row (and marks its findings) before the editor opens over it.
    edited();
    if (QTableWidgetItem *name = m_table->item(row, kNameColumn)) {
        m_table->editItem(name);
        prefillNameEditor(row);
    }
}

void ServerGrid::setPoolFqdn(const QString &fqdn)
{
    m_poolFqdn = fqdn.trimmed();
}

void ServerGrid::prefillNameEditor(int row)
{
    QStringList names;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (r != row)
            names << cellText(r, kNameColumn);
    const ServerNameProposal proposal =
        proposeServerName(m_poolFqdn, names, m_takenNames ? m_takenNames() : QSet<QString>());
    // The delegate's line edit over the cell; with another editor, or none, nothing is proposed.
    auto *editor = qobject_cast<QLineEdit *>(m_table->indexWidget(m_table->model()->index(row, kNameColumn)));
    if (proposal.text.isEmpty() || !editor)
        return;
    editor->setProperty(kProposedName, true);
    editor->setProperty(kPartialName, !proposal.complete);
    editor->setText(proposal.text);
    // A whole name: typing replaces it, Enter accepts it. A domain: the host label goes in front.
    if (proposal.complete) {
        editor->selectAll();
    } else {
        editor->deselect();
        editor->setCursorPosition(0);
    }
}

void ServerGrid::removeSelectedRows()
{
    if (m_single)
        return;
    QList<int> rows;
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    for (const QTableWidgetItem *item : selected)
        rows << item->row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    m_filling = true;
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    m_filling = false;
    edited();
}

void ServerGrid::pasteFromClipboard()
{
    pasteRows(QApplication::clipboard()->text());
}

QStringList ServerGrid::arrangePasted(QStringList cells) const
{
    return cells;
}

void ServerGrid::setButtonTexts(const QString &add, const QString &remove, const QString &paste)
{
    m_add->setText(add);
    m_remove->setText(remove);
    m_paste->setText(paste);
    const auto actions = m_table->actions();
    const QStringList texts{add, remove, paste};
    for (int i = 0; i < int(actions.size()) && i < int(texts.size()); ++i)
        actions.at(i)->setText(texts.at(i));
}

QCheckBox *ServerGrid::columnSetSwitch(ColumnSet set) const
{
    return set == ColumnSet::Ipv6 ? m_showIpv6 : set == ColumnSet::Nat ? m_showNat : nullptr;
}

QString ServerGrid::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void ServerGrid::setCellText(int row, int column, const QString &text)
{
    const bool filling = std::exchange(m_filling, true);
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item)
        m_table->setItem(row, column, new QTableWidgetItem(text));
    else
        item->setText(text);
    m_filling = filling;
}

int ServerGrid::visibleRowCount() const
{
    return m_single ? std::min(1, m_table->rowCount()) : m_table->rowCount();
}

void ServerGrid::insertEmptyRow(int row)
{
    m_table->insertRow(row);
    // Every cell has an item: the page marks and the tests read them without checking.
    for (int c = 0; c < int(m_columns.size()); ++c)
        setCellText(row, c, QString());
}

void ServerGrid::edited()
{
    updateButtons();
    emit serversChanged();
}

void ServerGrid::updateButtons()
{
    m_remove->setEnabled(!m_single && m_table->rowCount() > 0 &&
                         (!m_table->selectedItems().isEmpty() || m_table->currentRow() >= 0));
}

bool ServerGrid::holdsSomething(int column) const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *item = m_table->item(r, column);
        if (item && (!item->text().trimmed().isEmpty() || item->data(Qt::BackgroundRole).isValid() ||
                     !item->data(Qt::AccessibleDescriptionRole).toString().isEmpty()))
            return true;
    }
    return false;
}

void ServerGrid::updateColumnSets()
{
    for (const auto &[set, wanted] :
         {std::pair{ColumnSet::Ipv6, m_wantIpv6}, std::pair{ColumnSet::Nat, m_wantNat}}) {
        bool holds = false;
        for (int c = 0; c < int(m_columns.size()) && !holds; ++c)
            holds = m_columns.at(c).set == set && holdsSomething(c);
        const bool shown = wanted || holds;
        for (int c = 0; c < int(m_columns.size()); ++c)
            if (m_columns.at(c).set == set && m_table->isColumnHidden(c) == shown)
                m_table->setColumnHidden(c, !shown);
        if (QCheckBox *box = columnSetSwitch(set)) {
            const QSignalBlocker blocker(box);
            box->setChecked(shown);
            // Hiding a value or a finding would leave it unseen: the box says why it is locked.
            box->setEnabled(!holds);
            box->setToolTip(holds ? tr("Shown while a cell there holds a value or a finding.") : QString());
        }
    }
    updatePasteTexts();
}

void ServerGrid::updatePasteTexts()
{
    QStringList all;
    for (const ServerColumn &column : std::as_const(m_columns))
        all << column.pasteName;
    m_hint->setText(pasteHint());
    m_paste->setToolTip(
        //: The Paste button of a server grid; %1 names every column in paste order.
        tr("Adds one server per line of the clipboard, its cells separated by tabs (as copied from a "
           "spreadsheet), commas or spaces, in this order: %1. A server already listed is updated.")
            .arg(all.join(QStringLiteral(", "))));
}

void ServerGrid::updateRowMarkers(int first, int last)
{
    for (int r = std::max(first, 0); r <= last && r < m_table->rowCount(); ++r) {
        const QStringList problems = rowProblems(r);
        QTableWidgetItem *header = m_table->verticalHeaderItem(r);
        if (problems.isEmpty()) {
            // The default header (the row's number) again.
            delete m_table->takeVerticalHeaderItem(r);
            continue;
        }
        if (!header) {
            header = new QTableWidgetItem;
            m_table->setVerticalHeaderItem(r, header);
        }
        header->setText(QString::number(r + 1));
        header->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        header->setToolTip(problems.join(QLatin1Char('\n')));
        header->setData(Qt::AccessibleDescriptionRole, problems.join(QLatin1Char('\n')));
    }
}

bool ServerGrid::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its editor gets the keys, so this is a key for the grid itself.
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        // Whole rows selected (by their headers) go; otherwise the cells are cleared, like a
        // spreadsheet.
        if (!m_table->selectionModel()->selectedRows().isEmpty())
            removeSelectedRows();
        else
            clearSelectedCells();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ServerGrid::clearSelectedCells()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    bool cleared = false;
    m_filling = true;
    for (QTableWidgetItem *item : selected) {
        if (!(item->flags() & Qt::ItemIsEditable) || item->text().isEmpty())
            continue;
        item->setText(QString());
        cleared = true;
    }
    m_filling = false;
    if (cleared)
        edited();
}

} // namespace lyncdns
