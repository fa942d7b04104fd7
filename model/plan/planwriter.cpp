#include "model/plan/planwriter.h"

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

Node servers(const QList<Server> &list)
{
    Node a = Node::array();
    for (const Server &s : list)
        a.items << Node::object().add("fqdn", s.fqdn).add("ipv4", orNull(s.ipv4)).add("ipv6", orNull(s.ipv6));
    return a;
}

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
                                .add("externalFqdn", orNull(p.webServices.externalFqdn)));
    return n;
}

Node edge(const Edge &e)
{
    Node list = Node::array();
    for (const EdgeServer &s : e.servers) {
        Node n = Node::object();
        n.add("fqdn", s.fqdn)
            .add("internalIpv4", orNull(s.internalIpv4))
            .add("accessIpv4", orNull(s.accessIpv4))
            .add("webConferencingIpv4", orNull(s.webConferencingIpv4))
            .add("avIpv4", orNull(s.avIpv4));
        // Optional members are written only when set, to keep IPv4-only plans short.
        const QList<QPair<const char *, QString>> optional = {
            {"internalIpv6", s.internalIpv6},
            {"accessIpv6", s.accessIpv6},
            {"webConferencingIpv6", s.webConferencingIpv6},
            {"avIpv6", s.avIpv6},
            {"privateAccessIpv4", s.privateAccessIpv4},
            {"privateWebConferencingIpv4", s.privateWebConferencingIpv4},
            {"privateAvIpv4", s.privateAvIpv4},
        };
        for (const auto &o : optional)
            if (!o.second.isEmpty())
                n.add(o.first, o.second);
        list.items << n;
    }
    Node n = Node::object();
    n.add("layout", edgeLayoutName(e.layout))
        .add("nat", e.nat)
        .add("internalFqdn", e.internalFqdn)
        .add("accessFqdn", orNull(e.accessFqdn))
        .add("webConferencingFqdn", orNull(e.webConferencingFqdn))
        .add("avFqdn", orNull(e.avFqdn))
        .add("servers", list);
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
    return n;
}

} // namespace

QByteArray planToJson(const Plan &plan)
{
    Node meet = Node::array();
    for (const QString &m : plan.simpleUrls.meet)
        meet.items << Node(m);
    Node domains = Node::array();
    for (const QString &d : plan.sipDomains)
        domains.items << Node(d);

    Node root = Node::object();
    root.add("format", QStringLiteral("lyncdns-plan"))
        .add("version", 1)
        .add("title", plan.title)
        .add("product", productName(plan.product))
        .add("sipDomains", domains)
        .add("dns", Node::object()
                        .add("splitBrain", plan.dns.splitBrain)
                        .add("ttl", plan.dns.ttl)
                        .add("ipv6", plan.dns.ipv6))
        .add("frontEnd", pool(plan.frontEnd, true))
        .add("director", plan.director ? pool(*plan.director, false) : Node(QJsonValue::Null))
        .add("edge", plan.edge ? edge(*plan.edge) : Node(QJsonValue::Null))
        .add("reverseProxy", plan.reverseProxy ? Node::object()
                                                     .add("publicIpv4", plan.reverseProxy->publicIpv4)
                                                     .add("publicIpv6", orNull(plan.reverseProxy->publicIpv6))
                                               : Node(QJsonValue::Null))
        .add("simpleUrls", Node::object()
                               .add("meet", meet)
                               .add("dialin", orNull(plan.simpleUrls.dialin))
                               .add("admin", orNull(plan.simpleUrls.admin)))
        .add("autodiscover", Node::object()
                                 .add("enabled", plan.autodiscover.enabled)
                                 .add("recordType", autodiscoverTypeName(plan.autodiscover.recordType)))
        .add("mobility", Node::object().add("pushNotifications", plan.pushNotifications))
        .add("federation", Node::object()
                               .add("enabled", plan.federation.enabled)
                               .add("discoverable", plan.federation.discoverable))
        .add("xmpp", plan.xmppFqdn ? Node::object().add("fqdn", *plan.xmppFqdn) : Node(QJsonValue::Null))
        .add("persistentChat", plan.persistentChat
                                   ? Node::object()
                                         .add("fqdn", plan.persistentChat->fqdn)
                                         .add("servers", servers(plan.persistentChat->servers))
                                   : Node(QJsonValue::Null))
        .add("officeWebApps", plan.officeWebApps
                                  ? Node::object()
                                        .add("internalFqdn", plan.officeWebApps->internalFqdn)
                                        .add("internalIpv4", plan.officeWebApps->internalIpv4)
                                        .add("internalIpv6", orNull(plan.officeWebApps->internalIpv6))
                                        .add("externalFqdn", orNull(plan.officeWebApps->externalFqdn))
                                  : Node(QJsonValue::Null))
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
