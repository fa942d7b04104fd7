// The plan file contract (plan-format.md, versions 1 and 2): round trips through the writer, the
// documented defaults, a version 1 file read as one site, and every way a plan file can be
// rejected, with the file, JSON path or line, and what was expected.

#include "model/dns/hostnames.h"
#include "model/plan/planpaths.h"
#include "model/plan/planreader.h"
#include "model/plan/planwriter.h"
#include "model/validator/validator.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace lyncdns;
using lyncdns::test::withEdits;

namespace {

// Only the required keys; the Front End has two servers so that servers[1] paths exist.
const QByteArray minimalPlan = R"({
  "format": "lyncdns-plan",
  "version": 1,
  "sipDomains": ["contoso.com"],
  "frontEnd": {
    "edition": "enterprise",
    "fqdn": "pool01.contoso.net",
    "loadBalancing": "hardware",
    "vip": "10.10.10.5",
    "servers": [
      { "fqdn": "fe01.contoso.net", "ipv4": "10.10.10.1" },
      { "fqdn": "fe02.contoso.net", "ipv4": "10.10.10.2" }
    ]
  }
})";

// The version 2 counterpart: only the required keys, one site whose Front End has two servers.
const QByteArray minimalV2Plan = R"({
  "format": "lyncdns-plan",
  "version": 2,
  "sipDomains": ["contoso.com"],
  "sites": [
    {
      "name": "Redmond",
      "frontEndPools": [
        {
          "fqdn": "pool01.contoso.net",
          "loadBalancing": "hardware",
          "vip": "10.10.10.5",
          "servers": [
            { "fqdn": "fe01.contoso.net", "ipv4": "10.10.10.1" },
            { "fqdn": "fe02.contoso.net", "ipv4": "10.10.10.2" }
          ]
        }
      ]
    }
  ]
})";

// An Edge pool with only its required key, for edits that put one into a version 2 site.
const char *const bareEdgePool = R"({"internalFqdn": "lsedge.contoso.net"})";

const QString fileName = QStringLiteral("contoso.lyncplan");

// The value at a path such as sites[0].frontEndPools[0] in a JSON document; empty path = the root.
QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    static const QRegularExpression token(QStringLiteral(R"(([^.\[\]]+)|\[(\d+)\])"));
    QJsonValue node = root;
    auto it = token.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        node = m.capturedLength(1) > 0 ? node.toObject().value(m.captured(1))
                                       : node.toArray().at(m.captured(2).toInt());
    }
    return node;
}

QStringList words(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '));
}

// The member names of the objects at one indentation of the writer's output, in written order.
QStringList keysAtIndent(const QByteArray &json, int spaces)
{
    const QRegularExpression key(QStringLiteral(R"re(^ {%1}"(\w+)":)re").arg(spaces));
    QStringList keys;
    for (const QByteArray &line : json.split('\n')) {
        const QRegularExpressionMatch m = key.match(QString::fromUtf8(line));
        if (m.hasMatch())
            keys << m.captured(1);
    }
    return keys;
}

QString describe(const PlanError &e)
{
    return QStringLiteral("error: \"%1\" (jsonPath \"%2\", line %3, column %4)")
        .arg(e.toString(), e.jsonPath)
        .arg(e.line)
        .arg(e.column);
}

} // namespace

class TestPlanReader : public QObject
{
    Q_OBJECT

    static void addRoundTripRows()
    {
        QTest::addColumn<QByteArray>("source");
        const auto file = [](const QString &name) { return test::readAll(name); };
        QTest::newRow("shipped example")
            << file(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
        QTest::newRow("v1 every key set") << file(test::dataFile(QStringLiteral("reader/full.lyncplan")));
        QTest::newRow("v1 only required keys")
            << file(test::dataFile(QStringLiteral("reader/minimal.lyncplan")));
        QTest::newRow("v2 every key set") << file(test::dataFile(QStringLiteral("reader/full-v2.lyncplan")));
        QTest::newRow("v2 only required keys") << minimalV2Plan;
        QTest::newRow("v2 empty site") << withEdits(minimalV2Plan, {{"sites[0].frontEndPools", nullptr}});
    }

private slots:
    // --- round trips ---------------------------------------------------------------------------

    void roundTrip_writtenJsonReadsBackEqual_data() { addRoundTripRows(); }

    void roundTrip_writtenJsonReadsBackEqual()
    {
        QFETCH(QByteArray, source);
        const Plan plan = test::planFromJson(source);
        const QByteArray json = planToJson(plan);
        PlanError error;
        const std::optional<Plan> again = parsePlan(json, fileName, &error);
        QVERIFY2(again,
                 qPrintable(describe(error) + QStringLiteral("\nwritten JSON:\n") + QString::fromUtf8(json)));
        QVERIFY2(*again == plan, qPrintable(QStringLiteral("plan changed on the way through planToJson:\n") +
                                            QString::fromUtf8(json)));
        QCOMPARE(again->fileVersion, 2); // whatever it was read from, it is written as version 2
        // Writing is a fixed point: the second write gives the same bytes.
        QCOMPARE(planToJson(*again), json);
    }

    void roundTrip_savedFileLoadsEqual_data() { addRoundTripRows(); }

    void roundTrip_savedFileLoadsEqual()
    {
        QFETCH(QByteArray, source);
        const Plan plan = test::planFromJson(source);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString saved = dir.filePath(QStringLiteral("saved.lyncplan"));
        QString message;
        QVERIFY2(savePlanFile(plan, saved, &message), qPrintable(message));
        PlanError error;
        const std::optional<Plan> loaded = readPlanFile(saved, &error);
        QVERIFY2(loaded, qPrintable(describe(error)));
        QVERIFY2(*loaded == plan, qPrintable(QString::fromUtf8(test::readAll(saved))));
    }

    void fullFixture_setsEveryKeyOffItsDefault()
    {
        // Guards the round trip above: the fixture really sets every key to a non-default value.
        const Plan plan = test::loadPlan(test::dataFile(QStringLiteral("reader/full.lyncplan")));
        QCOMPARE(plan.fileVersion, 1);
        QCOMPARE(plan.product, Product::Sfb2015);
        QCOMPARE(plan.dns.ttl, 600);
        QVERIFY(!plan.dns.splitBrain);
        QVERIFY(plan.dns.ipv6);
        QCOMPARE(plan.sites.size(), 1);
        const Site &site = plan.sites.at(0);
        QCOMPARE(site.directorPools.size(), 1);
        QCOMPARE(site.directorPools.at(0).loadBalancing, LoadBalancing::Dns);
        QCOMPARE(site.edgePools.size(), 1);
        const Edge &edge = site.edgePools.at(0);
        QCOMPARE(edge.layout, EdgeLayout::ScaledHardware);
        QVERIFY(edge.vips);
        QCOMPARE(edge.vips->avIpv6, QStringLiteral("2001:db8::7"));
        QCOMPARE(edge.servers.at(0).privateAvIpv4, QStringLiteral("10.45.16.30"));
        QCOMPARE(site.frontEndPools.at(0).webServices.internalVipIpv6, QStringLiteral("fd00:10::6"));
        QCOMPARE(plan.simpleUrls.meet.size(), 2);
        QCOMPARE(plan.autodiscover.recordType, AutodiscoverType::A);
        QVERIFY(plan.pushNotifications);
        QVERIFY(plan.xmppFqdn);
        QCOMPARE(site.persistentChatPools.size(), 1);
        QCOMPARE(site.officeWebApps.size(), 1);
        QVERIFY(!plan.legacyDiscovery.srv);
        QVERIFY(plan.legacyDiscovery.tcp);
        QVERIFY(!plan.legacyDiscovery.hostRecords);
        QCOMPARE(plan.devices.ntpServer, QStringLiteral("dc01.contoso.com"));
        QVERIFY(plan.devices.deviceUpdates);
    }

    // --- version 2, field by field ---------------------------------------------------------------

    // reader/full-v2.lyncplan is written by hand from plan-format.md; every value below is read
    // off that file, none from the program's output.
    void fullV2_readsEveryField()
    {
        const Plan plan = test::loadPlan(test::dataFile(QStringLiteral("reader/full-v2.lyncplan")));
        QCOMPARE(plan.fileVersion, 2);
        QCOMPARE(
            plan.title,
            QStringLiteral("Every version 2 key set: two sites, a branch site, GeoDNS, hybrid migration"));
        QCOMPARE(plan.product, Product::Sfb2015);
        QCOMPARE(plan.sipDomains,
                 (QStringList{QStringLiteral("contoso.com"), QStringLiteral("Fabrikam.com")}));
        QCOMPARE(plan.splitBrainOverrides, (QHash<QString, bool>{{QStringLiteral("fabrikam.com"), false}}));
        QCOMPARE(plan.dns, (Plan::Dns{true, 900, true}));
        QVERIFY(plan.splitBrainFor(QStringLiteral("contoso.com")));
        QVERIFY(!plan.splitBrainFor(QStringLiteral("fabrikam.com")));

        QCOMPARE(plan.signIn.pool, QStringLiteral("dirpool01.contoso.net"));
        QCOMPARE(plan.signIn.backupPools, (QStringList{QStringLiteral("dirpool02.contoso.net"),
                                                       QStringLiteral("pool02.contoso.net")}));
        QCOMPARE(plan.signIn.srvTarget, SrvTargetStyle::Sip);
        QCOMPARE(plan.signIn.webPool, QStringLiteral("pool01.contoso.net"));

        QCOMPARE(plan.sites.size(), 2);
        const Site &redmond = plan.sites.at(0);
        QCOMPARE(redmond.name, QStringLiteral("Redmond"));
        QCOMPARE(redmond.frontEndPools.size(), 1);
        const Pool &fe = redmond.frontEndPools.at(0);
        QCOMPARE(fe.edition, Edition::Enterprise);
        QCOMPARE(fe.fqdn, QStringLiteral("pool01.contoso.net"));
        QCOMPARE(fe.loadBalancing, LoadBalancing::Hardware);
        QCOMPARE(fe.vip, QStringLiteral("10.10.10.5"));
        QCOMPARE(fe.vipIpv6, QStringLiteral("fd00:10::5"));
        QCOMPARE(fe.servers, (QList<Server>{{QStringLiteral("fe01.contoso.net"), QStringLiteral("10.10.10.1"),
                                             QStringLiteral("fd00:10::1")},
                                            {QStringLiteral("fe02.contoso.net"), QStringLiteral("10.10.10.2"),
                                             QStringLiteral("fd00:10::2")}}));
        QCOMPARE(fe.webServices,
                 (WebServices{QStringLiteral("webint01.contoso.net"), QStringLiteral("10.10.10.6"),
                              QStringLiteral("fd00:10::6"), QStringLiteral("webext01.contoso.com")}));
        QCOMPARE(fe.reverseProxy, QStringLiteral("rp-redmond-2"));
        QCOMPARE(fe.edgePool, QStringLiteral("edgepool02-int.contoso.net"));
        QCOMPARE(fe.pairedWith, QStringLiteral("pool02.contoso.net"));

        QCOMPARE(redmond.directorPools.size(), 1);
        const Pool &director = redmond.directorPools.at(0);
        QCOMPARE(director.fqdn, QStringLiteral("dirpool01.contoso.net"));
        QCOMPARE(director.loadBalancing, LoadBalancing::Dns);
        QCOMPARE(director.servers.size(), 2);
        QCOMPARE(director.webServices.externalFqdn, QStringLiteral("webdirext01.contoso.com"));
        QCOMPARE(director.reverseProxy, QStringLiteral("rp-redmond"));
        QCOMPARE(director.edgePool, QString());

        QCOMPARE(redmond.edgePools.size(), 1);
        const Edge &edge = redmond.edgePools.at(0);
        QCOMPARE(edge.layout, EdgeLayout::ScaledHardware);
        QVERIFY(edge.nat);
        QCOMPARE(edge.internalFqdn, QStringLiteral("edgepool01-int.contoso.net"));
        QCOMPARE(edge.accessFqdn, QStringLiteral("sip.contoso.com"));
        QCOMPARE(edge.webConferencingFqdn, QStringLiteral("webcon.contoso.com"));
        QCOMPARE(edge.avFqdn, QStringLiteral("av.contoso.com"));
        QCOMPARE(edge.servers.size(), 1);
        QCOMPARE(edge.servers.at(0).privateWebConferencingIpv4, QStringLiteral("10.45.16.20"));
        QVERIFY(edge.vips);
        QCOMPARE(edge.vips->access, QStringLiteral("131.107.155.5"));
        QCOMPARE(edge.vips->avIpv6, QStringLiteral("2001:db8::7"));
        QCOMPARE(edge.vips->accessIpv6, QString());
        QCOMPARE(edge.remoteAccessPriority, 10);
        QVERIFY(edge.federation);
        QVERIFY(edge.xmpp);
        QCOMPARE(edge.xmppPriority, 5);

        QCOMPARE(redmond.reverseProxies,
                 (QList<ReverseProxy>{
                     {QStringLiteral("rp-redmond"), QStringLiteral("131.107.155.40"),
                      QStringLiteral("2001:db8::40")},
                     {QStringLiteral("rp-redmond-2"), QStringLiteral("131.107.155.41"), QString()}}));
        QCOMPARE(redmond.officeWebApps.size(), 1);
        const OfficeWebApps &farm = redmond.officeWebApps.at(0);
        QCOMPARE(farm.internalFqdn, QStringLiteral("owas.contoso.net"));
        QCOMPARE(farm.internalIpv4, QStringLiteral("10.10.10.20"));
        QCOMPARE(farm.internalIpv6, QStringLiteral("fd00:10::20"));
        QCOMPARE(farm.externalFqdn, QStringLiteral("officewebapps01.contoso.com"));
        QCOMPARE(farm.servers,
                 (QList<Server>{{QStringLiteral("owa01.contoso.net"), QStringLiteral("10.10.10.21"), {}},
                                {QStringLiteral("owa02.contoso.net"), QStringLiteral("10.10.10.22"), {}}}));
        QCOMPARE(redmond.persistentChatPools,
                 (QList<ServerPool>{
                     {QStringLiteral("pchatpool.contoso.net"),
                      {{QStringLiteral("pchat01.contoso.net"), QStringLiteral("10.10.30.1"), {}}}}}));
        QCOMPARE(redmond.mediationPools,
                 (QList<ServerPool>{{QStringLiteral("med01.contoso.net"),
                                     {{QStringLiteral("med01.contoso.net"), QStringLiteral("10.10.40.1"),
                                       QStringLiteral("fd00:40::1")}}}}));
        QVERIFY(redmond.simpleUrls);
        QCOMPARE(*redmond.simpleUrls, (SimpleUrls{{QStringLiteral("meet-us.contoso.com")},
                                                  QStringLiteral("dialin-us.contoso.com"),
                                                  QStringLiteral("admin-us.contoso.com")}));

        const Site &dublin = plan.sites.at(1);
        QCOMPARE(dublin.name, QStringLiteral("Dublin"));
        QCOMPARE(dublin.frontEndPools.size(), 1);
        QCOMPARE(dublin.frontEndPools.at(0).edition, Edition::Standard);
        QCOMPARE(dublin.frontEndPools.at(0).loadBalancing, LoadBalancing::None);
        QCOMPARE(dublin.frontEndPools.at(0).reverseProxy, QString()); // the site's first
        QCOMPARE(dublin.directorPools.size(), 1);
        QCOMPARE(dublin.directorPools.at(0).loadBalancing, LoadBalancing::None); // one server
        QCOMPARE(dublin.edgePools.size(), 1);
        QCOMPARE(dublin.edgePools.at(0).layout, EdgeLayout::Single);
        QCOMPARE(dublin.edgePools.at(0).remoteAccessPriority, 20);
        QVERIFY(!dublin.edgePools.at(0).federation);
        QVERIFY(!dublin.edgePools.at(0).xmpp);
        QCOMPARE(dublin.edgePools.at(0).xmppPriority, 0);
        QCOMPARE(dublin.reverseProxies.size(), 1);
        QCOMPARE(dublin.reverseProxies.at(0).name, QStringLiteral("rp-dublin"));
        QVERIFY(dublin.officeWebApps.isEmpty());
        QVERIFY(dublin.persistentChatPools.isEmpty());
        QVERIFY(dublin.mediationPools.isEmpty());
        QVERIFY(!dublin.simpleUrls);

        QCOMPARE(plan.branchSites,
                 (QList<BranchSite>{{QStringLiteral("Bellevue"),
                                     QStringLiteral("Redmond"),
                                     {{QStringLiteral("sba01.contoso.net"), QStringLiteral("10.20.0.5"),
                                       QStringLiteral("fd00:20::5")}}},
                                    {QStringLiteral("Cork"), QStringLiteral("Dublin"), {}}}));
        QCOMPARE(plan.simpleUrls, (SimpleUrls{{QStringLiteral("https://lync.contoso.com/Meet"),
                                               QStringLiteral("https://lync.fabrikam.com/Meet")},
                                              QStringLiteral("https://lync.contoso.com/Dialin"),
                                              QStringLiteral("https://lync.contoso.com/Admin")}));
        QVERIFY(plan.geoDns);
        QCOMPARE(*plan.geoDns,
                 (GeoDns{QStringLiteral("geolb.contoso.com"),
                         {QStringLiteral("pool01.contoso.net"), QStringLiteral("pool02.contoso.net")},
                         GeoDnsMode::Failover}));
        QCOMPARE(plan.autodiscover, (Plan::Autodiscover{false, AutodiscoverType::A}));
        QVERIFY(plan.pushNotifications);
        QVERIFY(plan.internalExternalWeb);
        QVERIFY(plan.migration);
        QCOMPARE(*plan.migration,
                 (Migration{MigrationPhase::Hybrid, Cloud::GccHigh, {QStringLiteral("fabrikam.com")}}));
        QCOMPARE(plan.federation, (Plan::Federation{true, true}));
        QCOMPARE(plan.xmppFqdn, std::optional<QString>(QStringLiteral("xmpp.contoso.com")));
        QCOMPARE(plan.legacyDiscovery, (Plan::LegacyDiscovery{false, true, false}));
        QCOMPARE(plan.devices, (Plan::Devices{QStringLiteral("dc01.contoso.com"), true}));
    }

    void minimalV2_takesDocumentedDefaults()
    {
        const Plan plan = test::planFromJson(minimalV2Plan);
        QCOMPARE(plan.fileVersion, 2);
        QCOMPARE(plan.title, QString());
        QCOMPARE(plan.product, Product::Lync2013);
        QCOMPARE(plan.sipDomains, QStringList{QStringLiteral("contoso.com")});
        QVERIFY(plan.splitBrainOverrides.isEmpty());
        QCOMPARE(plan.dns, (Plan::Dns{true, 3600, false}));
        QCOMPARE(plan.signIn.pool, QString());
        QCOMPARE(plan.signIn.backupPools, QStringList());
        QCOMPARE(plan.signIn.srvTarget, SrvTargetStyle::Pool);
        QCOMPARE(plan.signIn.webPool, QString());
        QCOMPARE(plan.sites.size(), 1);
        const Site &site = plan.sites.at(0);
        QCOMPARE(site.name, QStringLiteral("Redmond"));
        QCOMPARE(site.frontEndPools.size(), 1);
        const Pool &fe = site.frontEndPools.at(0);
        QCOMPARE(fe.edition, Edition::Enterprise);
        QCOMPARE(fe.webServices, WebServices{});
        QCOMPARE(fe.reverseProxy, QString());
        QCOMPARE(fe.edgePool, QString());
        QCOMPARE(fe.pairedWith, QString());
        QVERIFY(site.directorPools.isEmpty());
        QVERIFY(site.edgePools.isEmpty());
        QVERIFY(site.reverseProxies.isEmpty());
        QVERIFY(site.officeWebApps.isEmpty());
        QVERIFY(site.persistentChatPools.isEmpty());
        QVERIFY(site.mediationPools.isEmpty());
        QVERIFY(!site.simpleUrls);
        QVERIFY(plan.branchSites.isEmpty());
        QCOMPARE(plan.simpleUrls, SimpleUrls{});
        QVERIFY(!plan.geoDns);
        QCOMPARE(plan.autodiscover, (Plan::Autodiscover{true, AutodiscoverType::Cname}));
        QVERIFY(!plan.pushNotifications);
        QVERIFY(!plan.internalExternalWeb);
        QVERIFY(!plan.migration);
        QCOMPARE(plan.federation, (Plan::Federation{false, false}));
        QVERIFY(!plan.xmppFqdn);
        QCOMPARE(plan.legacyDiscovery, (Plan::LegacyDiscovery{true, false, true}));
        QCOMPARE(plan.devices, (Plan::Devices{QString(), false}));
    }

    void v2ObjectDefaults_areDocumented()
    {
        const Plan plan = test::planFromJson(
            withEdits(minimalV2Plan,
                      {{"sites[0].edgePools[0]", bareEdgePool},
                       {"sites[0].reverseProxies[0]", R"({"name": "rp", "publicIpv4": "131.107.155.40"})"},
                       {"sites[0].officeWebApps[0]", R"({"internalFqdn": "owas.contoso.net"})"},
                       {"sites[0].mediationPools[0]", R"({"fqdn": "med01.contoso.net"})"},
                       {"sites[0].simpleUrls", "{}"},
                       {"branchSites", R"([{"name": "Bellevue", "centralSite": "Redmond"}])"},
                       {"geoDns", R"({"zone": "geolb.contoso.com"})"},
                       {"migration", R"({"phase": "teams-only"})"},
                       {"signIn", "{}"},
                       {"mobility", "{}"}}));
        const Site &site = plan.sites.at(0);
        const Edge &edge = site.edgePools.at(0);
        QCOMPARE(edge.layout, EdgeLayout::Single);
        QCOMPARE(edge.remoteAccessPriority, 0);
        QVERIFY(!edge.federation);
        QVERIFY(!edge.xmpp);
        QCOMPARE(edge.xmppPriority, 0);
        QCOMPARE(site.reverseProxies.at(0).publicIpv6, QString());
        QVERIFY(site.officeWebApps.at(0).servers.isEmpty());
        QVERIFY(site.mediationPools.at(0).servers.isEmpty());
        QVERIFY(site.simpleUrls); // an empty object is still a site collection, with default URLs
        QCOMPARE(*site.simpleUrls, SimpleUrls{});
        QVERIFY(plan.branchSites.at(0).survivableBranches.isEmpty());
        QCOMPARE(*plan.geoDns, (GeoDns{QStringLiteral("geolb.contoso.com"), {}, GeoDnsMode::RoundRobin}));
        QCOMPARE(*plan.migration, (Migration{MigrationPhase::TeamsOnly, Cloud::Commercial, {}}));
        QCOMPARE(plan.signIn, SignIn{});
        QVERIFY(!plan.internalExternalWeb);
    }

    void v2OptionalKeysNull_takeDefaults()
    {
        const Plan expected = test::planFromJson(minimalV2Plan);
        const Plan plan = test::planFromJson(withEdits(
            minimalV2Plan,
            {{"signIn", R"({"pool": null, "backupPools": null, "srvTarget": null, "webPool": null})"},
             {"branchSites", "null"},
             {"geoDns", "null"},
             {"migration", "null"},
             {"xmpp", "null"},
             {"sites[0].directorPools", "null"},
             {"sites[0].edgePools", "[]"},
             {"sites[0].simpleUrls", "null"},
             {"sites[0].frontEndPools[0].reverseProxy", "null"},
             {"sites[0].frontEndPools[0].edgePool", "null"},
             {"sites[0].frontEndPools[0].pairedWith", "null"}}));
        QVERIFY2(plan == expected, qPrintable(QString::fromUtf8(planToJson(plan))));
    }

    // A SIP domain is a name, or { name, splitBrain } when it has its own split-brain setting.
    void sipDomainObjects_keepTheirSplitBrainOverride()
    {
        const Plan plan = test::planFromJson(withEdits(
            minimalV2Plan, {{"dns", R"({"splitBrain": false})"},
                            {"sipDomains", R"(["contoso.com", {"name": "Fabrikam.com.", "splitBrain": true},
                                               {"name": "northwind.com"}, {"name": "adatum.com", "splitBrain": null}])"}}));
        QCOMPARE(plan.sipDomains,
                 (QStringList{QStringLiteral("contoso.com"), QStringLiteral("Fabrikam.com."),
                              QStringLiteral("northwind.com"), QStringLiteral("adatum.com")}));
        QCOMPARE(plan.splitBrainOverrides, (QHash<QString, bool>{{QStringLiteral("fabrikam.com"), true}}));
        QVERIFY(!plan.splitBrainFor(QStringLiteral("contoso.com")));
        QVERIFY(plan.splitBrainFor(QStringLiteral("fabrikam.com")));
        QVERIFY(!plan.splitBrainFor(QStringLiteral("northwind.com")));

        // Written back: the domain with an override as an object, every other one as a string.
        const QJsonArray written =
            QJsonDocument::fromJson(planToJson(plan)).object().value(QLatin1String("sipDomains")).toArray();
        QCOMPARE(written.size(), 4);
        QCOMPARE(written.at(0), QJsonValue(QStringLiteral("contoso.com")));
        QCOMPARE(written.at(1),
                 QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("Fabrikam.com.")},
                                        {QStringLiteral("splitBrain"), true}}));
        QCOMPARE(written.at(2), QJsonValue(QStringLiteral("northwind.com")));
        QCOMPARE(written.at(3), QJsonValue(QStringLiteral("adatum.com")));
    }

    // --- version 1 read as version 2 --------------------------------------------------------------

    void v1File_becomesOneSiteNamedSite1()
    {
        const Plan plan = test::loadPlan(test::dataFile(QStringLiteral("reader/full.lyncplan")));
        QCOMPARE(plan.fileVersion, 1);
        QCOMPARE(plan.sites.size(), 1);
        const Site &site = plan.sites.at(0);
        QCOMPARE(site.name, QStringLiteral("Site 1"));
        QCOMPARE(site.frontEndPools.size(), 1);
        QCOMPARE(site.frontEndPools.at(0).fqdn, QStringLiteral("pool01.contoso.net"));
        QCOMPARE(site.frontEndPools.at(0).reverseProxy, QString()); // the site's (one) proxy
        QCOMPARE(site.frontEndPools.at(0).edgePool, QString());
        QCOMPARE(site.directorPools.size(), 1);
        QCOMPARE(site.directorPools.at(0).fqdn, QStringLiteral("dirpool01.contoso.net"));
        QCOMPARE(site.edgePools.size(), 1);
        QCOMPARE(site.edgePools.at(0).internalFqdn, QStringLiteral("edgepool-int.contoso.net"));
        QCOMPARE(site.edgePools.at(0).remoteAccessPriority, 0);
        QVERIFY(!site.edgePools.at(0).federation);
        QVERIFY(!site.edgePools.at(0).xmpp);
        QCOMPARE(site.reverseProxies,
                 (QList<ReverseProxy>{{QStringLiteral("reverse-proxy"), QStringLiteral("131.107.155.40"),
                                       QStringLiteral("2001:db8::40")}}));
        QCOMPARE(site.officeWebApps, (QList<OfficeWebApps>{{QStringLiteral("owas.contoso.net"),
                                                            QStringLiteral("10.10.10.20"),
                                                            QStringLiteral("fd00:10::20"),
                                                            QStringLiteral("officewebapps01.contoso.com"),
                                                            {}}}));
        QCOMPARE(site.persistentChatPools,
                 (QList<ServerPool>{
                     {QStringLiteral("pchatpool.contoso.net"),
                      {{QStringLiteral("pchat01.contoso.net"), QStringLiteral("10.10.30.1"), {}}}}}));
        QVERIFY(site.mediationPools.isEmpty());
        QVERIFY(!site.simpleUrls);
        QVERIFY(plan.splitBrainOverrides.isEmpty());
        QCOMPARE(plan.signIn, SignIn{});
        QVERIFY(plan.branchSites.isEmpty());
        QVERIFY(!plan.geoDns);
        QVERIFY(!plan.migration);
        QVERIFY(!plan.internalExternalWeb);
    }

    void v1MinimalFile_hasOnlyItsFrontEnd()
    {
        const Plan plan = test::loadPlan(test::dataFile(QStringLiteral("reader/minimal.lyncplan")));
        QCOMPARE(plan.sites.size(), 1);
        const Site &site = plan.sites.at(0);
        QCOMPARE(site.name, QStringLiteral("Site 1"));
        QCOMPARE(site.frontEndPools.size(), 1);
        QVERIFY(site.directorPools.isEmpty());
        QVERIFY(site.edgePools.isEmpty());
        QVERIFY(site.reverseProxies.isEmpty());
        QVERIFY(site.officeWebApps.isEmpty());
        QVERIFY(site.persistentChatPools.isEmpty());
    }

    void v1File_isWrittenAsVersion2WithSites()
    {
        const Plan plan = test::loadPlan(test::dataFile(QStringLiteral("reader/full.lyncplan")));
        const QByteArray text = planToJson(plan);
        QVERIFY2(text.contains("\"version\": 2,"), text.constData());
        const QJsonObject written = QJsonDocument::fromJson(text).object();
        QCOMPARE(written.value(QLatin1String("version")), QJsonValue(2));
        for (const char *v1Key : {"frontEnd", "director", "edge", "reverseProxy", "persistentChat"})
            QVERIFY2(!written.contains(QLatin1String(v1Key)), v1Key);
        QCOMPARE(valueAt(written, QStringLiteral("sites")).toArray().size(), 1);
        QCOMPARE(valueAt(written, QStringLiteral("sites[0].name")), QJsonValue(QStringLiteral("Site 1")));
        QCOMPARE(valueAt(written, QStringLiteral("sites[0].frontEndPools[0].fqdn")),
                 QJsonValue(QStringLiteral("pool01.contoso.net")));
        QCOMPARE(valueAt(written, QStringLiteral("sites[0].reverseProxies[0].name")),
                 QJsonValue(QStringLiteral("reverse-proxy")));
        QCOMPARE(valueAt(written, QStringLiteral("sites[0].officeWebApps[0].internalFqdn")),
                 QJsonValue(QStringLiteral("owas.contoso.net")));
        QCOMPARE(valueAt(written, QStringLiteral("sites[0].persistentChatPools[0].fqdn")),
                 QJsonValue(QStringLiteral("pchatpool.contoso.net")));
    }

    // --- the writer's order ------------------------------------------------------------------------

    void writer_writesEveryKeyInTheContractsOrder()
    {
        const QByteArray json = planToJson(test::planFromJson(minimalV2Plan));
        QCOMPARE(
            keysAtIndent(json, 2),
            words("format version title product sipDomains dns signIn sites branchSites simpleUrls geoDns "
                  "autodiscover mobility migration federation xmpp legacyDiscovery devices"));
        // The members of the top-level objects; xmpp is null here.
        const QByteArray withOptions = planToJson(
            test::planFromJson(withEdits(minimalV2Plan, {{"migration", R"({"phase": "hybrid"})"},
                                                         {"geoDns", R"({"zone": "geolb.contoso.com"})"}})));
        QCOMPARE(
            keysAtIndent(withOptions, 4),
            words("splitBrain ttl ipv6 pool backupPools srvTarget webPool meet dialin admin zone pools mode "
                  "enabled recordType pushNotifications internalExternalWeb phase cloud domains enabled "
                  "discoverable srv tcp hostRecords ntpServer deviceUpdates"));
        // With string SIP domains and no branch sites, the only objects six spaces in are the sites.
        QCOMPARE(keysAtIndent(json, 6),
                 words("name frontEndPools directorPools edgePools reverseProxies officeWebApps "
                       "persistentChatPools mediationPools simpleUrls"));
        QCOMPARE(keysAtIndent(json, 10), words("edition fqdn loadBalancing vip vipIpv6 servers webServices "
                                               "reverseProxy edgePool pairedWith"));
        const QByteArray withEdge = planToJson(test::planFromJson(withEdits(
            minimalV2Plan, {{"sites[0].frontEndPools", "[]"}, {"sites[0].edgePools[0]", bareEdgePool}})));
        QCOMPARE(keysAtIndent(withEdge, 10),
                 words("layout nat internalFqdn accessFqdn webConferencingFqdn avFqdn servers vips "
                       "remoteAccessPriority federation xmpp xmppPriority"));
    }

    // --- saving ----------------------------------------------------------------------------------

    void save_overExistingFile_replacesItWhole()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("plan.lyncplan"));
        QVERIFY(
            test::writeAll(target, QByteArray(64 * 1024, 'x'))); // longer than the plan: no tail may remain
        const Plan plan = test::loadPlan(test::dataFile(QStringLiteral("reader/minimal.lyncplan")));
        QString message;
        QVERIFY2(savePlanFile(plan, target, &message), qPrintable(message));
        QCOMPARE(test::readAll(target), planToJson(plan));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("plan.lyncplan")});
    }

    void save_whenParentIsAFile_failsAndLeavesExistingFileUntouched()
    {
        // Tests run as root, so a read-only folder would not stop the write: make the folder a file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString existing = dir.filePath(QStringLiteral("plan.lyncplan"));
        const QByteArray original =
            test::readAll(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
        QVERIFY(!original.isEmpty());
        QVERIFY(test::writeAll(existing, original));

        const Plan plan = test::loadPlan(test::dataFile(QStringLiteral("reader/minimal.lyncplan")));
        const QString impossible = existing + QStringLiteral("/copy.lyncplan");
        QString message;
        QVERIFY(!savePlanFile(plan, impossible, &message));
        QVERIFY2(!message.isEmpty(), "a failed save must say why");
        QVERIFY2(message.contains(impossible), qPrintable(message));
        QCOMPARE(test::readAll(existing), original);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("plan.lyncplan")});
    }

    void save_overADirectory_failsAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("plan.lyncplan"));
        QVERIFY(QDir().mkpath(target + QStringLiteral("/inside")));
        const Plan plan = test::loadPlan(test::dataFile(QStringLiteral("reader/minimal.lyncplan")));
        QString message;
        QVERIFY(!savePlanFile(plan, target, &message));
        QVERIFY2(message.contains(target), qPrintable(message));
        QVERIFY(QFileInfo(target + QStringLiteral("/inside")).isDir());
    }

    // --- defaults ------------------------------------------------------------------------------

    void minimalPlan_takesDocumentedDefaults()
    {
        const Plan plan = test::loadPlan(test::dataFile(QStringLiteral("reader/minimal.lyncplan")));
        QCOMPARE(plan.title, QString());
        QCOMPARE(plan.product, Product::Lync2013);
        QCOMPARE(plan.sipDomains, QStringList{QStringLiteral("contoso.com")});
        QCOMPARE(plan.primarySipDomain(), QStringLiteral("contoso.com"));
        QCOMPARE(plan.dns.ttl, 3600);
        QCOMPARE(plan.dns.splitBrain, true);
        QCOMPARE(plan.dns.ipv6, false);
        QCOMPARE(plan.sites.size(), 1);
        const Site &site = plan.sites.at(0);
        QCOMPARE(site.frontEndPools.size(), 1);
        const Pool &frontEnd = site.frontEndPools.at(0);
        QCOMPARE(frontEnd.edition, Edition::Standard);
        QCOMPARE(frontEnd.loadBalancing, LoadBalancing::None); // Standard Edition: none
        QCOMPARE(frontEnd.vip, QString());
        QCOMPARE(frontEnd.webServices, WebServices{});
        QCOMPARE(internalWebFqdn(frontEnd),
                 QStringLiteral("se01.contoso.net")); // default: the pool fqdn
        QCOMPARE(frontEnd.servers.at(0).ipv6, QString());
        QVERIFY(site.directorPools.isEmpty());
        QVERIFY(site.edgePools.isEmpty());
        QVERIFY(site.reverseProxies.isEmpty());
        QCOMPARE(plan.simpleUrls.meet, QStringList());
        QCOMPARE(effectiveMeetUrls(plan), QStringList{QStringLiteral("meet.contoso.com")});
        QCOMPARE(plan.simpleUrls.dialin, QString());
        QCOMPARE(effectiveDialinUrl(plan), QStringLiteral("dialin.contoso.com"));
        QCOMPARE(plan.simpleUrls.admin, QString()); // no Admin URL
        QCOMPARE(plan.autodiscover.enabled, true);
        QCOMPARE(plan.autodiscover.recordType, AutodiscoverType::Cname);
        QCOMPARE(plan.pushNotifications, false);
        QCOMPARE(plan.federation.enabled, false);
        QCOMPARE(plan.federation.discoverable, false);
        QVERIFY(!plan.xmppFqdn);
        QVERIFY(site.persistentChatPools.isEmpty());
        QVERIFY(site.officeWebApps.isEmpty());
        QCOMPARE(plan.legacyDiscovery.srv, true);
        QCOMPARE(plan.legacyDiscovery.tcp, false);
        QCOMPARE(plan.legacyDiscovery.hostRecords, true);
        QCOMPARE(plan.devices.ntpServer, QString());
        QCOMPARE(plan.devices.deviceUpdates, false);
    }

    void meetDefault_isOnePerSipDomain()
    {
        const Plan plan = test::planFromJson(
            withEdits(minimalPlan, {{"sipDomains", R"(["contoso.com", "fabrikam.com"])"}}));
        QCOMPARE(effectiveMeetUrls(plan),
                 (QStringList{QStringLiteral("meet.contoso.com"), QStringLiteral("meet.fabrikam.com")}));
        QCOMPARE(effectiveDialinUrl(plan), QStringLiteral("dialin.contoso.com")); // primary SIP domain only
    }

    void edgeWithoutNames_defaultsToPrimarySipDomain()
    {
        const Plan plan = test::planFromJson(
            withEdits(minimalPlan, {{"sipDomains", R"(["contoso.com", "fabrikam.com"])"},
                                    {"edge", R"({"layout": "single", "internalFqdn": "lsedge.contoso.net",
                          "servers": [{"fqdn": "lsedge.contoso.net", "internalIpv4": "172.25.33.10",
                                       "accessIpv4": "131.107.155.10", "webConferencingIpv4": "131.107.155.20",
                                       "avIpv4": "131.107.155.30"}]})"}}));
        QCOMPARE(plan.sites.at(0).edgePools.size(), 1);
        const Edge &edge = plan.sites.at(0).edgePools.at(0);
        QCOMPARE(edge.nat, false);
        QVERIFY(!edge.vips);
        QCOMPARE(effectiveAccessFqdn(plan, edge), QStringLiteral("sip.contoso.com"));
        QCOMPARE(effectiveWebConferencingFqdn(plan, edge), QStringLiteral("webcon.contoso.com"));
        QCOMPARE(effectiveAvFqdn(plan, edge), QStringLiteral("av.contoso.com"));
    }

    // Keys plan-format.md does not mark required are read with defaults; the validator reports
    // what the topology then lacks (exit 1), not the reader (exit 2).
    void keysNotMarkedRequired_takeDefaultsAndLeaveFindingsToValidator()
    {
        const Plan plan = test::planFromJson(
            withEdits(minimalPlan, {{"frontEnd.servers", nullptr},
                                    {"frontEnd.edition", nullptr},
                                    {"edge", R"({"internalFqdn": "lsedge.contoso.net"})"}}));
        const Site &site = plan.sites.at(0);
        QCOMPARE(site.frontEndPools.at(0).edition, Edition::Enterprise);
        QVERIFY(site.frontEndPools.at(0).servers.isEmpty());
        QCOMPARE(site.edgePools.size(), 1);
        QCOMPARE(site.edgePools.at(0).layout, EdgeLayout::Single);
        QVERIFY(site.edgePools.at(0).servers.isEmpty());
        const Findings findings = validatePlan(plan);
        QStringList paths; // as a version 1 file spells them (the command line shows these)
        for (const Finding &f : findings)
            if (f.severity == Severity::Error)
                paths << pathInFile(f.path, plan.fileVersion);
        QVERIFY2(paths.contains(QStringLiteral("frontEnd.servers")),
                 qPrintable(paths.join(QLatin1Char(' '))));
        QVERIFY2(paths.contains(QStringLiteral("edge.servers")), qPrintable(paths.join(QLatin1Char(' '))));
    }

    void optionalObjectEmptyOrNull_takesDefaults_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("dns {}") << withEdits(minimalPlan, {{"dns", "{}"}});
        QTest::newRow("dns null") << withEdits(minimalPlan, {{"dns", "null"}});
        QTest::newRow("dns members null")
            << withEdits(minimalPlan, {{"dns", R"({"splitBrain": null, "ttl": null, "ipv6": null})"}});
        QTest::newRow("autodiscover {}") << withEdits(minimalPlan, {{"autodiscover", "{}"}});
        QTest::newRow("legacyDiscovery {}") << withEdits(minimalPlan, {{"legacyDiscovery", "{}"}});
        QTest::newRow("simpleUrls nulls")
            << withEdits(minimalPlan, {{"simpleUrls", R"({"meet": null, "dialin": null, "admin": null})"}});
        QTest::newRow("mobility, federation, devices {}")
            << withEdits(minimalPlan, {{"mobility", "{}"}, {"federation", "{}"}, {"devices", "{}"}});
        QTest::newRow("roles null") << withEdits(minimalPlan, {{"director", "null"},
                                                               {"edge", "null"},
                                                               {"reverseProxy", "null"},
                                                               {"xmpp", "null"},
                                                               {"persistentChat", "null"},
                                                               {"officeWebApps", "null"}});
        QTest::newRow("title null") << withEdits(minimalPlan, {{"title", "null"}});
    }

    void optionalObjectEmptyOrNull_takesDefaults()
    {
        QFETCH(QByteArray, json);
        const Plan expected = test::planFromJson(minimalPlan);
        const Plan plan = test::planFromJson(json);
        QVERIFY2(plan == expected, qPrintable(QString::fromUtf8(planToJson(plan))));
    }

    void partialDns_keepsOtherDefaults()
    {
        const Plan plan = test::planFromJson(withEdits(minimalPlan, {{"dns", R"({"ttl": 300})"}}));
        QCOMPARE(plan.dns.ttl, 300);
        QCOMPARE(plan.dns.splitBrain, true);
        QCOMPARE(plan.dns.ipv6, false);
        const Plan zero = test::planFromJson(withEdits(minimalPlan, {{"dns.ttl", "0"}}));
        QCOMPARE(zero.dns.ttl, 0);
    }

    // The reader and the writer share one keyword table per enum (model/rules/keywords.h): every
    // word the reader accepts is the word the writer writes back.
    void everyKeyword_isWrittenBackAsRead_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("word");
        // object: where the writer puts the key, as a path into the written (version 2) JSON.
        const auto add = [](const QByteArray &base, const char *object, const char *key,
                            const QStringList &words, const char *editPath, const char *wrapper) {
            for (const QString &w : words) {
                const QByteArray value = QByteArray(wrapper).replace("WORD", w.toUtf8());
                QTest::addRow("%s %s %s", base == minimalPlan ? "v1" : "v2", key, qPrintable(w))
                    << withEdits(base, {{editPath, value.constData()}}) << QString::fromLatin1(object)
                    << QString::fromLatin1(key) << w;
            }
        };
        add(minimalPlan, "", "product", keywords<Product>(), "product", "\"WORD\"");
        add(minimalPlan, "sites[0].frontEndPools[0]", "edition", keywords<Edition>(), "frontEnd",
            R"({"edition": "WORD", "fqdn": "pool01.contoso.net", "servers": [{"fqdn": "pool01.contoso.net"}]})");
        add(minimalPlan, "sites[0].frontEndPools[0]", "loadBalancing", keywords<LoadBalancing>(),
            "frontEnd.loadBalancing", "\"WORD\"");
        add(minimalPlan, "sites[0].edgePools[0]", "layout", keywords<EdgeLayout>(), "edge",
            R"({"layout": "WORD", "internalFqdn": "edge.contoso.net"})");
        add(minimalPlan, "autodiscover", "recordType", keywords<AutodiscoverType>(), "autodiscover",
            R"({"recordType": "WORD"})");
        add(minimalV2Plan, "sites[0].directorPools[0]", "loadBalancing", keywords<LoadBalancing>(),
            "sites[0].directorPools[0]", R"({"fqdn": "dir.contoso.net", "loadBalancing": "WORD"})");
        add(minimalV2Plan, "signIn", "srvTarget", keywords<SrvTargetStyle>(), "signIn.srvTarget", "\"WORD\"");
        add(minimalV2Plan, "geoDns", "mode", keywords<GeoDnsMode>(), "geoDns",
            R"({"zone": "geolb.contoso.com", "mode": "WORD"})");
        add(minimalV2Plan, "migration", "phase", keywords<MigrationPhase>(), "migration",
            R"({"phase": "WORD"})");
        add(minimalV2Plan, "migration", "cloud", keywords<Cloud>(), "migration",
            R"({"phase": "hybrid", "cloud": "WORD"})");
    }

    void everyKeyword_isWrittenBackAsRead()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, object);
        QFETCH(QString, key);
        QFETCH(QString, word);
        const QJsonObject written = QJsonDocument::fromJson(planToJson(test::planFromJson(json))).object();
        QCOMPARE(valueAt(written, object).toObject().value(key).toString(), word);
    }

    // --- accepted input ------------------------------------------------------------------------

    void byteOrderMark_isAccepted()
    {
        PlanError error;
        const QString file = test::dataFile(QStringLiteral("reader/bom.lyncplan"));
        QVERIFY(test::readAll(file).startsWith("\xEF\xBB\xBF"));
        const std::optional<Plan> plan = readPlanFile(file, &error);
        QVERIFY2(plan, qPrintable(describe(error)));
        QCOMPARE(*plan, test::loadPlan(test::dataFile(QStringLiteral("reader/minimal.lyncplan"))));
    }

    void byteOrderMark_syntaxErrorPositionIgnoresIt()
    {
        PlanError error;
        QVERIFY(!parsePlan("\xEF\xBB\xBF{\"version\": @}", fileName, &error));
        QCOMPARE(error.line, 1);
        QCOMPARE(error.column, 13);
    }

    // --- rejected input ------------------------------------------------------------------------

    void syntaxError_reportsLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // The column is the offending character's, counted in characters (not UTF-8 bytes), 1-based.
        QTest::newRow("bad value") << QByteArray("{\n  \"format\": \"lyncdns-plan\",\n  \"version\": @\n}")
                                   << 3 << 14;
        QTest::newRow("missing comma")
            << QByteArray("{\n  \"format\": \"lyncdns-plan\"\n  \"version\": 1\n}") << 3 << 3;
        QTest::newRow("after non-ASCII text")
            << QByteArray("{\n  \"title\": \"Caf\xC3\xA9 \xE2\x80\x93 HQ\", \"version\": @\n}") << 2 << 36;
        QTest::newRow("empty file") << QByteArray() << 1 << 1;
    }

    void syntaxError_reportsLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        PlanError error;
        QVERIFY(!parsePlan(json, fileName, &error));
        QVERIFY2(error.line == line && error.column == column, qPrintable(describe(error)));
        QCOMPARE(error.jsonPath, QString());
        QCOMPARE(error.fileName, fileName);
        QVERIFY2(error.message.contains(QLatin1String("JSON")), qPrintable(describe(error)));
        const QString where = QStringLiteral("%1:%2:%3").arg(fileName).arg(line).arg(column);
        QVERIFY2(error.toString().startsWith(where), qPrintable(describe(error)));
    }

    void invalidPlan_namesPathAndExpectation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expectation"); // a part of the message saying what was expected

        const auto row = [](const char *name, const QByteArray &json, const char *path,
                            const char *expectation) {
            QTest::newRow(name) << json << QString::fromLatin1(path) << QString::fromLatin1(expectation);
        };

        row("top level is an array", "[1, 2]", "(top level)", "expected an object");
        row("format missing", withEdits(minimalPlan, {{"format", nullptr}}), "format",
            "missing required key");
        row("format wrong", withEdits(minimalPlan, {{"format", R"("lyncdns-project")"}}), "format",
            "\"lyncdns-plan\"");
        row("format not a string", withEdits(minimalPlan, {{"format", "1"}}), "format", "expected a string");
        row("version missing", withEdits(minimalPlan, {{"version", nullptr}}), "version",
            "missing required key");
        row("version 3", withEdits(minimalPlan, {{"version", "3"}}), "version",
            "unsupported plan version 3; this program reads versions 1 and 2");
        row("version 0", withEdits(minimalPlan, {{"version", "0"}}), "version", "versions 1 and 2");
        row("version a string", withEdits(minimalPlan, {{"version", R"("1")"}}), "version",
            "expected the number 1 or 2, got a string");
        row("version null", withEdits(minimalPlan, {{"version", "null"}}), "version",
            "expected the number 1 or 2, got null");

        row("sipDomains missing", withEdits(minimalPlan, {{"sipDomains", nullptr}}), "sipDomains",
            "missing required key");
        row("sipDomains empty", withEdits(minimalPlan, {{"sipDomains", "[]"}}), "sipDomains", "at least one");
        row("sipDomains a string", withEdits(minimalPlan, {{"sipDomains", R"("contoso.com")"}}), "sipDomains",
            "an array of strings");
        row("sipDomains null", withEdits(minimalPlan, {{"sipDomains", "null"}}), "sipDomains", "an array");
        row("sipDomains element a number", withEdits(minimalPlan, {{"sipDomains", R"(["contoso.com", 7])"}}),
            "sipDomains[1]", "expected a string");

        row("frontEnd missing", withEdits(minimalPlan, {{"frontEnd", nullptr}}), "frontEnd",
            "missing required key");
        row("frontEnd null", withEdits(minimalPlan, {{"frontEnd", "null"}}), "frontEnd", "an object");
        row("frontEnd an array", withEdits(minimalPlan, {{"frontEnd", "[]"}}), "frontEnd",
            "expected an object");
        row("frontEnd.fqdn missing", withEdits(minimalPlan, {{"frontEnd.fqdn", nullptr}}), "frontEnd.fqdn",
            "missing required key");
        row("frontEnd.servers an object", withEdits(minimalPlan, {{"frontEnd.servers", "{}"}}),
            "frontEnd.servers", "expected an array");
        row("server fqdn missing", withEdits(minimalPlan, {{"frontEnd.servers[1].fqdn", nullptr}}),
            "frontEnd.servers[1].fqdn", "missing required key");

        row("unknown key at top level", withEdits(minimalPlan, {{"colour", R"("blue")"}}), "colour",
            "unknown key");
        row("unknown key, top-level case", withEdits(minimalPlan, {{"SipDomains", R"(["contoso.com"])"}}),
            "SipDomains", "unknown key");
        row("unknown key in a server",
            withEdits(minimalPlan, {{"frontEnd.servers[1].ipvv4", R"("10.10.10.2")"}}),
            "frontEnd.servers[1].ipvv4", "unknown key");
        row("unknown key in dns", withEdits(minimalPlan, {{"dns", R"({"TTL": 300})"}}), "dns.TTL",
            "unknown key");
        row("unknown key in edge",
            withEdits(minimalPlan, {{"edge", R"({"layout": "single", "internalFqdn": "e.contoso.net",
                                                                       "servers": [], "natt": true})"}}),
            "edge.natt", "unknown key");
        row("director has no edition",
            withEdits(minimalPlan, {{"director", R"({"edition": "enterprise", "fqdn": "dir.contoso.net",
                                                                               "servers": []})"}}),
            "director.edition", "unknown key");
        row("unknown key in webServices",
            withEdits(minimalPlan, {{"frontEnd.webServices", R"({"externalFQDN": "w.contoso.com"})"}}),
            "frontEnd.webServices.externalFQDN", "unknown key");

        row("server ipv4 a number", withEdits(minimalPlan, {{"frontEnd.servers[1].ipv4", "10"}}),
            "frontEnd.servers[1].ipv4", "expected a string");
        row("server an array", withEdits(minimalPlan, {{"frontEnd.servers[1]", R"(["fe02.contoso.net"])"}}),
            "frontEnd.servers[1]", "expected an object");
        row("title a number", withEdits(minimalPlan, {{"title", "7"}}), "title", "expected a string");
        row("splitBrain a string", withEdits(minimalPlan, {{"dns", R"({"splitBrain": "yes"})"}}),
            "dns.splitBrain", "true or false");
        row("meet element a number",
            withEdits(minimalPlan, {{"simpleUrls", R"({"meet": ["meet.contoso.com", 1]})"}}),
            "simpleUrls.meet[1]", "expected a string");
        row("meet a string", withEdits(minimalPlan, {{"simpleUrls", R"({"meet": "meet.contoso.com"})"}}),
            "simpleUrls.meet", "an array");
        row("reverseProxy without publicIpv4", withEdits(minimalPlan, {{"reverseProxy", "{}"}}),
            "reverseProxy.publicIpv4", "missing required key");
        row("xmpp without fqdn", withEdits(minimalPlan, {{"xmpp", "{}"}}), "xmpp.fqdn",
            "missing required key");

        row("product lync2010", withEdits(minimalPlan, {{"product", R"("lync2010")"}}), "product",
            "lync2013");
        row("product upper case", withEdits(minimalPlan, {{"product", R"("SFB2019")"}}), "product",
            "sfb2019");
        row("edition", withEdits(minimalPlan, {{"frontEnd.edition", R"("datacenter")"}}), "frontEnd.edition",
            "standard");
        row("loadBalancing", withEdits(minimalPlan, {{"frontEnd.loadBalancing", R"("round-robin")"}}),
            "frontEnd.loadBalancing", "dns");
        row("edge.layout",
            withEdits(minimalPlan, {{"edge", R"({"layout": "scaled", "internalFqdn": "e.contoso.net",
                                                               "servers": []})"}}),
            "edge.layout", "scaled-dns");
        row("edge.internalFqdn missing",
            withEdits(minimalPlan, {{"edge", R"({"layout": "single", "servers": []})"}}), "edge.internalFqdn",
            "missing required key");
        row("autodiscover.recordType",
            withEdits(minimalPlan, {{"autodiscover", R"({"recordType": "AAAA"})"}}),
            "autodiscover.recordType", "CNAME");

        row("ttl negative", withEdits(minimalPlan, {{"dns", R"({"ttl": -1})"}}), "dns.ttl", "whole number");
        row("ttl fraction", withEdits(minimalPlan, {{"dns", R"({"ttl": 3600.5})"}}), "dns.ttl",
            "a whole number");
        row("ttl a string", withEdits(minimalPlan, {{"dns", R"({"ttl": "3600"})"}}), "dns.ttl",
            "a whole number");
        row("ttl too large", withEdits(minimalPlan, {{"dns", R"({"ttl": 1e12})"}}), "dns.ttl",
            "whole number");
        // Range-checked before conversion: casting 1e308 to an integer is undefined behaviour (the
        // asan preset's UBSan stops there).
        row("ttl 1e308", withEdits(minimalPlan, {{"dns", R"({"ttl": 1e308})"}}), "dns.ttl",
            "from 0 to 2147483647");
        row("ttl -1e308", withEdits(minimalPlan, {{"dns", R"({"ttl": -1e308})"}}), "dns.ttl",
            "from 0 to 2147483647");
        row("version 1e308", withEdits(minimalPlan, {{"version", "1e308"}}), "version", "whole number");
        // A value that looks like a placeholder stays as written in the message.
        row("keyword with %1", withEdits(minimalPlan, {{"product", R"("%1%2")"}}), "product", "got \"%1%2\"");

        // A version 1 file knows none of the version 2 keys.
        row("v1 with sites", withEdits(minimalPlan, {{"sites", "[]"}}), "sites", "unknown key");
        row("v1 with signIn", withEdits(minimalPlan, {{"signIn", "{}"}}), "signIn", "unknown key");
        row("v1 with branchSites", withEdits(minimalPlan, {{"branchSites", "[]"}}), "branchSites",
            "unknown key");
        row("v1 with geoDns", withEdits(minimalPlan, {{"geoDns", "null"}}), "geoDns", "unknown key");
        row("v1 with migration", withEdits(minimalPlan, {{"migration", "null"}}), "migration", "unknown key");
        row("v1 frontEnd.reverseProxy", withEdits(minimalPlan, {{"frontEnd.reverseProxy", R"("rp")"}}),
            "frontEnd.reverseProxy", "unknown key");
        row("v1 frontEnd.pairedWith", withEdits(minimalPlan, {{"frontEnd.pairedWith", "null"}}),
            "frontEnd.pairedWith", "unknown key");
        row("v1 edge.remoteAccessPriority",
            withEdits(minimalPlan,
                      {{"edge", R"({"internalFqdn": "e.contoso.net", "remoteAccessPriority": 0})"}}),
            "edge.remoteAccessPriority", "unknown key");
        row("v1 reverseProxy.name",
            withEdits(minimalPlan, {{"reverseProxy", R"({"name": "rp", "publicIpv4": "131.107.155.40"})"}}),
            "reverseProxy.name", "unknown key");
        row("v1 officeWebApps.servers",
            withEdits(minimalPlan,
                      {{"officeWebApps", R"({"internalFqdn": "owas.contoso.net", "servers": []})"}}),
            "officeWebApps.servers", "unknown key");
        row("v1 mobility.internalExternalWeb",
            withEdits(minimalPlan, {{"mobility.internalExternalWeb", "true"}}),
            "mobility.internalExternalWeb", "unknown key");
        row("v1 sipDomains object",
            withEdits(minimalPlan, {{"sipDomains", R"([{"name": "contoso.com", "splitBrain": false}])"}}),
            "sipDomains[0]", "expected a string, got an object");

        // A version 2 file: its version 1 keys say where they belong now.
        const QByteArray v2 = minimalV2Plan;
        row("v2 with frontEnd", withEdits(v2, {{"frontEnd", R"({"fqdn": "pool01.contoso.net"})"}}),
            "frontEnd",
            "a version 1 key; a version 2 plan lists this in \"sites\", as sites[].frontEndPools");
        row("v2 with director", withEdits(v2, {{"director", "null"}}), "director", "sites[].directorPools");
        row("v2 with edge", withEdits(v2, {{"edge", bareEdgePool}}), "edge", "sites[].edgePools");
        row("v2 with reverseProxy", withEdits(v2, {{"reverseProxy", R"({"publicIpv4": "131.107.155.40"})"}}),
            "reverseProxy", "sites[].reverseProxies");
        row("v2 with officeWebApps", withEdits(v2, {{"officeWebApps", "{}"}}), "officeWebApps",
            "sites[].officeWebApps");
        row("v2 with persistentChat", withEdits(v2, {{"persistentChat", "{}"}}), "persistentChat",
            "sites[].persistentChatPools");
        row("v2 unknown top-level key", withEdits(v2, {{"colour", R"("blue")"}}), "colour", "unknown key");

        row("v2 sites missing", withEdits(v2, {{"sites", nullptr}}), "sites", "missing required key");
        row("v2 sites empty", withEdits(v2, {{"sites", "[]"}}), "sites", "expected at least one site");
        row("v2 sites null", withEdits(v2, {{"sites", "null"}}), "sites",
            "expected an array of sites, got null");
        row("v2 sites an object", withEdits(v2, {{"sites", "{}"}}), "sites", "expected an array of sites");
        row("v2 site a string", withEdits(v2, {{"sites[0]", R"("Redmond")"}}), "sites[0]",
            "expected an object");
        row("v2 site name missing", withEdits(v2, {{"sites[0].name", nullptr}}), "sites[0].name",
            "missing required key");
        row("v2 site name a number", withEdits(v2, {{"sites[0].name", "1"}}), "sites[0].name",
            "expected a string");
        row("v2 unknown key in a site", withEdits(v2, {{"sites[0].frontEnd", "{}"}}), "sites[0].frontEnd",
            "unknown key (expected one of: name, frontEndPools, directorPools, edgePools, reverseProxies, "
            "officeWebApps, persistentChatPools, mediationPools, simpleUrls)");
        row("v2 unknown key in a second site",
            withEdits(v2, {{"sites[1]", R"({"name": "Dublin", "edges": []})"}}), "sites[1].edges",
            "unknown key");
        row("v2 frontEndPools an object", withEdits(v2, {{"sites[0].frontEndPools", "{}"}}),
            "sites[0].frontEndPools", "expected an array");
        row("v2 unknown key in a Front End pool",
            withEdits(v2, {{"sites[0].frontEndPools[0].edgepool", R"("e.contoso.net")"}}),
            "sites[0].frontEndPools[0].edgepool", "unknown key");
        row("v2 server fqdn missing", withEdits(v2, {{"sites[0].frontEndPools[0].servers[1].fqdn", nullptr}}),
            "sites[0].frontEndPools[0].servers[1].fqdn", "missing required key");
        row("v2 Front End reverseProxy a number",
            withEdits(v2, {{"sites[0].frontEndPools[0].reverseProxy", "1"}}),
            "sites[0].frontEndPools[0].reverseProxy", "expected a string");
        row("v2 Front End edition", withEdits(v2, {{"sites[0].frontEndPools[0].edition", R"("datacenter")"}}),
            "sites[0].frontEndPools[0].edition", "standard | enterprise");
        row("v2 Director with edgePool",
            withEdits(v2,
                      {{"sites[0].directorPools[0]", R"({"fqdn": "dir.contoso.net", "edgePool": null})"}}),
            "sites[0].directorPools[0].edgePool", "unknown key");
        row("v2 Director with edition",
            withEdits(
                v2, {{"sites[0].directorPools[0]", R"({"fqdn": "dir.contoso.net", "edition": "standard"})"}}),
            "sites[0].directorPools[0].edition", "unknown key");
        row("v2 Director fqdn missing", withEdits(v2, {{"sites[0].directorPools[0]", "{}"}}),
            "sites[0].directorPools[0].fqdn", "missing required key");
        row("v2 Edge internalFqdn missing", withEdits(v2, {{"sites[0].edgePools[0]", "{}"}}),
            "sites[0].edgePools[0].internalFqdn", "missing required key");
        row("v2 unknown key in an Edge pool",
            withEdits(v2, {{"sites[0].edgePools[0]", bareEdgePool}, {"sites[0].edgePools[0].priority", "1"}}),
            "sites[0].edgePools[0].priority", "unknown key");
        row("v2 remoteAccessPriority a string",
            withEdits(v2, {{"sites[0].edgePools[0]", bareEdgePool},
                           {"sites[0].edgePools[0].remoteAccessPriority", R"("10")"}}),
            "sites[0].edgePools[0].remoteAccessPriority", "expected a whole number, got a string");
        row("v2 remoteAccessPriority 65536",
            withEdits(v2, {{"sites[0].edgePools[0]", bareEdgePool},
                           {"sites[0].edgePools[0].remoteAccessPriority", "65536"}}),
            "sites[0].edgePools[0].remoteAccessPriority",
            "expected a whole number from 0 to 65535, got 65536");
        row("v2 remoteAccessPriority -1",
            withEdits(v2, {{"sites[0].edgePools[0]", bareEdgePool},
                           {"sites[0].edgePools[0].remoteAccessPriority", "-1"}}),
            "sites[0].edgePools[0].remoteAccessPriority", "from 0 to 65535");
        row("v2 xmppPriority a fraction",
            withEdits(
                v2, {{"sites[0].edgePools[0]", bareEdgePool}, {"sites[0].edgePools[0].xmppPriority", "1.5"}}),
            "sites[0].edgePools[0].xmppPriority", "expected a whole number, got a number");
        row("v2 Edge federation a string",
            withEdits(v2, {{"sites[0].edgePools[0]", bareEdgePool},
                           {"sites[0].edgePools[0].federation", R"("yes")"}}),
            "sites[0].edgePools[0].federation", "true or false");
        row("v2 Edge xmpp an object",
            withEdits(v2, {{"sites[0].edgePools[0]", bareEdgePool}, {"sites[0].edgePools[0].xmpp", "{}"}}),
            "sites[0].edgePools[0].xmpp", "expected true or false, got an object");
        row("v2 reverse proxy name missing",
            withEdits(v2, {{"sites[0].reverseProxies[0]", R"({"publicIpv4": "131.107.155.40"})"}}),
            "sites[0].reverseProxies[0].name", "missing required key");
        row("v2 reverse proxy publicIpv4 missing",
            withEdits(v2, {{"sites[0].reverseProxies[0]", R"({"name": "rp"})"}}),
            "sites[0].reverseProxies[0].publicIpv4", "missing required key");
        row("v2 reverseProxies an object",
            withEdits(v2, {{"sites[0].reverseProxies", R"({"name": "rp", "publicIpv4": "131.107.155.40"})"}}),
            "sites[0].reverseProxies", "expected an array");
        row("v2 Office Web Apps internalFqdn missing", withEdits(v2, {{"sites[0].officeWebApps[0]", "{}"}}),
            "sites[0].officeWebApps[0].internalFqdn", "missing required key");
        row("v2 Office Web Apps server fqdn missing",
            withEdits(v2, {{"sites[0].officeWebApps[0]", R"({"internalFqdn": "owas.contoso.net",
                                                               "servers": [{"ipv4": "10.10.10.21"}]})"}}),
            "sites[0].officeWebApps[0].servers[0].fqdn", "missing required key");
        row("v2 Persistent Chat pool fqdn missing",
            withEdits(v2, {{"sites[0].persistentChatPools[0]", "{}"}}),
            "sites[0].persistentChatPools[0].fqdn", "missing required key");
        row("v2 Mediation pool a string",
            withEdits(v2, {{"sites[0].mediationPools[0]", R"("med01.contoso.net")"}}),
            "sites[0].mediationPools[0]", "expected an object, got a string");
        row("v2 Mediation pool unknown key",
            withEdits(v2,
                      {{"sites[0].mediationPools[0]", R"({"fqdn": "med01.contoso.net", "gateways": []})"}}),
            "sites[0].mediationPools[0].gateways", "unknown key");
        row("v2 site simpleUrls unknown key",
            withEdits(v2, {{"sites[0].simpleUrls", R"({"scheduler": null})"}}),
            "sites[0].simpleUrls.scheduler", "unknown key");
        row("v2 site simpleUrls a list", withEdits(v2, {{"sites[0].simpleUrls", R"(["meet.contoso.com"])"}}),
            "sites[0].simpleUrls", "expected an object");

        row("v2 sipDomains empty", withEdits(v2, {{"sipDomains", "[]"}}), "sipDomains",
            "at least one SIP domain");
        row("v2 sipDomains a string", withEdits(v2, {{"sipDomains", R"("contoso.com")"}}), "sipDomains",
            "expected an array of domain names and { name, splitBrain } objects, got a string");
        row("v2 sipDomain a number", withEdits(v2, {{"sipDomains[1]", "7"}}), "sipDomains[1]",
            "expected a domain name or an object, got a number");
        row("v2 sipDomain without name", withEdits(v2, {{"sipDomains[1]", R"({"splitBrain": false})"}}),
            "sipDomains[1].name", "missing required key");
        row("v2 sipDomain splitBrain a string",
            withEdits(v2, {{"sipDomains[0]", R"({"name": "contoso.com", "splitBrain": "no"})"}}),
            "sipDomains[0].splitBrain", "true or false");
        row("v2 sipDomain unknown key",
            withEdits(v2, {{"sipDomains[0]", R"({"name": "contoso.com", "ttl": 60})"}}), "sipDomains[0].ttl",
            "unknown key");

        row("v2 signIn a string", withEdits(v2, {{"signIn", R"("pool01.contoso.net")"}}), "signIn",
            "expected an object");
        row("v2 signIn unknown key", withEdits(v2, {{"signIn", R"({"pools": []})"}}), "signIn.pools",
            "unknown key");
        row("v2 signIn.pool a list", withEdits(v2, {{"signIn", R"({"pool": ["pool01.contoso.net"]})"}}),
            "signIn.pool", "expected a string, got an array");
        row("v2 signIn.backupPools a string",
            withEdits(v2, {{"signIn", R"({"backupPools": "pool02.contoso.net"})"}}), "signIn.backupPools",
            "an array");
        row("v2 bad srvTarget keyword", withEdits(v2, {{"signIn", R"({"srvTarget": "fqdn"})"}}),
            "signIn.srvTarget", "expected one of pool | sip, got \"fqdn\"");

        row("v2 branch site name missing",
            withEdits(v2, {{"branchSites", R"([{"centralSite": "Redmond"}])"}}), "branchSites[0].name",
            "missing required key");
        row("v2 branch site centralSite missing",
            withEdits(v2, {{"branchSites", R"([{"name": "Bellevue"}])"}}), "branchSites[0].centralSite",
            "missing required key");
        row("v2 survivable branch fqdn missing",
            withEdits(v2, {{"branchSites", R"([{"name": "Bellevue", "centralSite": "Redmond",
                                                 "survivableBranches": [{"ipv4": "10.20.0.5"}]}])"}}),
            "branchSites[0].survivableBranches[0].fqdn", "missing required key");
        row("v2 branchSites an object", withEdits(v2, {{"branchSites", "{}"}}), "branchSites",
            "expected an array");

        row("v2 geoDns zone missing", withEdits(v2, {{"geoDns", R"({"pools": []})"}}), "geoDns.zone",
            "missing required key");
        row("v2 geoDns mode",
            withEdits(v2, {{"geoDns", R"({"zone": "geolb.contoso.com", "mode": "weighted"})"}}),
            "geoDns.mode", "round-robin | failover");
        row("v2 geoDns pool a number",
            withEdits(v2, {{"geoDns", R"({"zone": "geolb.contoso.com", "pools": [1]})"}}), "geoDns.pools[0]",
            "expected a string");
        row("v2 bad migration phase", withEdits(v2, {{"migration", R"({"phase": "cloud"})"}}),
            "migration.phase", "expected one of onprem | hybrid | teams-only, got \"cloud\"");
        row("v2 migration phase missing", withEdits(v2, {{"migration", "{}"}}), "migration.phase",
            "missing required key");
        row("v2 migration cloud",
            withEdits(v2, {{"migration", R"({"phase": "teams-only", "cloud": "gcc"})"}}), "migration.cloud",
            "commercial | gcc-high | dod | 21vianet");
        row("v2 migration domains a string",
            withEdits(v2, {{"migration", R"({"phase": "teams-only", "domains": "contoso.com"})"}}),
            "migration.domains", "an array");
        row("v2 mobility.internalExternalWeb a string",
            withEdits(v2, {{"mobility", R"({"internalExternalWeb": "on"})"}}), "mobility.internalExternalWeb",
            "true or false");
        row("v2 unknown key in mobility", withEdits(v2, {{"mobility", R"({"push": true})"}}), "mobility.push",
            "unknown key");
    }

    void invalidPlan_namesPathAndExpectation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, expectation);
        PlanError error;
        const std::optional<Plan> plan = parsePlan(json, fileName, &error);
        QVERIFY2(!plan, qPrintable(QStringLiteral("accepted:\n") + QString::fromUtf8(json)));
        QVERIFY2(error.jsonPath == path, qPrintable(describe(error)));
        QCOMPARE(error.fileName, fileName);
        QVERIFY2(error.message.contains(expectation), qPrintable(describe(error)));
        const QString text = error.toString();
        QVERIFY2(text.contains(fileName) && text.contains(path) && text.contains(expectation),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(text));
    }

    void wrongType_saysWhatItGot()
    {
        PlanError error;
        QVERIFY(!parsePlan(withEdits(minimalPlan, {{"frontEnd.servers[1].ipv4", "10"}}), fileName, &error));
        QCOMPARE(
            error.toString(),
            QStringLiteral("contoso.lyncplan: frontEnd.servers[1].ipv4: expected a string, got a number"));
    }

    void unknownKey_listsTheKnownKeys()
    {
        PlanError error;
        QVERIFY(!parsePlan(withEdits(minimalPlan, {{"frontEnd.servers[1].ipvv4", R"("10.10.10.2")"}}),
                           fileName, &error));
        QVERIFY2(error.message.contains(QLatin1String("ipv4")), qPrintable(describe(error)));
    }

    void unreadableFile_namesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("no-such-plan.lyncplan"));
        PlanError error;
        QVERIFY(!readPlanFile(missing, &error));
        QCOMPARE(error.fileName, missing);
        QCOMPARE(error.jsonPath, QString());
        QCOMPARE(error.line, 0);
        QVERIFY2(!error.message.isEmpty(), qPrintable(describe(error)));
        QVERIFY2(error.toString().startsWith(missing + QStringLiteral(": ")), qPrintable(describe(error)));
    }

    void directoryAsFile_isAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        PlanError error;
        QVERIFY(!readPlanFile(dir.path(), &error));
        QVERIFY2(error.toString().contains(dir.path()), qPrintable(describe(error)));
    }

    void fileError_reportsTheFileName()
    {
        // A syntax error read from disk names that file, not a placeholder.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("broken.lyncplan"));
        QVERIFY(test::writeAll(file, "{\n  \"format\": \"lyncdns-plan\",\n  \"version\": @\n}"));
        PlanError error;
        QVERIFY(!readPlanFile(file, &error));
        QVERIFY2(error.toString().startsWith(file + QStringLiteral(":3:14: ")), qPrintable(describe(error)));
    }

    // Only regular files up to 16 MiB are read: a FIFO would block for ever, /dev/zero never ends.
    void fifo_isRefusedWithoutBlocking()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("plan.lyncplan"));
        QVERIFY(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        PlanError error;
        QVERIFY(!readPlanFile(fifo, &error)); // before the fix: blocks here for ever
        QVERIFY2(error.toString().startsWith(fifo + QStringLiteral(": ")), qPrintable(describe(error)));
        QVERIFY2(error.message.contains(QLatin1String("not a regular file")), qPrintable(describe(error)));
#else
        QSKIP("FIFOs are a Unix thing");
#endif
    }

    void device_isRefused()
    {
        const QString zero = QStringLiteral("/dev/zero");
        QVERIFY2(QFileInfo::exists(zero), "no /dev/zero on this machine: the test needs a character device");
        PlanError error;
        QVERIFY(!readPlanFile(zero, &error)); // before the fix: reads until memory runs out
        QVERIFY2(error.toString().startsWith(zero + QStringLiteral(": ")), qPrintable(describe(error)));
        QVERIFY2(error.message.contains(QLatin1String("not a regular file")), qPrintable(describe(error)));
    }

    void fileOver16MiB_isRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString big = dir.filePath(QStringLiteral("big.lyncplan"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Valid JSON would parse: the limit, not a syntax error, must refuse it.
        QVERIFY(file.write(minimalPlan) == minimalPlan.size());
        QVERIFY(file.resize(16 * 1024 * 1024 + 1)); // a sparse tail of zero bytes
        file.close();
        PlanError error;
        QVERIFY(!readPlanFile(big, &error));
        QVERIFY2(error.message.contains(QLatin1String("16 MiB")), qPrintable(describe(error)));
        QVERIFY2(error.toString().startsWith(big + QStringLiteral(": ")), qPrintable(describe(error)));
    }

    void fileOf16MiB_isRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("padded.lyncplan"));
        QByteArray json = minimalPlan;
        json.append(QByteArray(16 * 1024 * 1024 - json.size(), ' ')); // whitespace is valid JSON
        QVERIFY(test::writeAll(file, json));
        PlanError error;
        QVERIFY2(readPlanFile(file, &error), qPrintable(describe(error)));
    }

    // Keys and values from the file reach the error: a newline or an escape sequence appears escaped.
    void controlCharacters_inErrorsAreEscaped()
    {
        PlanError error;
        QVERIFY(!parsePlan(withEdits(minimalPlan, {{"product", "\"x\\n0 errors\\u001b[2J\""}}), fileName,
                           &error));
        QVERIFY2(error.message.contains(QLatin1String("x\\n0 errors\\x1b[2J")), qPrintable(describe(error)));
        QVERIFY(!parsePlan(withEdits(minimalPlan, {{"frontEnd.bad\rkey", "1"}}), fileName, &error));
        QVERIFY2(error.jsonPath == QLatin1String("frontEnd.bad\\rkey"), qPrintable(describe(error)));
        for (const QChar c : error.toString())
            QVERIFY2(c.unicode() >= 0x20, qPrintable(describe(error)));
    }

    void nullErrorPointer_isAllowed()
    {
        QVERIFY(!parsePlan("{", fileName, nullptr));
        QVERIFY(!parsePlan("[]", fileName, nullptr));
        QVERIFY(!readPlanFile(QStringLiteral("/nonexistent/plan.lyncplan"), nullptr));
        QVERIFY(parsePlan(minimalPlan, fileName, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestPlanReader)
#include "tst_planreader.moc"
