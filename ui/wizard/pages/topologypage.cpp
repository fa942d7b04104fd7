#include "ui/wizard/pages/topologypage.h"

#include "model/plan/estaterolelabels.h"
#include "model/plan/plandocument.h"
#include "model/plan/planpaths.h"
#include "model/rules/where.h"
#include "ui/widgets/readablecolours.h"
#include "ui/widgets/serverstable.h"
#include "ui/wizard/topologymodel.h"
#include "ui/wizard/topologynamedelegate.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace lyncdns {

namespace {

// Up to this many central sites the tree opens with every site and role expanded; a larger estate
// opens collapsed, one row per site, with each site's problem count.
constexpr qsizetype kExpandedSites = 5;
// Problems listed in the details pane; the rest are counted.
constexpr qsizetype kShownProblems = 6;

const char *const kBranchKeys[] = {"name", "centralSite", "survivableBranches"};

QString branchFieldPath(qsizetype branch, const char *key)
{
    return branchSitePath(branch) + QLatin1Char('.') + QLatin1String(key);
}

bool isUnder(const QString &path, const QString &prefix)
{
    return path == prefix || path.startsWith(prefix + QLatin1Char('.')) ||
           path.startsWith(prefix + QLatin1Char('['));
}

// "sites[1].edgePools[0]" → "sites[1]": the row above a path's last object; empty at the top.
QString parentPath(const QString &path)
{
    const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
    return cut > 0 ? path.left(cut) : QString();
}

// Rows of kind below index (servers of a site, appliances of a branch), for the removal question.
int countRows(const QModelIndex &index, TopologyModel::Kind kind)
{
    int count = 0;
    const QAbstractItemModel *model = index.model();
    for (int r = 0; model && r < model->rowCount(index); ++r) {
        const QModelIndex child = model->index(r, TopologyModel::NameColumn, index);
        count += (child.data(TopologyModel::KindRole).toInt() == kind ? 1 : 0) + countRows(child, kind);
    }
    return count;
}

} // namespace

TopologyPage::TopologyPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Sites and pools"),
               tr("The estate at a glance: each central site with its pools, and the branch sites with "
                  "their Survivable Branch appliances. Add, duplicate, rename and remove them here; open a "
                  "pool to edit its servers and addresses."),
               parent)
{
    m_model = new TopologyModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("topologyTree"));
    m_tree->setModel(m_model);
    auto *names = new TopologyNameDelegate(m_tree);
    m_tree->setItemDelegateForColumn(TopologyModel::NameColumn, names);
    // F2 (the Rename action) edits a name; a double click opens the pool instead.
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false);
    // Names elide rather than scroll sideways: the page fits 700 pixels.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TopologyModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(TopologyModel::ProblemsColumn, QHeaderView::ResizeToContents);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setAccessibleName(tr("Sites and pools"));
    m_tree->setAccessibleDescription(tr("Central sites, their pools and servers, then the branch sites. "
                                        "Enter opens a pool on its page."));
    auto *treeLabel = new QLabel(tr("Si&tes and pools:"), this);
    treeLabel->setBuddy(m_tree);

    // The actions: buttons, the tree's context menu and its keys all trigger these.
    const auto action = [this](const QString &text, const QKeySequence &key) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            // Only in the tree: Delete and Insert keep their meaning in the branch fields.
            a->setShortcutContext(Qt::WidgetShortcut);
            m_tree->addAction(a);
        }
        return a;
    };
    m_addSiteAction = action(tr("Add central site"), {});
    m_addBranchAction = action(tr("Add branch site"), {});
    m_addAction = action(tr("Add"), QKeySequence(Qt::Key_Insert));
    m_duplicateAction = action(tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_renameAction = action(tr("Rename"), QKeySequence(Qt::Key_F2));
    m_removeAction = action(tr("Remove"), QKeySequence::Delete);
    //: The menu of roles a new element of the selected site can have.
    m_poolMenu = new QMenu(tr("Add pool"), this);
    m_poolMenu->setObjectName(QStringLiteral("addPoolMenu"));
    for (const EstateRole role : kEstateRoles) {
        QAction *a = m_poolMenu->addAction(TopologyModel::roleElementLabel(role));
        a->setData(int(role));
        connect(a, &QAction::triggered, this, [this, role] { addPool(role); });
        m_poolActions << a;
    }
    connect(m_addSiteAction, &QAction::triggered, this, &TopologyPage::addSite);
    connect(m_addBranchAction, &QAction::triggered, this, &TopologyPage::addBranch);
    connect(m_addAction, &QAction::triggered, this, &TopologyPage::addForSelection);
    connect(m_duplicateAction, &QAction::triggered, this, &TopologyPage::duplicateSelected);
    connect(m_renameAction, &QAction::triggered, this, &TopologyPage::renameSelected);
    connect(m_removeAction, &QAction::triggered, this, &TopologyPage::removeSelected);

    const auto button = [this](const QString &text, const QString &name, QAction *triggers) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        if (triggers) {
            b->setToolTip(triggers->shortcut().isEmpty()
                              ? triggers->text()
                              //: A button's tooltip: %1 what it does, %2 its key in the tree.
                              : tr("%1 (%2)").arg(triggers->text(),
                                                  triggers->shortcut().toString(QKeySequence::NativeText)));
            connect(b, &QPushButton::clicked, triggers, &QAction::trigger);
        }
        return b;
    };
    m_addSiteButton = button(tr("Add &site"), QStringLiteral("addSite"), m_addSiteAction);
    m_addPoolButton = button(tr("Add p&ool"), QStringLiteral("addPool"), nullptr);
    m_addPoolButton->setMenu(m_poolMenu);
    m_addPoolButton->setToolTip(
        tr("Adds a pool of the chosen role to the selected site (Insert in the tree)"));
    m_addBranchButton = button(tr("Add bran&ch site"), QStringLiteral("addBranch"), m_addBranchAction);
    m_duplicateButton = button(tr("&Duplicate"), QStringLiteral("duplicate"), m_duplicateAction);
    m_renameButton = button(tr("Rena&me"), QStringLiteral("rename"), m_renameAction);
    m_removeButton = button(tr("Remo&ve"), QStringLiteral("remove"), m_removeAction);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_addSiteButton, 0, 0);
    buttons->addWidget(m_addPoolButton, 0, 1);
    buttons->addWidget(m_addBranchButton, 1, 0);
    buttons->addWidget(m_duplicateButton, 1, 1);
    buttons->addWidget(m_renameButton, 2, 0);
    buttons->addWidget(m_removeButton, 2, 1);

    auto *keysHelp = new QLabel(tr("Keys in the tree: Insert adds, Ctrl+D duplicates, F2 renames, Delete "
                                   "removes, Enter opens a pool."),
                                this);
    keysHelp->setWordWrap(true);
    QPalette helpPalette = keysHelp->palette();
    helpPalette.setColor(QPalette::WindowText, secondaryTextColour(helpPalette));
    keysHelp->setPalette(helpPalette);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("topologyNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setAccessibleName(tr("Result of the last edit"));
    m_notice->hide();

    auto *left = new QVBoxLayout;
    left->addWidget(treeLabel);
    left->addWidget(m_tree, 1);
    left->addLayout(buttons);
    left->addWidget(m_notice);
    left->addWidget(keysHelp);

    // The details of the selected row: words for sites and pools, fields for a branch site. One of
    // the two is shown at a time; not a QStackedWidget, which sizes its pages without their wrapped
    // labels' height for the width and so cut the problems text in half.
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("topologyDetails"));
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *info = new QWidget(m_details);
    m_detailsInfo = info;
    auto *infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsTitle = new QLabel(info);
    m_detailsTitle->setObjectName(QStringLiteral("detailsTitle"));
    m_detailsTitle->setWordWrap(true);
    m_detailsTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_detailsTitle->font();
    bold.setBold(true);
    m_detailsTitle->setFont(bold);
    m_detailsText = new QLabel(info);
    m_detailsText->setObjectName(QStringLiteral("detailsText"));
    m_detailsText->setWordWrap(true);
    m_detailsText->setTextFormat(Qt::PlainText);
    m_detailsProblems = new QLabel(info);
    m_detailsProblems->setObjectName(QStringLiteral("detailsProblems"));
    m_detailsProblems->setWordWrap(true);
    m_detailsProblems->setTextFormat(Qt::PlainText);
    m_detailsProblems->setAccessibleName(tr("Problems of the selected element"));
    m_editButton = new QPushButton(tr("&Edit this pool"), info);
    m_editButton->setObjectName(QStringLiteral("editPool"));
    connect(m_editButton, &QPushButton::clicked, this, [this] { activate(m_tree->currentIndex()); });
    // The space below the words stays empty (the stretch below takes it). No size policy of their
    // own: a wrapped label's policy carries its height for its width, and a policy set here without
    // it cut the problems in half.
    infoLayout->addWidget(m_detailsTitle);
    infoLayout->addWidget(m_detailsText);
    infoLayout->addWidget(m_detailsProblems);
    infoLayout->addWidget(m_editButton, 0, Qt::AlignLeft);
    infoLayout->addStretch(1);

    auto *branch = new QWidget(m_details);
    auto *branchForm = new QFormLayout(branch);
    branchForm->setContentsMargins(0, 0, 0, 0);
    // Labels above their fields: a narrow pane, and long German labels.
    branchForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_branchName = new QLineEdit(branch);
    m_branchName->setObjectName(QStringLiteral("branchSites.name"));
    m_branchName->setAccessibleName(tr("Branch site name"));
    m_branchName->setPlaceholderText(tr("e.g. Bellevue"));
    auto *nameLabel = new QLabel(tr("Branch s&ite name:"), branch);
    nameLabel->setBuddy(m_branchName);
    m_centralSite = new QComboBox(branch);
    m_centralSite->setObjectName(QStringLiteral("branchSites.centralSite"));
    m_centralSite->setAccessibleName(tr("Central site of the branch site"));
    m_centralSite->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_centralSite->setMinimumContentsLength(12);
    auto *centralLabel = new QLabel(tr("Centra&l site:"), branch);
    centralLabel->setBuddy(m_centralSite);
    m_appliances = new ServersTable(branch);
    m_appliances->setObjectName(QStringLiteral("branchSites.survivableBranches"));
    m_appliances->table()->setAccessibleName(tr("Survivable Branch appliances"));
    auto *appliancesLabel = new QLabel(tr("Survivable Branc&h appliances:"), branch);
    appliancesLabel->setBuddy(m_appliances->table());
    branchForm->addRow(nameLabel, m_branchName);
    branchForm->addRow(centralLabel, m_centralSite);
    branchForm->addRow(appliancesLabel, m_appliances);
    detailsLayout->addWidget(info);
    detailsLayout->addWidget(branch);
    m_detailsBranch = branch;
    branch->hide();

    // The details below the tree, not beside it: beside the preview the page is about 470 px wide
    // at 1280×800, too narrow for two columns without scrolling sideways.
    contentLayout()->addLayout(left, 3);
    contentLayout()->addWidget(m_details, 2);

    setTabOrder(m_tree, m_addSiteButton);
    setTabOrder(m_addSiteButton, m_addPoolButton);
    setTabOrder(m_addPoolButton, m_addBranchButton);
    setTabOrder(m_addBranchButton, m_duplicateButton);
    setTabOrder(m_duplicateButton, m_renameButton);
    setTabOrder(m_renameButton, m_removeButton);
    setTabOrder(m_removeButton, m_editButton);
    setTabOrder(m_editButton, m_branchName);
    setTabOrder(m_branchName, m_centralSite);
    setTabOrder(m_centralSite, m_appliances->table());

    // Findings about branch sites not shown in the pane frame the tree, where their row is.
    registerPathField(QStringLiteral("branchSites"), m_tree);

    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_addSiteAction);
        menu.addMenu(m_poolMenu);
        menu.addAction(m_addBranchAction);
        menu.addSeparator();
        menu.addAction(m_duplicateAction);
        menu.addAction(m_renameAction);
        menu.addAction(m_removeAction);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_tree, &QAbstractItemView::activated, this, &TopologyPage::activate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (m_rebuilding)
            return; // refreshTree() updates once the rows are back
        updateActions();
        updateDetails();
    });
    connect(names, &TopologyNameDelegate::renameRequested, this, &TopologyPage::rename);

    connect(m_branchName, &QLineEdit::textEdited, this, [this](const QString &text) {
        const qsizetype b = m_shownBranch;
        const QString name = text.trimmed();
        Plan trial = this->document()->plan();
        if (!renameBranchSite(trial, b, name)) {
            //: %1 is the name the branch site keeps in the plan.
            say(tr("A branch site needs a name no other branch site has; the plan keeps \"%1\".")
                    .arg(b >= 0 && b < trial.branchSites.size() ? trial.branchSites.at(b).name : QString()));
            return;
        }
        say(QString());
        m_editingBranch = true;
        change([&](Plan &p) { renameBranchSite(p, b, name); });
        m_editingBranch = false;
    });
    connect(m_centralSite, &QComboBox::activated, this, [this](int item) {
        const qsizetype b = m_shownBranch;
        const QString site = m_centralSite->itemData(item).toString();
        if (b < 0 || site.isEmpty())
            return;
        m_editingBranch = true;
        change([&](Plan &p) {
            if (b < p.branchSites.size())
                p.branchSites[b].centralSite = site;
        });
        m_editingBranch = false;
    });
    connect(m_appliances, &ServersTable::serversChanged, this, [this] {
        const qsizetype b = m_shownBranch;
        const QList<Server> appliances = m_appliances->servers();
        m_editingBranch = true;
        change([&](Plan &p) {
            if (b >= 0 && b < p.branchSites.size())
                p.branchSites[b].survivableBranches = appliances;
        });
        m_editingBranch = false;
    });

    connect(document, &PlanDocument::changed, this, [this] { refreshTree(); });
    // After PlanPage's own handler has run loadFromPlan(): a different plan opens as a new one does.
    connect(document, &PlanDocument::reloaded, this, &TopologyPage::applyDefaultExpansion);

    loadFromPlan();
    applyDefaultExpansion();
}

TopologyPage::~TopologyPage()
{
    // An editor still open commits when QWidget's destructor takes its focus away: no rename then.
    // The same for a cell editor of the appliances: PlanPage is half gone and must not hear of it.
    // (Not the document: in the main window it is gone before the editor's pages are.)
    for (QObject *source : std::initializer_list<QObject *>{
             m_tree->itemDelegateForColumn(TopologyModel::NameColumn), m_tree->selectionModel(), m_branchName,
             m_centralSite, m_appliances})
        if (source)
            source->disconnect(this);
}

void TopologyPage::loadFromPlan()
{
    m_dirty = true;
    refreshTree();
}

QStringList TopologyPage::pathPrefixes() const
{
    QStringList prefixes;
    const Plan &plan = document()->plan();
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        prefixes << sitePath(s) + QStringLiteral(".name");
    prefixes << QStringLiteral("branchSites");
    return prefixes;
}

QString TopologyPage::currentPath() const
{
    return m_tree->currentIndex().data(TopologyModel::PathRole).toString();
}

bool TopologyPage::selectPath(const QString &path)
{
    static const QRegularExpression lastIndex(QStringLiteral("\\[(\\d+)\\]$"));
    for (QString p = path; !p.isEmpty(); p = parentPath(p)) {
        QModelIndex index = m_model->indexOfPath(p);
        // A removed last element: the one above it takes the selection.
        const QRegularExpressionMatch m = lastIndex.match(p);
        for (int i = m.hasMatch() ? m.captured(1).toInt() - 1 : -1; !index.isValid() && i >= 0; --i)
            index = m_model->indexOfPath(p.left(m.capturedStart()) + QStringLiteral("[%1]").arg(i));
        if (!index.isValid())
            continue;
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
        return true;
    }
    return false;
}

TopologyPage::Selection TopologyPage::selection() const
{
    Selection sel;
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(TopologyModel::NameColumn);
    if (!index.isValid())
        return sel;
    sel.kind = index.data(TopologyModel::KindRole).toInt();
    sel.site = index.data(TopologyModel::SiteRole).toLongLong();
    sel.role = EstateRole(std::max(0, index.data(TopologyModel::EstateRoleRole).toInt()));
    sel.index = index.data(TopologyModel::IndexRole).toLongLong();
    switch (sel.kind) {
    case TopologyModel::ServerNode:
        // A server row stands for its element in the actions and the details.
        sel.index = index.parent().data(TopologyModel::IndexRole).toLongLong();
        break;
    case TopologyModel::BranchNode:
        sel.branch = sel.index;
        break;
    case TopologyModel::ApplianceNode:
        sel.branch = index.parent().data(TopologyModel::IndexRole).toLongLong();
        break;
    default:
        break;
    }
    return sel;
}

void TopologyPage::showEvent(QShowEvent *event)
{
    PlanPage::showEvent(event);
    if (m_dirty)
        refreshTree();
}

void TopologyPage::refreshTree()
{
    // A hidden page only notes the change: typing on another page must not cost a tree per key.
    if (!isVisible() && !m_dirty && m_model->rowCount() > 0) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    const Plan &plan = document()->plan();
    const QList<TopologyModel::Node> nodes = TopologyModel::describe(plan, document()->findings());
    if (m_model->hasShape(nodes)) {
        m_model->update(nodes);
    } else {
        // A new shape: rebuilt, with the rows that were open and selected open and selected again.
        QString current = currentPath();
        QStringList expanded;
        const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
            for (int r = 0; r < m_model->rowCount(parent); ++r) {
                const QModelIndex row = m_model->index(r, TopologyModel::NameColumn, parent);
                if (m_tree->isExpanded(row)) {
                    expanded << row.data(TopologyModel::PathRole).toString();
                    collect(row);
                }
            }
        };
        collect(QModelIndex());
        const int scroll = m_tree->verticalScrollBar()->value();
        m_rebuilding = true;
        m_model->update(nodes);
        for (const QString &path : std::as_const(expanded))
            if (const QModelIndex row = m_model->indexOfPath(path); row.isValid())
                m_tree->setExpanded(row, true);
        m_tree->verticalScrollBar()->setValue(scroll);
        if (m_pendingSelect.isEmpty())
            selectPath(current);
        m_rebuilding = false;
    }
    if (!m_pendingSelect.isEmpty())
        selectPath(m_pendingSelect);
    m_pendingSelect.clear();
    // Site names are renamed in the tree: their findings frame it.
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        registerPathField(sitePath(s) + QStringLiteral(".name"), m_tree);
    updateActions();
    updateDetails();
}

void TopologyPage::applyDefaultExpansion()
{
    const Plan &plan = document()->plan();
    m_tree->collapseAll();
    if (plan.sites.size() <= kExpandedSites) {
        for (qsizetype s = 0; s < plan.sites.size(); ++s) {
            const QModelIndex site = m_model->indexOfPath(sitePath(s));
            m_tree->expand(site);
            for (int r = 0; r < m_model->rowCount(site); ++r)
                m_tree->expand(m_model->index(r, TopologyModel::NameColumn, site));
        }
    }
    m_tree->expand(m_model->indexOfPath(QStringLiteral("branchSites")));
    selectPath(plan.sites.isEmpty() ? QStringLiteral("branchSites") : sitePath(0));
    m_tree->scrollToTop();
}

void TopologyPage::updateActions()
{
    const Selection sel = selection();
    const bool inSite = sel.site >= 0;
    const bool element = sel.kind == TopologyModel::ElementNode;
    m_addPoolButton->setEnabled(inSite);
    m_poolMenu->setEnabled(inSite);
    const bool noChat = hasSfb2019Roles(document()->plan().product);
    for (QAction *a : std::as_const(m_poolActions))
        a->setEnabled(inSite && !(noChat && EstateRole(a->data().toInt()) == EstateRole::PersistentChat));
    m_duplicateAction->setEnabled(sel.kind == TopologyModel::SiteNode || element);
    m_renameAction->setEnabled(sel.kind == TopologyModel::SiteNode || element ||
                               sel.kind == TopologyModel::BranchNode);
    m_removeAction->setEnabled(m_renameAction->isEnabled());
    m_duplicateButton->setEnabled(m_duplicateAction->isEnabled());
    m_renameButton->setEnabled(m_renameAction->isEnabled());
    m_removeButton->setEnabled(m_removeAction->isEnabled());
}

void TopologyPage::updateDetails()
{
    const Selection sel = selection();
    if (sel.branch >= 0) {
        showBranch(sel.branch);
        return;
    }
    showBranch(-1);
    m_detailsBranch->hide();
    m_detailsInfo->show();
    const Plan &plan = document()->plan();
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(TopologyModel::NameColumn);
    QString title, text, path;
    m_editButton->setVisible(false);
    switch (sel.kind) {
    case TopologyModel::SiteNode: {
        const QString name = index.data(Qt::DisplayRole).toString();
        //: Details pane title; %1 is the site's name.
        title = tr("Central site %1").arg(name);
        int elements = 0;
        for (const EstateRole role : kEstateRoles)
            elements += int(estateRoleCount(plan, sel.site, role));
        QStringList branches;
        for (const BranchSite &b : plan.branchSites)
            if (!b.centralSite.isEmpty() &&
                b.centralSite.compare(plan.sites.at(sel.site).name, Qt::CaseInsensitive) == 0)
                branches << b.name;
        //: Details of a site: %1 "3 pool(s)", %2 "8 server(s)".
        text = tr("%1 with %2.")
                   .arg(tr("%n pool(s)", nullptr, elements),
                        tr("%n server(s)", nullptr, countRows(index, TopologyModel::ServerNode)));
        if (!branches.isEmpty())
            //: %1 is a list of branch site names.
            text += QLatin1Char('\n') + tr("Branch sites: %1").arg(branches.join(QStringLiteral(", ")));
        path = sitePath(sel.site);
        break;
    }
    case TopologyModel::RoleNode:
        //: Details pane title: %1 a role ("Edge pools"), %2 the site's name.
        title = tr("%1 of %2").arg(TopologyModel::roleHeading(sel.role), plan.sites.at(sel.site).name);
        text = tr("Add pool adds another; select one to see its details.");
        path = index.data(TopologyModel::PathRole).toString();
        break;
    case TopologyModel::ElementNode:
    case TopologyModel::ServerNode: {
        const QModelIndex element = sel.kind == TopologyModel::ServerNode ? index.parent() : index;
        const QString name = estateElementName(plan, sel.site, sel.role, sel.index);
        //: Details pane title: %1 the kind of element ("Front End pool"), %2 its name.
        title = tr("%1 %2").arg(TopologyModel::roleElementLabel(sel.role),
                                name.isEmpty() ? TopologyModel::noNameText() : name);
        //: Details of an element: %1 its site's name, %2 "3 server(s)".
        text = tr("Site: %1\n%2")
                   .arg(plan.sites.at(sel.site).name,
                        tr("%n server(s)", nullptr, countRows(element, TopologyModel::ServerNode)));
        path = sitePath(sel.site, estateRoleList(sel.role), sel.index);
        m_editButton->setVisible(true);
        break;
    }
    case TopologyModel::BranchesNode:
        title = tr("Branch sites");
        text = tr("%n branch site(s). Add branch site adds one; select one to edit its name, central site "
                  "and Survivable Branch appliances here.",
                  nullptr, plan.branchSites.size());
        path = QStringLiteral("branchSites");
        break;
    default:
        title = tr("Nothing selected");
        text = tr("Select a site, a pool or a branch site.");
        break;
    }
    m_detailsTitle->setText(title);
    m_detailsText->setText(text);

    // The problems in words: where each is and what it says, errors first.
    QStringList errors, warnings;
    for (const Finding &f : document()->findings()) {
        if (path.isEmpty() || f.severity == Severity::Info || !isUnder(f.path, path))
            continue;
        //: A problem in the details pane: %1 where it is in words, %2 the validator's message.
        const QString line = tr("%1: %2").arg(planPathInWords(plan, f.path), f.message);
        (f.severity == Severity::Error ? errors : warnings) << line;
    }
    QStringList lines;
    for (const QString &e : std::as_const(errors))
        //: A problem line of the details pane; %1 is where and what.
        lines << tr("Error: %1").arg(e);
    for (const QString &w : std::as_const(warnings))
        //: A problem line of the details pane; %1 is where and what.
        lines << tr("Warning: %1").arg(w);
    const qsizetype more = lines.size() - kShownProblems;
    if (more > 0) {
        lines = lines.mid(0, kShownProblems);
        lines << tr("… and %n more.", nullptr, more);
    }
    m_detailsProblems->setText(path.isEmpty()    ? QString()
                               : lines.isEmpty() ? tr("No problems.")
                                                 : lines.join(QLatin1Char('\n')));
}

void TopologyPage::showBranch(qsizetype branch)
{
    if (branch >= 0) {
        m_detailsInfo->hide();
        m_detailsBranch->show();
    }
    bindBranchFields(branch);
    if (branch >= 0 && (branch != m_shownBranch || !m_editingBranch))
        fillBranchFields(branch);
    m_shownBranch = branch;
}

void TopologyPage::bindBranchFields(qsizetype branch)
{
    if (branch == m_boundBranch)
        return;
    // registerPathField() only adds: the old branch's paths go back to the tree, so its findings
    // never frame fields that now show another branch site.
    if (m_boundBranch >= 0)
        for (const char *key : kBranchKeys)
            registerPathField(branchFieldPath(m_boundBranch, key), m_tree);
    if (branch >= 0) {
        registerPathField(branchFieldPath(branch, "name"), m_branchName);
        registerPathField(branchFieldPath(branch, "centralSite"), m_centralSite);
        registerPathField(branchFieldPath(branch, "survivableBranches"), m_appliances->table());
    }
    m_boundBranch = branch;
    refreshFindings();
}

void TopologyPage::fillBranchFields(qsizetype branch)
{
    const Plan &plan = document()->plan();
    const BranchSite none;
    const BranchSite &b =
        branch >= 0 && branch < plan.branchSites.size() ? plan.branchSites.at(branch) : none;
    const QSignalBlocker blockName(m_branchName);
    const QSignalBlocker blockSite(m_centralSite);
    const QSignalBlocker blockAppliances(m_appliances);
    if (m_branchName->text() != b.name)
        m_branchName->setText(b.name);
    m_centralSite->clear();
    for (const Site &site : plan.sites)
        m_centralSite->addItem(site.name, site.name);
    int current = m_centralSite->findData(b.centralSite, Qt::UserRole, Qt::MatchFixedString);
    if (current < 0) {
        // Shown as it is, never replaced by a guess: the validator says what is wrong with it.
        m_centralSite->insertItem(0,
                                  b.centralSite.isEmpty()
                                      ? tr("(choose a central site)")
                                      //: A branch site's central site that names no site of the plan.
                                      : tr("%1 (no such site)").arg(b.centralSite),
                                  QString());
        current = 0;
    }
    m_centralSite->setCurrentIndex(current);
    m_appliances->setIpv6Visible(plan.dns.ipv6);
    if (m_appliances->servers() != b.survivableBranches) {
        m_appliances->setServers(b.survivableBranches);
        refreshFindings(); // a refilled table lost its cell marks
    }
}

void TopologyPage::say(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void TopologyPage::edit(const std::function<void(Plan &)> &apply, const QString &selectPath)
{
    say(QString());
    m_pendingSelect = selectPath;
    change(apply);
    m_pendingSelect.clear();
}

void TopologyPage::addSite()
{
    const qsizetype next = document()->plan().sites.size();
    edit([](Plan &p) { lyncdns::addSite(p); }, sitePath(next));
    m_tree->setFocus(Qt::OtherFocusReason);
}

void TopologyPage::addPool(EstateRole role)
{
    const Selection sel = selection();
    if (sel.site < 0)
        return;
    const qsizetype next = estateRoleCount(document()->plan(), sel.site, role);
    edit([&](Plan &p) { addElement(p, sel.site, role); }, sitePath(sel.site, estateRoleList(role), next));
    m_tree->setFocus(Qt::OtherFocusReason);
}

void TopologyPage::addBranch()
{
    const qsizetype next = document()->plan().branchSites.size();
    edit([](Plan &p) { addBranchSite(p); }, branchSitePath(next));
    // A new branch site is named next: its name field, ready to type over.
    m_branchName->setFocus(Qt::OtherFocusReason);
    m_branchName->selectAll();
}

void TopologyPage::addForSelection()
{
    const Selection sel = selection();
    switch (sel.kind) {
    case TopologyModel::RoleNode:
    case TopologyModel::ElementNode:
    case TopologyModel::ServerNode:
        addPool(sel.role);
        break;
    case TopologyModel::SiteNode:
        // Which role is the admin's choice: the menu opens at the site's row.
        m_poolMenu->popup(
            m_tree->viewport()->mapToGlobal(m_tree->visualRect(m_tree->currentIndex()).bottomLeft()));
        break;
    case TopologyModel::BranchesNode:
    case TopologyModel::BranchNode:
    case TopologyModel::ApplianceNode:
        addBranch();
        break;
    default:
        addSite();
        break;
    }
}

void TopologyPage::duplicateSelected()
{
    const Selection sel = selection();
    const Plan &plan = document()->plan();
    if (sel.kind == TopologyModel::SiteNode)
        edit([&](Plan &p) { duplicateSite(p, sel.site); }, sitePath(plan.sites.size()));
    else if (sel.kind == TopologyModel::ElementNode)
        edit([&](Plan &p) { duplicateElement(p, sel.site, sel.role, sel.index); },
             sitePath(sel.site, estateRoleList(sel.role), sel.index + 1));
}

void TopologyPage::renameSelected()
{
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(TopologyModel::NameColumn);
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEditable))
        return;
    m_tree->setFocus(Qt::OtherFocusReason);
    m_tree->edit(index);
}

void TopologyPage::rename(const QString &path, const QString &name)
{
    const QModelIndex index = m_model->indexOfPath(path);
    if (!index.isValid())
        return;
    const int kind = index.data(TopologyModel::KindRole).toInt();
    const qsizetype site = index.data(TopologyModel::SiteRole).toLongLong();
    const qsizetype item = index.data(TopologyModel::IndexRole).toLongLong();
    const auto role = EstateRole(std::max(0, index.data(TopologyModel::EstateRoleRole).toInt()));
    const auto apply = [=](Plan &p) {
        switch (kind) {
        case TopologyModel::SiteNode:
            return renameSite(p, site, name);
        case TopologyModel::ElementNode:
            return renameElement(p, site, role, item, name);
        case TopologyModel::BranchNode:
            return renameBranchSite(p, item, name);
        default:
            return false;
        }
    };
    // Tried on a copy first: a refused name leaves the plan, and its modified flag, alone.
    Plan trial = document()->plan();
    if (!apply(trial)) {
        //: %1 is the name typed.
        say(name.isEmpty()
                ? tr("A name cannot be empty; nothing was renamed.")
                : tr("\"%1\" is taken by another one of its kind; nothing was renamed.").arg(name));
        return;
    }
    edit([&](Plan &p) { apply(p); }, path);
    if (kind == TopologyModel::BranchNode && item == m_shownBranch)
        fillBranchFields(item);
}

void TopologyPage::removeSelected()
{
    const Selection sel = selection();
    const Plan &plan = document()->plan();
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(TopologyModel::NameColumn);
    const QString name = index.data(Qt::DisplayRole).toString();
    QString question;
    std::function<void(Plan &)> remove;
    switch (sel.kind) {
    case TopologyModel::SiteNode: {
        int elements = 0;
        for (const EstateRole role : kEstateRoles)
            elements += int(estateRoleCount(plan, sel.site, role));
        int branches = 0;
        for (const BranchSite &b : plan.branchSites)
            branches += !b.centralSite.isEmpty() &&
                        b.centralSite.compare(plan.sites.at(sel.site).name, Qt::CaseInsensitive) == 0;
        //: %1 the site's name, %2 "3 pool(s)", %3 "8 server(s)".
        question = tr("Remove the central site \"%1\" with its %2 and %3?")
                       .arg(name, tr("%n pool(s)", nullptr, elements),
                            tr("%n server(s)", nullptr, countRows(index, TopologyModel::ServerNode)));
        if (branches > 0)
            question += QLatin1Char('\n') +
                        tr("%n branch site(s) of this site will have no central site until you choose one.",
                           nullptr, branches);
        remove = [site = sel.site](Plan &p) { removeSite(p, site); };
        break;
    }
    case TopologyModel::ElementNode: {
        const int servers = countRows(index, TopologyModel::ServerNode);
        const QString what = TopologyModel::roleElementLabel(sel.role);
        question = servers > 0
                       //: %1 the kind ("Front End pool"), %2 its name, %3 "3 server(s)".
                       ? tr("Remove the %1 \"%2\" with its %3?")
                             .arg(what, name, tr("%n server(s)", nullptr, servers))
                       //: %1 the kind ("Reverse proxy"), %2 its name.
                       : tr("Remove the %1 \"%2\"?").arg(what, name);
        question += QLatin1Char('\n') + tr("Settings that name it go back to their defaults.");
        remove = [site = sel.site, role = sel.role, i = sel.index](Plan &p) {
            removeElement(p, site, role, i);
        };
        break;
    }
    case TopologyModel::BranchNode:
        //: %1 the branch site's name, %2 "1 Survivable Branch appliance(s)".
        question = tr("Remove the branch site \"%1\" with its %2?")
                       .arg(name, tr("%n Survivable Branch appliance(s)", nullptr,
                                     countRows(index, TopologyModel::ApplianceNode)));
        remove = [b = sel.branch](Plan &p) { removeBranchSite(p, b); };
        break;
    default:
        return;
    }
    m_lastRemovalQuestion = question;
    if (m_confirmRemovals &&
        QMessageBox::question(this, tr("Remove"), question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    // The row that takes its place is selected (the next one, else the one above it).
    edit(remove, currentPath());
    m_tree->setFocus(Qt::OtherFocusReason);
}

void TopologyPage::activate(const QModelIndex &activated)
{
    const QModelIndex index = activated.siblingAtColumn(TopologyModel::NameColumn);
    const int kind = index.data(TopologyModel::KindRole).toInt();
    if (!index.isValid())
        return;
    if (kind == TopologyModel::ElementNode || kind == TopologyModel::ServerNode) {
        const QModelIndex element = kind == TopologyModel::ServerNode ? index.parent() : index;
        emit editRequested(EstateRole(element.data(TopologyModel::EstateRoleRole).toInt()),
                           element.data(TopologyModel::SiteRole).toLongLong(),
                           element.data(TopologyModel::IndexRole).toLongLong());
    } else if (kind == TopologyModel::BranchNode || kind == TopologyModel::ApplianceNode) {
        m_branchName->setFocus(Qt::OtherFocusReason);
    } else {
        m_tree->setExpanded(index, !m_tree->isExpanded(index));
    }
}

} // namespace lyncdns
