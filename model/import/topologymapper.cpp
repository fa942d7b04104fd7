#include "model/import/topologymapper.h"

#include "model/dns/hostnames.h"

#include <QUrl>

#include <algorithm>

namespace lyncdns {

namespace {

// An address the topology really holds: 0.0.0.0 is "any address", what Front End and Director
// servers usually carry.
QString realAddress(const QString &address)
{
    return isValidIpv4(address) && address != QLatin1String("0.0.0.0") ? address : QString();
}

const TopologyInterface *interfaceOf(const TopologyMachine &m, QStringView side, int number)
{
    const TopologyInterface *first = nullptr;
    for (const TopologyInterface &i : m.interfaces) {
        if (i.side.compare(side, Qt::CaseInsensitive) != 0)
            continue;
        if (i.number == number)
            return &i;
        if (!first)
            first = &i;
    }
    return first;
}

// A service port as the topology writes it: Port[@Owner = urn:component:<owner>, @Usage].
const XmlElement *portOf(const TopologyService &service, QStringView owner, QStringView usage,
                         QStringView side)
{
    const XmlElement *ports = service.element->child(u"Ports");
    if (!ports)
        return nullptr;
    for (const XmlElement *p : ports->childrenNamed(u"Port"))
        if (p->attribute(u"Owner").endsWith(QString(QLatin1Char(':') + owner.toString()),
                                            Qt::CaseInsensitive) &&
            p->attribute(u"Usage").compare(usage, Qt::CaseInsensitive) == 0 &&
            p->attribute(u"InterfaceSide").compare(side, Qt::CaseInsensitive) == 0)
            return p;
    return nullptr;
}

QString indexed(const QString &path, const char *list, qsizetype i)
{
    return QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(list)).arg(i);
}

struct Mapper
{
    const TopologyIndex &topology;
    ImportResult result;
    Plan plan;
    int newestVersion = 0;
    bool mixedVersions = false;

    explicit Mapper(const TopologyIndex &index)
        : topology(index)
    {
    }

    void gap(const QString &path, const QString &what) { result.gaps.append(ImportGap{path, what}); }
    void note(const QString &text) { result.notes.append(text); }

    void noteVersion(const TopologyService &s)
    {
        if (s.version <= 0)
            return;
        if (newestVersion != 0 && s.version != newestVersion)
            mixedVersions = true;
        newestVersion = std::max(newestVersion, s.version);
    }

    // Servers of a pool with their Primary interface address where the topology has one.
    QList<Server> servers(const TopologyCluster &c, const QString &path)
    {
        QList<Server> out;
        for (const TopologyMachine &m : c.machines) {
            const TopologyInterface *primary = interfaceOf(m, u"Primary", 1);
            const QString address = primary ? realAddress(primary->address) : QString();
            if (address.isEmpty())
                gap(indexed(path, "servers", out.size()) + QStringLiteral(".ipv4"),
                    QStringLiteral(
                        "the server's address (the topology has 0.0.0.0: not limited to one address)"));
            out.append(Server{normalizedName(m.fqdn), address, QString()});
        }
        return out;
    }

    Pool pool(const TopologyCluster &c, const QString &path, bool frontEnd)
    {
        Pool p;
        p.fqdn = normalizedName(c.fqdn);
        // Standard Edition: a .tbxml says so; a published topology names the pool after its one server.
        const bool standard = c.singleMachineOnly ||
                              (c.machines.size() == 1 && normalizedName(c.machines.front().fqdn) == p.fqdn);
        p.edition = frontEnd && standard ? Edition::Standard : Edition::Enterprise;
        if (const TopologyService *web = c.service(u"WebServices")) {
            if (const XmlElement *w = web->element->find(u"WebService")) {
                if (const XmlElement *ext = w->child(u"ExternalSettings"))
                    p.webServices.externalFqdn = normalizedName(ext->attribute(u"Host"));
                if (const XmlElement *in = w->child(u"InternalSettings")) {
                    const QString host = normalizedName(in->attribute(u"Host"));
                    if (host != p.fqdn)
                        p.webServices.internalFqdn = host;
                }
            }
        }
        if (c.machines.size() > 1) {
            // DNS load balancing needs an internal web FQDN of its own (R-LB2): a pool whose web
            // services keep the pool FQDN can only be hardware load balanced.
            if (p.webServices.internalFqdn.isEmpty()) {
                p.loadBalancing = LoadBalancing::Hardware;
                gap(path + QStringLiteral(".loadBalancing"),
                    QStringLiteral(
                        "the load balancing is not in a topology; hardware written, as the internal "
                        "web services keep the pool FQDN, which DNS load balancing does not allow"));
                gap(path + QStringLiteral(".vip"),
                    QStringLiteral("the hardware load balancer VIP of the pool"));
            } else {
                p.loadBalancing = LoadBalancing::Dns;
                gap(path + QStringLiteral(".loadBalancing"),
                    QStringLiteral(
                        "the load balancing is not in a topology; dns written, as the internal web "
                        "services have an FQDN of their own"));
            }
        }
        p.servers = servers(c, path);
        if (c.machines.size() > 1)
            gap(path + QStringLiteral(".webServices.internalVip"),
                QStringLiteral(
                    "the internal web services VIP (the hardware load balancer) is not in a topology"));
        return p;
    }

    void edgeAddresses(const TopologyService &edge, const TopologyMachine &m, const QString &path,
                       EdgeServer *server, bool *nat)
    {
        const TopologyInterface *internal = interfaceOf(m, u"Internal", 1);
        server->internalIpv4 = internal ? realAddress(internal->address) : QString();
        if (server->internalIpv4.isEmpty())
            gap(path + QStringLiteral(".internalIpv4"), QStringLiteral("the Edge server's internal address"));
        struct Service
        {
            const char16_t *owner, *usage;
            const char *key;
            QString *publicAddress, *privateAddress;
        };
        const Service services[] = {
            {u"AccessEdge", u"SipClient", "accessIpv4", &server->accessIpv4, &server->privateAccessIpv4},
            {u"DataEdge", u"PsomClient", "webConferencingIpv4", &server->webConferencingIpv4,
             &server->privateWebConferencingIpv4},
            {u"MediaRelayEdge", u"TURNServer", "avIpv4", &server->avIpv4, &server->privateAvIpv4},
        };
        for (const Service &s : services) {
            const XmlElement *port = portOf(edge, s.owner, s.usage, u"External");
            const int number = port && !port->attribute(u"InterfaceNumber").isEmpty()
                                   ? port->attribute(u"InterfaceNumber").toInt()
                                   : 1;
            const TopologyInterface *nic = interfaceOf(m, u"External", number);
            const QString address = nic ? realAddress(nic->address) : QString();
            const QString configured = nic ? realAddress(nic->configuredAddress) : QString();
            // ConfiguredIPAddress is the public address in front of NAT (Topology Builder asks it for
            // the A/V Edge); an interface without one is public itself, or behind NAT we cannot see.
            if (!configured.isEmpty() && configured != address) {
                *s.publicAddress = configured;
                *s.privateAddress = address;
                *nat = true;
            } else if (isPublicAddress(address)) {
                *s.publicAddress = address;
            } else {
                *s.privateAddress = address;
                if (!address.isEmpty())
                    *nat = true;
                gap(path + QLatin1Char('.') + QLatin1String(s.key),
                    address.isEmpty()
                        ? QStringLiteral("the Edge service's public address")
                        : QStringLiteral("the public address in front of NAT of %1 (not in the topology)")
                              .arg(address));
            }
        }
    }

    Edge edgePool(const TopologyCluster &c, const TopologyService &service, const QString &path)
    {
        Edge e;
        e.internalFqdn = normalizedName(c.fqdn);
        e.layout = c.machines.size() > 1 ? EdgeLayout::ScaledDns : EdgeLayout::Single;
        if (c.machines.size() > 1)
            gap(path + QStringLiteral(".layout"),
                QStringLiteral("DNS or hardware load balancing (and its VIPs) is not in a topology; "
                               "scaled-dns written"));
        const auto fqdnOf = [&](const char16_t *owner, const char16_t *usage) -> QString {
            const XmlElement *port = portOf(service, owner, usage, u"External");
            return port ? normalizedName(port->attribute(u"ConfiguredFqdn")) : QString();
        };
        e.accessFqdn = fqdnOf(u"AccessEdge", u"SipClient");
        e.webConferencingFqdn = fqdnOf(u"DataEdge", u"PsomClient");
        e.avFqdn = fqdnOf(u"MediaRelayEdge", u"TURNServer");
        if (const XmlElement *access = portOf(service, u"AccessEdge", u"SipClient", u"External");
            access && access->attribute(u"Port") != QLatin1String("443"))
            note(QStringLiteral(
                     "Edge pool %1: Access Edge listens on port %2; the planned _sip._tls SRV records name "
                     "port 443")
                     .arg(e.internalFqdn, access->attribute(u"Port")));
        // SIP federation (AccessEdge SipServer on the external side, port 5061) and the XMPP proxy.
        e.federation = portOf(service, u"AccessEdge", u"SipServer", u"External") != nullptr;
        if (const XmlElement *xmpp = portOf(service, u"XmppFederationProxy", u"XmppServer", u"External")) {
            e.xmpp = true;
            if (!xmpp->attribute(u"ConfiguredFqdn").isEmpty() && !plan.xmppFqdn)
                plan.xmppFqdn = normalizedName(xmpp->attribute(u"ConfiguredFqdn"));
        }
        for (const TopologyMachine &m : c.machines) {
            EdgeServer server;
            server.fqdn = normalizedName(m.fqdn);
            edgeAddresses(service, m, indexed(path, "servers", e.servers.size()), &server, &e.nat);
            e.servers.append(server);
        }
        return e;
    }

    ServerPool serverPool(const TopologyCluster &c, const QString &path)
    {
        return ServerPool{normalizedName(c.fqdn), servers(c, path)};
    }

    OfficeWebApps officeWebApps(const TopologyCluster &c, const TopologyService &service, const QString &path)
    {
        OfficeWebApps o;
        o.internalFqdn = normalizedName(c.fqdn);
        if (const XmlElement *wac = service.element->find(u"WacService")) {
            const QString host = QUrl(wac->attribute(u"DiscoveryUrl")).host();
            if (!host.isEmpty())
                o.internalFqdn = normalizedName(host);
        }
        for (const TopologyMachine &m : c.machines)
            if (normalizedName(m.fqdn) != o.internalFqdn)
                o.servers.append(Server{normalizedName(m.fqdn), QString(), QString()});
        gap(path + QStringLiteral(".internalIpv4"),
            QStringLiteral("the Office Web Apps address (or its VIP)"));
        for (qsizetype i = 0; i < o.servers.size(); ++i)
            gap(indexed(path, "servers", i) + QStringLiteral(".ipv4"),
                QStringLiteral("the farm member's address"));
        return o;
    }

    enum class Role
    {
        FrontEnd,
        Director,
        Edge,
        OfficeWebApps,
        PersistentChat,
        Mediation,
        Other
    };

    // A cluster's role from the services installed on it (docs/reference/import.md, the mapping table).
    static Role roleOf(const TopologyCluster &c)
    {
        const TopologyService *registrar = c.service(u"Registrar");
        const XmlElement *registrarElement =
            registrar ? registrar->element->find(u"RegistrarService") : nullptr;
        const bool director =
            registrarElement &&
            registrarElement->attribute(u"IsDirector").compare(u"true", Qt::CaseInsensitive) == 0;
        if (c.service(u"UserServices"))
            return Role::FrontEnd;
        if (director)
            return Role::Director;
        if (c.service(u"EdgeServer"))
            return Role::Edge;
        if (c.service(u"WacService"))
            return Role::OfficeWebApps;
        if (c.service(u"PersistentChatServer"))
            return Role::PersistentChat;
        if (c.service(u"MediationServer") && !registrar)
            return Role::Mediation;
        return Role::Other;
    }

    // The site's clusters role by role, in the order the plan file writes them, so the gaps are too.
    void mapSite(const QString &siteId, Site &site, const QString &path)
    {
        std::vector<const TopologyCluster *> clusters;
        for (const TopologyCluster &c : topology.clusters)
            if (c.siteId == siteId) {
                clusters.push_back(&c);
                for (const TopologyService &s : c.services)
                    noteVersion(s);
            }
        const auto each = [&](Role role, const auto &map) {
            for (const TopologyCluster *c : clusters)
                if (roleOf(*c) == role)
                    map(*c);
        };
        each(Role::FrontEnd, [&](const TopologyCluster &c) {
            site.frontEndPools.append(
                pool(c, indexed(path, "frontEndPools", site.frontEndPools.size()), true));
        });
        each(Role::Director, [&](const TopologyCluster &c) {
            site.directorPools.append(
                pool(c, indexed(path, "directorPools", site.directorPools.size()), false));
        });
        each(Role::Edge, [&](const TopologyCluster &c) {
            site.edgePools.append(
                edgePool(c, *c.service(u"EdgeServer"), indexed(path, "edgePools", site.edgePools.size())));
        });
        // A pool published externally is published by a reverse proxy the topology does not know.
        const auto published = [](const QList<Pool> &pools) {
            return std::any_of(pools.begin(), pools.end(),
                               [](const Pool &p) { return !p.webServices.externalFqdn.isEmpty(); });
        };
        if (published(site.frontEndPools) || published(site.directorPools)) {
            site.reverseProxies.append(ReverseProxy{site.name + QStringLiteral(" reverse proxy"), {}, {}});
            gap(path + QStringLiteral(".reverseProxies[0].publicIpv4"),
                QStringLiteral("the reverse proxy's public address (not in a topology)"));
        }
        each(Role::OfficeWebApps, [&](const TopologyCluster &c) {
            site.officeWebApps.append(officeWebApps(
                c, *c.service(u"WacService"), indexed(path, "officeWebApps", site.officeWebApps.size())));
        });
        each(Role::PersistentChat, [&](const TopologyCluster &c) {
            site.persistentChatPools.append(
                serverPool(c, indexed(path, "persistentChatPools", site.persistentChatPools.size())));
        });
        each(Role::Mediation, [&](const TopologyCluster &c) {
            site.mediationPools.append(
                serverPool(c, indexed(path, "mediationPools", site.mediationPools.size())));
        });
        each(Role::Other, [&](const TopologyCluster &c) { noteOther(c); });
    }

    void noteOther(const TopologyCluster &c)
    {
        if (c.service(u"PstnGateway"))
            note(QStringLiteral("PSTN gateway %1: read, no DNS records planned for it")
                     .arg(normalizedName(c.fqdn)));
        else
            noteUnknown(c);
    }

    // Roles with no DNS records of their own (stores, file shares, collocated services) pass
    // silently; any other role is named, so nothing the file holds goes unmentioned.
    void noteUnknown(const TopologyCluster &c)
    {
        static const QStringList quiet = {
            QStringLiteral("FileStore"),           QStringLiteral("UserStore"),
            QStringLiteral("ApplicationStore"),    QStringLiteral("CentralMgmtStore"),
            QStringLiteral("ArchivingStore"),      QStringLiteral("MonitoringStore"),
            QStringLiteral("PersistentChatStore"), QStringLiteral("PersistentChatComplianceStore")};
        for (const TopologyService &s : c.services)
            if (!quiet.contains(s.roleName))
                note(QStringLiteral("cluster %1: role %2 is not planned")
                         .arg(normalizedName(c.fqdn), s.roleName));
    }

    void mapSimpleUrls(const XmlElement *config)
    {
        if (!config) {
            note(QStringLiteral(
                "the file holds no simple URLs (a published topology never does): the plan uses "
                "meet.<SIP domain> and dialin.<primary SIP domain>"));
            return;
        }
        for (const XmlElement *u : config->childrenNamed(u"SimpleUrl")) {
            QString url = u->attribute(u"ActiveUrl");
            if (const XmlElement *entry = u->child(u"SimpleUrlEntry"); url.isEmpty() && entry)
                url = entry->attribute(u"Url");
            const QString component = u->attribute(u"Component").toLower();
            if (component == QLatin1String("meet"))
                plan.simpleUrls.meet.append(url);
            else if (component == QLatin1String("dialin"))
                plan.simpleUrls.dialin = url;
            else if (component == QLatin1String("cscp") || component == QLatin1String("admin"))
                plan.simpleUrls.admin = url;
            else
                note(QStringLiteral("simple URL %1 of component %2 is not planned")
                         .arg(url, u->attribute(u"Component")));
        }
    }

    // Federation and XMPP are enabled on Edge pools; whether the routes are published in DNS is the
    // admin's choice, and the XMPP host name only sometimes written on the proxy's port.
    void mapFederation()
    {
        bool federation = false;
        bool xmpp = false;
        for (const Site &site : plan.sites)
            for (const Edge &e : site.edgePools) {
                federation = federation || e.federation;
                xmpp = xmpp || e.xmpp;
            }
        if (federation) {
            plan.federation.enabled = true;
            gap(QStringLiteral("federation.discoverable"),
                QStringLiteral(
                    "whether federation partners find the Edge by DNS (_sipfederationtls) is not in a "
                    "topology; false written"));
        }
        if (xmpp && !plan.xmppFqdn)
            gap(QStringLiteral("xmpp.fqdn"),
                QStringLiteral("the XMPP federation host name is not in the topology"));
    }

    void mapProduct()
    {
        if (mixedVersions)
            note(QStringLiteral(
                     "the services have different versions (a migration?): the newest, %1, sets the product")
                     .arg(newestVersion));
        if (newestVersion == 0) {
            note(QStringLiteral("no service version in the file: product lync2013 (the default) written"));
        } else if (newestVersion <= 6) {
            plan.product = Product::Lync2013;
        } else if (newestVersion == 7) {
            plan.product = Product::Sfb2015;
        } else if (newestVersion == 8) {
            plan.product = Product::Sfb2019;
        } else {
            plan.product = Product::SfbSe;
            if (newestVersion > 9)
                note(QStringLiteral("service version %1 is newer than any this program knows: read as sfbse")
                         .arg(newestVersion));
        }
    }

    void mapDomains()
    {
        const QString primary = normalizedName(topology.defaultDomain);
        if (!primary.isEmpty())
            plan.sipDomains << primary;
        for (const QString &d : topology.domains)
            if (!plan.sipDomains.contains(normalizedName(d)))
                plan.sipDomains << normalizedName(d);
        gap(QStringLiteral("dns.splitBrain"),
            QStringLiteral("split-brain DNS is not in a topology; true (the default) written"));
    }

    void mapSites()
    {
        for (const TopologySite &s : topology.sites) {
            if (!s.central)
                continue;
            Site site;
            site.name = s.name;
            mapSite(s.siteId, site, QStringLiteral("sites[%1]").arg(plan.sites.size()));
            plan.sites.append(site);
        }
        for (const TopologySite &s : topology.sites) {
            if (s.central)
                continue;
            const QString path = QStringLiteral("branchSites[%1]").arg(plan.branchSites.size());
            BranchSite branch;
            branch.name = s.name;
            for (const TopologySite &central : topology.sites)
                if (central.central && central.siteId == s.parentSiteId)
                    branch.centralSite = central.name;
            if (branch.centralSite.isEmpty())
                gap(path + QStringLiteral(".centralSite"),
                    QStringLiteral("the central site of this branch site"));
            for (const TopologyCluster &c : topology.clusters) {
                if (c.siteId != s.siteId)
                    continue;
                for (const TopologyService &svc : c.services)
                    noteVersion(svc);
                // A Survivable Branch Appliance/Server: a Registrar (with Mediation) in a branch site.
                if (!c.service(u"Registrar")) {
                    noteOther(c);
                    continue;
                }
                for (const TopologyMachine &m : c.machines) {
                    const TopologyInterface *primary = interfaceOf(m, u"Primary", 1);
                    const QString address = primary ? realAddress(primary->address) : QString();
                    if (address.isEmpty())
                        gap(indexed(path, "survivableBranches", branch.survivableBranches.size()) +
                                QStringLiteral(".ipv4"),
                            QStringLiteral("the appliance's address (the topology has 0.0.0.0: not limited "
                                           "to one address)"));
                    branch.survivableBranches.append(Server{normalizedName(m.fqdn), address, QString()});
                }
            }
            plan.branchSites.append(branch);
        }
    }
};

} // namespace

ImportResult mapTopology(const TopologyIndex &topology, const XmlElement *simpleUrls)
{
    Mapper m(topology);
    m.mapDomains();
    m.mapSites();
    m.mapProduct();
    m.mapFederation();
    m.mapSimpleUrls(simpleUrls);
    m.result.plan = m.plan;
    return std::move(m.result);
}

} // namespace lyncdns
