#include "ui/widgets/pooleditor.h"
#include "model/rules/keywords.h"

#include "model/plan/estate.h"
#include "ui/widgets/referencecombo.h"
#include "ui/widgets/serverstable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lyncdns {

namespace {

LoadBalancing loadBalancingFromName(const QString &name)
{
    if (name == QLatin1String("dns"))
        return LoadBalancing::Dns;
    if (name == QLatin1String("hardware"))
        return LoadBalancing::Hardware;
    return LoadBalancing::None;
}

} // namespace

PoolEditor::PoolEditor(const QString &pathPrefix, const QString &poolName, QWidget *parent)
    : QWidget(parent)
    , m_prefix(pathPrefix)
    , m_poolName(poolName)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_fqdnLabel = new QLabel(this);
    m_fqdn = new QLineEdit(this);
    m_fqdn->setObjectName(m_prefix + QStringLiteral(".fqdn"));
    //: %1 is the pool's name, "Front End pool" or "Director pool".
    m_fqdn->setAccessibleName(tr("%1 FQDN").arg(m_poolName));
    m_fqdnLabel->setBuddy(m_fqdn);
    m_form->addRow(m_fqdnLabel, m_fqdn);

    m_loadBalancing = new QComboBox(this);
    m_loadBalancing->setObjectName(m_prefix + QStringLiteral(".loadBalancing"));
    m_loadBalancing->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    //: %1 is the pool's name, "Front End pool" or "Director pool".
    m_loadBalancing->setAccessibleName(tr("Load balancing of the %1").arg(m_poolName));
    auto *lbLabel = new QLabel(tr("&Load balancing:"), this);
    lbLabel->setBuddy(m_loadBalancing);
    m_form->addRow(lbLabel, m_loadBalancing);

    m_vip = addLine(m_form, tr("Hardware load balancer &VIP:"), QStringLiteral(".vip"),
                    tr("Hardware load balancer VIP (IPv4)"));
    m_vipIpv6 = addLine(m_form, tr("Hardware load balancer VIP IPv&6:"), QStringLiteral(".vipIpv6"),
                        tr("Hardware load balancer VIP (IPv6)"));

    m_serversLabel = new QLabel(this);
    m_servers = new ServersTable(this);
    m_servers->setObjectName(m_prefix + QStringLiteral(".servers"));
    //: %1 is the pool's name, "Front End pool" or "Director pool".
    m_servers->setAccessibleName(tr("Servers of the %1").arg(m_poolName));
    m_serversLabel->setBuddy(m_servers);
    m_form->addRow(m_serversLabel, m_servers);

    // One form for all rows keeps the labels of both sections aligned.
    auto *webHeading = new QLabel(tr("Web services"), this);
    QFont headingFont = webHeading->font();
    headingFont.setBold(true);
    webHeading->setFont(headingFont);
    m_form->addRow(webHeading);
    m_internalFqdn = addLine(m_form, tr("&Internal web services FQDN:"),
                             QStringLiteral(".webServices.internalFqdn"), tr("Internal web services FQDN"));
    m_internalVip =
        addLine(m_form, tr("Internal &web services VIP:"), QStringLiteral(".webServices.internalVip"),
                tr("Internal web services VIP (IPv4)"));
    m_internalVipIpv6 =
        addLine(m_form, tr("In&ternal web services VIP IPv6:"),
                QStringLiteral(".webServices.internalVipIpv6"), tr("Internal web services VIP (IPv6)"));
    m_externalFqdn = addLine(m_form, tr("E&xternal web services FQDN:"),
                             QStringLiteral(".webServices.externalFqdn"), tr("External web services FQDN"));
    m_externalFqdn->setToolTip(tr("The name the reverse proxy publishes for this pool's web services."));

    // The references get a form of their own with each label above its choice: the choices name
    // an element and its site ("pool02.contoso.net in site Dublin") and need the whole width.
    m_referencesForm = new QFormLayout;
    m_referencesForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    layout->addLayout(m_referencesForm);
    m_referencesHeading = new QLabel(this);
    m_referencesHeading->setFont(headingFont);
    m_referencesForm->addRow(m_referencesHeading);
    m_reverseProxy = addReference(tr("Published by reverse pr&oxy:"), QStringLiteral(".reverseProxy"),
                                  tr("Reverse proxy that publishes this pool"));
    m_edgePool = addReference(tr("Edge pool for &media:"), QStringLiteral(".edgePool"),
                              tr("Edge pool of this pool's media"));
    m_pairedWith = addReference(tr("Paired with (bac&kup pool):"), QStringLiteral(".pairedWith"),
                                tr("Backup pool this pool is paired with"));
    m_edgePool->setMatchesFqdns(true);
    m_pairedWith->setMatchesFqdns(true);
    m_pairedWith->setToolTip(tr("Pool pairing for disaster recovery: the Front End pool that takes over "
                                "this pool's users."));

    connect(m_fqdn, &QLineEdit::textChanged, this, &PoolEditor::poolFqdnEdited);
    connect(m_loadBalancing, &QComboBox::currentIndexChanged, this, [this] {
        updateDerived();
        userEdit();
    });
    connect(m_servers, &ServersTable::serversChanged, this, [this] {
        updateDerived();
        userEdit();
    });
    for (QLineEdit *e : {m_vip, m_vipIpv6, m_internalFqdn, m_internalVip, m_internalVipIpv6, m_externalFqdn})
        connect(e, &QLineEdit::textChanged, this, [this] {
            updateDerived();
            userEdit();
        });

    setKind(Kind::EnterprisePool);
}

ReferenceCombo *PoolEditor::addReference(const QString &label, const QString &path,
                                         const QString &accessibleName)
{
    auto *combo = new ReferenceCombo(this);
    combo->setObjectName(m_prefix + path);
    combo->setAccessibleName(accessibleName);
    auto *l = new QLabel(label, this);
    l->setBuddy(combo);
    m_referencesForm->addRow(l, combo);
    connect(combo, &ReferenceCombo::valueChanged, this, &PoolEditor::userEdit);
    return combo;
}

QLineEdit *PoolEditor::addLine(QFormLayout *form, const QString &label, const QString &path,
                               const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(m_prefix + path);
    edit->setAccessibleName(accessibleName);
    auto *l = new QLabel(label, this);
    l->setBuddy(edit);
    form->addRow(l, edit);
    return edit;
}

void PoolEditor::insertLeadingRow(QLabel *label, QWidget *field)
{
    m_form->insertRow(0, label, field);
}

void PoolEditor::setKind(Kind kind)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    LoadBalancing current = loadBalancing();
    // A server becoming an Enterprise pool gets a hardware load balancer, as most pools have (the
    // web services need one even with DNS load balancing); the admin can still choose DNS.
    if (kind == Kind::EnterprisePool && m_kind != Kind::EnterprisePool && current == LoadBalancing::None)
        current = LoadBalancing::Hardware;
    m_kind = kind;
    fillLoadBalancingItems(current);
    const bool single = kind == Kind::StandardEdition || kind == Kind::SingleServer;
    m_loadBalancing->setEnabled(!single);
    m_loadBalancing->setToolTip(
        kind == Kind::StandardEdition
            ? tr("A Standard Edition server is never load balanced.")
            : (kind == Kind::SingleServer ? tr("A single server needs no load balancing.") : QString()));
    m_servers->setSingleServer(single);
    m_fqdnLabel->setText(kind == Kind::StandardEdition ? tr("Server &FQDN:") : tr("Pool &FQDN:"));
    m_serversLabel->setText(single ? tr("&Server:") : tr("&Servers:"));
    // Standard Edition: the internal web services FQDN is the server FQDN and cannot be overridden.
    const bool standard = kind == Kind::StandardEdition;
    if (standard && m_internalFqdn->isEnabled()) {
        m_internalFqdn->setProperty("keptText", m_internalFqdn->text());
        m_internalFqdn->clear();
    } else if (!standard && !m_internalFqdn->isEnabled()) {
        m_internalFqdn->setText(m_internalFqdn->property("keptText").toString());
    }
    m_internalFqdn->setEnabled(!standard);
    m_internalFqdn->setToolTip(standard
                                   ? tr("A Standard Edition server's internal web services FQDN is its own "
                                        "FQDN and cannot be overridden.")
                                   : QString());
    if (single)
        poolFqdnEdited(); // the single server's FQDN may follow the pool FQDN
    updateDerived();
    updateReferenceRows();
    m_filling = wasFilling;
}

void PoolEditor::fillLoadBalancingItems(LoadBalancing current)
{
    const QSignalBlocker blocker(m_loadBalancing);
    m_loadBalancing->clear();
    if (m_kind == Kind::EnterprisePool || m_kind == Kind::LoadBalancedPool) {
        m_loadBalancing->addItem(tr("DNS load balancing"), loadBalancingName(LoadBalancing::Dns));
        m_loadBalancing->addItem(tr("Hardware load balancer"), loadBalancingName(LoadBalancing::Hardware));
    }
    if (m_kind != Kind::LoadBalancedPool)
        m_loadBalancing->addItem(tr("None (a single server)"), loadBalancingName(LoadBalancing::None));
    const int index = m_loadBalancing->findData(loadBalancingName(current));
    m_loadBalancing->setCurrentIndex(index >= 0 ? index : 0);
}

LoadBalancing PoolEditor::loadBalancing() const
{
    return loadBalancingFromName(m_loadBalancing->currentData().toString());
}

void PoolEditor::setPool(const Pool &pool)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_fqdn->setText(pool.fqdn);
    m_lastPoolFqdn = pool.fqdn.trimmed();
    fillLoadBalancingItems(pool.loadBalancing);
    m_vip->setText(pool.vip);
    m_vipIpv6->setText(pool.vipIpv6);
    m_servers->setServers(pool.servers);
    m_internalFqdn->setProperty("keptText", QString());
    if (m_internalFqdn->isEnabled())
        m_internalFqdn->setText(pool.webServices.internalFqdn);
    else
        m_internalFqdn->clear();
    m_internalVip->setText(pool.webServices.internalVip);
    m_internalVipIpv6->setText(pool.webServices.internalVipIpv6);
    m_externalFqdn->setText(pool.webServices.externalFqdn);
    m_reverseProxy->setValue(pool.reverseProxy);
    m_edgePool->setValue(pool.edgePool);
    m_pairedWith->setValue(pool.pairedWith);
    m_servers->setSingleServer(m_servers->isSingleServer());
    updateDerived();
    updateReferenceRows();
    m_filling = wasFilling;
}

Pool PoolEditor::pool(Edition edition) const
{
    Pool p;
    p.edition = edition;
    p.fqdn = m_fqdn->text().trimmed();
    p.loadBalancing = loadBalancing();
    if (p.loadBalancing == LoadBalancing::Hardware) {
        p.vip = m_vip->text().trimmed();
        p.vipIpv6 = m_vipIpv6->text().trimmed();
    }
    p.servers = m_servers->servers();
    if (m_kind == Kind::StandardEdition && !p.servers.isEmpty())
        p.servers.first().fqdn = p.fqdn;
    if (m_kind != Kind::StandardEdition)
        p.webServices.internalFqdn = m_internalFqdn->text().trimmed();
    p.webServices.internalVip = m_internalVip->text().trimmed();
    p.webServices.internalVipIpv6 = m_internalVipIpv6->text().trimmed();
    p.webServices.externalFqdn = m_externalFqdn->text().trimmed();
    p.reverseProxy = m_reverseProxy->value();
    // Directors have no Edge pool or backup pool of their own (plan-format.md).
    if (isFrontEnd()) {
        p.edgePool = m_edgePool->value();
        p.pairedWith = m_pairedWith->value();
    }
    return p;
}

void PoolEditor::setEstate(const Plan &plan, qsizetype site, qsizetype index)
{
    const auto inSite = [&plan](const QString &name, qsizetype s) -> QString {
        if (s < 0 || s >= plan.sites.size())
            return name;
        //: A reference a pool can choose: %1 a reverse proxy or pool, %2 the site it belongs to.
        return tr("%1 in site %2").arg(name, plan.sites.at(s).name);
    };
    // What naming nothing resolves to for a pool of this site: asked of estate.h with a pool that
    // names nothing, so the combo says what the planner will do.
    const Pool unnamed;
    const PoolRef self{&unnamed, site, index, isFrontEnd() ? PoolKind::FrontEnd : PoolKind::Director};

    QList<ReferenceChoice> proxies;
    for (const ProxyRef &proxy : allReverseProxies(plan))
        if (!proxy.proxy->name.isEmpty())
            proxies.append({proxy.proxy->name, inSite(proxy.proxy->name, proxy.site)});
    const ProxyRef defaultProxy = reverseProxyFor(plan, self);
    m_reverseProxy->setChoices(defaultProxy
                                   //: The default of a pool's reverse proxy; %1 is the proxy's name.
                                   ? tr("The site's reverse proxy (%1)").arg(defaultProxy.proxy->name)
                                   : tr("None: the site has no reverse proxy"),
                               proxies);

    QList<ReferenceChoice> edges;
    for (const EdgeRef &edge : allEdgePools(plan))
        if (!edge.edge->internalFqdn.isEmpty())
            edges.append({edge.edge->internalFqdn, inSite(edge.edge->internalFqdn, edge.site)});
    const EdgeRef defaultEdge = edgePoolFor(plan, self);
    QString noEdge = tr("None: the plan has no Edge pool");
    if (defaultEdge && defaultEdge.site == site)
        //: The default of a pool's Edge pool; %1 is the Edge pool's internal FQDN.
        noEdge = tr("The site's first Edge pool (%1)").arg(defaultEdge.edge->internalFqdn);
    else if (defaultEdge)
        //: The default of a pool's Edge pool when its site has none; %1 is the Edge pool's internal FQDN.
        noEdge = tr("The plan's first Edge pool (%1)").arg(defaultEdge.edge->internalFqdn);
    m_edgePool->setChoices(noEdge, edges);

    QList<ReferenceChoice> pools;
    for (const PoolRef &pool : frontEndPools(plan))
        if (!(pool.site == site && pool.index == index) && !pool.pool->fqdn.isEmpty())
            pools.append({pool.pool->fqdn, inSite(pool.pool->fqdn, pool.site)});
    m_pairedWith->setChoices(tr("Not paired"), pools);
    updateReferenceRows();
}

void PoolEditor::updateReferenceRows()
{
    // A choice without candidates and without a stored value would only say "none": it stays out
    // of the way until the plan has something to choose.
    const auto wanted = [](const ReferenceCombo *combo) {
        return combo->choiceCount() > 0 || !combo->value().isEmpty();
    };
    const bool proxy = wanted(m_reverseProxy);
    const bool edge = isFrontEnd() && wanted(m_edgePool);
    const bool paired = isFrontEnd() && wanted(m_pairedWith);
    m_referencesForm->setRowVisible(m_reverseProxy, proxy);
    m_referencesForm->setRowVisible(m_edgePool, edge);
    m_referencesForm->setRowVisible(m_pairedWith, paired);
    m_referencesForm->setRowVisible(m_referencesHeading, proxy || edge || paired);
    m_referencesHeading->setText(isFrontEnd() ? tr("Reverse proxy, Edge pool and pairing")
                                              : tr("Reverse proxy"));
}

void PoolEditor::setIpv6Visible(bool planIpv6)
{
    bool held = !m_vipIpv6->text().trimmed().isEmpty() || !m_internalVipIpv6->text().trimmed().isEmpty();
    for (const Server &s : m_servers->servers())
        held = held || !s.ipv6.isEmpty();
    m_ipv6Visible = planIpv6 || held;
    m_servers->setIpv6Visible(m_ipv6Visible);
    updateDerived();
}

void PoolEditor::setExternalFqdnRequired(bool required)
{
    m_externalRequired = required;
    updateDerived();
}

void PoolEditor::updateDerived()
{
    const LoadBalancing lb = loadBalancing();
    const bool hardware = lb == LoadBalancing::Hardware;
    m_form->setRowVisible(m_vip, hardware);
    m_form->setRowVisible(m_vipIpv6, hardware && m_ipv6Visible);
    m_form->setRowVisible(m_internalVipIpv6, m_ipv6Visible);

    const QString poolFqdn = m_fqdn->text().trimmed();
    m_servers->setPoolFqdn(poolFqdn); // a new server row is proposed a name from it
    //: Placeholder of the internal web services FQDN: it defaults to the pool FQDN.
    m_internalFqdn->setPlaceholderText(poolFqdn.isEmpty() ? tr("the pool FQDN") : poolFqdn);
    if (m_kind == Kind::StandardEdition) {
        const QSignalBlocker blocker(m_servers);
        m_servers->setFixedFqdn(true, poolFqdn);
    } else {
        const QSignalBlocker blocker(m_servers);
        m_servers->setFixedFqdn(false);
    }

    // Empty web VIPs default to the pool's own address (plan-format.md, "sign-in pool").
    const QList<Server> servers = m_servers->servers();
    QString vip4, vip6;
    if (hardware) {
        vip4 = m_vip->text().trimmed();
        vip6 = m_vipIpv6->text().trimmed();
    } else if (lb == LoadBalancing::None && !servers.isEmpty()) {
        vip4 = servers.first().ipv4;
        vip6 = servers.first().ipv6;
    }
    m_internalVip->setPlaceholderText(lb == LoadBalancing::Dns ? QString() : vip4);
    m_internalVipIpv6->setPlaceholderText(lb == LoadBalancing::Dns ? QString() : vip6);
    m_externalFqdn->setPlaceholderText(m_externalRequired ? QString() : tr("not published"));
}

void PoolEditor::poolFqdnEdited()
{
    const QString fqdn = m_fqdn->text().trimmed();
    if (m_kind == Kind::SingleServer) {
        // A single Director's server usually has the pool's name: follow it until it is changed.
        QList<Server> servers = m_servers->servers();
        if (!servers.isEmpty() &&
            (servers.first().fqdn.isEmpty() || servers.first().fqdn == m_lastPoolFqdn) &&
            servers.first().fqdn != fqdn) {
            m_servers->setFirstServerFqdn(fqdn);
        }
    }
    m_lastPoolFqdn = fqdn;
    updateDerived();
    userEdit();
}

void PoolEditor::userEdit()
{
    if (!m_filling)
        emit edited();
}

QList<std::pair<QString, QWidget *>> PoolEditor::pathFields() const
{
    QList<std::pair<QString, QWidget *>> fields;
    fields.append({m_prefix, m_fqdn});
    const auto edits = findChildren<QWidget *>();
    for (QWidget *w : edits)
        if (w->objectName().startsWith(m_prefix + QLatin1Char('.')) && w->parentWidget() != m_servers)
            fields.append({w->objectName(), w});
    return fields;
}

} // namespace lyncdns
