#include "ui/widgets/migrationview.h"

#include "model/io/atomicfile.h"
#include "model/io/filenames.h"
#include "model/migration/changescript.h"
#include "model/migration/changesetexport.h"
#include "model/rules/keywords.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lyncdns {

namespace {

enum Column
{
    StepColumn,
    ActionColumn,
    LocationColumn,
    NameColumn,
    TypeColumn,
    NowColumn,
    AfterColumn,
    TtlColumn
};

QString askForScript(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, MigrationView::tr("Save DNS Change Script"), suggested,
                                        MigrationView::tr("PowerShell scripts (*.ps1)"));
}

MigrationView::SaveFilePrompt &savePrompt()
{
    static MigrationView::SaveFilePrompt prompt = askForScript;
    return prompt;
}

QString actionText(ChangeAction action)
{
    switch (action) {
    case ChangeAction::Add:
        return MigrationView::tr("add");
    case ChangeAction::Change:
        return MigrationView::tr("change");
    case ChangeAction::Remove:
        return MigrationView::tr("remove");
    case ChangeAction::Keep:
        return MigrationView::tr("keep");
    }
    return {};
}

} // namespace

void MigrationView::setSaveFilePrompt(SaveFilePrompt prompt)
{
    savePrompt() = prompt ? prompt : askForScript;
}

MigrationView::MigrationView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 4, 0);
    auto *top = new QHBoxLayout;
    auto *targetLabel = new QLabel(tr("Move &to:"), this);
    m_target = new QComboBox(this);
    m_target->addItem(tr("Teams Only"), int(MigrationPhase::TeamsOnly));
    m_target->addItem(tr("Hybrid"), int(MigrationPhase::Hybrid));
    m_target->addItem(tr("On premises (the way back)"), int(MigrationPhase::OnPrem));
    targetLabel->setBuddy(m_target);
    m_showKept = new QCheckBox(tr("Show &unchanged records"), this);
    top->addWidget(targetLabel);
    top->addWidget(m_target);
    top->addSpacing(12);
    top->addWidget(m_showKept);
    top->addStretch(1);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_changes = new QTreeWidget(splitter);
    m_changes->setRootIsDecorated(false);
    m_changes->setUniformRowHeights(true);
    m_changes->setAlternatingRowColors(true);
    m_changes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_changes->setHeaderLabels({tr("Step"), tr("Action"), tr("Location"), tr("Name"), tr("Type"), tr("Now"),
                                tr("After the move"), tr("TTL")});
    // Fits the pane without sideways scrolling: the short columns take what they need, name, now
    // and after share the rest; a long value is elided in the middle and whole in its tooltip.
    m_changes->header()->setStretchLastSection(false);
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : {NameColumn, NowColumn, AfterColumn})
        m_changes->header()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_changes->setTextElideMode(Qt::ElideMiddle);
    m_changes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_changes->setAccessibleName(tr("DNS changes of the move, now and after"));
    m_runbook = new QPlainTextEdit(splitter);
    m_runbook->setReadOnly(true);
    m_runbook->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_runbook->setAccessibleName(tr("Runbook of the move with its commands"));
    splitter->addWidget(m_changes);
    splitter->addWidget(m_runbook);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_copyChanges = new QPushButton(tr("Copy Change &List"), this);
    m_copyChanges->setToolTip(
        tr("Copy every row as CSV: action, location, name, type, old, new, TTL, step, reason"));
    m_copyRunbook = new QPushButton(tr("Copy Run&book"), this);
    m_saveScripts = new QPushButton(tr("Save &Change Script…"), this);
    m_saveScripts->setToolTip(
        tr("Save the DNS changes as a Windows DNS Server script, with its rollback script beside it"));
    buttons->addWidget(m_copyChanges);
    buttons->addWidget(m_copyRunbook);
    buttons->addStretch(1);
    buttons->addWidget(m_saveScripts);
    layout->addLayout(buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { setPlan(m_plan); });
    connect(m_showKept, &QCheckBox::toggled, this, &MigrationView::rebuild);
    connect(m_copyChanges, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(QString::fromUtf8(changeSetToCsv(m_set))); });
    connect(m_copyRunbook, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(runbookToText(m_set)); });
    connect(m_saveScripts, &QPushButton::clicked, this, [this] {
        const QString title = fileBaseNameFromTitle(m_plan.title);
        const QString suggested = (title.isEmpty() ? QStringLiteral("dns") : title) + QStringLiteral("-to-") +
                                  keyword(m_set.to) + QStringLiteral(".ps1");
        const QString fileName = savePrompt()(this, QDir::home().filePath(suggested));
        if (!fileName.isEmpty())
            saveScripts(fileName);
    });
}

void MigrationView::setPlan(const Plan &plan)
{
    m_plan = plan;
    const auto target = static_cast<MigrationPhase>(m_target->currentData().toInt());
    m_set = migrationChangeSet(plan, target);
    rebuild();
}

void MigrationView::rebuild()
{
    const int changed = countChanges(m_set);
    //: Migration tab summary; %1 the phase now, %2 the target phase ("onprem", "teams-only").
    QString summary =
        tr("From %1 to %2: %n DNS change(s).", nullptr, changed).arg(keyword(m_set.from), keyword(m_set.to));
    if (!m_set.moved.isEmpty())
        summary += QLatin1Char(' ') + tr("Moving to Teams: %1.").arg(m_set.moved.join(QStringLiteral(", ")));
    if (!m_set.remaining.isEmpty())
        summary +=
            QLatin1Char(' ') + tr("Staying on premises: %1.").arg(m_set.remaining.join(QStringLiteral(", ")));
    m_summary->setText(summary);

    m_changes->clear();
    QList<QTreeWidgetItem *> items;
    for (const MigrationChange &c : std::as_const(m_set.changes)) {
        if (c.action == ChangeAction::Keep && !m_showKept->isChecked())
            continue;
        auto *item = new QTreeWidgetItem(
            {c.step > 0 ? QString::number(c.step) : QString(), actionText(c.action), locationName(c.location),
             c.name, recordTypeName(c.type), c.oldValue, c.newValue, QString::number(c.ttl)});
        item->setToolTip(NameColumn, c.name + QLatin1Char('\n') + c.reason);
        item->setToolTip(NowColumn, c.oldValue);
        item->setToolTip(AfterColumn, c.newValue);
        items << item;
    }
    m_changes->addTopLevelItems(items);
    m_runbook->setPlainText(runbookToText(m_set));
    m_saveScripts->setEnabled(changed > 0);
    m_copyChanges->setEnabled(!m_set.changes.isEmpty());
}

bool MigrationView::saveScripts(const QString &fileName)
{
    QString error;
    // The rollback first: a change script never exists without the script that undoes it.
    if (!writeFileAtomically(rollbackScriptPath(fileName), rollbackScriptPowerShell(m_set), &error) ||
        !writeFileAtomically(fileName, changeScriptPowerShell(m_set), &error)) {
        QMessageBox::warning(this, tr("Save Change Script"),
                             tr("The scripts could not be saved:\n%1").arg(error));
        return false;
    }
    return true;
}

} // namespace lyncdns
