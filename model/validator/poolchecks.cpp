#include "model/validator/checks.h"

#include "model/dns/hostnames.h"
#include "model/plan/estate.h"
#include "model/plan/planpaths.h"
#include "model/rules/nameclaims.h"

#include <QCoreApplication>

#include <utility>

namespace lyncdns {

namespace {

// A Front End pool, Standard Edition server or Director pool: its fields, edition and load balancing.
void checkWebPool(const PoolRef &ref, FindingSink &out)
{
    const Pool &pool = *ref.pool;
    const bool isFrontEnd = ref.kind == PoolKind::FrontEnd;
    const QString path = ref.path();
    //: %1 in "the %1 needs at least one server", "a DNS load-balanced %1 …" and "a %1 with %2 servers …".
    const QString what = isFrontEnd ? QCoreApplication::translate("Validator", "Front End pool")
                                    //: %1 in "the %1 needs at least one server" and similar messages.
                                    : QCoreApplication::translate("Validator", "Director pool");
    out.host(path + QStringLiteral(".fqdn"), pool.fqdn);
    const QString serversPath = path + QStringLiteral(".servers");
    out.servers(pool.servers, serversPath);
    if (pool.servers.isEmpty())
        out.error("P-TOPOLOGY", serversPath,
                  QCoreApplication::translate("Validator", "the %1 needs at least one server").arg(what));
    const WebServices &web = pool.webServices;
    out.host(path + QStringLiteral(".webServices.internalFqdn"), web.internalFqdn, false);
    out.host(path + QStringLiteral(".webServices.externalFqdn"), web.externalFqdn, false);
    out.ipv4(path + QStringLiteral(".webServices.internalVip"), web.internalVip, false);
    out.ipv6(path + QStringLiteral(".webServices.internalVipIpv6"), web.internalVipIpv6);
    out.ipv4(path + QStringLiteral(".vip"), pool.vip, false);
    out.ipv6(path + QStringLiteral(".vipIpv6"), pool.vipIpv6);

    if (isFrontEnd && pool.edition == Edition::Standard) {
        if (pool.loadBalancing != LoadBalancing::None)
            out.error("P-TOPOLOGY", path + QStringLiteral(".loadBalancing"),
                      QCoreApplication::translate(
                          "Validator", "a Standard Edition server is never load balanced; use \"none\""));
        if (pool.servers.size() > 1)
            out.error("P-TOPOLOGY", serversPath,
                      QCoreApplication::translate("Validator", "Standard Edition has exactly one server"));
        if (!web.internalFqdn.isEmpty() && normalizedName(web.internalFqdn) != normalizedName(pool.fqdn))
            out.error("P-TOPOLOGY", path + QStringLiteral(".webServices.internalFqdn"),
                      QCoreApplication::translate(
                          "Validator", "the internal web services FQDN of a Standard Edition server is "
                                       "its own FQDN and cannot be overridden"));
    }
    switch (pool.loadBalancing) {
    case LoadBalancing::Hardware:
        if (pool.vip.isEmpty())
            out.error("P-MISSING", path + QStringLiteral(".vip"),
                      QCoreApplication::translate("Validator",
                                                  "hardware load balancing needs the load balancer VIP"));
        break;
    case LoadBalancing::Dns:
        if (pool.servers.size() < 2)
            out.error(
                "R-LB1", serversPath,
                QCoreApplication::translate("Validator", "a DNS load-balanced %1 needs at least two servers")
                    .arg(what));
        if (web.internalFqdn.isEmpty() || normalizedName(web.internalFqdn) == normalizedName(pool.fqdn))
            out.error("R-LB2", path + QStringLiteral(".webServices.internalFqdn"),
                      QCoreApplication::translate(
                          "Validator", "with DNS load balancing the pool and its internal web services "
                                       "cannot share the FQDN %1: override the internal web services FQDN")
                          .arg(pool.fqdn));
        if (web.internalVip.isEmpty())
            out.error("R-LB2", path + QStringLiteral(".webServices.internalVip"),
                      QCoreApplication::translate(
                          "Validator", "web traffic cannot use DNS load balancing: give the hardware load "
                                       "balancer VIP for internal web services"));
        break;
    case LoadBalancing::None:
        if (pool.servers.size() > 1)
            out.error("P-TOPOLOGY", path + QStringLiteral(".loadBalancing"),
                      QCoreApplication::translate("Validator",
                                                  "a %1 with %2 servers needs DNS or hardware load balancing")
                          .arg(what, QString::number(pool.servers.size())));
        break;
    }
}

// An SRV priority the plan gives (RFC 2782: 0 to 65535).
void srvPriority(const QString &path, int value, FindingSink &out)
{
    if (value < 0 || value > 65535)
        out.error("P-TOPOLOGY", path,
                  QCoreApplication::translate("Validator", "%1 is not an SRV priority: use 0 to 65535")
                      .arg(QString::number(value)));
}

void checkEdgePool(const Plan &plan, const EdgeRef &ref, FindingSink &out)
{
    const Edge &e = *ref.edge;
    const QString p = ref.path();
    out.host(p + QStringLiteral(".internalFqdn"), e.internalFqdn);
    out.host(p + QStringLiteral(".accessFqdn"), e.accessFqdn, false);
    out.host(p + QStringLiteral(".webConferencingFqdn"), e.webConferencingFqdn, false);
    out.host(p + QStringLiteral(".avFqdn"), e.avFqdn, false);
    srvPriority(p + QStringLiteral(".remoteAccessPriority"), e.remoteAccessPriority, out);
    srvPriority(p + QStringLiteral(".xmppPriority"), e.xmppPriority, out);
    const bool hlb = e.layout == EdgeLayout::ScaledHardware;
    const QString sp = p + QStringLiteral(".servers");
    if (e.servers.isEmpty())
        out.error("P-TOPOLOGY", sp,
                  QCoreApplication::translate("Validator", "the Edge needs at least one server"));
    if (e.layout == EdgeLayout::Single && e.servers.size() > 1)
        out.error(
            "P-TOPOLOGY", p + QStringLiteral(".layout"),
            QCoreApplication::translate(
                "Validator", "a single Edge has one server; choose scaled-dns or scaled-hardware for %1")
                .arg(e.servers.size()));
    if (e.layout == EdgeLayout::ScaledDns && e.servers.size() < 2)
        out.error("R-LB4", sp,
                  QCoreApplication::translate("Validator",
                                              "a DNS load-balanced Edge pool needs at least two servers"));
    for (qsizetype i = 0; i < e.servers.size(); ++i) {
        const EdgeServer &s = e.servers.at(i);
        const QString sip = indexedPath(sp, i) + QLatin1Char('.');
        out.host(sip + QStringLiteral("fqdn"), s.fqdn, false);
        out.ipv4(sip + QStringLiteral("internalIpv4"), s.internalIpv4, !hlb);
        out.ipv4(sip + QStringLiteral("accessIpv4"), s.accessIpv4, !hlb);
        out.ipv4(sip + QStringLiteral("webConferencingIpv4"), s.webConferencingIpv4, !hlb);
        out.ipv4(sip + QStringLiteral("avIpv4"), s.avIpv4, !hlb);
        out.ipv4(sip + QStringLiteral("privateAccessIpv4"), s.privateAccessIpv4, false);
        out.ipv4(sip + QStringLiteral("privateWebConferencingIpv4"), s.privateWebConferencingIpv4, false);
        out.ipv4(sip + QStringLiteral("privateAvIpv4"), s.privateAvIpv4, false);
        for (const auto &[key, value] :
             {std::pair{"internalIpv6", s.internalIpv6}, std::pair{"accessIpv6", s.accessIpv6},
              std::pair{"webConferencingIpv6", s.webConferencingIpv6}, std::pair{"avIpv6", s.avIpv6}})
            out.ipv6(sip + QLatin1String(key), value);
        if (!hlb)
            for (const auto &[key, value] :
                 {std::pair{"accessIpv4", s.accessIpv4},
                  std::pair{"webConferencingIpv4", s.webConferencingIpv4}, std::pair{"avIpv4", s.avIpv4},
                  std::pair{"accessIpv6", s.accessIpv6},
                  std::pair{"webConferencingIpv6", s.webConferencingIpv6}, std::pair{"avIpv6", s.avIpv6}})
                out.publicAddress(sip + QLatin1String(key), value);
    }
    if (hlb) {
        if (e.nat)
            out.error("R-LB4", p + QStringLiteral(".nat"),
                      QCoreApplication::translate(
                          "Validator", "an Edge pool behind hardware load balancers needs publicly "
                                       "routable addresses without NAT"));
        if (!e.vips) {
            out.error("P-MISSING", p + QStringLiteral(".vips"),
                      QCoreApplication::translate(
                          "Validator", "a hardware load-balanced Edge needs the internal, access, web "
                                       "conferencing and A/V VIPs"));
        } else {
            const EdgeVips &v = *e.vips;
            const QString vp = p + QStringLiteral(".vips.");
            out.ipv4(vp + QStringLiteral("internal"), v.internal);
            out.ipv4(vp + QStringLiteral("access"), v.access);
            out.ipv4(vp + QStringLiteral("webConferencing"), v.webConferencing);
            out.ipv4(vp + QStringLiteral("av"), v.av);
            for (const auto &[key, value] :
                 {std::pair{"internalIpv6", v.internalIpv6}, std::pair{"accessIpv6", v.accessIpv6},
                  std::pair{"webConferencingIpv6", v.webConferencingIpv6}, std::pair{"avIpv6", v.avIpv6}})
                out.ipv6(vp + QLatin1String(key), value);
            for (const auto &[key, value] :
                 {std::pair{"access", v.access}, std::pair{"webConferencing", v.webConferencing},
                  std::pair{"av", v.av}, std::pair{"accessIpv6", v.accessIpv6},
                  std::pair{"webConferencingIpv6", v.webConferencingIpv6}, std::pair{"avIpv6", v.avIpv6}})
                out.publicAddress(vp + QLatin1String(key), value);
        }
    } else if (e.vips) {
        out.warning("P-TOPOLOGY", p + QStringLiteral(".vips"),
                    QCoreApplication::translate(
                        "Validator", "VIPs are used only with the scaled-hardware layout; they are ignored"));
    }
    const QString access = effectiveAccessFqdn(plan, e);
    const QString webcon = effectiveWebConferencingFqdn(plan, e);
    const QString av = effectiveAvFqdn(plan, e);
    if (access == webcon || access == av || webcon == av)
        out.error("P-TOPOLOGY", p + QStringLiteral(".webConferencingFqdn"),
                  QCoreApplication::translate("Validator",
                                              "the Access, Web Conferencing and A/V Edge FQDNs must be three "
                                              "different names"));
}

// Mediation and Persistent Chat pools: a pool FQDN and its servers, DNS load balanced.
void checkServerPool(const ServerPool &pool, const QString &path, const QString &what, FindingSink &out)
{
    out.host(path + QStringLiteral(".fqdn"), pool.fqdn);
    out.servers(pool.servers, path + QStringLiteral(".servers"));
    if (pool.servers.isEmpty())
        out.error("P-TOPOLOGY", path + QStringLiteral(".servers"),
                  QCoreApplication::translate("Validator", "the %1 needs at least one server").arg(what));
}

void checkReverseProxy(const ProxyRef &ref, FindingSink &out)
{
    const QString p = ref.path();
    out.ipv4(p + QStringLiteral(".publicIpv4"), ref.proxy->publicIpv4);
    out.ipv6(p + QStringLiteral(".publicIpv6"), ref.proxy->publicIpv6);
    out.publicAddress(p + QStringLiteral(".publicIpv4"), ref.proxy->publicIpv4);
    out.publicAddress(p + QStringLiteral(".publicIpv6"), ref.proxy->publicIpv6);
}

void checkOfficeWebApps(const OfficeWebApps &farm, const QString &p, FindingSink &out)
{
    out.host(p + QStringLiteral(".internalFqdn"), farm.internalFqdn);
    out.ipv4(p + QStringLiteral(".internalIpv4"), farm.internalIpv4);
    out.ipv6(p + QStringLiteral(".internalIpv6"), farm.internalIpv6);
    out.host(p + QStringLiteral(".externalFqdn"), farm.externalFqdn, false);
    out.servers(farm.servers, p + QStringLiteral(".servers"));
}

} // namespace

void checkPools(const Plan &plan, FindingSink &out)
{
    // Front End pools first, then Directors: a version 1 plan's findings keep their order.
    for (const PoolRef &ref : frontEndPools(plan))
        checkWebPool(ref, out);
    for (const PoolRef &ref : directorPools(plan))
        checkWebPool(ref, out);
    for (const EdgeRef &ref : allEdgePools(plan))
        checkEdgePool(plan, ref, out);
    for (const ProxyRef &ref : allReverseProxies(plan))
        checkReverseProxy(ref, out);
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        const Site &site = plan.sites.at(s);
        for (qsizetype i = 0; i < site.persistentChatPools.size(); ++i)
            checkServerPool(site.persistentChatPools.at(i), sitePath(s, "persistentChatPools", i),
                            //: %1 in "the %1 needs at least one server".
                            QCoreApplication::translate("Validator", "Persistent Chat pool"), out);
        for (qsizetype i = 0; i < site.mediationPools.size(); ++i)
            checkServerPool(site.mediationPools.at(i), sitePath(s, "mediationPools", i),
                            //: %1 in "the %1 needs at least one server".
                            QCoreApplication::translate("Validator", "Mediation pool"), out);
        for (qsizetype i = 0; i < site.officeWebApps.size(); ++i)
            checkOfficeWebApps(site.officeWebApps.at(i), sitePath(s, "officeWebApps", i), out);
    }
    for (qsizetype b = 0; b < plan.branchSites.size(); ++b)
        out.servers(plan.branchSites.at(b).survivableBranches,
                    branchSitePath(b) + QStringLiteral(".survivableBranches"));
}

} // namespace lyncdns
