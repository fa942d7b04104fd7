#include "model/plan/planreader.h"

#include "model/dns/hostnames.h"
#include "model/io/printable.h"
#include "model/plan/planpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <QCoreApplication>
#include <cmath>
#include <utility>

namespace lyncdns {

namespace {

// A value as the plan means it: without surrounding white space or a stray byte order mark (U+FEFF,
// left inside a value when files were pasted together). Both go in one pass, so a value reads the
// same whichever comes first, and writing and reading a plan again never changes it.
QString cleanedString(const QString &value)
{
    const auto ignorable = [](QChar c) { return c.isSpace() || c == QChar(0xFEFF); };
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && ignorable(value.at(begin)))
        ++begin;
    while (end > begin && ignorable(value.at(end - 1)))
        --end;
    return value.mid(begin, end - begin);
}

// A plan is a few kilobytes; a file over this is not a plan (docs/reference/plan-format.md).
constexpr qint64 kMaxPlanFileSize = 16 * 1024 * 1024;

// Thrown inside the reader only; parsePlan turns it into a PlanError.
struct ReadFailure
{
    QString path;
    QString message;
};

// What a JSON value is: %2 in "expected %1, got %2".
QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("PlanReader", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("PlanReader", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("PlanReader", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("PlanReader", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("PlanReader", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("PlanReader", "nothing");
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexed(const QString &path, qsizetype i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

[[noreturn]] void fail(const QString &path, const QString &message)
{
    throw ReadFailure{path, message};
}

[[noreturn]] void wrongType(const QString &path, const QString &expected, const QJsonValue &got)
{
    //: %1 and %2 are kinds of JSON values, such as "a string" or "an array".
    fail(path, QCoreApplication::translate("PlanReader", "expected %1, got %2").arg(expected, typeName(got)));
}

// One JSON object being read: checks its keys against the contract and reads typed members.
class ObjectReader
{
public:
    // Without keys: only the type is checked (the top level, before its version says which keys).
    ObjectReader(const QJsonValue &value, QString path)
        : m_path(std::move(path))
    {
        if (!value.isObject())
            wrongType(m_path.isEmpty() ? QCoreApplication::translate("PlanReader", "(top level)") : m_path,
                      QCoreApplication::translate("PlanReader", "an object"), value);
        m_object = value.toObject();
    }

    ObjectReader(const QJsonValue &value, QString path, const QList<const char *> &keys)
        : ObjectReader(value, std::move(path))
    {
        QStringList known; // in the contract's order, so the message reads like plan-format.md
        for (const char *k : keys)
            known << QLatin1String(k);
        const QStringList present = m_object.keys();
        for (const QString &k : present)
            if (!known.contains(k))
                fail(join(m_path, k),
                     QCoreApplication::translate("PlanReader", "unknown key (expected one of: %1)")
                         .arg(known.join(QStringLiteral(", "))));
    }

    QString path(const char *key) const { return join(m_path, QLatin1String(key)); }
    bool has(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }
    bool contains(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    void require(const char *key) const
    {
        if (m_object.value(QLatin1String(key)).isUndefined())
            fail(path(key), QCoreApplication::translate("PlanReader", "missing required key"));
    }

    // Absent and null give the default; an empty string counts as "not set".
    QString string(const char *key, bool required = false, const QString &fallback = {}) const
    {
        if (required)
            require(key);
        const QJsonValue v = value(key);
        if (v.isUndefined() || (v.isNull() && !required))
            return fallback;
        if (!v.isString())
            wrongType(path(key), QCoreApplication::translate("PlanReader", "a string"), v);
        return cleanedString(v.toString());
    }

    bool boolean(const char *key, bool fallback) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            wrongType(path(key), QCoreApplication::translate("PlanReader", "true or false"), v);
        return v.toBool();
    }

    int integer(const char *key, int fallback, int min, int max) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble())
            wrongType(path(key), QCoreApplication::translate("PlanReader", "a whole number"), v);
        // The range first: converting 1e308 to an integer type is undefined behaviour.
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max)
            fail(path(key),
                 QCoreApplication::translate("PlanReader", "expected a whole number from %1 to %2, got %3")
                     .arg(QString::number(min), QString::number(max), QString::number(d)));
        if (d != std::trunc(d))
            wrongType(path(key), QCoreApplication::translate("PlanReader", "a whole number"), v);
        return static_cast<int>(d);
    }

    // A keyword of the enum's one table (model/rules/keywords.h).
    template<typename Enum> Enum choice(const char *key, Enum fallback, bool required = false) const
    {
        const QString s = string(key, required);
        if (s.isEmpty() && !required)
            return fallback;
        if (const std::optional<Enum> value = fromKeyword<Enum>(s))
            return *value;
        fail(path(key), QCoreApplication::translate("PlanReader", "expected one of %1, got \"%2\"")
                            .arg(keywords<Enum>().join(QStringLiteral(" | ")), s));
    }

    QStringList stringList(const char *key) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            wrongType(path(key), QCoreApplication::translate("PlanReader", "an array of strings"), v);
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                wrongType(indexed(path(key), i), QCoreApplication::translate("PlanReader", "a string"),
                          a.at(i));
            out << cleanedString(a.at(i).toString());
        }
        return out;
    }

    QJsonArray array(const char *key, bool required) const
    {
        if (required)
            require(key);
        const QJsonValue v = value(key);
        if (v.isUndefined() || (v.isNull() && !required))
            return {};
        if (!v.isArray())
            wrongType(path(key), QCoreApplication::translate("PlanReader", "an array"), v);
        return v.toArray();
    }

    // Each element of an optional array of objects, read by read(value, path).
    template<typename Read> auto objects(const char *key, Read read) const
    {
        QList<decltype(read(QJsonValue(), QString()))> out;
        const QJsonArray a = array(key, false); // an empty list is the validator's to report
        for (qsizetype i = 0; i < a.size(); ++i)
            out << read(a.at(i), indexed(path(key), i));
        return out;
    }

private:
    QString m_path;
    QJsonObject m_object;
};

// The format versions differ in a few objects only; each reader below takes the version it reads.
constexpr int kVersion1 = 1;
constexpr int kVersion2 = 2;

Server readServer(const QJsonValue &value, const QString &path)
{
    const ObjectReader s(value, path, {"fqdn", "ipv4", "ipv6"});
    return Server{s.string("fqdn", true), s.string("ipv4"), s.string("ipv6")};
}

QList<Server> readServers(const ObjectReader &r, const char *key)
{
    return r.objects(key, readServer);
}

// A Front End pool (v1 "frontEnd") or a Director pool (v1 "director").
Pool readPool(const QJsonValue &value, const QString &path, bool isFrontEnd, int version)
{
    QList<const char *> keys = {"fqdn", "loadBalancing", "vip", "vipIpv6", "servers", "webServices"};
    if (isFrontEnd)
        keys.prepend("edition");
    if (version >= kVersion2) {
        keys << "reverseProxy";
        if (isFrontEnd)
            keys << "edgePool"
                 << "pairedWith";
    }
    const ObjectReader r(value, path, keys);
    Pool pool;
    if (isFrontEnd)
        pool.edition = r.choice("edition", Edition::Enterprise);
    pool.fqdn = r.string("fqdn", true);
    pool.servers = readServers(r, "servers");
    // Standard Edition never uses a load balancer; a pool of several servers defaults to DNS LB.
    const LoadBalancing fallback = (pool.edition == Edition::Standard || pool.servers.size() < 2)
                                       ? LoadBalancing::None
                                       : LoadBalancing::Dns;
    pool.loadBalancing = r.choice("loadBalancing", fallback);
    pool.vip = r.string("vip");
    pool.vipIpv6 = r.string("vipIpv6");
    if (r.has("webServices")) {
        const ObjectReader w(r.value("webServices"), r.path("webServices"),
                             {"internalFqdn", "internalVip", "internalVipIpv6", "externalFqdn"});
        pool.webServices.internalFqdn = w.string("internalFqdn");
        pool.webServices.internalVip = w.string("internalVip");
        pool.webServices.internalVipIpv6 = w.string("internalVipIpv6");
        pool.webServices.externalFqdn = w.string("externalFqdn");
    }
    if (version >= kVersion2) {
        pool.reverseProxy = r.string("reverseProxy");
        if (isFrontEnd) {
            pool.edgePool = r.string("edgePool");
            pool.pairedWith = r.string("pairedWith");
        }
    }
    return pool;
}

EdgeServer readEdgeServer(const QJsonValue &value, const QString &path)
{
    const ObjectReader s(value, path,
                         {"fqdn", "internalIpv4", "internalIpv6", "accessIpv4", "accessIpv6",
                          "webConferencingIpv4", "webConferencingIpv6", "avIpv4", "avIpv6",
                          "privateAccessIpv4", "privateWebConferencingIpv4", "privateAvIpv4"});
    EdgeServer e;
    e.fqdn = s.string("fqdn"); // optional: a single Edge is often known by its internal FQDN only
    e.internalIpv4 = s.string("internalIpv4");
    e.internalIpv6 = s.string("internalIpv6");
    e.accessIpv4 = s.string("accessIpv4");
    e.accessIpv6 = s.string("accessIpv6");
    e.webConferencingIpv4 = s.string("webConferencingIpv4");
    e.webConferencingIpv6 = s.string("webConferencingIpv6");
    e.avIpv4 = s.string("avIpv4");
    e.avIpv6 = s.string("avIpv6");
    e.privateAccessIpv4 = s.string("privateAccessIpv4");
    e.privateWebConferencingIpv4 = s.string("privateWebConferencingIpv4");
    e.privateAvIpv4 = s.string("privateAvIpv4");
    return e;
}

// An Edge pool (v1 "edge").
Edge readEdge(const QJsonValue &value, const QString &path, int version)
{
    QList<const char *> keys = {"layout", "nat",     "internalFqdn", "accessFqdn", "webConferencingFqdn",
                                "avFqdn", "servers", "vips"};
    if (version >= kVersion2)
        keys << "remoteAccessPriority"
             << "federation"
             << "xmpp"
             << "xmppPriority";
    const ObjectReader r(value, path, keys);
    Edge edge;
    edge.layout = r.choice("layout", EdgeLayout::Single);
    edge.nat = r.boolean("nat", false);
    edge.internalFqdn = r.string("internalFqdn", true);
    edge.accessFqdn = r.string("accessFqdn");
    edge.webConferencingFqdn = r.string("webConferencingFqdn");
    edge.avFqdn = r.string("avFqdn");
    edge.servers = r.objects("servers", readEdgeServer);
    if (r.has("vips")) {
        const ObjectReader v(r.value("vips"), r.path("vips"),
                             {"internal", "internalIpv6", "access", "accessIpv6", "webConferencing",
                              "webConferencingIpv6", "av", "avIpv6"});
        EdgeVips vips;
        vips.internal = v.string("internal");
        vips.internalIpv6 = v.string("internalIpv6");
        vips.access = v.string("access");
        vips.accessIpv6 = v.string("accessIpv6");
        vips.webConferencing = v.string("webConferencing");
        vips.webConferencingIpv6 = v.string("webConferencingIpv6");
        vips.av = v.string("av");
        vips.avIpv6 = v.string("avIpv6");
        edge.vips = vips;
    }
    if (version >= kVersion2) {
        // SRV priorities are 16-bit (RFC 2782).
        edge.remoteAccessPriority = r.integer("remoteAccessPriority", 0, 0, 65535);
        edge.federation = r.boolean("federation", false);
        edge.xmpp = r.boolean("xmpp", false);
        edge.xmppPriority = r.integer("xmppPriority", 0, 0, 65535);
    }
    return edge;
}

// A reverse proxy; version 1 has one, without a name.
ReverseProxy readReverseProxy(const QJsonValue &value, const QString &path, int version)
{
    if (version == kVersion1) {
        const ObjectReader p(value, path, {"publicIpv4", "publicIpv6"});
        return ReverseProxy{v1ReverseProxyName(), p.string("publicIpv4", true), p.string("publicIpv6")};
    }
    const ObjectReader p(value, path, {"name", "publicIpv4", "publicIpv6"});
    return ReverseProxy{p.string("name", true), p.string("publicIpv4", true), p.string("publicIpv6")};
}

// An Office Web Apps farm; version 1 has one server, without members.
OfficeWebApps readOfficeWebApps(const QJsonValue &value, const QString &path, int version)
{
    QList<const char *> keys = {"internalFqdn", "internalIpv4", "internalIpv6", "externalFqdn"};
    if (version >= kVersion2)
        keys << "servers";
    const ObjectReader o(value, path, keys);
    OfficeWebApps farm{o.string("internalFqdn", true),
                       o.string("internalIpv4"),
                       o.string("internalIpv6"),
                       o.string("externalFqdn"),
                       {}};
    if (version >= kVersion2)
        farm.servers = readServers(o, "servers");
    return farm;
}

// A Persistent Chat or Mediation pool.
ServerPool readServerPool(const QJsonValue &value, const QString &path)
{
    const ObjectReader c(value, path, {"fqdn", "servers"});
    return ServerPool{c.string("fqdn", true), readServers(c, "servers")};
}

SimpleUrls readSimpleUrls(const QJsonValue &value, const QString &path)
{
    const ObjectReader s(value, path, {"meet", "dialin", "admin"});
    return SimpleUrls{s.stringList("meet"), s.string("dialin"), s.string("admin")};
}

// The keys both versions share, read the same way.
void readTitleAndProduct(const ObjectReader &r, Plan &plan)
{
    plan.title = r.string("title");
    plan.product = r.choice("product", Product::Lync2013);
}

void readDns(const ObjectReader &r, Plan &plan)
{
    if (r.has("dns")) {
        const ObjectReader d(r.value("dns"), r.path("dns"), {"splitBrain", "ttl", "ipv6"});
        plan.dns.splitBrain = d.boolean("splitBrain", true);
        plan.dns.ttl = d.integer("ttl", 3600, 0, 2147483647);
        plan.dns.ipv6 = d.boolean("ipv6", false);
    }
}

void readSharedSettings(const ObjectReader &r, Plan &plan, int version)
{
    if (r.has("simpleUrls"))
        plan.simpleUrls = readSimpleUrls(r.value("simpleUrls"), r.path("simpleUrls"));
    if (r.has("autodiscover")) {
        const ObjectReader a(r.value("autodiscover"), r.path("autodiscover"), {"enabled", "recordType"});
        plan.autodiscover.enabled = a.boolean("enabled", true);
        plan.autodiscover.recordType = a.choice("recordType", AutodiscoverType::Cname);
    }
    if (r.has("mobility")) {
        const ObjectReader m =
            version == kVersion1
                ? ObjectReader(r.value("mobility"), r.path("mobility"), {"pushNotifications"})
                : ObjectReader(r.value("mobility"), r.path("mobility"),
                               {"pushNotifications", "internalExternalWeb"});
        plan.pushNotifications = m.boolean("pushNotifications", false);
        if (version >= kVersion2)
            plan.internalExternalWeb = m.boolean("internalExternalWeb", false);
    }
    if (r.has("federation")) {
        const ObjectReader f(r.value("federation"), r.path("federation"), {"enabled", "discoverable"});
        plan.federation.enabled = f.boolean("enabled", false);
        plan.federation.discoverable = f.boolean("discoverable", false);
    }
    if (r.has("xmpp")) {
        const ObjectReader x(r.value("xmpp"), r.path("xmpp"), {"fqdn"});
        plan.xmppFqdn = x.string("fqdn", true);
    }
    if (r.has("legacyDiscovery")) {
        const ObjectReader l(r.value("legacyDiscovery"), r.path("legacyDiscovery"),
                             {"srv", "tcp", "hostRecords"});
        plan.legacyDiscovery.srv = l.boolean("srv", true);
        plan.legacyDiscovery.tcp = l.boolean("tcp", false);
        plan.legacyDiscovery.hostRecords = l.boolean("hostRecords", true);
    }
    if (r.has("devices")) {
        const ObjectReader d(r.value("devices"), r.path("devices"), {"ntpServer", "deviceUpdates"});
        plan.devices.ntpServer = d.string("ntpServer");
        plan.devices.deviceUpdates = d.boolean("deviceUpdates", false);
    }
}

// Version 1: one pool of each role at the top level, read into one site (plan-format.md).
Plan readVersion1(const QJsonValue &root)
{
    const ObjectReader r(root, QString(),
                         {"format", "version", "title", "product", "sipDomains", "dns", "frontEnd",
                          "director", "edge", "reverseProxy", "simpleUrls", "autodiscover", "mobility",
                          "federation", "xmpp", "persistentChat", "officeWebApps", "legacyDiscovery",
                          "devices"});
    Plan plan;
    plan.fileVersion = kVersion1;
    readTitleAndProduct(r, plan);
    r.require("sipDomains");
    if (!r.value("sipDomains").isArray())
        wrongType(r.path("sipDomains"), QCoreApplication::translate("PlanReader", "an array of strings"),
                  r.value("sipDomains"));
    plan.sipDomains = r.stringList("sipDomains");
    if (plan.sipDomains.isEmpty())
        fail(r.path("sipDomains"),
             QCoreApplication::translate("PlanReader", "expected at least one SIP domain"));
    readDns(r, plan);

    Site site;
    site.name = firstSiteName();
    r.require("frontEnd");
    site.frontEndPools << readPool(r.value("frontEnd"), r.path("frontEnd"), true, kVersion1);
    if (r.has("director"))
        site.directorPools << readPool(r.value("director"), r.path("director"), false, kVersion1);
    if (r.has("edge"))
        site.edgePools << readEdge(r.value("edge"), r.path("edge"), kVersion1);
    if (r.has("reverseProxy"))
        site.reverseProxies << readReverseProxy(r.value("reverseProxy"), r.path("reverseProxy"), kVersion1);
    readSharedSettings(r, plan, kVersion1);
    if (r.has("persistentChat"))
        site.persistentChatPools << readServerPool(r.value("persistentChat"), r.path("persistentChat"));
    if (r.has("officeWebApps"))
        site.officeWebApps << readOfficeWebApps(r.value("officeWebApps"), r.path("officeWebApps"), kVersion1);
    plan.sites = {site};
    return plan;
}

// A v2 SIP domain: a name, or { name, splitBrain } with its own split-brain setting.
void readSipDomains(const ObjectReader &r, Plan &plan)
{
    const QString expected = QCoreApplication::translate(
        "PlanReader", "an array of domain names and { name, splitBrain } objects");
    r.require("sipDomains");
    if (!r.value("sipDomains").isArray())
        wrongType(r.path("sipDomains"), expected, r.value("sipDomains"));
    const QJsonArray a = r.value("sipDomains").toArray();
    if (a.isEmpty())
        fail(r.path("sipDomains"),
             QCoreApplication::translate("PlanReader", "expected at least one SIP domain"));
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString path = indexed(r.path("sipDomains"), i);
        if (a.at(i).isString()) {
            plan.sipDomains << cleanedString(a.at(i).toString());
            continue;
        }
        if (!a.at(i).isObject())
            wrongType(path, QCoreApplication::translate("PlanReader", "a domain name or an object"), a.at(i));
        const ObjectReader d(a.at(i), path, {"name", "splitBrain"});
        const QString name = d.string("name", true);
        plan.sipDomains << name;
        if (d.has("splitBrain"))
            plan.splitBrainOverrides.insert(normalizedName(name), d.boolean("splitBrain", true));
    }
}

Site readSite(const QJsonValue &value, const QString &path)
{
    const ObjectReader r(value, path,
                         {"name", "frontEndPools", "directorPools", "edgePools", "reverseProxies",
                          "officeWebApps", "persistentChatPools", "mediationPools", "simpleUrls"});
    Site site;
    site.name = r.string("name", true);
    site.frontEndPools = r.objects("frontEndPools", [](const QJsonValue &v, const QString &p) {
        return readPool(v, p, true, kVersion2);
    });
    site.directorPools = r.objects("directorPools", [](const QJsonValue &v, const QString &p) {
        return readPool(v, p, false, kVersion2);
    });
    site.edgePools = r.objects(
        "edgePools", [](const QJsonValue &v, const QString &p) { return readEdge(v, p, kVersion2); });
    site.reverseProxies = r.objects("reverseProxies", [](const QJsonValue &v, const QString &p) {
        return readReverseProxy(v, p, kVersion2);
    });
    site.officeWebApps = r.objects("officeWebApps", [](const QJsonValue &v, const QString &p) {
        return readOfficeWebApps(v, p, kVersion2);
    });
    site.persistentChatPools = r.objects("persistentChatPools", readServerPool);
    site.mediationPools = r.objects("mediationPools", readServerPool);
    if (r.has("simpleUrls"))
        site.simpleUrls = readSimpleUrls(r.value("simpleUrls"), r.path("simpleUrls"));
    return site;
}

BranchSite readBranchSite(const QJsonValue &value, const QString &path)
{
    const ObjectReader r(value, path, {"name", "centralSite", "survivableBranches"});
    return BranchSite{r.string("name", true), r.string("centralSite", true),
                      readServers(r, "survivableBranches")};
}

// Version 2: the estate, sites holding lists of pools.
Plan readVersion2(const QJsonValue &root)
{
    // A v1 object in a v2 file is a half-converted plan: say where it belongs, not just "unknown".
    const ObjectReader top(root, QString());
    for (const char *list : {"frontEndPools", "directorPools", "edgePools", "reverseProxies", "officeWebApps",
                             "persistentChatPools"}) {
        const QString v1Key = pathInFile(sitePath(0, list, 0), kVersion1);
        if (top.contains(v1Key))
            fail(v1Key,
                 QCoreApplication::translate(
                     "PlanReader", "a version 1 key; a version 2 plan lists this in \"sites\", as sites[].%1")
                     .arg(QLatin1String(list)));
    }
    const ObjectReader r(root, QString(),
                         {"format", "version", "title", "product", "sipDomains", "dns", "signIn", "sites",
                          "branchSites", "simpleUrls", "geoDns", "autodiscover", "mobility", "migration",
                          "federation", "xmpp", "legacyDiscovery", "devices"});
    Plan plan;
    plan.fileVersion = kVersion2;
    readTitleAndProduct(r, plan);
    readSipDomains(r, plan);
    readDns(r, plan);
    if (r.has("signIn")) {
        const ObjectReader s(r.value("signIn"), r.path("signIn"),
                             {"pool", "backupPools", "srvTarget", "webPool"});
        plan.signIn.pool = s.string("pool");
        plan.signIn.backupPools = s.stringList("backupPools");
        plan.signIn.srvTarget = s.choice("srvTarget", SrvTargetStyle::Pool);
        plan.signIn.webPool = s.string("webPool");
    }
    r.require("sites");
    if (!r.value("sites").isArray())
        wrongType(r.path("sites"), QCoreApplication::translate("PlanReader", "an array of sites"),
                  r.value("sites"));
    plan.sites = r.objects("sites", readSite);
    if (plan.sites.isEmpty())
        fail(r.path("sites"), QCoreApplication::translate("PlanReader", "expected at least one site"));
    plan.branchSites = r.objects("branchSites", readBranchSite);
    readSharedSettings(r, plan, kVersion2);
    if (r.has("geoDns")) {
        const ObjectReader g(r.value("geoDns"), r.path("geoDns"), {"zone", "pools", "mode"});
        plan.geoDns =
            GeoDns{g.string("zone", true), g.stringList("pools"), g.choice("mode", GeoDnsMode::RoundRobin)};
    }
    if (r.has("migration")) {
        const ObjectReader m(r.value("migration"), r.path("migration"), {"phase", "cloud", "domains"});
        plan.migration = Migration{m.choice("phase", MigrationPhase::OnPrem, true),
                                   m.choice("cloud", Cloud::Commercial), m.stringList("domains")};
    }
    return plan;
}

Plan readPlan(const QJsonValue &root)
{
    const ObjectReader r(root, QString()); // its keys depend on its version
    if (r.string("format", true) != QLatin1String("lyncdns-plan"))
        fail(QStringLiteral("format"),
             QCoreApplication::translate("PlanReader",
                                         "expected \"lyncdns-plan\" (is this a Lync DNS Planner plan?)"));
    r.require("version");
    if (!r.value("version").isDouble())
        wrongType(r.path("version"), QCoreApplication::translate("PlanReader", "the number 1 or 2"),
                  r.value("version"));
    const int version = r.integer("version", 0, 0, 1000000);
    if (version == kVersion1)
        return readVersion1(root);
    if (version == kVersion2)
        return readVersion2(root);
    fail(QStringLiteral("version"),
         QCoreApplication::translate("PlanReader",
                                     "unsupported plan version %1; this program reads versions 1 and 2")
             .arg(version));
}

void lineAndColumn(const QByteArray &data, int offset, int *line, int *column)
{
    *line = 1;
    *column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++*line;
            *column = 1;
        } else if ((static_cast<unsigned char>(data.at(i)) & 0xC0) != 0x80) {
            ++*column; // count characters, not UTF-8 continuation bytes
        }
    }
}

} // namespace

// Data, not text for people: the names are written into the file and referred to by other keys.
QString firstSiteName()
{
    return QStringLiteral("Site 1");
}

QString v1ReverseProxyName()
{
    return QStringLiteral("reverse-proxy");
}

std::optional<Plan> parsePlan(const QByteArray &json, const QString &fileName, PlanError *error)
{
    QByteArray data = json;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3); // Notepad writes a BOM; the JSON parser rejects it
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = PlanError{fileName,
                               {},
                               0,
                               0,
                               QCoreApplication::translate("PlanReader", "JSON syntax error: %1")
                                   .arg(parseError.errorString())};
            // Qt's offset points just past the offending character, except for malformed numbers.
            const int offset = parseError.error == QJsonParseError::IllegalNumber
                                   ? parseError.offset
                                   : qMax(0, parseError.offset - 1);
            lineAndColumn(data, offset, &error->line, &error->column);
        }
        return std::nullopt;
    }
    try {
        return readPlan(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    } catch (const ReadFailure &f) {
        // Keys and values from the file reach the path and the message: shown escaped.
        if (error)
            *error = PlanError{fileName, printable(f.path), 0, 0, printable(f.message)};
        return std::nullopt;
    }
}

std::optional<Plan> readPlanFile(const QString &fileName, PlanError *error)
{
    const auto failure = [&](const QString &message) -> std::optional<Plan> {
        if (error)
            *error = PlanError{fileName, {}, 0, 0, message};
        return std::nullopt;
    };
    const QString notAFile = QCoreApplication::translate(
        "PlanReader", "not a regular file: a plan is read from a file, not from a folder, pipe or device");
    const auto tooBig = [](qint64 size) {
        return QCoreApplication::translate(
                   "PlanReader", "the file has %1 bytes; a plan file holds at most %2 bytes (16 MiB)")
            .arg(QString::number(size), QString::number(kMaxPlanFileSize));
    };
    // Checked before opening: opening a FIFO blocks until a writer comes, and /dev/zero never ends.
    const QFileInfo info(fileName);
    if (info.exists() && !info.isFile())
        return failure(notAFile);
    if (info.size() > kMaxPlanFileSize)
        return failure(tooBig(info.size()));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            QCoreApplication::translate("PlanReader", "cannot read the file: %1").arg(file.errorString()));
    if (file.isSequential()) // replaced by a pipe or device since the check
        return failure(notAFile);
    const QByteArray data = file.read(kMaxPlanFileSize + 1); // a file that grew since the check
    if (data.size() > kMaxPlanFileSize)
        return failure(tooBig(data.size()));
    return parsePlan(data, fileName, error);
}

} // namespace lyncdns
