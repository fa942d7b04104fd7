#include "model/certs/certificates.h"

#include "model/dns/hostnames.h"
#include "model/plan/estate.h"
#include "model/planner/planner.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

// The names come from the estate (model/plan/estate.h: which pool signs clients in, which proxy
// publishes a pool, which Edge pool is primary) and are kept where a planned record gives them: a
// name the record set does not hold is reached by no client, so it is on no certificate. The one
// exception is the names Microsoft's tables put on a certificate whatever DNS says (the pool and
// server FQDNs, sip.<d> on a Survivable Branch Appliance).

namespace lyncdns {

namespace {

// The names of the planned records, per location, and the targets of the SRV records.
class PlannedNames
{
public:
    explicit PlannedNames(const RecordSet &records)
    {
        // A big estate has tens of thousands of records: no rehashing on the way.
        m_internal.reserve(records.size());
        m_external.reserve(records.size() / 2);
        for (const DnsRecord &r : records) {
            (r.location == Location::Internal ? m_internal : m_external).insert(r.name);
            if (r.type == RecordType::SRV)
                m_srv.insert(srvKey(r.location, r.name, r.srv().target));
        }
    }
    bool has(Location location, const QString &name) const
    {
        return (location == Location::Internal ? m_internal : m_external).contains(normalizedName(name));
    }
    bool hasSrv(Location location, const QString &name, const QString &target) const
    {
        return m_srv.contains(srvKey(location, normalizedName(name), normalizedName(target)));
    }

private:
    static QString srvKey(Location location, const QString &name, const QString &target)
    {
        return keyword(location) + QLatin1Char('|') + name + QLatin1Char('|') + target;
    }
    QSet<QString> m_internal;
    QSet<QString> m_external;
    QSet<QString> m_srv;
};

struct Context
{
    const Plan &plan;
    PlannedNames names;
    QStringList domains; // the SIP domains, normalized, each once
    PoolRef signIn;
    ProxyRef webProxy;
};

QString siteName(const Plan &plan, qsizetype site)
{
    return site >= 0 && site < plan.sites.size() ? plan.sites.at(site).name : QString();
}

// The servers a per-server request is made for: a pool without servers is its own one server.
QStringList serverNames(const QString &poolFqdn, const QList<Server> &servers)
{
    QStringList names;
    for (const Server &s : servers)
        if (!normalizedName(s.fqdn).isEmpty())
            names << normalizedName(s.fqdn);
    if (names.isEmpty() && !normalizedName(poolFqdn).isEmpty())
        names << normalizedName(poolFqdn);
    names.removeDuplicates();
    return names;
}

// The Meet and Dial-in hosts of a collection, and its Admin host when asked for.
QStringList urlHosts(const Plan &plan, const SimpleUrls &urls, bool withAdmin)
{
    QStringList hosts;
    for (const QString &url : effectiveMeetUrls(plan, urls))
        hosts << simpleUrlHost(url);
    hosts << simpleUrlHost(effectiveDialinUrl(plan, urls));
    if (withAdmin && !urls.admin.isEmpty())
        hosts << simpleUrlHost(urls.admin);
    return hosts;
}

// The simple URL collections a pool's web services answer: the global one, and its site's own.
QList<const SimpleUrls *> urlCollections(const Plan &plan, qsizetype site)
{
    QList<const SimpleUrls *> collections{&plan.simpleUrls};
    if (site >= 0 && site < plan.sites.size() && plan.sites.at(site).simpleUrls)
        collections << &*plan.sites.at(site).simpleUrls;
    return collections;
}

// Normalized, sorted, each name once, the subject among them.
void finish(CertificateRequest &r)
{
    r.subject = normalizedName(r.subject);
    QStringList names;
    for (const QString &name : std::as_const(r.sans))
        if (const QString n = normalizedName(name); !n.isEmpty())
            names << n;
    if (!r.subject.isEmpty())
        names << r.subject;
    names.sort();
    names.removeDuplicates();
    r.sans = names;
    r.usage = QStringList{QStringLiteral("serverAuth")};
}

QString wildcardWebNote()
{
    return QCoreApplication::translate(
        "Certificates", "Microsoft allows a wildcard SAN (*.<SIP domain>) in place of the simple URLs "
                        "and Autodiscover names of a domain, never as the subject; test desk phones with it "
                        "first.");
}

QString noWildcardNote()
{
    return QCoreApplication::translate("Certificates", "No wildcard: Microsoft does not support one here.");
}

// The sign-in names a pool answers: the _sipinternaltls targets that point at it and, for the
// sign-in pool, sip.<d> and sipinternal.<d>. The wizards offer sip.<d> for every SIP domain; the
// others go into byHand.
QStringList signInNames(const Context &c, const PoolRef &ref, QStringList *notes,
                        QList<ManualName> *byHandNames)
{
    QStringList names;
    QList<PoolRef> pools = backupPools(c.plan);
    if (c.signIn)
        pools.prepend(c.signIn);
    QStringList byHand;
    const QString fqdnPath = ref.path() + QStringLiteral(".fqdn");
    for (qsizetype p = 0; p < pools.size(); ++p) {
        if (pools.at(p).pool != ref.pool)
            continue;
        const SrvTargetStyle style = p == 0 && c.signIn ? c.plan.signIn.srvTarget : SrvTargetStyle::Pool;
        for (const QString &d : c.domains) {
            const QString target = srvTargetFor(*ref.pool, d, style);
            if (target.isEmpty() ||
                !c.names.hasSrv(Location::Internal, QStringLiteral("_sipinternaltls._tcp.") + d, target))
                continue;
            names << target;
            if (target != normalizedName(ref.pool->fqdn) && target != QStringLiteral("sip.") + d) {
                byHand << target;
                // The pool's FQDN lies outside the SIP domain: that choice makes the name.
                byHandNames->append({target, fqdnPath});
            }
        }
    }
    byHand.removeDuplicates();
    if (!byHand.isEmpty())
        *notes << QCoreApplication::translate("Certificates",
                                              "%1: the _sipinternaltls._tcp target inside the SIP domain "
                                              "(strict DNS name matching); the certificate wizard does not "
                                              "add it, add it by hand.")
                      .arg(byHand.join(QStringLiteral(", ")));
    if (c.signIn && ref.pool == c.signIn.pool) {
        QStringList fallback;
        for (const QString &d : c.domains)
            for (const QString &label : {QStringLiteral("sip."), QStringLiteral("sipinternal.")})
                if (c.names.has(Location::Internal, label + d))
                    fallback << label + d;
        names << fallback;
        for (const QString &name : std::as_const(fallback))
            if (name.startsWith(QLatin1String("sipinternal.")))
                byHandNames->append({name, QStringLiteral("legacyDiscovery.hostRecords"), true});
        if (!fallback.isEmpty())
            *notes << QCoreApplication::translate(
                "Certificates", "The sign-in pool: internal clients and desk phones reach it as sip.<SIP "
                                "domain> (and sipinternal.<SIP domain>) in internal DNS, so these names are "
                                "on it for every SIP domain. The wizard offers sip.<SIP domain>; add "
                                "sipinternal.<SIP domain> by hand.");
    }
    return names;
}

void frontEndOrDirector(const Context &c, const PoolRef &ref, QList<CertificateRequest> &out)
{
    const Plan &plan = c.plan;
    const Pool &pool = *ref.pool;
    const bool director = ref.kind == PoolKind::Director;
    const QString poolFqdn = normalizedName(pool.fqdn);
    if (poolFqdn.isEmpty())
        return;
    QStringList defaultNotes;
    QList<ManualName> defaultByHand;
    const QStringList signIn = signInNames(c, ref, &defaultNotes, &defaultByHand);
    defaultNotes << noWildcardNote()
                 << QCoreApplication::translate(
                        "Certificates", "Default, web internal and web external may be one certificate with "
                                        "the names of all three (Set-CsCertificate -Type "
                                        "Default,WebServicesInternal,WebServicesExternal).");

    // The web names of the pool, the same on every server.
    QStringList internalWeb{internalWebFqdn(pool)};
    QStringList externalWeb{normalizedName(pool.webServices.externalFqdn)};
    for (const SimpleUrls *urls : urlCollections(plan, ref.site)) {
        for (const QString &host : urlHosts(plan, *urls, true))
            if (c.names.has(Location::Internal, host))
                internalWeb << host;
        for (const QString &host : urlHosts(plan, *urls, false))
            if (c.names.has(Location::External, host))
                externalWeb << host;
    }
    // The Device Update Web service's name for devices that have never signed in: the first Front
    // End pool (plan-format.md); Microsoft's tables leave it out, an internal certificate has room.
    QStringList deviceUpdates;
    const QList<PoolRef> frontEnds = frontEndPools(plan);
    if (plan.devices.deviceUpdates && !frontEnds.isEmpty() && frontEnds.first().pool == ref.pool)
        for (const QString &d : c.domains)
            if (c.names.has(Location::Internal, QStringLiteral("ucupdates-r2.") + d))
                deviceUpdates << QStringLiteral("ucupdates-r2.") + d;
    internalWeb << deviceUpdates;
    if (plan.autodiscover.enabled)
        for (const QString &d : c.domains) {
            if (c.names.has(Location::Internal, QStringLiteral("lyncdiscoverinternal.") + d))
                internalWeb << QStringLiteral("lyncdiscoverinternal.") + d;
            if (c.names.has(Location::External, QStringLiteral("lyncdiscover.") + d))
                externalWeb << QStringLiteral("lyncdiscover.") + d;
        }
    QStringList internalNotes{
        QCoreApplication::translate("Certificates",
                                    "Every Meet, Dial-in and Admin URL and lyncdiscoverinternal.<SIP "
                                    "domain>, on every pool: any pool may answer them (a paired pool, a "
                                    "changed web pool)."),
        wildcardWebNote()};
    if (!deviceUpdates.isEmpty())
        internalNotes << QCoreApplication::translate(
            "Certificates", "ucupdates-r2.<SIP domain>: desk phones that have never signed in find the "
                            "Device Update Web service under it; Microsoft's tables leave it out, it costs "
                            "nothing on an internal certificate.");
    const QStringList externalNotes{
        QCoreApplication::translate("Certificates",
                                    "The reverse proxy forwards the external web services, the Meet and "
                                    "Dial-in URLs and lyncdiscover.<SIP domain> to this site under these "
                                    "names; no Admin URL (it is internal only)."),
        wildcardWebNote()};

    for (const QString &server : serverNames(pool.fqdn, pool.servers)) {
        CertificateRequest base;
        base.site = siteName(plan, ref.site);
        base.pool = poolFqdn;
        base.server = server;
        base.subject = poolFqdn;
        base.issuer = CertificateIssuer::Internal;

        // The three certificates of one server: Default, web internal, web external.
        const auto add = [&](CertificateRole role, const QStringList &names, const QStringList &notes,
                             const QList<ManualName> &byHand) {
            CertificateRequest request = base;
            request.role = role;
            request.sans = QStringList{poolFqdn, server} + names;
            request.notes = notes;
            request.byHand = byHand;
            finish(request);
            out << request;
        };
        add(director ? CertificateRole::DirectorDefault : CertificateRole::FrontEndDefault, signIn,
            defaultNotes, defaultByHand);
        add(director ? CertificateRole::DirectorWebInternal : CertificateRole::FrontEndWebInternal,
            internalWeb, internalNotes, {});
        add(director ? CertificateRole::DirectorWebExternal : CertificateRole::FrontEndWebExternal,
            externalWeb, externalNotes, {});
    }
}

// The Edge external certificate's names beyond the access and web conferencing FQDNs: the pool's
// name under each SIP domain (on the primary pool sip.<d>, which the wizard's SIP domain page adds:
// domainNames) and the names the wizard does not add (byHand). True when the pool carries XMPP.
bool edgeExternalNames(const Context &c, const EdgeRef &ref, const QString &subject, QStringList *domainNames,
                       QList<ManualName> *byHand)
{
    const Plan &plan = c.plan;
    const bool primary = primaryEdgePool(plan).edge == ref.edge;
    const QString label = edgeDomainLabel(plan, ref);
    const QString accessPath = ref.path() + QStringLiteral(".accessFqdn");
    for (const QString &d : c.domains) {
        const QString name = edgeDomainName(label, d);
        if (!name.isEmpty() && c.names.has(Location::External, name) && name != subject) {
            if (primary)
                *domainNames << name;
            else
                byHand->append({name, accessPath});
        }
        if (primary && c.names.has(Location::External, QStringLiteral("sipexternal.") + d))
            byHand->append(
                {QStringLiteral("sipexternal.") + d, QStringLiteral("legacyDiscovery.hostRecords"), true});
    }
    const QList<EdgeRef> xmppPools = xmppEdgePools(plan);
    const bool xmpp = plan.xmppFqdn && !hasSfb2019Roles(plan.product) && !xmppPools.isEmpty() &&
                      xmppPools.first().edge == ref.edge && c.names.has(Location::External, *plan.xmppFqdn);
    if (xmpp)
        byHand->append({normalizedName(*plan.xmppFqdn), QStringLiteral("xmpp.fqdn")});
    return xmpp;
}

void edgePool(const Context &c, const EdgeRef &ref, QList<CertificateRequest> &out)
{
    const Plan &plan = c.plan;
    const Edge &edge = *ref.edge;
    const QString internalFqdn = normalizedName(edge.internalFqdn);
    if (internalFqdn.isEmpty())
        return;

    CertificateRequest internal;
    internal.role = CertificateRole::EdgeInternal;
    internal.site = siteName(plan, ref.site);
    internal.pool = internalFqdn;
    internal.subject = internalFqdn;
    for (const EdgeServer &s : edge.servers)
        internal.sans << s.fqdn;
    internal.exportableKey = true;
    internal.notes << QCoreApplication::translate(
                          "Certificates",
                          "One certificate for the pool, its key exported onto every Edge server. "
                          "Microsoft's table gives it a subject only; the pool name and each Edge "
                          "server's FQDN (which the Central Management store replicates to) are "
                          "its SAN.")
                   << QCoreApplication::translate("Certificates",
                                                  "A wildcard is allowed here but of no use (Microsoft).");
    finish(internal);
    out << internal;

    CertificateRequest external;
    external.role = CertificateRole::EdgeExternal;
    external.site = internal.site;
    external.pool = internalFqdn;
    external.subject = effectiveAccessFqdn(plan, edge);
    external.issuer = CertificateIssuer::Public;
    external.exportableKey = true;
    external.sans << effectiveWebConferencingFqdn(plan, edge);
    QStringList domainNames;
    const bool xmpp = edgeExternalNames(c, ref, external.subject, &domainNames, &external.byHand);
    QStringList byHand;
    for (const ManualName &m : std::as_const(external.byHand))
        byHand << m.name;
    external.sans << domainNames << byHand;
    external.notes << QCoreApplication::translate(
        "Certificates", "One public certificate for the Access, Web Conferencing and A/V authentication "
                        "services, the same certificate and private key on every Edge server of the pool.");
    if (!byHand.isEmpty())
        external.notes << QCoreApplication::translate("Certificates",
                                                      "The wizard adds the access and web conferencing "
                                                      "names and, on its SIP domain page, sip.<SIP "
                                                      "domain>; add %1 by hand: clients and partners "
                                                      "reach the Access Edge under them.")
                              .arg(byHand.join(QStringLiteral(", ")));
    external.notes << QCoreApplication::translate("Certificates",
                                                  "The A/V Edge name %1 is left off: the A/V Edge service "
                                                  "uses neither subject nor SAN (Microsoft's Edge "
                                                  "certificate table). Lync Server 2013's planning page "
                                                  "asks for it; adding it does no harm.")
                          .arg(effectiveAvFqdn(plan, edge));
    if (xmpp)
        external.notes << QCoreApplication::translate(
            "Certificates", "XMPP: Microsoft's table also adds *.<SIP domain>; add it only if an XMPP "
                            "partner asks for it.");
    else
        external.notes << noWildcardNote();
    finish(external);
    out << external;
}

void reverseProxy(const Context &c, const ProxyRef &ref, QList<CertificateRequest> &out)
{
    const Plan &plan = c.plan;
    const auto publishes = [ref](const ProxyRef &p) { return p && p.proxy == ref.proxy; };
    CertificateRequest r;
    r.role = CertificateRole::ReverseProxy;
    r.site = siteName(plan, ref.site);
    r.pool = ref.proxy->name;
    r.issuer = CertificateIssuer::Public;
    r.exportableKey = true;

    // The external web services of every pool it publishes: Front Ends first, the subject's source.
    QStringList frontEnds, directors;
    for (const PoolRef &pool : allPools(plan)) {
        const QString ext = normalizedName(pool.pool->webServices.externalFqdn);
        if (!ext.isEmpty() && publishes(reverseProxyFor(plan, pool)) && c.names.has(Location::External, ext))
            (pool.kind == PoolKind::FrontEnd ? frontEnds : directors) << ext;
    }
    r.sans << frontEnds << directors;

    // The global simple URLs and Autodiscover go through the web pool's proxy; with GeoDNS through
    // the proxy of each GeoDNS pool as well.
    bool global = publishes(c.webProxy);
    if (plan.geoDns)
        for (const QString &fqdn : plan.geoDns->pools)
            global = global || publishes(reverseProxyFor(plan, findPool(plan, fqdn)));
    QStringList urls;
    if (global) {
        urls << urlHosts(plan, plan.simpleUrls, false);
        if (plan.autodiscover.enabled)
            for (const QString &d : c.domains)
                urls << QStringLiteral("lyncdiscover.") + d;
    }
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        if (plan.sites.at(s).simpleUrls && publishes(siteReverseProxy(plan, s)))
            urls << urlHosts(plan, *plan.sites.at(s).simpleUrls, false);
    for (const QString &host : std::as_const(urls))
        if (c.names.has(Location::External, host))
            r.sans << host;

    // Office Web Apps: the site's proxy, else the web pool's.
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        const ProxyRef site = siteReverseProxy(plan, s);
        if (!publishes(site ? site : c.webProxy))
            continue;
        for (const OfficeWebApps &farm : plan.sites.at(s).officeWebApps)
            if (c.names.has(Location::External, farm.externalFqdn))
                r.sans << farm.externalFqdn;
    }
    if (r.sans.isEmpty())
        return; // it publishes nothing: no listener, no certificate
    r.subject = !frontEnds.isEmpty()   ? frontEnds.first()
                : !directors.isEmpty() ? directors.first()
                                       : r.sans.first();
    r.notes << QCoreApplication::translate(
                   "Certificates", "The public certificate of the proxy's HTTPS listener; exportable, so "
                                   "the request can be made on another computer and the certificate "
                                   "installed on every node of the proxy.")
            << QCoreApplication::translate(
                   "Certificates", "Microsoft allows a wildcard SAN (*.<SIP domain>) in place of the Meet, "
                                   "Dial-in and lyncdiscover names of a domain, never as the subject.");
    if (global && plan.autodiscover.enabled)
        r.notes << QCoreApplication::translate(
            "Certificates", "lyncdiscover.<SIP domain> for every SIP domain (Autodiscover over HTTPS; "
                            "publishing it over HTTP on port 80 instead is supported but not "
                            "recommended).");
    finish(r);
    out << r;
}

void officeWebApps(const Context &c, qsizetype site, const OfficeWebApps &farm,
                   QList<CertificateRequest> &out)
{
    const QString internalFqdn = normalizedName(farm.internalFqdn);
    if (internalFqdn.isEmpty())
        return;
    CertificateRequest r;
    r.role = CertificateRole::OfficeWebApps;
    r.site = siteName(c.plan, site);
    r.pool = internalFqdn;
    r.subject = internalFqdn;
    r.sans << farm.externalFqdn;
    for (const Server &s : farm.servers)
        r.sans << s.fqdn;
    r.exportableKey = farm.servers.size() > 1;
    r.notes << QCoreApplication::translate(
        "Certificates", "Front Ends reach the farm under its internal name, the reverse proxy forwards "
                        "its external name to it; a load-balanced farm has the same certificate on every "
                        "member (exportable key), with each member's FQDN.");
    finish(r);
    out << r;
}

void mediationPool(const Context &c, qsizetype site, const ServerPool &pool, QList<CertificateRequest> &out)
{
    const QString poolFqdn = normalizedName(pool.fqdn);
    if (poolFqdn.isEmpty())
        return;
    for (const QString &server : serverNames(pool.fqdn, pool.servers)) {
        CertificateRequest r;
        r.role = CertificateRole::Mediation;
        r.site = siteName(c.plan, site);
        r.pool = poolFqdn;
        r.server = server;
        r.subject = poolFqdn;
        r.sans << poolFqdn << server;
        r.notes << noWildcardNote();
        finish(r);
        out << r;
    }
}

void survivableBranch(const Context &c, const BranchSite &branch, const Server &sba,
                      QList<CertificateRequest> &out)
{
    const QString fqdn = normalizedName(sba.fqdn);
    if (fqdn.isEmpty())
        return;
    CertificateRequest r;
    r.role = CertificateRole::SurvivableBranch;
    r.site = branch.centralSite;
    r.pool = fqdn;
    r.subject = fqdn;
    for (const QString &d : c.domains)
        r.sans << QStringLiteral("sip.") + d;
    r.notes << QCoreApplication::translate(
                   "Certificates", "Branch site %1. Microsoft's table: sip.<SIP domain> for every SIP "
                                   "domain (clients sign in to the appliance when the central pool "
                                   "is down); its own FQDN is repeated in the SAN.")
                   .arg(branch.name)
            << noWildcardNote();
    finish(r);
    out << r;
}

} // namespace

QList<CertificateRequest> certificateRequests(const Plan &plan)
{
    return certificateRequests(plan, planRecords(plan));
}

static Context makeContext(const Plan &plan, const RecordSet &records)
{
    Context c{plan, PlannedNames(records), {}, signInPool(plan), reverseProxyFor(plan, webPool(plan))};
    for (const QString &d : plan.sipDomains)
        if (!normalizedName(d).isEmpty())
            c.domains << normalizedName(d);
    c.domains.removeDuplicates();
    return c;
}

QList<CertificateRequest> certificateRequests(const Plan &plan, const RecordSet &records)
{
    const Context c = makeContext(plan, records);

    QList<CertificateRequest> out;
    for (const PoolRef &ref : frontEndPools(plan))
        frontEndOrDirector(c, ref, out);
    for (const PoolRef &ref : directorPools(plan))
        frontEndOrDirector(c, ref, out);
    for (const EdgeRef &ref : allEdgePools(plan))
        edgePool(c, ref, out);
    for (const ProxyRef &ref : allReverseProxies(plan))
        reverseProxy(c, ref, out);
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        for (const OfficeWebApps &farm : plan.sites.at(s).officeWebApps)
            officeWebApps(c, s, farm, out);
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        for (const ServerPool &pool : plan.sites.at(s).mediationPools)
            mediationPool(c, s, pool, out);
    for (const BranchSite &branch : plan.branchSites)
        for (const Server &sba : branch.survivableBranches)
            survivableBranch(c, branch, sba, out);
    // cli.md's role order; within a role, the plan order the loops above keep.
    std::stable_sort(out.begin(), out.end(), [](const CertificateRequest &a, const CertificateRequest &b) {
        return static_cast<int>(a.role) < static_cast<int>(b.role);
    });
    return out;
}

QList<CertificateNamesByHand> certificateNamesByHand(const Plan &plan, const RecordSet &records)
{
    // The cheap part of certificateRequests(): the per-server requests of a big estate hold every
    // simple URL of every SIP domain, the validator needs none of them.
    const Context c = makeContext(plan, records);
    QList<CertificateNamesByHand> out;
    for (const QList<PoolRef> &pools : {frontEndPools(plan), directorPools(plan)})
        for (const PoolRef &ref : pools) {
            QStringList notes;
            CertificateNamesByHand names;
            names.role = ref.kind == PoolKind::Director ? CertificateRole::DirectorDefault
                                                        : CertificateRole::FrontEndDefault;
            names.pool = normalizedName(ref.pool->fqdn);
            signInNames(c, ref, &notes, &names.names);
            if (!names.pool.isEmpty() && !names.names.isEmpty())
                out << names;
        }
    for (const EdgeRef &ref : allEdgePools(plan)) {
        CertificateNamesByHand names;
        names.role = CertificateRole::EdgeExternal;
        names.pool = normalizedName(ref.edge->internalFqdn);
        QStringList domainNames;
        edgeExternalNames(c, ref, effectiveAccessFqdn(plan, *ref.edge), &domainNames, &names.names);
        if (!names.pool.isEmpty() && !names.names.isEmpty())
            out << names;
    }
    return out;
}

QString certificateRoleTitle(CertificateRole role)
{
    switch (role) {
    case CertificateRole::FrontEndDefault:
        return QCoreApplication::translate("Certificates", "Front End, Default");
    case CertificateRole::FrontEndWebInternal:
        return QCoreApplication::translate("Certificates", "Front End, web internal");
    case CertificateRole::FrontEndWebExternal:
        return QCoreApplication::translate("Certificates", "Front End, web external");
    case CertificateRole::DirectorDefault:
        return QCoreApplication::translate("Certificates", "Director, Default");
    case CertificateRole::DirectorWebInternal:
        return QCoreApplication::translate("Certificates", "Director, web internal");
    case CertificateRole::DirectorWebExternal:
        return QCoreApplication::translate("Certificates", "Director, web external");
    case CertificateRole::EdgeInternal:
        return QCoreApplication::translate("Certificates", "Edge, internal");
    case CertificateRole::EdgeExternal:
        return QCoreApplication::translate("Certificates", "Edge, external");
    case CertificateRole::ReverseProxy:
        return QCoreApplication::translate("Certificates", "Reverse proxy");
    case CertificateRole::OfficeWebApps:
        return QCoreApplication::translate("Certificates", "Office Web Apps");
    case CertificateRole::Mediation:
        return QCoreApplication::translate("Certificates", "Mediation");
    case CertificateRole::SurvivableBranch:
        return QCoreApplication::translate("Certificates", "Survivable Branch Appliance");
    }
    return {};
}

QString extendedKeyUsageOid(const QString &usage)
{
    if (usage == QLatin1String("serverAuth"))
        return QStringLiteral("1.3.6.1.5.5.7.3.1");
    if (usage == QLatin1String("clientAuth"))
        return QStringLiteral("1.3.6.1.5.5.7.3.2");
    return {};
}

} // namespace lyncdns
