#pragma once

// The Migration tab beside the records (issue 15): the change set of a move to Teams side by side,
// each record value as it is now and after the move, with its runbook step, and the runbook with
// its commands below; buttons copy the change list and the runbook, and save the DNS change script
// with its rollback script (model/migration).

#include "model/migration/changeset.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace lyncdns {

class MigrationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationView)
public:
    explicit MigrationView(QWidget *parent = nullptr);

    // Recomputes the change set of plan towards the chosen target phase.
    void setPlan(const Plan &plan);
    const MigrationChangeSet &changeSet() const { return m_set; }

    QComboBox *targetBox() const { return m_target; }
    QCheckBox *showKeptBox() const { return m_showKept; }
    QTreeWidget *changeList() const { return m_changes; }
    QPlainTextEdit *runbook() const { return m_runbook; }
    QPushButton *saveScriptsButton() const { return m_saveScripts; }

    // Asked for the change script's file name (the rollback goes beside it); tests replace it.
    using SaveFilePrompt = QString (*)(QWidget *parent, const QString &suggested);
    static void setSaveFilePrompt(SaveFilePrompt prompt);
    // Writes the change script and its rollback atomically; false with a message box on failure.
    bool saveScripts(const QString &fileName);

private:
    void rebuild();

    Plan m_plan;
    MigrationChangeSet m_set;
    QComboBox *m_target = nullptr;
    QCheckBox *m_showKept = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_changes = nullptr;
    QPlainTextEdit *m_runbook = nullptr;
    QPushButton *m_copyChanges = nullptr;
    QPushButton *m_copyRunbook = nullptr;
    QPushButton *m_saveScripts = nullptr;
};

} // namespace lyncdns
