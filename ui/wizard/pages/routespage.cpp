#include "ui/wizard/pages/routespage.h"

#include "model/plan/estate.h"
#include "model/plan/plandocument.h"
#include "model/planner/planner.h"
#include "model/rules/keywords.h"
#include "ui/widgets/orderedchoicelist.h"
#include "ui/widgets/readablecolours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lyncdns {

namespace {

// SRV priorities are 16-bit (RFC 2782).
constexpr int kMaxSrvPriority = 65535;

// Columns of the Edge routes grid. Each pool's name has a row of its own above its fields (spanning
// every column): an FQDN beside four fields does not fit the page beside the preview at 1280x800.
enum EdgeColumn
{
    kPriorityColumn,
    kFederationColumn,
    kXmppColumn,
    kXmppPriorityColumn,
    kColumnCount
};

// Help below a field: quieter than the fields, still 4.5:1 on the page (readablecolours.h).
QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // From the active colours, for the active and inactive window only: help inside an unticked group
    // (GeoDNS) is created disabled and must still read as help once ticked, and look disabled until then.
    QPalette palette = label->palette();
    palette.setCurrentColorGroup(QPalette::Active);
    const QColor quiet = secondaryTextColour(palette);
    palette.setColor(QPalette::Active, QPalette::WindowText, quiet);
    palette.setColor(QPalette::Inactive, QPalette::WindowText, quiet);
    label->setPalette(palette);
    return label;
}

// A form that wraps its labels above long fields rather than growing sideways (German labels).
QFormLayout *wrappingForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

// The pool a "pool" combo says: empty for its first item, the default.
QString poolValue(const QComboBox *combo)
{
    const QString text = combo->currentText();
    return combo->count() > 0 && text == combo->itemText(0) ? QString() : text.trimmed();
}

QComboBox *poolCombo(const QString &path, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(path);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    // As wide as an FQDN needs, not as wide as the longest item: the page is about 700 px wide.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(20);
    combo->setAccessibleName(accessibleName);
    return combo;
}

} // namespace

RoutesPage::RoutesPage(PlanDocument *document, QWidget *parent)
    : PlanPage(
          document, tr("Sign-in and routes"),
          tr("Which pool clients sign in to and which pools back it up, how remote users reach your Edge "
             "pools and which of them carry federation and XMPP, and whether GeoDNS spreads the web "
             "names over paired pools. A setting left at its default follows the pools of the plan."),
          parent)
{
    auto *body = new QWidget(this);
    body->setObjectName(QStringLiteral("routesBody"));
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    buildSignIn(body);
    buildEdgeRoutes(body);
    buildGeoDns(body);
    bodyLayout->addStretch(1);

    // No scroll area of its own: the editor scrolls every page down, never sideways, and measures
    // that the page fits its width.
    contentLayout()->addWidget(body);

    connect(document, &PlanDocument::changed, this, &RoutesPage::syncFromPlan);
    // A different plan does not inherit the GeoDNS settings the previous one kept unticked.
    connect(document, &PlanDocument::reloaded, this, [this] {
        if (this->document()->plan().geoDns)
            return;
        const QSignalBlocker blockZone(m_geoZone);
        const QSignalBlocker blockMode(m_geoMode);
        m_geoZone->clear();
        m_geoMode->setCurrentIndex(0);
        m_geoPools->setChoices({}, {});
        syncFromPlan();
    });
    // Usable without a wizard around it: filled at once, as on entering the page.
    reloadFromPlan();
}

void RoutesPage::buildSignIn(QWidget *body)
{
    auto *group = new QGroupBox(tr("Sign-in"), body);
    body->layout()->addWidget(group);
    QFormLayout *form = wrappingForm(group);

    m_signInPool = poolCombo(QStringLiteral("signIn.pool"), tr("Sign-in pool"), group);
    auto *signInLabel = new QLabel(tr("Sign-in &pool:"), group);
    signInLabel->setBuddy(m_signInPool);
    form->addRow(signInLabel, m_signInPool);
    form->addRow(
        helpLabel(tr("Clients find it through _sipinternaltls._tcp (priority 0): a Director or Front "
                     "End pool of any site."),
                  group));

    m_backupPools = new OrderedChoiceList(tr("Move &up"), tr("Move &down"), group);
    m_backupPools->list()->setObjectName(QStringLiteral("signIn.backupPools"));
    m_backupPools->list()->setAccessibleName(tr("Backup sign-in pools"));
    m_backupPools->setLabeler([](const QString &name, int position) -> QString {
        //: A backup sign-in pool: %1 its FQDN, %2 the priority of its _sipinternaltls record.
        return position < 0 ? name : tr("%1 (priority %2)").arg(name).arg((position + 1) * 10);
    });
    auto *backupLabel = new QLabel(tr("Bac&kup pools:"), group);
    backupLabel->setBuddy(m_backupPools->list());
    form->addRow(backupLabel, m_backupPools);
    form->addRow(helpLabel(tr("Each ticked pool gets one more _sipinternaltls record, priority 10, 20, … in "
                              "the order shown."),
                           group));

    m_srvTarget = new QGroupBox(tr("Target of the sign-in SRV records"), group);
    m_srvTarget->setObjectName(QStringLiteral("signIn.srvTarget"));
    auto *srvLayout = new QVBoxLayout(m_srvTarget);
    m_srvPool = new QRadioButton(tr("P&ool name in each SIP domain"), m_srvTarget);
    m_srvPool->setObjectName(QStringLiteral("signIn.srvTarget.pool"));
    m_srvPoolNote = helpLabel(QString(), m_srvTarget);
    m_srvSip = new QRadioButton(tr("&sip in each SIP domain"), m_srvTarget);
    m_srvSip->setObjectName(QStringLiteral("signIn.srvTarget.sip"));
    m_srvSipNote = helpLabel(QString(), m_srvTarget);
    // The notes belong to their choice: indented like the radio button's text.
    const int indent = m_srvPool->sizeHint().height();
    m_srvPoolNote->setIndent(indent);
    m_srvSipNote->setIndent(indent);
    srvLayout->addWidget(m_srvPool);
    srvLayout->addWidget(m_srvPoolNote);
    srvLayout->addWidget(m_srvSip);
    srvLayout->addWidget(m_srvSipNote);
    form->addRow(m_srvTarget);

    m_webPool = poolCombo(QStringLiteral("signIn.webPool"), tr("Web pool"), group);
    auto *webLabel = new QLabel(tr("&Web pool:"), group);
    webLabel->setBuddy(m_webPool);
    form->addRow(webLabel, m_webPool);
    form->addRow(
        helpLabel(tr("Its web services take lyncdiscover, lyncdiscoverinternal and the global simple "
                     "URLs."),
                  group));

    registerPathField(QStringLiteral("signIn"), m_signInPool);
    registerPathField(QStringLiteral("signIn.pool"), m_signInPool);
    registerPathField(QStringLiteral("signIn.backupPools"), m_backupPools->list());
    registerPathField(QStringLiteral("signIn.srvTarget"), m_srvTarget);
    registerPathField(QStringLiteral("signIn.webPool"), m_webPool);

    connect(m_signInPool, &QComboBox::currentTextChanged, this, [this] {
        const QString pool = poolValue(m_signInPool);
        change([&pool](Plan &p) { p.signIn.pool = pool; });
    });
    connect(m_webPool, &QComboBox::currentTextChanged, this, [this] {
        const QString pool = poolValue(m_webPool);
        change([&pool](Plan &p) { p.signIn.webPool = pool; });
    });
    connect(m_backupPools, &OrderedChoiceList::chosenChanged, this, [this](const QStringList &pools) {
        change([&pools](Plan &p) { p.signIn.backupPools = pools; });
    });
    connect(m_srvSip, &QRadioButton::toggled, this, [this](bool sip) {
        change([sip](Plan &p) { p.signIn.srvTarget = sip ? SrvTargetStyle::Sip : SrvTargetStyle::Pool; });
    });
}

void RoutesPage::buildEdgeRoutes(QWidget *body)
{
    auto *group = new QGroupBox(tr("Edge routes"), body);
    body->layout()->addWidget(group);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(
        helpLabel(tr("One _sip._tls record per Edge pool: remote clients try the lowest priority "
                     "first. That pool is the primary one, reached as sip.<SIP domain>."),
                  group));
    m_noEdge = new QLabel(tr("This plan has no Edge pool: plan one on the Edge page first."), group);
    m_noEdge->setWordWrap(true);
    layout->addWidget(m_noEdge);

    m_edgeGrid = new QGridLayout;
    // Beside the step list and the preview at 1280x800 the page has about 380 px.
    m_edgeGrid->setHorizontalSpacing(12);
    layout->addLayout(m_edgeGrid);
    const auto header = [this, group](int column, const QString &text) {
        auto *label = new QLabel(text, group);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        m_edgeGrid->addWidget(label, 0, column);
        m_edgeHeaders << label;
        return label;
    };
    header(kPriorityColumn, tr("Remote &access priority"));
    header(kFederationColumn, tr("Federation &route"));
    m_xmppHeader = header(kXmppColumn, tr("&XMPP"));
    m_xmppPriorityHeader = header(kXmppPriorityColumn, tr("XMPP pr&iority"));
    // The fields keep their own width; an empty last column takes the rest.
    m_edgeGrid->setColumnStretch(kColumnCount, 1);

    m_routesNote = helpLabel(QString(), group);
    m_routesNote->setObjectName(QStringLiteral("edgeRoutesNote"));
    layout->addWidget(m_routesNote);
}

void RoutesPage::buildGeoDns(QWidget *body)
{
    m_geoDns = new QGroupBox(tr("Publish pools through &GeoDNS"), body);
    m_geoDns->setObjectName(QStringLiteral("geoDns"));
    m_geoDns->setCheckable(true);
    m_geoDns->setChecked(false);
    body->layout()->addWidget(m_geoDns);
    QFormLayout *form = wrappingForm(m_geoDns);
    form->addRow(helpLabel(tr("meet, dialin, lyncdiscover and lyncdiscoverinternal become CNAMEs to names in "
                              "this zone, which the GeoDNS device answers with the web services of the "
                              "pools below."),
                           m_geoDns));

    m_geoZone = new QLineEdit(m_geoDns);
    m_geoZone->setObjectName(QStringLiteral("geoDns.zone"));
    m_geoZone->setAccessibleName(tr("GeoDNS zone"));
    m_geoZone->setPlaceholderText(tr("e.g. geolb.contoso.com"));
    auto *zoneLabel = new QLabel(tr("&Zone:"), m_geoDns);
    zoneLabel->setBuddy(m_geoZone);
    form->addRow(zoneLabel, m_geoZone);

    m_geoPools = new OrderedChoiceList(tr("Mo&ve up"), tr("Mov&e down"), m_geoDns);
    m_geoPools->list()->setObjectName(QStringLiteral("geoDns.pools"));
    m_geoPools->list()->setAccessibleName(tr("GeoDNS pools"));
    auto *poolsLabel = new QLabel(tr("Poo&ls:"), m_geoDns);
    poolsLabel->setBuddy(m_geoPools->list());
    form->addRow(poolsLabel, m_geoPools);

    m_geoMode = new QComboBox(m_geoDns);
    m_geoMode->setObjectName(QStringLiteral("geoDns.mode"));
    m_geoMode->setAccessibleName(tr("GeoDNS mode"));
    m_geoMode->addItem(tr("Round robin between the pools"), int(GeoDnsMode::RoundRobin));
    m_geoMode->addItem(tr("Failover: the first pool, then the next"), int(GeoDnsMode::Failover));
    auto *modeLabel = new QLabel(tr("&Mode:"), m_geoDns);
    modeLabel->setBuddy(m_geoMode);
    form->addRow(modeLabel, m_geoMode);

    registerPathField(QStringLiteral("geoDns"), m_geoDns);
    registerPathField(QStringLiteral("geoDns.zone"), m_geoZone);
    registerPathField(QStringLiteral("geoDns.pools"), m_geoPools->list());
    registerPathField(QStringLiteral("geoDns.mode"), m_geoMode);

    connect(m_geoDns, &QGroupBox::toggled, this, [this](bool on) {
        if (on)
            writeGeoDns();
        else
            change([](Plan &p) { p.geoDns.reset(); });
    });
    connect(m_geoZone, &QLineEdit::textChanged, this, &RoutesPage::writeGeoDns);
    connect(m_geoPools, &OrderedChoiceList::chosenChanged, this, &RoutesPage::writeGeoDns);
    connect(m_geoMode, &QComboBox::currentIndexChanged, this, &RoutesPage::writeGeoDns);
}

RoutesPage::EdgeRow &RoutesPage::edgeRow(int row)
{
    while (m_edgeRows.size() <= row) {
        const int k = int(m_edgeRows.size());
        QWidget *parent = m_edgeHeaders.constFirst()->parentWidget();
        EdgeRow r;
        r.name = new QLabel(parent);
        r.name->setTextFormat(Qt::PlainText);
        r.name->setWordWrap(true); // at the space before the site, if ever needed
        r.priority = new QSpinBox(parent);
        r.priority->setRange(0, kMaxSrvPriority);
        r.federation = new QCheckBox(parent);
        r.xmpp = new QCheckBox(parent);
        r.xmppPriority = new QSpinBox(parent);
        r.xmppPriority->setRange(0, kMaxSrvPriority);
        const int gridRow = 2 + 2 * k; // the header row, then a name row and a field row per pool
        m_edgeGrid->addWidget(r.name, gridRow - 1, 0, 1, kColumnCount + 1);
        m_edgeGrid->addWidget(r.priority, gridRow, kPriorityColumn, Qt::AlignLeft);
        m_edgeGrid->addWidget(r.federation, gridRow, kFederationColumn, Qt::AlignLeft);
        m_edgeGrid->addWidget(r.xmpp, gridRow, kXmppColumn, Qt::AlignLeft);
        m_edgeGrid->addWidget(r.xmppPriority, gridRow, kXmppPriorityColumn, Qt::AlignLeft);
        if (k == 0) {
            // The column headers' mnemonics reach the first Edge pool's fields.
            m_edgeHeaders.at(kPriorityColumn)->setBuddy(r.priority);
            m_edgeHeaders.at(kFederationColumn)->setBuddy(r.federation);
            m_edgeHeaders.at(kXmppColumn)->setBuddy(r.xmpp);
            m_edgeHeaders.at(kXmppPriorityColumn)->setBuddy(r.xmppPriority);
        }
        // Row by row, left to right, after what precedes the grid.
        QWidget *previous = k == 0 ? static_cast<QWidget *>(m_webPool) : m_edgeRows.constLast().xmppPriority;
        setTabOrder(previous, r.priority);
        setTabOrder(r.priority, r.federation);
        setTabOrder(r.federation, r.xmpp);
        setTabOrder(r.xmpp, r.xmppPriority);
        setTabOrder(r.xmppPriority, m_geoDns);

        connect(r.priority, &QSpinBox::valueChanged, this,
                [this, k](int value) { writeEdge(k, [value](Edge &e) { e.remoteAccessPriority = value; }); });
        connect(r.federation, &QCheckBox::toggled, this,
                [this, k](bool on) { writeEdge(k, [on](Edge &e) { e.federation = on; }); });
        connect(r.xmpp, &QCheckBox::toggled, this,
                [this, k](bool on) { writeEdge(k, [on](Edge &e) { e.xmpp = on; }); });
        connect(r.xmppPriority, &QSpinBox::valueChanged, this,
                [this, k](int value) { writeEdge(k, [value](Edge &e) { e.xmppPriority = value; }); });
        m_edgeRows << r;
    }
    return m_edgeRows[row];
}

void RoutesPage::writeEdge(int row, const std::function<void(Edge &)> &edit)
{
    const EdgeRow &r = m_edgeRows.at(row);
    const qsizetype site = r.site;
    const qsizetype index = r.index;
    change([&](Plan &p) {
        if (site >= 0 && site < p.sites.size() && index >= 0 && index < p.sites.at(site).edgePools.size())
            edit(p.sites[site].edgePools[index]);
    });
}

void RoutesPage::writeGeoDns()
{
    if (!m_geoDns->isChecked())
        return;
    GeoDns geo;
    geo.zone = m_geoZone->text().trimmed();
    geo.pools = m_geoPools->chosen();
    geo.mode = GeoDnsMode(m_geoMode->currentData().toInt());
    change([&geo](Plan &p) { p.geoDns = geo; });
}

void RoutesPage::loadFromPlan()
{
    syncFromPlan();
}

void RoutesPage::syncFromPlan()
{
    const Plan &plan = document()->plan();
    QStringList pools;
    for (const PoolRef &ref : allPools(plan))
        if (!ref.pool->fqdn.isEmpty())
            pools << ref.pool->fqdn;

    // What an empty choice means, asked of the resolver with the choice left empty.
    Plan withoutChoice = plan;
    withoutChoice.signIn.pool.clear();
    withoutChoice.signIn.webPool.clear();
    const PoolRef defaultSignIn = signInPool(withoutChoice);
    syncPoolCombo(m_signInPool, pools, defaultSignIn ? defaultSignIn.pool->fqdn : QString(),
                  plan.signIn.pool);
    const PoolRef signIn = signInPool(plan);
    syncPoolCombo(m_webPool, pools, signIn ? signIn.pool->fqdn : QString(), plan.signIn.webPool);
    for (QComboBox *combo : {m_signInPool, m_webPool}) {
        for (const PoolRef &ref : allPools(plan)) {
            const int i = combo->findText(ref.pool->fqdn);
            if (i > 0)
                //: Tooltip of a pool in a list: %1 its role (e.g. "Director pool"), %2 its site.
                combo->setItemData(i, tr("%1, site %2").arg(poolRoleLabel(ref), plan.sites.at(ref.site).name),
                                   Qt::ToolTipRole);
        }
    }
    m_backupPools->setChoices(pools, plan.signIn.backupPools);
    {
        const QSignalBlocker blockPool(m_srvPool);
        const QSignalBlocker blockSip(m_srvSip);
        (plan.signIn.srvTarget == SrvTargetStyle::Sip ? m_srvSip : m_srvPool)->setChecked(true);
    }

    {
        const QSignalBlocker blockGroup(m_geoDns);
        const QSignalBlocker blockZone(m_geoZone);
        const QSignalBlocker blockMode(m_geoMode);
        m_geoDns->setChecked(plan.geoDns.has_value());
        if (plan.geoDns) {
            if (m_geoZone->text().trimmed() != plan.geoDns->zone)
                m_geoZone->setText(plan.geoDns->zone);
            m_geoMode->setCurrentIndex(m_geoMode->findData(int(plan.geoDns->mode)));
            m_geoPools->setChoices(pools, plan.geoDns->pools);
        } else {
            // Unticked, the group keeps what was chosen for ticking it again; the pools follow renames.
            m_geoPools->setChoices(pools, m_geoPools->chosen());
        }
    }
    syncEdgeRows();
    syncNotes();
}

void RoutesPage::syncPoolCombo(QComboBox *combo, const QStringList &pools, const QString &defaultPool,
                               const QString &value)
{
    const QSignalBlocker blocker(combo);
    //: The first choice of a pool list: the pool the plan uses when none is chosen (%1).
    const QString defaultText =
        defaultPool.isEmpty() ? tr("Default (no pool yet)") : tr("Default (%1)").arg(defaultPool);
    const QStringList items = QStringList{defaultText} + pools;
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i)
        shown << combo->itemText(i);
    if (shown != items) {
        // Refill under the user's hands: keep the text being typed and its cursor.
        const bool wasDefault = poolValue(combo).isEmpty();
        const QString text = combo->currentText();
        const int cursor = combo->lineEdit()->cursorPosition();
        combo->clear();
        combo->addItems(items);
        if (wasDefault) {
            combo->setCurrentIndex(0);
        } else {
            combo->setCurrentIndex(int(items.indexOf(text)));
            combo->setEditText(text);
            combo->lineEdit()->setCursorPosition(cursor);
        }
    }
    if (poolValue(combo) == value)
        return;
    if (value.isEmpty()) {
        combo->setCurrentIndex(0);
        return;
    }
    const int index = combo->findText(value);
    combo->setCurrentIndex(index);
    if (index < 0)
        combo->setEditText(value);
}

void RoutesPage::syncEdgeRows()
{
    const Plan &plan = document()->plan();
    const QList<EdgeRef> edges = allEdgePools(plan);
    const EdgeRef primary = primaryEdgePool(plan);
    const bool sfb2019 = hasSfb2019Roles(plan.product);
    const bool anyXmpp =
        std::any_of(edges.cbegin(), edges.cend(), [](const EdgeRef &e) { return e.edge->xmpp; });
    // Skype for Business Server 2019 and SE have no XMPP: the columns show only to take a mark back.
    const bool showXmpp = !sfb2019 || anyXmpp;
    bool reregistered = edges.size() != m_edgeRowsShown;

    for (int k = 0; k < int(edges.size()); ++k) {
        const EdgeRef &ref = edges.at(k);
        const Edge &edge = *ref.edge;
        EdgeRow &row = edgeRow(k);
        if (row.site != ref.site || row.index != ref.index) {
            row.site = ref.site;
            row.index = ref.index;
            const QString path = ref.path();
            const QList<std::pair<QString, QWidget *>> fields{
                {QStringLiteral(".remoteAccessPriority"), row.priority},
                {QStringLiteral(".federation"), row.federation},
                {QStringLiteral(".xmpp"), row.xmpp},
                {QStringLiteral(".xmppPriority"), row.xmppPriority}};
            for (const auto &[key, widget] : fields) {
                widget->setObjectName(path + key);
                registerPathField(path + key, widget);
            }
            reregistered = true;
        }
        const bool isPrimary = primary && primary.site == ref.site && primary.index == ref.index;
        const QString site = plan.sites.at(ref.site).name;
        const QString fqdn = edge.internalFqdn.isEmpty() ? tr("(no internal FQDN yet)") : edge.internalFqdn;
        //: An Edge pool's site after its FQDN in the routes grid: %1 is the site.
        row.name->setText(fqdn + QStringLiteral(" \u2014 ") +
                          (isPrimary ? tr("%1, primary").arg(site) : site));
        //: Accessible names of an Edge pool's route fields: %1 is the pool's internal FQDN.
        row.priority->setAccessibleName(tr("Remote access priority of %1").arg(fqdn));
        row.federation->setAccessibleName(tr("Federation route: %1").arg(fqdn));
        row.xmpp->setAccessibleName(tr("XMPP: %1").arg(fqdn));
        row.xmppPriority->setAccessibleName(tr("XMPP priority of %1").arg(fqdn));
        {
            const QSignalBlocker b1(row.priority);
            const QSignalBlocker b2(row.federation);
            const QSignalBlocker b3(row.xmpp);
            const QSignalBlocker b4(row.xmppPriority);
            if (row.priority->value() != edge.remoteAccessPriority)
                row.priority->setValue(edge.remoteAccessPriority);
            row.federation->setChecked(edge.federation);
            row.xmpp->setChecked(edge.xmpp);
            if (row.xmppPriority->value() != edge.xmppPriority)
                row.xmppPriority->setValue(edge.xmppPriority);
        }
        row.xmpp->setEnabled(!sfb2019 || edge.xmpp);
        row.xmppPriority->setEnabled(!sfb2019 && edge.xmpp);
        row.name->setVisible(true);
        row.priority->setVisible(true);
        row.federation->setVisible(true);
        row.xmpp->setVisible(showXmpp);
        row.xmppPriority->setVisible(showXmpp);
    }
    for (int k = int(edges.size()); k < int(m_edgeRows.size()); ++k) {
        const EdgeRow &row = m_edgeRows.at(k);
        for (QWidget *w : {static_cast<QWidget *>(row.name), static_cast<QWidget *>(row.priority),
                           static_cast<QWidget *>(row.federation), static_cast<QWidget *>(row.xmpp),
                           static_cast<QWidget *>(row.xmppPriority)})
            w->setVisible(false);
    }
    m_edgeRowsShown = int(edges.size());
    for (QLabel *header : std::as_const(m_edgeHeaders))
        header->setVisible(!edges.isEmpty());
    m_xmppHeader->setVisible(!edges.isEmpty() && showXmpp);
    m_xmppPriorityHeader->setVisible(!edges.isEmpty() && showXmpp);
    m_noEdge->setVisible(edges.isEmpty());
    // New paths frame their findings only once registered; loadFromPlan()'s caller refreshes itself.
    if (reregistered && !isLoading())
        refreshFindings();
}

void RoutesPage::syncNotes()
{
    const Plan &plan = document()->plan();
    const QList<EdgeRef> edges = allEdgePools(plan);
    QStringList notes;
    const auto marked = [&edges](bool Edge::*flag) {
        return std::any_of(edges.cbegin(), edges.cend(), [flag](const EdgeRef &e) { return e.edge->*flag; });
    };
    const QList<EdgeRef> federation = federationEdgePools(plan);
    if (!edges.isEmpty() && !marked(&Edge::federation) && !federation.isEmpty())
        //: %1 is the internal FQDN of the primary Edge pool.
        notes << tr("No Edge pool is marked as a federation route: the primary pool %1 is the route.")
                     .arg(federation.constFirst().edge->internalFqdn);
    if (hasSfb2019Roles(plan.product)) {
        if (!edges.isEmpty())
            //: %1 is the product, e.g. "Skype for Business Server 2019".
            notes << tr("XMPP federation is not in %1.").arg(productLabel(plan.product));
    } else if (plan.xmppFqdn && !edges.isEmpty() && !marked(&Edge::xmpp)) {
        const QList<EdgeRef> xmpp = xmppEdgePools(plan);
        if (!xmpp.isEmpty())
            //: %1 is the internal FQDN of the primary Edge pool.
            notes << tr("No Edge pool is marked for XMPP: the primary pool %1 hosts the XMPP proxy.")
                         .arg(xmpp.constFirst().edge->internalFqdn);
    }
    m_routesNote->setText(notes.join(QLatin1Char('\n')));
    m_routesNote->setVisible(!notes.isEmpty());

    // The SRV target choice shown on the sign-in pool of the plan, in its primary SIP domain.
    const PoolRef signIn = signInPool(plan);
    const QString domain = plan.primarySipDomain();
    const QString poolRule = tr("<first label of the pool FQDN>.<SIP domain>, as in Microsoft's examples");
    const QString sipRule = tr("sip.<SIP domain>");
    if (signIn && !domain.isEmpty()) {
        //: A choice explained: %1 is an example host (e.g. "pool01.contoso.com"), %2 the rule it follows.
        m_srvPoolNote->setText(
            tr("e.g. %1: %2").arg(srvTargetFor(*signIn.pool, domain, SrvTargetStyle::Pool), poolRule));
        m_srvSipNote->setText(
            tr("e.g. %1: %2").arg(srvTargetFor(*signIn.pool, domain, SrvTargetStyle::Sip), sipRule));
    } else {
        m_srvPoolNote->setText(poolRule);
        m_srvSipNote->setText(sipRule);
    }
}

QStringList RoutesPage::pathPrefixes() const
{
    // The Edge page owns the Edge pools; the route fields are set here, so their findings are shown
    // here: whole field paths, never the "sites[s].edgePools[i]" prefix.
    QStringList prefixes{QStringLiteral("signIn"), QStringLiteral("geoDns")};
    for (const EdgeRef &ref : allEdgePools(document()->plan()))
        for (const char *key : {".remoteAccessPriority", ".federation", ".xmpp", ".xmppPriority"})
            prefixes << ref.path() + QLatin1String(key);
    return prefixes;
}

} // namespace lyncdns
