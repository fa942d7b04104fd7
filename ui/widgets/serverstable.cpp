#include "ui/widgets/serverstable.h"

#include "model/dns/hostnames.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lyncdns {

ServersTable::ServersTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add server"), this))
    , m_remove(new QPushButton(tr("&Remove server"), this))
    , m_paste(new QPushButton(tr("&Paste servers"), this))
{
    m_table->setHorizontalHeaderLabels({tr("FQDN"), tr("IPv4 address"), tr("IPv6 address (optional)")});
    // The JSON key of each column: the wizard page finds the cell of a finding by it.
    for (const auto &[column, key] :
         {std::pair{FqdnColumn, "fqdn"}, std::pair{Ipv4Column, "ipv4"}, std::pair{Ipv6Column, "ipv6"}})
        m_table->horizontalHeaderItem(column)->setData(Qt::UserRole, QLatin1String(key));
    m_table->horizontalHeader()->setSectionResizeMode(FqdnColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Ipv4Column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Ipv6Column, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab leaves the table (arrow keys move between cells); while editing, Tab still moves on.
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setAccessibleName(tr("Servers"));
    m_table->setAccessibleDescription(
        tr("One row per server. Paste lines of FQDN, IPv4 and IPv6 separated by tabs with Ctrl+V."));

    m_add->setAccessibleName(tr("Add server"));
    m_remove->setAccessibleName(tr("Remove the selected servers"));
    m_paste->setAccessibleName(tr("Paste servers from the clipboard"));
    m_paste->setToolTip(tr("Adds one server per line of the clipboard: FQDN, IPv4 and optionally IPv6, "
                           "separated by tabs (as copied from a spreadsheet), commas or spaces."));

    // Ctrl+V on the table (not while a cell is being edited: the editor pastes into the cell).
    auto *pasteAction = new QAction(tr("&Paste servers"), m_table);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetShortcut);
    auto *addAction = new QAction(tr("&Add server"), m_table);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    auto *removeAction = new QAction(tr("&Remove server"), m_table);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addActions({addAction, removeAction, pasteAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(addAction, &QAction::triggered, this, &ServersTable::addServer);
    connect(removeAction, &QAction::triggered, this, &ServersTable::removeSelectedServers);
    connect(pasteAction, &QAction::triggered, this, &ServersTable::pasteFromClipboard);

    connect(m_add, &QPushButton::clicked, this, &ServersTable::addServer);
    connect(m_remove, &QPushButton::clicked, this, &ServersTable::removeSelectedServers);
    connect(m_paste, &QPushButton::clicked, this, &ServersTable::pasteFromClipboard);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            edited();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ServersTable::updateButtons);
    // Tests and jump-to-path find the table itself under the same JSON path as this editor.
    connect(this, &QObject::objectNameChanged, m_table,
            [this](const QString &name) { m_table->setObjectName(name); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_paste);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_table);
    updateButtons();
}

QList<Server> ServersTable::servers() const
{
    QList<Server> result;
    const int rows = m_single ? std::min(1, m_table->rowCount()) : m_table->rowCount();
    for (int row = 0; row < rows; ++row)
        result << Server{cell(row, FqdnColumn), cell(row, Ipv4Column), cell(row, Ipv6Column)};
    return result;
}

void ServersTable::setServers(const QList<Server> &servers)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const Server &s : servers)
        appendRow(s);
    if (m_single && m_table->rowCount() == 0)
        appendRow({});
    m_filling = false;
    setSingleServer(m_single); // hides rows beyond the first again
}

void ServersTable::setSingleServer(bool single)
{
    m_single = single;
    if (m_single && m_table->rowCount() == 0) {
        m_filling = true;
        appendRow({});
        m_filling = false;
    }
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setRowHidden(row, m_single && row > 0);
    m_add->setVisible(!m_single);
    m_remove->setVisible(!m_single);
    m_paste->setVisible(!m_single);
    const auto actions = m_table->actions();
    for (QAction *a : actions)
        a->setEnabled(!m_single);
    m_table->setAccessibleName(m_single ? tr("Server") : tr("Servers"));
    updateButtons();
}

void ServersTable::setFixedFqdn(bool fixed, const QString &fqdn)
{
    m_fixedFqdn = fixed;
    if (m_table->rowCount() == 0)
        return;
    m_filling = true;
    QTableWidgetItem *item = m_table->item(0, FqdnColumn);
    if (!item) {
        item = new QTableWidgetItem;
        m_table->setItem(0, FqdnColumn, item);
    }
    if (fixed)
        item->setText(fqdn.trimmed());
    item->setFlags(fixed ? (item->flags() & ~Qt::ItemIsEditable) : (item->flags() | Qt::ItemIsEditable));
    item->setToolTip(fixed ? tr("A Standard Edition server's FQDN is the pool FQDN above.") : QString());
    m_filling = false;
}

void ServersTable::setIpv6Visible(bool visible)
{
    m_table->setColumnHidden(Ipv6Column, !visible);
}

void ServersTable::setFirstServerFqdn(const QString &fqdn)
{
    m_filling = true;
    if (m_table->rowCount() == 0)
        appendRow({});
    setCell(0, FqdnColumn, fqdn);
    m_filling = false;
    setSingleServer(m_single);
}

void ServersTable::addServer()
{
    if (m_single)
        return;
    m_filling = true;
    appendRow({});
    m_filling = false;
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, FqdnColumn);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->editItem(m_table->item(row, FqdnColumn));
    edited();
}

void ServersTable::removeSelectedServers()
{
    if (m_single)
        return;
    QList<int> rows;
    const auto ranges = m_table->selectedRanges();
    for (const QTableWidgetSelectionRange &r : ranges)
        for (int row = r.topRow(); row <= r.bottomRow(); ++row)
            rows << row;
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    edited();
}

void ServersTable::pasteFromClipboard()
{
    pasteText(QApplication::clipboard()->text());
}

int ServersTable::pasteText(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    static const QRegularExpression looseSeparator(QStringLiteral("[\\s,;]+"));
    QList<Server> pasted;
    const QStringList lines = text.split(lineBreak, Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QStringList fields = line.contains(QLatin1Char('\t')) ? line.split(QLatin1Char('\t'))
                                                              : line.trimmed().split(looseSeparator);
        for (QString &f : fields)
            f = f.trimmed();
        Server s;
        s.fqdn = fields.value(0);
        // After the name an address with a colon is the IPv6 one, whatever column it came in.
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QString &f = fields.at(i);
            if (f.isEmpty())
                continue;
            // Each value goes to the slot its form suggests, else to the one still free: nothing
            // pasted is dropped, and the validator frames a value in the wrong slot.
            QString &preferred = f.contains(QLatin1Char(':')) ? s.ipv6 : s.ipv4;
            QString &other = f.contains(QLatin1Char(':')) ? s.ipv4 : s.ipv6;
            if (preferred.isEmpty())
                preferred = f;
            else if (other.isEmpty())
                other = f;
        }
        pasted << s;
    }
    if (pasted.isEmpty())
        return 0;

    m_filling = true;
    int touched = 0;
    for (const Server &s : std::as_const(pasted)) {
        // A server already listed is updated; empty rows are filled before new ones are added.
        int target = -1;
        for (int row = 0; row < visibleRowCount() && target < 0; ++row)
            if (!s.fqdn.isEmpty() && normalizedName(cell(row, FqdnColumn)) == normalizedName(s.fqdn))
                target = row;
        for (int row = 0; row < visibleRowCount() && target < 0; ++row)
            if (cell(row, FqdnColumn).isEmpty() && cell(row, Ipv4Column).isEmpty() &&
                cell(row, Ipv6Column).isEmpty())
                target = row;
        if (target < 0 && m_single)
            target = 0;
        if (target < 0) {
            appendRow(s);
        } else {
            if (!(m_fixedFqdn && target == 0))
                setCell(target, FqdnColumn, s.fqdn);
            setCell(target, Ipv4Column, s.ipv4);
            if (!s.ipv6.isEmpty() || cell(target, Ipv6Column).isEmpty())
                setCell(target, Ipv6Column, s.ipv6);
        }
        ++touched;
        if (m_single)
            break;
    }
    m_filling = false;
    edited();
    return touched;
}

void ServersTable::appendRow(const Server &server)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    setCell(row, FqdnColumn, server.fqdn);
    setCell(row, Ipv4Column, server.ipv4);
    setCell(row, Ipv6Column, server.ipv6);
}

void ServersTable::setCell(int row, int column, const QString &text)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item)
        m_table->setItem(row, column, new QTableWidgetItem(text));
    else
        item->setText(text);
}

QString ServersTable::cell(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

int ServersTable::visibleRowCount() const
{
    return m_single ? std::min(1, m_table->rowCount()) : m_table->rowCount();
}

void ServersTable::edited()
{
    updateButtons();
    emit serversChanged();
}

void ServersTable::updateButtons()
{
    m_remove->setEnabled(!m_single && m_table->rowCount() > 0 &&
                         (!m_table->selectedRanges().isEmpty() || m_table->currentRow() >= 0));
}

} // namespace lyncdns
