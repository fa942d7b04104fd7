// The plan file contract (plan-format.md): round trips through the writer, the documented defaults,
// and every way a plan file can be rejected, with the file, JSON path or line, and what was expected.

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

const QString fileName = QStringLiteral("contoso.lyncplan");

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
        QTest::addColumn<QString>("file");
        QTest::newRow("shipped example")
            << test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan"));
        QTest::newRow("every key set") << test::dataFile(QStringLiteral("reader/full.lyncplan"));
        QTest::newRow("only required keys") << test::dataFile(QStringLiteral("reader/minimal.lyncplan"));
    }

private slots:
    // --- round trips ---------------------------------------------------------------------------

    void roundTrip_writtenJsonReadsBackEqual_data() { addRoundTripRows(); }

    void roundTrip_writtenJsonReadsBackEqual()
    {
        QFETCH(QString, file);
        const Plan plan = test::loadPlan(file);
        const QByteArray json = planToJson(plan);
        PlanError error;
        const std::optional<Plan> again = parsePlan(json, fileName, &error);
        QVERIFY2(again,
                 qPrintable(describe(error) + QStringLiteral("\nwritten JSON:\n") + QString::fromUtf8(json)));
        QVERIFY2(*again == plan, qPrintable(QStringLiteral("plan changed on the way through planToJson:\n") +
                                            QString::fromUtf8(json)));
        // Writing is a fixed point: the second write gives the same bytes.
        QCOMPARE(planToJson(*again), json);
    }

    void roundTrip_savedFileLoadsEqual_data() { addRoundTripRows(); }

    void roundTrip_savedFileLoadsEqual()
    {
        QFETCH(QString, file);
        const Plan plan = test::loadPlan(file);
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
        QCOMPARE(plan.product, Product::Sfb2015);
        QCOMPARE(plan.dns.ttl, 600);
        QVERIFY(!plan.dns.splitBrain);
        QVERIFY(plan.dns.ipv6);
        QVERIFY(plan.director);
        QCOMPARE(plan.director->loadBalancing, LoadBalancing::Dns);
        QVERIFY(plan.edge);
        QCOMPARE(plan.edge->layout, EdgeLayout::ScaledHardware);
        QVERIFY(plan.edge->vips);
        QCOMPARE(plan.edge->vips->avIpv6, QStringLiteral("2001:db8::7"));
        QCOMPARE(plan.edge->servers.at(0).privateAvIpv4, QStringLiteral("10.45.16.30"));
        QCOMPARE(plan.frontEnd.webServices.internalVipIpv6, QStringLiteral("fd00:10::6"));
        QCOMPARE(plan.simpleUrls.meet.size(), 2);
        QCOMPARE(plan.autodiscover.recordType, AutodiscoverType::A);
        QVERIFY(plan.pushNotifications);
        QVERIFY(plan.xmppFqdn);
        QVERIFY(plan.persistentChat);
        QVERIFY(plan.officeWebApps);
        QVERIFY(!plan.legacyDiscovery.srv);
        QVERIFY(plan.legacyDiscovery.tcp);
        QVERIFY(!plan.legacyDiscovery.hostRecords);
        QCOMPARE(plan.devices.ntpServer, QStringLiteral("dc01.contoso.com"));
        QVERIFY(plan.devices.deviceUpdates);
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
        QCOMPARE(plan.frontEnd.edition, Edition::Standard);
        QCOMPARE(plan.frontEnd.loadBalancing, LoadBalancing::None); // Standard Edition: none
        QCOMPARE(plan.frontEnd.vip, QString());
        QCOMPARE(plan.frontEnd.webServices, WebServices{});
        QCOMPARE(internalWebFqdn(plan.frontEnd),
                 QStringLiteral("se01.contoso.net")); // default: the pool fqdn
        QCOMPARE(plan.frontEnd.servers.at(0).ipv6, QString());
        QVERIFY(!plan.director);
        QVERIFY(!plan.edge);
        QVERIFY(!plan.reverseProxy);
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
        QVERIFY(!plan.persistentChat);
        QVERIFY(!plan.officeWebApps);
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
        QVERIFY(plan.edge);
        QCOMPARE(plan.edge->nat, false);
        QVERIFY(!plan.edge->vips);
        QCOMPARE(effectiveAccessFqdn(plan), QStringLiteral("sip.contoso.com"));
        QCOMPARE(effectiveWebConferencingFqdn(plan), QStringLiteral("webcon.contoso.com"));
        QCOMPARE(effectiveAvFqdn(plan), QStringLiteral("av.contoso.com"));
    }

    // Keys plan-format.md does not mark required are read with defaults; the validator reports
    // what the topology then lacks (exit 1), not the reader (exit 2).
    void keysNotMarkedRequired_takeDefaultsAndLeaveFindingsToValidator()
    {
        const Plan plan = test::planFromJson(
            withEdits(minimalPlan, {{"frontEnd.servers", nullptr},
                                    {"frontEnd.edition", nullptr},
                                    {"edge", R"({"internalFqdn": "lsedge.contoso.net"})"}}));
        QCOMPARE(plan.frontEnd.edition, Edition::Enterprise);
        QVERIFY(plan.frontEnd.servers.isEmpty());
        QVERIFY(plan.edge);
        QCOMPARE(plan.edge->layout, EdgeLayout::Single);
        QVERIFY(plan.edge->servers.isEmpty());
        const Findings findings = validatePlan(plan);
        QStringList paths;
        for (const Finding &f : findings)
            if (f.severity == Severity::Error)
                paths << f.path;
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
        const auto add = [](const QString &object, const char *key, const QStringList &words,
                            const char *editPath, const char *wrapper) {
            for (const QString &w : words) {
                const QByteArray value = QByteArray(wrapper).replace("WORD", w.toUtf8());
                QTest::addRow("%s %s", key, qPrintable(w))
                    << withEdits(minimalPlan, {{editPath, value.constData()}}) << object
                    << QString::fromLatin1(key) << w;
            }
        };
        add(QString(), "product", keywords<Product>(), "product", "\"WORD\"");
        add(QStringLiteral("frontEnd"), "edition", keywords<Edition>(), "frontEnd",
            R"({"edition": "WORD", "fqdn": "pool01.contoso.net", "servers": [{"fqdn": "pool01.contoso.net"}]})");
        add(QStringLiteral("frontEnd"), "loadBalancing", keywords<LoadBalancing>(), "frontEnd.loadBalancing",
            "\"WORD\"");
        add(QStringLiteral("edge"), "layout", keywords<EdgeLayout>(), "edge",
            R"({"layout": "WORD", "internalFqdn": "edge.contoso.net"})");
        add(QStringLiteral("autodiscover"), "recordType", keywords<AutodiscoverType>(), "autodiscover",
            R"({"recordType": "WORD"})");
    }

    void everyKeyword_isWrittenBackAsRead()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, object);
        QFETCH(QString, key);
        QFETCH(QString, word);
        const QJsonObject written = QJsonDocument::fromJson(planToJson(test::planFromJson(json))).object();
        const QJsonObject holder = object.isEmpty() ? written : written.value(object).toObject();
        QCOMPARE(holder.value(key).toString(), word);
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
        row("version 2", withEdits(minimalPlan, {{"version", "2"}}), "version", "version 1");
        row("version 0", withEdits(minimalPlan, {{"version", "0"}}), "version", "version 1");
        row("version a string", withEdits(minimalPlan, {{"version", R"("1")"}}), "version",
            "expected the number 1, got a string");
        row("version null", withEdits(minimalPlan, {{"version", "null"}}), "version",
            "expected the number 1, got null");

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
