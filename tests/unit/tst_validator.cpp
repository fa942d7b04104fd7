// The validator against the catalogue's rules (lync-dns-catalogue.md §3) and the plan's own
// consistency checks: for every rule id a plan that breaks it (finding, severity, JSON path) and a
// close plan that must not trigger it.

#include "model/dns/hostnames.h"
#include "model/plan/planpaths.h"
#include "model/plan/planwriter.h"
#include "model/planner/planner.h"
#include "model/validator/validator.h"
#include "tests/support/testsupport.h"

#include <algorithm>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <initializer_list>
#include <optional>

using namespace lyncdns;

namespace {

// A valid plan with no findings at all: one site with an HLB Enterprise pool, a single Edge behind
// NAT and a reverse proxy.
const QByteArray basePlan = R"({
  "format": "lyncdns-plan",
  "version": 2,
  "title": "Validator base",
  "product": "lync2013",
  "sipDomains": ["contoso.com"],
  "sites": [
    {
      "name": "Redmond",
      "frontEndPools": [
        {
          "edition": "enterprise",
          "fqdn": "pool01.contoso.net",
          "loadBalancing": "hardware",
          "vip": "10.10.10.5",
          "servers": [
            { "fqdn": "fe01.contoso.net", "ipv4": "10.10.10.1" },
            { "fqdn": "fe02.contoso.net", "ipv4": "10.10.10.2" }
          ],
          "webServices": { "externalFqdn": "webext.contoso.com" }
        }
      ],
      "edgePools": [
        {
          "layout": "single",
          "nat": true,
          "internalFqdn": "lsedge.contoso.net",
          "servers": [
            { "fqdn": "lsedge.contoso.net", "internalIpv4": "172.25.33.10",
              "accessIpv4": "131.107.155.10", "webConferencingIpv4": "131.107.155.20",
              "avIpv4": "131.107.155.30", "privateAccessIpv4": "10.45.16.10",
              "privateWebConferencingIpv4": "10.45.16.20", "privateAvIpv4": "10.45.16.30" }
          ]
        }
      ],
      "reverseProxies": [ { "name": "rp-redmond", "publicIpv4": "131.107.155.40" } ]
    }
  ],
  "simpleUrls": { "admin": "admin.contoso.com" },
  "federation": { "enabled": true, "discoverable": true }
})";

// The same topology as a version 1 file: it is read as one site, and its findings carry version 2
// paths (the command line maps them back).
const QByteArray v1Plan = R"({
  "format": "lyncdns-plan",
  "version": 1,
  "sipDomains": ["contoso.com"],
  "frontEnd": {
    "edition": "enterprise", "fqdn": "pool01.contoso.net", "loadBalancing": "hardware", "vip": "10.10.10.5",
    "servers": [ { "fqdn": "fe01.contoso.net", "ipv4": "10.10.10.1" },
                 { "fqdn": "fe02.contoso.net", "ipv4": "10.10.10" } ],
    "webServices": { "externalFqdn": "webext.contoso.com" }
  },
  "reverseProxy": { "publicIpv4": "131.107.155.40" }
})";

// Fragments the tables reuse.
const char *const dnsLbFrontEnd = R"({
  "edition": "enterprise", "fqdn": "pool01.contoso.net", "loadBalancing": "dns",
  "servers": [ { "fqdn": "fe01.contoso.net", "ipv4": "10.10.10.1" },
               { "fqdn": "fe02.contoso.net", "ipv4": "10.10.10.2" } ],
  "webServices": { "internalFqdn": "lsweb.contoso.net", "internalVip": "10.10.10.5",
                   "externalFqdn": "webext.contoso.com" } })";
const char *const director = R"({
  "fqdn": "dir01.contoso.net", "loadBalancing": "none",
  "servers": [ { "fqdn": "dir01.contoso.net", "ipv4": "10.10.20.1" } ],
  "webServices": { "externalFqdn": "webdirext.contoso.com" } })";
const char *const twoEdgeServers = R"([
  { "fqdn": "edge01.contoso.net", "internalIpv4": "172.25.33.11", "accessIpv4": "131.107.155.11",
    "webConferencingIpv4": "131.107.155.21", "avIpv4": "131.107.155.31" },
  { "fqdn": "edge02.contoso.net", "internalIpv4": "172.25.33.12", "accessIpv4": "131.107.155.12",
    "webConferencingIpv4": "131.107.155.22", "avIpv4": "131.107.155.32" } ])";
const char *const edgeVips = R"({ "internal": "172.25.33.5", "access": "131.107.155.5",
                                  "webConferencing": "131.107.155.6", "av": "131.107.155.7" })";
const char *const persistentChat = R"({ "fqdn": "pchatpool.contoso.net",
                                        "servers": [ { "fqdn": "pchat01.contoso.net", "ipv4": "10.10.30.1" } ] })";

// A second central site with its own Front End pool and reverse proxy, and an Edge pool for it
// (its own names, remote access priority 10 behind Redmond's 0).
const char *const dublinSite = R"({
  "name": "Dublin",
  "frontEndPools": [ { "edition": "enterprise", "fqdn": "pool02.contoso.net", "loadBalancing": "hardware",
                       "vip": "10.20.10.5",
                       "servers": [ { "fqdn": "fe11.contoso.net", "ipv4": "10.20.10.1" },
                                    { "fqdn": "fe12.contoso.net", "ipv4": "10.20.10.2" } ],
                       "webServices": { "externalFqdn": "webext2.contoso.com" } } ],
  "reverseProxies": [ { "name": "rp-dublin", "publicIpv4": "131.107.156.40" } ] })";
const char *const dublinEdge = R"({
  "layout": "single", "internalFqdn": "dubedge.contoso.net", "accessFqdn": "sip-eu.contoso.com",
  "webConferencingFqdn": "webcon-eu.contoso.com", "avFqdn": "av-eu.contoso.com", "remoteAccessPriority": 10,
  "servers": [ { "fqdn": "dubedge.contoso.net", "internalIpv4": "172.26.33.10", "accessIpv4": "131.107.156.10",
                 "webConferencingIpv4": "131.107.156.20", "avIpv4": "131.107.156.30" } ] })";
const char *const bellevueBranches = R"([ { "name": "Bellevue", "centralSite": "Redmond",
  "survivableBranches": [ { "fqdn": "sba01.contoso.net", "ipv4": "10.30.0.5" } ] } ])";
const char *const geoDnsBothPools = R"({ "zone": "geolb.contoso.com",
  "pools": ["pool01.contoso.net", "pool02.contoso.net"], "mode": "round-robin" })";
const char *const dublinSimpleUrls = R"({ "meet": ["meet-eu.contoso.com"],
                                          "dialin": "dialin-eu.contoso.com" })";

QByteArray sipDomainsJson(const QByteArray &domain)
{
    return "[\"" + domain + "\"]";
}

QByteArray plan(std::initializer_list<test::Edit> edits = {})
{
    return test::withEdits(basePlan, edits);
}

// The base plan with Dublin as a second site, then the edits.
QByteArray twoSites(std::initializer_list<test::Edit> edits = {})
{
    return test::withEdits(plan({{"sites[1]", dublinSite}}), edits);
}

// Two sites, each with its Edge pool, the pools paired across them and backing each other up for
// sign-in, GeoDNS over both, a branch site: every version 2 feature used validly.
QByteArray estatePlan(std::initializer_list<test::Edit> edits = {})
{
    return test::withEdits(twoSites({{"sites[1].edgePools[0]", dublinEdge},
                                     {"sites[0].frontEndPools[0].pairedWith", R"("pool02.contoso.net")"},
                                     {"sites[1].frontEndPools[0].pairedWith", R"("pool01.contoso.net")"},
                                     {"sites[0].edgePools[0].federation", "true"},
                                     {"signIn", R"({"pool": "pool01.contoso.net",
                                                    "backupPools": ["pool02.contoso.net"]})"},
                                     {"geoDns", geoDnsBothPools},
                                     {"branchSites", bellevueBranches}}),
                           edits);
}

Plan planOf(const QByteArray &json)
{
    return test::planFromJson(json);
}

// The base plan with a Standard Edition server, named after its one server, for the Front End.
QByteArray standardEditionPlan()
{
    return plan(
        {{"sites[0].frontEndPools[0].edition", R"("standard")"},
         {"sites[0].frontEndPools[0].fqdn", R"("se01.contoso.net")"},
         {"sites[0].frontEndPools[0].loadBalancing", R"("none")"},
         {"sites[0].frontEndPools[0].vip", nullptr},
         {"sites[0].frontEndPools[0].servers", R"([{"fqdn": "se01.contoso.net", "ipv4": "10.10.10.1"}])"}});
}

QString describe(const Findings &findings)
{
    if (findings.isEmpty())
        return QStringLiteral("\n  (no findings)");
    QString out;
    for (const Finding &f : findings)
        out += QStringLiteral("\n  %1 %2 [%3] %4").arg(f.rule, severityName(f.severity), f.path, f.message);
    return out;
}

// The findings without one rule's: the certificate names (R-CERT1) that most plans here have are
// asserted by certificateNames_* on their own.
Findings without(Findings findings, const char *rule)
{
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [rule](const Finding &f) { return f.rule == QLatin1String(rule); }),
                   findings.end());
    return findings;
}

} // namespace

Q_DECLARE_METATYPE(lyncdns::Plan)

class TestValidator : public QObject
{
    Q_OBJECT
private slots:
    void basePlan_hasNoFindings()
    {
        const Findings findings = without(validatePlan(test::planFromJson(plan())), "R-CERT1");
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    // Two sites, two Edge pools, cross-site pairing, backup sign-in, GeoDNS, a branch: all valid.
    void estatePlan_hasNoFindings()
    {
        const Findings findings = without(validatePlan(planOf(estatePlan())), "R-CERT1");
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    // Issue 14: a plan choice that makes clients reach a name the certificate wizard does not add
    // (docs/reference/certificates.md) is reported where the choice is made. The base plan: pool
    // pool01.contoso.net for SIP domain contoso.com (R-SRV1 makes the _sipinternaltls target
    // pool01.contoso.com), the host-record fallbacks on by default, one Edge pool.
    void certificateNames_pointAtThePlanChoice()
    {
        const Findings findings = validatePlan(test::planFromJson(plan()));
        QStringList rows;
        for (const Finding &f : findings)
            if (f.rule == QLatin1String("R-CERT1"))
                rows << severityName(f.severity) + QLatin1Char(' ') + f.path + QLatin1Char(' ') +
                            f.message.section(QLatin1String(" needs "), 1)
                                .section(QLatin1String(" added"), 0, 0);
        QCOMPARE(rows, (QStringList{
                           QStringLiteral("warning sites[0].frontEndPools[0].fqdn pool01.contoso.com"),
                           QStringLiteral("info legacyDiscovery.hostRecords sipinternal.contoso.com"),
                           QStringLiteral("info legacyDiscovery.hostRecords sipexternal.contoso.com"),
                       }));
        for (const Finding &f : findings)
            if (f.rule == QLatin1String("R-CERT1") && f.path.endsWith(QLatin1String(".fqdn")))
                QVERIFY2(f.message.startsWith(
                             QLatin1String("the Front End, Default certificate of pool01.contoso.net needs")),
                         qPrintable(f.message));

        // The names the wizard adds: the SRV target sip.<d>, no host-record fallbacks.
        const Findings none = validatePlan(test::planFromJson(
            plan({{"signIn", R"({"srvTarget": "sip"})"}, {"legacyDiscovery", R"({"hostRecords": false})"}})));
        QVERIFY2(without(none, "R-CERT1").size() == none.size(), qPrintable(describe(none)));

        // A second Edge pool (access FQDN sip-eu.contoso.com): its name under a further SIP domain,
        // sip-eu.fabrikam.com, is not on the wizard's list.
        const Findings twoEdges = validatePlan(
            planOf(test::withEdits(estatePlan(), {{"sipDomains", R"(["contoso.com", "fabrikam.com"])"}})));
        bool secondEdge = false;
        for (const Finding &f : twoEdges)
            secondEdge =
                secondEdge || (f.rule == QLatin1String("R-CERT1") && f.severity == Severity::Warning &&
                               f.path == QLatin1String("sites[1].edgePools[0].accessFqdn") &&
                               f.message.contains(QLatin1String(" needs sip-eu.fabrikam.com added")));
        QVERIFY2(secondEdge, qPrintable(describe(twoEdges)));
    }

    // A version 1 file is one site: its findings carry version 2 paths, which the command line maps
    // back to the file's own (plan-format.md: v1 = one site).
    void v1File_findingsCarryVersion2Paths()
    {
        const Plan p = planOf(v1Plan);
        const Findings findings = validatePlan(p);
        const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                     [](const Finding &f) { return f.rule == QLatin1String("P-ADDRESS"); });
        QVERIFY2(it != findings.cend(), qPrintable(describe(findings)));
        QCOMPARE(it->path, QStringLiteral("sites[0].frontEndPools[0].servers[1].ipv4"));
        QCOMPARE(pathInFile(it->path, p.fileVersion), QStringLiteral("frontEnd.servers[1].ipv4"));
    }

    // The estate's rules (plan-format.md version 2), on plans built from JSON and, where a reader
    // would refuse the file, changed in memory: the wizard edits plans the reader never sees.
    void estateRuleBroken_reportsFinding_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("mentions"); // texts the message names

        const auto row = [](const char *name, const Plan &p, const char *rule, const char *severity,
                            const char *path, const QStringList &mentions = {}) {
            QTest::newRow(name) << p << QString::fromLatin1(rule) << QString::fromLatin1(severity)
                                << QString::fromLatin1(path) << mentions;
        };

        // P-MISSING (E): at least one site; names; the proxy of a pool whose site has none.
        {
            Plan p = planOf(plan());
            p.sites.clear();
            row("P-MISSING no site", p, "P-MISSING", "error", "sites");
        }
        {
            Plan p = planOf(twoSites());
            p.sites[1].name.clear();
            row("P-MISSING site name", p, "P-MISSING", "error", "sites[1].name");
        }
        {
            Plan p = planOf(plan());
            p.sites[0].reverseProxies[0].name.clear();
            row("P-MISSING reverse proxy name", p, "P-MISSING", "error", "sites[0].reverseProxies[0].name");
        }
        row("P-MISSING reverse proxy of a pool at a site without one",
            planOf(twoSites({{"sites[1].reverseProxies[0]", nullptr}})), "P-MISSING", "error",
            "sites[1].frontEndPools[0].reverseProxy",
            {QStringLiteral("Dublin"), QStringLiteral("webext2.contoso.com")});
        row("P-MISSING external web FQDN of a pool at another site",
            planOf(twoSites({{"sites[1].frontEndPools[0].webServices", nullptr}})), "P-MISSING", "error",
            "sites[1].frontEndPools[0].webServices.externalFqdn");
        {
            Plan p = planOf(estatePlan());
            p.branchSites[0].centralSite.clear();
            row("P-MISSING branch site's central site", p, "P-MISSING", "error",
                "branchSites[0].centralSite");
        }
        row("P-MISSING GeoDNS zone", planOf(estatePlan({{"geoDns.zone", R"("")"}})), "P-MISSING", "error",
            "geoDns.zone");

        // P-TOPOLOGY (E): at least one Front End pool in the estate; SRV priorities in range.
        {
            Plan p = planOf(plan({{"sites[0].directorPools[0]", director}}));
            p.sites[0].frontEndPools.clear();
            row("P-TOPOLOGY no Front End pool in the estate", p, "P-TOPOLOGY", "error",
                "sites[0].frontEndPools");
        }
        {
            Plan p = planOf(plan());
            p.sites[0].edgePools[0].remoteAccessPriority = 65536;
            row("P-TOPOLOGY remote access priority over 65535", p, "P-TOPOLOGY", "error",
                "sites[0].edgePools[0].remoteAccessPriority");
        }
        {
            Plan p = planOf(plan());
            p.sites[0].mediationPools << ServerPool{QStringLiteral("med01.contoso.net"), {}};
            row("P-TOPOLOGY Mediation pool without servers", p, "P-TOPOLOGY", "error",
                "sites[0].mediationPools[0].servers");
        }

        // P-DUP-NAME (E): site, branch site and reverse proxy names are unique.
        {
            Plan p = planOf(twoSites());
            p.sites[1].name = QStringLiteral("REDMOND");
            row("P-DUP-NAME two central sites", p, "P-DUP-NAME", "error", "sites[1].name",
                {QStringLiteral("sites[0].name")});
        }
        {
            Plan p = planOf(estatePlan());
            p.branchSites[0].name = QStringLiteral("Dublin");
            row("P-DUP-NAME branch site named like a central site", p, "P-DUP-NAME", "error",
                "branchSites[0].name", {QStringLiteral("sites[1].name")});
        }
        {
            Plan p = planOf(estatePlan());
            p.branchSites << p.branchSites.first();
            row("P-DUP-NAME two branch sites", p, "P-DUP-NAME", "error", "branchSites[1].name",
                {QStringLiteral("branchSites[0].name")});
        }
        {
            Plan p = planOf(twoSites());
            p.sites[1].reverseProxies[0].name = QStringLiteral("rp-redmond");
            row("P-DUP-NAME two reverse proxies", p, "P-DUP-NAME", "error", "sites[1].reverseProxies[0].name",
                {QStringLiteral("sites[0].reverseProxies[0].name")});
        }

        // P-REF (E): every reference resolves; the message names what is missing.
        row("P-REF sign-in pool", planOf(estatePlan({{"signIn.pool", R"("pool09.contoso.net")"}})), "P-REF",
            "error", "signIn.pool", {QStringLiteral("pool09.contoso.net")});
        row("P-REF backup sign-in pool",
            planOf(estatePlan({{"signIn.backupPools[1]", R"("pool09.contoso.net")"}})), "P-REF", "error",
            "signIn.backupPools[1]", {QStringLiteral("pool09.contoso.net")});
        row("P-REF web pool", planOf(estatePlan({{"signIn.webPool", R"("lsedge.contoso.net")"}})), "P-REF",
            "error", "signIn.webPool", {QStringLiteral("lsedge.contoso.net")});
        row("P-REF Front End pool's reverse proxy",
            planOf(twoSites({{"sites[1].frontEndPools[0].reverseProxy", R"("rp-paris")"}})), "P-REF", "error",
            "sites[1].frontEndPools[0].reverseProxy", {QStringLiteral("rp-paris")});
        row("P-REF Director pool's reverse proxy",
            planOf(plan({{"sites[0].directorPools[0]", director},
                         {"sites[0].directorPools[0].reverseProxy", R"("rp-paris")"}})),
            "P-REF", "error", "sites[0].directorPools[0].reverseProxy", {QStringLiteral("rp-paris")});
        row("P-REF Edge pool of a Front End pool",
            planOf(estatePlan({{"sites[1].frontEndPools[0].edgePool", R"("edge09.contoso.net")"}})), "P-REF",
            "error", "sites[1].frontEndPools[0].edgePool", {QStringLiteral("edge09.contoso.net")});
        row("P-REF Edge pool named by its access FQDN",
            planOf(estatePlan({{"sites[1].frontEndPools[0].edgePool", R"("sip-eu.contoso.com")"}})), "P-REF",
            "error", "sites[1].frontEndPools[0].edgePool", {QStringLiteral("sip-eu.contoso.com")});
        row("P-REF backup pool unknown",
            planOf(estatePlan({{"sites[1].frontEndPools[0].pairedWith", R"("pool09.contoso.net")"}})),
            "P-REF", "error", "sites[1].frontEndPools[0].pairedWith", {QStringLiteral("pool09.contoso.net")});
        row("P-REF backup pool is a Director",
            planOf(plan({{"sites[0].directorPools[0]", director},
                         {"sites[0].frontEndPools[0].pairedWith", R"("dir01.contoso.net")"}})),
            "P-REF", "error", "sites[0].frontEndPools[0].pairedWith", {QStringLiteral("dir01.contoso.net")});
        row("P-REF pool paired with itself",
            planOf(plan({{"sites[0].frontEndPools[0].pairedWith", R"("pool01.contoso.net")"}})), "P-REF",
            "error", "sites[0].frontEndPools[0].pairedWith");
        row("P-REF branch site's central site",
            planOf(estatePlan({{"branchSites[0].centralSite", R"("Seattle")"}})), "P-REF", "error",
            "branchSites[0].centralSite", {QStringLiteral("Seattle")});
        row("P-REF GeoDNS pool", planOf(estatePlan({{"geoDns.pools[1]", R"("pool09.contoso.net")"}})),
            "P-REF", "error", "geoDns.pools[1]", {QStringLiteral("pool09.contoso.net")});
        row("P-REF migration domain",
            planOf(plan({{"migration", R"({"phase": "teams-only", "domains": ["fabrikam.com"]})"}})), "P-REF",
            "error", "migration.domains[0]", {QStringLiteral("fabrikam.com")});

        // P-EDGE-FEDERATION (W): several federation routes.
        row("P-EDGE-FEDERATION two federation Edge pools",
            planOf(estatePlan({{"sites[1].edgePools[0].federation", "true"}})), "P-EDGE-FEDERATION",
            "warning", "sites[1].edgePools[0].federation",
            {QStringLiteral("lsedge.contoso.net"), QStringLiteral("dubedge.contoso.net")});

        // R-SRV5 (W): one _sip._tls (and _xmpp-server) per Edge pool, each with its own priority.
        row("R-SRV5 two Edge pools with remote access priority 0",
            planOf(estatePlan({{"sites[1].edgePools[0].remoteAccessPriority", "0"}})), "R-SRV5", "warning",
            "sites[1].edgePools[0].remoteAccessPriority", {QStringLiteral("lsedge.contoso.net")});
        row("R-SRV5 two XMPP Edge pools with one priority",
            planOf(estatePlan({{"xmpp", R"({"fqdn": "xmpp.contoso.com"})"},
                               {"sites[0].edgePools[0].xmpp", "true"},
                               {"sites[1].edgePools[0].xmpp", "true"}})),
            "R-SRV5", "warning", "sites[1].edgePools[0].xmppPriority",
            {QStringLiteral("lsedge.contoso.net")});

        // P-GEODNS (E/W): GeoDNS pools have both web FQDNs; one pool has nothing to fail over to.
        row("P-GEODNS pool without external web FQDN",
            planOf(estatePlan({{"sites[1].frontEndPools[0].webServices", nullptr}})), "P-GEODNS", "error",
            "sites[1].frontEndPools[0].webServices.externalFqdn",
            {QStringLiteral("pool02.contoso.net"), QStringLiteral("geoDns.pools[1]")});
        row("P-GEODNS one pool", planOf(estatePlan({{"geoDns.pools", R"(["pool01.contoso.net"])"}})),
            "P-GEODNS", "warning", "geoDns.pools", {QStringLiteral("pool01.contoso.net")});

        // R-NAME1 (E): the GeoDNS zone is a host name.
        row("R-NAME1 GeoDNS zone", planOf(estatePlan({{"geoDns.zone", R"("geo_lb.contoso.com")"}})),
            "R-NAME1", "error", "geoDns.zone");

        // R-CN1 (E): GeoDNS CNAMEs cannot sit at a pin-point zone's apex (no split-brain DNS).
        row("R-CN1 GeoDNS without split-brain", planOf(estatePlan({{"dns", R"({"splitBrain": false})"}})),
            "R-CN1", "error", "sipDomains[0]", {QStringLiteral("contoso.com")});
        row("R-CN1 GeoDNS with one SIP domain without split-brain",
            planOf(estatePlan(
                {{"sipDomains", R"(["contoso.com", {"name": "fabrikam.com", "splitBrain": false}])"}})),
            "R-CN1", "error", "sipDomains[1]", {QStringLiteral("fabrikam.com")});

        // R-LB3 (E): web FQDNs unique across all pools of all sites; the finding names both.
        row("R-LB3 one external web FQDN in two sites",
            planOf(twoSites(
                {{"sites[1].frontEndPools[0].webServices.externalFqdn", R"("webext.contoso.com")"}})),
            "R-LB3", "error", "sites[1].frontEndPools[0].webServices.externalFqdn",
            {QStringLiteral("webext.contoso.com"),
             QStringLiteral("sites[0].frontEndPools[0].webServices.externalFqdn")});

        // R-URL4 (E/W): a site-scoped collection is complete; site scope and cross-site pairing.
        row("R-URL4 site-scoped simple URLs without Dial-in",
            planOf(estatePlan({{"sites[1].simpleUrls", R"({"meet": ["meet-eu.contoso.com"]})"}})), "R-URL4",
            "error", "sites[1].simpleUrls.dialin", {QStringLiteral("Dublin")});
        row("R-URL4 site-scoped simple URLs and cross-site pairing",
            planOf(estatePlan({{"sites[1].simpleUrls", dublinSimpleUrls}})), "R-URL4", "warning",
            "sites[0].frontEndPools[0].pairedWith",
            {QStringLiteral("pool01.contoso.net"), QStringLiteral("pool02.contoso.net"),
             QStringLiteral("Dublin")});

        // R-URL1 and R-URL3 (E) in a site-scoped collection.
        row("R-URL1 site collection short of a Meet URL",
            planOf(estatePlan({{"sipDomains", R"(["contoso.com", "fabrikam.com"])"},
                               {"sites[1].simpleUrls", dublinSimpleUrls}})),
            "R-URL1", "error", "sites[1].simpleUrls.meet");
        row("R-URL1 hybrid keeps every SIP domain's Meet URL",
            planOf(plan({{"sipDomains", R"(["contoso.com", "fabrikam.com"])"},
                         {"simpleUrls.meet", R"(["meet.contoso.com"])"},
                         {"migration", R"({"phase": "hybrid"})"}})),
            "R-URL1", "error", "simpleUrls.meet");
        row("R-URL3 site Meet URL equal to the global one",
            planOf(estatePlan({{"sites[1].simpleUrls", dublinSimpleUrls},
                               {"sites[1].simpleUrls.meet", R"(["meet.contoso.com"])"}})),
            "R-URL3", "error", "sites[1].simpleUrls.meet[0]");

        // P-SFB2019-ROLES (E): Subscription Edition has the roles of 2019; an Edge pool with XMPP.
        row("P-SFB2019-ROLES SE with XMPP",
            planOf(plan({{"product", R"("sfbse")"}, {"xmpp", R"({"fqdn": "xmpp.contoso.com"})"}})),
            "P-SFB2019-ROLES", "error", "xmpp");
        row("P-SFB2019-ROLES Edge pool with XMPP in SfB 2019",
            planOf(plan({{"product", R"("sfb2019")"}, {"sites[0].edgePools[0].xmpp", "true"}})),
            "P-SFB2019-ROLES", "error", "sites[0].edgePools[0].xmpp");
        row("P-SFB2019-ROLES SE with a Persistent Chat pool in the second site",
            planOf(
                twoSites({{"product", R"("sfbse")"}, {"sites[1].persistentChatPools[0]", persistentChat}})),
            "P-SFB2019-ROLES", "error", "sites[1].persistentChatPools[0]");

        // R-MOB4 (W): push with Subscription Edition, as with 2019.
        row("R-MOB4 push in SE",
            planOf(plan({{"product", R"("sfbse")"}, {"mobility", R"({"pushNotifications": true})"}})),
            "R-MOB4", "warning", "mobility.pushNotifications");

        // R-SPLIT2 (I): a SIP domain without split-brain while the default has it.
        row("R-SPLIT2 one SIP domain without split-brain",
            planOf(
                plan({{"sipDomains", R"(["contoso.com", {"name": "fabrikam.com", "splitBrain": false}])"}})),
            "R-SPLIT2", "info", "sipDomains[1]");

        // Every pool of every site is checked, with its own path.
        row("R-LB1 DNS-LB pool in the second site",
            planOf(
                twoSites({{"sites[1].frontEndPools[0].loadBalancing", R"("dns")"},
                          {"sites[1].frontEndPools[0].servers[1]", nullptr},
                          {"sites[1].frontEndPools[0].webServices.internalFqdn", R"("lsweb2.contoso.net")"},
                          {"sites[1].frontEndPools[0].webServices.internalVip", R"("10.20.10.6")"}})),
            "R-LB1", "error", "sites[1].frontEndPools[0].servers");
        row("R-EXP7 private address on the second site's Edge",
            planOf(estatePlan({{"sites[1].edgePools[0].servers[0].avIpv4", R"("10.0.0.30")"}})), "R-EXP7",
            "error", "sites[1].edgePools[0].servers[0].avIpv4");
        row("P-ADDRESS second site's reverse proxy",
            planOf(twoSites({{"sites[1].reverseProxies[0].publicIpv4", R"("131.107.156")"}})), "P-ADDRESS",
            "error", "sites[1].reverseProxies[0].publicIpv4");
        row("R-IP1 Survivable Branch Appliance without IPv6",
            planOf(estatePlan({{"dns", R"({"ipv6": true})"}})), "R-IP1", "warning",
            "branchSites[0].survivableBranches[0].ipv6");
        row("P-DUP-ADDRESS Mediation pool",
            planOf(plan({{"sites[0].mediationPools[0]",
                          R"({"fqdn": "med01.contoso.net",
                              "servers": [ { "fqdn": "med1.contoso.net", "ipv4": "10.10.40.1" },
                                           { "fqdn": "med2.contoso.net", "ipv4": "10.10.40.1" } ]})"}})),
            "P-DUP-ADDRESS", "error", "sites[0].mediationPools[0].servers[1].ipv4");
    }

    void estateRuleBroken_reportsFinding()
    {
        QFETCH(Plan, plan);
        QFETCH(QString, rule);
        QFETCH(QString, severity);
        QFETCH(QString, path);
        QFETCH(QStringList, mentions);
        const Findings findings = validatePlan(plan);
        const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                     [&](const Finding &f) { return f.rule == rule && f.path == path; });
        QVERIFY2(it != findings.cend(),
                 qPrintable(QStringLiteral("expected %1 at %2, got:").arg(rule, path) + describe(findings)));
        QVERIFY2(
            severityName(it->severity) == severity,
            qPrintable(QStringLiteral("expected %1 as %2, got:").arg(rule, severity) + describe(findings)));
        for (const QString &text : mentions)
            QVERIFY2(
                it->message.contains(text),
                qPrintable(QStringLiteral("the message does not name %1:").arg(text) + describe(findings)));
    }

    // Close plans that keep each estate rule: the rule must not be reported.
    void estateClosePlan_doesNotReportRule_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QString>("rule");
        const auto row = [](const char *name, const Plan &p, const char *rule) {
            QTest::newRow(name) << p << QString::fromLatin1(rule);
        };
        row("P-MISSING pool at a site without proxy names another site's",
            planOf(twoSites({{"sites[1].reverseProxies[0]", nullptr},
                             {"sites[1].frontEndPools[0].reverseProxy", R"("rp-redmond")"}})),
            "P-MISSING");
        row("P-TOPOLOGY second site without Front End pool",
            planOf(plan({{"sites[1]", R"({"name": "Dublin"})"}})), "P-TOPOLOGY");
        row("P-DUP-NAME distinct names", planOf(estatePlan()), "P-DUP-NAME");
        row("P-REF every reference resolves", planOf(estatePlan()), "P-REF");
        row("P-REF references in other case, with a trailing dot",
            planOf(estatePlan({{"signIn.pool", R"("POOL01.Contoso.net.")"},
                               {"sites[1].frontEndPools[0].edgePool", R"("DubEdge.contoso.net")"}})),
            "P-REF");
        row("P-REF migration of a listed SIP domain",
            planOf(plan({{"sipDomains", R"(["contoso.com", "fabrikam.com"])"},
                         {"migration", R"({"phase": "teams-only", "domains": ["Fabrikam.com"]})"}})),
            "P-REF");
        row("P-EDGE-FEDERATION one federation Edge pool", planOf(estatePlan()), "P-EDGE-FEDERATION");
        row("R-SRV5 distinct remote access priorities", planOf(estatePlan()), "R-SRV5");
        row("R-SRV5 one Edge pool", planOf(plan()), "R-SRV5");
        row("P-GEODNS two pools with both web FQDNs", planOf(estatePlan()), "P-GEODNS");
        row("R-NAME1 GeoDNS zone valid", planOf(estatePlan()), "R-NAME1");
        row("R-CN1 GeoDNS with split-brain", planOf(estatePlan()), "R-CN1");
        row("R-CN1 no split-brain without GeoDNS",
            planOf(estatePlan({{"dns", R"({"splitBrain": false})"}, {"geoDns", nullptr}})), "R-CN1");
        row("R-CN1 SIP domain without split-brain moved to Teams",
            planOf(estatePlan(
                {{"sipDomains", R"(["contoso.com", {"name": "fabrikam.com", "splitBrain": false}])"},
                 {"migration", R"({"phase": "teams-only", "domains": ["fabrikam.com"]})"}})),
            "R-CN1");
        row("R-LB3 distinct web FQDNs in two sites", planOf(twoSites()), "R-LB3");
        row("R-URL4 no site-scoped simple URLs", planOf(estatePlan()), "R-URL4");
        row("R-URL4 complete site collection, pools paired in one site",
            planOf(estatePlan({{"sites[1].simpleUrls", dublinSimpleUrls},
                               {"sites[0].frontEndPools[0].pairedWith", nullptr},
                               {"sites[1].frontEndPools[0].pairedWith", nullptr}})),
            "R-URL4");
        row("R-URL1 Meet URL of a SIP domain moved to Teams not needed",
            planOf(plan({{"sipDomains", R"(["contoso.com", "fabrikam.com"])"},
                         {"simpleUrls.meet", R"(["meet.contoso.com"])"},
                         {"migration", R"({"phase": "teams-only", "domains": ["fabrikam.com"]})"}})),
            "R-URL1");
        row("R-URL3 site URLs distinct from the global ones",
            planOf(estatePlan({{"sites[1].simpleUrls", dublinSimpleUrls}})), "R-URL3");
        row("P-SFB2019-ROLES SE without XMPP or Persistent Chat", planOf(plan({{"product", R"("sfbse")"}})),
            "P-SFB2019-ROLES");
        row("P-SFB2019-ROLES Lync 2013 Edge pool with XMPP",
            planOf(
                plan({{"xmpp", R"({"fqdn": "xmpp.contoso.com"})"}, {"sites[0].edgePools[0].xmpp", "true"}})),
            "P-SFB2019-ROLES");
        row("R-SPLIT2 every SIP domain with split-brain",
            planOf(
                plan({{"sipDomains", R"(["contoso.com", {"name": "fabrikam.com", "splitBrain": true}])"}})),
            "R-SPLIT2");
    }

    void estateClosePlan_doesNotReportRule()
    {
        QFETCH(Plan, plan);
        QFETCH(QString, rule);
        const Findings findings = validatePlan(plan);
        for (const Finding &f : findings)
            QVERIFY2(f.rule != rule,
                     qPrintable(QStringLiteral("unexpected %1:").arg(rule) + describe(findings)));
    }

    // The reader refuses a file without SIP domains, but the wizard's new plan has none yet: the
    // validator says so, so Next on the Product page stays disabled until one is typed.
    void noSipDomain_isMissing()
    {
        Plan p = test::planFromJson(plan());
        p.sipDomains.clear();
        const Findings findings = validatePlan(p);
        QVERIFY2(std::any_of(findings.cbegin(), findings.cend(),
                             [](const Finding &f) {
                                 return f.rule == QLatin1String("P-MISSING") &&
                                        f.severity == Severity::Error &&
                                        f.path == QLatin1String("sipDomains");
                             }),
                 qPrintable(describe(findings)));
    }

    void examples_haveNoErrors_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(test::exampleFile(QString()));
        const QStringList files = dir.entryList({QStringLiteral("*.lyncplan")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(dir.path()));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    // The overload that takes the planned records (PlanDocument's, the benchmark's) finds the same.
    void withPlannedRecords_findsTheSame()
    {
        const QList<QByteArray> plans = {
            plan(), plan({{"sites[0].frontEndPools[0].servers[1].ipv4", "\"10.10.10\""}}),
            plan({{"xmpp", "{\"fqdn\": \"lyncdiscover.contoso.com\"}"}})};
        for (const QByteArray &json : plans) {
            const Plan p = test::planFromJson(json);
            QCOMPARE(describe(validatePlan(p, planRecords(p))), describe(validatePlan(p)));
        }
    }

    void examples_haveNoErrors()
    {
        QFETCH(QString, file);
        const Findings findings = validatePlan(test::loadPlan(file));
        QVERIFY2(!hasErrors(findings), qPrintable(describe(findings)));
    }

    void ruleBroken_reportsFinding_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("severity"); // catalogue §3: E error, W warning, I info
        QTest::addColumn<QString>("path");

        const auto row = [](const char *name, const QByteArray &json, const char *rule, const char *severity,
                            const char *path) {
            QTest::newRow(name) << json << QString::fromLatin1(rule) << QString::fromLatin1(severity)
                                << QString::fromLatin1(path);
        };

        // URLs are ordinary string literals: moc reads "//" inside a raw string as a comment.

        // R-NAME1 (E): letters, digits and hyphens; no single-label names.
        row("R-NAME1 underscore",
            plan({{"sites[0].frontEndPools[0].servers[0].fqdn", R"("fe_01.contoso.net")"}}), "R-NAME1",
            "error", "sites[0].frontEndPools[0].servers[0].fqdn");
        row("R-NAME1 single label", plan({{"sites[0].frontEndPools[0].fqdn", R"("pool01")"}}), "R-NAME1",
            "error", "sites[0].frontEndPools[0].fqdn");
        row("R-NAME1 non-ASCII", plan({{"sites[0].edgePools[0].internalFqdn", R"("lsédge.contoso.net")"}}),
            "R-NAME1", "error", "sites[0].edgePools[0].internalFqdn");
        row("R-NAME1 SIP domain", plan({{"sipDomains", R"(["contoso"])"}}), "R-NAME1", "error",
            "sipDomains[0]");

        // P-ADDRESS (E): addresses in dotted-quad / IPv6 form.
        row("P-ADDRESS three octets", plan({{"sites[0].frontEndPools[0].servers[1].ipv4", R"("10.10.10")"}}),
            "P-ADDRESS", "error", "sites[0].frontEndPools[0].servers[1].ipv4");
        row("P-ADDRESS octet 256", plan({{"sites[0].reverseProxies[0].publicIpv4", R"("131.107.155.256")"}}),
            "P-ADDRESS", "error", "sites[0].reverseProxies[0].publicIpv4");
        row("P-ADDRESS bad IPv6", plan({{"sites[0].frontEndPools[0].servers[0].ipv6", R"("2001:db8::zz")"}}),
            "P-ADDRESS", "error", "sites[0].frontEndPools[0].servers[0].ipv6");

        // P-SIPDOMAIN-DUP (E): a SIP domain listed twice (names compare case-insensitively).
        row("P-SIPDOMAIN-DUP", plan({{"sipDomains", R"(["contoso.com", "CONTOSO.com"])"}}), "P-SIPDOMAIN-DUP",
            "error", "sipDomains[1]");

        // R-EXP7 (E): external records carry public addresses.
        row("R-EXP7 private access IP",
            plan({{"sites[0].edgePools[0].servers[0].accessIpv4", R"("10.45.16.10")"}}), "R-EXP7", "error",
            "sites[0].edgePools[0].servers[0].accessIpv4");
        row("R-EXP7 private A/V IP, no NAT",
            plan({{"sites[0].edgePools[0].nat", "false"},
                  {"sites[0].edgePools[0].servers[0].avIpv4", R"("192.168.1.30")"}}),
            "R-EXP7", "error", "sites[0].edgePools[0].servers[0].avIpv4");
        row("R-EXP7 private reverse proxy",
            plan({{"sites[0].reverseProxies[0].publicIpv4", R"("192.168.1.40")"}}), "R-EXP7", "error",
            "sites[0].reverseProxies[0].publicIpv4");
        row("R-EXP7 private HLB access VIP",
            plan({{"sites[0].edgePools[0].layout", R"("scaled-hardware")"},
                  {"sites[0].edgePools[0].nat", "false"},
                  {"sites[0].edgePools[0].servers", twoEdgeServers},
                  {"sites[0].edgePools[0].vips", edgeVips},
                  {"sites[0].edgePools[0].vips.access", R"("172.16.0.5")"}}),
            "R-EXP7", "error", "sites[0].edgePools[0].vips.access");
        // Not only RFC 1918: every range that cannot be reached from the internet (issue 17).
        for (const auto &[name, address] :
             {std::pair{"R-EXP7 IPv4-mapped private", "::ffff:10.0.0.1"},
              std::pair{"R-EXP7 multicast", "224.0.0.251"}, std::pair{"R-EXP7 broadcast", "255.255.255.255"},
              std::pair{"R-EXP7 this network 0/8", "0.1.2.3"},
              std::pair{"R-EXP7 reserved 240/4", "240.0.0.1"}, std::pair{"R-EXP7 IPv6 multicast", "ff02::1"},
              std::pair{"R-EXP7 IPv6 site-local", "fec0::1"},
              std::pair{"R-EXP7 IPv6 unique-local", "fd12:3456::1"},
              std::pair{"R-EXP7 CGNAT", "100.64.0.1"}}) {
            const bool v6 = QString::fromLatin1(address).contains(QLatin1Char(':'));
            const QByteArray json = '"' + QByteArray(address) + '"';
            row(name,
                plan({{v6 ? "sites[0].reverseProxies[0].publicIpv6" : "sites[0].reverseProxies[0].publicIpv4",
                       json.constData()}}),
                "R-EXP7", "error",
                v6 ? "sites[0].reverseProxies[0].publicIpv6" : "sites[0].reverseProxies[0].publicIpv4");
        }

        // R-SRV1 (E): _xmpp-server._tcp.<sipdomain> must target a host in that SIP domain.
        row("R-SRV1 XMPP outside the SIP domain", plan({{"xmpp", R"({"fqdn": "xmpp.contoso.net"})"}}),
            "R-SRV1", "error", "xmpp.fqdn");
        row("R-SRV1 XMPP outside every SIP domain",
            plan({{"sipDomains", R"(["contoso.com", "fabrikam.com"])"},
                  {"xmpp", R"({"fqdn": "xmpp.contoso.org"})"}}),
            "R-SRV1", "error", "xmpp.fqdn");

        // R-LB1 (E): a DNS-LB pool has at least two members.
        row("R-LB1 Front End",
            plan({{"sites[0].frontEndPools[0]", dnsLbFrontEnd},
                  {"sites[0].frontEndPools[0].servers[1]", nullptr}}),
            "R-LB1", "error", "sites[0].frontEndPools[0].servers");
        row("R-LB1 Director",
            plan({{"sites[0].directorPools[0]", director},
                  {"sites[0].directorPools[0].loadBalancing", R"("dns")"},
                  {"sites[0].directorPools[0].webServices.internalFqdn", R"("webdirint.contoso.net")"},
                  {"sites[0].directorPools[0].webServices.internalVip", R"("10.10.20.5")"}}),
            "R-LB1", "error", "sites[0].directorPools[0].servers");

        // R-LB2 (E): DNS-LB pool needs its own internal web FQDN on an HLB VIP.
        row("R-LB2 no web override",
            plan({{"sites[0].frontEndPools[0]", dnsLbFrontEnd},
                  {"sites[0].frontEndPools[0].webServices.internalFqdn", nullptr}}),
            "R-LB2", "error", "sites[0].frontEndPools[0].webServices.internalFqdn");
        row("R-LB2 web FQDN equals pool FQDN",
            plan({{"sites[0].frontEndPools[0]", dnsLbFrontEnd},
                  {"sites[0].frontEndPools[0].webServices.internalFqdn", R"("POOL01.contoso.net")"}}),
            "R-LB2", "error", "sites[0].frontEndPools[0].webServices.internalFqdn");
        row("R-LB2 no web VIP",
            plan({{"sites[0].frontEndPools[0]", dnsLbFrontEnd},
                  {"sites[0].frontEndPools[0].webServices.internalVip", nullptr}}),
            "R-LB2", "error", "sites[0].frontEndPools[0].webServices.internalVip");

        // R-LB3 (E): web service FQDNs unique across Front End pools and Directors.
        row("R-LB3 same external web FQDN",
            plan({{"sites[0].directorPools[0]", director},
                  {"sites[0].directorPools[0].webServices.externalFqdn", R"("webext.contoso.com")"}}),
            "R-LB3", "error", "sites[0].directorPools[0].webServices.externalFqdn");
        row("R-LB3 same internal web FQDN",
            plan({{"sites[0].directorPools[0]", director},
                  {"sites[0].directorPools[0].webServices.internalFqdn", R"("pool01.contoso.net")"}}),
            "R-LB3", "error", "sites[0].directorPools[0].webServices.internalFqdn");

        // R-LB4 (E): DNS-LB Edge has several servers; HLB Edge has no NAT.
        row("R-LB4 scaled-dns with one server", plan({{"sites[0].edgePools[0].layout", R"("scaled-dns")"}}),
            "R-LB4", "error", "sites[0].edgePools[0].servers");
        row("R-LB4 scaled-hardware behind NAT",
            plan({{"sites[0].edgePools[0].layout", R"("scaled-hardware")"},
                  {"sites[0].edgePools[0].servers", twoEdgeServers},
                  {"sites[0].edgePools[0].vips", edgeVips}}),
            "R-LB4", "error", "sites[0].edgePools[0].nat");

        // R-LB5 (W): DNS round robin must be enabled; the finding names the DNS-LB setting.
        row("R-LB5 DNS-LB Front End", plan({{"sites[0].frontEndPools[0]", dnsLbFrontEnd}}), "R-LB5",
            "warning", "sites[0].frontEndPools[0].loadBalancing");

        // R-MOB1: lyncdiscover needs the reverse proxy to be published externally. A warning, not the
        // catalogue's E: internal Autodiscover (lyncdiscoverinternal) still works without a reverse proxy.
        row("R-MOB1 autodiscover without reverse proxy", plan({{"sites[0].reverseProxies[0]", nullptr}}),
            "R-MOB1", "warning", "sites[0].reverseProxies[0]");

        // R-MOB3 (E): internal and external web FQDNs differ.
        row("R-MOB3 HLB pool FQDN as external web FQDN",
            plan({{"sites[0].frontEndPools[0].webServices.externalFqdn", R"("pool01.contoso.net")"},
                  {"sites[0].reverseProxies[0]", nullptr}}),
            "R-MOB3", "error", "sites[0].frontEndPools[0].webServices.externalFqdn");
        row("R-MOB3 overridden internal web FQDN reused",
            plan({{"sites[0].frontEndPools[0].webServices.internalFqdn", R"("web.contoso.com")"},
                  {"sites[0].frontEndPools[0].webServices.externalFqdn", R"("Web.Contoso.com")"}}),
            "R-MOB3", "error", "sites[0].frontEndPools[0].webServices.externalFqdn");

        // R-MOB4 (E; W in SfB 2019): push needs _sipfederationtls._tcp (an Edge) and mobility (the RP).
        row("R-MOB4 push without Edge",
            plan({{"mobility", R"({"pushNotifications": true})"},
                  {"sites[0].edgePools[0]", nullptr},
                  {"federation", nullptr}}),
            "R-MOB4", "error", "mobility.pushNotifications");
        row("R-MOB4 push without reverse proxy",
            plan({{"mobility", R"({"pushNotifications": true})"}, {"sites[0].reverseProxies[0]", nullptr}}),
            "R-MOB4", "error", "mobility.pushNotifications");
        row("R-MOB4 push in SfB 2019",
            plan({{"product", R"("sfb2019")"}, {"mobility", R"({"pushNotifications": true})"}}), "R-MOB4",
            "warning", "mobility.pushNotifications");

        // R-EXP3 (E): internal web services names never published externally.
        row("R-EXP3 pool FQDN published as external web",
            plan({{"sites[0].frontEndPools[0].webServices.internalFqdn", R"("webint.contoso.net")"},
                  {"sites[0].frontEndPools[0].webServices.externalFqdn", R"("pool01.contoso.net")"}}),
            "R-EXP3", "error", "sites[0].frontEndPools[0].webServices.externalFqdn");
        row("R-EXP3 Front End internal web FQDN published for the Director",
            plan({{"sites[0].frontEndPools[0]", dnsLbFrontEnd},
                  {"sites[0].directorPools[0]", director},
                  {"sites[0].directorPools[0].webServices.externalFqdn", R"("lsweb.contoso.net")"}}),
            "R-EXP3", "error", "sites[0].directorPools[0].webServices.externalFqdn");

        // R-EXP4 (E): the Admin URL is internal only.
        row("R-EXP4 admin equals external web FQDN", plan({{"simpleUrls.admin", R"("webext.contoso.com")"}}),
            "R-EXP4", "error", "simpleUrls.admin");
        row("R-EXP4 admin equals Edge access FQDN",
            plan({{"simpleUrls.admin", "\"https://sip.contoso.com\""}}), "R-EXP4", "error",
            "simpleUrls.admin");

        // P-NAME-ROLES (E): a name holds one role only (plan-format.md); an internal-only name that
        // the plan also publishes is one of these, reported where the second role names it.
        row("P-NAME-ROLES Edge internal FQDN as access FQDN",
            plan({{"sites[0].edgePools[0].accessFqdn", R"("lsedge.contoso.net")"}}), "P-NAME-ROLES", "error",
            "sites[0].edgePools[0].accessFqdn");
        row("P-NAME-ROLES Director pool named like the Front End pool",
            plan({{"sites[0].directorPools[0]", director},
                  {"sites[0].directorPools[0].fqdn", R"("pool01.contoso.net")"}}),
            "P-NAME-ROLES", "error", "sites[0].directorPools[0].fqdn");
        row("P-NAME-ROLES Edge internal FQDN equals the Front End pool",
            plan({{"sites[0].edgePools[0].internalFqdn", R"("pool01.contoso.net")"}}), "P-NAME-ROLES",
            "error", "sites[0].edgePools[0].internalFqdn");
        row("P-NAME-ROLES Persistent Chat pool equals the internal web FQDN",
            plan({{"sites[0].frontEndPools[0]", dnsLbFrontEnd},
                  {"sites[0].persistentChatPools[0]", persistentChat},
                  {"sites[0].persistentChatPools[0].fqdn", R"("lsweb.contoso.net")"}}),
            "P-NAME-ROLES", "error", "sites[0].persistentChatPools[0].fqdn");
        row("P-NAME-ROLES Persistent Chat pool named sip.<SIP domain>",
            plan({{"sites[0].persistentChatPools[0]", persistentChat},
                  {"sites[0].persistentChatPools[0].fqdn", R"("sip.contoso.com")"}}),
            "P-NAME-ROLES", "error", "sites[0].persistentChatPools[0].fqdn");
        row("P-NAME-ROLES Edge server named like the Web Conferencing FQDN",
            plan({{"sites[0].edgePools[0].servers[0].fqdn", R"("webcon.contoso.com")"}}), "P-NAME-ROLES",
            "error", "sites[0].edgePools[0].servers[0].fqdn");
        row("P-NAME-ROLES internal web FQDN equals an Edge service name",
            plan({{"sites[0].frontEndPools[0].webServices.internalFqdn", R"("av.contoso.com")"}}),
            "P-NAME-ROLES", "error", "sites[0].edgePools[0].avFqdn");
        row("P-NAME-ROLES Office Web Apps internal FQDN equals the Meet host",
            plan({{"sites[0].officeWebApps[0]",
                   R"({"internalFqdn": "meet.contoso.com", "internalIpv4": "10.10.10.20",
                                         "externalFqdn": "officewebapps01.contoso.com"})"}}),
            "P-NAME-ROLES", "error", "sites[0].officeWebApps[0].internalFqdn");

        // P-DUP-ADDRESS (E): the servers of a DNS load-balanced pool have one address each.
        row("P-DUP-ADDRESS DNS-LB Front Ends share an IPv4 address",
            plan({{"sites[0].frontEndPools[0]", dnsLbFrontEnd},
                  {"sites[0].frontEndPools[0].servers[1].ipv4", R"("10.10.10.1")"}}),
            "P-DUP-ADDRESS", "error", "sites[0].frontEndPools[0].servers[1].ipv4");
        row("P-DUP-ADDRESS scaled-dns Edge servers share the access address",
            plan({{"sites[0].edgePools[0].layout", R"("scaled-dns")"},
                  {"sites[0].edgePools[0].servers", twoEdgeServers},
                  {"sites[0].edgePools[0].servers[1].accessIpv4", R"("131.107.155.11")"}}),
            "P-DUP-ADDRESS", "error", "sites[0].edgePools[0].servers[1].accessIpv4");

        // P-EDGE-IPV6 (E): an Edge dual-stack inside is dual-stack outside too.
        row("P-EDGE-IPV6 internal IPv6, external IPv4 only",
            plan({{"sites[0].edgePools[0].servers[0].internalIpv6", R"("fd00::33:10")"}}), "P-EDGE-IPV6",
            "error", "sites[0].edgePools[0].servers[0].internalIpv6");
        row("P-EDGE-IPV6 hardware load-balanced Edge",
            plan({{"sites[0].edgePools[0].layout", R"("scaled-hardware")"},
                  {"sites[0].edgePools[0].nat", "false"},
                  {"sites[0].edgePools[0].servers", twoEdgeServers},
                  {"sites[0].edgePools[0].vips", edgeVips},
                  {"sites[0].edgePools[0].vips.internalIpv6", R"("fd00::33:5")"}}),
            "P-EDGE-IPV6", "error", "sites[0].edgePools[0].vips.internalIpv6");

        // P-EDGE-SHARED-IP (W): one public address for several Edge services needs distinct ports.
        row("P-EDGE-SHARED-IP Access and Web Conferencing",
            plan({{"sites[0].edgePools[0].servers[0].webConferencingIpv4", R"("131.107.155.10")"}}),
            "P-EDGE-SHARED-IP", "warning", "sites[0].edgePools[0].servers[0].webConferencingIpv4");
        row("P-EDGE-SHARED-IP all three services",
            plan({{"sites[0].edgePools[0].servers[0].webConferencingIpv4", R"("131.107.155.10")"},
                  {"sites[0].edgePools[0].servers[0].avIpv4", R"("131.107.155.10")"}}),
            "P-EDGE-SHARED-IP", "warning", "sites[0].edgePools[0].servers[0].avIpv4");

        // R-LB8 (W): the servers of a pool use IPv6 addresses of one scope.
        row("R-LB8 unique-local and global",
            plan({{"sites[0].frontEndPools[0].servers[0].ipv6", R"("fd00::1")"},
                  {"sites[0].frontEndPools[0].servers[1].ipv6", R"("2001:db8::2")"}}),
            "R-LB8", "warning", "sites[0].frontEndPools[0].servers[1].ipv6");
        row("R-LB8 link-local and site-local",
            plan({{"sites[0].frontEndPools[0].servers[0].ipv6", R"("fe80::1")"},
                  {"sites[0].frontEndPools[0].servers[1].ipv6", R"("fec0::2")"}}),
            "R-LB8", "warning", "sites[0].frontEndPools[0].servers[1].ipv6");

        // R-CN1 (E): the Autodiscover CNAME owner holds no other record.
        row("R-CN1 dialin named lyncdiscover", plan({{"simpleUrls.dialin", R"("lyncdiscover.contoso.com")"}}),
            "R-CN1", "error", "simpleUrls.dialin");
        row("R-CN1 meet named lyncdiscoverinternal",
            plan({{"simpleUrls.meet", "[\"https://lyncdiscoverinternal.contoso.com\"]"}}), "R-CN1", "error",
            "simpleUrls.meet[0]");

        // R-CN2 (W): lyncdiscover CNAME into another domain fails over HTTPS.
        row("R-CN2 CNAME target in another domain",
            plan({{"sites[0].frontEndPools[0].webServices.externalFqdn", R"("webext.contoso.net")"}}),
            "R-CN2", "warning", "autodiscover.recordType");
        row("R-CN2 second SIP domain", plan({{"sipDomains", R"(["contoso.com", "fabrikam.com"])"}}), "R-CN2",
            "warning", "autodiscover.recordType");

        // R-URL1 (E): one Meet URL per SIP domain.
        row("R-URL1 Meet URL missing for a SIP domain",
            plan({{"sipDomains", R"(["contoso.com", "fabrikam.com"])"},
                  {"simpleUrls.meet", R"(["meet.contoso.com"])"}}),
            "R-URL1", "error", "simpleUrls.meet");

        // R-URL3 (E): unique, no prefix of another, no pool FQDN, no port, https only, [a-zA-Z0-9.].
        row("R-URL3 http scheme", plan({{"simpleUrls.meet", "[\"http://meet.contoso.com\"]"}}), "R-URL3",
            "error", "simpleUrls.meet[0]");
        row("R-URL3 port in URL", plan({{"simpleUrls.dialin", "\"https://dialin.contoso.com:8443\""}}),
            "R-URL3", "error", "simpleUrls.dialin");
        row("R-URL3 port on bare host", plan({{"simpleUrls.dialin", R"("dialin.contoso.com:443")"}}),
            "R-URL3", "error", "simpleUrls.dialin");
        row("R-URL3 duplicate",
            plan({{"simpleUrls.meet", R"(["meet.contoso.com"])"},
                  {"simpleUrls.dialin", "\"https://meet.contoso.com\""}}),
            "R-URL3", "error", "simpleUrls.dialin");
        row("R-URL3 duplicate of the default Meet URL",
            plan({{"simpleUrls.dialin", R"("meet.contoso.com")"}}), "R-URL3", "error", "simpleUrls.dialin");
        row("R-URL3 prefix",
            plan({{"simpleUrls.meet", "[\"https://lync.contoso.com/meet\"]"},
                  {"simpleUrls.dialin", "\"https://lync.contoso.com/meet/dialin\""}}),
            "R-URL3", "error", "simpleUrls.dialin");
        row("R-URL3 pool FQDN", plan({{"simpleUrls.admin", R"("pool01.contoso.net")"}}), "R-URL3", "error",
            "simpleUrls.admin");
        row("R-URL3 underscore", plan({{"simpleUrls.dialin", R"("dial_in.contoso.com")"}}), "R-URL3", "error",
            "simpleUrls.dialin");

        // R-URL5 (W, SfB): the simple URL host is not a SIP domain.
        row("R-URL5 SfB 2015 meet on the SIP domain",
            plan({{"product", R"("sfb2015")"}, {"simpleUrls.meet", "[\"https://contoso.com/meet\"]"}}),
            "R-URL5", "warning", "simpleUrls.meet[0]");

        // R-IP1 (W): with IPv6, AAAA next to every A.
        row("R-IP1 server without IPv6",
            plan({{"dns", R"({"ipv6": true})"},
                  {"sites[0].frontEndPools[0].vipIpv6", R"("fd00::5")"},
                  {"sites[0].frontEndPools[0].servers[0].ipv6", R"("fd00::1")"},
                  {"sites[0].reverseProxies[0].publicIpv6", R"("2001:db8::40")"},
                  {"sites[0].edgePools[0].servers[0].accessIpv6", R"("2001:db8::10")"}}),
            "R-IP1", "warning", "sites[0].frontEndPools[0].servers[1].ipv6");
        row("R-IP1 reverse proxy without IPv6", plan({{"dns", R"({"ipv6": true})"}}), "R-IP1", "warning",
            "sites[0].reverseProxies[0].publicIpv6");
        row("R-IP1 Edge A/V without IPv6",
            plan({{"dns", R"({"ipv6": true})"},
                  {"sites[0].edgePools[0].servers[0].accessIpv6", R"("2001:db8::10")"},
                  {"sites[0].edgePools[0].servers[0].webConferencingIpv6", R"("2001:db8::20")"}}),
            "R-IP1", "warning", "sites[0].edgePools[0].servers[0].avIpv6");

        // P-SFB2019-ROLES (E): XMPP and Persistent Chat are gone in SfB 2019 (plan-format §6).
        row("P-SFB2019-ROLES XMPP",
            plan({{"product", R"("sfb2019")"}, {"xmpp", R"({"fqdn": "xmpp.contoso.com"})"}}),
            "P-SFB2019-ROLES", "error", "xmpp");
        row("P-SFB2019-ROLES Persistent Chat",
            plan({{"product", R"("sfb2019")"}, {"sites[0].persistentChatPools[0]", persistentChat}}),
            "P-SFB2019-ROLES", "error", "sites[0].persistentChatPools[0]");

        // P-TOPOLOGY (E): the roles do not fit together.
        row("P-TOPOLOGY Standard Edition load balanced",
            plan({{"sites[0].frontEndPools[0].edition", R"("standard")"},
                  {"sites[0].frontEndPools[0].servers[1]", nullptr}}),
            "P-TOPOLOGY", "error", "sites[0].frontEndPools[0].loadBalancing");
        row("P-TOPOLOGY pool without servers", plan({{"sites[0].frontEndPools[0].servers", "[]"}}),
            "P-TOPOLOGY", "error", "sites[0].frontEndPools[0].servers");
        row("P-TOPOLOGY single Edge with two servers",
            plan({{"sites[0].edgePools[0].servers", twoEdgeServers}}), "P-TOPOLOGY", "error",
            "sites[0].edgePools[0].layout");
        row("P-TOPOLOGY XMPP without Edge",
            plan({{"sites[0].edgePools[0]", nullptr},
                  {"federation", nullptr},
                  {"xmpp", R"({"fqdn": "xmpp.contoso.com"})"}}),
            "P-TOPOLOGY", "error", "xmpp");
        row("P-TOPOLOGY discoverable federation without Edge", plan({{"sites[0].edgePools[0]", nullptr}}),
            "P-TOPOLOGY", "error", "federation.discoverable");

        // P-MISSING (E): a value the plan needs is empty.
        row("P-MISSING HLB VIP", plan({{"sites[0].frontEndPools[0].vip", nullptr}}), "P-MISSING", "error",
            "sites[0].frontEndPools[0].vip");
        row("P-MISSING external web FQDN with reverse proxy",
            plan({{"sites[0].frontEndPools[0].webServices", nullptr}}), "P-MISSING", "error",
            "sites[0].frontEndPools[0].webServices.externalFqdn");
        row("P-MISSING server address", plan({{"sites[0].frontEndPools[0].servers[1].ipv4", nullptr}}),
            "P-MISSING", "error", "sites[0].frontEndPools[0].servers[1].ipv4");
        row("P-MISSING Edge HLB VIPs",
            plan({{"sites[0].edgePools[0].layout", R"("scaled-hardware")"},
                  {"sites[0].edgePools[0].nat", "false"},
                  {"sites[0].edgePools[0].servers", twoEdgeServers}}),
            "P-MISSING", "error", "sites[0].edgePools[0].vips");

        // P-DUP-FQDN (E): one FQDN, two machines.
        row("P-DUP-FQDN", plan({{"sites[0].frontEndPools[0].servers[1].fqdn", R"("FE01.contoso.net")"}}),
            "P-DUP-FQDN", "error", "sites[0].frontEndPools[0].servers[1].fqdn");
        row("P-DUP-FQDN across pools",
            plan({{"sites[0].persistentChatPools[0]", persistentChat},
                  {"sites[0].persistentChatPools[0].servers[0].fqdn", R"("fe02.contoso.net")"}}),
            "P-DUP-FQDN", "error", "sites[0].persistentChatPools[0].servers[0].fqdn");

        // R-SRV2 (E): an SRV record the planner writes never points at a name the plan makes a CNAME.
        row("R-SRV2 NTP server is the lyncdiscoverinternal CNAME",
            plan({{"devices", R"({"ntpServer": "lyncdiscoverinternal.contoso.com"})"}}), "R-SRV2", "error",
            "devices.ntpServer");
        row("R-SRV2 XMPP host is the lyncdiscover CNAME",
            plan({{"xmpp", R"({"fqdn": "lyncdiscover.contoso.com"})"}}), "R-SRV2", "error", "xmpp.fqdn");
        row("R-SRV2 sign-in pool's SRV target is the lyncdiscoverinternal CNAME",
            plan({{"sites[0].frontEndPools[0].fqdn", R"("lyncdiscoverinternal.contoso.net")"}}), "R-SRV2",
            "error", "sites[0].frontEndPools[0].fqdn");

        // R-CN1 (E) at a zone apex: a SIP domain named like a CNAME generated for another SIP domain.
        row("R-CN1 SIP domain lyncdiscover.<d> beside <d>",
            plan({{"sipDomains", R"(["contoso.com", "lyncdiscover.contoso.com"])"}}), "R-CN1", "error",
            "sipDomains[1]");
        row("R-CN1 SIP domain lyncdiscoverinternal.<d> beside <d>",
            plan({{"sipDomains", R"(["contoso.com", "lyncdiscoverinternal.contoso.com"])"}}), "R-CN1",
            "error", "sipDomains[1]");

        // P-NAME-LENGTH (E): a valid SIP domain too long for the names generated under it.
        row("P-NAME-LENGTH 245-character SIP domain",
            plan({{"sipDomains", sipDomainsJson(test::domainOfLength(245)).constData()}}), "P-NAME-LENGTH",
            "error", "sipDomains[0]");
        row("P-NAME-LENGTH second SIP domain of 240 characters",
            plan({{"sipDomains",
                   QByteArray("[\"contoso.com\", \"" + test::domainOfLength(240) + "\"]").constData()}}),
            "P-NAME-LENGTH", "error", "sipDomains[1]");

        // R-URL3 (E): one host written in Unicode and as xn-- is one host.
        row("R-URL3 same host in Unicode and ACE",
            plan({{"simpleUrls.meet", "[\"https://b\u00fccher.contoso.com/meet\"]"},
                  {"simpleUrls.dialin", "\"https://xn--bcher-kva.contoso.com/meet\""}}),
            "R-URL3", "error", "simpleUrls.dialin");

        // R-SPLIT2: without split-brain the planner satisfies the rule with pin-point zones
        // (plan-format §2, §8), so the finding is a note, not a violation.
        row("R-SPLIT2 no split-brain", plan({{"dns", R"({"splitBrain": false})"}}), "R-SPLIT2", "info",
            "dns.splitBrain");
    }

    // The one judge of "public" (plan-format rule 9) that R-EXP7 and the planner share.
    void isPublicAddress_judgesEveryRange_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("isPublic");
        const auto row = [](const char *address, bool isPublic) {
            QTest::newRow(address) << QString::fromLatin1(address) << isPublic;
        };
        for (const char *address :
             {"131.107.155.10", "8.8.8.8", "192.0.2.1", "198.51.100.1", "203.0.113.1", "2001:db8::1",
              "2001:4860::8888", "::ffff:131.107.155.10", "100.128.0.1", "172.32.0.1", "223.255.255.255"})
            row(address, true);
        for (const char *address : {"0.0.0.0",
                                    "0.1.2.3",
                                    "10.0.0.1",
                                    "100.64.0.1",
                                    "100.127.255.255",
                                    "127.0.0.1",
                                    "169.254.1.1",
                                    "172.16.0.1",
                                    "172.31.255.255",
                                    "192.168.1.1",
                                    "224.0.0.1",
                                    "239.255.255.250",
                                    "240.0.0.1",
                                    "255.255.255.255",
                                    "::",
                                    "::1",
                                    "fe80::1",
                                    "fec0::1",
                                    "fc00::1",
                                    "fd00::1",
                                    "ff02::1",
                                    "ff05::1:3",
                                    "::ffff:10.0.0.1",
                                    "::ffff:127.0.0.1",
                                    "::ffff:224.0.0.1",
                                    "not an address",
                                    "10.0.0",
                                    ""})
            row(address, false);
    }
    void isPublicAddress_judgesEveryRange()
    {
        QFETCH(QString, address);
        QFETCH(bool, isPublic);
        QCOMPARE(isPublicAddress(address), isPublic);
        // A valid address that is not public always says which range it is in.
        const bool valid = isValidIpv4(address) || isValidIpv6(address);
        QCOMPARE(nonPublicRange(address).isEmpty(), isPublic || !valid);
    }

    void ruleBroken_reportsFinding()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, rule);
        QFETCH(QString, severity);
        QFETCH(QString, path);
        const Findings findings = validatePlan(test::planFromJson(json));
        const Finding *match = nullptr;
        for (const Finding &f : findings)
            if (f.rule == rule && f.path == path) {
                match = &f;
                break;
            }
        QVERIFY2(match,
                 qPrintable(QStringLiteral("expected %1 at %2, got:").arg(rule, path) + describe(findings)));
        QVERIFY2(
            severityName(match->severity) == severity,
            qPrintable(QStringLiteral("expected %1 as %2, got:").arg(rule, severity) + describe(findings)));
        QVERIFY2(!match->message.isEmpty(), qPrintable(describe(findings)));
    }

    void closePlan_doesNotReportRule_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("rule");

        const auto row = [](const char *name, const QByteArray &json, const char *rule) {
            QTest::newRow(name) << json << QString::fromLatin1(rule);
        };

        row("R-NAME1 hyphens and digits",
            plan({{"sites[0].frontEndPools[0].servers[0].fqdn", R"("fe-01.contoso.net")"}}), "R-NAME1");
        row("R-NAME1 trailing dot", plan({{"sites[0].frontEndPools[0].fqdn", R"("pool01.contoso.net.")"}}),
            "R-NAME1");
        row("P-ADDRESS valid addresses",
            plan({{"sites[0].frontEndPools[0].servers[0].ipv6", R"("fd00:10::1")"},
                  {"sites[0].reverseProxies[0].publicIpv4", R"("131.107.155.41")"}}),
            "P-ADDRESS");
        row("P-SIPDOMAIN-DUP two domains", plan({{"sipDomains", R"(["contoso.com", "fabrikam.com"])"}}),
            "P-SIPDOMAIN-DUP");
        row("R-EXP7 NAT with public addresses, private NIC addresses documented", plan(), "R-EXP7");
        row("R-EXP7 HLB Edge with public VIPs",
            plan({{"sites[0].edgePools[0].layout", R"("scaled-hardware")"},
                  {"sites[0].edgePools[0].nat", "false"},
                  {"sites[0].edgePools[0].servers", twoEdgeServers},
                  {"sites[0].edgePools[0].vips", edgeVips}}),
            "R-EXP7");
        // plan-format rule 9: the documentation ranges count as public, so examples can use them.
        row("R-EXP7 documentation ranges",
            plan({{"sites[0].edgePools[0].servers[0].accessIpv4", R"("192.0.2.10")"},
                  {"sites[0].edgePools[0].servers[0].webConferencingIpv4", R"("198.51.100.20")"},
                  {"sites[0].edgePools[0].servers[0].avIpv4", R"("203.0.113.30")"},
                  {"sites[0].reverseProxies[0].publicIpv6", R"("2001:db8::40")"},
                  {"sites[0].edgePools[0].servers[0].accessIpv6", R"("::ffff:131.107.155.10")"}}),
            "R-EXP7");
        row("R-SRV1 XMPP inside the SIP domain", plan({{"xmpp", R"({"fqdn": "xmpp.contoso.com"})"}}),
            "R-SRV1");
        row("R-SRV1 pool outside the SIP domain (planner uses <label>.<sipdomain>)",
            plan({{"sipDomains", R"(["contoso.com", "fabrikam.com"])"}}), "R-SRV1");
        row("R-LB1 DNS-LB pool with two servers", plan({{"sites[0].frontEndPools[0]", dnsLbFrontEnd}}),
            "R-LB1");
        row("R-LB1 HLB pool with one server", plan({{"sites[0].frontEndPools[0].servers[1]", nullptr}}),
            "R-LB1");
        row("R-LB2 DNS-LB with web override and VIP", plan({{"sites[0].frontEndPools[0]", dnsLbFrontEnd}}),
            "R-LB2");
        row("R-LB2 HLB pool shares its FQDN with web services", plan(), "R-LB2");
        row("R-LB3 distinct web FQDNs", plan({{"sites[0].directorPools[0]", director}}), "R-LB3");
        row("R-LB4 scaled-dns with two servers",
            plan({{"sites[0].edgePools[0].layout", R"("scaled-dns")"},
                  {"sites[0].edgePools[0].servers", twoEdgeServers}}),
            "R-LB4");
        row("R-LB4 scaled-hardware without NAT",
            plan({{"sites[0].edgePools[0].layout", R"("scaled-hardware")"},
                  {"sites[0].edgePools[0].nat", "false"},
                  {"sites[0].edgePools[0].servers", twoEdgeServers},
                  {"sites[0].edgePools[0].vips", edgeVips}}),
            "R-LB4");
        row("R-LB5 hardware load balancing only", plan(), "R-LB5");
        row("R-MOB1 with reverse proxy", plan(), "R-MOB1");
        row("R-MOB1 autodiscover off, no reverse proxy",
            plan({{"sites[0].reverseProxies[0]", nullptr}, {"autodiscover", R"({"enabled": false})"}}),
            "R-MOB1");
        row("R-MOB3 distinct web FQDNs",
            plan({{"sites[0].frontEndPools[0].webServices.internalFqdn", R"("webint.contoso.net")"}}),
            "R-MOB3");
        row("R-MOB4 push with Edge and reverse proxy", plan({{"mobility", R"({"pushNotifications": true})"}}),
            "R-MOB4");
        row("R-MOB4 no push, no Edge", plan({{"sites[0].edgePools[0]", nullptr}, {"federation", nullptr}}),
            "R-MOB4");
        row("R-EXP3 external web FQDN is public", plan(), "R-EXP3");
        row("R-EXP3 internal web FQDN only internal",
            plan({{"sites[0].frontEndPools[0]", dnsLbFrontEnd}, {"sites[0].directorPools[0]", director}}),
            "R-EXP3");
        row("R-EXP4 admin URL of its own", plan(), "R-EXP4");
        row("R-EXP4 admin like Meet but without reverse proxy or Edge",
            plan({{"sites[0].reverseProxies[0]", nullptr},
                  {"sites[0].edgePools[0]", nullptr},
                  {"federation", nullptr},
                  {"sites[0].frontEndPools[0].webServices", nullptr},
                  {"simpleUrls.admin", R"("webext.contoso.com")"}}),
            "R-EXP4");
        row("P-NAME-ROLES base plan", plan(), "P-NAME-ROLES");
        row("P-NAME-ROLES Standard Edition named after its server", standardEditionPlan(), "P-NAME-ROLES");
        row("P-NAME-ROLES one-server Director named after its server",
            plan({{"sites[0].directorPools[0]", director}}), "P-NAME-ROLES");
        row("P-NAME-ROLES single Edge named after its server", plan(), "P-NAME-ROLES");
        row("R-SRV1 one XMPP host for two SIP domains",
            plan({{"sipDomains", R"(["contoso.com", "fabrikam.com"])"},
                  {"xmpp", R"({"fqdn": "xmpp.contoso.com"})"}}),
            "R-SRV1");
        row("P-DUP-ADDRESS DNS-LB pool, one address per server",
            plan({{"sites[0].frontEndPools[0]", dnsLbFrontEnd}}), "P-DUP-ADDRESS");
        row("P-DUP-ADDRESS HLB pool (the VIP is shared, not the servers)", plan(), "P-DUP-ADDRESS");
        row("P-EDGE-IPV6 dual-stack on both sides",
            plan({{"sites[0].edgePools[0].servers[0].internalIpv6", R"("fd00::33:10")"},
                  {"sites[0].edgePools[0].servers[0].accessIpv6", R"("2001:db8::10")"}}),
            "P-EDGE-IPV6");
        row("P-EDGE-IPV6 IPv4 only", plan(), "P-EDGE-IPV6");
        row("P-EDGE-SHARED-IP three addresses", plan(), "P-EDGE-SHARED-IP");
        row("R-LB8 one scope",
            plan({{"sites[0].frontEndPools[0].servers[0].ipv6", R"("fd00::1")"},
                  {"sites[0].frontEndPools[0].servers[1].ipv6", R"("fd00::2")"}}),
            "R-LB8");
        row("R-EXP6 Office Web Apps external name",
            plan({{"sites[0].officeWebApps[0]", R"({"internalFqdn": "owas.contoso.net",
            "internalIpv4": "10.10.10.20", "externalFqdn": "officewebapps01.contoso.com"})"}}),
            "R-EXP6");
        row("R-CN1 lyncdiscover as an A record",
            plan({{"simpleUrls.dialin", R"("lyncdiscover.contoso.com")"},
                  {"autodiscover", R"({"recordType": "A"})"}}),
            "R-CN1");
        row("R-CN1 plain simple URLs", plan(), "R-CN1");
        row("R-CN2 CNAME inside the SIP domain", plan(), "R-CN2");
        row("R-CN2 A record to the reverse proxy",
            plan({{"sites[0].frontEndPools[0].webServices.externalFqdn", R"("webext.contoso.net")"},
                  {"autodiscover", R"({"recordType": "A"})"}}),
            "R-CN2");
        row("R-URL1 one Meet URL per SIP domain",
            plan({{"sipDomains", R"(["contoso.com", "fabrikam.com"])"},
                  {"simpleUrls.meet", R"(["meet.contoso.com", "meet.fabrikam.com"])"}}),
            "R-URL1");
        row("R-URL1 default Meet URLs", plan({{"sipDomains", R"(["contoso.com", "fabrikam.com"])"}}),
            "R-URL1");
        row("R-URL3 https host names",
            plan({{"simpleUrls.meet", "[\"https://meet.contoso.com\"]"},
                  {"simpleUrls.dialin", "\"https://dialin.contoso.com/\""}}),
            "R-URL3");
        row("R-URL3 one host, sibling paths",
            plan({{"simpleUrls.meet", "[\"https://lync.contoso.com/meet\"]"},
                  {"simpleUrls.dialin", "\"https://lync.contoso.com/dialin\""},
                  {"simpleUrls.admin", "\"https://lync.contoso.com/admin\""}}),
            "R-URL3");
        row("R-URL5 Lync 2013 has no such rule",
            plan({{"simpleUrls.meet", "[\"https://contoso.com/meet\"]"}}), "R-URL5");
        row("R-URL5 SfB sub-domain", plan({{"product", R"("sfb2015")"}}), "R-URL5");
        row("R-IP1 IPv6 off", plan(), "R-IP1");
        row("R-IP1 every host has IPv6",
            plan({{"dns", R"({"ipv6": true})"},
                  {"sites[0].frontEndPools[0].vipIpv6", R"("fd00::5")"},
                  {"sites[0].frontEndPools[0].servers[0].ipv6", R"("fd00::1")"},
                  {"sites[0].frontEndPools[0].servers[1].ipv6", R"("fd00::2")"},
                  {"sites[0].reverseProxies[0].publicIpv6", R"("2001:db8::40")"},
                  {"sites[0].edgePools[0].servers[0].internalIpv6", R"("fd00::33:10")"},
                  {"sites[0].edgePools[0].servers[0].accessIpv6", R"("2001:db8::10")"},
                  {"sites[0].edgePools[0].servers[0].webConferencingIpv6", R"("2001:db8::20")"},
                  {"sites[0].edgePools[0].servers[0].avIpv6", R"("2001:db8::30")"}}),
            "R-IP1");
        row("P-SFB2019-ROLES SfB 2015 with XMPP and Persistent Chat",
            plan({{"product", R"("sfb2015")"},
                  {"xmpp", R"({"fqdn": "xmpp.contoso.com"})"},
                  {"sites[0].persistentChatPools[0]", persistentChat}}),
            "P-SFB2019-ROLES");
        row("P-SFB2019-ROLES SfB 2019 without them", plan({{"product", R"("sfb2019")"}}), "P-SFB2019-ROLES");
        row("P-TOPOLOGY consistent base", plan(), "P-TOPOLOGY");
        row("P-TOPOLOGY Standard Edition", standardEditionPlan(), "P-TOPOLOGY");
        row("P-MISSING complete base", plan(), "P-MISSING");
        row("P-MISSING no reverse proxy, no external web FQDN",
            plan({{"sites[0].reverseProxies[0]", nullptr},
                  {"sites[0].frontEndPools[0].webServices", nullptr}}),
            "P-MISSING");
        row("P-DUP-FQDN distinct servers", plan({{"sites[0].persistentChatPools[0]", persistentChat}}),
            "P-DUP-FQDN");
        row("R-SPLIT2 split-brain", plan(), "R-SPLIT2");
        row("R-SRV2 NTP server an ordinary host", plan({{"devices", R"({"ntpServer": "dc01.contoso.com"})"}}),
            "R-SRV2");
        row("R-SRV2 lyncdiscoverinternal an A record",
            plan({{"autodiscover", R"({"recordType": "A"})"},
                  {"devices", R"({"ntpServer": "lyncdiscoverinternal.contoso.com"})"}}),
            "R-SRV2");
        row("R-CN1 SIP domain lyncdiscover.<d> with A-record Autodiscover",
            plan({{"sipDomains", R"(["contoso.com", "lyncdiscover.contoso.com"])"},
                  {"autodiscover", R"({"recordType": "A"})"}}),
            "R-CN1");
        row("R-CN1 SIP domain lyncdiscoverinternal.<d> without split-brain (an A record there)",
            plan({{"sipDomains", R"(["contoso.com", "lyncdiscoverinternal.contoso.com"])"},
                  {"dns", R"({"splitBrain": false})"}}),
            "R-CN1");
        // 230 + "_sipfederationtls._tcp." (23) is 253: exactly what a name can hold.
        row("P-NAME-LENGTH 230-character SIP domain",
            plan({{"sipDomains", sipDomainsJson(test::domainOfLength(230)).constData()}}), "P-NAME-LENGTH");
    }

    // Microsoft's documented layouts (issue 10, item 9): valid, no error at all.
    void documentedLayout_hasNoErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("Meet, Dial-in and Admin on one host")
            << plan({{"simpleUrls.meet", "[\"https://lync.contoso.com/Meet\"]"},
                     {"simpleUrls.dialin", "\"https://lync.contoso.com/Dialin\""},
                     {"simpleUrls.admin", "\"https://lync.contoso.com/Admin\""}});
        QTest::newRow("Office Web Apps same FQDN inside and outside")
            << plan({{"sites[0].officeWebApps[0]",
                      R"({"internalFqdn": "owa.contoso.com", "internalIpv4": "10.10.10.20",
                                            "externalFqdn": "owa.contoso.com"})"}});
        QTest::newRow("one XMPP host for two SIP domains")
            << plan({{"sipDomains", R"(["contoso.com", "fabrikam.com"])"},
                     {"autodiscover", R"({"recordType": "A"})"},
                     {"xmpp", R"({"fqdn": "xmpp.contoso.com"})"}});
        QTest::newRow("one-server Director named after its server")
            << plan({{"sites[0].directorPools[0]", director}});
        // One form for hosts (ACE): xn-- with or without a scheme, or Unicode, is a valid host.
        QTest::newRow("xn-- Meet URL with a scheme")
            << plan({{"simpleUrls.meet", "[\"https://xn--bcher-kva.contoso.com/meet\"]"}});
        QTest::newRow("xn-- Meet URL without a scheme")
            << plan({{"simpleUrls.meet", "[\"xn--bcher-kva.contoso.com/meet\"]"}});
        QTest::newRow("Unicode Meet URL with a scheme")
            << plan({{"simpleUrls.meet", "[\"https://b\u00fccher.contoso.com/meet\"]"}});
        QTest::newRow("Unicode Meet URL without a scheme")
            << plan({{"simpleUrls.meet", "[\"b\u00fccher.contoso.com\"]"}});
    }
    void documentedLayout_hasNoErrors()
    {
        QFETCH(QByteArray, json);
        const Findings findings = validatePlan(test::planFromJson(json));
        QVERIFY2(!hasErrors(findings), qPrintable(describe(findings)));
    }

    void closePlan_doesNotReportRule()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, rule);
        const Findings findings = validatePlan(test::planFromJson(json));
        for (const Finding &f : findings)
            QVERIFY2(f.rule != rule,
                     qPrintable(QStringLiteral("unexpected %1:").arg(rule) + describe(findings)));
    }

    // Both spellings of an IDN simple URL host give one host name, the ACE one, which the records use.
    void simpleUrlHost_isAceInEveryForm_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("ACE with scheme") << QStringLiteral("https://xn--bcher-kva.contoso.com/meet");
        QTest::newRow("ACE without scheme") << QStringLiteral("xn--bcher-kva.contoso.com/meet");
        QTest::newRow("Unicode with scheme") << QStringLiteral("https://b\u00fccher.contoso.com/meet");
        QTest::newRow("Unicode without scheme") << QStringLiteral("b\u00fccher.contoso.com");
        QTest::newRow("upper case, trailing dot")
            << QStringLiteral("https://XN--BCHER-KVA.Contoso.COM./meet");
    }
    void simpleUrlHost_isAceInEveryForm()
    {
        QFETCH(QString, url);
        QCOMPARE(simpleUrlHost(url), QStringLiteral("xn--bcher-kva.contoso.com"));
    }

    // A "%1" in a plan value is text, not a placeholder that the next arg() fills in.
    void placeholderInValue_keptInMessage()
    {
        const Findings findings = validatePlan(
            test::planFromJson(plan({{"sipDomains", R"(["contoso.com", "fab%1.com", "FAB%1.com"])"}})));
        const auto it = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
            return f.rule == QLatin1String("P-SIPDOMAIN-DUP");
        });
        QVERIFY2(it != findings.cend(), qPrintable(describe(findings)));
        QVERIFY2(it->message.contains(QLatin1String("FAB%1.com")) &&
                     it->message.contains(QLatin1String("sipDomains[1]")),
                 qPrintable(describe(findings)));
    }

    // Control characters from the plan never reach a message raw: no forged lines, no escape codes.
    void controlCharactersInValue_escapedInMessage()
    {
        const Findings findings = validatePlan(test::planFromJson(
            plan({{"sipDomains", "[\"contoso.com\\nplan: 0 errors\\u001b[2J\\u202e\"]"}})));
        bool named = false;
        for (const Finding &f : findings) {
            for (const QChar c : f.message)
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e,
                         qPrintable(describe(findings)));
            named = named || f.message.contains(QLatin1String("contoso.com\\nplan: 0 errors\\x1b[2J\\u202e"));
        }
        QVERIFY2(named, qPrintable(describe(findings)));
    }

    // Issue 17: validate was quadratic in SIP domains (20,000 took 25 s). The result for a big plan
    // is still exact; how long it takes is bench_planner's business, not a test's.
    void manySipDomains_exactFindings()
    {
        QByteArray domains = "[";
        for (int i = 0; i < 5000; ++i)
            domains += QStringLiteral("\"d%1.example.com\",").arg(i, 4, 10, QLatin1Char('0')).toLatin1();
        domains += "\"meet.d0001.example.com\"]"; // the Meet URL host of d0001 is also a SIP domain
        // A-record Autodiscover: a CNAME to webext.contoso.com would warn (R-CN2) for every domain.
        const Findings findings =
            validatePlan(test::planFromJson(plan({{"product", R"("sfb2015")"},
                                                  {"sipDomains", domains.constData()},
                                                  {"autodiscover", R"({"recordType": "A"})"}})));
        QStringList rules;
        for (const Finding &f : without(findings, "R-CERT1"))
            rules << f.rule + QLatin1Char(' ') + f.path;
        QCOMPARE(rules, QStringList{QStringLiteral("R-URL5 simpleUrls.meet")});
        QVERIFY2(findings.constFirst().message.contains(QLatin1String("meet.d0001.example.com")),
                 qPrintable(describe(findings)));
    }

    void everyFinding_namesRuleAndPath()
    {
        // A plan that breaks many rules at once: each finding still says which rule and where.
        const Findings findings =
            validatePlan(test::planFromJson(plan({{"sites[0].frontEndPools[0]", dnsLbFrontEnd},
                                                  {"sites[0].frontEndPools[0].servers[1]", nullptr},
                                                  {"sites[0].edgePools[0].layout", R"("scaled-dns")"},
                                                  {"dns", R"({"splitBrain": false, "ipv6": true})"},
                                                  {"simpleUrls.dialin", "\"http://dialin.contoso.com\""}})));
        QVERIFY(hasErrors(findings));
        for (const Finding &f : findings) {
            QVERIFY2(!f.rule.isEmpty() && !f.message.isEmpty(), qPrintable(describe(findings)));
            QVERIFY2(!f.path.isEmpty(),
                     qPrintable(QStringLiteral("finding without a JSON path:") + describe(findings)));
        }
    }

    void warningsAndInfo_areNotErrors()
    {
        Findings findings;
        findings << Finding{QStringLiteral("R-CN2"),
                            Severity::Warning,
                            QStringLiteral("autodiscover.recordType"),
                            {}}
                 << Finding{QStringLiteral("R-SPLIT2"), Severity::Info, QStringLiteral("dns.splitBrain"), {}};
        QVERIFY(!hasErrors(findings));
        findings << Finding{
            QStringLiteral("R-NAME1"), Severity::Error, QStringLiteral("sites[0].frontEndPools[0].fqdn"), {}};
        QVERIFY(hasErrors(findings));
        QCOMPARE(severityName(Severity::Error), QStringLiteral("error"));
        QCOMPARE(severityName(Severity::Warning), QStringLiteral("warning"));
        QCOMPARE(severityName(Severity::Info), QStringLiteral("info"));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
