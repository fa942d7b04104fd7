#pragma once

// The admin's topology as stored in a plan file (plan-format.md, version 2: the estate). A version 1
// file is read into the same structure as one site. Plain data: the reader fills in defaults, the
// planner derives records from it, the queries in model/plan/estate.h resolve its references.

#include "model/rules/keywords.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lyncdns {

enum class Product
{
    Lync2013,
    Sfb2015,
    Sfb2019,
    SfbSe // Subscription Edition: the roles and DNS rules of Sfb2019
};
enum class Edition
{
    Standard,
    Enterprise
};
enum class LoadBalancing
{
    Dns,
    Hardware,
    None
};
enum class EdgeLayout
{
    Single,
    ScaledDns,
    ScaledHardware
};
enum class AutodiscoverType
{
    Cname,
    A
};
// The host _sipinternaltls targets: <first label of the pool>.<d> (v1, Microsoft's examples) or sip.<d>.
enum class SrvTargetStyle
{
    Pool,
    Sip
};
enum class GeoDnsMode
{
    RoundRobin,
    Failover
};
enum class MigrationPhase
{
    OnPrem,
    Hybrid,
    TeamsOnly
};
enum class Cloud
{
    Commercial,
    GccHigh,
    Dod,
    China21Vianet
};

// True for the products without XMPP and Persistent Chat (Skype for Business Server 2019 and SE).
inline bool hasSfb2019Roles(Product product)
{
    return product == Product::Sfb2019 || product == Product::SfbSe;
}

struct Server
{
    QString fqdn;
    QString ipv4;
    QString ipv6;
    bool operator==(const Server &o) const { return fqdn == o.fqdn && ipv4 == o.ipv4 && ipv6 == o.ipv6; }
};

struct WebServices
{
    QString internalFqdn; // empty = the pool FQDN
    QString internalVip;
    QString internalVipIpv6;
    QString externalFqdn;
    bool operator==(const WebServices &o) const
    {
        return internalFqdn == o.internalFqdn && internalVip == o.internalVip &&
               internalVipIpv6 == o.internalVipIpv6 && externalFqdn == o.externalFqdn;
    }
};

// A Front End pool, Standard Edition server or Director pool.
struct Pool
{
    Edition edition = Edition::Enterprise; // Directors have no edition; kept Enterprise
    QString fqdn;
    LoadBalancing loadBalancing = LoadBalancing::None;
    QString vip;
    QString vipIpv6;
    QList<Server> servers;
    WebServices webServices;
    QString reverseProxy; // name of the proxy that publishes it; empty = the site's first
    QString edgePool;     // Front End only: internal FQDN of its Edge pool; empty = the default
    QString pairedWith;   // Front End only: FQDN of its backup pool (informational except with GeoDNS)
    bool operator==(const Pool &o) const
    {
        return edition == o.edition && fqdn == o.fqdn && loadBalancing == o.loadBalancing && vip == o.vip &&
               vipIpv6 == o.vipIpv6 && servers == o.servers && webServices == o.webServices &&
               reverseProxy == o.reverseProxy && edgePool == o.edgePool && pairedWith == o.pairedWith;
    }
};

struct EdgeServer
{
    QString fqdn;
    QString internalIpv4, internalIpv6;
    QString accessIpv4, accessIpv6;
    QString webConferencingIpv4, webConferencingIpv6;
    QString avIpv4, avIpv6;
    // The NIC addresses behind NAT: documentation only, never published.
    QString privateAccessIpv4, privateWebConferencingIpv4, privateAvIpv4;
    bool operator==(const EdgeServer &o) const
    {
        return fqdn == o.fqdn && internalIpv4 == o.internalIpv4 && internalIpv6 == o.internalIpv6 &&
               accessIpv4 == o.accessIpv4 && accessIpv6 == o.accessIpv6 &&
               webConferencingIpv4 == o.webConferencingIpv4 && webConferencingIpv6 == o.webConferencingIpv6 &&
               avIpv4 == o.avIpv4 && avIpv6 == o.avIpv6 && privateAccessIpv4 == o.privateAccessIpv4 &&
               privateWebConferencingIpv4 == o.privateWebConferencingIpv4 && privateAvIpv4 == o.privateAvIpv4;
    }
};

// Hardware load balancer VIPs of a scaled-hardware Edge pool.
struct EdgeVips
{
    QString internal, internalIpv6;
    QString access, accessIpv6;
    QString webConferencing, webConferencingIpv6;
    QString av, avIpv6;
    bool operator==(const EdgeVips &o) const
    {
        return internal == o.internal && internalIpv6 == o.internalIpv6 && access == o.access &&
               accessIpv6 == o.accessIpv6 && webConferencing == o.webConferencing &&
               webConferencingIpv6 == o.webConferencingIpv6 && av == o.av && avIpv6 == o.avIpv6;
    }
};

// An Edge pool (a single Edge server is a pool of one).
struct Edge
{
    EdgeLayout layout = EdgeLayout::Single;
    bool nat = false;
    QString internalFqdn;
    QString accessFqdn;          // default sip.<primary SIP domain>
    QString webConferencingFqdn; // default webcon.<primary SIP domain>
    QString avFqdn;              // default av.<primary SIP domain>
    QList<EdgeServer> servers;
    std::optional<EdgeVips> vips;
    int remoteAccessPriority = 0; // _sip._tls priority; the lowest is the primary Edge pool
    bool federation = false;      // a federation route (none marked: the primary pool)
    bool xmpp = false;            // hosts the XMPP proxy (none marked: the primary pool)
    int xmppPriority = 0;
    bool operator==(const Edge &o) const
    {
        return layout == o.layout && nat == o.nat && internalFqdn == o.internalFqdn &&
               accessFqdn == o.accessFqdn && webConferencingFqdn == o.webConferencingFqdn &&
               avFqdn == o.avFqdn && servers == o.servers && vips == o.vips &&
               remoteAccessPriority == o.remoteAccessPriority && federation == o.federation &&
               xmpp == o.xmpp && xmppPriority == o.xmppPriority;
    }
};

struct ReverseProxy
{
    QString name; // a version 1 plan's proxy is named "reverse-proxy"
    QString publicIpv4;
    QString publicIpv6;
    bool operator==(const ReverseProxy &o) const
    {
        return name == o.name && publicIpv4 == o.publicIpv4 && publicIpv6 == o.publicIpv6;
    }
};

// A pool without load balancing settings: Persistent Chat and Mediation pools (DNS load balanced).
struct ServerPool
{
    QString fqdn;
    QList<Server> servers;
    bool operator==(const ServerPool &o) const { return fqdn == o.fqdn && servers == o.servers; }
};

// An Office Web Apps farm; one server is a farm of one.
struct OfficeWebApps
{
    QString internalFqdn;
    QString internalIpv4;
    QString internalIpv6;
    QString externalFqdn;
    QList<Server> servers; // farm members when the VIP is a load balancer
    bool operator==(const OfficeWebApps &o) const
    {
        return internalFqdn == o.internalFqdn && internalIpv4 == o.internalIpv4 &&
               internalIpv6 == o.internalIpv6 && externalFqdn == o.externalFqdn && servers == o.servers;
    }
};

struct SimpleUrls
{
    QStringList meet; // empty = meet.<each SIP domain>
    QString dialin;   // empty = dialin.<primary SIP domain>
    QString admin;    // empty = no Admin URL
    bool operator==(const SimpleUrls &o) const
    {
        return meet == o.meet && dialin == o.dialin && admin == o.admin;
    }
};

// A central site.
struct Site
{
    QString name;
    QList<Pool> frontEndPools;
    QList<Pool> directorPools;
    QList<Edge> edgePools;
    QList<ReverseProxy> reverseProxies;
    QList<OfficeWebApps> officeWebApps;
    QList<ServerPool> persistentChatPools;
    QList<ServerPool> mediationPools;
    std::optional<SimpleUrls> simpleUrls; // site scope; unset = the global URLs serve this site
    bool operator==(const Site &o) const
    {
        return name == o.name && frontEndPools == o.frontEndPools && directorPools == o.directorPools &&
               edgePools == o.edgePools && reverseProxies == o.reverseProxies &&
               officeWebApps == o.officeWebApps && persistentChatPools == o.persistentChatPools &&
               mediationPools == o.mediationPools && simpleUrls == o.simpleUrls;
    }
};

struct BranchSite
{
    QString name;
    QString centralSite;
    QList<Server> survivableBranches;
    bool operator==(const BranchSite &o) const
    {
        return name == o.name && centralSite == o.centralSite && survivableBranches == o.survivableBranches;
    }
};

struct SignIn
{
    QString pool;            // empty = the first Director pool in site order, else the first Front End pool
    QStringList backupPools; // _sipinternaltls priorities 10, 20, ...
    SrvTargetStyle srvTarget = SrvTargetStyle::Pool;
    QString webPool; // empty = the sign-in pool
    bool operator==(const SignIn &o) const
    {
        return pool == o.pool && backupPools == o.backupPools && srvTarget == o.srvTarget &&
               webPool == o.webPool;
    }
};

struct GeoDns
{
    QString zone;
    QStringList pools;
    GeoDnsMode mode = GeoDnsMode::RoundRobin;
    bool operator==(const GeoDns &o) const { return zone == o.zone && pools == o.pools && mode == o.mode; }
};

struct Migration
{
    MigrationPhase phase = MigrationPhase::OnPrem;
    Cloud cloud = Cloud::Commercial;
    QStringList domains; // SIP domains moved; empty = all of them
    bool operator==(const Migration &o) const
    {
        return phase == o.phase && cloud == o.cloud && domains == o.domains;
    }
};

struct Plan
{
    QString title;
    Product product = Product::Lync2013;
    QStringList sipDomains; // the first is the primary SIP domain
    // Per-domain split-brain written as { "name", "splitBrain" }: normalized domain -> value.
    QHash<QString, bool> splitBrainOverrides;

    struct Dns
    {
        bool splitBrain = true;
        int ttl = 3600;
        bool ipv6 = false;
        bool operator==(const Dns &o) const
        {
            return splitBrain == o.splitBrain && ttl == o.ttl && ipv6 == o.ipv6;
        }
    } dns;

    SignIn signIn;
    QList<Site> sites;
    QList<BranchSite> branchSites;
    SimpleUrls simpleUrls; // global scope
    std::optional<GeoDns> geoDns;

    struct Autodiscover
    {
        bool enabled = true;
        AutodiscoverType recordType = AutodiscoverType::Cname;
        bool operator==(const Autodiscover &o) const
        {
            return enabled == o.enabled && recordType == o.recordType;
        }
    } autodiscover;

    bool pushNotifications = false;   // mobility.pushNotifications
    bool internalExternalWeb = false; // mobility.internalExternalWeb
    std::optional<Migration> migration;

    struct Federation
    {
        bool enabled = false;
        bool discoverable = false;
        bool operator==(const Federation &o) const
        {
            return enabled == o.enabled && discoverable == o.discoverable;
        }
    } federation;

    std::optional<QString> xmppFqdn;

    struct LegacyDiscovery
    {
        bool srv = true;
        bool tcp = false;
        bool hostRecords = true;
        bool operator==(const LegacyDiscovery &o) const
        {
            return srv == o.srv && tcp == o.tcp && hostRecords == o.hostRecords;
        }
    } legacyDiscovery;

    struct Devices
    {
        QString ntpServer; // empty = no NTP SRV
        bool deviceUpdates = false;
        bool operator==(const Devices &o) const
        {
            return ntpServer == o.ntpServer && deviceUpdates == o.deviceUpdates;
        }
    } devices;

    // The format version the plan was read from (1 or 2); not part of its content. Findings of a
    // version 1 file name its version 1 paths (model/plan/planpaths.h).
    int fileVersion = 2;

    QString primarySipDomain() const { return sipDomains.isEmpty() ? QString() : sipDomains.first(); }
    // The split-brain setting of one SIP domain: its own override, else dns.splitBrain.
    bool splitBrainFor(const QString &sipDomain) const;

    bool operator==(const Plan &o) const;
};

} // namespace lyncdns

namespace lyncdns {
// Values the plan leaves to its defaults (plan-format.md), resolved in one place.
QString effectiveAccessFqdn(const Plan &plan, const Edge &edge);
QString effectiveWebConferencingFqdn(const Plan &plan, const Edge &edge);
QString effectiveAvFqdn(const Plan &plan, const Edge &edge);
// The Meet and Dial-in URLs of a collection (the global one, or a site's).
QStringList effectiveMeetUrls(const Plan &plan, const SimpleUrls &urls);
QString effectiveDialinUrl(const Plan &plan, const SimpleUrls &urls);
inline QStringList effectiveMeetUrls(const Plan &plan)
{
    return effectiveMeetUrls(plan, plan.simpleUrls);
}
inline QString effectiveDialinUrl(const Plan &plan)
{
    return effectiveDialinUrl(plan, plan.simpleUrls);
}
// The host name part of a simple URL given as a host or as https://host/path.
QString simpleUrlHost(const QString &url);
QString internalWebFqdn(const Pool &pool);
} // namespace lyncdns
