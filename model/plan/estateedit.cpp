#include "model/plan/estateedit.h"

#include "model/dns/hostnames.h"
#include "model/plan/estate.h"
#include "model/plan/planreader.h"
#include "model/rules/nameclaims.h"

#include <QHash>
#include <QSet>

#include <type_traits>

// Details the header leaves open, decided here (docs/decisions.md, "Editing the estate's structure"):
// - References are matched the way model/plan/estate.h resolves them: pool and Edge FQDNs
//   case-insensitively without a trailing dot, proxy and site names exactly. A rename or removal
//   touches a reference only when it resolved to the element edited (a reference that named nothing
//   keeps naming nothing; in a plan with two elements of one name the other one keeps them).
// - Uniqueness (rename, duplicate, new names) compares case-insensitively: FQDNs of every role share
//   one namespace, proxy names one, site names one, branch site names one.
// - A duplicate keeps a pool's reverseProxy and edgePool (the copy sits in the same site, published by
//   the same proxy) but not pairedWith (a pairing is between two pools; the copy is not the original's
//   pair), nor an Edge pool's federation and xmpp marks (a second route would be a silent change of
//   the federation and XMPP records). Names equal inside the original stay equal in the copy (a
//   Standard Edition server named after its pool, Office Web Apps under one name inside and outside).
// - An Edge pool's access, web conferencing and A/V FQDNs left to their defaults are copied as the
//   names the original really has, counted up: two pools never share them (plan-format.md rule 4).

namespace lyncdns {

namespace {

// Calls f with the list of a role in a site (const or not); every role's list has its own type.
template<typename SiteT, typename F> decltype(auto) withList(SiteT &site, EstateRole role, F &&f)
{
    switch (role) {
    case EstateRole::FrontEnd:
        return f(site.frontEndPools);
    case EstateRole::Director:
        return f(site.directorPools);
    case EstateRole::Edge:
        return f(site.edgePools);
    case EstateRole::ReverseProxy:
        return f(site.reverseProxies);
    case EstateRole::OfficeWebApps:
        return f(site.officeWebApps);
    case EstateRole::PersistentChat:
        return f(site.persistentChatPools);
    case EstateRole::Mediation:
        break;
    }
    return f(site.mediationPools);
}

// The field an element is named by in the tree and in references.
template<typename T> auto &nameField(T &element)
{
    using Plain = std::remove_const_t<T>;
    if constexpr (std::is_same_v<Plain, Edge> || std::is_same_v<Plain, OfficeWebApps>)
        return element.internalFqdn;
    else if constexpr (std::is_same_v<Plain, ReverseProxy>)
        return element.name;
    else
        return element.fqdn; // Pool, ServerPool
}

constexpr EstateRole kAllRoles[] = {
    EstateRole::FrontEnd,      EstateRole::Director,       EstateRole::Edge,     EstateRole::ReverseProxy,
    EstateRole::OfficeWebApps, EstateRole::PersistentChat, EstateRole::Mediation};

bool inRange(const Plan &plan, qsizetype site)
{
    return site >= 0 && site < plan.sites.size();
}

bool inRange(const Plan &plan, qsizetype site, EstateRole role, qsizetype index)
{
    return index >= 0 && index < estateRoleCount(plan, site, role);
}

bool sameName(const QString &a, const QString &b)
{
    return normalizedName(a) == normalizedName(b);
}

// True when another element named by an FQDN (any role but the proxy, any site) has name.
bool fqdnTaken(const Plan &plan, const QString &name, qsizetype site, EstateRole role, qsizetype index)
{
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        for (const EstateRole r : kAllRoles) {
            if (r == EstateRole::ReverseProxy)
                continue;
            const qsizetype count = estateRoleCount(plan, s, r);
            for (qsizetype i = 0; i < count; ++i)
                if (!(s == site && r == role && i == index) &&
                    sameName(estateElementName(plan, s, r, i), name))
                    return true;
        }
    return false;
}

bool proxyNameTaken(const Plan &plan, const QString &name, const ReverseProxy *except = nullptr)
{
    for (const Site &site : plan.sites)
        for (const ReverseProxy &proxy : site.reverseProxies)
            if (&proxy != except && sameName(proxy.name, name))
                return true;
    return false;
}

QStringList proxyNames(const Plan &plan)
{
    QStringList out;
    for (const Site &site : plan.sites)
        for (const ReverseProxy &proxy : site.reverseProxies)
            out << proxy.name;
    return out;
}

// Points every reference to a Front End or Director pool named from at to (to empty: drops it from
// the lists and gives single references their default back).
void retargetPoolReferences(Plan &plan, const QString &from, const QString &to)
{
    if (normalizedName(from).isEmpty())
        return;
    const auto single = [&](QString &reference) {
        if (sameName(reference, from))
            reference = to;
    };
    const auto list = [&](QStringList &references) {
        for (QString &r : references)
            single(r);
        references.removeAll(QString());
    };
    single(plan.signIn.pool);
    single(plan.signIn.webPool);
    list(plan.signIn.backupPools);
    if (plan.geoDns)
        list(plan.geoDns->pools);
    for (Site &site : plan.sites) {
        for (Pool &pool : site.frontEndPools)
            single(pool.pairedWith);
        for (Pool &pool : site.directorPools)
            single(pool.pairedWith);
    }
}

void retargetEdgeReferences(Plan &plan, const QString &from, const QString &to)
{
    if (normalizedName(from).isEmpty())
        return;
    for (Site &site : plan.sites)
        for (Pool &pool : site.frontEndPools)
            if (sameName(pool.edgePool, from))
                pool.edgePool = to;
}

void retargetProxyReferences(Plan &plan, const QString &from, const QString &to)
{
    if (from.isEmpty())
        return;
    for (Site &site : plan.sites) {
        for (Pool &pool : site.frontEndPools)
            if (pool.reverseProxy == from)
                pool.reverseProxy = to;
        for (Pool &pool : site.directorPools)
            if (pool.reverseProxy == from)
                pool.reverseProxy = to;
    }
}

// The names of the elements references can name, taken before a removal.
struct NamedElements
{
    QStringList pools, edges, proxies;

    void add(const Plan &plan, qsizetype site, EstateRole role, qsizetype index)
    {
        const QString name = estateElementName(plan, site, role, index);
        if (role == EstateRole::FrontEnd || role == EstateRole::Director)
            pools << name;
        else if (role == EstateRole::Edge)
            edges << name;
        else if (role == EstateRole::ReverseProxy)
            proxies << name;
    }

    // After the removal: references to a name that no longer resolves get their default back.
    void dropDangling(Plan &plan) const
    {
        for (const QString &name : pools)
            if (!findPool(plan, name))
                retargetPoolReferences(plan, name, QString());
        for (const QString &name : edges)
            if (!findEdgePool(plan, name))
                retargetEdgeReferences(plan, name, QString());
        for (const QString &name : proxies)
            if (!findReverseProxy(plan, name))
                retargetProxyReferences(plan, name, QString());
    }
};

// True when references to the element's name resolve to this very element (estate.h's resolver).
bool referencesResolveTo(const Plan &plan, qsizetype site, EstateRole role, qsizetype index)
{
    const QString name = estateElementName(plan, site, role, index);
    switch (role) {
    case EstateRole::FrontEnd:
    case EstateRole::Director: {
        const PoolRef ref = findPool(plan, name);
        const PoolKind kind = role == EstateRole::Director ? PoolKind::Director : PoolKind::FrontEnd;
        return ref && ref.site == site && ref.index == index && ref.kind == kind;
    }
    case EstateRole::Edge: {
        const EdgeRef ref = findEdgePool(plan, name);
        return ref && ref.site == site && ref.index == index;
    }
    case EstateRole::ReverseProxy: {
        const ProxyRef ref = findReverseProxy(plan, name);
        return ref && ref.site == site && ref.index == index;
    }
    default:
        return false; // nothing refers to the other roles by name (plan-format.md)
    }
}

// Names the copies of one duplicate: every name counted up past every name of the plan and every
// name given so far, one original name giving one copy name.
class CopyNamer
{
public:
    explicit CopyNamer(const Plan &plan)
        : m_plan(plan)
        , m_proxiesTaken(proxyNames(plan))
    {
        for (const NameClaim &claim : nameClaims(plan))
            m_fqdnsTaken << claim.name;
    }

    QString fqdn(const QString &original) { return name(original, m_fqdns, m_fqdnsTaken); }
    QString proxy(const QString &original) { return name(original, m_proxies, m_proxiesTaken); }
    // The copy's name for an original's, if one was given.
    QString copiedFqdn(const QString &original) const { return m_fqdns.value(normalizedName(original)); }
    QString copiedProxy(const QString &original) const { return m_proxies.value(normalizedName(original)); }

    void copy(Pool &pool)
    {
        pool.fqdn = fqdn(pool.fqdn);
        pool.vip.clear();
        pool.vipIpv6.clear();
        copyServers(pool.servers);
        pool.webServices.internalFqdn = fqdn(pool.webServices.internalFqdn); // empty stays the pool's
        pool.webServices.internalVip.clear();
        pool.webServices.internalVipIpv6.clear();
        pool.webServices.externalFqdn = fqdn(pool.webServices.externalFqdn);
        pool.pairedWith.clear();
    }

    void copy(Edge &edge)
    {
        // The defaults resolved first: left empty they would be the original's names again. With no
        // SIP domain yet there is no default to count up, and the field stays empty.
        const bool defaults = !m_plan.primarySipDomain().isEmpty();
        const auto service = [&](const QString &field, const QString &effective) {
            return fqdn(field.isEmpty() && defaults ? effective : field);
        };
        edge.accessFqdn = service(edge.accessFqdn, effectiveAccessFqdn(m_plan, edge));
        edge.webConferencingFqdn =
            service(edge.webConferencingFqdn, effectiveWebConferencingFqdn(m_plan, edge));
        edge.avFqdn = service(edge.avFqdn, effectiveAvFqdn(m_plan, edge));
        edge.internalFqdn = fqdn(edge.internalFqdn);
        for (EdgeServer &server : edge.servers)
            server = EdgeServer{fqdn(server.fqdn), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
        if (edge.vips)
            edge.vips = EdgeVips{};
        edge.federation = false;
        edge.xmpp = false;
    }

    void copy(ReverseProxy &proxyElement) { proxyElement = ReverseProxy{proxy(proxyElement.name), {}, {}}; }

    void copy(OfficeWebApps &farm)
    {
        farm.internalFqdn = fqdn(farm.internalFqdn);
        farm.internalIpv4.clear();
        farm.internalIpv6.clear();
        farm.externalFqdn = fqdn(farm.externalFqdn);
        copyServers(farm.servers);
    }

    void copy(ServerPool &pool)
    {
        pool.fqdn = fqdn(pool.fqdn);
        copyServers(pool.servers);
    }

private:
    void copyServers(QList<Server> &servers)
    {
        for (Server &server : servers)
            server = Server{fqdn(server.fqdn), {}, {}};
    }

    static QString name(const QString &original, QHash<QString, QString> &given, QStringList &taken)
    {
        if (original.isEmpty())
            return {};
        const QString key = normalizedName(original);
        const auto it = given.constFind(key);
        if (it != given.constEnd())
            return it.value();
        const QString copy = duplicateName(original, taken);
        taken << copy;
        given.insert(key, copy);
        return copy;
    }

    const Plan &m_plan;
    QStringList m_fqdnsTaken;
    QStringList m_proxiesTaken;
    QHash<QString, QString> m_fqdns;   // normalized original -> copy
    QHash<QString, QString> m_proxies; // normalized original -> copy
};

// "<base>", else "<base> 2", "<base> 3", ...: the first not in taken (case-insensitively).
QString unusedName(const QString &base, qsizetype first, const QStringList &taken)
{
    for (qsizetype n = first;; ++n) {
        const QString candidate = n == 0 ? base : base + QStringLiteral(" %1").arg(n);
        if (!taken.contains(candidate, Qt::CaseInsensitive))
            return candidate;
    }
}

QStringList siteNames(const Plan &plan)
{
    QStringList out;
    for (const Site &site : plan.sites)
        out << site.name;
    return out;
}

QStringList branchNames(const Plan &plan)
{
    QStringList out;
    for (const BranchSite &branch : plan.branchSites)
        out << branch.name;
    return out;
}

} // namespace

const char *estateRoleList(EstateRole role)
{
    switch (role) {
    case EstateRole::FrontEnd:
        return "frontEndPools";
    case EstateRole::Director:
        return "directorPools";
    case EstateRole::Edge:
        return "edgePools";
    case EstateRole::ReverseProxy:
        return "reverseProxies";
    case EstateRole::OfficeWebApps:
        return "officeWebApps";
    case EstateRole::PersistentChat:
        return "persistentChatPools";
    case EstateRole::Mediation:
        break;
    }
    return "mediationPools";
}

qsizetype estateRoleCount(const Plan &plan, qsizetype site, EstateRole role)
{
    if (!inRange(plan, site))
        return 0;
    return withList(plan.sites.at(site), role, [](const auto &list) { return list.size(); });
}

QString estateElementName(const Plan &plan, qsizetype site, EstateRole role, qsizetype index)
{
    if (!inRange(plan, site, role, index))
        return {};
    return withList(plan.sites.at(site), role,
                    [index](const auto &list) -> QString { return nameField(list.at(index)); });
}

QString unusedSiteName(const Plan &plan)
{
    // Counted from the number of sites: the second site of a tree is "Site 2".
    return unusedName(QStringLiteral("Site"), plan.sites.size() + 1, siteNames(plan));
}

qsizetype addSite(Plan &plan, const QString &name)
{
    Site site;
    site.name = name.isEmpty() ? unusedSiteName(plan) : name;
    plan.sites << site;
    return plan.sites.size() - 1;
}

qsizetype duplicateSite(Plan &plan, qsizetype site)
{
    if (!inRange(plan, site))
        return -1;
    const Site &original = plan.sites.at(site);
    const QStringList taken = siteNames(plan);
    const QString base =
        original.name.isEmpty() ? unusedSiteName(plan) : original.name + QStringLiteral(" (copy");
    Site copy = original;
    if (original.name.isEmpty()) {
        copy.name = base;
    } else {
        // "Redmond (copy)", then "Redmond (copy 2)", ...
        for (qsizetype n = 1;; ++n) {
            copy.name = base + (n == 1 ? QString() : QStringLiteral(" %1").arg(n)) + QLatin1Char(')');
            if (!taken.contains(copy.name, Qt::CaseInsensitive))
                break;
        }
    }
    CopyNamer namer(plan);
    for (const EstateRole role : kAllRoles)
        withList(copy, role, [&namer](auto &list) {
            for (auto &element : list)
                namer.copy(element);
        });
    // References inside the site follow to the copies; those to other sites' elements stay.
    const auto followInside = [&](QList<Pool> &pools) {
        for (Pool &pool : pools) {
            if (const ProxyRef proxy = findReverseProxy(plan, pool.reverseProxy); proxy && proxy.site == site)
                pool.reverseProxy = namer.copiedProxy(pool.reverseProxy);
            if (const EdgeRef edge = findEdgePool(plan, pool.edgePool); edge && edge.site == site)
                pool.edgePool = namer.copiedFqdn(pool.edgePool);
        }
    };
    followInside(copy.frontEndPools);
    followInside(copy.directorPools);
    // Site-scoped simple URLs would claim the original's hosts a second time: the global URLs
    // serve the copy until the admin gives it its own.
    copy.simpleUrls.reset();
    plan.sites << copy;
    return plan.sites.size() - 1;
}

bool renameSite(Plan &plan, qsizetype site, const QString &name)
{
    if (!inRange(plan, site) || name.isEmpty())
        return false;
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        if (s != site && plan.sites.at(s).name.compare(name, Qt::CaseInsensitive) == 0)
            return false;
    const QString old = plan.sites.at(site).name;
    if (findSite(plan, old) == site)
        for (BranchSite &branch : plan.branchSites)
            if (branch.centralSite == old)
                branch.centralSite = name;
    plan.sites[site].name = name;
    return true;
}

bool removeSite(Plan &plan, qsizetype site)
{
    if (!inRange(plan, site))
        return false;
    NamedElements gone;
    for (const EstateRole role : kAllRoles)
        for (qsizetype i = 0; i < estateRoleCount(plan, site, role); ++i)
            gone.add(plan, site, role, i);
    const QString name = plan.sites.at(site).name;
    plan.sites.removeAt(site);
    gone.dropDangling(plan);
    if (findSite(plan, name) < 0)
        for (BranchSite &branch : plan.branchSites)
            if (branch.centralSite == name)
                branch.centralSite.clear();
    return true;
}

qsizetype addElement(Plan &plan, qsizetype site, EstateRole role)
{
    if (!inRange(plan, site))
        return -1;
    Site &s = plan.sites[site];
    switch (role) {
    case EstateRole::FrontEnd: {
        Pool pool;
        pool.edition = Edition::Enterprise;
        pool.loadBalancing = LoadBalancing::Hardware;
        s.frontEndPools << pool;
        break;
    }
    case EstateRole::Director: {
        Pool pool;
        pool.loadBalancing = LoadBalancing::Hardware;
        s.directorPools << pool;
        break;
    }
    case EstateRole::Edge: {
        // One empty server row: the validator then asks for its addresses field by field, which a
        // pool of no servers would not ("the Edge needs at least one server").
        Edge edge;
        edge.layout = EdgeLayout::Single;
        edge.servers << EdgeServer{};
        s.edgePools << edge;
        break;
    }
    case EstateRole::ReverseProxy: {
        const QString first = v1ReverseProxyName();
        const QStringList taken = proxyNames(plan);
        const QString name = taken.contains(first, Qt::CaseInsensitive) ? duplicateName(first, taken) : first;
        s.reverseProxies << ReverseProxy{name, {}, {}};
        break;
    }
    case EstateRole::OfficeWebApps:
        s.officeWebApps << OfficeWebApps{};
        break;
    case EstateRole::PersistentChat:
        s.persistentChatPools << ServerPool{};
        break;
    case EstateRole::Mediation:
        s.mediationPools << ServerPool{};
        break;
    }
    return estateRoleCount(plan, site, role) - 1;
}

qsizetype duplicateElement(Plan &plan, qsizetype site, EstateRole role, qsizetype index)
{
    if (!inRange(plan, site) || !inRange(plan, site, role, index))
        return -1;
    CopyNamer namer(plan);
    withList(plan.sites[site], role, [&namer, index](auto &list) {
        auto copy = list.at(index);
        namer.copy(copy);
        list.insert(index + 1, copy);
    });
    return index + 1;
}

namespace {

// Points the references of a role's kind from one name to another; false for a role nothing
// refers to by name.
bool retarget(Plan &plan, EstateRole role, const QString &from, const QString &to)
{
    switch (role) {
    case EstateRole::FrontEnd:
    case EstateRole::Director:
        retargetPoolReferences(plan, from, to);
        return true;
    case EstateRole::Edge:
        retargetEdgeReferences(plan, from, to);
        return true;
    case EstateRole::ReverseProxy:
        retargetProxyReferences(plan, from, to);
        return true;
    default:
        return false; // nothing refers to the other roles by name
    }
}

// True when a reference of the role's kind names `name`: asked of the retarget functions, the one
// place that knows where such references are.
bool isReferenced(const Plan &plan, EstateRole role, const QString &name)
{
    Plan probe = plan;
    return retarget(probe, role, name, QStringLiteral("\x01")) && !(probe == plan);
}

// Whether another element of the role's kind has the name (proxies among proxies, FQDNs among every
// pool, Edge pool and farm).
bool nameTaken(const Plan &plan, const QString &name, qsizetype site, EstateRole role, qsizetype index)
{
    return role == EstateRole::ReverseProxy
               ? proxyNameTaken(plan, name, &plan.sites.at(site).reverseProxies.at(index))
               : fqdnTaken(plan, name, site, role, index);
}

} // namespace

bool renameElement(Plan &plan, qsizetype site, EstateRole role, qsizetype index, const QString &name)
{
    if (!inRange(plan, site) || !inRange(plan, site, role, index) || name.isEmpty())
        return false;
    if (nameTaken(plan, name, site, role, index))
        return false;
    const QString old = estateElementName(plan, site, role, index);
    if (referencesResolveTo(plan, site, role, index))
        retarget(plan, role, old, name);
    withList(plan.sites[site], role, [index, &name](auto &list) { nameField(list[index]) = name; });
    return true;
}

bool followRename(Plan &plan, qsizetype site, EstateRole role, qsizetype index, const QString &old)
{
    if (!inRange(plan, site) || !inRange(plan, site, role, index))
        return false;
    const QString name = estateElementName(plan, site, role, index);
    // Proxy names resolve as written; FQDNs in any case and without a trailing dot.
    const bool unchanged = role == EstateRole::ReverseProxy ? old == name : sameName(old, name);
    if (old.isEmpty() || name.isEmpty() || unchanged)
        return false;
    // A reference already naming the new name (left dangling before) would merge with this
    // element's: they wait, as while another element has the old or the new name.
    if (nameTaken(plan, old, site, role, index) || nameTaken(plan, name, site, role, index) ||
        isReferenced(plan, role, name))
        return false;
    return retarget(plan, role, old, name);
}

bool removeElement(Plan &plan, qsizetype site, EstateRole role, qsizetype index)
{
    if (!inRange(plan, site) || !inRange(plan, site, role, index))
        return false;
    NamedElements gone;
    gone.add(plan, site, role, index);
    withList(plan.sites[site], role, [index](auto &list) { list.removeAt(index); });
    gone.dropDangling(plan);
    return true;
}

qsizetype addBranchSite(Plan &plan)
{
    BranchSite branch;
    branch.name = unusedName(QStringLiteral("Branch"), plan.branchSites.size() + 1, branchNames(plan));
    if (!plan.sites.isEmpty())
        branch.centralSite = plan.sites.first().name;
    plan.branchSites << branch;
    return plan.branchSites.size() - 1;
}

bool renameBranchSite(Plan &plan, qsizetype branch, const QString &name)
{
    if (branch < 0 || branch >= plan.branchSites.size() || name.isEmpty())
        return false;
    for (qsizetype b = 0; b < plan.branchSites.size(); ++b)
        if (b != branch && plan.branchSites.at(b).name.compare(name, Qt::CaseInsensitive) == 0)
            return false;
    plan.branchSites[branch].name = name;
    return true;
}

bool removeBranchSite(Plan &plan, qsizetype branch)
{
    if (branch < 0 || branch >= plan.branchSites.size())
        return false;
    plan.branchSites.removeAt(branch);
    return true;
}

QString duplicateName(const QString &name, const QStringList &taken)
{
    if (name.isEmpty())
        return {};
    QSet<QString> used;
    for (const QString &t : taken)
        used.insert(normalizedName(t));
    // The first label counts; a name without a dot is all first label.
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    const QString label = dot < 0 ? name : name.left(dot);
    const QString rest = dot < 0 ? QString() : name.mid(dot);
    // Its trailing number (at most 9 digits: more would overflow nothing useful).
    qsizetype digits = 0;
    while (digits < label.size() && digits < 9) {
        const QChar c = label.at(label.size() - 1 - digits);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            break;
        ++digits;
    }
    const QString stem = label.left(label.size() - digits);
    // Without a number, a host name continues "fe" -> "fe2" (Microsoft's fe01/pool01 style has one
    // already); a plain name such as a proxy's continues as the version 1 proxy names do:
    // "reverse-proxy" -> "reverse-proxy-2".
    const QString separator = digits == 0 && dot < 0 ? QStringLiteral("-") : QString();
    qulonglong number = digits == 0 ? 1 : label.right(digits).toULongLong();
    const int width = int(digits); // keeps zero padding: pool09 -> pool10, pool001 -> pool002
    for (;;) {
        ++number;
        const QString candidate =
            stem + separator + QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0')) + rest;
        if (!used.contains(normalizedName(candidate)))
            return candidate;
    }
}

} // namespace lyncdns
