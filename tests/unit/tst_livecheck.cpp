// The live check engine against a scripted resolver: probe first (a planned question whose answer
// is that record's too), identical queries once, dead servers found out quickly and reported
// unreachable (never missing), the in-flight limit kept, R-SRV2, cancel and recheck; and
// checkItems() and probeItem() against plan-format.md. Issue 13: required and optional items, one
// more question for a failing name that exists, lyncdiscover as an A record.

#include "model/check/checkplan.h"
#include "model/check/livecheck.h"
#include "model/planner/planner.h"
#include "tests/support/fakeresolver.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace lyncdns;
using test::FakeResolver;

namespace {

const QString internalDns = QStringLiteral("10.0.0.53");
const QString externalDns = QStringLiteral("192.0.2.53");
// The internal servers of other sites: one vantage point per site.
const QString dublinDns = QStringLiteral("10.2.0.53");
const QString bellevueDns = QStringLiteral("10.5.0.53");

QString serverFor(Location l)
{
    return l == Location::Internal ? internalDns : externalDns;
}

QStringList list(std::initializer_list<const char *> values)
{
    QStringList out;
    for (const char *v : values)
        out << QString::fromLatin1(v);
    return out;
}

CheckItem item(Location location, const char *name, RecordType type, const QStringList &expected,
               const char *requirement = "test")
{
    CheckItem i;
    i.location = location;
    i.name = QString::fromLatin1(name);
    i.type = type;
    i.expected = expected;
    i.requirement = QString::fromLatin1(requirement);
    return i;
}

Plan examplePlan()
{
    return test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
}

QList<CheckItem> exampleItems()
{
    const Plan plan = examplePlan();
    return checkItems(plan, planRecords(plan));
}

QList<CheckItem> onlyAt(const QList<CheckItem> &items, Location l)
{
    QList<CheckItem> out;
    for (const CheckItem &i : items)
        if (i.location == l)
            out << i;
    return out;
}

// Every planned record answers exactly as planned; names that must not resolve are NXDOMAIN.
void scriptAllOk(FakeResolver &resolver, const QList<CheckItem> &items)
{
    for (const CheckItem &i : items)
        if (!i.mustNotResolve)
            resolver.setAnswer(serverFor(i.location), i.name, i.type, i.expected);
}

QString line(const CheckResult &r)
{
    return QStringLiteral("%1@%2 %3 %4: %5 [%6] %7")
        .arg(locationName(r.item.location), r.server, r.item.name, recordTypeName(r.item.type),
             checkStatusName(r.status), r.actual.join(QStringLiteral(", ")), r.detail);
}

// Every planned internal record answers as planned on this internal server too.
void scriptInternalOk(FakeResolver &resolver, const QString &server, const QList<CheckItem> &items)
{
    for (const CheckItem &i : items)
        if (!i.mustNotResolve && i.location == Location::Internal)
            resolver.setAnswer(server, i.name, i.type, i.expected);
}

// "server name TYPE status" of every result, sorted: what a multi-server check reports.
QStringList resultLines(const CheckReport &report)
{
    QStringList out;
    for (const CheckResult &r : report.results)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(r.server, r.item.name, recordTypeName(r.item.type), checkStatusName(r.status));
    out.sort();
    return out;
}

// The results whose status is not `status`, one per line, for failure messages.
QString notWithStatus(const CheckReport &report, CheckStatus status, Location location)
{
    QStringList out;
    for (const CheckResult &r : report.results)
        if (r.item.location == location && r.status != status)
            out << line(r);
    return out.join(QLatin1Char('\n'));
}

int resultIndex(const CheckReport &report, Location l, const QString &name, RecordType type)
{
    for (int i = 0; i < report.results.size(); ++i) {
        const CheckItem &it = report.results.at(i).item;
        if (it.location == l && it.name == name && it.type == type)
            return i;
    }
    return -1;
}

QString lookupLines(const QList<FakeResolver::Lookup> &lookups)
{
    QStringList out;
    for (const FakeResolver::Lookup &l : lookups)
        out << QStringLiteral("#%1 %2 %3 %4 sent@%5 answered@%6 %7")
                   .arg(l.id)
                   .arg(l.server, l.name, recordTypeName(l.type))
                   .arg(l.sentSeq)
                   .arg(l.answeredSeq)
                   .arg(outcomeName(l.outcome));
    return out.join(QLatin1Char('\n'));
}

// A check wired to a fake resolver, with spies on everything it says.
struct Run
{
    FakeResolver resolver;
    LiveCheck check{&resolver};
    QSignalSpy finished{&check, &LiveCheck::finished};
    QSignalSpy progress{&check, &LiveCheck::progress};
    QSignalSpy resultChanged{&check, &LiveCheck::resultChanged};

    void start(const QList<CheckItem> &items, const QString &internal = internalDns,
               const QString &external = externalDns)
    {
        check.start(items, internal, external);
    }
    void startSites(const QList<CheckItem> &items, const QStringList &internal,
                    const QString &external = externalDns)
    {
        check.start(items, internal, external);
    }
    const CheckReport &report() const { return check.report(); }
};

} // namespace

class TestLiveCheck : public QObject
{
    Q_OBJECT
private slots:
    // ---- checkItems(): what is verified, from plan-format.md ----

    void checkItems_exampleExternalMustNotResolve_coversDecision5()
    {
        // plan-format.md decision 5: never external: the Admin URL, lyncdiscoverinternal and
        // sipinternal per SIP domain, the pool, server and internal web names.
        const QStringList mustNot =
            list({"lyncdiscoverinternal.contoso.com", "sipinternal.contoso.com", "admin.contoso.com",
                  "pool01.contoso.net", "lsweb.contoso.net", "fe01.contoso.net", "fe02.contoso.net",
                  "fe03.contoso.net", "lsedge.contoso.net"});
        const QList<CheckItem> items = exampleItems();
        QStringList external;
        QStringList guarded;
        for (const CheckItem &i : items) {
            if (i.mustNotResolve) {
                QVERIFY2(i.location == Location::External && i.type == RecordType::A && i.expected.isEmpty(),
                         qPrintable(QStringLiteral("must-not-resolve item should be an external A without "
                                                   "expected values: %1 %2 %3 [%4]")
                                        .arg(locationName(i.location), i.name, recordTypeName(i.type),
                                             i.expected.join(QLatin1Char(' ')))));
                guarded << i.name;
            } else if (i.location == Location::External) {
                external << i.name;
            }
        }
        QStringList absent;
        for (const QString &n : mustNot)
            if (!guarded.contains(n))
                absent << n;
        QVERIFY2(absent.isEmpty(),
                 qPrintable(QStringLiteral("not checked as must-not-resolve: %1\nchecked: %2")
                                .arg(absent.join(QLatin1Char(' ')), guarded.join(QLatin1Char(' ')))));
        for (const QString &n : std::as_const(guarded))
            QVERIFY2(!external.contains(n),
                     qPrintable(QStringLiteral("%1 is both planned externally and must not resolve").arg(n)));
        guarded.sort();
        QVERIFY2(std::adjacent_find(guarded.cbegin(), guarded.cend()) == guarded.cend(),
                 qPrintable(QStringLiteral("a must-not-resolve name is checked twice: %1")
                                .arg(guarded.join(QLatin1Char(' ')))));
    }

    void checkItems_mustNotResolve_namesItsRule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("requirement");
        // lync-dns-catalogue.md §3: R-EXP1 lyncdiscoverinternal, R-EXP4 Admin URL, R-EXP5 sipinternal.
        QTest::newRow("lyncdiscoverinternal")
            << QStringLiteral("lyncdiscoverinternal.contoso.com") << QStringLiteral("R-EXP1");
        QTest::newRow("admin URL") << QStringLiteral("admin.contoso.com") << QStringLiteral("R-EXP4");
        QTest::newRow("sipinternal") << QStringLiteral("sipinternal.contoso.com") << QStringLiteral("R-EXP5");
    }

    void checkItems_mustNotResolve_namesItsRule()
    {
        QFETCH(QString, name);
        QFETCH(QString, requirement);
        const QList<CheckItem> items = exampleItems();
        const auto it = std::find_if(items.cbegin(), items.cend(), [&name](const CheckItem &i) {
            return i.mustNotResolve && i.name == name;
        });
        QVERIFY2(it != items.cend(),
                 qPrintable(name + QStringLiteral(" is not checked as must-not-resolve")));
        QVERIFY2(it->requirement == requirement,
                 qPrintable(
                     QStringLiteral("%1: expected rule %2, got %3").arg(name, requirement, it->requirement)));
    }

    void checkItems_dnsLbName_isOneItemWithEveryAddress()
    {
        const QList<CheckItem> items = exampleItems();
        QList<CheckItem> pool;
        for (const CheckItem &i : items)
            if (i.location == Location::Internal && i.name == QLatin1String("pool01.contoso.net") &&
                i.type == RecordType::A)
                pool << i;
        QCOMPARE(pool.size(), 1);
        QCOMPARE(pool.first().expected, list({"10.10.10.1", "10.10.10.2", "10.10.10.3"}));
        QVERIFY(!pool.first().mustNotResolve);

        // No two items ask the same question.
        QStringList keys;
        for (const CheckItem &i : items)
            keys << QStringLiteral("%1 %2 %3").arg(locationName(i.location), i.name, recordTypeName(i.type));
        keys.sort();
        const auto dup = std::adjacent_find(keys.cbegin(), keys.cend());
        QVERIFY2(dup == keys.cend(),
                 qPrintable(dup == keys.cend() ? QString() : QStringLiteral("asked twice: ") + *dup));
    }

    // ---- issue 13: required or optional, zones, documented alternatives ----

    void checkItems_requiredZoneAndAlternativeFromThePlan()
    {
        const QList<CheckItem> items = exampleItems();
        QStringList actual;
        for (const CheckItem &i : items) {
            QStringList accepted;
            for (const QStringList &set : i.acceptedAsA)
                accepted << set.join(QLatin1Char('+'));
            actual << QStringLiteral("%1 %2 %3 %4 %5%6%7")
                          .arg(locationName(i.location), i.name, recordTypeName(i.type),
                               i.required ? QStringLiteral("required") : QStringLiteral("optional"), i.zone,
                               i.pinPoint ? QStringLiteral(" pin-point") : QString(),
                               accepted.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" A ok: ") + accepted.join(QLatin1Char(' ')));
        }
        // A few written out: optional records, the two Autodiscover CNAMEs, a must-not-resolve name.
        for (const char *expected :
             {"internal sip.contoso.com A optional contoso.com",
              "internal sipinternal.contoso.com A optional contoso.com",
              "internal pool01.contoso.net A required contoso.net",
              "internal lyncdiscoverinternal.contoso.com CNAME required contoso.com A ok: 10.10.10.5",
              "external lyncdiscover.contoso.com CNAME required contoso.com A ok: 131.107.155.40",
              "external sipexternal.contoso.com A optional contoso.com",
              "external lyncdiscoverinternal.contoso.com A required contoso.com"})
            QVERIFY2(actual.contains(QString::fromUtf8(expected)),
                     qPrintable(QStringLiteral("no item \"%1\" in:\n").arg(QString::fromUtf8(expected)) +
                                actual.join(QLatin1Char('\n'))));
        // No other item has an alternative.
        int alternatives = 0;
        for (const CheckItem &i : items)
            alternatives += i.acceptedAsA.isEmpty() ? 0 : 1;
        QCOMPARE(alternatives, 2);
    }

    void checkItems_pinPointZones()
    {
        const Plan plan =
            test::loadPlan(test::exampleFile(QStringLiteral("director-scaled-edge-two-domains.lyncplan")));
        const QList<CheckItem> items = checkItems(plan, planRecords(plan));
        const auto srv = std::find_if(items.cbegin(), items.cend(), [](const CheckItem &i) {
            return i.name == QLatin1String("_sipinternaltls._tcp.fabrikam.com");
        });
        QVERIFY(srv != items.cend());
        QVERIFY(srv->pinPoint);
        QCOMPARE(srv->zone, srv->name);
        // Without split-brain DNS lyncdiscoverinternal is an A record already: nothing to accept instead.
        for (const CheckItem &i : items)
            QVERIFY2(i.acceptedAsA.isEmpty() || i.location == Location::External, qPrintable(i.name));
    }

    // A name that exists without the planned type: one more question, for every type, shown.
    void noDataName_oneQuestionForEverythingThere()
    {
        Run run;
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        run.resolver.setOutcome(internalDns, QStringLiteral("owas.contoso.net"), RecordType::A,
                                DnsAnswer::NoData);
        run.resolver.setEverything(internalDns, QStringLiteral("owas.contoso.net"),
                                   list({"TXT \"moved\"", "AAAA 2001:db8::20"}));
        // NXDOMAIN: there is nothing else to ask about.
        run.resolver.setOutcome(internalDns, QStringLiteral("sip.contoso.com"), RecordType::A,
                                DnsAnswer::NxDomain);
        run.start(items);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const CheckReport &report = run.report();
        const CheckResult &owas = report.results.at(
            resultIndex(report, Location::Internal, QStringLiteral("owas.contoso.net"), RecordType::A));
        QVERIFY2(owas.status == CheckStatus::Missing &&
                     owas.actual == list({"AAAA 2001:db8::20", "TXT \"moved\""}) &&
                     owas.others == owas.actual,
                 qPrintable(line(owas)));
        QCOMPARE(owas.fix, QStringLiteral("create A `owas.contoso.net` → 10.10.10.20"));
        QCOMPARE(run.resolver.countAll(internalDns, QStringLiteral("owas.contoso.net")), 1);
        int all = 0;
        for (const FakeResolver::Lookup &l : run.resolver.lookups())
            all += l.all ? 1 : 0;
        QCOMPARE(all, 1);
        // Settled once, progress complete.
        QCOMPARE(run.resultChanged.size(), report.results.size());
        QCOMPARE(run.progress.last().at(0).toInt(), report.results.size());

        // The optional miss is a notice, the required one a problem.
        const CheckResult &sip = report.results.at(
            resultIndex(report, Location::Internal, QStringLiteral("sip.contoso.com"), RecordType::A));
        QVERIFY(isNotice(sip) && !isProblem(sip));
        QVERIFY(isProblem(owas) && !isNotice(owas));
        QVERIFY(report.hasProblems());
    }

    void onlyOptionalRecordsMissing_noticesNoProblems()
    {
        Run run;
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        run.resolver.setOutcome(internalDns, QStringLiteral("sip.contoso.com"), RecordType::A,
                                DnsAnswer::NxDomain);
        run.resolver.setOutcome(externalDns, QStringLiteral("sipexternal.contoso.com"), RecordType::A,
                                DnsAnswer::NoData);
        run.start(items);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);
        int notices = 0;
        for (const CheckResult &r : run.report().results)
            notices += isNotice(r) ? 1 : 0;
        QCOMPARE(notices, 2);
        QVERIFY(!run.report().allOk());
        QVERIFY(!run.report().hasProblems());
    }

    // lyncdiscover published as an A record: asked for its A record (every server answers that),
    // not ANY, and ok with a note when the address is the one the plan gives its CNAME's target.
    void lyncdiscoverAsARecord_askedForItsA_okWithNote()
    {
        Run run;
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        const QString name = QStringLiteral("lyncdiscover.contoso.com");
        run.resolver.setOutcome(externalDns, name, RecordType::CNAME, DnsAnswer::NoData);
        run.resolver.setAnswer(externalDns, name, RecordType::A, list({"131.107.155.40"}));
        run.start(items);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const CheckReport &report = run.report();
        const CheckResult &r =
            report.results.at(resultIndex(report, Location::External, name, RecordType::CNAME));
        QVERIFY2(r.status == CheckStatus::Ok && r.actual == list({"A 131.107.155.40"}) && !r.note.isEmpty() &&
                     r.fix.isEmpty(),
                 qPrintable(line(r) + QStringLiteral(" note: ") + r.note));
        QCOMPARE(run.resolver.count(externalDns, name, RecordType::A), 1);
        QCOMPARE(run.resolver.countAll(externalDns, name), 0);
        QVERIFY2(report.allOk(), qPrintable(notWithStatus(report, CheckStatus::Ok, Location::External)));
    }

    // Cancelled while the extra question is out: the record keeps the verdict its own answer gave.
    void cancelWhileAskingWhatElse_resultKeepsItsVerdict()
    {
        Run run;
        run.resolver.setManual(true);
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        run.resolver.setOutcome(internalDns, QStringLiteral("owas.contoso.net"), RecordType::A,
                                DnsAnswer::NoData);
        run.start(items);
        // Everything but the question about the rest of owas's name.
        while (run.resolver.release([](const FakeResolver::Lookup &l) { return !l.all; }) > 0) {
        }
        QCOMPARE(run.resolver.inFlight(), 1);
        QVERIFY(run.check.isRunning());
        run.check.cancel();
        QCOMPARE(run.finished.count(), 1);
        const CheckReport &report = run.report();
        const CheckResult &owas = report.results.at(
            resultIndex(report, Location::Internal, QStringLiteral("owas.contoso.net"), RecordType::A));
        QVERIFY2(owas.status == CheckStatus::Missing && owas.server == internalDns, qPrintable(line(owas)));
        QCOMPARE(owas.fix, QStringLiteral("create A `owas.contoso.net` → 10.10.10.20"));
    }

    // Cancelled before an answer: the results say so, and what to do.
    void cancel_pendingResultsSayRunAgain()
    {
        Run run;
        run.resolver.setManual(true);
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        run.start(items);
        run.check.cancel();
        for (const CheckResult &r : run.report().results)
            QVERIFY2(r.status == CheckStatus::Error &&
                         r.fix == QLatin1String("not checked: run the check again"),
                     qPrintable(line(r) + QStringLiteral(" fix: ") + r.fix));
    }

    // ---- one internal server per site (cli.md: --internal-server may be given more than once) ----

    void severalInternalServers_everyInternalItemOnEachServer()
    {
        Run run;
        const QList<CheckItem> items = {
            item(Location::Internal, "pool01.contoso.net", RecordType::A, list({"10.1.0.1", "10.1.0.2"})),
            item(Location::Internal, "pool02.contoso.net", RecordType::A, list({"10.2.0.100"})),
            item(Location::External, "sip.contoso.com", RecordType::A, list({"131.107.155.10"})),
        };
        scriptAllOk(run.resolver, items);
        scriptInternalOk(run.resolver, dublinDns, items);
        // Dublin's server lacks Redmond's pool: a replication gap seen from one site only.
        run.resolver.setOutcome(dublinDns, QStringLiteral("pool01.contoso.net"), RecordType::A,
                                DnsAnswer::NxDomain);
        run.startSites(items, {internalDns, dublinDns});
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const CheckReport &report = run.report();
        // Two internal items on two servers, one external item on one: five results.
        const QStringList expected = {
            QStringLiteral("10.0.0.53 pool01.contoso.net A ok"),
            QStringLiteral("10.0.0.53 pool02.contoso.net A ok"),
            QStringLiteral("10.2.0.53 pool01.contoso.net A missing"),
            QStringLiteral("10.2.0.53 pool02.contoso.net A ok"),
            QStringLiteral("192.0.2.53 sip.contoso.com A ok"),
        };
        const QStringList actual = resultLines(report);
        QVERIFY2(actual == expected, qPrintable(test::describeDifference(expected, actual)));
        // Each record's results stay together, in the order the servers were given.
        QCOMPARE(report.results.at(0).item.name, QStringLiteral("pool01.contoso.net"));
        QCOMPARE(report.results.at(0).server, internalDns);
        QCOMPARE(report.results.at(1).item.name, QStringLiteral("pool01.contoso.net"));
        QCOMPARE(report.results.at(1).server, dublinDns);
        QCOMPARE(report.internalServer.address, internalDns);
        QCOMPARE(report.otherInternalServers.size(), 1);
        QCOMPARE(report.otherInternalServers.at(0).address, dublinDns);
        QVERIFY(report.internalServer.reachable && report.otherInternalServers.at(0).reachable);
        QCOMPARE(report.servers(Location::Internal).size(), 2);
        QCOMPARE(report.servers(Location::External).size(), 1);
        QVERIFY(!report.anyServerUnreachable());
        QVERIFY(!report.allOk());
        // Each server was probed on its own, and asked each internal question once.
        for (const QString &server : {internalDns, dublinDns}) {
            const QList<FakeResolver::Lookup> sent = run.resolver.lookupsTo(server);
            QVERIFY2(!sent.isEmpty() && sent.first().isProbe(), qPrintable(lookupLines(sent)));
            QVERIFY2(sent.size() == 2, qPrintable(server + QLatin1Char('\n') + lookupLines(sent)));
        }
        QCOMPARE(run.progress.last(), (QVariantList{5, 5}));
    }

    void severalInternalServers_deadOneUnreachableOthersChecked()
    {
        Run run;
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        scriptInternalOk(run.resolver, dublinDns, items);
        scriptInternalOk(run.resolver, bellevueDns, items);
        run.resolver.killServer(dublinDns, DnsAnswer::Timeout);
        run.startSites(items, {internalDns, dublinDns, bellevueDns});
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const CheckReport &report = run.report();
        const qsizetype internalItems = onlyAt(items, Location::Internal).size();
        QCOMPARE(report.results.size(), 3 * internalItems + onlyAt(items, Location::External).size());
        QStringList wrong;
        for (const CheckResult &r : report.results) {
            // A dead server's silence proves nothing: unreachable, never missing.
            const CheckStatus want = r.server == dublinDns ? CheckStatus::Unreachable : CheckStatus::Ok;
            if (r.status != want)
                wrong << QStringLiteral("want %1: %2").arg(checkStatusName(want), line(r));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QCOMPARE(run.resolver.lookupsTo(dublinDns).size(), 1); // its probe, nothing else
        QVERIFY(report.internalServer.reachable);
        QCOMPARE(report.otherInternalServers.size(), 2);
        QVERIFY(!report.otherInternalServers.at(0).reachable);
        QVERIFY(!report.otherInternalServers.at(0).detail.isEmpty());
        QVERIFY(report.otherInternalServers.at(1).reachable);
        QVERIFY(report.anyServerUnreachable());
        const CheckResult &dead = report.results.at(1);
        QCOMPARE(dead.server, dublinDns);
        QCOMPARE(report.serverOf(dead), &report.otherInternalServers.at(0));
    }

    void severalInternalServers_emptyAndRepeatedAddressesDropped()
    {
        Run run;
        const QList<CheckItem> items = {
            item(Location::Internal, "pool01.contoso.net", RecordType::A, list({"10.1.0.1"})),
        };
        scriptAllOk(run.resolver, items);
        run.startSites(items, {QString(), internalDns, internalDns}, QString());
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);
        QCOMPARE(run.report().results.size(), 1);
        QCOMPARE(run.report().results.at(0).server, internalDns);
        QVERIFY(run.report().otherInternalServers.isEmpty());
        QVERIFY(run.report().allOk());
    }

    void severalInternalServers_recheckAsksOnlyThatResultsServer()
    {
        Run run;
        const QList<CheckItem> items = {
            item(Location::Internal, "pool01.contoso.net", RecordType::A, list({"10.1.0.1"})),
        };
        scriptAllOk(run.resolver, items);
        scriptInternalOk(run.resolver, dublinDns, items);
        run.startSites(items, {internalDns, dublinDns}, QString());
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);
        QVERIFY(run.report().allOk());

        run.resolver.setAnswer(dublinDns, QStringLiteral("pool01.contoso.net"), RecordType::A,
                               list({"10.9.9.9"}));
        const qsizetype before = run.resolver.lookups().size();
        run.check.recheck({1}); // Dublin's result
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 2, 5000);
        const QList<FakeResolver::Lookup> again = run.resolver.lookups().mid(before);
        QVERIFY2(again.size() == 1 && again.first().server == dublinDns, qPrintable(lookupLines(again)));
        QCOMPARE(run.report().results.at(0).status, CheckStatus::Ok);
        QCOMPARE(run.report().results.at(1).status, CheckStatus::Mismatch);
        QCOMPARE(run.report().results.at(1).server, dublinDns);
    }

    // plan-format.md v2: the check covers every site's records, and guards every site's internal
    // names on the external server (tests/data/estate/two-sites.lyncplan: Redmond and Dublin).
    void checkItems_estate_coversEverySite()
    {
        const Plan plan = test::loadPlan(test::dataFile(QStringLiteral("estate/two-sites.lyncplan")));
        const QList<CheckItem> items = checkItems(plan, planRecords(plan));
        const auto find = [&items](Location l, const char *name, bool mustNotResolve) {
            return std::find_if(items.cbegin(), items.cend(), [&](const CheckItem &i) {
                return i.location == l && i.name == QLatin1String(name) && i.type == RecordType::A &&
                       i.mustNotResolve == mustNotResolve;
            });
        };
        // Dublin's pool (hardware load balancing: the VIP), servers, Mediation pool (DNS load
        // balanced), Office Web Apps farm and the Bellevue branch appliance, beside Redmond's.
        const QList<std::pair<const char *, QStringList>> internal = {
            {"pool01.contoso.net", list({"10.1.0.1", "10.1.0.2"})},
            {"pool02.contoso.net", list({"10.2.0.100"})},
            {"fe11.contoso.net", list({"10.2.0.1"})},
            {"med02.contoso.net", list({"10.2.3.1", "10.2.3.2"})},
            {"owas02.contoso.net", list({"10.2.4.10"})},
            {"sba01.contoso.net", list({"10.5.0.5"})},
        };
        for (const auto &[name, expected] : internal) {
            const auto it = find(Location::Internal, name, false);
            QVERIFY2(it != items.cend(), name);
            QVERIFY2(it->expected == expected,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name),
                                                             it->expected.join(QLatin1Char(' ')))));
        }
        // Each pool's external web name through its own site's reverse proxy; each Edge pool's access name.
        const QList<std::pair<const char *, QStringList>> external = {
            {"webext01.contoso.com", list({"131.107.155.40"})},
            {"webext02.contoso.com", list({"198.51.100.40"})},
            {"sipeu.contoso.com", list({"198.51.100.10"})},
        };
        for (const auto &[name, expected] : external) {
            const auto it = find(Location::External, name, false);
            QVERIFY2(it != items.cend(), name);
            QVERIFY2(it->expected == expected, name);
        }
        // Pool, server and internal web names of both sites must not resolve externally.
        for (const char *name : {"pool02.contoso.net", "fe11.contoso.net", "webint02.contoso.net",
                                 "dir01.contoso.net", "edge02.contoso.net"})
            QVERIFY2(find(Location::External, name, true) != items.cend(), name);
    }

    // ---- the engine ----

    void allOk_everyResultOkProgressCompleteFinishedOnce()
    {
        Run run;
        run.resolver.setManual(true);
        run.resolver.setDefaultDelay(7);
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        run.start(items);
        QVERIFY(run.check.isRunning());
        QCOMPARE(run.finished.count(), 0);
        QVERIFY(run.resolver.releaseAll() > 0);
        QCOMPARE(run.finished.count(), 1);
        QCOMPARE(run.resolver.inFlight(), 0);
        QCoreApplication::processEvents(); // nothing queued may finish it a second time
        QCOMPARE(run.finished.count(), 1);
        QVERIFY(!run.check.isRunning());

        const CheckReport &report = run.report();
        QCOMPARE(report.results.size(), items.size());
        for (Location l : {Location::Internal, Location::External})
            QVERIFY2(notWithStatus(report, CheckStatus::Ok, l).isEmpty(),
                     qPrintable(QStringLiteral("not ok:\n") + notWithStatus(report, CheckStatus::Ok, l)));
        QVERIFY(report.allOk());
        QVERIFY(!report.cancelled);
        QVERIFY(report.internalServer.reachable);
        QVERIFY(report.externalServer.reachable);
        QVERIFY(!report.anyServerUnreachable());
        QVERIFY(report.started.isValid() && report.finished.isValid() && report.started <= report.finished);
        // Each result carries the time its answer took (the fake reports its scripted delay).
        for (const CheckResult &r : report.results)
            QVERIFY2(r.elapsedMs == 7, qPrintable(QStringLiteral("not the answer's time: ") + line(r)));

        QVERIFY(!run.progress.isEmpty());
        int lastDone = -1;
        for (const QList<QVariant> &args : std::as_const(run.progress)) {
            QCOMPARE(args.at(1).toInt(), int(items.size()));
            QVERIFY2(args.at(0).toInt() >= lastDone, "progress went backwards");
            lastDone = args.at(0).toInt();
        }
        QCOMPARE(lastDone, int(items.size()));
        QVERIFY(run.resultChanged.count() >= items.size());
    }

    void identicalQueries_sentOnce()
    {
        Run run;
        const QStringList lb = list({"10.10.10.1", "10.10.10.2", "10.10.10.3"});
        const QList<CheckItem> items = {
            item(Location::Internal, "pool01.contoso.net", RecordType::A, lb, "int-pool"),
            item(Location::Internal, "pool01.contoso.net", RecordType::A, lb, "int-pool-again"),
            // SRV targets listed before the A record they share.
            item(Location::External, "_sip._tls.contoso.com", RecordType::SRV,
                 list({"0 0 443 sip.contoso.com"})),
            item(Location::External, "_sipfederationtls._tcp.contoso.com", RecordType::SRV,
                 list({"0 0 5061 sip.contoso.com"})),
            item(Location::External, "sip.contoso.com", RecordType::A, list({"131.107.155.10"})),
        };
        scriptAllOk(run.resolver, items);
        run.start(items);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const QString sent = lookupLines(run.resolver.lookups());
        QVERIFY2(run.resolver.count(internalDns, QStringLiteral("pool01.contoso.net"), RecordType::A) == 1,
                 qPrintable(QStringLiteral("pool01 asked more than once:\n") + sent));
        QVERIFY2(run.resolver.count(externalDns, QStringLiteral("sip.contoso.com"), RecordType::A) == 1,
                 qPrintable(QStringLiteral("sip.contoso.com A asked more than once:\n") + sent));
        // The probes ask the first planned question of each server and answer it.
        QCOMPARE(run.resolver.lookupsTo(internalDns).size(), 1); // the probe: pool01 A
        QCOMPARE(run.resolver.lookupsTo(externalDns).size(), 3); // the probe (first SRV), SRV, one A
        QCOMPARE(run.report().results.size(), items.size());
        for (Location l : {Location::Internal, Location::External})
            QVERIFY2(notWithStatus(run.report(), CheckStatus::Ok, l).isEmpty(),
                     qPrintable(notWithStatus(run.report(), CheckStatus::Ok, l)));
    }

    void probe_answeredBeforeAnyRecordQuery()
    {
        Run run;
        run.resolver.setManual(true);
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        run.start(items);
        QCOMPARE(run.resolver.lookups().size(), 2);
        // The external probe answers first: its queries go out, the internal server's wait.
        QCOMPARE(run.resolver.release([](const FakeResolver::Lookup &l) { return l.server == externalDns; }),
                 1);
        QCOMPARE(run.resolver.lookupsTo(internalDns).size(), 1);
        QVERIFY(run.resolver.lookupsTo(externalDns).size() > 1);
        run.resolver.releaseAll();
        QCOMPARE(run.finished.count(), 1);

        for (const QString &server : {internalDns, externalDns}) {
            const QList<FakeResolver::Lookup> sent = run.resolver.lookupsTo(server);
            QVERIFY2(!sent.isEmpty() && sent.first().isProbe(),
                     qPrintable(QStringLiteral("first lookup to %1 is not the probe:\n%2")
                                    .arg(server, lookupLines(sent))));
            const CheckItem &planned =
                items.at(probeItem(items, server == internalDns ? Location::Internal : Location::External));
            QVERIFY2(sent.first().name == planned.name && sent.first().type == planned.type,
                     qPrintable(lookupLines(sent)));
            const int probeAnswered = sent.first().answeredSeq;
            QVERIFY(probeAnswered > 0);
            for (const FakeResolver::Lookup &l : sent)
                QVERIFY2(l.isProbe() || l.sentSeq > probeAnswered,
                         qPrintable(QStringLiteral("record query sent before the probe of %1 answered:\n%2")
                                        .arg(server, lookupLines(sent))));
        }
        QVERIFY(run.report().allOk());
    }

    void deadServer_noRecordQueriesResultsUnreachable_data()
    {
        QTest::addColumn<Location>("dead");
        QTest::addColumn<DnsAnswer::Outcome>("how");
        QTest::newRow("internal times out") << Location::Internal << DnsAnswer::Timeout;
        QTest::newRow("external times out") << Location::External << DnsAnswer::Timeout;
        // A closed port: QtDnsResolver's second query on the wire turns Qt 6.4's "NODATA" into this.
        QTest::newRow("internal closed port (timeout at once)") << Location::Internal << DnsAnswer::Timeout;
    }

    void deadServer_noRecordQueriesResultsUnreachable()
    {
        QFETCH(Location, dead);
        QFETCH(DnsAnswer::Outcome, how);
        const Location alive = dead == Location::Internal ? Location::External : Location::Internal;
        Run run;
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        run.resolver.killServer(serverFor(dead), how);
        run.start(items);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const QList<FakeResolver::Lookup> sent = run.resolver.lookupsTo(serverFor(dead));
        QVERIFY2(
            sent.size() == 1 && sent.first().isProbe(),
            qPrintable(QStringLiteral("a dead server should get its probe only:\n") + lookupLines(sent)));
        const CheckReport &report = run.report();
        QVERIFY2(notWithStatus(report, CheckStatus::Unreachable, dead).isEmpty(),
                 qPrintable(QStringLiteral("not unreachable:\n") +
                            notWithStatus(report, CheckStatus::Unreachable, dead)));
        QVERIFY2(notWithStatus(report, CheckStatus::Ok, alive).isEmpty(),
                 qPrintable(QStringLiteral("not ok:\n") + notWithStatus(report, CheckStatus::Ok, alive)));
        QVERIFY(!onlyAt(items, dead).isEmpty());
        QVERIFY(!report.server(dead).reachable);
        QVERIFY(!report.server(dead).detail.isEmpty());
        QVERIFY(report.server(alive).reachable);
        QVERIFY(report.anyServerUnreachable());
        for (const CheckResult &r : report.results)
            QVERIFY2(r.item.location != dead || !r.detail.isEmpty(), qPrintable(line(r)));
        QCOMPARE(run.progress.last().at(0).toInt(), int(items.size()));
    }

    void serverDiesAfterProbe_laterResultsUnreachable_data()
    {
        QTest::addColumn<Location>("dying");
        QTest::addColumn<int>("answeredBeforeDeath");
        // The external server carries the names that must not resolve: a dead server's silence
        // proves nothing about them either.
        QTest::newRow("internal, right after the probe") << Location::Internal << 1;
        QTest::newRow("internal, after two queries") << Location::Internal << 3;
        QTest::newRow("external, right after the probe") << Location::External << 1;
        QTest::newRow("external, after two queries") << Location::External << 3;
    }

    void serverDiesAfterProbe_laterResultsUnreachable()
    {
        QFETCH(Location, dying);
        QFETCH(int, answeredBeforeDeath);
        const Location alive = dying == Location::Internal ? Location::External : Location::Internal;
        Run run;
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        run.resolver.killServer(serverFor(dying), DnsAnswer::Timeout, answeredBeforeDeath);
        run.start(items);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const QList<FakeResolver::Lookup> sent = run.resolver.lookupsTo(serverFor(dying));
        QVERIFY2(sent.last().isProbe(),
                 qPrintable(QStringLiteral("no re-probe after the first timeout:\n") + lookupLines(sent)));
        const CheckReport &report = run.report();
        QStringList wrong;
        for (const CheckResult &r : report.results) {
            if (r.item.location != dying)
                continue;
            const auto own = std::find_if(sent.cbegin(), sent.cend(), [&r](const FakeResolver::Lookup &l) {
                return l.name == r.item.name && l.type == r.item.type;
            });
            const bool deadAnswer = own == sent.cend() || own->afterDeath;
            const CheckStatus want = deadAnswer ? CheckStatus::Unreachable : CheckStatus::Ok;
            if (r.status != want)
                wrong << QStringLiteral("want %1: %2").arg(checkStatusName(want), line(r));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QVERIFY2(notWithStatus(report, CheckStatus::Ok, alive).isEmpty(),
                 qPrintable(notWithStatus(report, CheckStatus::Ok, alive)));
        QVERIFY(!report.server(dying).reachable);
        QCOMPARE(run.finished.count(), 1);
    }

    void noDataFromLiveServer_staysMissing()
    {
        Run run;
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        run.resolver.setOutcome(internalDns, QStringLiteral("sip.contoso.com"), RecordType::A,
                                DnsAnswer::NoData);
        run.start(items);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const CheckReport &report = run.report();
        const int i =
            resultIndex(report, Location::Internal, QStringLiteral("sip.contoso.com"), RecordType::A);
        QVERIFY(i >= 0);
        QVERIFY2(report.results.at(i).status == CheckStatus::Missing, qPrintable(line(report.results.at(i))));
        int probes = 0;
        for (const FakeResolver::Lookup &l : run.resolver.lookupsTo(internalDns))
            probes += l.isProbe() ? 1 : 0;
        QCOMPARE(probes, 1); // the resolver confirms NODATA on the wire: no closing re-probe
        QVERIFY(report.internalServer.reachable);
        int notOk = 0;
        for (const CheckResult &r : report.results)
            notOk += r.status == CheckStatus::Ok ? 0 : 1;
        QCOMPARE(notOk, 1);
    }

    void internalNameResolvesExternally_exposed()
    {
        Run run;
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        run.resolver.setAnswer(externalDns, QStringLiteral("lyncdiscoverinternal.contoso.com"), RecordType::A,
                               list({"131.107.155.40"}), list({"webext.contoso.com"}));
        run.start(items);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const CheckReport &report = run.report();
        QStringList wrong;
        for (const CheckResult &r : report.results) {
            const bool leaked = r.item.location == Location::External &&
                                r.item.name == QLatin1String("lyncdiscoverinternal.contoso.com");
            if (r.status != (leaked ? CheckStatus::Exposed : CheckStatus::Ok))
                wrong << line(r);
            if (leaked && r.actual != list({"CNAME webext.contoso.com", "131.107.155.40"}))
                wrong << QStringLiteral("actual should show the chain: ") + line(r);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void timeoutMidRun_reprobeDeadStopsSending()
    {
        Run run;
        run.resolver.setMaxInFlight(2);
        const QList<CheckItem> items = onlyAt(exampleItems(), Location::Internal);
        scriptAllOk(run.resolver, items);
        run.resolver.killServer(internalDns, DnsAnswer::Timeout, 3); // probe + two answers
        run.start(items, internalDns, QString());
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const QList<FakeResolver::Lookup> sent = run.resolver.lookupsTo(internalDns);
        int firstTimeout = 0;
        for (const FakeResolver::Lookup &l : sent)
            if (l.outcome == DnsAnswer::Timeout && (firstTimeout == 0 || l.answeredSeq < firstTimeout))
                firstTimeout = l.answeredSeq;
        QVERIFY(firstTimeout > 0);
        int probesAfter = 0;
        for (const FakeResolver::Lookup &l : sent) {
            if (l.sentSeq < firstTimeout)
                continue;
            QVERIFY2(l.isProbe(),
                     qPrintable(QStringLiteral("record query sent after a timeout:\n") + lookupLines(sent)));
            ++probesAfter;
        }
        QCOMPARE(probesAfter, 1);
        QVERIFY2(
            sent.size() <= 3 + 2 + 1, // answered, in flight when it died, the re-probe
            qPrintable(QStringLiteral("%1 items, lookups:\n%2").arg(items.size()).arg(lookupLines(sent))));
        QVERIFY(items.size() > sent.size());

        const CheckReport &report = run.report();
        QStringList wrong;
        int unreachable = 0;
        for (const CheckResult &r : report.results) {
            if (r.status == CheckStatus::Unreachable)
                ++unreachable;
            else if (r.status != CheckStatus::Ok)
                wrong << line(r);
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("neither ok nor unreachable:\n") + wrong.join(QLatin1Char('\n'))));
        QVERIFY(unreachable >= items.size() - 3); // the probe answered its own record, then two more
        QVERIFY(!report.internalServer.reachable);
        QCOMPARE(run.progress.last().at(0).toInt(), int(items.size()));
    }

    void timeoutOneQuery_reprobeAliveContinues()
    {
        Run run;
        const QList<CheckItem> items = onlyAt(exampleItems(), Location::Internal);
        scriptAllOk(run.resolver, items);
        run.resolver.setOutcome(internalDns, QStringLiteral("pool01.contoso.net"), RecordType::A,
                                DnsAnswer::Timeout);
        run.start(items, internalDns, QString());
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const QList<FakeResolver::Lookup> sent = run.resolver.lookupsTo(internalDns);
        int probes = 0;
        for (const FakeResolver::Lookup &l : sent)
            probes += l.isProbe() ? 1 : 0;
        QVERIFY2(probes == 2, qPrintable(lookupLines(sent)));
        // Every record asked once; the probe's question by the probes only (the re-probe asks it again).
        const CheckItem &probed = items.at(probeItem(items, Location::Internal));
        for (const CheckItem &i : items) {
            int queries = 0;
            for (const FakeResolver::Lookup &l : sent)
                queries += !l.isProbe() && l.name == i.name && l.type == i.type ? 1 : 0;
            const int want = i.name == probed.name && i.type == probed.type ? 0 : 1;
            QVERIFY2(queries == want, qPrintable(QStringLiteral("%1 %2 asked %3 times, not %4:\n%5")
                                                     .arg(i.name, recordTypeName(i.type))
                                                     .arg(queries)
                                                     .arg(want)
                                                     .arg(lookupLines(sent))));
        }
        const CheckReport &report = run.report();
        QStringList wrong;
        for (const CheckResult &r : report.results) {
            const bool timedOut =
                r.item.name == QLatin1String("pool01.contoso.net") && r.item.type == RecordType::A;
            if (r.status != (timedOut ? CheckStatus::Unreachable : CheckStatus::Ok))
                wrong << line(r);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QVERIFY(report.internalServer.reachable);
    }

    void inFlight_neverAboveMaxInFlight_data()
    {
        QTest::addColumn<int>("maxInFlight");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
        QTest::newRow("5 (QDnsLookup's pool)") << 5;
    }

    void inFlight_neverAboveMaxInFlight()
    {
        QFETCH(int, maxInFlight);
        Run run;
        run.resolver.setMaxInFlight(maxInFlight);
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        // A timeout makes a re-probe share the slots with the other server's queries.
        run.resolver.setOutcome(internalDns, QStringLiteral("pool01.contoso.net"), RecordType::A,
                                DnsAnswer::Timeout);
        run.start(items);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 10000);
        QVERIFY2(run.resolver.maxSeenInFlight() <= maxInFlight,
                 qPrintable(QStringLiteral("%1 lookups in flight at once, limit %2:\n%3")
                                .arg(run.resolver.maxSeenInFlight())
                                .arg(maxInFlight)
                                .arg(lookupLines(run.resolver.lookups()))));
        if (maxInFlight > 1)
            QVERIFY2(run.resolver.maxSeenInFlight() > 1, "queries never ran side by side");
    }

    void inFlight_slotFreed_sendsMoreAtOnce()
    {
        // QtDnsResolver frees a slot when a lookup leaves Qt's pool for its confirmation: the check
        // fills it then, not only when an answer arrives (a slot held for both round trips halved
        // the speed at real distances).
        Run run;
        run.resolver.setManual(true);
        run.resolver.setMaxInFlight(1);
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        run.start(items, internalDns, QString());
        QCOMPARE(run.resolver.release([](const FakeResolver::Lookup &l) { return l.isProbe(); }), 1);
        QCOMPARE(run.resolver.inFlight(), 1);
        run.resolver.setMaxInFlight(3);
        emit run.resolver.slotFreed();
        QCOMPARE(run.resolver.inFlight(), 3);
        run.resolver.releaseAll();
        QCOMPARE(run.finished.count(), 1);
        QVERIFY(run.resolver.maxSeenInFlight() <= 3);
    }

    void probeItem_firstPlannedRecordOfTheLocation()
    {
        const QList<CheckItem> items = exampleItems();
        for (Location l : {Location::Internal, Location::External}) {
            const int probe = probeItem(items, l);
            QVERIFY(probe >= 0);
            QCOMPARE(items.at(probe).location, l);
            QVERIFY2(!items.at(probe).mustNotResolve, qPrintable(items.at(probe).name));
        }
        CheckItem guarded = item(Location::External, "lyncdiscoverinternal.contoso.com", RecordType::A, {});
        guarded.mustNotResolve = true;
        QCOMPARE(probeItem({guarded}, Location::External), 0); // nothing planned: a guarded name will do
        QCOMPARE(probeItem({guarded}, Location::Internal), -1);
    }

    void probeGetsNoDataOrNxDomain_serverAliveRecordMissing_data()
    {
        QTest::addColumn<DnsAnswer::Outcome>("outcome");
        QTest::newRow("NODATA") << DnsAnswer::NoData;
        QTest::newRow("NXDOMAIN") << DnsAnswer::NxDomain;
    }

    void probeGetsNoDataOrNxDomain_serverAliveRecordMissing()
    {
        QFETCH(DnsAnswer::Outcome, outcome);
        Run run;
        const QList<CheckItem> items = onlyAt(exampleItems(), Location::Internal);
        scriptAllOk(run.resolver, items);
        const CheckItem &probed = items.at(probeItem(items, Location::Internal));
        run.resolver.setOutcome(internalDns, probed.name, probed.type, outcome);
        run.start(items, internalDns, QString());
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const CheckReport &report = run.report();
        QVERIFY(report.internalServer.reachable);
        QCOMPARE(run.resolver.count(internalDns, probed.name, probed.type), 1); // the probe was its query
        QStringList wrong;
        for (const CheckResult &r : report.results) {
            const bool isProbed = r.item.name == probed.name && r.item.type == probed.type;
            if (r.status != (isProbed ? CheckStatus::Missing : CheckStatus::Ok))
                wrong << line(r);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void probeBrokenAnswer_serverAliveRecordError()
    {
        Run run;
        const QList<CheckItem> items = onlyAt(exampleItems(), Location::Internal);
        scriptAllOk(run.resolver, items);
        const CheckItem &probed = items.at(probeItem(items, Location::Internal));
        run.resolver.setOutcome(internalDns, probed.name, probed.type, DnsAnswer::Malformed,
                                QStringLiteral("CNAME loop: a → b → a"));
        run.start(items, internalDns, QString());
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const CheckReport &report = run.report();
        QVERIFY(report.internalServer.reachable);
        const CheckResult &r =
            report.results.at(resultIndex(report, Location::Internal, probed.name, probed.type));
        QVERIFY2(r.status == CheckStatus::Error &&
                     r.detail.contains(QStringLiteral("CNAME loop: a → b → a")) && r.actual.isEmpty(),
                 qPrintable(line(r)));
    }

    void probeRejectedReply_unreachableWithTheReason()
    {
        // What QtDnsResolver makes of a reply glibc dropped before timing out: no verdict, a reason.
        Run run;
        const QList<CheckItem> items = onlyAt(exampleItems(), Location::Internal);
        scriptAllOk(run.resolver, items);
        const CheckItem &probed = items.at(probeItem(items, Location::Internal));
        const QString why = QStringLiteral("no valid answer within 2 s (a reply came but was rejected)");
        run.resolver.setOutcome(internalDns, probed.name, probed.type, DnsAnswer::Timeout, why);
        run.start(items, internalDns, QString());
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const CheckReport &report = run.report();
        QVERIFY(!report.internalServer.reachable);
        QVERIFY2(report.internalServer.detail.contains(why), qPrintable(report.internalServer.detail));
        QCOMPARE(run.resolver.lookupsTo(internalDns).size(), 1);
        QVERIFY2(notWithStatus(report, CheckStatus::Unreachable, Location::Internal).isEmpty(),
                 qPrintable(notWithStatus(report, CheckStatus::Unreachable, Location::Internal)));
    }

    void srvTargetIsCname_mismatch()
    {
        Run run;
        const QList<CheckItem> items = {
            item(Location::External, "_sip._tls.contoso.com", RecordType::SRV,
                 list({"0 0 443 sip.contoso.com"})),
            item(Location::External, "sip.contoso.com", RecordType::A, list({"131.107.155.10"})),
            // A target nobody planned as a record is checked too.
            item(Location::Internal, "_ntp._udp.contoso.com", RecordType::SRV,
                 list({"0 0 123 dc01.contoso.com"})),
            // Control: a target with its own A record.
            item(Location::Internal, "_sipinternaltls._tcp.contoso.com", RecordType::SRV,
                 list({"0 0 5061 pool01.contoso.com"})),
            item(Location::Internal, "pool01.contoso.com", RecordType::A, list({"10.10.10.1"})),
        };
        scriptAllOk(run.resolver, items);
        run.resolver.setAnswer(externalDns, QStringLiteral("sip.contoso.com"), RecordType::A,
                               list({"131.107.155.10"}), list({"edgevip.contoso.com"}));
        run.resolver.setAnswer(internalDns, QStringLiteral("dc01.contoso.com"), RecordType::A,
                               list({"10.0.0.10"}), list({"dc01.corp.contoso.com"}));
        run.start(items);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);

        const CheckReport &report = run.report();
        for (const auto &[l, name] : {std::pair{Location::External, "_sip._tls.contoso.com"},
                                      std::pair{Location::Internal, "_ntp._udp.contoso.com"}}) {
            const int i = resultIndex(report, l, QString::fromLatin1(name), RecordType::SRV);
            QVERIFY(i >= 0);
            const CheckResult &r = report.results.at(i);
            QVERIFY2(r.status == CheckStatus::Mismatch && r.detail.contains(QLatin1String("R-SRV2")),
                     qPrintable(QStringLiteral("expected mismatch (R-SRV2): ") + line(r)));
        }
        const CheckResult &a = report.results.at(
            resultIndex(report, Location::External, QStringLiteral("sip.contoso.com"), RecordType::A));
        QVERIFY2(a.status == CheckStatus::Ok &&
                     a.actual == list({"CNAME edgevip.contoso.com", "131.107.155.10"}),
                 qPrintable(line(a)));
        const CheckResult &control = report.results.at(resultIndex(
            report, Location::Internal, QStringLiteral("_sipinternaltls._tcp.contoso.com"), RecordType::SRV));
        QVERIFY2(control.status == CheckStatus::Ok, qPrintable(line(control)));
    }

    void skippedLocation_noResultsNoQueries_data()
    {
        QTest::addColumn<QString>("internal");
        QTest::addColumn<QString>("external");
        QTest::newRow("no external server") << internalDns << QString();
        QTest::newRow("no internal server") << QString() << externalDns;
        QTest::newRow("no server at all") << QString() << QString();
    }

    void skippedLocation_noResultsNoQueries()
    {
        QFETCH(QString, internal);
        QFETCH(QString, external);
        Run run;
        run.resolver.setManual(true);
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        run.start(items, internal, external);
        run.resolver.releaseAll();
        QCoreApplication::processEvents();
        QCOMPARE(run.finished.count(), 1);
        QCOMPARE(run.resolver.inFlight(), 0);

        int expected = 0;
        for (const CheckItem &i : items)
            expected += (i.location == Location::Internal ? internal : external).isEmpty() ? 0 : 1;
        QCOMPARE(run.report().results.size(), expected);
        for (const CheckResult &r : run.report().results) {
            QVERIFY2(!(r.item.location == Location::Internal ? internal : external).isEmpty(),
                     qPrintable(QStringLiteral("result for a skipped location: ") + line(r)));
            QVERIFY2(r.status == CheckStatus::Ok, qPrintable(line(r)));
        }
        for (const FakeResolver::Lookup &l : run.resolver.lookups())
            QVERIFY2(!l.server.isEmpty(), qPrintable(QStringLiteral("lookup without a server: ") + l.name));
        QVERIFY(!run.report().anyServerUnreachable());
    }

    void cancel_finishesAndStopsQueries_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("while probing") << QStringLiteral("probing");
        QTest::newRow("while querying") << QStringLiteral("querying");
        QTest::newRow("from a resultChanged slot") << QStringLiteral("slot");
    }

    void cancel_finishesAndStopsQueries()
    {
        QFETCH(QString, when);
        Run run;
        run.resolver.setManual(true);
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        qsizetype lookupsAtFinish = -1;
        qsizetype changesAtFinish = -1;
        qsizetype progressAtFinish = -1;
        QObject::connect(&run.check, &LiveCheck::finished, &run.check, [&] {
            lookupsAtFinish = run.resolver.lookups().size();
            changesAtFinish = run.resultChanged.size();
            progressAtFinish = run.progress.size();
        });
        if (when == QLatin1String("slot"))
            QObject::connect(&run.check, &LiveCheck::resultChanged, &run.check,
                             [&run] { run.check.cancel(); });
        run.start(items);
        // Only the probes are out; their answers let the record queries go.
        QCOMPARE(run.resolver.lookups().size(), 2);
        if (when == QLatin1String("probing")) {
            run.check.cancel();
        } else {
            QCOMPARE(run.resolver.release([](const FakeResolver::Lookup &l) { return l.isProbe(); }), 2);
            QVERIFY2(run.resolver.lookups().size() >= 5, qPrintable(lookupLines(run.resolver.lookups())));
            if (when == QLatin1String("querying")) {
                run.check.cancel();
            } else {
                // The first answer's resultChanged cancels.
                run.resolver.release([](const FakeResolver::Lookup &l) { return !l.isProbe(); });
            }
        }
        QCOMPARE(run.finished.count(), 1);
        QCOMPARE(run.resolver.inFlight(), 0); // cancelAll() dropped every held answer
        QCOMPARE(run.resolver.releaseAll(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(run.finished.count(), 1);
        QVERIFY(!run.check.isRunning());
        QVERIFY(run.report().cancelled);
        QVERIFY(!run.report().allOk());
        QVERIFY(run.resolver.cancelAllCalls() >= 1);
        QVERIFY2(run.resolver.lookups().size() == lookupsAtFinish,
                 qPrintable(QStringLiteral("lookups after cancel:\n") +
                            lookupLines(run.resolver.lookups().mid(lookupsAtFinish))));
        QVERIFY2(run.resolver.lookups().size() < 2 + items.size(), "cancel came after the check was done");
        QCOMPARE(run.resultChanged.size(), changesAtFinish);
        QVERIFY2(run.progress.size() == progressAtFinish, "progress reported after the check finished");
    }

    void recheck_rerunsOnlyThoseResults()
    {
        Run run;
        const QList<CheckItem> items = {
            item(Location::Internal, "sip.contoso.com", RecordType::A, list({"10.10.10.1"})),
            item(Location::Internal, "_sipinternaltls._tcp.contoso.com", RecordType::SRV,
                 list({"0 0 5061 pool01.contoso.com"})),
            item(Location::Internal, "pool01.contoso.com", RecordType::A, list({"10.10.10.1"})),
            item(Location::External, "sip.contoso.com", RecordType::A, list({"131.107.155.10"})),
            item(Location::External, "webext.contoso.com", RecordType::A, list({"131.107.155.40"})),
        };
        scriptAllOk(run.resolver, items);
        run.start(items);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);
        QVERIFY(run.report().allOk());

        // Both change on the servers; only the internal one is checked again.
        run.resolver.setAnswer(internalDns, QStringLiteral("sip.contoso.com"), RecordType::A,
                               list({"10.99.99.99"}));
        run.resolver.setAnswer(externalDns, QStringLiteral("webext.contoso.com"), RecordType::A,
                               list({"131.107.155.99"}));
        const int sip =
            resultIndex(run.report(), Location::Internal, QStringLiteral("sip.contoso.com"), RecordType::A);
        const int web = resultIndex(run.report(), Location::External, QStringLiteral("webext.contoso.com"),
                                    RecordType::A);
        const qsizetype before = run.resolver.lookups().size();
        run.resultChanged.clear();
        run.progress.clear();
        run.check.recheck({sip});
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 2, 5000);

        const QList<FakeResolver::Lookup> again = run.resolver.lookups().mid(before);
        // The internal probe asks sip.contoso.com A (its first planned record): that is the recheck.
        QVERIFY2(again.size() == 1 && again.at(0).isProbe() && again.at(0).server == internalDns &&
                     again.at(0).name == QLatin1String("sip.contoso.com") &&
                     again.at(0).type == RecordType::A,
                 qPrintable(QStringLiteral("expected the internal probe (sip.contoso.com A) only:\n") +
                            lookupLines(again)));
        QVERIFY2(run.report().results.at(sip).status == CheckStatus::Mismatch,
                 qPrintable(line(run.report().results.at(sip))));
        QVERIFY2(run.report().results.at(web).status == CheckStatus::Ok,
                 qPrintable(line(run.report().results.at(web))));
        QCOMPARE(run.report().results.size(), items.size());
        QVERIFY(run.resultChanged.contains(QVariantList{sip}));
        QCOMPARE(run.resultChanged.size(), 1);
        QCOMPARE(run.progress.last(), (QVariantList{1, 1}));

        // An SRV result is rechecked with its target.
        const int srv = resultIndex(run.report(), Location::Internal,
                                    QStringLiteral("_sipinternaltls._tcp.contoso.com"), RecordType::SRV);
        run.resolver.setAnswer(internalDns, QStringLiteral("pool01.contoso.com"), RecordType::A,
                               list({"10.10.10.1"}), list({"pool01.contoso.net"}));
        const qsizetype beforeSrv = run.resolver.lookups().size();
        run.check.recheck({srv});
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 3, 5000);
        QCOMPARE(run.resolver.lookups().size() - beforeSrv, 3); // probe, SRV, target A
        QVERIFY2(run.report().results.at(srv).status == CheckStatus::Mismatch,
                 qPrintable(line(run.report().results.at(srv))));
        const int pool = resultIndex(run.report(), Location::Internal, QStringLiteral("pool01.contoso.com"),
                                     RecordType::A);
        QVERIFY2(run.report().results.at(pool).status == CheckStatus::Ok,
                 qPrintable(line(run.report().results.at(pool))));
    }

    void recheck_serverBack_unreachableBecomesOk()
    {
        Run run;
        const QList<CheckItem> items = exampleItems();
        scriptAllOk(run.resolver, items);
        run.resolver.killServer(internalDns, DnsAnswer::Timeout);
        run.start(items);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 1, 5000);
        QVERIFY(!run.report().internalServer.reachable);

        run.resolver.reviveServer(internalDns);
        QList<int> internalResults;
        for (int i = 0; i < run.report().results.size(); ++i)
            if (run.report().results.at(i).item.location == Location::Internal)
                internalResults << i;
        run.check.recheck(internalResults);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.count(), 2, 5000);
        QVERIFY2(run.report().allOk(),
                 qPrintable(notWithStatus(run.report(), CheckStatus::Ok, Location::Internal)));
        QVERIFY(run.report().internalServer.reachable);
    }
};

QTEST_GUILESS_MAIN(TestLiveCheck)
#include "tst_livecheck.moc"
