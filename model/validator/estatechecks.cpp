#include "model/validator/checks.h"

#include "model/dns/hostnames.h"
#include "model/plan/estate.h"
#include "model/plan/planpaths.h"
#include "model/rules/nameclaims.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace lyncdns {

namespace {

// Site, branch site and reverse proxy names: references name them, so each names one object.
// Case-insensitively, as Topology Builder compares site names.
class UniqueNames
{
public:
    UniqueNames(FindingSink &out, const QString &missing)
        : m_out(out)
        , m_missing(missing)
    {
    }

    void add(const QString &name, const QString &path)
    {
        if (name.trimmed().isEmpty()) {
            m_out.error("P-MISSING", path, m_missing);
            return;
        }
        const QString key = name.toCaseFolded();
        if (const auto it = m_seen.constFind(key); it != m_seen.cend())
            m_out.error("P-DUP-NAME", path,
                        QCoreApplication::translate(
                            "Validator", "the name %1 is already used at %2: references to it would be "
                                         "ambiguous")
                            .arg(name, it.value()));
        else
            m_seen.insert(key, path);
    }

private:
    FindingSink &m_out;
    QString m_missing;
    QHash<QString, QString> m_seen; // case-folded name -> path of its first use
};

void checkSites(const Plan &plan, FindingSink &out)
{
    if (plan.sites.isEmpty())
        out.error("P-MISSING", QStringLiteral("sites"),
                  QCoreApplication::translate("Validator", "at least one central site is needed"));
    // Central and branch sites are all sites of one topology (site:<name>): one list of names.
    UniqueNames sites(out, QCoreApplication::translate("Validator", "every site needs a name"));
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        sites.add(plan.sites.at(s).name, sitePath(s) + QStringLiteral(".name"));
    for (qsizetype b = 0; b < plan.branchSites.size(); ++b)
        sites.add(plan.branchSites.at(b).name, branchSitePath(b) + QStringLiteral(".name"));
    UniqueNames proxies(out, QCoreApplication::translate(
                                 "Validator", "every reverse proxy needs a name: pools name the proxy "
                                              "that publishes them"));
    for (const ProxyRef &ref : allReverseProxies(plan))
        proxies.add(ref.proxy->name, ref.path() + QStringLiteral(".name"));
    if (!plan.sites.isEmpty() && frontEndPools(plan).isEmpty())
        out.error("P-TOPOLOGY", sitePath(0) + QStringLiteral(".frontEndPools"),
                  QCoreApplication::translate(
                      "Validator", "the estate needs at least one Front End pool (or Standard Edition "
                                   "server): it homes the users"));
}

void unresolved(FindingSink &out, const QString &path, const QString &message)
{
    out.error("P-REF", path, message);
}

// A reference to a Director or Front End pool by its FQDN.
void poolReference(const Plan &plan, const QString &fqdn, const QString &path, FindingSink &out)
{
    if (!fqdn.isEmpty() && !findPool(plan, fqdn))
        unresolved(out, path,
                   QCoreApplication::translate(
                       "Validator", "%1 is not the FQDN of a Director or Front End pool of the plan")
                       .arg(fqdn));
}

void checkReferences(const Plan &plan, FindingSink &out)
{
    poolReference(plan, plan.signIn.pool, QStringLiteral("signIn.pool"), out);
    for (qsizetype i = 0; i < plan.signIn.backupPools.size(); ++i)
        poolReference(plan, plan.signIn.backupPools.at(i),
                      indexedPath(QStringLiteral("signIn.backupPools"), i), out);
    poolReference(plan, plan.signIn.webPool, QStringLiteral("signIn.webPool"), out);

    for (const PoolRef &ref : allPools(plan)) {
        const Pool &pool = *ref.pool;
        if (!pool.reverseProxy.isEmpty() && !findReverseProxy(plan, pool.reverseProxy))
            unresolved(out, ref.path() + QStringLiteral(".reverseProxy"),
                       QCoreApplication::translate("Validator", "no reverse proxy of the plan is named %1")
                           .arg(pool.reverseProxy));
        if (ref.kind != PoolKind::FrontEnd)
            continue;
        if (!pool.edgePool.isEmpty() && !findEdgePool(plan, pool.edgePool))
            unresolved(out, ref.path() + QStringLiteral(".edgePool"),
                       QCoreApplication::translate("Validator",
                                                   "%1 is not the internal FQDN of an Edge pool of the plan")
                           .arg(pool.edgePool));
        if (pool.pairedWith.isEmpty())
            continue;
        const QString pairedPath = ref.path() + QStringLiteral(".pairedWith");
        const PoolRef backup = findPool(plan, pool.pairedWith);
        if (!backup)
            unresolved(
                out, pairedPath,
                QCoreApplication::translate("Validator", "%1 is not the FQDN of a Front End pool of the plan")
                    .arg(pool.pairedWith));
        else if (backup.kind != PoolKind::FrontEnd)
            unresolved(out, pairedPath,
                       QCoreApplication::translate(
                           "Validator", "%1 is a Director pool: a Front End pool is paired with another "
                                        "Front End pool")
                           .arg(pool.pairedWith));
        else if (backup.pool == ref.pool)
            unresolved(out, pairedPath,
                       QCoreApplication::translate("Validator", "a pool cannot be its own backup pool"));
    }

    for (qsizetype b = 0; b < plan.branchSites.size(); ++b) {
        const QString path = branchSitePath(b) + QStringLiteral(".centralSite");
        const QString &central = plan.branchSites.at(b).centralSite;
        if (central.isEmpty())
            out.error(
                "P-MISSING", path,
                QCoreApplication::translate("Validator", "a branch site belongs to a central site: name it"));
        else if (findSite(plan, central) < 0)
            unresolved(out, path,
                       QCoreApplication::translate("Validator", "no central site of the plan is named %1")
                           .arg(central));
    }

    if (plan.migration) {
        QSet<QString> domains;
        for (const QString &d : plan.sipDomains)
            domains.insert(normalizedName(d));
        for (qsizetype i = 0; i < plan.migration->domains.size(); ++i) {
            const QString &d = plan.migration->domains.at(i);
            if (!domains.contains(normalizedName(d)))
                unresolved(
                    out, indexedPath(QStringLiteral("migration.domains"), i),
                    QCoreApplication::translate("Validator", "%1 is not a SIP domain of the plan").arg(d));
        }
    }
}

// A pool's external web FQDN is published by a reverse proxy: its own by name, else its site's.
// A pool at a site without one needs the name of another site's proxy (plan-format.md v2).
void checkPublishing(const Plan &plan, FindingSink &out)
{
    if (!hasReverseProxy(plan))
        return;
    for (const PoolRef &ref : allPools(plan)) {
        const Pool &pool = *ref.pool;
        const QString path = ref.path();
        if (pool.webServices.externalFqdn.isEmpty()) {
            out.error("P-MISSING", path + QStringLiteral(".webServices.externalFqdn"),
                      ref.kind == PoolKind::FrontEnd
                          ? QCoreApplication::translate(
                                "Validator", "the reverse proxy publishes the Front End external web "
                                             "services: name them")
                          : QCoreApplication::translate("Validator",
                                                        "publish the Director's external web services too "
                                                        "(authentication goes there first)"));
            continue;
        }
        if (pool.reverseProxy.isEmpty() && !siteReverseProxy(plan, ref.site))
            out.error("P-MISSING", path + QStringLiteral(".reverseProxy"),
                      QCoreApplication::translate(
                          "Validator", "site %1 has no reverse proxy: name the reverse proxy of another "
                                       "site that publishes %2")
                          .arg(plan.sites.at(ref.site).name, pool.webServices.externalFqdn));
    }
}

// Several Edge pools marked as federation routes: one SRV each, but federation does not fail over
// by SRV priority, and Topology Builder warns that every partner must then run Lync or SfB.
void checkFederationRoutes(const Plan &plan, FindingSink &out)
{
    QStringList names;
    QString secondPath;
    for (const EdgeRef &ref : allEdgePools(plan)) {
        if (!ref.edge->federation)
            continue;
        names << ref.edge->internalFqdn;
        if (names.size() == 2)
            secondPath = ref.path() + QStringLiteral(".federation");
    }
    if (names.size() > 1)
        out.warning("P-EDGE-FEDERATION", secondPath,
                    QCoreApplication::translate(
                        "Validator", "%1 Edge pools are federation routes (%2): federation does not fail "
                                     "over by SRV priority, and several active federation Edge pools work "
                                     "only when every federated partner runs Lync Server or Skype for "
                                     "Business Server; mark one pool")
                        .arg(QString::number(names.size()), names.join(QStringLiteral(", "))));
}

// R-SRV5: SRV records of one name with one priority (and weight 0) leave the choice to the order of
// the answer. One _sip._tls per Edge pool by remoteAccessPriority, one _xmpp-server per XMPP pool.
void checkSrvPriorities(const Plan &plan, FindingSink &out)
{
    QHash<int, QString> remoteAccess; // priority -> internal FQDN of the first pool with it
    QHash<int, QString> xmpp;
    for (const EdgeRef &ref : allEdgePools(plan)) {
        const Edge &e = *ref.edge;
        if (const auto it = remoteAccess.constFind(e.remoteAccessPriority); it != remoteAccess.cend())
            out.warning("R-SRV5", ref.path() + QStringLiteral(".remoteAccessPriority"),
                        QCoreApplication::translate(
                            "Validator", "%1 has the remote access priority %2 of %3: clients would pick "
                                         "either Edge pool by the order of the DNS answer; give each Edge "
                                         "pool its own priority")
                            .arg(e.internalFqdn, QString::number(e.remoteAccessPriority), it.value()));
        else
            remoteAccess.insert(e.remoteAccessPriority, e.internalFqdn);
        if (!e.xmpp || !plan.xmppFqdn)
            continue;
        if (const auto it = xmpp.constFind(e.xmppPriority); it != xmpp.cend())
            out.warning("R-SRV5", ref.path() + QStringLiteral(".xmppPriority"),
                        QCoreApplication::translate(
                            "Validator", "%1 has the XMPP priority %2 of %3: give each XMPP Edge pool its "
                                         "own priority")
                            .arg(e.internalFqdn, QString::number(e.xmppPriority), it.value()));
        else
            xmpp.insert(e.xmppPriority, e.internalFqdn);
    }
}

// GeoDNS (plan-format.md v2 rule 6): members are the pools' internal and external web FQDNs, and
// the user-facing names become CNAMEs, which a pin-point zone's apex cannot hold.
void checkGeoDns(const Plan &plan, FindingSink &out)
{
    if (!plan.geoDns)
        return;
    const GeoDns &geo = *plan.geoDns;
    out.host(QStringLiteral("geoDns.zone"), geo.zone);
    if (geo.pools.isEmpty())
        out.error("P-MISSING", QStringLiteral("geoDns.pools"),
                  QCoreApplication::translate("Validator", "GeoDNS needs the paired pools it answers with"));
    else if (geo.pools.size() == 1)
        out.warning("P-GEODNS", QStringLiteral("geoDns.pools"),
                    QCoreApplication::translate(
                        "Validator", "GeoDNS with the one pool %1 has no pool to fail over to: list the "
                                     "pool it is paired with too")
                        .arg(geo.pools.constFirst()));
    for (qsizetype i = 0; i < geo.pools.size(); ++i) {
        const QString path = indexedPath(QStringLiteral("geoDns.pools"), i);
        const PoolRef ref = findPool(plan, geo.pools.at(i));
        if (!ref) {
            poolReference(plan, geo.pools.at(i), path, out);
            continue;
        }
        if (internalWebFqdn(*ref.pool).isEmpty())
            out.error("P-GEODNS", ref.path() + QStringLiteral(".webServices.internalFqdn"),
                      QCoreApplication::translate(
                          "Validator", "%1 (%2) has no internal web services FQDN: the internal GeoDNS "
                                       "names answer with it")
                          .arg(geo.pools.at(i), path));
        if (ref.pool->webServices.externalFqdn.isEmpty())
            out.error("P-GEODNS", ref.path() + QStringLiteral(".webServices.externalFqdn"),
                      QCoreApplication::translate(
                          "Validator", "%1 (%2) has no external web services FQDN: the external GeoDNS "
                                       "names answer with it")
                          .arg(geo.pools.at(i), path));
    }
    for (const qsizetype i : onPremisesDomains(plan)) {
        const QString &d = plan.sipDomains.at(i);
        if (!plan.splitBrainFor(d))
            out.error("R-CN1", indexedPath(QStringLiteral("sipDomains"), i),
                      QCoreApplication::translate(
                          "Validator", "%1 has no split-brain DNS, so its internal names live in pin-point "
                                       "zones; with GeoDNS they would be CNAMEs at those zones' apex, where "
                                       "a CNAME cannot sit: use split-brain DNS for %1, or no GeoDNS")
                          .arg(d));
    }
}

// Site-scoped simple URLs and a backup pool in another site: after a failover the users cannot join
// the meetings scheduled with their site's Meet URL (Microsoft's planning page for simple URLs).
void checkSiteScopeFailover(const Plan &plan, FindingSink &out)
{
    QSet<QString> reported; // "path\npath" of each pair, once for A with B and B with A
    for (const PoolRef &ref : frontEndPools(plan)) {
        const PoolRef backup = findPool(plan, ref.pool->pairedWith);
        if (!backup || backup.kind != PoolKind::FrontEnd || backup.site == ref.site)
            continue;
        const Site &site = plan.sites.at(ref.site);
        const Site &other = plan.sites.at(backup.site);
        if (!site.simpleUrls && !other.simpleUrls)
            continue;
        const QString a = ref.path();
        const QString b = backup.path();
        const QString pair = a < b ? a + QLatin1Char('\n') + b : b + QLatin1Char('\n') + a;
        if (reported.contains(pair))
            continue;
        reported.insert(pair);
        out.warning("R-URL4", ref.path() + QStringLiteral(".pairedWith"),
                    QCoreApplication::translate(
                        "Validator", "%1 (site %2) is paired with %3 (site %4), and site %5 has site-scoped "
                                     "simple URLs: after a failover to the other site users cannot join "
                                     "meetings scheduled with their site's Meet URL; use global simple "
                                     "URLs, or pair pools of one site")
                        .arg(ref.pool->fqdn, site.name, backup.pool->fqdn, other.name,
                             site.simpleUrls ? site.name : other.name));
    }
}

} // namespace

void checkEstate(const Plan &plan, FindingSink &out)
{
    checkSites(plan, out);
    checkReferences(plan, out);
    checkPublishing(plan, out);
    checkFederationRoutes(plan, out);
    checkSrvPriorities(plan, out);
    checkGeoDns(plan, out);
    checkSiteScopeFailover(plan, out);
}

} // namespace lyncdns
