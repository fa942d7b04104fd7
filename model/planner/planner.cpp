#include "model/planner/planner.h"

#include "model/dns/hostnames.h"
#include "model/rules/nameclaims.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace lyncdns {

namespace {

// An address as a record holds it: the canonical form of a valid IPv4 dotted quad or IPv6 address,
// else nothing. A value the validator rejects (P-ADDRESS) never becomes record data, in the preview
// or in an export: QHostAddress alone would read "10.0.0" as 10.0.0.0.
QString recordAddress(const QString &address)
{
    return isValidIpv4(address) || isValidIpv6(address) ? canonicalAddress(address) : QString();
}

// An owner name or target the validator accepts (R-NAME1); an SRV owner's service and protocol
// labels (_sip._tls.) are the planner's own and are skipped.
bool isRecordName(const QString &name, RecordType type)
{
    QString host = name;
    if (type == RecordType::SRV)
        while (host.startsWith(QLatin1Char('_')))
            host = host.section(QLatin1Char('.'), 1);
    return hostNameProblem(host).isEmpty();
}

void addIfSet(QStringList &list, const QString &address)
{
    if (!address.isEmpty())
        list << recordAddress(address);
}

// Collects records, writes A plus AAAA where asked, and keeps the first of any duplicates. A name
// belongs to the first role that writes it in a view: a second role's records are left out, never
// merged in (the validator reports the name as P-NAME-ROLES, R-CN1 or a more specific rule).
class RecordBuilder
{
public:
    explicit RecordBuilder(const Plan &plan)
        : m_plan(plan)
    {
        for (const NameClaim &c : nameClaims(plan))
            m_claims[c.name] << c;
    }

    void addHost(Location loc, Role role, const QString &name, const AddressSet &addresses,
                 const char *requirement, bool required, const QString &reason)
    {
        const QString owner = ownerOf(loc, name, role);
        for (const QString &a : addresses.ipv4)
            add(loc, owner, name, RecordType::A, a, requirement, required, reason);
        if (m_plan.dns.ipv6)
            for (const QString &a : addresses.ipv6)
                add(loc, owner, name, RecordType::AAAA, a, requirement, required, reason);
    }

    void addCname(Location loc, Role role, const QString &name, const QString &target,
                  const char *requirement, bool required, const QString &reason)
    {
        add(loc, ownerOf(loc, name, role), name, RecordType::CNAME, normalizedName(target), requirement,
            required, reason);
    }

    // SRV owner names carry underscores, which no host name of the plan can (R-NAME1).
    void addSrv(Location loc, const QString &name, int port, const QString &target, const char *requirement,
                bool required, const QString &reason)
    {
        add(loc, normalizedName(name), name, RecordType::SRV,
            QStringLiteral("0 0 %1 %2").arg(port).arg(normalizedName(target)), requirement, required, reason);
    }

    RecordSet take() { return std::move(m_records); }

private:
    // The owner of the claim a host record comes from. The planner writes a role's names in the
    // order nameClaims() lists them, once per view, so the n-th call for (view, name, role) is the
    // n-th claim: two servers given one FQDN stay two owners and are not merged.
    QString ownerOf(Location loc, const QString &name, Role role)
    {
        const QString n = normalizedName(name);
        const int nth = m_calls[locationName(loc) + QLatin1Char('|') + n + QLatin1Char('|') +
                                QString::number(static_cast<int>(role))]++;
        QString owner = roleLabel(role); // not claimed: cannot happen, and then the role is the owner
        int seen = 0;
        for (const NameClaim &c : m_claims.value(n))
            if (c.role == role) {
                owner = c.owner;
                if (seen++ == nth)
                    break;
            }
        return owner;
    }

    void add(Location loc, const QString &owner, const QString &name, RecordType type, const QString &data,
             const char *requirement, bool required, const QString &reason)
    {
        DnsRecord r;
        r.location = loc;
        r.name = normalizedName(name);
        r.type = type;
        r.data = data;
        r.ttl = m_plan.dns.ttl;
        r.requirement = QLatin1String(requirement);
        r.required = required;
        r.reason = reason;
        if (r.name.isEmpty() || r.data.isEmpty() || !isRecordName(r.name, type) || !isValidData(type, data))
            return; // an invalid field is reported by the validator, never planned as if it were real
        const QString view = locationName(loc) + QLatin1Char('|') + r.name;
        const auto held = m_owners.constFind(view);
        if (held != m_owners.cend() && held.value() != owner)
            return;
        m_owners.insert(view, owner);
        const QString key = view + QLatin1Char('|') + recordTypeName(type) + QLatin1Char('|') + r.data;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_records << r;
    }

    static bool isValidData(RecordType type, const QString &data)
    {
        switch (type) {
        case RecordType::A:
            return isValidIpv4(data);
        case RecordType::AAAA:
            return isValidIpv6(data);
        case RecordType::CNAME:
            return isRecordName(data, type);
        case RecordType::SRV:
            return isRecordName(data.section(QLatin1Char(' '), 3), RecordType::A);
        }
        return false;
    }

    const Plan &m_plan;
    QHash<QString, QList<NameClaim>> m_claims; // name -> its claims, in plan order
    QHash<QString, int> m_calls;               // view|name|role -> records written so far
    QHash<QString, QString> m_owners;          // location|name -> the owner of the role that holds it
    RecordSet m_records;
    QSet<QString> m_seen;
};

// The sign-in pool's role: %1 in several record reasons ("… the %1 internal web services").
QString poolRole(const Plan &plan)
{
    if (plan.director)
        //: The role of the pool clients sign in to; %1 in reasons such as "Autodiscover for internal clients:
        //: the %1 internal web services".
        return QCoreApplication::translate("Planner", "Director");
    return plan.frontEnd.edition == Edition::Standard
               ? QCoreApplication::translate("Planner", "Standard Edition server")
               : QCoreApplication::translate("Planner", "Front End pool");
}

// §1.1 Internal — servers, pools, web services.
void internalServersAndPools(const Plan &plan, RecordBuilder &b)
{
    const Location in = Location::Internal;
    for (const Server &s : plan.frontEnd.servers)
        b.addHost(in, Role::FrontEndServer, s.fqdn,
                  AddressSet{{recordAddress(s.ipv4)}, {recordAddress(s.ipv6)}}, "int-server", true,
                  QCoreApplication::translate("Planner",
                                              "Front End server %1: server-to-server traffic and replication")
                      .arg(s.fqdn));

    const Pool &fe = plan.frontEnd;
    if (fe.edition == Edition::Standard) {
        b.addHost(in, Role::StandardEditionServer, fe.fqdn, poolAddressSet(fe), "int-server", true,
                  QCoreApplication::translate("Planner",
                                              "Standard Edition server: its FQDN is also its pool FQDN"));
    } else {
        switch (fe.loadBalancing) {
        case LoadBalancing::Dns:
            b.addHost(in, Role::FrontEndPool, fe.fqdn, poolAddressSet(fe), "int-pool-dnslb", true,
                      QCoreApplication::translate(
                          "Planner", "Front End pool, DNS load balancing: one A per deployed Front End"));
            break;
        case LoadBalancing::Hardware:
            b.addHost(in, Role::FrontEndPool, fe.fqdn, poolAddressSet(fe), "int-pool-hlb", true,
                      QCoreApplication::translate("Planner",
                                                  "Front End pool behind a hardware load balancer: the VIP"));
            break;
        case LoadBalancing::None:
            b.addHost(in, Role::FrontEndPool, fe.fqdn, poolAddressSet(fe), "int-pool-single", true,
                      QCoreApplication::translate(
                          "Planner", "Front End pool with a single server and no load balancer"));
            break;
        }
    }
    if (internalWebFqdn(fe) != normalizedName(fe.fqdn))
        b.addHost(in, Role::FrontEndInternalWeb, internalWebFqdn(fe), poolWebAddress(fe), "int-webint", true,
                  QCoreApplication::translate(
                      "Planner",
                      "Front End internal web services (HTTPS cannot use DNS load balancing): the web VIP"));

    if (plan.director) {
        const Pool &dir = *plan.director;
        for (const Server &s : dir.servers)
            b.addHost(
                in, Role::DirectorServer, s.fqdn,
                AddressSet{{recordAddress(s.ipv4)}, {recordAddress(s.ipv6)}}, "int-server", true,
                QCoreApplication::translate("Planner", "Director %1: server-to-server traffic").arg(s.fqdn));
        b.addHost(in, Role::DirectorPool, dir.fqdn, poolAddressSet(dir), "int-director-pool", true,
                  dir.loadBalancing == LoadBalancing::Dns
                      ? QCoreApplication::translate("Planner",
                                                    "Director pool, DNS load balancing: one A per Director")
                      : QCoreApplication::translate(
                            "Planner", "Director pool FQDN: the Director or its load balancer VIP"));
        if (internalWebFqdn(dir) != normalizedName(dir.fqdn))
            b.addHost(in, Role::DirectorInternalWeb, internalWebFqdn(dir), poolWebAddress(dir), "int-webint",
                      true,
                      QCoreApplication::translate("Planner", "Director internal web services: the web VIP"));
    }
}

void internalEdge(const Plan &plan, RecordBuilder &b)
{
    if (!plan.edge)
        return;
    const Edge &e = *plan.edge;
    b.addHost(
        Location::Internal, Role::EdgeInternal, e.internalFqdn, edgeInternalAddresses(e), "int-edge-internal",
        true,
        e.layout == EdgeLayout::ScaledHardware
            ? QCoreApplication::translate(
                  "Planner",
                  "Edge internal FQDN: the internal load balancer VIP; Front Ends reach the Edge here")
            : QCoreApplication::translate(
                  "Planner",
                  "Edge internal FQDN: the Edge internal interface(s); Front Ends reach the Edge here"));
    // After the pool name, so a single Edge named like its pool keeps the int-edge-internal id.
    for (const EdgeServer &s : e.servers)
        b.addHost(
            Location::Internal, Role::EdgeServer, s.fqdn,
            AddressSet{{recordAddress(s.internalIpv4)}, {recordAddress(s.internalIpv6)}}, "int-edge-node",
            true,
            QCoreApplication::translate("Planner", "Edge server %1: its internal interface").arg(s.fqdn));
}

// §1.2 Internal — client discovery and device records.
void internalDiscovery(const Plan &plan, RecordBuilder &b)
{
    const Location in = Location::Internal;
    const Pool &signIn = plan.signInPool();
    const QString role = poolRole(plan);
    for (const QString &rawDomain : plan.sipDomains) {
        const QString d = normalizedName(rawDomain);
        if (plan.autodiscover.enabled) {
            const QString name = QStringLiteral("lyncdiscoverinternal.") + d;
            // Decision 8: without split-brain it sits at a pin-point zone's apex, where no CNAME may be.
            if (plan.autodiscover.recordType == AutodiscoverType::Cname && plan.dns.splitBrain)
                b.addCname(in, Role::LyncDiscoverInternal, name, internalWebFqdn(signIn),
                           "int-lyncdiscoverinternal", true,
                           QCoreApplication::translate(
                               "Planner", "Autodiscover for internal clients: the %1 internal web services")
                               .arg(role));
            else
                b.addHost(in, Role::LyncDiscoverInternal, name, poolWebAddress(signIn),
                          "int-lyncdiscoverinternal", true,
                          QCoreApplication::translate(
                              "Planner", "Autodiscover for internal clients: the %1 internal web address")
                              .arg(role));
        }
        const QString target = srvTargetFor(signIn, d);
        if ((plan.legacyDiscovery.srv || plan.legacyDiscovery.tcp) && !target.isEmpty()) {
            if (target != normalizedName(signIn.fqdn))
                b.addHost(in, Role::SrvTarget, target, poolAddressSet(signIn), "int-sipinternaltls", true,
                          QCoreApplication::translate(
                              "Planner", "SRV target for %1 inside the SIP domain (the pool FQDN %2 is not)")
                              .arg(d, normalizedName(signIn.fqdn)));
            if (plan.legacyDiscovery.srv)
                b.addSrv(in, QStringLiteral("_sipinternaltls._tcp.") + d, 5061, target, "int-sipinternaltls",
                         true,
                         QCoreApplication::translate(
                             "Planner", "Internal sign-in of %1 users over TLS (legacy clients, desk phones)")
                             .arg(d));
            if (plan.legacyDiscovery.tcp)
                b.addSrv(in, QStringLiteral("_sipinternal._tcp.") + d, 5060, target, "int-sipinternal", false,
                         QCoreApplication::translate(
                             "Planner", "Internal sign-in over TCP, tried only when TCP is allowed"));
        }
        if (plan.legacyDiscovery.hostRecords) {
            b.addHost(
                in, Role::SipInternal, QStringLiteral("sipinternal.") + d, poolAddressSet(signIn),
                "int-sipinternal-a", false,
                QCoreApplication::translate("Planner", "A-record fallback for internal sign-in to the %1")
                    .arg(role));
            b.addHost(in, Role::SipInternalHost, QStringLiteral("sip.") + d, poolAddressSet(signIn),
                      "int-sip", false,
                      QCoreApplication::translate("Planner",
                                                  "Internal sign-in fallback and Lync Phone Edition: the %1")
                          .arg(role));
        }
        if (!plan.devices.ntpServer.isEmpty())
            b.addSrv(in, QStringLiteral("_ntp._udp.") + d, 123, plan.devices.ntpServer, "int-ntp", true,
                     QCoreApplication::translate(
                         "Planner", "Time source for desk phones (else they try time.windows.com)"));
        if (plan.devices.deviceUpdates)
            b.addHost(in, Role::DeviceUpdates, QStringLiteral("ucupdates-r2.") + d,
                      poolWebAddress(plan.frontEnd), "int-ucupdates-r2", false,
                      QCoreApplication::translate(
                          "Planner", "Device Update Web service for phones that have never signed in"));
    }
}

void internalSimpleUrls(const Plan &plan, RecordBuilder &b)
{
    const AddressSet web = poolWebAddress(plan.signInPool());
    const QString role = poolRole(plan);
    for (const QString &url : effectiveMeetUrls(plan))
        b.addHost(
            Location::Internal, Role::MeetUrl, simpleUrlHost(url), web, "int-meet", true,
            QCoreApplication::translate("Planner", "Meet simple URL for internal users: the %1 web address")
                .arg(role));
    b.addHost(
        Location::Internal, Role::DialinUrl, simpleUrlHost(effectiveDialinUrl(plan)), web, "int-dialin", true,
        QCoreApplication::translate("Planner", "Dial-in simple URL for internal users: the %1 web address")
            .arg(role));
    if (!plan.simpleUrls.admin.isEmpty())
        b.addHost(Location::Internal, Role::AdminUrl, simpleUrlHost(plan.simpleUrls.admin), web, "int-admin",
                  false,
                  QCoreApplication::translate("Planner", "Admin simple URL (Control Panel): internal only"));
}

void internalApplications(const Plan &plan, RecordBuilder &b)
{
    if (plan.persistentChat) {
        AddressSet all;
        for (const Server &s : plan.persistentChat->servers) {
            const AddressSet one{{recordAddress(s.ipv4)}, {recordAddress(s.ipv6)}};
            b.addHost(Location::Internal, Role::PersistentChatServer, s.fqdn, one, "int-pchat", true,
                      QCoreApplication::translate("Planner", "Persistent Chat server %1").arg(s.fqdn));
            addIfSet(all.ipv4, s.ipv4);
            addIfSet(all.ipv6, s.ipv6);
        }
        b.addHost(
            Location::Internal, Role::PersistentChatPool, plan.persistentChat->fqdn, all, "int-pchat", true,
            QCoreApplication::translate("Planner", "Persistent Chat pool: one A per Persistent Chat server"));
    }
    if (plan.officeWebApps) {
        AddressSet owas;
        addIfSet(owas.ipv4, plan.officeWebApps->internalIpv4);
        addIfSet(owas.ipv6, plan.officeWebApps->internalIpv6);
        b.addHost(Location::Internal, Role::OfficeWebAppsInternal, plan.officeWebApps->internalFqdn, owas,
                  "int-owas", true,
                  QCoreApplication::translate(
                      "Planner", "Office Web Apps Server: PowerPoint presentations in meetings"));
    }
}

// §1.3 External — Edge, federation, XMPP, push.
void externalEdge(const Plan &plan, RecordBuilder &b)
{
    if (!plan.edge)
        return;
    const Edge &e = *plan.edge;
    const Location ex = Location::External;
    const AddressSet access = edgeAccessAddresses(e);
    const bool fedSrv = plan.federation.discoverable || plan.pushNotifications;
    for (const QString &rawDomain : plan.sipDomains) {
        const QString d = normalizedName(rawDomain);
        const QString sip = QStringLiteral("sip.") + d;
        b.addHost(ex, Role::SipAccessName, sip, access, "ext-access", true,
                  QCoreApplication::translate("Planner",
                                              "Access Edge for %1: remote sign-in, federation and public IM")
                      .arg(d));
        if (plan.legacyDiscovery.srv)
            b.addSrv(ex, QStringLiteral("_sip._tls.") + d, 443, sip, "ext-sip-tls", true,
                     QCoreApplication::translate(
                         "Planner", "External automatic sign-in of %1 users through the Access Edge")
                         .arg(d));
        if (fedSrv)
            b.addSrv(ex, QStringLiteral("_sipfederationtls._tcp.") + d, 5061, sip, "ext-sipfed",
                     plan.pushNotifications,
                     plan.pushNotifications
                         ? QCoreApplication::translate("Planner",
                                                       "Push notifications (and federation discovery) for %1")
                               .arg(d)
                         : QCoreApplication::translate(
                               "Planner", "Lets federated partners discover the Access Edge of %1")
                               .arg(d));
        if (plan.legacyDiscovery.hostRecords)
            b.addHost(ex, Role::SipExternal, QStringLiteral("sipexternal.") + d, access, "ext-sipexternal",
                      false,
                      QCoreApplication::translate("Planner",
                                                  "A-record fallback for external sign-in: the Access Edge"));
        if (plan.xmppFqdn)
            b.addSrv(ex, QStringLiteral("_xmpp-server._tcp.") + d, 5269, *plan.xmppFqdn, "ext-xmpp-srv", true,
                     QCoreApplication::translate("Planner", "Lets XMPP partners find the XMPP gateway for %1")
                         .arg(d));
    }
    b.addHost(ex, Role::AccessEdge, effectiveAccessFqdn(plan), access, "ext-access", true,
              QCoreApplication::translate(
                  "Planner", "Access Edge external FQDN (SIP, federation): the Access Edge public address"));
    b.addHost(ex, Role::WebConferencingEdge, effectiveWebConferencingFqdn(plan),
              edgeWebConferencingAddresses(e), "ext-webcon", true,
              QCoreApplication::translate(
                  "Planner", "Web Conferencing Edge: meeting content for remote and federated users"));
    b.addHost(
        ex, Role::AvEdge, effectiveAvFqdn(plan), edgeAvAddresses(e), "ext-av", true,
        QCoreApplication::translate("Planner", "A/V Edge: audio and video media relay for remote users"));
    if (plan.xmppFqdn)
        b.addHost(ex, Role::XmppHost, *plan.xmppFqdn, access, "ext-xmpp-a", true,
                  QCoreApplication::translate("Planner", "XMPP proxy on the Access Edge"));
}

// §1.4 External — reverse proxy, web services, Autodiscover, simple URLs.
void externalReverseProxy(const Plan &plan, RecordBuilder &b)
{
    if (!plan.reverseProxy)
        return;
    const Location ex = Location::External;
    AddressSet rp;
    addIfSet(rp.ipv4, plan.reverseProxy->publicIpv4);
    addIfSet(rp.ipv6, plan.reverseProxy->publicIpv6);
    b.addHost(ex, Role::FrontEndExternalWeb, plan.frontEnd.webServices.externalFqdn, rp, "ext-webext", true,
              QCoreApplication::translate(
                  "Planner", "Front End external web services (address book, meetings, mobility), published "
                             "by the reverse proxy"));
    if (plan.director)
        b.addHost(ex, Role::DirectorExternalWeb, plan.director->webServices.externalFqdn, rp, "ext-webdirext",
                  true,
                  QCoreApplication::translate(
                      "Planner", "Director external web services (authentication first goes here), published "
                                 "by the reverse proxy"));
    for (const QString &url : effectiveMeetUrls(plan))
        b.addHost(
            ex, Role::MeetUrl, simpleUrlHost(url), rp, "ext-meet", true,
            QCoreApplication::translate("Planner", "Meet simple URL for external users: the reverse proxy"));
    b.addHost(
        ex, Role::DialinUrl, simpleUrlHost(effectiveDialinUrl(plan)), rp, "ext-dialin", true,
        QCoreApplication::translate("Planner", "Dial-in simple URL for external users: the reverse proxy"));
    if (plan.officeWebApps && !plan.officeWebApps->externalFqdn.isEmpty())
        b.addHost(ex, Role::OfficeWebAppsExternal, plan.officeWebApps->externalFqdn, rp, "ext-owas", true,
                  QCoreApplication::translate(
                      "Planner", "Office Web Apps for external meeting participants: the reverse proxy"));
    if (!plan.autodiscover.enabled)
        return;
    const QString extWeb = plan.signInPool().webServices.externalFqdn;
    for (const QString &rawDomain : plan.sipDomains) {
        const QString name = QStringLiteral("lyncdiscover.") + normalizedName(rawDomain);
        if (plan.autodiscover.recordType == AutodiscoverType::Cname && !extWeb.isEmpty())
            b.addCname(
                ex, Role::LyncDiscover, name, extWeb, "ext-lyncdiscover", true,
                QCoreApplication::translate(
                    "Planner", "Autodiscover for mobile and external clients: the %1 external web services")
                    .arg(poolRole(plan)));
        else
            b.addHost(ex, Role::LyncDiscover, name, rp, "ext-lyncdiscover", true,
                      QCoreApplication::translate(
                          "Planner", "Autodiscover for mobile and external clients: the reverse proxy"));
    }
}

// Plan-format rule 9: no internal-only name and no private address in external DNS.
bool isForbidden(const DnsRecord &r, const QSet<QString> &internalOnly)
{
    if (r.location != Location::External)
        return false;
    if (internalOnly.contains(r.name))
        return true;
    return (r.type == RecordType::A || r.type == RecordType::AAAA) && !isPublicAddress(r.data);
}

} // namespace

AddressSet poolAddressSet(const Pool &pool)
{
    AddressSet set;
    switch (pool.loadBalancing) {
    case LoadBalancing::Hardware:
        addIfSet(set.ipv4, pool.vip);
        addIfSet(set.ipv6, pool.vipIpv6);
        break;
    case LoadBalancing::Dns:
        for (const Server &s : pool.servers) {
            addIfSet(set.ipv4, s.ipv4);
            addIfSet(set.ipv6, s.ipv6);
        }
        break;
    case LoadBalancing::None:
        if (!pool.servers.isEmpty()) {
            addIfSet(set.ipv4, pool.servers.first().ipv4);
            addIfSet(set.ipv6, pool.servers.first().ipv6);
        }
        break;
    }
    return set;
}

AddressSet poolWebAddress(const Pool &pool)
{
    AddressSet set;
    addIfSet(set.ipv4, pool.webServices.internalVip);
    addIfSet(set.ipv6, pool.webServices.internalVipIpv6);
    if (!set.isEmpty() || pool.loadBalancing == LoadBalancing::Dns)
        return set; // DNS LB cannot carry web traffic: without a web VIP there is no address (R-LB2)
    return poolAddressSet(pool);
}

namespace {
// One Edge service's addresses: the HLB VIP for scaled-hardware, else every server's address.
AddressSet edgeServiceAddresses(const Edge &edge, QString EdgeServer::*ipv4, QString EdgeServer::*ipv6,
                                QString EdgeVips::*vip4, QString EdgeVips::*vip6)
{
    AddressSet set;
    if (edge.layout == EdgeLayout::ScaledHardware) {
        if (edge.vips) {
            addIfSet(set.ipv4, (*edge.vips).*vip4);
            addIfSet(set.ipv6, (*edge.vips).*vip6);
        }
        return set;
    }
    for (const EdgeServer &s : edge.servers) {
        addIfSet(set.ipv4, s.*ipv4);
        addIfSet(set.ipv6, s.*ipv6);
    }
    return set;
}
} // namespace

AddressSet edgeInternalAddresses(const Edge &edge)
{
    return edgeServiceAddresses(edge, &EdgeServer::internalIpv4, &EdgeServer::internalIpv6,
                                &EdgeVips::internal, &EdgeVips::internalIpv6);
}

AddressSet edgeAccessAddresses(const Edge &edge)
{
    return edgeServiceAddresses(edge, &EdgeServer::accessIpv4, &EdgeServer::accessIpv6, &EdgeVips::access,
                                &EdgeVips::accessIpv6);
}

AddressSet edgeWebConferencingAddresses(const Edge &edge)
{
    return edgeServiceAddresses(edge, &EdgeServer::webConferencingIpv4, &EdgeServer::webConferencingIpv6,
                                &EdgeVips::webConferencing, &EdgeVips::webConferencingIpv6);
}

AddressSet edgeAvAddresses(const Edge &edge)
{
    return edgeServiceAddresses(edge, &EdgeServer::avIpv4, &EdgeServer::avIpv6, &EdgeVips::av,
                                &EdgeVips::avIpv6);
}

QString srvTargetFor(const Pool &pool, const QString &sipDomain)
{
    const QString fqdn = normalizedName(pool.fqdn);
    if (fqdn.isEmpty())
        return {}; // a pool without a name yet (a new plan being typed in): no target, no SRV
    if (isUnderDomain(fqdn, sipDomain))
        return fqdn;
    return firstLabel(fqdn) + QLatin1Char('.') + normalizedName(sipDomain);
}

ZoneResolver::ZoneResolver(const Plan &plan)
    : m_splitBrain(plan.dns.splitBrain)
{
    for (const QString &d : plan.sipDomains)
        m_sipDomains.insert(normalizedName(d));
}

QString ZoneResolver::zone(Location location, const QString &name, bool *pinPoint) const
{
    // Walk up the name's suffixes: the first that is a SIP domain is the longest one.
    QString best;
    for (QString suffix = normalizedName(name); !suffix.isEmpty(); suffix = parentDomain(suffix)) {
        if (m_sipDomains.contains(suffix)) {
            best = suffix;
            break;
        }
    }
    const bool pin = location == Location::Internal && !m_splitBrain && !best.isEmpty();
    if (pinPoint)
        *pinPoint = pin;
    if (pin)
        return normalizedName(name);
    return best.isEmpty() ? parentDomain(name) : best;
}

QString zoneFor(const Plan &plan, Location location, const QString &name, bool *pinPoint)
{
    return ZoneResolver(plan).zone(location, name, pinPoint);
}

RecordSet planRecords(const Plan &plan)
{
    RecordBuilder builder(plan);
    internalServersAndPools(plan, builder);
    internalEdge(plan, builder);
    internalDiscovery(plan, builder);
    internalSimpleUrls(plan, builder);
    internalApplications(plan, builder);
    externalEdge(plan, builder);
    externalReverseProxy(plan, builder);

    RecordSet records = builder.take();
    const QSet<QString> internalOnly = internalOnlyNames(plan);
    records.removeIf([&internalOnly](const DnsRecord &r) { return isForbidden(r, internalOnly); });
    const ZoneResolver zones(plan);
    for (DnsRecord &r : records) {
        r.zone = zones.zone(r.location, r.name, &r.pinPoint);
        if (r.pinPoint)
            //: %1 is the record's reason, as above.
            r.reason = QCoreApplication::translate(
                           "Planner", "%1 (pin-point zone: internal DNS has no zone for the SIP domain)")
                           .arg(r.reason);
    }
    sortRecords(records);
    return records;
}

} // namespace lyncdns
