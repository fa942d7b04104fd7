#include "model/rules/nameclaims.h"

#include "model/dns/hostnames.h"
#include "model/plan/estate.h"
#include "model/plan/planpaths.h"
#include "model/planner/planner.h"

#include <QHash>

#include <algorithm>

namespace lyncdns {

QString indexedPath(const QString &path, qsizetype i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

QString memberOwner(const QString &poolPath, const QString &poolFqdn, const QString &memberFqdn,
                    qsizetype members, qsizetype index)
{
    if (members == 1 && normalizedName(memberFqdn) == normalizedName(poolFqdn))
        return poolPath;
    return indexedPath(poolPath + QStringLiteral(".servers"), index) + QStringLiteral(".fqdn");
}

namespace {

class Claims
{
public:
    void add(const QString &rawName, Role role, const QString &path, const QString &owner, bool cname = false)
    {
        const QString name = normalizedName(rawName);
        if (!name.isEmpty())
            m_claims << NameClaim{name, role, path, owner, cname};
    }

    // A pool, its servers and its internal web FQDN. One server named after the pool is the pool
    // (Standard Edition, a one-server Director); a web FQDN equal to the pool FQDN is the pool's
    // (R-LB2 reports it where DNS load balancing forbids it).
    void addPool(const QString &fqdn, const QList<Server> &servers, const QString &path, Role poolRole,
                 Role serverRole)
    {
        add(fqdn, poolRole, path + QStringLiteral(".fqdn"), path);
        for (qsizetype i = 0; i < servers.size(); ++i)
            add(servers.at(i).fqdn, serverRole,
                indexedPath(path + QStringLiteral(".servers"), i) + QStringLiteral(".fqdn"),
                memberOwner(path, fqdn, servers.at(i).fqdn, servers.size(), i));
    }

    void addWebPool(const Pool &pool, const QString &path, Role poolRole, Role serverRole, Role internalWeb,
                    Role externalWeb)
    {
        addPool(pool.fqdn, pool.servers, path, poolRole, serverRole);
        // Left empty, the internal web FQDN is the pool FQDN: that is the field it comes from.
        add(internalWebFqdn(pool), internalWeb,
            path + (pool.webServices.internalFqdn.isEmpty() ? QStringLiteral(".fqdn")
                                                            : QStringLiteral(".webServices.internalFqdn")),
            path);
        const QString extPath = path + QStringLiteral(".webServices.externalFqdn");
        add(pool.webServices.externalFqdn, externalWeb, extPath, extPath);
    }

    QList<NameClaim> take() { return std::move(m_claims); }

private:
    QList<NameClaim> m_claims;
};

// The names generated once per SIP domain (plan-format.md v2 rules 3 and 4).
void addGenerated(const Plan &plan, Claims &c)
{
    const PoolRef signIn = signInPool(plan);
    const PoolRef web = webPool(plan);
    QList<PoolRef> sipPools = backupPools(plan); // every pool an SRV of the domain points at
    if (signIn)
        sipPools.prepend(signIn);
    const EdgeRef primaryEdge = primaryEdgePool(plan);
    // Per Edge pool, once: its label under every SIP domain and the owner of those names.
    struct EdgeName
    {
        bool primary;
        QString label;
        QString owner;
    };
    QList<EdgeName> edges;
    for (const EdgeRef &e : allEdgePools(plan))
        edges << EdgeName{e.edge == primaryEdge.edge, edgeDomainLabel(plan, e),
                          e.path() + QStringLiteral(".accessFqdn")};
    const bool geo = plan.geoDns.has_value();
    QSet<QString> seen;
    for (qsizetype i = 0; i < plan.sipDomains.size(); ++i) {
        const QString d = normalizedName(plan.sipDomains.at(i));
        if (d.isEmpty() || seen.contains(d))
            continue; // a SIP domain listed twice is P-SIPDOMAIN-DUP, not a second set of names
        seen.insert(d);
        const QString path = indexedPath(QStringLiteral("sipDomains"), i);
        if (plan.legacyDiscovery.hostRecords) {
            c.add(QStringLiteral("sip.") + d, Role::SipInternalHost, path, path);
            c.add(QStringLiteral("sipinternal.") + d, Role::SipInternal, path, path);
        }
        if (plan.autodiscover.enabled)
            // plan-format.md rule 8: without split-brain it is an A record in a pin-point zone.
            c.add(QStringLiteral("lyncdiscoverinternal.") + d, Role::LyncDiscoverInternal, path, path,
                  geo || (plan.autodiscover.recordType == AutodiscoverType::Cname && plan.splitBrainFor(d)));
        if (plan.legacyDiscovery.srv || plan.legacyDiscovery.tcp)
            for (qsizetype p = 0; p < sipPools.size(); ++p) {
                const QString target = srvTargetFor(
                    *sipPools.at(p).pool, d, p == 0 && signIn ? plan.signIn.srvTarget : SrvTargetStyle::Pool);
                if (!target.isEmpty() && target != normalizedName(sipPools.at(p).pool->fqdn))
                    c.add(target, Role::SrvTarget, path, path);
            }
        if (plan.devices.deviceUpdates)
            c.add(QStringLiteral("ucupdates-r2.") + d, Role::DeviceUpdates, path, path);
        // Outside, each Edge pool under its domain name: the primary pool as sip.<d>.
        for (const EdgeName &e : edges) {
            if (!e.label.isEmpty())
                c.add(e.label + QLatin1Char('.') + d, Role::SipAccessName, path, e.owner);
            if (e.primary && plan.legacyDiscovery.hostRecords)
                c.add(QStringLiteral("sipexternal.") + d, Role::SipExternal, path, e.owner);
        }
        if (plan.autodiscover.enabled && web && reverseProxyFor(plan, web))
            c.add(QStringLiteral("lyncdiscover.") + d, Role::LyncDiscover, path, path,
                  geo || (plan.autodiscover.recordType == AutodiscoverType::Cname &&
                          !web.pool->webServices.externalFqdn.isEmpty()));
    }
}

void addSimpleUrls(const Plan &plan, const SimpleUrls &urls, const QString &path, bool geo, Claims &c)
{
    // One host for several simple URLs (Microsoft's options 2 and 3) is one role.
    const QStringList meet = effectiveMeetUrls(plan, urls);
    for (qsizetype i = 0; i < meet.size(); ++i)
        c.add(simpleUrlHost(meet.at(i)), Role::MeetUrl,
              urls.meet.isEmpty() ? path + QStringLiteral(".meet")
                                  : indexedPath(path + QStringLiteral(".meet"), i),
              path, geo);
    c.add(simpleUrlHost(effectiveDialinUrl(plan, urls)), Role::DialinUrl, path + QStringLiteral(".dialin"),
          path, geo);
    c.add(simpleUrlHost(urls.admin), Role::AdminUrl, path + QStringLiteral(".admin"), path);
}

void addEdge(const Plan &plan, const EdgeRef &ref, Claims &c)
{
    const Edge &e = *ref.edge;
    const QString path = ref.path();
    c.add(e.internalFqdn, Role::EdgeInternal, path + QStringLiteral(".internalFqdn"), path);
    const QString access = path + QStringLiteral(".accessFqdn");
    c.add(effectiveAccessFqdn(plan, e), Role::AccessEdge, access, access);
    const QString webcon = path + QStringLiteral(".webConferencingFqdn");
    c.add(effectiveWebConferencingFqdn(plan, e), Role::WebConferencingEdge, webcon, webcon);
    const QString av = path + QStringLiteral(".avFqdn");
    c.add(effectiveAvFqdn(plan, e), Role::AvEdge, av, av);
    // A single Edge whose internal FQDN is its server's FQDN is one machine, one role.
    for (qsizetype i = 0; i < e.servers.size(); ++i)
        c.add(e.servers.at(i).fqdn, Role::EdgeServer,
              indexedPath(path + QStringLiteral(".servers"), i) + QStringLiteral(".fqdn"),
              memberOwner(path, e.internalFqdn, e.servers.at(i).fqdn, e.servers.size(), i));
}

// A site's pools and Edge pools: in a version 1 plan these came before the simple URLs, and the
// later of two claims on a name is where the collision is reported, so the order is kept.
void addSitePools(const Plan &plan, qsizetype s, Claims &c)
{
    const Site &site = plan.sites.at(s);
    for (qsizetype i = 0; i < site.frontEndPools.size(); ++i) {
        const Pool &fe = site.frontEndPools.at(i);
        c.addWebPool(fe, sitePath(s, "frontEndPools", i),
                     fe.edition == Edition::Standard ? Role::StandardEditionServer : Role::FrontEndPool,
                     Role::FrontEndServer, Role::FrontEndInternalWeb, Role::FrontEndExternalWeb);
    }
    for (qsizetype i = 0; i < site.directorPools.size(); ++i)
        c.addWebPool(site.directorPools.at(i), sitePath(s, "directorPools", i), Role::DirectorPool,
                     Role::DirectorServer, Role::DirectorInternalWeb, Role::DirectorExternalWeb);
    for (qsizetype i = 0; i < site.edgePools.size(); ++i)
        addEdge(plan, EdgeRef{&site.edgePools.at(i), s, i}, c);
}

// A site's application pools, Office Web Apps farms and site-scoped simple URLs.
void addSiteApplications(const Plan &plan, qsizetype s, Claims &c)
{
    const Site &site = plan.sites.at(s);
    for (qsizetype i = 0; i < site.persistentChatPools.size(); ++i)
        c.addPool(site.persistentChatPools.at(i).fqdn, site.persistentChatPools.at(i).servers,
                  sitePath(s, "persistentChatPools", i), Role::PersistentChatPool,
                  Role::PersistentChatServer);
    for (qsizetype i = 0; i < site.mediationPools.size(); ++i)
        c.addPool(site.mediationPools.at(i).fqdn, site.mediationPools.at(i).servers,
                  sitePath(s, "mediationPools", i), Role::MediationPool, Role::MediationServer);
    for (qsizetype i = 0; i < site.officeWebApps.size(); ++i) {
        // The same FQDN inside and outside is Microsoft's documented layout: one owner.
        const OfficeWebApps &farm = site.officeWebApps.at(i);
        const QString path = sitePath(s, "officeWebApps", i);
        c.add(farm.internalFqdn, Role::OfficeWebAppsInternal, path + QStringLiteral(".internalFqdn"), path);
        c.add(farm.externalFqdn, Role::OfficeWebAppsExternal, path + QStringLiteral(".externalFqdn"), path);
        for (qsizetype m = 0; m < farm.servers.size(); ++m)
            c.add(farm.servers.at(m).fqdn, Role::OfficeWebAppsServer,
                  indexedPath(path + QStringLiteral(".servers"), m) + QStringLiteral(".fqdn"),
                  memberOwner(path, farm.internalFqdn, farm.servers.at(m).fqdn, farm.servers.size(), m));
    }
    // Site-scoped simple URLs are not GeoDNS names: only the global ones become CNAMEs (rule 6).
    if (site.simpleUrls)
        addSimpleUrls(plan, *site.simpleUrls, sitePath(s) + QStringLiteral(".simpleUrls"), false, c);
}

} // namespace

QList<NameClaim> nameClaims(const Plan &plan)
{
    Claims c;
    addGenerated(plan, c);
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        addSitePools(plan, s, c);
    addSimpleUrls(plan, plan.simpleUrls, QStringLiteral("simpleUrls"), plan.geoDns.has_value(), c);
    // One XMPP host serves every SIP domain (plan-format.md rule 4): one claim.
    if (plan.xmppFqdn)
        c.add(*plan.xmppFqdn, Role::XmppHost, QStringLiteral("xmpp.fqdn"), QStringLiteral("xmpp.fqdn"));
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        addSiteApplications(plan, s, c);
    for (qsizetype b = 0; b < plan.branchSites.size(); ++b) {
        const QList<Server> &sbas = plan.branchSites.at(b).survivableBranches;
        for (qsizetype i = 0; i < sbas.size(); ++i) {
            const QString p = indexedPath(branchSitePath(b) + QStringLiteral(".survivableBranches"), i) +
                              QStringLiteral(".fqdn");
            c.add(sbas.at(i).fqdn, Role::SurvivableBranch, p, p);
        }
    }
    return c.take();
}

bool claimsCollide(const NameClaim &a, const NameClaim &b)
{
    if (a.name != b.name || a.owner == b.owner)
        return false;
    const bool inside = hasInternalRecords(a.role) && hasInternalRecords(b.role);
    const bool outside = isPublished(a.role) && isPublished(b.role);
    const bool leak = (roleExposure(a.role) == Exposure::InternalOnly && isPublished(b.role)) ||
                      (roleExposure(b.role) == Exposure::InternalOnly && isPublished(a.role));
    return inside || outside || leak;
}

QList<GuardedName> mustNotResolveExternally(const Plan &plan)
{
    const QList<NameClaim> claims = nameClaims(plan);
    QSet<QString> publishedByOwner; // owner|name
    for (const NameClaim &c : claims)
        if (isPublished(c.role))
            publishedByOwner.insert(c.owner + QLatin1Char('|') + c.name);
    QHash<QString, QString> ruleOf;
    for (const NameClaim &c : claims) {
        if (roleExposure(c.role) != Exposure::InternalOnly ||
            publishedByOwner.contains(c.owner + QLatin1Char('|') + c.name))
            continue;
        // The more specific rule wins over R-EXP6 (a pool whose web FQDN is its own: R-EXP3).
        const QString rule = leakRule(c.role);
        const auto it = ruleOf.constFind(c.name);
        if (it == ruleOf.constEnd() || it.value() == QLatin1String("R-EXP6"))
            ruleOf.insert(c.name, rule);
    }
    QList<GuardedName> out;
    for (auto it = ruleOf.cbegin(); it != ruleOf.cend(); ++it)
        out << GuardedName{it.key(), it.value()};
    std::sort(out.begin(), out.end(),
              [](const GuardedName &a, const GuardedName &b) { return a.name < b.name; });
    return out;
}

QSet<QString> internalOnlyNames(const Plan &plan)
{
    QSet<QString> names;
    for (const GuardedName &g : mustNotResolveExternally(plan))
        names.insert(g.name);
    return names;
}

} // namespace lyncdns
