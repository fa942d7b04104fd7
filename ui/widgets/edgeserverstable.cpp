#include "ui/widgets/edgeserverstable.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lyncdns {

namespace {

QString columnTitle(int column)
{
    switch (column) {
    case EdgeServersTable::FqdnColumn:
        return EdgeServersTable::tr("Server FQDN");
    case EdgeServersTable::InternalIpv4Column:
        return EdgeServersTable::tr("Internal IPv4");
    case EdgeServersTable::AccessIpv4Column:
        return EdgeServersTable::tr("Access IPv4");
    case EdgeServersTable::WebConferencingIpv4Column:
        return EdgeServersTable::tr("Web Conferencing IPv4");
    case EdgeServersTable::AvIpv4Column:
        return EdgeServersTable::tr("A/V IPv4");
    case EdgeServersTable::InternalIpv6Column:
        return EdgeServersTable::tr("Internal IPv6");
    case EdgeServersTable::AccessIpv6Column:
        return EdgeServersTable::tr("Access IPv6");
    case EdgeServersTable::WebConferencingIpv6Column:
        return EdgeServersTable::tr("Web Conferencing IPv6");
    case EdgeServersTable::AvIpv6Column:
        return EdgeServersTable::tr("A/V IPv6");
    case EdgeServersTable::PrivateAccessIpv4Column:
        return EdgeServersTable::tr("Private Access IPv4 (NAT)");
    case EdgeServersTable::PrivateWebConferencingIpv4Column:
        return EdgeServersTable::tr("Private Web Conferencing IPv4 (NAT)");
    case EdgeServersTable::PrivateAvIpv4Column:
        return EdgeServersTable::tr("Private A/V IPv4 (NAT)");
    default:
        return {};
    }
}

bool isIpv6Column(int column)
{
    return column >= EdgeServersTable::InternalIpv6Column && column <= EdgeServersTable::AvIpv6Column;
}

bool isPrivateColumn(int column)
{
    return column >= EdgeServersTable::PrivateAccessIpv4Column &&
           column <= EdgeServersTable::PrivateAvIpv4Column;
}

QString *field(EdgeServer &s, int column)
{
    switch (column) {
    case EdgeServersTable::FqdnColumn:
        return &s.fqdn;
    case EdgeServersTable::InternalIpv4Column:
        return &s.internalIpv4;
    case EdgeServersTable::AccessIpv4Column:
        return &s.accessIpv4;
    case EdgeServersTable::WebConferencingIpv4Column:
        return &s.webConferencingIpv4;
    case EdgeServersTable::AvIpv4Column:
        return &s.avIpv4;
    case EdgeServersTable::InternalIpv6Column:
        return &s.internalIpv6;
    case EdgeServersTable::AccessIpv6Column:
        return &s.accessIpv6;
    case EdgeServersTable::WebConferencingIpv6Column:
        return &s.webConferencingIpv6;
    case EdgeServersTable::AvIpv6Column:
        return &s.avIpv6;
    case EdgeServersTable::PrivateAccessIpv4Column:
        return &s.privateAccessIpv4;
    case EdgeServersTable::PrivateWebConferencingIpv4Column:
        return &s.privateWebConferencingIpv4;
    case EdgeServersTable::PrivateAvIpv4Column:
        return &s.privateAvIpv4;
    default:
        return nullptr;
    }
}

} // namespace

EdgeServersTable::EdgeServersTable(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_table = new QTableWidget(0, COLUMN_COUNT, this);
    // Tests find the grid by the editor's JSON path ("sites[0].edgePools[0].servers.table").
    connect(this, &QObject::objectNameChanged, m_table,
            [this](const QString &name) { m_table->setObjectName(name + QStringLiteral(".table")); });
    m_table->setAccessibleName(tr("Edge servers"));
    m_table->setAccessibleDescription(
        tr("One row per Edge server. Paste tab-separated lines with Ctrl+V; Ctrl+Tab leaves the table."));
    QStringList titles;
    for (int c = 0; c < COLUMN_COUNT; ++c)
        titles << columnTitle(c);
    m_table->setHorizontalHeaderLabels(titles);
    // The JSON key of each column: the wizard page finds the cell of a finding by it.
    for (int c = 0; c < COLUMN_COUNT; ++c)
        m_table->horizontalHeaderItem(c)->setData(Qt::UserRole, columnKey(c));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add server"), this);
    m_add->setAccessibleName(tr("Add Edge server"));
    m_remove = new QPushButton(tr("&Remove server"), this);
    m_remove->setAccessibleName(tr("Remove selected Edge servers"));
    m_paste = new QPushButton(tr("Paste r&ows"), this);
    m_paste->setAccessibleName(tr("Paste Edge servers from the clipboard"));
    m_paste->setToolTip(tr("Pastes tab-separated lines (FQDN, internal, access, web conferencing, A/V, …) at "
                           "the current cell"));
    m_showIpv6 = new QCheckBox(tr("Show IPv&6 columns"), this);
    m_showPrivate = new QCheckBox(tr("Show private (NAT) colu&mns"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_paste);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // The column switches get a row of their own: beside the buttons they ran off a narrow wizard,
    // German labels first.
    auto *switches = new QHBoxLayout;
    switches->addWidget(m_showIpv6);
    switches->addWidget(m_showPrivate);
    switches->addStretch(1);
    layout->addLayout(switches);

    connect(m_add, &QPushButton::clicked, this, &EdgeServersTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &EdgeServersTable::removeSelectedRows);
    connect(m_paste, &QPushButton::clicked, this, &EdgeServersTable::pasteFromClipboard);
    connect(m_showIpv6, &QCheckBox::toggled, this, &EdgeServersTable::setIpv6ColumnsVisible);
    connect(m_showPrivate, &QCheckBox::toggled, this, &EdgeServersTable::setPrivateColumnsVisible);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        // Filling is no edit (the page marks cells with the table's signals blocked).
        Q_UNUSED(item)
        if (!m_filling)
            emit serversChanged();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EdgeServersTable::updateButtons);
    // A cell marked by a finding in a hidden column must be seen to be fixed.
    connect(m_table->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (!roles.isEmpty() && !roles.contains(Qt::BackgroundRole))
                    return;
                for (int c = topLeft.column(); c <= bottomRight.column(); ++c) {
                    if (!m_table->isColumnHidden(c))
                        continue;
                    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
                        const QTableWidgetItem *item = m_table->item(r, c);
                        if (!item || !item->data(Qt::BackgroundRole).isValid())
                            continue;
                        if (isIpv6Column(c))
                            setIpv6ColumnsVisible(true);
                        if (isPrivateColumn(c))
                            setPrivateColumnsVisible(true);
                    }
                }
            });

    setIpv6ColumnsVisible(false);
    setPrivateColumnsVisible(false);
    updateButtons();
}

QString EdgeServersTable::columnKey(int column)
{
    static const char *const keys[COLUMN_COUNT] = {"fqdn",
                                                   "internalIpv4",
                                                   "accessIpv4",
                                                   "webConferencingIpv4",
                                                   "avIpv4",
                                                   "internalIpv6",
                                                   "accessIpv6",
                                                   "webConferencingIpv6",
                                                   "avIpv6",
                                                   "privateAccessIpv4",
                                                   "privateWebConferencingIpv4",
                                                   "privateAvIpv4"};
    return column >= 0 && column < COLUMN_COUNT ? QLatin1String(keys[column]) : QString();
}

QList<EdgeServer> EdgeServersTable::servers() const
{
    QList<EdgeServer> result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        EdgeServer s;
        for (int c = 0; c < COLUMN_COUNT; ++c)
            *field(s, c) = cellText(r, c);
        result << s;
    }
    return result;
}

void EdgeServersTable::setServers(const QList<EdgeServer> &servers)
{
    m_filling = true;
    m_table->setRowCount(int(servers.size()));
    bool anyIpv6 = false;
    bool anyPrivate = false;
    for (int r = 0; r < int(servers.size()); ++r) {
        EdgeServer s = servers.at(r);
        for (int c = 0; c < COLUMN_COUNT; ++c) {
            const QString text = *field(s, c);
            setCellText(r, c, text);
            anyIpv6 = anyIpv6 || (isIpv6Column(c) && !text.isEmpty());
            anyPrivate = anyPrivate || (isPrivateColumn(c) && !text.isEmpty());
        }
    }
    m_filling = false;
    // Never hide what the plan holds.
    if (anyIpv6)
        setIpv6ColumnsVisible(true);
    if (anyPrivate)
        setPrivateColumnsVisible(true);
    updateButtons();
}

int EdgeServersTable::rowCount() const
{
    return m_table->rowCount();
}

void EdgeServersTable::setIpv6ColumnsVisible(bool visible)
{
    for (int c = InternalIpv6Column; c <= AvIpv6Column; ++c)
        m_table->setColumnHidden(c, !visible);
    const QSignalBlocker blocker(m_showIpv6);
    m_showIpv6->setChecked(visible);
}

void EdgeServersTable::setPrivateColumnsVisible(bool visible)
{
    for (int c = PrivateAccessIpv4Column; c <= PrivateAvIpv4Column; ++c)
        m_table->setColumnHidden(c, !visible);
    const QSignalBlocker blocker(m_showPrivate);
    m_showPrivate->setChecked(visible);
}

bool EdgeServersTable::ipv6ColumnsVisible() const
{
    return m_showIpv6->isChecked();
}

bool EdgeServersTable::privateColumnsVisible() const
{
    return m_showPrivate->isChecked();
}

void EdgeServersTable::addRow()
{
    const int row = m_table->rowCount();
    m_filling = true;
    m_table->insertRow(row);
    for (int c = 0; c < COLUMN_COUNT; ++c)
        setCellText(row, c, QString());
    m_filling = false;
    m_table->setCurrentCell(row, FqdnColumn);
    m_table->setFocus(Qt::OtherFocusReason);
    updateButtons();
    emit serversChanged();
}

void EdgeServersTable::removeSelectedRows()
{
    QList<int> rows;
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    for (const QTableWidgetItem *item : selected)
        if (!rows.contains(item->row()))
            rows << item->row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    m_filling = true;
    for (int r : std::as_const(rows))
        m_table->removeRow(r);
    m_filling = false;
    updateButtons();
    emit serversChanged();
}

bool EdgeServersTable::pasteText(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return false;
    int row = m_table->currentRow();
    int column = m_table->currentColumn();
    if (row < 0 || column < 0) {
        row = m_table->rowCount();
        column = FqdnColumn;
    }
    m_filling = true;
    for (const QString &line : std::as_const(lines)) {
        if (row >= m_table->rowCount()) {
            m_table->insertRow(row);
            for (int c = 0; c < COLUMN_COUNT; ++c)
                setCellText(row, c, QString());
        }
        const QStringList values = line.split(QLatin1Char('\t'));
        for (int i = 0; i < int(values.size()) && column + i < COLUMN_COUNT; ++i) {
            const int c = column + i;
            setCellText(row, c, values.at(i).trimmed());
            // Pasted values must not land out of sight.
            if (isIpv6Column(c) && m_table->isColumnHidden(c))
                setIpv6ColumnsVisible(true);
            if (isPrivateColumn(c) && m_table->isColumnHidden(c))
                setPrivateColumnsVisible(true);
        }
        ++row;
    }
    m_filling = false;
    updateButtons();
    emit serversChanged();
    return true;
}

void EdgeServersTable::pasteFromClipboard()
{
    pasteText(QApplication::clipboard()->text());
}

bool EdgeServersTable::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its editor gets the keys, so these are keys for the grid itself.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            pasteFromClipboard();
            return true;
        }
        if (key->matches(QKeySequence::Delete) && !m_table->selectedItems().isEmpty()) {
            // Clears the selected cells, like a spreadsheet; Remove deletes whole rows.
            m_filling = true;
            const QList<QTableWidgetItem *> selected = m_table->selectedItems();
            for (QTableWidgetItem *item : selected)
                item->setText(QString());
            m_filling = false;
            emit serversChanged();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString EdgeServersTable::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void EdgeServersTable::setCellText(int row, int column, const QString &text)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem(text);
        m_table->setItem(row, column, item);
    } else {
        item->setText(text);
    }
}

void EdgeServersTable::updateButtons()
{
    m_remove->setEnabled(m_table->rowCount() > 0);
}

} // namespace lyncdns
