#include "model/validator/checks.h"

#include "model/dns/hostnames.h"
#include "model/plan/estate.h"
#include "model/plan/planpaths.h"
#include "model/rules/nameclaims.h"
#include "model/rules/roles.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <utility>

namespace lyncdns {

namespace {

struct Address
{
    QString path;
    QString value;
};

// P-DUP-ADDRESS and R-LB8 over the addresses of one pool: one address per server behind DNS load
// balancing, one IPv6 scope per pool.
void checkPoolAddresses(const QList<Address> &addresses, bool dnsLb, FindingSink &out)
{
    QHash<QString, QString> seen; // canonical address -> path
    const Address *firstIpv6 = nullptr;
    for (const Address &address : addresses) {
        if (address.value.isEmpty() || !(isValidIpv4(address.value) || isValidIpv6(address.value)))
            continue;
        const QString key = canonicalAddress(address.value);
        if (dnsLb && seen.contains(key))
            out.error("P-DUP-ADDRESS", address.path,
                      QCoreApplication::translate(
                          "Validator", "%1 is already the address at %2: DNS load balancing needs one "
                                       "address per server")
                          .arg(address.value, seen.value(key)));
        seen.insert(key, address.path);
        if (!isValidIpv6(address.value))
            continue;
        if (!firstIpv6) {
            firstIpv6 = &address;
        } else if (ipv6Scope(address.value) != ipv6Scope(firstIpv6->value)) {
            out.warning("R-LB8", address.path,
                        QCoreApplication::translate(
                            "Validator", "%1 is a %2 address but %3 is %4: the servers of a pool should "
                                         "use IPv6 addresses of one scope")
                            .arg(address.value, ipv6ScopeName(ipv6Scope(address.value)), firstIpv6->value,
                                 ipv6ScopeName(ipv6Scope(firstIpv6->value))));
            firstIpv6 = &address; // one warning per change of scope, not per server
        }
    }
}

QList<Address> serverAddresses(const QList<Server> &list, const QString &path, const char *field)
{
    const bool v4 = QLatin1String(field) == QLatin1String("ipv4");
    QList<Address> out;
    for (qsizetype i = 0; i < list.size(); ++i)
        out << Address{indexedPath(path, i) + QLatin1Char('.') + QLatin1String(field),
                       v4 ? list.at(i).ipv4 : list.at(i).ipv6};
    return out;
}

void checkServers(const QList<Server> &list, const QString &path, bool dnsLb, FindingSink &out)
{
    checkPoolAddresses(serverAddresses(list, path, "ipv4"), dnsLb, out);
    checkPoolAddresses(serverAddresses(list, path, "ipv6"), dnsLb, out);
}

void checkEdgeServers(const EdgeRef &ref, FindingSink &out)
{
    const Edge &e = *ref.edge;
    const bool dnsLb = e.layout == EdgeLayout::ScaledDns;
    const QString sp = ref.path() + QStringLiteral(".servers");
    for (const auto &[field, member] :
         {std::pair{"internalIpv4", &EdgeServer::internalIpv4},
          std::pair{"internalIpv6", &EdgeServer::internalIpv6},
          std::pair{"accessIpv4", &EdgeServer::accessIpv4}, std::pair{"accessIpv6", &EdgeServer::accessIpv6},
          std::pair{"webConferencingIpv4", &EdgeServer::webConferencingIpv4},
          std::pair{"webConferencingIpv6", &EdgeServer::webConferencingIpv6},
          std::pair{"avIpv4", &EdgeServer::avIpv4}, std::pair{"avIpv6", &EdgeServer::avIpv6}}) {
        QList<Address> list;
        for (qsizetype i = 0; i < e.servers.size(); ++i)
            list << Address{indexedPath(sp, i) + QLatin1Char('.') + QLatin1String(field),
                            e.servers.at(i).*member};
        checkPoolAddresses(list, dnsLb, out);
    }
}

struct EdgeService
{
    QString field;
    QString address;
    Role role;
};

// One public address for several Edge services works only with a distinct port per service.
void sharedAddress(const QString &path, const QList<EdgeService> &services, FindingSink &out)
{
    QString shared;
    QStringList sharing;
    QString lastField;
    for (qsizetype i = 0; i < services.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            const EdgeService &s = services.at(i);
            const EdgeService &t = services.at(j);
            if (s.address.isEmpty() || canonicalAddress(s.address) != canonicalAddress(t.address))
                continue;
            shared = s.address;
            if (!sharing.contains(roleLabel(t.role)))
                sharing << roleLabel(t.role);
            if (!sharing.contains(roleLabel(s.role)))
                sharing << roleLabel(s.role);
            lastField = s.field;
        }
    }
    if (!shared.isEmpty())
        out.warning("P-EDGE-SHARED-IP", path + lastField,
                    QCoreApplication::translate(
                        "Validator", "%1 is the address of the %2: one public address for several Edge "
                                     "services works only with a distinct port for each service")
                        .arg(shared, sharing.join(QStringLiteral(", "))));
}

// P-EDGE-IPV6 and P-EDGE-SHARED-IP, per Edge server (or per set of VIPs for a hardware load balancer).
void checkEdgeSides(const EdgeRef &ref, FindingSink &out)
{
    struct Side
    {
        QString path; // "sites[0].edgePools[0].servers[0]." or "….vips."
        QString internalIpv6;
        QString access4, webcon4, av4, access6, webcon6, av6;
        QString accessKey4, webconKey4, avKey4;
    };
    QList<Side> sides;
    const Edge &e = *ref.edge;
    if (e.layout == EdgeLayout::ScaledHardware) {
        if (e.vips)
            sides << Side{ref.path() + QStringLiteral(".vips."),
                          e.vips->internalIpv6,
                          e.vips->access,
                          e.vips->webConferencing,
                          e.vips->av,
                          e.vips->accessIpv6,
                          e.vips->webConferencingIpv6,
                          e.vips->avIpv6,
                          QStringLiteral("access"),
                          QStringLiteral("webConferencing"),
                          QStringLiteral("av")};
    } else {
        for (qsizetype i = 0; i < e.servers.size(); ++i) {
            const EdgeServer &s = e.servers.at(i);
            sides << Side{indexedPath(ref.path() + QStringLiteral(".servers"), i) + QLatin1Char('.'),
                          s.internalIpv6,
                          s.accessIpv4,
                          s.webConferencingIpv4,
                          s.avIpv4,
                          s.accessIpv6,
                          s.webConferencingIpv6,
                          s.avIpv6,
                          QStringLiteral("accessIpv4"),
                          QStringLiteral("webConferencingIpv4"),
                          QStringLiteral("avIpv4")};
        }
    }
    for (const Side &side : std::as_const(sides)) {
        const bool externalIpv6 = !side.access6.isEmpty() || !side.webcon6.isEmpty() || !side.av6.isEmpty();
        if (!side.internalIpv6.isEmpty() && !externalIpv6)
            out.error("P-EDGE-IPV6", side.path + QStringLiteral("internalIpv6"),
                      QCoreApplication::translate(
                          "Validator", "the Edge's internal side is dual-stack but its external side is "
                                       "IPv4 only: give the external side IPv6 addresses too, or no IPv6 "
                                       "address on the internal side"));
        sharedAddress(side.path,
                      {{side.accessKey4, side.access4, Role::AccessEdge},
                       {side.webconKey4, side.webcon4, Role::WebConferencingEdge},
                       {side.avKey4, side.av4, Role::AvEdge}},
                      out);
        sharedAddress(side.path,
                      {{QStringLiteral("accessIpv6"), side.access6, Role::AccessEdge},
                       {QStringLiteral("webConferencingIpv6"), side.webcon6, Role::WebConferencingEdge},
                       {QStringLiteral("avIpv6"), side.av6, Role::AvEdge}},
                      out);
    }
}

// R-IP1: with IPv6, every published host needs an AAAA as well.
class MissingIpv6
{
public:
    explicit MissingIpv6(FindingSink &out)
        : m_out(out)
    {
    }

    void operator()(const QString &path, const QString &ipv4, const QString &ipv6, const QString &what) const
    {
        if (!ipv4.isEmpty() && ipv6.isEmpty())
            m_out.warning("R-IP1", path,
                          QCoreApplication::translate("Validator",
                                                      "IPv6 is on but %1 has no IPv6 address: no AAAA record")
                              .arg(what));
    }

    void servers(const QList<Server> &list, const QString &path) const
    {
        for (qsizetype i = 0; i < list.size(); ++i)
            (*this)(indexedPath(path, i) + QStringLiteral(".ipv6"), list.at(i).ipv4, list.at(i).ipv6,
                    list.at(i).fqdn);
    }

    void pool(const PoolRef &ref) const
    {
        const Pool &p = *ref.pool;
        const QString path = ref.path();
        servers(p.servers, path + QStringLiteral(".servers"));
        if (p.loadBalancing == LoadBalancing::Hardware)
            (*this)(path + QStringLiteral(".vipIpv6"), p.vip, p.vipIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the pool VIP"));
        (*this)(path + QStringLiteral(".webServices.internalVipIpv6"), p.webServices.internalVip,
                p.webServices.internalVipIpv6,
                //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                QCoreApplication::translate("Validator", "the internal web VIP"));
    }

    void edge(const EdgeRef &ref) const
    {
        const Edge &e = *ref.edge;
        if (e.layout == EdgeLayout::ScaledHardware) {
            if (!e.vips)
                return;
            const QString vp = ref.path() + QStringLiteral(".vips.");
            (*this)(vp + QStringLiteral("internalIpv6"), e.vips->internal, e.vips->internalIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the Edge internal VIP"));
            (*this)(vp + QStringLiteral("accessIpv6"), e.vips->access, e.vips->accessIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the Access Edge VIP"));
            (*this)(vp + QStringLiteral("webConferencingIpv6"), e.vips->webConferencing,
                    e.vips->webConferencingIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the Web Conferencing Edge VIP"));
            (*this)(vp + QStringLiteral("avIpv6"), e.vips->av, e.vips->avIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the A/V Edge VIP"));
            return;
        }
        for (qsizetype i = 0; i < e.servers.size(); ++i) {
            const EdgeServer &s = e.servers.at(i);
            const QString sp = indexedPath(ref.path() + QStringLiteral(".servers"), i) + QLatin1Char('.');
            (*this)(sp + QStringLiteral("internalIpv6"), s.internalIpv4, s.internalIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the Edge internal interface"));
            (*this)(sp + QStringLiteral("accessIpv6"), s.accessIpv4, s.accessIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the Access Edge"));
            (*this)(sp + QStringLiteral("webConferencingIpv6"), s.webConferencingIpv4, s.webConferencingIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the Web Conferencing Edge"));
            (*this)(sp + QStringLiteral("avIpv6"), s.avIpv4, s.avIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the A/V Edge"));
        }
    }

private:
    FindingSink &m_out;
};

void checkIpv6(const Plan &plan, FindingSink &out)
{
    if (!plan.dns.ipv6)
        return;
    const MissingIpv6 missing(out);
    for (const PoolRef &ref : frontEndPools(plan))
        missing.pool(ref);
    for (const PoolRef &ref : directorPools(plan))
        missing.pool(ref);
    for (const ProxyRef &ref : allReverseProxies(plan))
        missing(ref.path() + QStringLiteral(".publicIpv6"), ref.proxy->publicIpv4, ref.proxy->publicIpv6,
                //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                QCoreApplication::translate("Validator", "the reverse proxy"));
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        const Site &site = plan.sites.at(s);
        for (qsizetype i = 0; i < site.officeWebApps.size(); ++i) {
            const OfficeWebApps &farm = site.officeWebApps.at(i);
            const QString p = sitePath(s, "officeWebApps", i);
            missing(p + QStringLiteral(".internalIpv6"), farm.internalIpv4, farm.internalIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "Office Web Apps"));
            missing.servers(farm.servers, p + QStringLiteral(".servers"));
        }
        for (qsizetype i = 0; i < site.persistentChatPools.size(); ++i)
            missing.servers(site.persistentChatPools.at(i).servers,
                            sitePath(s, "persistentChatPools", i) + QStringLiteral(".servers"));
        for (qsizetype i = 0; i < site.mediationPools.size(); ++i)
            missing.servers(site.mediationPools.at(i).servers,
                            sitePath(s, "mediationPools", i) + QStringLiteral(".servers"));
    }
    for (qsizetype b = 0; b < plan.branchSites.size(); ++b)
        missing.servers(plan.branchSites.at(b).survivableBranches,
                        branchSitePath(b) + QStringLiteral(".survivableBranches"));
    for (const EdgeRef &ref : allEdgePools(plan))
        missing.edge(ref);
}

} // namespace

void checkAddresses(const Plan &plan, FindingSink &out)
{
    for (const PoolRef &ref : frontEndPools(plan))
        checkServers(ref.pool->servers, ref.path() + QStringLiteral(".servers"),
                     ref.pool->loadBalancing == LoadBalancing::Dns, out);
    for (const PoolRef &ref : directorPools(plan))
        checkServers(ref.pool->servers, ref.path() + QStringLiteral(".servers"),
                     ref.pool->loadBalancing == LoadBalancing::Dns, out);
    // Persistent Chat and Mediation pools are DNS load balanced (plan-format.md v2 rule 1).
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        const Site &site = plan.sites.at(s);
        for (qsizetype i = 0; i < site.persistentChatPools.size(); ++i)
            checkServers(site.persistentChatPools.at(i).servers,
                         sitePath(s, "persistentChatPools", i) + QStringLiteral(".servers"), true, out);
        for (qsizetype i = 0; i < site.mediationPools.size(); ++i)
            checkServers(site.mediationPools.at(i).servers,
                         sitePath(s, "mediationPools", i) + QStringLiteral(".servers"), true, out);
    }
    for (const EdgeRef &ref : allEdgePools(plan)) {
        checkEdgeServers(ref, out);
        checkEdgeSides(ref, out);
    }
    checkIpv6(plan, out);
}

} // namespace lyncdns
