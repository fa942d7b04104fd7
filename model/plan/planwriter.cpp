#include "model/plan/planwriter.h"

#include "model/dns/hostnames.h"
#include "model/io/atomicfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace lyncdns {

namespace {

// A JSON value whose object members keep the order they were added in (QJsonObject sorts them).
struct Node
{
    QJsonValue scalar;
    QList<QPair<QString, Node>> members;
    QList<Node> items;
    enum Kind
    {
        Scalar,
        Object,
        Array
    } kind = Scalar;

    Node(QJsonValue v = QJsonValue())
        : scalar(std::move(v))
    {
    }
    Node(const QString &s)
        : scalar(s)
    {
    }
    Node(bool b)
        : scalar(b)
    {
    }
    Node(int i)
        : scalar(i)
    {
    }
    Node(QJsonValue::Type t)
        : scalar(t)
    {
    }
    static Node object()
    {
        Node n;
        n.kind = Object;
        return n;
    }
    static Node array()
    {
        Node n;
        n.kind = Array;
        return n;
    }
    Node &add(const QString &key, Node value)
    {
        members.append({key, std::move(value)});
        return *this;
    }
    Node &add(const char *key, Node value) { return add(QLatin1String(key), std::move(value)); }
};

Node orNull(const QString &s)
{
    return s.isEmpty() ? Node(QJsonValue::Null) : Node(s);
}

QByteArray scalarText(const QJsonValue &v)
{
    QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

void write(const Node &n, QByteArray &out, int depth)
{
    const QByteArray indent(depth * 2, ' ');
    const QByteArray inner((depth + 1) * 2, ' ');
    if (n.kind == Node::Scalar) {
        out += scalarText(n.scalar);
    } else if (n.kind == Node::Array) {
        if (n.items.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < n.items.size(); ++i) {
            out += inner;
            write(n.items.at(i), out, depth + 1);
            out += i + 1 < n.items.size() ? ",\n" : "\n";
        }
        out += indent + ']';
    } else {
        out += "{\n";
        for (qsizetype i = 0; i < n.members.size(); ++i) {
            out += inner + scalarText(n.members.at(i).first) + ": ";
            write(n.members.at(i).second, out, depth + 1);
            out += i + 1 < n.members.size() ? ",\n" : "\n";
        }
        out += indent + '}';
    }
}

Node strings(const QStringList &list)
{
    Node a = Node::array();
    for (const QString &s : list)
        a.items << Node(s);
    return a;
}

// One array of objects, each written by write(element).
template<typename T, typename Write> Node objects(const QList<T> &list, Write write)
{
    Node a = Node::array();
    for (const T &element : list)
        a.items << write(element);
    return a;
}

Node server(const Server &s)
{
    return Node::object().add("fqdn", s.fqdn).add("ipv4", orNull(s.ipv4)).add("ipv6", orNull(s.ipv6));
}

Node servers(const QList<Server> &list)
{
    return objects(list, server);
}

// A Front End pool, or a Director pool (without edition, edgePool and pairedWith).
Node pool(const Pool &p, bool isFrontEnd)
{
    Node n = Node::object();
    if (isFrontEnd)
        n.add("edition", editionName(p.edition));
    n.add("fqdn", p.fqdn)
        .add("loadBalancing", loadBalancingName(p.loadBalancing))
        .add("vip", orNull(p.vip))
        .add("vipIpv6", orNull(p.vipIpv6))
        .add("servers", servers(p.servers))
        .add("webServices", Node::object()
                                .add("internalFqdn", orNull(p.webServices.internalFqdn))
                                .add("internalVip", orNull(p.webServices.internalVip))
                                .add("internalVipIpv6", orNull(p.webServices.internalVipIpv6))
                                .add("externalFqdn", orNull(p.webServices.externalFqdn)))
        .add("reverseProxy", orNull(p.reverseProxy));
    if (isFrontEnd)
        n.add("edgePool", orNull(p.edgePool)).add("pairedWith", orNull(p.pairedWith));
    return n;
}

Node edgeServer(const EdgeServer &s)
{
    // The IPv4 addresses always, the others only when set, to keep IPv4-only plans short; all in
    // the contract's order.
    struct Member
    {
        const char *key;
        QString value;
        bool always;
    };
    const Member members[] = {
        {"internalIpv4", s.internalIpv4, true},
        {"internalIpv6", s.internalIpv6, false},
        {"accessIpv4", s.accessIpv4, true},
        {"accessIpv6", s.accessIpv6, false},
        {"webConferencingIpv4", s.webConferencingIpv4, true},
        {"webConferencingIpv6", s.webConferencingIpv6, false},
        {"avIpv4", s.avIpv4, true},
        {"avIpv6", s.avIpv6, false},
        {"privateAccessIpv4", s.privateAccessIpv4, false},
        {"privateWebConferencingIpv4", s.privateWebConferencingIpv4, false},
        {"privateAvIpv4", s.privateAvIpv4, false},
    };
    Node n = Node::object();
    n.add("fqdn", s.fqdn);
    for (const Member &m : members)
        if (m.always || !m.value.isEmpty())
            n.add(m.key, orNull(m.value));
    return n;
}

Node edge(const Edge &e)
{
    Node n = Node::object();
    n.add("layout", edgeLayoutName(e.layout))
        .add("nat", e.nat)
        .add("internalFqdn", e.internalFqdn)
        .add("accessFqdn", orNull(e.accessFqdn))
        .add("webConferencingFqdn", orNull(e.webConferencingFqdn))
        .add("avFqdn", orNull(e.avFqdn))
        .add("servers", objects(e.servers, edgeServer));
    if (e.vips) {
        const EdgeVips &v = *e.vips;
        n.add("vips", Node::object()
                          .add("internal", orNull(v.internal))
                          .add("internalIpv6", orNull(v.internalIpv6))
                          .add("access", orNull(v.access))
                          .add("accessIpv6", orNull(v.accessIpv6))
                          .add("webConferencing", orNull(v.webConferencing))
                          .add("webConferencingIpv6", orNull(v.webConferencingIpv6))
                          .add("av", orNull(v.av))
                          .add("avIpv6", orNull(v.avIpv6)));
    } else {
        n.add("vips", QJsonValue::Null);
    }
    n.add("remoteAccessPriority", e.remoteAccessPriority)
        .add("federation", e.federation)
        .add("xmpp", e.xmpp)
        .add("xmppPriority", e.xmppPriority);
    return n;
}

Node reverseProxy(const ReverseProxy &p)
{
    return Node::object()
        .add("name", p.name)
        .add("publicIpv4", p.publicIpv4)
        .add("publicIpv6", orNull(p.publicIpv6));
}

Node officeWebApps(const OfficeWebApps &o)
{
    return Node::object()
        .add("internalFqdn", o.internalFqdn)
        .add("internalIpv4", orNull(o.internalIpv4))
        .add("internalIpv6", orNull(o.internalIpv6))
        .add("externalFqdn", orNull(o.externalFqdn))
        .add("servers", servers(o.servers));
}

Node serverPool(const ServerPool &p)
{
    return Node::object().add("fqdn", p.fqdn).add("servers", servers(p.servers));
}

Node simpleUrls(const SimpleUrls &u)
{
    return Node::object()
        .add("meet", strings(u.meet))
        .add("dialin", orNull(u.dialin))
        .add("admin", orNull(u.admin));
}

Node site(const Site &s)
{
    return Node::object()
        .add("name", s.name)
        .add("frontEndPools", objects(s.frontEndPools, [](const Pool &p) { return pool(p, true); }))
        .add("directorPools", objects(s.directorPools, [](const Pool &p) { return pool(p, false); }))
        .add("edgePools", objects(s.edgePools, edge))
        .add("reverseProxies", objects(s.reverseProxies, reverseProxy))
        .add("officeWebApps", objects(s.officeWebApps, officeWebApps))
        .add("persistentChatPools", objects(s.persistentChatPools, serverPool))
        .add("mediationPools", objects(s.mediationPools, serverPool))
        .add("simpleUrls", s.simpleUrls ? simpleUrls(*s.simpleUrls) : Node(QJsonValue::Null));
}

Node branchSite(const BranchSite &b)
{
    return Node::object()
        .add("name", b.name)
        .add("centralSite", b.centralSite)
        .add("survivableBranches", servers(b.survivableBranches));
}

// A domain with its own split-brain setting is an object, every other one its name.
Node sipDomains(const Plan &plan)
{
    Node a = Node::array();
    for (const QString &d : plan.sipDomains) {
        const auto override = plan.splitBrainOverrides.constFind(normalizedName(d));
        if (override == plan.splitBrainOverrides.constEnd())
            a.items << Node(d);
        else
            a.items << Node::object().add("name", d).add("splitBrain", *override);
    }
    return a;
}

} // namespace

QByteArray planToJson(const Plan &plan)
{
    Node root = Node::object();
    root.add("format", QStringLiteral("lyncdns-plan"))
        .add("version", 2)
        .add("title", plan.title)
        .add("product", productName(plan.product))
        .add("sipDomains", sipDomains(plan))
        .add("dns", Node::object()
                        .add("splitBrain", plan.dns.splitBrain)
                        .add("ttl", plan.dns.ttl)
                        .add("ipv6", plan.dns.ipv6))
        .add("signIn", Node::object()
                           .add("pool", orNull(plan.signIn.pool))
                           .add("backupPools", strings(plan.signIn.backupPools))
                           .add("srvTarget", keyword(plan.signIn.srvTarget))
                           .add("webPool", orNull(plan.signIn.webPool)))
        .add("sites", objects(plan.sites, site))
        .add("branchSites", objects(plan.branchSites, branchSite))
        .add("simpleUrls", simpleUrls(plan.simpleUrls))
        .add("geoDns", plan.geoDns ? Node::object()
                                         .add("zone", plan.geoDns->zone)
                                         .add("pools", strings(plan.geoDns->pools))
                                         .add("mode", keyword(plan.geoDns->mode))
                                   : Node(QJsonValue::Null))
        .add("autodiscover", Node::object()
                                 .add("enabled", plan.autodiscover.enabled)
                                 .add("recordType", autodiscoverTypeName(plan.autodiscover.recordType)))
        .add("mobility", Node::object()
                             .add("pushNotifications", plan.pushNotifications)
                             .add("internalExternalWeb", plan.internalExternalWeb))
        .add("migration", plan.migration ? Node::object()
                                               .add("phase", keyword(plan.migration->phase))
                                               .add("cloud", keyword(plan.migration->cloud))
                                               .add("domains", strings(plan.migration->domains))
                                         : Node(QJsonValue::Null))
        .add("federation", Node::object()
                               .add("enabled", plan.federation.enabled)
                               .add("discoverable", plan.federation.discoverable))
        .add("xmpp", plan.xmppFqdn ? Node::object().add("fqdn", *plan.xmppFqdn) : Node(QJsonValue::Null))
        .add("legacyDiscovery", Node::object()
                                    .add("srv", plan.legacyDiscovery.srv)
                                    .add("tcp", plan.legacyDiscovery.tcp)
                                    .add("hostRecords", plan.legacyDiscovery.hostRecords))
        .add("devices", Node::object()
                            .add("ntpServer", orNull(plan.devices.ntpServer))
                            .add("deviceUpdates", plan.devices.deviceUpdates));
    QByteArray out;
    write(root, out, 0);
    out += '\n';
    return out;
}

bool savePlanFile(const Plan &plan, const QString &fileName, QString *errorMessage)
{
    return writeFileAtomically(fileName, planToJson(plan), errorMessage);
}

} // namespace lyncdns
