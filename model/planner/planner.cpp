#include "model/planner/planner.h"

#include "model/dns/hostnames.h"
#include "model/plan/planpaths.h"
#include "model/planner/recordaddress.h"
#include "model/planner/recordbuilder.h"
#include "model/planner/teamsonly.h"
#include "model/rules/nameclaims.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

// The record set of plan-format.md: the version 1 rules per pool, applied to every pool of every
// site, and the version 2 rules for what an estate adds. The phases run in the version 1 order:
// where two owners write one name, the first keeps it (RecordBuilder), so the order decides which
// record of a broken plan stays, and a version 1 plan keeps the records it always had.

namespace lyncdns {

namespace {

QString domainPath(qsizetype i)
{
    return indexedPath(QStringLiteral("sipDomains"), i);
}

QString memberPath(const QString &poolPath, const QString &poolFqdn, const QList<Server> &servers,
                   qsizetype i)
{
    return memberOwner(poolPath, poolFqdn, servers.at(i).fqdn, servers.size(), i);
}

// Each server of a Front End or Director pool: reason has %1 for the server's FQDN.
void poolServers(const QString &path, const Pool &pool, const QString &reason, RecordBuilder &b)
{
    for (qsizetype i = 0; i < pool.servers.size(); ++i) {
        const Server &s = pool.servers.at(i);
        b.addHost(Location::Internal, memberPath(path, pool.fqdn, pool.servers, i), s.fqdn,
                  serverAddresses(s), "int-server", true, reason.arg(s.fqdn));
    }
}

// §1.1 Internal — servers, pools, web services of one Front End pool.
void internalFrontEnd(const PoolRef &ref, RecordBuilder &b)
{
    const Location in = Location::Internal;
    const Pool &fe = *ref.pool;
    const QString path = ref.path();
    poolServers(path, fe,
                QCoreApplication::translate("Planner",
                                            "Front End server %1: server-to-server traffic and replication"),
                b);
    if (fe.edition == Edition::Standard) {
        b.addHost(in, path, fe.fqdn, poolAddressSet(fe), "int-server", true,
                  QCoreApplication::translate("Planner",
                                              "Standard Edition server: its FQDN is also its pool FQDN"));
    } else {
        switch (fe.loadBalancing) {
        case LoadBalancing::Dns:
            b.addHost(in, path, fe.fqdn, poolAddressSet(fe), "int-pool-dnslb", true,
                      QCoreApplication::translate(
                          "Planner", "Front End pool, DNS load balancing: one A per deployed Front End"));
            break;
        case LoadBalancing::Hardware:
            b.addHost(in, path, fe.fqdn, poolAddressSet(fe), "int-pool-hlb", true,
                      QCoreApplication::translate("Planner",
                                                  "Front End pool behind a hardware load balancer: the VIP"));
            break;
        case LoadBalancing::None:
            b.addHost(in, path, fe.fqdn, poolAddressSet(fe), "int-pool-single", true,
                      QCoreApplication::translate(
                          "Planner", "Front End pool with a single server and no load balancer"));
            break;
        }
    }
    if (internalWebFqdn(fe) != normalizedName(fe.fqdn))
        b.addHost(in, path, internalWebFqdn(fe), poolWebAddress(fe), "int-webint", true,
                  QCoreApplication::translate(
                      "Planner",
                      "Front End internal web services (HTTPS cannot use DNS load balancing): the web VIP"));
}

void internalDirector(const PoolRef &ref, RecordBuilder &b)
{
    const Location in = Location::Internal;
    const Pool &dir = *ref.pool;
    const QString path = ref.path();
    poolServers(path, dir, QCoreApplication::translate("Planner", "Director %1: server-to-server traffic"),
                b);
    b.addHost(
        in, path, dir.fqdn, poolAddressSet(dir), "int-director-pool", true,
        dir.loadBalancing == LoadBalancing::Dns
            ? QCoreApplication::translate("Planner", "Director pool, DNS load balancing: one A per Director")
            : QCoreApplication::translate("Planner",
                                          "Director pool FQDN: the Director or its load balancer VIP"));
    if (internalWebFqdn(dir) != normalizedName(dir.fqdn))
        b.addHost(in, path, internalWebFqdn(dir), poolWebAddress(dir), "int-webint", true,
                  QCoreApplication::translate("Planner", "Director internal web services: the web VIP"));
}

// Plan-format v2 rule 2: with mobility.internalExternalWeb, Mobility and UCWA reach the external web
// FQDN from inside too, through the same reverse proxy, where the name is in a split-brain domain.
void internalExternalWeb(const Plan &plan, const PoolRef &ref, RecordBuilder &b)
{
    const QString ext = normalizedName(ref.pool->webServices.externalFqdn);
    const ProxyRef proxy = reverseProxyFor(plan, ref);
    if (!plan.internalExternalWeb || ext.isEmpty() || !proxy)
        return;
    bool splitBrain = false;
    for (const QString &d : plan.sipDomains)
        if (isUnderDomain(ext, normalizedName(d)) && plan.splitBrainFor(d))
            splitBrain = true;
    if (!splitBrain)
        return;
    b.addHost(Location::Internal, ref.path() + QStringLiteral(".webServices.externalFqdn"), ext,
              proxyAddresses(*proxy.proxy), "int-extweb-internal", true,
              QCoreApplication::translate("Planner", "External web services reached from inside (Mobility, "
                                                     "UCWA): the reverse proxy %1")
                  .arg(proxy.proxy->name));
}

void internalServersAndPools(const Plan &plan, RecordBuilder &b)
{
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        b.setSite(plan.sites.at(s).name);
        for (const PoolRef &ref : allPools(plan))
            if (ref.site == s && ref.kind == PoolKind::FrontEnd)
                internalFrontEnd(ref, b);
        for (const PoolRef &ref : allPools(plan))
            if (ref.site == s && ref.kind == PoolKind::Director)
                internalDirector(ref, b);
        for (const PoolRef &ref : allPools(plan))
            if (ref.site == s)
                internalExternalWeb(plan, ref, b);
    }
}

void internalEdge(const Plan &plan, RecordBuilder &b)
{
    for (const EdgeRef &ref : allEdgePools(plan)) {
        const Edge &e = *ref.edge;
        const QString path = ref.path();
        b.setSite(plan.sites.at(ref.site).name);
        b.addHost(
            Location::Internal, path, e.internalFqdn, edgeInternalAddresses(e), "int-edge-internal", true,
            e.layout == EdgeLayout::ScaledHardware
                ? QCoreApplication::translate("Planner", "Edge internal FQDN: the internal load balancer "
                                                         "VIP; Front Ends reach the Edge here")
                : QCoreApplication::translate("Planner", "Edge internal FQDN: the Edge internal "
                                                         "interface(s); Front Ends reach the Edge here"));
        // After the pool name, so a single Edge named like its pool keeps the int-edge-internal id.
        for (qsizetype i = 0; i < e.servers.size(); ++i) {
            const EdgeServer &s = e.servers.at(i);
            b.addHost(
                Location::Internal, memberOwner(path, e.internalFqdn, s.fqdn, e.servers.size(), i), s.fqdn,
                AddressSet{{recordAddress(s.internalIpv4)}, {recordAddress(s.internalIpv6)}}, "int-edge-node",
                true,
                QCoreApplication::translate("Planner", "Edge server %1: its internal interface").arg(s.fqdn));
        }
    }
}

// The GeoDNS CNAME replaces a record only where a CNAME can stand: not at a pin-point zone's apex
// (a SIP domain without split-brain; the validator reports that plan).
bool canUseGeoCname(const Plan &plan, const ZoneResolver &zones, Location loc, const QString &name)
{
    if (!plan.geoDns)
        return false;
    bool pinPoint = false;
    zones.zone(loc, name, &pinPoint);
    return !pinPoint;
}

// The sign-in SRVs of one SIP domain: the sign-in pool at priority 0, each backup pool 10, 20, ...
void internalSignIn(const Plan &plan, qsizetype domain, RecordBuilder &b)
{
    const Location in = Location::Internal;
    const QString d = normalizedName(plan.sipDomains.at(domain));
    const PoolRef signIn = signInPool(plan);
    if (!signIn || !(plan.legacyDiscovery.srv || plan.legacyDiscovery.tcp))
        return;
    QList<PoolRef> pools = backupPools(plan);
    pools.prepend(signIn);
    for (qsizetype p = 0; p < pools.size(); ++p) {
        const Pool &pool = *pools.at(p).pool;
        // A backup through sip.<d> would reach the sign-in pool again: backups keep their own name.
        const QString target = srvTargetFor(pool, d, p == 0 ? plan.signIn.srvTarget : SrvTargetStyle::Pool);
        if (target.isEmpty())
            continue;
        if (target != normalizedName(pool.fqdn))
            b.addHost(in, domainPath(domain), target, poolAddressSet(pool), "int-sipinternaltls", true,
                      QCoreApplication::translate(
                          "Planner", "SRV target for %1 inside the SIP domain (the pool FQDN %2 is not)")
                          .arg(d, normalizedName(pool.fqdn)));
        const int priority = static_cast<int>(p) * 10;
        if (plan.legacyDiscovery.srv)
            b.addSrv(
                in, QStringLiteral("_sipinternaltls._tcp.") + d, priority, 5061, target, "int-sipinternaltls",
                true,
                p == 0 ? QCoreApplication::translate(
                             "Planner", "Internal sign-in of %1 users over TLS (legacy clients, desk phones)")
                             .arg(d)
                       : QCoreApplication::translate("Planner", "Backup sign-in pool %1 for %2 users, tried "
                                                                "when the pools before it do not answer")
                             .arg(normalizedName(pool.fqdn), d));
        if (plan.legacyDiscovery.tcp)
            b.addSrv(in, QStringLiteral("_sipinternal._tcp.") + d, priority, 5060, target, "int-sipinternal",
                     false,
                     QCoreApplication::translate(
                         "Planner", "Internal sign-in over TCP, tried only when TCP is allowed"));
    }
}

// §1.2 Internal — client discovery and device records, once per SIP domain.
void internalDiscovery(const Plan &plan, RecordBuilder &b)
{
    const Location in = Location::Internal;
    const PoolRef signIn = signInPool(plan);
    const PoolRef web = webPool(plan);
    const QList<PoolRef> frontEnds = frontEndPools(plan);
    const ZoneResolver zones(plan);
    b.setSite({});
    QSet<QString> seen;
    for (qsizetype i = 0; i < plan.sipDomains.size(); ++i) {
        const QString d = normalizedName(plan.sipDomains.at(i));
        if (d.isEmpty() || seen.contains(d))
            continue;
        seen.insert(d);
        const QString owner = domainPath(i);
        if (plan.autodiscover.enabled && web) {
            const QString name = QStringLiteral("lyncdiscoverinternal.") + d;
            const QString role = poolRoleLabel(web);
            if (canUseGeoCname(plan, zones, in, name))
                b.addCname(in, owner, name, geoDnsName(plan, GeoDnsService::Autodiscover, in), "ext-geodns",
                           true,
                           QCoreApplication::translate(
                               "Planner", "Autodiscover for internal clients through GeoDNS (paired pools)"));
            // Decision 8: without split-brain it sits at a pin-point zone's apex, where no CNAME may be.
            else if (plan.autodiscover.recordType == AutodiscoverType::Cname && plan.splitBrainFor(d))
                b.addCname(in, owner, name, internalWebFqdn(*web.pool), "int-lyncdiscoverinternal", true,
                           QCoreApplication::translate(
                               "Planner", "Autodiscover for internal clients: the %1 internal web services")
                               .arg(role));
            else
                b.addHost(in, owner, name, poolWebAddress(*web.pool), "int-lyncdiscoverinternal", true,
                          QCoreApplication::translate(
                              "Planner", "Autodiscover for internal clients: the %1 internal web address")
                              .arg(role));
        }
        internalSignIn(plan, i, b);
        if (plan.legacyDiscovery.hostRecords && signIn) {
            const QString role = poolRoleLabel(signIn);
            b.addHost(
                in, owner, QStringLiteral("sipinternal.") + d, poolAddressSet(*signIn.pool),
                "int-sipinternal-a", false,
                QCoreApplication::translate("Planner", "A-record fallback for internal sign-in to the %1")
                    .arg(role));
            b.addHost(in, owner, QStringLiteral("sip.") + d, poolAddressSet(*signIn.pool), "int-sip", false,
                      QCoreApplication::translate("Planner",
                                                  "Internal sign-in fallback and Lync Phone Edition: the %1")
                          .arg(role));
        }
        if (!plan.devices.ntpServer.isEmpty())
            b.addSrv(in, QStringLiteral("_ntp._udp.") + d, 0, 123, plan.devices.ntpServer, "int-ntp", true,
                     QCoreApplication::translate(
                         "Planner", "Time source for desk phones (else they try time.windows.com)"));
        if (plan.devices.deviceUpdates && !frontEnds.isEmpty())
            b.addHost(in, owner, QStringLiteral("ucupdates-r2.") + d, poolWebAddress(*frontEnds.first().pool),
                      "int-ucupdates-r2", false,
                      QCoreApplication::translate(
                          "Planner", "Device Update Web service for phones that have never signed in"));
    }
}

// The web pool of a site's site-scoped simple URLs: its first Director pool, else its first Front End.
PoolRef siteWebPool(const Plan &plan, qsizetype site)
{
    for (const PoolRef &ref : allPools(plan)) // Directors come first within a site
        if (ref.site == site)
            return ref;
    return {};
}

// The Meet and Dial-in hosts of a simple URL collection, each with the GeoDNS service it maps to.
struct UrlHost
{
    QString host;
    GeoDnsService service;
};

QList<UrlHost> meetAndDialinHosts(const Plan &plan, const SimpleUrls &urls)
{
    QList<UrlHost> hosts;
    for (const QString &url : effectiveMeetUrls(plan, urls))
        hosts << UrlHost{simpleUrlHost(url), GeoDnsService::Meet};
    hosts << UrlHost{simpleUrlHost(effectiveDialinUrl(plan, urls)), GeoDnsService::Dialin};
    return hosts;
}

QString geoUrlReason(GeoDnsService service)
{
    return service == GeoDnsService::Meet
               ? QCoreApplication::translate("Planner", "Meet simple URL through GeoDNS (paired pools)")
               : QCoreApplication::translate("Planner", "Dial-in simple URL through GeoDNS (paired pools)");
}

void internalUrlSet(const Plan &plan, const SimpleUrls &urls, const QString &owner, const PoolRef &pool,
                    bool geo, RecordBuilder &b)
{
    const Location in = Location::Internal;
    const AddressSet web = poolWebAddress(*pool.pool);
    const QString role = poolRoleLabel(pool);
    const ZoneResolver zones(plan);
    for (const UrlHost &u : meetAndDialinHosts(plan, urls)) {
        const bool meet = u.service == GeoDnsService::Meet;
        if (geo && canUseGeoCname(plan, zones, in, u.host))
            b.addCname(in, owner, u.host, geoDnsName(plan, u.service, in), "ext-geodns", true,
                       geoUrlReason(u.service));
        else
            b.addHost(in, owner, u.host, web, meet ? "int-meet" : "int-dialin", true,
                      (meet ? QCoreApplication::translate(
                                  "Planner", "Meet simple URL for internal users: the %1 web address")
                            : QCoreApplication::translate(
                                  "Planner", "Dial-in simple URL for internal users: the %1 web address"))
                          .arg(role));
    }
    if (!urls.admin.isEmpty())
        b.addHost(in, owner, simpleUrlHost(urls.admin), web, "int-admin", false,
                  QCoreApplication::translate("Planner", "Admin simple URL (Control Panel): internal only"));
}

void internalSimpleUrls(const Plan &plan, RecordBuilder &b)
{
    b.setSite({});
    if (const PoolRef web = webPool(plan))
        internalUrlSet(plan, plan.simpleUrls, QStringLiteral("simpleUrls"), web, plan.geoDns.has_value(), b);
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        const Site &site = plan.sites.at(s);
        const PoolRef pool = siteWebPool(plan, s);
        if (!site.simpleUrls || !pool)
            continue;
        b.setSite(site.name);
        internalUrlSet(plan, *site.simpleUrls, sitePath(s) + QStringLiteral(".simpleUrls"), pool, false, b);
    }
}

// A pool without load balancing settings: each server, and the pool name with every member.
void internalServerPool(const ServerPool &pool, const QString &path, const char *requirement,
                        const QString &serverReason, const QString &poolReason, RecordBuilder &b)
{
    for (qsizetype i = 0; i < pool.servers.size(); ++i) {
        const Server &s = pool.servers.at(i);
        b.addHost(Location::Internal, memberPath(path, pool.fqdn, pool.servers, i), s.fqdn,
                  serverAddresses(s), requirement, true, serverReason.arg(s.fqdn));
    }
    b.addHost(Location::Internal, path, pool.fqdn, memberAddresses(pool.servers), requirement, true,
              poolReason);
}

void internalApplications(const Plan &plan, RecordBuilder &b)
{
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        const Site &site = plan.sites.at(s);
        b.setSite(site.name);
        for (qsizetype i = 0; i < site.persistentChatPools.size(); ++i)
            internalServerPool(site.persistentChatPools.at(i), sitePath(s, "persistentChatPools", i),
                               "int-pchat",
                               QCoreApplication::translate("Planner", "Persistent Chat server %1"),
                               QCoreApplication::translate(
                                   "Planner", "Persistent Chat pool: one A per Persistent Chat server"),
                               b);
        for (qsizetype i = 0; i < site.mediationPools.size(); ++i)
            internalServerPool(site.mediationPools.at(i), sitePath(s, "mediationPools", i), "int-mediation",
                               QCoreApplication::translate(
                                   "Planner", "Mediation server %1: SIP and media to the PSTN gateways"),
                               QCoreApplication::translate(
                                   "Planner", "Mediation pool, DNS load balancing: one A per Mediation "
                                              "server"),
                               b);
        for (qsizetype i = 0; i < site.officeWebApps.size(); ++i) {
            const OfficeWebApps &farm = site.officeWebApps.at(i);
            const QString path = sitePath(s, "officeWebApps", i);
            AddressSet owas;
            addIfSet(owas.ipv4, farm.internalIpv4);
            addIfSet(owas.ipv6, farm.internalIpv6);
            b.addHost(Location::Internal, path, farm.internalFqdn, owas, "int-owas", true,
                      QCoreApplication::translate(
                          "Planner", "Office Web Apps Server: PowerPoint presentations in meetings"));
            for (qsizetype m = 0; m < farm.servers.size(); ++m)
                b.addHost(Location::Internal, memberPath(path, farm.internalFqdn, farm.servers, m),
                          farm.servers.at(m).fqdn, serverAddresses(farm.servers.at(m)), "int-owas", true,
                          QCoreApplication::translate("Planner", "Office Web Apps farm member %1")
                              .arg(farm.servers.at(m).fqdn));
        }
    }
    // Plan-format v2 rule 8: an appliance gets its host record; no SRV and no sip record point at it.
    for (qsizetype br = 0; br < plan.branchSites.size(); ++br) {
        const BranchSite &branch = plan.branchSites.at(br);
        b.setSite(branch.centralSite);
        for (qsizetype i = 0; i < branch.survivableBranches.size(); ++i) {
            const Server &sba = branch.survivableBranches.at(i);
            b.addHost(
                Location::Internal,
                indexedPath(branchSitePath(br) + QStringLiteral(".survivableBranches"), i) +
                    QStringLiteral(".fqdn"),
                sba.fqdn, serverAddresses(sba), "int-server", true,
                QCoreApplication::translate("Planner", "Survivable Branch Appliance %1 of branch site %2")
                    .arg(sba.fqdn, branch.name));
        }
    }
}

// §1.3 External — each Edge pool under each SIP domain's name, federation, XMPP.
void externalEdgeDomains(const Plan &plan, RecordBuilder &b)
{
    const Location ex = Location::External;
    const EdgeRef primary = primaryEdgePool(plan);
    if (!primary)
        return;
    // Per Edge pool, once: its label under every SIP domain, its owner and its access addresses.
    struct EdgeName
    {
        EdgeRef ref;
        QString label;
        QString owner;
        AddressSet access;
    };
    const auto named = [&plan](const EdgeRef &e) {
        return EdgeName{e, edgeDomainLabel(plan, e), e.path() + QStringLiteral(".accessFqdn"),
                        edgeAccessAddresses(*e.edge)};
    };
    QList<EdgeName> edges;
    for (const EdgeRef &e : allEdgePools(plan))
        edges << named(e);
    QList<EdgeName> federation;
    for (const EdgeRef &e : federationEdgePools(plan))
        federation << named(e);
    QList<EdgeName> xmpp;
    for (const EdgeRef &e : xmppEdgePools(plan))
        xmpp << named(e);
    const EdgeName primaryName = named(primary);
    // A teams-only plan whose other SIP domains stay on premises is still hybrid for those domains
    // (the moved ones lose the record in applyTeamsOnly).
    const bool hybrid = plan.migration && plan.migration->phase != MigrationPhase::OnPrem;
    const bool fedSrv = plan.federation.discoverable || plan.pushNotifications || hybrid;
    const auto under = [](const EdgeName &e, const QString &d) -> QString {
        return e.label.isEmpty() ? QString() : e.label + QLatin1Char('.') + d;
    };
    b.setSite({});
    QSet<QString> seen;
    for (qsizetype i = 0; i < plan.sipDomains.size(); ++i) {
        const QString d = normalizedName(plan.sipDomains.at(i));
        if (d.isEmpty() || seen.contains(d))
            continue;
        seen.insert(d);
        for (const EdgeName &e : edges) {
            const QString name = under(e, d);
            b.addHost(ex, e.owner, name, e.access, "ext-access", true,
                      e.ref.edge == primary.edge
                          ? QCoreApplication::translate(
                                "Planner", "Access Edge for %1: remote sign-in, federation and public IM")
                                .arg(d)
                          : QCoreApplication::translate("Planner", "Access Edge pool %1 under the name of %2 "
                                                                   "(SRV targets stay inside the SIP domain)")
                                .arg(normalizedName(e.ref.edge->internalFqdn), d));
            if (plan.legacyDiscovery.srv)
                b.addSrv(ex, QStringLiteral("_sip._tls.") + d, e.ref.edge->remoteAccessPriority, 443, name,
                         "ext-sip-tls", true,
                         QCoreApplication::translate(
                             "Planner", "External automatic sign-in of %1 users through the Access Edge")
                             .arg(d));
        }
        if (fedSrv)
            for (const EdgeName &e : federation)
                b.addSrv(ex, QStringLiteral("_sipfederationtls._tcp.") + d, 0, 5061, under(e, d),
                         "ext-sipfed", plan.pushNotifications || hybrid,
                         hybrid
                             ? QCoreApplication::translate(
                                   "Planner", "Hybrid with Microsoft 365: federation SRV for %1 (required)")
                                   .arg(d)
                         : plan.pushNotifications
                             ? QCoreApplication::translate(
                                   "Planner", "Push notifications (and federation discovery) for %1")
                                   .arg(d)
                             : QCoreApplication::translate(
                                   "Planner", "Lets federated partners discover the Access Edge of %1")
                                   .arg(d));
        if (plan.legacyDiscovery.hostRecords)
            b.addHost(ex, primaryName.owner, QStringLiteral("sipexternal.") + d, primaryName.access,
                      "ext-sipexternal", false,
                      QCoreApplication::translate("Planner",
                                                  "A-record fallback for external sign-in: the Access Edge"));
        if (plan.xmppFqdn)
            // One XMPP host for every domain; a further XMPP pool is reached under its domain name.
            for (qsizetype x = 0; x < xmpp.size(); ++x)
                b.addSrv(
                    ex, QStringLiteral("_xmpp-server._tcp.") + d, xmpp.at(x).ref.edge->xmppPriority, 5269,
                    x == 0 ? *plan.xmppFqdn : under(xmpp.at(x), d), "ext-xmpp-srv", true,
                    QCoreApplication::translate("Planner", "Lets XMPP partners find the XMPP gateway for %1")
                        .arg(d));
    }
}

// §1.3 External — each Edge pool's own service names.
void externalEdgeServices(const Plan &plan, RecordBuilder &b)
{
    const Location ex = Location::External;
    for (const EdgeRef &ref : allEdgePools(plan)) {
        const Edge &e = *ref.edge;
        const QString path = ref.path();
        b.setSite(plan.sites.at(ref.site).name);
        b.addHost(
            ex, path + QStringLiteral(".accessFqdn"), effectiveAccessFqdn(plan, e), edgeAccessAddresses(e),
            "ext-access", true,
            QCoreApplication::translate(
                "Planner", "Access Edge external FQDN (SIP, federation): the Access Edge public address"));
        b.addHost(ex, path + QStringLiteral(".webConferencingFqdn"), effectiveWebConferencingFqdn(plan, e),
                  edgeWebConferencingAddresses(e), "ext-webcon", true,
                  QCoreApplication::translate(
                      "Planner", "Web Conferencing Edge: meeting content for remote and federated users"));
        b.addHost(
            ex, path + QStringLiteral(".avFqdn"), effectiveAvFqdn(plan, e), edgeAvAddresses(e), "ext-av",
            true,
            QCoreApplication::translate("Planner", "A/V Edge: audio and video media relay for remote users"));
    }
    const QList<EdgeRef> xmppPools = xmppEdgePools(plan);
    if (plan.xmppFqdn && !xmppPools.isEmpty()) {
        b.setSite(plan.sites.at(xmppPools.first().site).name);
        b.addHost(ex, QStringLiteral("xmpp.fqdn"), *plan.xmppFqdn,
                  edgeAccessAddresses(*xmppPools.first().edge), "ext-xmpp-a", true,
                  QCoreApplication::translate("Planner", "XMPP proxy on the Access Edge"));
    }
}

void externalUrlSet(const Plan &plan, const SimpleUrls &urls, const QString &owner, const AddressSet &rp,
                    bool geo, RecordBuilder &b)
{
    const Location ex = Location::External;
    for (const UrlHost &u : meetAndDialinHosts(plan, urls)) {
        const bool meet = u.service == GeoDnsService::Meet;
        if (geo)
            b.addCname(ex, owner, u.host, geoDnsName(plan, u.service, ex), "ext-geodns", true,
                       geoUrlReason(u.service));
        else
            b.addHost(ex, owner, u.host, rp, meet ? "ext-meet" : "ext-dialin", true,
                      meet ? QCoreApplication::translate(
                                 "Planner", "Meet simple URL for external users: the reverse proxy")
                           : QCoreApplication::translate(
                                 "Planner", "Dial-in simple URL for external users: the reverse proxy"));
    }
}

// §1.4 External — reverse proxies, web services, Autodiscover, simple URLs.
void externalReverseProxy(const Plan &plan, RecordBuilder &b)
{
    const Location ex = Location::External;
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        b.setSite(plan.sites.at(s).name);
        for (const PoolRef &ref : frontEndPools(plan))
            if (ref.site == s)
                if (const ProxyRef proxy = reverseProxyFor(plan, ref))
                    b.addHost(ex, ref.path() + QStringLiteral(".webServices.externalFqdn"),
                              ref.pool->webServices.externalFqdn, proxyAddresses(*proxy.proxy), "ext-webext",
                              true,
                              QCoreApplication::translate(
                                  "Planner", "Front End external web services (address book, "
                                             "meetings, mobility), published by the reverse proxy"));
        for (const PoolRef &ref : directorPools(plan))
            if (ref.site == s)
                if (const ProxyRef proxy = reverseProxyFor(plan, ref))
                    b.addHost(ex, ref.path() + QStringLiteral(".webServices.externalFqdn"),
                              ref.pool->webServices.externalFqdn, proxyAddresses(*proxy.proxy),
                              "ext-webdirext", true,
                              QCoreApplication::translate(
                                  "Planner", "Director external web services (authentication first "
                                             "goes here), published by the reverse proxy"));
    }
    const PoolRef web = webPool(plan);
    const ProxyRef webProxy = reverseProxyFor(plan, web);
    b.setSite({});
    if (webProxy)
        externalUrlSet(plan, plan.simpleUrls, QStringLiteral("simpleUrls"), proxyAddresses(*webProxy.proxy),
                       plan.geoDns.has_value(), b);
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        const Site &site = plan.sites.at(s);
        const ProxyRef proxy = siteReverseProxy(plan, s);
        b.setSite(site.name);
        if (site.simpleUrls && proxy)
            externalUrlSet(plan, *site.simpleUrls, sitePath(s) + QStringLiteral(".simpleUrls"),
                           proxyAddresses(*proxy.proxy), false, b);
        // A farm in a site without a proxy is published by the web pool's proxy.
        const ProxyRef farmProxy = proxy ? proxy : webProxy;
        for (qsizetype i = 0; i < site.officeWebApps.size(); ++i)
            if (farmProxy && !site.officeWebApps.at(i).externalFqdn.isEmpty())
                b.addHost(
                    ex, sitePath(s, "officeWebApps", i), site.officeWebApps.at(i).externalFqdn,
                    proxyAddresses(*farmProxy.proxy), "ext-owas", true,
                    QCoreApplication::translate(
                        "Planner", "Office Web Apps for external meeting participants: the reverse proxy"));
    }
    if (!plan.autodiscover.enabled || !webProxy)
        return;
    b.setSite({});
    const QString extWeb = web.pool->webServices.externalFqdn;
    for (qsizetype i = 0; i < plan.sipDomains.size(); ++i) {
        const QString name = QStringLiteral("lyncdiscover.") + normalizedName(plan.sipDomains.at(i));
        if (plan.geoDns)
            b.addCname(ex, domainPath(i), name, geoDnsName(plan, GeoDnsService::Autodiscover, ex),
                       "ext-geodns", true,
                       QCoreApplication::translate(
                           "Planner", "Autodiscover for mobile and external clients through GeoDNS "
                                      "(paired pools)"));
        else if (plan.autodiscover.recordType == AutodiscoverType::Cname && !extWeb.isEmpty())
            b.addCname(
                ex, domainPath(i), name, extWeb, "ext-lyncdiscover", true,
                QCoreApplication::translate(
                    "Planner", "Autodiscover for mobile and external clients: the %1 external web services")
                    .arg(poolRoleLabel(web)));
        else
            b.addHost(ex, domainPath(i), name, proxyAddresses(*webProxy.proxy), "ext-lyncdiscover", true,
                      QCoreApplication::translate(
                          "Planner", "Autodiscover for mobile and external clients: the reverse proxy"));
    }
}

// Plan-format rule 9: no internal-only name and no private address in external DNS.
bool isForbidden(const DnsRecord &r, const QSet<QString> &internalOnly, QHash<QString, bool> &publicAddress)
{
    if (r.location != Location::External)
        return false;
    if (internalOnly.contains(r.name))
        return true;
    if (r.type != RecordType::A && r.type != RecordType::AAAA)
        return false;
    auto known = publicAddress.constFind(r.data);
    if (known == publicAddress.cend())
        known = publicAddress.insert(r.data, isPublicAddress(r.data));
    return !known.value();
}

} // namespace

RecordSet planRecords(const Plan &plan)
{
    RecordBuilder builder(plan);
    internalServersAndPools(plan, builder);
    internalEdge(plan, builder);
    internalDiscovery(plan, builder);
    internalSimpleUrls(plan, builder);
    internalApplications(plan, builder);
    externalEdgeDomains(plan, builder);
    externalEdgeServices(plan, builder);
    externalReverseProxy(plan, builder);

    RecordSet records = builder.take(); // sorted
    const QSet<QString> internalOnly = internalOnlyNames(plan);
    QHash<QString, bool> publicAddress; // an Edge's address recurs under every SIP domain
    records.removeIf([&](const DnsRecord &r) { return isForbidden(r, internalOnly, publicAddress); });
    applyTeamsOnly(plan, records); // rule 12: after rule 9, so nothing it adds is filtered
    const ZoneResolver zones(plan);
    for (DnsRecord &r : records) {
        r.zone = zones.zone(r.location, r.name, &r.pinPoint);
        if (r.pinPoint)
            //: %1 is the record's reason, as above.
            r.reason = QCoreApplication::translate(
                           "Planner", "%1 (pin-point zone: internal DNS has no zone for the SIP domain)")
                           .arg(r.reason);
    }
    return records;
}

} // namespace lyncdns
