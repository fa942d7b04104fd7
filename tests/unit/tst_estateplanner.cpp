// The planner on version 2 plans (estates): record sets written by hand from plan-format.md's
// version 2 rules 1-9 and the Microsoft pages the catalogue cites (multi-site DNS, GeoDNS DR
// table), never from the program's output; and version 1 plans giving the same records before and
// after a conversion to version 2.

#include "model/plan/planreader.h"
#include "model/plan/planwriter.h"
#include "model/planner/planner.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QTest>

#include <initializer_list>

using namespace lyncdns;

namespace {

QStringList lines(std::initializer_list<const char *> rows)
{
    return test::sortedLines(rows);
}

Plan estate(const char *name)
{
    return test::loadPlan(test::dataFile(QStringLiteral("estate/") + QLatin1String(name)));
}

void compareSet(const QStringList &expected, const QStringList &actual)
{
    const QString diff = test::describeDifference(expected, actual);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

const DnsRecord *findRecord(const RecordSet &records, Location location, const QString &name,
                            const QString &data = QString())
{
    for (const DnsRecord &r : records)
        if (r.location == location && r.name == name && (data.isEmpty() || r.data == data))
            return &r;
    return nullptr;
}

// Every plan file of the project that is written in version 1.
QStringList versionOnePlanFiles()
{
    QStringList files;
    for (const QString &dir : {QStringLiteral("planner"), QStringLiteral("nameclaims"),
                               QStringLiteral("check"), QStringLiteral("reader")}) {
        const QDir d(test::dataFile(dir));
        for (const QString &f : d.entryList({QStringLiteral("*.lyncplan")}, QDir::Files, QDir::Name))
            files << d.filePath(f);
    }
    files << test::examplePlanFiles();
    QStringList v1;
    for (const QString &f : files)
        if (test::readAll(f).contains("\"version\": 1"))
            v1 << f;
    return v1;
}

} // namespace

class TestEstatePlanner : public QObject
{
    Q_OBJECT
private slots:
    // Rules 1-5 and 8 on two sites: Director sign-in with a backup pool in the other site (rule 3),
    // two Edge pools (rule 4), a proxy per site (rule 2), Dublin's site-scoped simple URLs (rule 5),
    // a Mediation pool and an Office Web Apps farm (rules 1, 7) and a branch appliance (rule 8).
    void twoSites_everyRecordOfEverySite()
    {
        const RecordSet records = planRecords(estate("two-sites.lyncplan"));
        compareSet(lines({
                       // Redmond: servers, pools (DNS LB), internal web services.
                       "internal fe01.contoso.net A 10.1.0.1",
                       "internal fe02.contoso.net A 10.1.0.2",
                       "internal pool01.contoso.net A 10.1.0.1",
                       "internal pool01.contoso.net A 10.1.0.2",
                       "internal webint01.contoso.net A 10.1.0.10",
                       "internal dir1a.contoso.net A 10.1.1.1",
                       "internal dir1b.contoso.net A 10.1.1.2",
                       "internal dir01.contoso.net A 10.1.1.1",
                       "internal dir01.contoso.net A 10.1.1.2",
                       "internal dirweb01.contoso.net A 10.1.1.10",
                       "internal edge01.contoso.net A 10.1.2.1",
                       // Dublin: a hardware load-balanced pool answers on its VIP.
                       "internal fe11.contoso.net A 10.2.0.1",
                       "internal fe12.contoso.net A 10.2.0.2",
                       "internal pool02.contoso.net A 10.2.0.100",
                       "internal webint02.contoso.net A 10.2.0.10",
                       "internal edge02.contoso.net A 10.2.2.1",
                       "internal med21.contoso.net A 10.2.3.1",
                       "internal med22.contoso.net A 10.2.3.2",
                       "internal med02.contoso.net A 10.2.3.1",
                       "internal med02.contoso.net A 10.2.3.2",
                       "internal owas02.contoso.net A 10.2.4.10",
                       "internal owa21.contoso.net A 10.2.4.1",
                       "internal owa22.contoso.net A 10.2.4.2",
                       // The branch appliance: its host record only.
                       "internal sba01.contoso.net A 10.5.0.5",
                       // Once per SIP domain: the Director signs in (priority 0), Dublin's pool is
                       // the backup (priority 10); both targets inside contoso.com.
                       "internal _sipinternaltls._tcp.contoso.com SRV 0 0 5061 dir01.contoso.com",
                       "internal _sipinternaltls._tcp.contoso.com SRV 10 0 5061 pool02.contoso.com",
                       "internal dir01.contoso.com A 10.1.1.1",
                       "internal dir01.contoso.com A 10.1.1.2",
                       "internal pool02.contoso.com A 10.2.0.100",
                       "internal sip.contoso.com A 10.1.1.1",
                       "internal sip.contoso.com A 10.1.1.2",
                       "internal sipinternal.contoso.com A 10.1.1.1",
                       "internal sipinternal.contoso.com A 10.1.1.2",
                       "internal lyncdiscoverinternal.contoso.com CNAME dirweb01.contoso.net",
                       // Global simple URLs: the web pool (the Director); Dublin's own: its pool.
                       "internal meet.contoso.com A 10.1.1.10",
                       "internal dialin.contoso.com A 10.1.1.10",
                       "internal meeteu.contoso.com A 10.2.0.10",
                       "internal dialineu.contoso.com A 10.2.0.10",
                       // Outside: the primary Edge pool as sip.<d>, the second under its own label.
                       "external sip.contoso.com A 131.107.155.10",
                       "external sipeu.contoso.com A 198.51.100.10",
                       "external _sip._tls.contoso.com SRV 0 0 443 sip.contoso.com",
                       "external _sip._tls.contoso.com SRV 10 0 443 sipeu.contoso.com",
                       "external _sipfederationtls._tcp.contoso.com SRV 0 0 5061 sip.contoso.com",
                       "external sipexternal.contoso.com A 131.107.155.10",
                       "external webcon.contoso.com A 131.107.155.20",
                       "external av.contoso.com A 131.107.155.30",
                       "external webconeu.contoso.com A 198.51.100.20",
                       "external aveu.contoso.com A 198.51.100.30",
                       // Each pool through its site's proxy.
                       "external webext01.contoso.com A 131.107.155.40",
                       "external dirext01.contoso.com A 131.107.155.40",
                       "external webext02.contoso.com A 198.51.100.40",
                       "external owaseu.contoso.com A 198.51.100.40",
                       "external meet.contoso.com A 131.107.155.40",
                       "external dialin.contoso.com A 131.107.155.40",
                       "external meeteu.contoso.com A 198.51.100.40",
                       "external dialineu.contoso.com A 198.51.100.40",
                       "external lyncdiscover.contoso.com CNAME dirext01.contoso.com",
                   }),
                   test::recordLines(records));
    }

    // cli.md: the site column names the central site of the pool; per-domain records have none;
    // an appliance belongs to its branch's central site.
    void twoSites_siteColumn()
    {
        const RecordSet records = planRecords(estate("two-sites.lyncplan"));
        const struct
        {
            Location location;
            const char *name;
            const char *site;
        } expected[] = {
            {Location::Internal, "pool01.contoso.net", "Redmond"},
            {Location::Internal, "pool02.contoso.net", "Dublin"},
            {Location::Internal, "med02.contoso.net", "Dublin"},
            {Location::Internal, "sba01.contoso.net", "Redmond"},
            {Location::Internal, "meeteu.contoso.com", "Dublin"},
            {Location::Internal, "meet.contoso.com", ""},
            {Location::Internal, "_sipinternaltls._tcp.contoso.com", ""},
            {Location::External, "sipeu.contoso.com", ""},
            {Location::External, "webconeu.contoso.com", "Dublin"},
            {Location::External, "webext02.contoso.com", "Dublin"},
            {Location::External, "lyncdiscover.contoso.com", ""},
        };
        for (const auto &e : expected) {
            const DnsRecord *r = findRecord(records, e.location, QLatin1String(e.name));
            QVERIFY2(r, e.name);
            QCOMPARE(r->site, QLatin1String(e.site));
        }
    }

    // Rule 9: no internal-only name of any site is published.
    void twoSites_internalNamesNeverPublished()
    {
        const RecordSet records = planRecords(estate("two-sites.lyncplan"));
        for (const char *name :
             {"pool01.contoso.net", "pool02.contoso.net", "dir01.contoso.net", "edge01.contoso.net",
              "edge02.contoso.net", "med02.contoso.net", "owas02.contoso.net", "sba01.contoso.net",
              "webint02.contoso.net", "lyncdiscoverinternal.contoso.com", "sipinternal.contoso.com",
              "dir01.contoso.com", "pool02.contoso.com"})
            QVERIFY2(!findRecord(records, Location::External, QLatin1String(name)), name);
    }

    // Rule 2: mobility.internalExternalWeb gives each external web FQDN an internal record on the
    // address of the proxy that publishes its pool (the name is in split-brain contoso.com).
    void internalExternalWeb_throughEachPoolsProxy()
    {
        Plan plan = estate("two-sites.lyncplan");
        plan.internalExternalWeb = true;
        RecordSet web;
        for (const DnsRecord &r : planRecords(plan))
            if (r.requirement == QLatin1String("int-extweb-internal"))
                web << r;
        compareSet(lines({"internal webext01.contoso.com A 131.107.155.40",
                          "internal dirext01.contoso.com A 131.107.155.40",
                          "internal webext02.contoso.com A 198.51.100.40"}),
                   test::recordLines(web));
    }

    // Rule 12 (hybrid): the federation SRV is required for every SIP domain, discoverable or not.
    void hybrid_federationSrvRequired()
    {
        Plan plan = estate("two-sites.lyncplan");
        plan.federation.discoverable = false;
        plan.migration = Migration{MigrationPhase::Hybrid, Cloud::Commercial, {}};
        const RecordSet records = planRecords(plan);
        const DnsRecord *fed =
            findRecord(records, Location::External, QStringLiteral("_sipfederationtls._tcp.contoso.com"));
        QVERIFY(fed);
        QCOMPARE(fed->data, QStringLiteral("0 0 5061 sip.contoso.com"));
        QVERIFY(fed->required);
        plan.migration.reset();
        QVERIFY(!findRecord(planRecords(plan), Location::External,
                            QStringLiteral("_sipfederationtls._tcp.contoso.com")));
    }

    // Rule 4: two pools marked federation: one SRV each, both at the documented priority 0.
    void twoFederationPools_oneSrvEach()
    {
        Plan plan = estate("two-sites.lyncplan");
        plan.sites[1].edgePools[0].federation = true;
        RecordSet fed;
        for (const DnsRecord &r : planRecords(plan))
            if (r.name == QLatin1String("_sipfederationtls._tcp.contoso.com"))
                fed << r;
        compareSet(lines({"external _sipfederationtls._tcp.contoso.com SRV 0 0 5061 sip.contoso.com",
                          "external _sipfederationtls._tcp.contoso.com SRV 0 0 5061 sipeu.contoso.com"}),
                   test::recordLines(fed));
    }

    // Rule 4: the primary pool is the one with the lowest remoteAccessPriority, wherever it is listed.
    void primaryEdgePool_lowestPriority()
    {
        Plan plan = estate("two-sites.lyncplan");
        plan.sites[0].edgePools[0].remoteAccessPriority = 20;
        plan.sites[0].edgePools[0].accessFqdn = QStringLiteral("sipus.contoso.com");
        RecordSet sip;
        for (const DnsRecord &r : planRecords(plan))
            if (r.location == Location::External && (r.name.startsWith(QLatin1String("_sip._tls.")) ||
                                                     r.name == QLatin1String("sipexternal.contoso.com")))
                sip << r;
        // Dublin is primary now: sip.contoso.com is its name; Redmond's pool goes under its label.
        compareSet(lines({"external _sip._tls.contoso.com SRV 10 0 443 sip.contoso.com",
                          "external _sip._tls.contoso.com SRV 20 0 443 sipus.contoso.com",
                          "external sipexternal.contoso.com A 198.51.100.10"}),
                   test::recordLines(sip));
    }

    // Rule 6 and Microsoft's DR table: meet, dialin, lyncdiscoverinternal and lyncdiscover become
    // CNAMEs to the GeoDNS names; Admin keeps its A record on the web pool.
    void geoDns_cnamesAndMemberTable()
    {
        const Plan plan = estate("geodns.lyncplan");
        const RecordSet records = planRecords(plan);
        compareSet(
            lines({
                "internal fe01.contoso.net A 10.1.0.1",
                "internal fe02.contoso.net A 10.1.0.2",
                "internal pool01.contoso.net A 10.1.0.100",
                "internal pool1web.contoso.net A 10.1.0.10",
                "internal fe11.contoso.net A 10.2.0.1",
                "internal fe12.contoso.net A 10.2.0.2",
                "internal pool02.contoso.net A 10.2.0.100",
                "internal pool2web.contoso.net A 10.2.0.10",
                "internal _sipinternaltls._tcp.contoso.com SRV 0 0 5061 pool01.contoso.com",
                "internal pool01.contoso.com A 10.1.0.100",
                "internal sip.contoso.com A 10.1.0.100",
                "internal sipinternal.contoso.com A 10.1.0.100",
                "internal lyncdiscoverinternal.contoso.com CNAME lyncdiscoverint-int.geolb.contoso.com",
                "internal meet.contoso.com CNAME meet-int.geolb.contoso.com",
                "internal dialin.contoso.com CNAME dialin-int.geolb.contoso.com",
                "internal admin.contoso.com A 10.1.0.10",
                "external pool1ext.contoso.com A 131.107.155.40",
                "external pool2ext.contoso.com A 198.51.100.40",
                "external meet.contoso.com CNAME meet-ext.geolb.contoso.com",
                "external dialin.contoso.com CNAME dialin-ext.geolb.contoso.com",
                "external lyncdiscover.contoso.com CNAME lyncdiscover-ext.geolb.contoso.com",
            }),
            test::recordLines(records));

        QStringList members;
        for (const GeoDnsMember &m : geoDnsMembers(plan))
            members
                << QStringLiteral("%1 %2 %3 %4").arg(m.name, locationName(m.view), m.member, keyword(m.mode));
        QCOMPARE(members, QStringList({
                              "dialin-ext.geolb.contoso.com external pool1ext.contoso.com failover",
                              "dialin-ext.geolb.contoso.com external pool2ext.contoso.com failover",
                              "dialin-int.geolb.contoso.com internal pool1web.contoso.net failover",
                              "dialin-int.geolb.contoso.com internal pool2web.contoso.net failover",
                              "lyncdiscover-ext.geolb.contoso.com external pool1ext.contoso.com failover",
                              "lyncdiscover-ext.geolb.contoso.com external pool2ext.contoso.com failover",
                              "lyncdiscoverint-int.geolb.contoso.com internal pool1web.contoso.net failover",
                              "lyncdiscoverint-int.geolb.contoso.com internal pool2web.contoso.net failover",
                              "meet-ext.geolb.contoso.com external pool1ext.contoso.com failover",
                              "meet-ext.geolb.contoso.com external pool2ext.contoso.com failover",
                              "meet-int.geolb.contoso.com internal pool1web.contoso.net failover",
                              "meet-int.geolb.contoso.com internal pool2web.contoso.net failover",
                          }));
    }

    // Per-domain split-brain: contoso.com keeps its zone and CNAME, fabrikam.com gets pin-point
    // zones and the A form of lyncdiscoverinternal (version 1 decision 8, per domain).
    void perDomainSplitBrain_pinPointOnlyWhereAsked()
    {
        const RecordSet records = planRecords(estate("per-domain-split-brain.lyncplan"));
        QStringList withZones;
        for (const DnsRecord &r : records) {
            // A pin-point zone is named after its record (cli.md): "pin-point" stands for that.
            if (r.pinPoint)
                QCOMPARE(r.zone, r.name);
            withZones << QStringLiteral("%1 %2 %3 %4 zone=%5")
                             .arg(locationName(r.location), r.name, recordTypeName(r.type), r.data,
                                  r.pinPoint ? QStringLiteral("pin-point") : r.zone);
        }
        withZones.sort();
        compareSet(
            lines({
                "internal fe01.contoso.com A 10.1.0.1 zone=contoso.com",
                "internal fe02.contoso.com A 10.1.0.2 zone=contoso.com",
                "internal pool01.contoso.com A 10.1.0.100 zone=contoso.com",
                "internal webint.contoso.com A 10.1.0.10 zone=contoso.com",
                "internal lyncdiscoverinternal.contoso.com CNAME webint.contoso.com zone=contoso.com",
                "internal _sipinternaltls._tcp.contoso.com SRV 0 0 5061 pool01.contoso.com zone=contoso.com",
                "internal meet.contoso.com A 10.1.0.10 zone=contoso.com",
                "internal dialin.contoso.com A 10.1.0.10 zone=contoso.com",
                "internal lyncdiscoverinternal.fabrikam.com A 10.1.0.10 zone=pin-point",
                "internal pool01.fabrikam.com A 10.1.0.100 zone=pin-point",
                "internal _sipinternaltls._tcp.fabrikam.com SRV 0 0 5061 pool01.fabrikam.com zone=pin-point",
                "internal meet.fabrikam.com A 10.1.0.10 zone=pin-point",
            }),
            withZones);
    }

    // signIn.srvTarget "sip": the SRV points at sip.<d>, which gets the pool's address set even
    // without legacyDiscovery.hostRecords.
    void srvTargetSip_pointsAtSipName()
    {
        Plan plan = estate("per-domain-split-brain.lyncplan");
        plan.signIn.srvTarget = SrvTargetStyle::Sip;
        RecordSet signIn;
        for (const DnsRecord &r : planRecords(plan))
            if (r.requirement == QLatin1String("int-sipinternaltls"))
                signIn << r;
        compareSet(lines({"internal _sipinternaltls._tcp.contoso.com SRV 0 0 5061 sip.contoso.com",
                          "internal sip.contoso.com A 10.1.0.100",
                          "internal _sipinternaltls._tcp.fabrikam.com SRV 0 0 5061 sip.fabrikam.com",
                          "internal sip.fabrikam.com A 10.1.0.100"}),
                   test::recordLines(signIn));
    }

    // Version 1 keeps working: every version 1 plan of the project gives the same records read as
    // it is and read back after being written as version 2.
    void versionOne_sameRecordsBothWays_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = versionOnePlanFiles();
        QVERIFY(files.size() >= 20); // the fixtures and examples are there, not silently missing
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void versionOne_sameRecordsBothWays()
    {
        QFETCH(QString, file);
        PlanError error;
        const std::optional<Plan> v1 = readPlanFile(file, &error);
        if (!v1) {
            // The reader fixtures include files that must not load; those say so in their name.
            QVERIFY2(file.contains(QLatin1String("/cli/")), qPrintable(error.toString()));
            return;
        }
        QCOMPARE(v1->fileVersion, 1);
        QCOMPARE(v1->sites.size(), 1);
        QCOMPARE(v1->sites.first().name, QStringLiteral("Site 1"));
        const QByteArray written = planToJson(*v1);
        QVERIFY(written.contains("\"version\": 2"));
        const std::optional<Plan> v2 = parsePlan(written, file, &error);
        QVERIFY2(v2, qPrintable(error.toString()));
        QCOMPARE(v2->fileVersion, 2);
        QVERIFY(*v2 == *v1);
        const RecordSet before = planRecords(*v1);
        const RecordSet after = planRecords(*v2);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const DnsRecord &a = before.at(i);
            const DnsRecord &b = after.at(i);
            QVERIFY2(a.sameRecord(b) && a.reason == b.reason && a.zone == b.zone && a.site == b.site &&
                         a.requirement == b.requirement && a.required == b.required && a.ttl == b.ttl,
                     qPrintable(a.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestEstatePlanner)
#include "tst_estateplanner.moc"
