#pragma once

// Queries over an estate (plan-format.md, version 2): which pool signs clients in, which reverse
// proxy publishes a pool, which Edge pool is primary. The one place these references are resolved;
// the planner, validator, report and wizard all ask here. A reference that names nothing resolves
// to nothing (the validator reports it); it never falls back to a guess.

#include "model/plan/plan.h"

#include <QList>

namespace lyncdns {

enum class PoolKind
{
    FrontEnd,
    Director
};

// A Front End or Director pool and where it sits in the plan.
struct PoolRef
{
    const Pool *pool = nullptr;
    qsizetype site = -1;
    qsizetype index = -1;
    PoolKind kind = PoolKind::FrontEnd;
    explicit operator bool() const { return pool != nullptr; }
    QString path() const; // sites[s].frontEndPools[i] or sites[s].directorPools[i]
};

struct EdgeRef
{
    const Edge *edge = nullptr;
    qsizetype site = -1;
    qsizetype index = -1;
    explicit operator bool() const { return edge != nullptr; }
    QString path() const; // sites[s].edgePools[i]
};

struct ProxyRef
{
    const ReverseProxy *proxy = nullptr;
    qsizetype site = -1;
    qsizetype index = -1;
    explicit operator bool() const { return proxy != nullptr; }
    QString path() const; // sites[s].reverseProxies[i]
};

// Every Director and Front End pool, site by site (each site's Directors first, then its Front Ends).
QList<PoolRef> allPools(const Plan &plan);
QList<PoolRef> frontEndPools(const Plan &plan);
QList<PoolRef> directorPools(const Plan &plan);
QList<EdgeRef> allEdgePools(const Plan &plan);
QList<ProxyRef> allReverseProxies(const Plan &plan);

// Lookups by name: FQDNs compare case-insensitively without a trailing dot.
PoolRef findPool(const Plan &plan, const QString &fqdn);
EdgeRef findEdgePool(const Plan &plan, const QString &internalFqdn);
ProxyRef findReverseProxy(const Plan &plan, const QString &name);
qsizetype findSite(const Plan &plan, const QString &name);

// signIn.pool, else the first Director pool in site order, else the first Front End pool.
PoolRef signInPool(const Plan &plan);
// signIn.webPool, else the sign-in pool.
PoolRef webPool(const Plan &plan);
// signIn.backupPools that name a pool, in order (one _sipinternaltls each, priority 10, 20, ...).
QList<PoolRef> backupPools(const Plan &plan);

// The proxy that publishes a pool: its reverseProxy by name, else its site's first proxy.
ProxyRef reverseProxyFor(const Plan &plan, const PoolRef &pool);
// The proxy of a site: its first.
ProxyRef siteReverseProxy(const Plan &plan, qsizetype site);
// The Edge pool a Front End pool's media use: its edgePool, else its site's first, else the first.
EdgeRef edgePoolFor(const Plan &plan, const PoolRef &pool);
// The Edge pool with the lowest remoteAccessPriority (ties: the first listed).
EdgeRef primaryEdgePool(const Plan &plan);
// The Edge pools marked federation (none marked: the primary pool).
QList<EdgeRef> federationEdgePools(const Plan &plan);
// The Edge pools marked xmpp, by xmppPriority (none marked: the primary pool).
QList<EdgeRef> xmppEdgePools(const Plan &plan);

bool hasEdge(const Plan &plan);
bool hasReverseProxy(const Plan &plan);

// "Standard Edition server", "Front End pool" or "Director pool": the role word reasons use.
QString poolRoleLabel(const PoolRef &pool);

} // namespace lyncdns
