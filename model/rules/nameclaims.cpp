#include "model/rules/nameclaims.h"

#include "model/dns/hostnames.h"

#include <QHash>

#include <algorithm>

namespace lyncdns {

QString indexedPath(const QString &path, qsizetype i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

namespace {

class Claims
{
public:
    void add(const QString &rawName, Role role, const QString &path, const QString &owner, bool cname = false)
    {
        const QString name = normalizedName(rawName);
        if (!name.isEmpty())
            m_claims << NameClaim{name, role, path, owner, cname};
    }

    // A pool, its servers and its internal web FQDN. One server named after the pool is the pool
    // (Standard Edition, a one-server Director); a web FQDN equal to the pool FQDN is the pool's
    // (R-LB2 reports it where DNS load balancing forbids it).
    void addPool(const QString &fqdn, const QList<Server> &servers, const QString &path, Role poolRole,
                 Role serverRole)
    {
        add(fqdn, poolRole, path + QStringLiteral(".fqdn"), path);
        for (qsizetype i = 0; i < servers.size(); ++i) {
            const bool isThePool =
                servers.size() == 1 && normalizedName(servers.at(i).fqdn) == normalizedName(fqdn);
            const QString serverPath =
                indexedPath(path + QStringLiteral(".servers"), i) + QStringLiteral(".fqdn");
            add(servers.at(i).fqdn, serverRole, serverPath, isThePool ? path : serverPath);
        }
    }

    void addWebPool(const Pool &pool, const QString &path, Role poolRole, Role serverRole, Role internalWeb,
                    Role externalWeb)
    {
        addPool(pool.fqdn, pool.servers, path, poolRole, serverRole);
        // Left empty, the internal web FQDN is the pool FQDN: that is the field it comes from.
        add(internalWebFqdn(pool), internalWeb,
            path + (pool.webServices.internalFqdn.isEmpty() ? QStringLiteral(".fqdn")
                                                            : QStringLiteral(".webServices.internalFqdn")),
            path);
        const QString extPath = path + QStringLiteral(".webServices.externalFqdn");
        add(pool.webServices.externalFqdn, externalWeb, extPath, extPath);
    }

    QList<NameClaim> take() { return std::move(m_claims); }

private:
    QList<NameClaim> m_claims;
};

void addGenerated(const Plan &plan, Claims &c)
{
    const QString access = QStringLiteral("edge.accessFqdn");
    const Pool &signIn = plan.signInPool();
    const QString signInFqdn = normalizedName(signIn.fqdn);
    QSet<QString> seen;
    for (qsizetype i = 0; i < plan.sipDomains.size(); ++i) {
        const QString d = normalizedName(plan.sipDomains.at(i));
        if (d.isEmpty() || seen.contains(d))
            continue; // a SIP domain listed twice is P-SIPDOMAIN-DUP, not a second set of names
        seen.insert(d);
        const QString path = indexedPath(QStringLiteral("sipDomains"), i);
        if (plan.legacyDiscovery.hostRecords) {
            c.add(QStringLiteral("sip.") + d, Role::SipInternalHost, path, path);
            c.add(QStringLiteral("sipinternal.") + d, Role::SipInternal, path, path);
        }
        if (plan.autodiscover.enabled)
            // plan-format.md rule 8: without split-brain it is an A record in a pin-point zone.
            c.add(QStringLiteral("lyncdiscoverinternal.") + d, Role::LyncDiscoverInternal, path, path,
                  plan.autodiscover.recordType == AutodiscoverType::Cname && plan.dns.splitBrain);
        if ((plan.legacyDiscovery.srv || plan.legacyDiscovery.tcp) && !signInFqdn.isEmpty() &&
            !isUnderDomain(signInFqdn, d))
            c.add(firstLabel(signInFqdn) + QLatin1Char('.') + d, Role::SrvTarget, path, path);
        if (plan.devices.deviceUpdates)
            c.add(QStringLiteral("ucupdates-r2.") + d, Role::DeviceUpdates, path, path);
        // sip.<d> and sipexternal.<d> outside are the Access Edge under the domain's name.
        if (plan.edge) {
            c.add(QStringLiteral("sip.") + d, Role::SipAccessName, path, access);
            if (plan.legacyDiscovery.hostRecords)
                c.add(QStringLiteral("sipexternal.") + d, Role::SipExternal, path, access);
        }
        if (plan.autodiscover.enabled && plan.reverseProxy)
            c.add(QStringLiteral("lyncdiscover.") + d, Role::LyncDiscover, path, path,
                  plan.autodiscover.recordType == AutodiscoverType::Cname &&
                      !signIn.webServices.externalFqdn.isEmpty());
    }
}

} // namespace

QList<NameClaim> nameClaims(const Plan &plan)
{
    Claims c;
    addGenerated(plan, c);
    const Pool &fe = plan.frontEnd;
    c.addWebPool(fe, QStringLiteral("frontEnd"),
                 fe.edition == Edition::Standard ? Role::StandardEditionServer : Role::FrontEndPool,
                 Role::FrontEndServer, Role::FrontEndInternalWeb, Role::FrontEndExternalWeb);
    if (plan.director)
        c.addWebPool(*plan.director, QStringLiteral("director"), Role::DirectorPool, Role::DirectorServer,
                     Role::DirectorInternalWeb, Role::DirectorExternalWeb);
    if (plan.edge) {
        const Edge &e = *plan.edge;
        c.add(e.internalFqdn, Role::EdgeInternal, QStringLiteral("edge.internalFqdn"),
              QStringLiteral("edge"));
        c.add(effectiveAccessFqdn(plan), Role::AccessEdge, QStringLiteral("edge.accessFqdn"),
              QStringLiteral("edge.accessFqdn"));
        c.add(effectiveWebConferencingFqdn(plan), Role::WebConferencingEdge,
              QStringLiteral("edge.webConferencingFqdn"), QStringLiteral("edge.webConferencingFqdn"));
        c.add(effectiveAvFqdn(plan), Role::AvEdge, QStringLiteral("edge.avFqdn"),
              QStringLiteral("edge.avFqdn"));
        // A single Edge whose internal FQDN is its server's FQDN is one machine, one role.
        for (qsizetype i = 0; i < e.servers.size(); ++i) {
            const QString p = indexedPath(QStringLiteral("edge.servers"), i) + QStringLiteral(".fqdn");
            const bool isThePool = e.servers.size() == 1 &&
                                   normalizedName(e.servers.at(i).fqdn) == normalizedName(e.internalFqdn);
            c.add(e.servers.at(i).fqdn, Role::EdgeServer, p, isThePool ? QStringLiteral("edge") : p);
        }
    }
    // One host for several simple URLs (Microsoft's options 2 and 3) is one role.
    const QString urls = QStringLiteral("simpleUrls");
    const QStringList meet = effectiveMeetUrls(plan);
    for (qsizetype i = 0; i < meet.size(); ++i)
        c.add(simpleUrlHost(meet.at(i)), Role::MeetUrl,
              plan.simpleUrls.meet.isEmpty() ? QStringLiteral("simpleUrls.meet")
                                             : indexedPath(QStringLiteral("simpleUrls.meet"), i),
              urls);
    c.add(simpleUrlHost(effectiveDialinUrl(plan)), Role::DialinUrl, QStringLiteral("simpleUrls.dialin"),
          urls);
    c.add(simpleUrlHost(plan.simpleUrls.admin), Role::AdminUrl, QStringLiteral("simpleUrls.admin"), urls);
    // One XMPP host serves every SIP domain (plan-format.md rule 4): one claim.
    if (plan.xmppFqdn)
        c.add(*plan.xmppFqdn, Role::XmppHost, QStringLiteral("xmpp.fqdn"), QStringLiteral("xmpp.fqdn"));
    if (plan.persistentChat)
        c.addPool(plan.persistentChat->fqdn, plan.persistentChat->servers, QStringLiteral("persistentChat"),
                  Role::PersistentChatPool, Role::PersistentChatServer);
    if (plan.officeWebApps) {
        // The same FQDN inside and outside is Microsoft's documented layout: one owner.
        const QString owas = QStringLiteral("officeWebApps");
        c.add(plan.officeWebApps->internalFqdn, Role::OfficeWebAppsInternal,
              QStringLiteral("officeWebApps.internalFqdn"), owas);
        c.add(plan.officeWebApps->externalFqdn, Role::OfficeWebAppsExternal,
              QStringLiteral("officeWebApps.externalFqdn"), owas);
    }
    return c.take();
}

bool claimsCollide(const NameClaim &a, const NameClaim &b)
{
    if (a.name != b.name || a.owner == b.owner)
        return false;
    const bool inside = hasInternalRecords(a.role) && hasInternalRecords(b.role);
    const bool outside = isPublished(a.role) && isPublished(b.role);
    const bool leak = (roleExposure(a.role) == Exposure::InternalOnly && isPublished(b.role)) ||
                      (roleExposure(b.role) == Exposure::InternalOnly && isPublished(a.role));
    return inside || outside || leak;
}

QList<GuardedName> mustNotResolveExternally(const Plan &plan)
{
    const QList<NameClaim> claims = nameClaims(plan);
    QSet<QString> publishedByOwner; // owner|name
    for (const NameClaim &c : claims)
        if (isPublished(c.role))
            publishedByOwner.insert(c.owner + QLatin1Char('|') + c.name);
    QHash<QString, QString> ruleOf;
    for (const NameClaim &c : claims) {
        if (roleExposure(c.role) != Exposure::InternalOnly ||
            publishedByOwner.contains(c.owner + QLatin1Char('|') + c.name))
            continue;
        // The more specific rule wins over R-EXP6 (a pool whose web FQDN is its own: R-EXP3).
        const QString rule = leakRule(c.role);
        const auto it = ruleOf.constFind(c.name);
        if (it == ruleOf.constEnd() || it.value() == QLatin1String("R-EXP6"))
            ruleOf.insert(c.name, rule);
    }
    QList<GuardedName> out;
    for (auto it = ruleOf.cbegin(); it != ruleOf.cend(); ++it)
        out << GuardedName{it.key(), it.value()};
    std::sort(out.begin(), out.end(),
              [](const GuardedName &a, const GuardedName &b) { return a.name < b.name; });
    return out;
}

QSet<QString> internalOnlyNames(const Plan &plan)
{
    QSet<QString> names;
    for (const GuardedName &g : mustNotResolveExternally(plan))
        names.insert(g.name);
    return names;
}

} // namespace lyncdns
