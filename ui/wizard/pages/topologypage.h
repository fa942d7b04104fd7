#pragma once

// Plan editor page "Sites and pools" (issue 12): the estate as a tree (topologymodel.h) with the
// validator's problem counts, the structural edits of estateedit.h (add, duplicate, rename, remove
// sites, pools and branch sites) as buttons, context menu and keys, a details pane for the selected
// row, and the branch sites' own fields. A pool is edited on its role's page: activating it emits
// editRequested(), which the editor shell connects to that page.

#include "model/plan/estateedit.h"
#include "ui/wizard/planpage.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTreeView;

namespace lyncdns {

class ServersTable;
class TopologyModel;

class TopologyPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit TopologyPage(PlanDocument *document, QWidget *parent = nullptr);
    ~TopologyPage() override;

    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

    // Remove asks before it removes (the default); tests turn that off. The question is kept
    // either way, for the tests to read what it named.
    void setConfirmRemovals(bool confirm) { m_confirmRemovals = confirm; }
    QString lastRemovalQuestion() const { return m_lastRemovalQuestion; }

    QTreeView *tree() const { return m_tree; }
    TopologyModel *model() const { return m_model; }
    // The JSON path of the selected row, empty when none.
    QString currentPath() const;
    // Selects the row of a JSON path (its nearest ancestor row if it has none); false if none.
    bool selectPath(const QString &path);

signals:
    // The admin wants to edit an element on its role's page.
    void editRequested(lyncdns::EstateRole role, qsizetype site, qsizetype index);

private:
    struct Selection
    {
        int kind = -1; // TopologyModel::Kind, -1 = nothing selected
        qsizetype site = -1;
        EstateRole role = EstateRole::FrontEnd;
        qsizetype index = -1;  // element, branch or server index
        qsizetype branch = -1; // the branch site of a branch or appliance row
    };
    Selection selection() const;

    void refreshTree();
    void applyDefaultExpansion();
    void updateActions();
    void updateDetails();
    void showBranch(qsizetype branch);
    void bindBranchFields(qsizetype branch);
    void fillBranchFields(qsizetype branch);

    void addSite();
    void addPool(EstateRole role);
    void addBranch();
    void addForSelection();
    void duplicateSelected();
    void renameSelected();
    void removeSelected();
    void activate(const QModelIndex &activated);
    void rename(const QString &path, const QString &name);
    // Applies an edit and selects selectPath in the tree that follows (empty: keep the selection).
    void edit(const std::function<void(Plan &)> &apply, const QString &selectPath);
    void say(const QString &notice);

    TopologyModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_addSiteButton = nullptr;
    QPushButton *m_addPoolButton = nullptr;
    QPushButton *m_addBranchButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QMenu *m_poolMenu = nullptr;
    QList<QAction *> m_poolActions; // one per EstateRole, in its order
    QAction *m_addSiteAction = nullptr;
    QAction *m_addBranchAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_removeAction = nullptr;

    QWidget *m_details = nullptr;
    QWidget *m_detailsInfo = nullptr;   // words about a site or pool
    QWidget *m_detailsBranch = nullptr; // a branch site's fields
    QLabel *m_detailsTitle = nullptr;
    QLabel *m_detailsText = nullptr;
    QLabel *m_detailsProblems = nullptr;
    QPushButton *m_editButton = nullptr;
    QLineEdit *m_branchName = nullptr;
    QComboBox *m_centralSite = nullptr;
    ServersTable *m_appliances = nullptr;
    QLabel *m_branchProblems = nullptr;

    qsizetype m_boundBranch = -1; // the branch site whose paths point at the branch fields
    qsizetype m_shownBranch = -1;
    bool m_editingBranch = false; // the branch fields are writing: do not refill them
    bool m_dirty = false;         // the plan changed while the page was hidden
    bool m_rebuilding = false;    // the tree's rows are being replaced
    QString m_pendingSelect;
    bool m_confirmRemovals = true;
    QString m_lastRemovalQuestion;

protected:
    void showEvent(QShowEvent *event) override;
};

} // namespace lyncdns
