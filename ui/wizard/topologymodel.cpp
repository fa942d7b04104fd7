#include "ui/wizard/topologymodel.h"

#include "model/plan/estaterolelabels.h"

#include "model/plan/planpaths.h"

#include <QApplication>
#include <QStyle>

namespace lyncdns {

namespace {

struct Problems
{
    int errors = 0;
    int warnings = 0;
};

// Errors and warnings counted at every object of each finding's path: "sites[0].edgePools[1].servers[0]
// .fqdn" counts for the site, its Edge pools, that pool and that server.
QHash<QString, Problems> problemsByPath(const Findings &findings)
{
    QHash<QString, Problems> byPath;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Info || f.path.isEmpty())
            continue;
        const auto count = [&](const QString &prefix) {
            Problems &p = byPath[prefix];
            (f.severity == Severity::Error ? p.errors : p.warnings) += 1;
        };
        for (qsizetype i = 1; i < f.path.size(); ++i)
            if (f.path.at(i) == QLatin1Char('.') || f.path.at(i) == QLatin1Char('['))
                count(f.path.left(i));
        count(f.path);
    }
    return byPath;
}

// "fe01.contoso.net (10.10.2.11)": the FQDN and the IPv4 address a server row shows.
QString serverText(const QString &fqdn, const QString &ipv4)
{
    const QString name = fqdn.isEmpty() ? TopologyModel::noNameText() : fqdn;
    //: A server in the topology tree: %1 its FQDN, %2 its IPv4 address.
    return ipv4.isEmpty() ? name : TopologyModel::tr("%1 (%2)").arg(name, ipv4);
}

struct Address
{
    QString fqdn;
    QString ipv4;
};

// The servers of an element as the tree lists them (an Edge server by its internal address).
QList<Address> serversOf(const Site &site, EstateRole role, qsizetype index)
{
    QList<Address> out;
    const auto plain = [&out](const QList<Server> &servers) {
        for (const Server &s : servers)
            out << Address{s.fqdn, s.ipv4};
    };
    switch (role) {
    case EstateRole::FrontEnd:
        plain(site.frontEndPools.at(index).servers);
        break;
    case EstateRole::Director:
        plain(site.directorPools.at(index).servers);
        break;
    case EstateRole::Edge:
        for (const EdgeServer &s : site.edgePools.at(index).servers)
            out << Address{s.fqdn, s.internalIpv4};
        break;
    case EstateRole::ReverseProxy:
        break; // a proxy is one published address, not a list of servers
    case EstateRole::OfficeWebApps:
        plain(site.officeWebApps.at(index).servers);
        break;
    case EstateRole::PersistentChat:
        plain(site.persistentChatPools.at(index).servers);
        break;
    case EstateRole::Mediation:
        plain(site.mediationPools.at(index).servers);
        break;
    }
    return out;
}

void setIfDifferent(QStandardItem *item, const QVariant &value, int role)
{
    if (item->data(role) != value)
        item->setData(value, role);
}

} // namespace

TopologyModel::TopologyModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    //: Column of the topology tree: sites, pools and servers.
    setHorizontalHeaderLabels({tr("Name"),
                               //: Column of the topology tree: the number of errors and warnings.
                               tr("Problems")});
}

QString TopologyModel::roleHeading(EstateRole role)
{
    return estateRoleGroupTitle(role);
}

QString TopologyModel::roleElementLabel(EstateRole role)
{
    return estateRoleTitle(role);
}

QString TopologyModel::noNameText()
{
    //: An element of the topology tree whose name is not filled in yet.
    return tr("(no name yet)");
}

QList<TopologyModel::Node> TopologyModel::describe(const Plan &plan, const Findings &findings)
{
    const QHash<QString, Problems> problems = problemsByPath(findings);
    const auto counted = [&problems](Node node) {
        const Problems p = problems.value(node.path);
        node.errors = p.errors;
        node.warnings = p.warnings;
        return node;
    };
    QList<Node> rows;
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        const Site &site = plan.sites.at(s);
        Node siteNode;
        siteNode.kind = SiteNode;
        siteNode.path = sitePath(s);
        siteNode.name = site.name;
        siteNode.text = site.name.isEmpty() ? noNameText() : site.name;
        //: Tooltip of a site in the topology tree.
        siteNode.toolTip = tr("Central site");
        siteNode.site = s;
        for (const EstateRole role : kEstateRoles) {
            const qsizetype count = estateRoleCount(plan, s, role);
            if (count == 0)
                continue;
            Node roleNode;
            roleNode.kind = RoleNode;
            roleNode.path = sitePath(s) + QLatin1Char('.') + QLatin1String(estateRoleList(role));
            roleNode.text = roleHeading(role);
            roleNode.site = s;
            roleNode.role = int(role);
            for (qsizetype i = 0; i < count; ++i) {
                Node element;
                element.kind = ElementNode;
                element.path = sitePath(s, estateRoleList(role), i);
                element.name = estateElementName(plan, s, role, i);
                element.text = element.name.isEmpty() ? noNameText() : element.name;
                element.toolTip = roleElementLabel(role);
                element.site = s;
                element.role = int(role);
                element.index = i;
                const QList<Address> servers = serversOf(site, role, i);
                for (qsizetype k = 0; k < servers.size(); ++k) {
                    Node server;
                    server.kind = ServerNode;
                    server.path = element.path + QStringLiteral(".servers[%1]").arg(k);
                    server.name = servers.at(k).fqdn;
                    server.text = serverText(servers.at(k).fqdn, servers.at(k).ipv4);
                    server.site = s;
                    server.role = int(role);
                    server.index = k;
                    element.children << counted(server);
                }
                roleNode.children << counted(element);
            }
            siteNode.children << counted(roleNode);
        }
        rows << counted(siteNode);
    }

    // The branch sites always have their row: it is where Add branch site puts them.
    Node branches;
    branches.kind = BranchesNode;
    branches.path = QStringLiteral("branchSites");
    branches.text = tr("Branch sites");
    for (qsizetype b = 0; b < plan.branchSites.size(); ++b) {
        const BranchSite &branchSite = plan.branchSites.at(b);
        Node branch;
        branch.kind = BranchNode;
        branch.path = branchSitePath(b);
        branch.name = branchSite.name;
        branch.text = branchSite.name.isEmpty() ? noNameText() : branchSite.name;
        branch.toolTip = branchSite.centralSite.isEmpty()
                             //: Tooltip of a branch site that names no central site yet.
                             ? tr("Branch site without a central site")
                             //: Tooltip of a branch site; %1 is its central site.
                             : tr("Branch site of %1").arg(branchSite.centralSite);
        branch.index = b;
        for (qsizetype k = 0; k < branchSite.survivableBranches.size(); ++k) {
            const Server &sba = branchSite.survivableBranches.at(k);
            Node appliance;
            appliance.kind = ApplianceNode;
            appliance.path = branch.path + QStringLiteral(".survivableBranches[%1]").arg(k);
            appliance.name = sba.fqdn;
            appliance.text = serverText(sba.fqdn, sba.ipv4);
            //: Tooltip of a Survivable Branch appliance in the topology tree.
            appliance.toolTip = tr("Survivable Branch appliance");
            appliance.index = k;
            branch.children << counted(appliance);
        }
        branches.children << counted(branch);
    }
    rows << counted(branches);
    return rows;
}

namespace {

void collectShape(const QList<TopologyModel::Node> &nodes, QStringList *shape)
{
    for (const TopologyModel::Node &node : nodes) {
        *shape << node.path;
        collectShape(node.children, shape);
    }
}

} // namespace

bool TopologyModel::hasShape(const QList<Node> &nodes) const
{
    QStringList shape;
    collectShape(nodes, &shape);
    return shape == m_shape;
}

bool TopologyModel::update(const QList<Node> &nodes)
{
    QStringList shape;
    collectShape(nodes, &shape);
    if (shape == m_shape && !m_shape.isEmpty()) {
        refresh(invisibleRootItem(), nodes);
        return false;
    }
    m_shape = shape;
    // Whole sites are built before they enter the model (fill() appends a row only once its
    // children are in it): one insertion per site, not one per row.
    removeRows(0, rowCount());
    fill(invisibleRootItem(), nodes);
    m_indexByPath.clear();
    const std::function<void(const QModelIndex &)> index = [&](const QModelIndex &parent) {
        for (int r = 0; r < rowCount(parent); ++r) {
            const QModelIndex row = this->index(r, NameColumn, parent);
            m_indexByPath.insert(row.data(PathRole).toString(), row);
            index(row);
        }
    };
    index(QModelIndex());
    return true;
}

void TopologyModel::fill(QStandardItem *parent, const QList<Node> &nodes)
{
    for (const Node &node : nodes) {
        auto *name = new QStandardItem;
        auto *problems = new QStandardItem;
        setNode(name, problems, node);
        fill(name, node.children);
        parent->appendRow({name, problems});
    }
}

void TopologyModel::refresh(QStandardItem *parent, const QList<Node> &nodes)
{
    for (int r = 0; r < nodes.size(); ++r) {
        QStandardItem *name = parent->child(r, NameColumn);
        setNode(name, parent->child(r, ProblemsColumn), nodes.at(r));
        refresh(name, nodes.at(r).children);
    }
}

void TopologyModel::setNode(QStandardItem *name, QStandardItem *problems, const Node &node)
{
    // Only sites, elements and branch sites have a name of their own to rename.
    const bool renamable = node.kind == SiteNode || node.kind == ElementNode || node.kind == BranchNode;
    const Qt::ItemFlags flags =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | (renamable ? Qt::ItemIsEditable : Qt::NoItemFlags);
    if (name->flags() != flags)
        name->setFlags(flags);
    if (problems->flags() != (Qt::ItemIsEnabled | Qt::ItemIsSelectable))
        problems->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    setIfDifferent(name, node.text, Qt::DisplayRole);
    setIfDifferent(name, node.toolTip, Qt::ToolTipRole);
    for (QStandardItem *item : {name, problems}) {
        setIfDifferent(item, int(node.kind), KindRole);
        setIfDifferent(item, node.path, PathRole);
        setIfDifferent(item, node.site, SiteRole);
        setIfDifferent(item, node.role, EstateRoleRole);
        setIfDifferent(item, node.index, IndexRole);
        setIfDifferent(item, node.name, NameRole);
    }
    if (problems->data(ErrorCountRole) == QVariant(node.errors) &&
        problems->data(WarningCountRole) == QVariant(node.warnings))
        return;
    for (QStandardItem *item : {name, problems}) {
        item->setData(node.errors, ErrorCountRole);
        item->setData(node.warnings, WarningCountRole);
    }
    const int total = node.errors + node.warnings;
    problems->setData(total > 0 ? QString::number(total) : QString(), Qt::DisplayRole);
    const QStyle *style = QApplication::style();
    problems->setData(node.errors > 0     ? QVariant(style->standardIcon(QStyle::SP_MessageBoxCritical))
                      : node.warnings > 0 ? QVariant(style->standardIcon(QStyle::SP_MessageBoxWarning))
                                          : QVariant(),
                      Qt::DecorationRole);
    //: Problems of a row of the topology tree: %1 the errors ("2 errors"), %2 the warnings.
    const QString words = total == 0 ? tr("No problems")
                                     : tr("%1, %2").arg(tr("%n error(s)", nullptr, node.errors),
                                                        tr("%n warning(s)", nullptr, node.warnings));
    problems->setData(words, Qt::ToolTipRole);
    problems->setData(words, Qt::AccessibleTextRole);
}

QModelIndex TopologyModel::indexOfPath(const QString &path) const
{
    return m_indexByPath.value(path);
}

} // namespace lyncdns
