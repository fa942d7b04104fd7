#include "ui/widgets/orderedchoicelist.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace lyncdns {

namespace {

// The name a row stands for; its text may add a priority.
constexpr int kNameRole = Qt::UserRole;

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool containsName(const QStringList &names, const QString &name)
{
    return std::any_of(names.cbegin(), names.cend(), [&name](const QString &n) { return sameName(n, name); });
}

} // namespace

OrderedChoiceList::OrderedChoiceList(const QString &upText, const QString &downText, QWidget *parent)
    : QWidget(parent)
    , m_labeler([](const QString &name, int) { return name; })
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    // Rows of a few pools: a short list, taller ones scroll.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 4);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 9);
    m_list->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    m_up = new QPushButton(upText, this);
    m_down = new QPushButton(downText, this);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::itemChanged, this, [this] {
        relabel();
        emit chosenChanged(chosen());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &OrderedChoiceList::updateButtons);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    updateButtons();
}

void OrderedChoiceList::setLabeler(const std::function<QString(const QString &, int)> &labeler)
{
    m_labeler = labeler;
    relabel();
}

QString OrderedChoiceList::nameOf(const QListWidgetItem *item) const
{
    return item->data(kNameRole).toString();
}

void OrderedChoiceList::setChoices(const QStringList &available, const QStringList &chosen)
{
    QStringList names = chosen;
    for (const QString &name : available)
        if (!containsName(names, name))
            names << name;
    // The same names with the same ticked sequence: nothing to show differently.
    QStringList shown;
    for (int r = 0; r < m_list->count(); ++r)
        shown << nameOf(m_list->item(r));
    const bool sameSet =
        shown.size() == names.size() &&
        std::all_of(names.cbegin(), names.cend(), [&shown](const QString &n) { return shown.contains(n); });
    if (sameSet && this->chosen() == chosen)
        return;

    const QSignalBlocker blocker(m_list);
    const QString current = m_list->currentItem() ? nameOf(m_list->currentItem()) : QString();
    m_list->clear();
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(kNameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(name) ? Qt::Checked : Qt::Unchecked);
        if (name == current)
            m_list->setCurrentItem(item);
    }
    relabel();
    updateButtons();
}

QStringList OrderedChoiceList::chosen() const
{
    QStringList names;
    for (int r = 0; r < m_list->count(); ++r)
        if (m_list->item(r)->checkState() == Qt::Checked)
            names << nameOf(m_list->item(r));
    return names;
}

void OrderedChoiceList::relabel()
{
    const QSignalBlocker blocker(m_list);
    int position = 0;
    for (int r = 0; r < m_list->count(); ++r) {
        QListWidgetItem *item = m_list->item(r);
        const bool ticked = item->checkState() == Qt::Checked;
        const QString text = m_labeler(nameOf(item), ticked ? position++ : -1);
        item->setText(text);
        item->setToolTip(text);
    }
}

void OrderedChoiceList::move(int by)
{
    const int from = m_list->currentRow();
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_list->count())
        return;
    const QStringList before = chosen();
    {
        const QSignalBlocker blocker(m_list);
        QListWidgetItem *item = m_list->takeItem(from);
        m_list->insertItem(to, item);
        m_list->setCurrentRow(to);
    }
    relabel();
    updateButtons();
    const QStringList after = chosen();
    if (after != before)
        emit chosenChanged(after);
}

void OrderedChoiceList::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

} // namespace lyncdns
