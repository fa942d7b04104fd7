// One name, one role (plan-format.md, "A name may hold one role only"; issue 10): Microsoft's
// documented layouts plan cleanly, and a plan whose names collide on purpose is either reported by
// the validator where the names collide or planned without merging or dropping anything.

#include "model/check/checkplan.h"
#include "model/plan/planpaths.h"
#include "model/planner/planner.h"
#include "model/rules/nameclaims.h"
#include "model/validator/validator.h"
#include "tests/support/testsupport.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace lyncdns;

namespace {

Plan fixture(const char *name)
{
    return test::loadPlan(test::dataFile(QStringLiteral("nameclaims/") + QLatin1String(name)));
}

QString describe(const Findings &findings)
{
    QString out;
    for (const Finding &f : findings)
        out += QStringLiteral("\n  %1 %2 [%3] %4").arg(f.rule, severityName(f.severity), f.path, f.message);
    return out.isEmpty() ? QStringLiteral("\n  (no findings)") : out;
}

QStringList linesNamed(const RecordSet &records, const QStringList &names)
{
    RecordSet some;
    for (const DnsRecord &r : records)
        if (names.contains(r.name))
            some << r;
    return test::recordLines(some);
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

// Every role its own name and its own address, so a merged record shows as two addresses.
const QByteArray collisionBase = R"({
  "format": "lyncdns-plan",
  "version": 1,
  "sipDomains": ["contoso.com"],
  "frontEnd": {
    "edition": "enterprise", "fqdn": "pool01.contoso.net", "loadBalancing": "hardware", "vip": "10.1.0.5",
    "servers": [ { "fqdn": "fe01.contoso.net", "ipv4": "10.1.0.1" },
                 { "fqdn": "fe02.contoso.net", "ipv4": "10.1.0.2" } ],
    "webServices": { "internalFqdn": "webint.contoso.net", "internalVip": "10.1.0.6",
                     "externalFqdn": "webext.contoso.com" }
  },
  "director": {
    "fqdn": "dir01.contoso.net", "loadBalancing": "none",
    "servers": [ { "fqdn": "dir01.contoso.net", "ipv4": "10.2.0.1" } ],
    "webServices": { "externalFqdn": "webdirext.contoso.com" }
  },
  "edge": {
    "layout": "single", "internalFqdn": "lsedge.contoso.net",
    "accessFqdn": "sip.contoso.com", "webConferencingFqdn": "webcon.contoso.com", "avFqdn": "av.contoso.com",
    "servers": [ { "fqdn": "edge01.contoso.net", "internalIpv4": "172.25.33.10",
                   "accessIpv4": "131.107.155.10", "webConferencingIpv4": "131.107.155.20",
                   "avIpv4": "131.107.155.30" } ]
  },
  "reverseProxy": { "publicIpv4": "131.107.155.40" },
  "simpleUrls": { "meet": ["meet.contoso.com"], "dialin": "dialin.contoso.com", "admin": "admin.contoso.com" },
  "xmpp": { "fqdn": "xmpp.contoso.com" },
  "persistentChat": { "fqdn": "pchat.contoso.net", "servers": [ { "fqdn": "pchat01.contoso.net", "ipv4": "10.3.0.1" } ] },
  "officeWebApps": { "internalFqdn": "owas.contoso.net", "internalIpv4": "10.4.0.1",
                     "externalFqdn": "officewebapps01.contoso.com" }
})";

// The plan's name fields, written out by hand; `published` = the spec gives the name external records.
struct Field
{
    const char *path;
    const char *name;
    bool published;
};
const Field fields[] = {
    {"frontEnd.fqdn", "pool01.contoso.net", false},
    {"frontEnd.servers[0].fqdn", "fe01.contoso.net", false},
    {"frontEnd.servers[1].fqdn", "fe02.contoso.net", false},
    {"frontEnd.webServices.internalFqdn", "webint.contoso.net", false},
    {"frontEnd.webServices.externalFqdn", "webext.contoso.com", true},
    {"director.fqdn", "dir01.contoso.net", false},
    {"director.servers[0].fqdn", "dir01.contoso.net", false},
    {"director.webServices.externalFqdn", "webdirext.contoso.com", true},
    {"edge.internalFqdn", "lsedge.contoso.net", false},
    {"edge.servers[0].fqdn", "edge01.contoso.net", false},
    {"edge.accessFqdn", "sip.contoso.com", true},
    {"edge.webConferencingFqdn", "webcon.contoso.com", true},
    {"edge.avFqdn", "av.contoso.com", true},
    {"xmpp.fqdn", "xmpp.contoso.com", true},
    {"persistentChat.fqdn", "pchat.contoso.net", false},
    {"persistentChat.servers[0].fqdn", "pchat01.contoso.net", false},
    {"officeWebApps.internalFqdn", "owas.contoso.net", false},
    {"officeWebApps.externalFqdn", "officewebapps01.contoso.com", true},
    {"simpleUrls.meet[0]", "meet.contoso.com", true},
    {"simpleUrls.dialin", "dialin.contoso.com", true},
    {"simpleUrls.admin", "admin.contoso.com", false},
};
// Names the planner generates for sipDomains[0] (plan-format.md rules 3 and 4).
const char *const generated[] = {"sipinternal.contoso.com", "sipexternal.contoso.com",
                                 "lyncdiscover.contoso.com", "lyncdiscoverinternal.contoso.com",
                                 "dir01.contoso.com"};

} // namespace

class TestNameClaims : public QObject
{
    Q_OBJECT
private slots:
    // Options 2/3 (T-21): one host for Meet, Dial-in and Admin, one record per view; the Admin
    // path is internal, the host is published.
    void simpleUrlsOnOneHost_oneRecordPerView()
    {
        const Plan plan = fixture("simple-urls-one-host.lyncplan");
        const Findings findings = validatePlan(plan);
        QVERIFY2(!hasErrors(findings), qPrintable(describe(findings)));
        QCOMPARE(linesNamed(planRecords(plan), {QStringLiteral("lync.contoso.com")}),
                 sorted({QStringLiteral("internal lync.contoso.com A 10.1.0.6"),
                         QStringLiteral("external lync.contoso.com A 131.107.155.40")}));
        QVERIFY(!internalOnlyNames(plan).contains(QStringLiteral("lync.contoso.com")));
    }

    // Rule 7: Microsoft's OWA.contoso.com inside and outside: one internal and one external record.
    void officeWebAppsSameFqdn_oneRecordPerView()
    {
        const Plan plan = fixture("owa-same-fqdn.lyncplan");
        const Findings findings = validatePlan(plan);
        QVERIFY2(!hasErrors(findings), qPrintable(describe(findings)));
        QCOMPARE(linesNamed(planRecords(plan), {QStringLiteral("owa.contoso.com")}),
                 sorted({QStringLiteral("internal owa.contoso.com A 10.4.0.1"),
                         QStringLiteral("external owa.contoso.com A 131.107.155.40")}));
        QVERIFY(!internalOnlyNames(plan).contains(QStringLiteral("owa.contoso.com")));
    }

    // Rule 4: one XMPP host for every SIP domain; not an R-SRV1 error.
    void xmppTwoDomains_oneSrvPerDomainToOneHost()
    {
        const Plan plan = fixture("xmpp-two-domains.lyncplan");
        const Findings findings = validatePlan(plan);
        QVERIFY2(!hasErrors(findings), qPrintable(describe(findings)));
        QCOMPARE(
            linesNamed(planRecords(plan), {QStringLiteral("_xmpp-server._tcp.contoso.com"),
                                           QStringLiteral("_xmpp-server._tcp.fabrikam.com"),
                                           QStringLiteral("xmpp.contoso.com")}),
            sorted({QStringLiteral("external _xmpp-server._tcp.contoso.com SRV 0 0 5269 xmpp.contoso.com"),
                    QStringLiteral("external _xmpp-server._tcp.fabrikam.com SRV 0 0 5269 xmpp.contoso.com"),
                    QStringLiteral("external xmpp.contoso.com A 131.107.155.10")}));
    }

    // The live check's "must not resolve" list names the rule of each leak (catalogue §3.3).
    void mustNotResolve_namesTheRuleOfEachLeak()
    {
        const Plan plan = test::planFromJson(collisionBase);
        QHash<QString, QString> rules;
        for (const GuardedName &g : mustNotResolveExternally(plan))
            rules.insert(g.name, g.rule);
        QCOMPARE(rules.value(QStringLiteral("lyncdiscoverinternal.contoso.com")), QStringLiteral("R-EXP1"));
        QCOMPARE(rules.value(QStringLiteral("webint.contoso.net")), QStringLiteral("R-EXP3"));
        QCOMPARE(rules.value(QStringLiteral("admin.contoso.com")), QStringLiteral("R-EXP4"));
        QCOMPARE(rules.value(QStringLiteral("sipinternal.contoso.com")), QStringLiteral("R-EXP5"));
        QCOMPARE(rules.value(QStringLiteral("lsedge.contoso.net")), QStringLiteral("R-EXP8"));
        for (const char *name : {"pool01.contoso.net", "fe01.contoso.net", "edge01.contoso.net",
                                 "pchat.contoso.net", "pchat01.contoso.net", "owas.contoso.net"})
            QCOMPARE(rules.value(QLatin1String(name)), QStringLiteral("R-EXP6"));
        // A one-server Director named after its server: its web FQDN is the pool's, so R-EXP3 wins.
        QCOMPARE(rules.value(QStringLiteral("dir01.contoso.net")), QStringLiteral("R-EXP3"));
        for (const char *name :
             {"webext.contoso.com", "sip.contoso.com", "meet.contoso.com", "xmpp.contoso.com"})
            QVERIFY2(!rules.contains(QLatin1String(name)), name);
    }

    // The exposure property: each name field set to each other name of the plan. Either the validator
    // reports an error at one of the two places, or every published name keeps its external records;
    // and in every case no name holds two roles' data in one view, and a CNAME stands alone.
    void collidingNames_reportedOrPlannedCleanly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("otherPaths"); // the fields that hold value in the base plan
        for (const Field &f : fields) {
            for (const Field &g : fields) {
                if (QLatin1String(f.name) == QLatin1String(g.name))
                    continue;
                QStringList others;
                for (const Field &h : fields)
                    if (QLatin1String(h.name) == QLatin1String(g.name))
                        others << QString::fromLatin1(h.path);
                QTest::addRow("%s = %s", f.path, g.path)
                    << QString::fromLatin1(f.path) << QString::fromLatin1(g.name) << others;
            }
            for (const char *name : generated)
                QTest::addRow("%s = %s", f.path, name)
                    << QString::fromLatin1(f.path) << QString::fromLatin1(name)
                    << QStringList{QStringLiteral("sipDomains[0]")};
        }
    }
    void collidingNames_reportedOrPlannedCleanly()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QStringList, otherPaths);
        const QByteArray pathBytes = path.toLatin1();
        const QByteArray json = QByteArray("\"") + value.toLatin1() + QByteArray("\"");
        const Plan plan =
            test::planFromJson(test::withEdits(collisionBase, {{pathBytes.constData(), json.constData()}}));
        const Findings findings = validatePlan(plan);
        const RecordSet records = planRecords(plan);

        bool reported = false;
        for (const Finding &f : findings)
            reported =
                reported || (f.severity == Severity::Error &&
                             (pathInFile(f.path, 1) == path || otherPaths.contains(pathInFile(f.path, 1))));
        if (!reported) {
            QVERIFY2(!hasErrors(findings), qPrintable(QStringLiteral("an error, but not at %1 or %2:")
                                                          .arg(path, otherPaths.join(QLatin1Char(' '))) +
                                                      describe(findings)));
            QSet<QString> external;
            for (const DnsRecord &r : records)
                if (r.location == Location::External)
                    external.insert(r.name);
            for (const Field &f : fields) {
                const QString name = QLatin1String(f.path) == path ? value : QString::fromLatin1(f.name);
                QVERIFY2(!f.published || external.contains(name),
                         qPrintable(QStringLiteral("%1 (%2) lost its external records")
                                        .arg(name, QLatin1String(f.path))));
            }
        }
        QHash<QString, QSet<QString>> data; // view|name -> the data of its records
        for (const DnsRecord &r : records) {
            const QString key = locationName(r.location) + QLatin1Char(' ') + r.name;
            if (r.type != RecordType::SRV)
                data[key].insert(r.data);
        }
        // Every role of the base plan has one address, so two values are two roles merged (and a CNAME
        // beside other data shows the same way).
        for (auto it = data.cbegin(); it != data.cend(); ++it) {
            QVERIFY2(it.value().size() == 1,
                     qPrintable(QStringLiteral("%1 merges %2")
                                    .arg(it.key(), QStringList(it.value().cbegin(), it.value().cend())
                                                       .join(QLatin1Char(' ')))));
        }
    }
};

QTEST_GUILESS_MAIN(TestNameClaims)
#include "tst_nameclaims.moc"
