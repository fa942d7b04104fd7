#include "model/plan/estate.h"

#include "model/dns/hostnames.h"
#include "model/plan/planpaths.h"

#include <QCoreApplication>

#include <algorithm>

namespace lyncdns {

QString PoolRef::path() const
{
    return sitePath(site, kind == PoolKind::Director ? "directorPools" : "frontEndPools", index);
}

QString EdgeRef::path() const
{
    return sitePath(site, "edgePools", index);
}

QString ProxyRef::path() const
{
    return sitePath(site, "reverseProxies", index);
}

namespace {

// Every element of one list of every site, in site order, as references that know where they sit.
template<typename Ref, typename Element, typename... Extra>
QList<Ref> collect(const Plan &plan, QList<Element> Site::*list, Extra... extra)
{
    QList<Ref> out;
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        const QList<Element> &elements = plan.sites.at(s).*list;
        for (qsizetype i = 0; i < elements.size(); ++i)
            out << Ref{&elements.at(i), s, i, extra...};
    }
    return out;
}

} // namespace

QList<PoolRef> allPools(const Plan &plan)
{
    // Site by site, each site's Directors before its Front Ends.
    QList<PoolRef> out;
    const QList<PoolRef> directors = directorPools(plan);
    const QList<PoolRef> frontEnds = frontEndPools(plan);
    auto d = directors.cbegin();
    auto f = frontEnds.cbegin();
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        for (; d != directors.cend() && d->site == s; ++d)
            out << *d;
        for (; f != frontEnds.cend() && f->site == s; ++f)
            out << *f;
    }
    return out;
}

QList<PoolRef> frontEndPools(const Plan &plan)
{
    return collect<PoolRef>(plan, &Site::frontEndPools, PoolKind::FrontEnd);
}

QList<PoolRef> directorPools(const Plan &plan)
{
    return collect<PoolRef>(plan, &Site::directorPools, PoolKind::Director);
}

QList<EdgeRef> allEdgePools(const Plan &plan)
{
    return collect<EdgeRef>(plan, &Site::edgePools);
}

QList<ProxyRef> allReverseProxies(const Plan &plan)
{
    return collect<ProxyRef>(plan, &Site::reverseProxies);
}

PoolRef findPool(const Plan &plan, const QString &fqdn)
{
    const QString wanted = normalizedName(fqdn);
    if (wanted.isEmpty())
        return {};
    for (const PoolRef &p : allPools(plan))
        if (normalizedName(p.pool->fqdn) == wanted)
            return p;
    return {};
}

EdgeRef findEdgePool(const Plan &plan, const QString &internalFqdn)
{
    const QString wanted = normalizedName(internalFqdn);
    if (wanted.isEmpty())
        return {};
    for (const EdgeRef &e : allEdgePools(plan))
        if (normalizedName(e.edge->internalFqdn) == wanted)
            return e;
    return {};
}

ProxyRef findReverseProxy(const Plan &plan, const QString &name)
{
    if (name.isEmpty())
        return {};
    for (const ProxyRef &p : allReverseProxies(plan))
        if (p.proxy->name == name)
            return p;
    return {};
}

qsizetype findSite(const Plan &plan, const QString &name)
{
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        if (plan.sites.at(s).name == name)
            return s;
    return -1;
}

PoolRef signInPool(const Plan &plan)
{
    if (!plan.signIn.pool.isEmpty())
        return findPool(plan, plan.signIn.pool);
    const QList<PoolRef> directors = directorPools(plan);
    if (!directors.isEmpty())
        return directors.first();
    const QList<PoolRef> frontEnds = frontEndPools(plan);
    return frontEnds.isEmpty() ? PoolRef{} : frontEnds.first();
}

PoolRef webPool(const Plan &plan)
{
    return plan.signIn.webPool.isEmpty() ? signInPool(plan) : findPool(plan, plan.signIn.webPool);
}

QList<PoolRef> backupPools(const Plan &plan)
{
    QList<PoolRef> out;
    for (const QString &fqdn : plan.signIn.backupPools)
        if (const PoolRef p = findPool(plan, fqdn))
            out << p;
    return out;
}

ProxyRef siteReverseProxy(const Plan &plan, qsizetype site)
{
    if (site < 0 || site >= plan.sites.size() || plan.sites.at(site).reverseProxies.isEmpty())
        return {};
    return ProxyRef{&plan.sites.at(site).reverseProxies.first(), site, 0};
}

ProxyRef reverseProxyFor(const Plan &plan, const PoolRef &pool)
{
    if (!pool)
        return {};
    if (!pool.pool->reverseProxy.isEmpty())
        return findReverseProxy(plan, pool.pool->reverseProxy);
    return siteReverseProxy(plan, pool.site);
}

EdgeRef edgePoolFor(const Plan &plan, const PoolRef &pool)
{
    if (!pool)
        return {};
    if (!pool.pool->edgePool.isEmpty())
        return findEdgePool(plan, pool.pool->edgePool);
    if (pool.site >= 0 && pool.site < plan.sites.size() && !plan.sites.at(pool.site).edgePools.isEmpty())
        return EdgeRef{&plan.sites.at(pool.site).edgePools.first(), pool.site, 0};
    const QList<EdgeRef> all = allEdgePools(plan);
    return all.isEmpty() ? EdgeRef{} : all.first();
}

EdgeRef primaryEdgePool(const Plan &plan)
{
    const QList<EdgeRef> all = allEdgePools(plan);
    // min_element keeps the first of equal priorities: ties go to the pool listed first.
    const auto it = std::min_element(all.cbegin(), all.cend(), [](const EdgeRef &a, const EdgeRef &b) {
        return a.edge->remoteAccessPriority < b.edge->remoteAccessPriority;
    });
    return it == all.cend() ? EdgeRef{} : *it;
}

QList<EdgeRef> federationEdgePools(const Plan &plan)
{
    QList<EdgeRef> out;
    for (const EdgeRef &e : allEdgePools(plan))
        if (e.edge->federation)
            out << e;
    if (out.isEmpty())
        if (const EdgeRef primary = primaryEdgePool(plan))
            out << primary;
    return out;
}

QList<EdgeRef> xmppEdgePools(const Plan &plan)
{
    QList<EdgeRef> out;
    for (const EdgeRef &e : allEdgePools(plan))
        if (e.edge->xmpp)
            out << e;
    std::stable_sort(out.begin(), out.end(), [](const EdgeRef &a, const EdgeRef &b) {
        return a.edge->xmppPriority < b.edge->xmppPriority;
    });
    if (out.isEmpty())
        if (const EdgeRef primary = primaryEdgePool(plan))
            out << primary;
    return out;
}

bool hasEdge(const Plan &plan)
{
    return std::any_of(plan.sites.cbegin(), plan.sites.cend(),
                       [](const Site &s) { return !s.edgePools.isEmpty(); });
}

bool hasReverseProxy(const Plan &plan)
{
    return std::any_of(plan.sites.cbegin(), plan.sites.cend(),
                       [](const Site &s) { return !s.reverseProxies.isEmpty(); });
}

QString poolRoleLabel(const PoolRef &pool)
{
    if (pool.kind == PoolKind::Director)
        //: The role of a pool; %1 in reasons such as "Autodiscover for internal clients: the %1 internal
        //: web services".
        return QCoreApplication::translate("Planner", "Director");
    return pool && pool.pool->edition == Edition::Standard
               ? QCoreApplication::translate("Planner", "Standard Edition server")
               : QCoreApplication::translate("Planner", "Front End pool");
}

} // namespace lyncdns
