#pragma once

// The estate as a tree for the topology page (issue 12): each central site, its roles that have
// elements, each element by name with its servers; then the branch sites with their Survivable
// Branch appliances. Every element, role and site carries the number of validator findings under
// its JSON path, so a collapsed tree still shows where the problems are. The tree is rebuilt only
// when its shape (the JSON paths of its rows) changes; names, addresses and problem counts are
// updated in place, so a view keeps its selection and expansion while another page is typed in.

#include "model/plan/estateedit.h"
#include "model/plan/plan.h"
#include "model/validator/finding.h"

#include <QStandardItemModel>

namespace lyncdns {

class TopologyModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyModel)
public:
    enum Kind
    {
        SiteNode,
        RoleNode,
        ElementNode,
        ServerNode,
        BranchesNode,
        BranchNode,
        ApplianceNode,
    };
    enum Column
    {
        NameColumn,
        ProblemsColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        PathRole,       // the JSON path of the row ("sites[1].edgePools[0]", "branchSites")
        SiteRole,       // the central site's index (-1 for branch rows)
        EstateRoleRole, // int(EstateRole) of role, element and server rows
        IndexRole,      // the element's, branch's or server's index in its list
        NameRole,       // the name as the plan holds it (empty when not set yet): what Rename edits
        ErrorCountRole,
        WarningCountRole,
    };

    // One row as the plan describes it, before it becomes items.
    struct Node
    {
        Kind kind = SiteNode;
        QString path;
        QString name;
        QString text;
        QString toolTip;
        qsizetype site = -1;
        int role = -1;
        qsizetype index = -1;
        int errors = 0;
        int warnings = 0;
        QList<Node> children;
    };

    explicit TopologyModel(QObject *parent = nullptr);

    // The rows of a plan; counts the errors and warnings of findings (notes are no problems).
    static QList<Node> describe(const Plan &plan, const Findings &findings);
    // True when nodes have the rows the model shows now, path by path: update() will not rebuild.
    bool hasShape(const QList<Node> &nodes) const;
    // Shows nodes: in place when the shape is the same, else rebuilt. Returns true if rebuilt.
    bool update(const QList<Node> &nodes);

    QModelIndex indexOfPath(const QString &path) const;

    // "Front End pools": the heading of a role in the tree.
    static QString roleHeading(EstateRole role);
    // "Front End pool": one element of a role, in the details and the Add pool menu.
    static QString roleElementLabel(EstateRole role);
    // What an element without a name shows.
    static QString noNameText();

private:
    void fill(QStandardItem *parent, const QList<Node> &nodes);
    void refresh(QStandardItem *parent, const QList<Node> &nodes);
    static void setNode(QStandardItem *name, QStandardItem *problems, const Node &node);

    QStringList m_shape; // every row's path, depth first
    QHash<QString, QPersistentModelIndex> m_indexByPath;
};

} // namespace lyncdns
