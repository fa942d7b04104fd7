#pragma once

// The admin's topology as stored in a plan file (plan-format.md, version 1).
// Plain data: the reader fills in defaults, the planner derives records from it.

#include "model/rules/keywords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lyncdns {

enum class Product
{
    Lync2013,
    Sfb2015,
    Sfb2019
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

// A Front End pool, Standard Edition server or Director (pool).
struct Pool
{
    Edition edition = Edition::Enterprise; // Directors have no edition; kept Enterprise
    QString fqdn;
    LoadBalancing loadBalancing = LoadBalancing::None;
    QString vip;
    QString vipIpv6;
    QList<Server> servers;
    WebServices webServices;
    bool operator==(const Pool &o) const
    {
        return edition == o.edition && fqdn == o.fqdn && loadBalancing == o.loadBalancing && vip == o.vip &&
               vipIpv6 == o.vipIpv6 && servers == o.servers && webServices == o.webServices;
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
    bool operator==(const Edge &o) const
    {
        return layout == o.layout && nat == o.nat && internalFqdn == o.internalFqdn &&
               accessFqdn == o.accessFqdn && webConferencingFqdn == o.webConferencingFqdn &&
               avFqdn == o.avFqdn && servers == o.servers && vips == o.vips;
    }
};

struct ReverseProxy
{
    QString publicIpv4;
    QString publicIpv6;
    bool operator==(const ReverseProxy &o) const
    {
        return publicIpv4 == o.publicIpv4 && publicIpv6 == o.publicIpv6;
    }
};

struct PersistentChat
{
    QString fqdn;
    QList<Server> servers;
    bool operator==(const PersistentChat &o) const { return fqdn == o.fqdn && servers == o.servers; }
};

struct OfficeWebApps
{
    QString internalFqdn;
    QString internalIpv4;
    QString internalIpv6;
    QString externalFqdn;
    bool operator==(const OfficeWebApps &o) const
    {
        return internalFqdn == o.internalFqdn && internalIpv4 == o.internalIpv4 &&
               internalIpv6 == o.internalIpv6 && externalFqdn == o.externalFqdn;
    }
};

struct Plan
{
    QString title;
    Product product = Product::Lync2013;
    QStringList sipDomains; // the first is the primary SIP domain

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

    Pool frontEnd;
    std::optional<Pool> director;
    std::optional<Edge> edge;
    std::optional<ReverseProxy> reverseProxy;

    struct SimpleUrls
    {
        QStringList meet; // empty = meet.<each SIP domain>
        QString dialin;   // empty = dialin.<primary SIP domain>
        QString admin;    // empty = no Admin URL
        bool operator==(const SimpleUrls &o) const
        {
            return meet == o.meet && dialin == o.dialin && admin == o.admin;
        }
    } simpleUrls;

    struct Autodiscover
    {
        bool enabled = true;
        AutodiscoverType recordType = AutodiscoverType::Cname;
        bool operator==(const Autodiscover &o) const
        {
            return enabled == o.enabled && recordType == o.recordType;
        }
    } autodiscover;

    bool pushNotifications = false;
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
    std::optional<PersistentChat> persistentChat;
    std::optional<OfficeWebApps> officeWebApps;

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

    QString primarySipDomain() const { return sipDomains.isEmpty() ? QString() : sipDomains.first(); }
    // The pool clients sign in to: the Director when one is planned, else the Front End.
    const Pool &signInPool() const { return director ? *director : frontEnd; }

    bool operator==(const Plan &o) const;
};

} // namespace lyncdns

namespace lyncdns {
// Values the plan leaves to its defaults (plan-format.md), resolved in one place.
QString effectiveAccessFqdn(const Plan &plan);
QString effectiveWebConferencingFqdn(const Plan &plan);
QString effectiveAvFqdn(const Plan &plan);
QStringList effectiveMeetUrls(const Plan &plan);
QString effectiveDialinUrl(const Plan &plan);
// The host name part of a simple URL given as a host or as https://host/path.
QString simpleUrlHost(const QString &url);
QString internalWebFqdn(const Pool &pool);
} // namespace lyncdns
