#include "model/rules/where.h"

#include "model/dns/dnsrecord.h"
#include "model/plan/estaterolelabels.h"
#include "model/plan/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace lyncdns {

namespace {

struct Segment
{
    QString key;
    qsizetype index = -1; // -1: no [n]
};

QList<Segment> segmentsOf(const QString &path)
{
    static const QRegularExpression indexed(QStringLiteral("^([A-Za-z0-9_]+)\\[(\\d+)\\]$"));
    QList<Segment> out;
    for (const QString &part : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = indexed.match(part);
        out << (m.hasMatch() ? Segment{m.captured(1), m.captured(2).toLongLong()} : Segment{part, -1});
    }
    return out;
}

// "remoteAccessPriority" → "remote access priority": the words of a key no table names.
QString keyWords(const QString &key)
{
    QString out;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c.isUpper() && i > 0 && !key.at(i - 1).isUpper())
            out += QLatin1Char(' ');
        out += c.isUpper() && !(i + 1 < key.size() && key.at(i + 1).isUpper()) ? c.toLower() : c;
    }
    return out;
}

// The plan's fields as people name them; keys not here read as their words (keyWords).
QString fieldLabel(const QString &key, const QString &parent)
{
    if (parent == QLatin1String("vips")) {
        // An Edge pool's load balancer VIPs: "access" is the access VIP there.
        const bool v6 = key.endsWith(QLatin1String("Ipv6"));
        const QString service = v6 ? key.chopped(4) : key;
        QString what;
        if (service == QLatin1String("internal"))
            what = v6 ? QCoreApplication::translate("Where", "internal IPv6 VIP")
                      : QCoreApplication::translate("Where", "internal VIP");
        else if (service == QLatin1String("access"))
            what = v6 ? QCoreApplication::translate("Where", "access IPv6 VIP")
                      : QCoreApplication::translate("Where", "access VIP");
        else if (service == QLatin1String("webConferencing"))
            what = v6 ? QCoreApplication::translate("Where", "web conferencing IPv6 VIP")
                      : QCoreApplication::translate("Where", "web conferencing VIP");
        else if (service == QLatin1String("av"))
            what = v6 ? QCoreApplication::translate("Where", "A/V IPv6 VIP")
                      : QCoreApplication::translate("Where", "A/V VIP");
        if (!what.isEmpty())
            return what;
    }
    if (parent == QLatin1String("dns") && key == QLatin1String("ipv6"))
        return QCoreApplication::translate("Where", "IPv6 records");
    static const std::pair<const char *, const char *> kFields[] = {
        {"fqdn", QT_TRANSLATE_NOOP("Where", "FQDN")},
        {"ipv4", QT_TRANSLATE_NOOP("Where", "IPv4 address")},
        {"ipv6", QT_TRANSLATE_NOOP("Where", "IPv6 address")},
        {"vip", QT_TRANSLATE_NOOP("Where", "VIP")},
        {"vipIpv6", QT_TRANSLATE_NOOP("Where", "IPv6 VIP")},
        {"name", QT_TRANSLATE_NOOP("Where", "name")},
        {"internalFqdn", QT_TRANSLATE_NOOP("Where", "internal FQDN")},
        {"externalFqdn", QT_TRANSLATE_NOOP("Where", "external FQDN")},
        {"internalVip", QT_TRANSLATE_NOOP("Where", "internal VIP")},
        {"internalVipIpv6", QT_TRANSLATE_NOOP("Where", "internal IPv6 VIP")},
        {"internalIpv4", QT_TRANSLATE_NOOP("Where", "internal IPv4 address")},
        {"internalIpv6", QT_TRANSLATE_NOOP("Where", "internal IPv6 address")},
        {"accessIpv4", QT_TRANSLATE_NOOP("Where", "access IPv4 address")},
        {"accessIpv6", QT_TRANSLATE_NOOP("Where", "access IPv6 address")},
        {"webConferencingIpv4", QT_TRANSLATE_NOOP("Where", "web conferencing IPv4 address")},
        {"webConferencingIpv6", QT_TRANSLATE_NOOP("Where", "web conferencing IPv6 address")},
        {"avIpv4", QT_TRANSLATE_NOOP("Where", "A/V IPv4 address")},
        {"avIpv6", QT_TRANSLATE_NOOP("Where", "A/V IPv6 address")},
        {"privateAccessIpv4", QT_TRANSLATE_NOOP("Where", "private access IPv4 address")},
        {"privateWebConferencingIpv4", QT_TRANSLATE_NOOP("Where", "private web conferencing IPv4 address")},
        {"privateAvIpv4", QT_TRANSLATE_NOOP("Where", "private A/V IPv4 address")},
        {"publicIpv4", QT_TRANSLATE_NOOP("Where", "public IPv4 address")},
        {"publicIpv6", QT_TRANSLATE_NOOP("Where", "public IPv6 address")},
        {"accessFqdn", QT_TRANSLATE_NOOP("Where", "access FQDN")},
        {"webConferencingFqdn", QT_TRANSLATE_NOOP("Where", "web conferencing FQDN")},
        {"avFqdn", QT_TRANSLATE_NOOP("Where", "A/V FQDN")},
        {"loadBalancing", QT_TRANSLATE_NOOP("Where", "load balancing")},
        {"reverseProxy", QT_TRANSLATE_NOOP("Where", "reverse proxy")},
        {"edgePool", QT_TRANSLATE_NOOP("Where", "Edge pool")},
        {"pairedWith", QT_TRANSLATE_NOOP("Where", "paired backup pool")},
        {"remoteAccessPriority", QT_TRANSLATE_NOOP("Where", "remote access priority")},
        {"xmppPriority", QT_TRANSLATE_NOOP("Where", "XMPP priority")},
        {"centralSite", QT_TRANSLATE_NOOP("Where", "central site")},
        {"pool", QT_TRANSLATE_NOOP("Where", "sign-in pool")},
        {"webPool", QT_TRANSLATE_NOOP("Where", "web services pool")},
        {"srvTarget", QT_TRANSLATE_NOOP("Where", "SRV target")},
        {"ntpServer", QT_TRANSLATE_NOOP("Where", "NTP server")},
        {"ttl", QT_TRANSLATE_NOOP("Where", "TTL")},
        {"splitBrain", QT_TRANSLATE_NOOP("Where", "split-brain DNS")},
        {"meet", QT_TRANSLATE_NOOP("Where", "Meet URLs")},
        {"dialin", QT_TRANSLATE_NOOP("Where", "Dial-in URL")},
        {"admin", QT_TRANSLATE_NOOP("Where", "Admin URL")},
        {"webServices", QT_TRANSLATE_NOOP("Where", "web services")},
        {"vips", QT_TRANSLATE_NOOP("Where", "load balancer VIPs")},
        {"simpleUrls", QT_TRANSLATE_NOOP("Where", "simple URLs")},
        {"signIn", QT_TRANSLATE_NOOP("Where", "sign-in")},
        {"dns", QT_TRANSLATE_NOOP("Where", "DNS settings")},
        {"geoDns", QT_TRANSLATE_NOOP("Where", "GeoDNS")},
        {"migration", QT_TRANSLATE_NOOP("Where", "migration to Teams")},
        {"federation", QT_TRANSLATE_NOOP("Where", "federation")},
        {"xmpp", QT_TRANSLATE_NOOP("Where", "XMPP")},
        {"devices", QT_TRANSLATE_NOOP("Where", "devices")},
        {"mobility", QT_TRANSLATE_NOOP("Where", "mobility")},
        {"autodiscover", QT_TRANSLATE_NOOP("Where", "Autodiscover")},
        {"lyncdiscover", QT_TRANSLATE_NOOP("Where", "Autodiscover")},
        {"legacyDiscovery", QT_TRANSLATE_NOOP("Where", "legacy client discovery")},
        {"sipDomains", QT_TRANSLATE_NOOP("Where", "SIP domains")},
        {"sites", QT_TRANSLATE_NOOP("Where", "central sites")},
        {"branchSites", QT_TRANSLATE_NOOP("Where", "branch sites")},
        {"frontEndPools", QT_TRANSLATE_NOOP("Where", "Front End pools")},
        {"directorPools", QT_TRANSLATE_NOOP("Where", "Director pools")},
        {"edgePools", QT_TRANSLATE_NOOP("Where", "Edge pools")},
        {"reverseProxies", QT_TRANSLATE_NOOP("Where", "reverse proxies")},
        {"officeWebApps", QT_TRANSLATE_NOOP("Where", "Office Web Apps farms")},
        {"persistentChatPools", QT_TRANSLATE_NOOP("Where", "Persistent Chat pools")},
        {"mediationPools", QT_TRANSLATE_NOOP("Where", "Mediation pools")},
        {"servers", QT_TRANSLATE_NOOP("Where", "servers")},
        {"survivableBranches", QT_TRANSLATE_NOOP("Where", "Survivable Branch Appliances")},
        {"backupPools", QT_TRANSLATE_NOOP("Where", "backup pools")},
        {"pools", QT_TRANSLATE_NOOP("Where", "pools")},
        {"domains", QT_TRANSLATE_NOOP("Where", "SIP domains moved")},
    };
    for (const auto &[name, label] : kFields)
        if (key == QLatin1String(name))
            return QCoreApplication::translate("Where", label);
    return keyWords(key);
}

// "%1 %2": a kind of object and its name; its number (1-based) when the plan has no name for it.
QString named(const QString &kind, qsizetype index, const QString &name)
{
    //: An object of the plan and its name, e.g. "Front End pool" "pool01.contoso.net".
    return name.isEmpty()
               ? QCoreApplication::translate("Where", "%1 %2", "kind and number").arg(kind).arg(index + 1)
               : QCoreApplication::translate("Where", "%1 %2", "kind and name").arg(kind, name);
}

template<typename T> const T *at(const QList<T> &list, qsizetype i)
{
    return i >= 0 && i < list.size() ? &list.at(i) : nullptr;
}

} // namespace

QString planPathInWords(const Plan &plan, const QString &path)
{
    const QList<Segment> segments = segmentsOf(path);
    if (segments.isEmpty())
        return QCoreApplication::translate("Where", "the plan as a whole");

    QStringList parts;
    const Site *site = nullptr;
    const QList<Server> *servers = nullptr; // the server list the next servers[n] indexes
    QString parent;
    for (qsizetype s = 0; s < segments.size(); ++s) {
        const Segment &seg = segments.at(s);
        const QString &key = seg.key;
        if (seg.index < 0) {
            parts << fieldLabel(key, parent);
            parent = key;
            continue;
        }
        const qsizetype i = seg.index;
        if (key == QLatin1String("sites")) {
            site = at(plan.sites, i);
            // One site needs no naming; several do, and a path that ends at the site always.
            const bool objectFollows = s + 1 < segments.size() && segments.at(s + 1).index >= 0;
            if (plan.sites.size() > 1 || !objectFollows)
                parts << named(QCoreApplication::translate("Where", "site"), i,
                               site ? site->name : QString());
        } else if (key == QLatin1String("frontEndPools") || key == QLatin1String("directorPools")) {
            const Pool *pool =
                site
                    ? at(key == QLatin1String("frontEndPools") ? site->frontEndPools : site->directorPools, i)
                    : nullptr;
            const QString kind = key == QLatin1String("directorPools") ? estateRoleTitle(EstateRole::Director)
                                 : pool && pool->edition == Edition::Standard
                                     ? QCoreApplication::translate("Where", "Standard Edition server")
                                     : estateRoleTitle(EstateRole::FrontEnd);
            parts << named(kind, i, pool ? pool->fqdn : QString());
            servers = pool ? &pool->servers : nullptr;
        } else if (key == QLatin1String("edgePools")) {
            const Edge *edge = site ? at(site->edgePools, i) : nullptr;
            parts << named(estateRoleTitle(EstateRole::Edge), i, edge ? edge->internalFqdn : QString());
            servers = nullptr;
            if (edge && s + 1 < segments.size() && segments.at(s + 1).key == QLatin1String("servers")) {
                const EdgeServer *e = at(edge->servers, segments.at(s + 1).index);
                //: One server of an Edge pool; %1 is its number, %2 its FQDN.
                parts << (e && !e->fqdn.isEmpty()
                              ? QCoreApplication::translate("Where", "Edge server %1 (%2)")
                                    .arg(segments.at(s + 1).index + 1)
                                    .arg(e->fqdn)
                              : QCoreApplication::translate("Where", "Edge server %1")
                                    .arg(segments.at(s + 1).index + 1));
                ++s;
            }
        } else if (key == QLatin1String("reverseProxies")) {
            const ReverseProxy *proxy = site ? at(site->reverseProxies, i) : nullptr;
            parts << named(QCoreApplication::translate("Where", "reverse proxy"), i,
                           proxy ? proxy->name : QString());
        } else if (key == QLatin1String("officeWebApps")) {
            const OfficeWebApps *farm = site ? at(site->officeWebApps, i) : nullptr;
            parts << named(estateRoleTitle(EstateRole::OfficeWebApps), i,
                           farm ? farm->internalFqdn : QString());
            servers = farm ? &farm->servers : nullptr;
        } else if (key == QLatin1String("persistentChatPools") || key == QLatin1String("mediationPools")) {
            const bool chat = key == QLatin1String("persistentChatPools");
            const ServerPool *pool =
                site ? at(chat ? site->persistentChatPools : site->mediationPools, i) : nullptr;
            parts << named(estateRoleTitle(chat ? EstateRole::PersistentChat : EstateRole::Mediation), i,
                           pool ? pool->fqdn : QString());
            servers = pool ? &pool->servers : nullptr;
        } else if (key == QLatin1String("branchSites")) {
            const BranchSite *branch = at(plan.branchSites, i);
            parts << named(QCoreApplication::translate("Where", "branch site"), i,
                           branch ? branch->name : QString());
            servers = branch ? &branch->survivableBranches : nullptr;
        } else if (key == QLatin1String("servers") || key == QLatin1String("survivableBranches")) {
            const Server *server = servers ? at(*servers, i) : nullptr;
            const QString kind = key == QLatin1String("servers")
                                     ? QCoreApplication::translate("Where", "server")
                                     : QCoreApplication::translate("Where", "Survivable Branch Appliance");
            //: One server of a pool; %1 is the kind ("server"), %2 its number, %3 its FQDN.
            parts << (server && !server->fqdn.isEmpty()
                          ? QCoreApplication::translate("Where", "%1 %2 (%3)")
                                .arg(kind)
                                .arg(i + 1)
                                .arg(server->fqdn)
                          : QCoreApplication::translate("Where", "%1 %2", "kind and number")
                                .arg(kind)
                                .arg(i + 1));
        } else if (key == QLatin1String("sipDomains")) {
            const QString *domain = at(plan.sipDomains, i);
            parts << named(QCoreApplication::translate("Where", "SIP domain"), i,
                           domain ? *domain : QString());
        } else {
            // A list of names (backup pools, GeoDNS pools, moved domains, Meet URLs): entry n and
            // the value when the plan holds it.
            const QStringList *values = nullptr;
            if (key == QLatin1String("backupPools"))
                values = &plan.signIn.backupPools;
            else if (key == QLatin1String("pools") && plan.geoDns)
                values = &plan.geoDns->pools;
            else if (key == QLatin1String("domains") && plan.migration)
                values = &plan.migration->domains;
            else if (key == QLatin1String("meet"))
                values = site && site->simpleUrls ? &site->simpleUrls->meet : &plan.simpleUrls.meet;
            const QString *value = values ? at(*values, i) : nullptr;
            //: One entry of a list in the plan; %1 is the list ("backup pools"), %2 its number.
            QString entry =
                QCoreApplication::translate("Where", "%1, entry %2").arg(fieldLabel(key, parent)).arg(i + 1);
            if (value && !value->isEmpty())
                entry += QStringLiteral(" (%1)").arg(*value);
            parts << entry;
        }
        parent = key;
    }
    return parts.join(QStringLiteral(", "));
}

QString dnsPlaceInWords(Location location, const QString &zone, bool pinPoint)
{
    const QString dns = location == Location::Internal ? QCoreApplication::translate("Where", "internal DNS")
                                                       : QCoreApplication::translate("Where", "external DNS");
    if (zone.isEmpty())
        return dns;
    //: %1 is "internal DNS" or "external DNS", %2 a zone name.
    return (pinPoint ? QCoreApplication::translate("Where", "%1, pin-point zone %2")
                     : QCoreApplication::translate("Where", "%1, zone %2"))
        .arg(dns, zone);
}

} // namespace lyncdns
