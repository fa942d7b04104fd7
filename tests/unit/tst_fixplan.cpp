// What a failed check says to change: the one-line fix of each result (fixtext.h), the changes it
// makes (resultChanges(), fixChanges()), the change list (cli.md: action,location,zone,name,type,
// old,new) and the fix script, read back statement by statement (pwsh is not in Debian). Expected
// values are written out by hand.

#include "model/check/checkclassifier.h"
#include "model/check/checkplan.h"
#include "model/check/fixplan.h"
#include "model/check/fixtext.h"
#include "model/planner/planner.h"
#include "tests/support/powershellcheck.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace lyncdns;

namespace {

QStringList list(std::initializer_list<const char *> values)
{
    QStringList out;
    for (const char *v : values)
        out << QString::fromUtf8(v);
    return out;
}

CheckItem item(const char *name, RecordType type, const QStringList &expected,
               const char *zone = "contoso.com", bool pinPoint = false)
{
    CheckItem i;
    i.location = Location::Internal;
    i.name = QString::fromLatin1(name);
    i.type = type;
    i.expected = expected;
    i.requirement = QStringLiteral("int-test");
    i.zone = QString::fromLatin1(zone);
    i.pinPoint = pinPoint;
    return i;
}

// A result as the check settles it: classified from the answer, then asked of this server.
CheckResult result(const CheckItem &i, DnsAnswer::Outcome outcome, const QStringList &values = {},
                   const QStringList &chain = {}, const QString &server = QStringLiteral("127.0.53.1"))
{
    DnsAnswer a;
    a.outcome = outcome;
    a.values = values;
    a.cnameChain = chain;
    CheckResult r = classify(i, a);
    r.server = server;
    r.fix = r.status == CheckStatus::Unreachable || r.status == CheckStatus::Error ? fixText(r) : r.fix;
    return r;
}

QString changeLine(const FixChange &c)
{
    return QStringList{fixActionName(c.action),
                       locationName(c.location),
                       c.zone,
                       c.name,
                       recordTypeName(c.type),
                       c.oldValue,
                       c.newValue}
        .join(QLatin1Char(','));
}

QStringList changeLines(const QList<FixChange> &changes)
{
    QStringList out;
    for (const FixChange &c : changes)
        out << changeLine(c);
    return out;
}

// The planned item of a name and type (or the must-not-resolve item when type is not planned there).
CheckItem planItem(const QList<CheckItem> &items, Location location, const char *name, RecordType type)
{
    for (const CheckItem &i : items)
        if (i.location == location && i.name == QLatin1String(name) && i.type == type)
            return i;
    qFatal("no check item %s", name);
}

} // namespace

class TestFixPlan : public QObject
{
    Q_OBJECT
private slots:
    void fixText_onePerStatus_data()
    {
        QTest::addColumn<CheckResult>("checkResult");
        QTest::addColumn<QString>("fix");
        QTest::addColumn<QStringList>("changes");

        const CheckItem owas = item("owas.contoso.net", RecordType::A, list({"10.10.10.20"}), "contoso.net");
        const CheckItem pool = item("pool01.contoso.net", RecordType::A,
                                    list({"10.10.10.1", "10.10.10.2", "10.10.10.3"}), "contoso.net");
        const CheckItem pinPoint =
            item("_sipinternaltls._tcp.fabrikam.com", RecordType::SRV, list({"0 0 5061 pool01.fabrikam.com"}),
                 "_sipinternaltls._tcp.fabrikam.com", true);
        const CheckItem discover =
            item("lyncdiscover.contoso.com", RecordType::CNAME, list({"webext.contoso.com"}));
        const CheckItem srv =
            item("_sip._tls.contoso.com", RecordType::SRV, list({"0 0 443 sip.contoso.com"}));
        CheckItem guarded = item("lyncdiscoverinternal.contoso.com", RecordType::A, {});
        guarded.location = Location::External;
        guarded.mustNotResolve = true;
        guarded.requirement = QStringLiteral("R-EXP1");

        QTest::newRow("ok: nothing") << result(owas, DnsAnswer::Answered, list({"10.10.10.20"})) << QString()
                                     << QStringList();
        QTest::newRow("missing: create")
            << result(owas, DnsAnswer::NxDomain)
            << QStringLiteral("create A `owas.contoso.net` → 10.10.10.20")
            << list({"add,internal,contoso.net,owas.contoso.net,A,,10.10.10.20"});
        QTest::newRow("missing DNS-LB name: every address")
            << result(pool, DnsAnswer::NoData)
            << QStringLiteral("create A `pool01.contoso.net` → 10.10.10.1, 10.10.10.2, 10.10.10.3")
            << list({"add,internal,contoso.net,pool01.contoso.net,A,,10.10.10.1",
                     "add,internal,contoso.net,pool01.contoso.net,A,,10.10.10.2",
                     "add,internal,contoso.net,pool01.contoso.net,A,,10.10.10.3"});
        QTest::newRow("missing in a pin-point zone: create the zone")
            << result(pinPoint, DnsAnswer::NxDomain)
            << QStringLiteral("create pin-point zone `_sipinternaltls._tcp.fabrikam.com` with SRV 0 0 5061 "
                              "pool01.fabrikam.com")
            << list({"add,internal,_sipinternaltls._tcp.fabrikam.com,_sipinternaltls._tcp.fabrikam.com,SRV,,"
                     "0 0 "
                     "5061 pool01.fabrikam.com"});
        QTest::newRow("refused, pin-point zone: the server has not got it, create it")
            << result(pinPoint, DnsAnswer::Refused)
            << QStringLiteral("create pin-point zone `_sipinternaltls._tcp.fabrikam.com` with SRV 0 0 5061 "
                              "pool01.fabrikam.com")
            << list({"add,internal,_sipinternaltls._tcp.fabrikam.com,_sipinternaltls._tcp.fabrikam.com,SRV,,"
                     "0 0 "
                     "5061 pool01.fabrikam.com"});
        QTest::newRow("refused, zone of a SIP domain: no records made up, the zone named")
            << result(owas, DnsAnswer::Refused)
            << QStringLiteral(
                   "127.0.53.1 holds no zone for this name: create zone `contoso.net` there, or check "
                   "against the server that holds it")
            << QStringList();
        QTest::newRow("SERVFAIL: the zone on the server")
            << result(owas, DnsAnswer::ServerFailure)
            << QStringLiteral("check zone `contoso.net` on 127.0.53.1: the server failed to answer "
                              "(SERVFAIL); its event log "
                              "says why")
            << QStringList();
        QTest::newRow("malformed answer: the server and the path")
            << result(owas, DnsAnswer::Malformed)
            << QStringLiteral(
                   "check 127.0.53.1 and anything between it and this computer that rewrites DNS: its "
                   "answer cannot be used")
            << QStringList();
        QTest::newRow("unreachable: the server and port 53")
            << result(owas, DnsAnswer::Timeout, {}, {}, QStringLiteral("127.0.53.3"))
            << QStringLiteral("check that 127.0.53.3 runs and answers DNS queries (UDP and TCP port 53) from "
                              "this computer")
            << QStringList();
        QTest::newRow("mismatch address: change")
            << result(owas, DnsAnswer::Answered, list({"10.10.10.21"}))
            << QStringLiteral("change the address of `owas.contoso.net` from 10.10.10.21 to 10.10.10.20")
            << list({"change,internal,contoso.net,owas.contoso.net,A,10.10.10.21,10.10.10.20"});
        QTest::newRow("mismatch, one wrong address for three: one change, two adds")
            << result(pool, DnsAnswer::Answered, list({"10.10.10.9"}))
            << QStringLiteral("change the address of `pool01.contoso.net` from 10.10.10.9 to 10.10.10.1, "
                              "10.10.10.2, 10.10.10.3")
            << list({"change,internal,contoso.net,pool01.contoso.net,A,10.10.10.9,10.10.10.1",
                     "add,internal,contoso.net,pool01.contoso.net,A,,10.10.10.2",
                     "add,internal,contoso.net,pool01.contoso.net,A,,10.10.10.3"});
        QTest::newRow("mismatch CNAME: change the target")
            << result(discover, DnsAnswer::Answered, list({"other.contoso.com"}))
            << QStringLiteral("change the target of `lyncdiscover.contoso.com` from other.contoso.com to "
                              "webext.contoso.com")
            << list({"change,internal,contoso.com,lyncdiscover.contoso.com,CNAME,other.contoso.com,webext."
                     "contoso.com"});
        QTest::newRow("mismatch SRV: change the record")
            << result(srv, DnsAnswer::Answered, list({"0 0 5061 sip.contoso.com"}))
            << QStringLiteral(
                   "change the SRV record of `_sip._tls.contoso.com` from 0 0 5061 sip.contoso.com to 0 0 "
                   "443 sip.contoso.com")
            << list({"change,internal,contoso.com,_sip._tls.contoso.com,SRV,0 0 5061 sip.contoso.com,0 0 443 "
                     "sip.contoso.com"});
        QTest::newRow("mismatch through a CNAME: replace the CNAME")
            << result(owas, DnsAnswer::Answered, list({"10.99.99.99"}), list({"elsewhere.contoso.net"}))
            << QStringLiteral("replace CNAME elsewhere.contoso.net at `owas.contoso.net` with A 10.10.10.20")
            << list({"remove,internal,contoso.net,owas.contoso.net,CNAME,elsewhere.contoso.net,",
                     "add,internal,contoso.net,owas.contoso.net,A,,10.10.10.20"});
        QTest::newRow("missing at the end of a CNAME chain: replace the CNAME")
            << result(owas, DnsAnswer::Answered, {}, list({"gone.contoso.net"}))
            << QStringLiteral("replace CNAME gone.contoso.net at `owas.contoso.net` with A 10.10.10.20")
            << list({"remove,internal,contoso.net,owas.contoso.net,CNAME,gone.contoso.net,",
                     "add,internal,contoso.net,owas.contoso.net,A,,10.10.10.20"});
        QTest::newRow("partial: add the missing address")
            << result(pool, DnsAnswer::Answered, list({"10.10.10.1", "10.10.10.2"}))
            << QStringLiteral("add the missing address(es) 10.10.10.3 to `pool01.contoso.net`")
            << list({"add,internal,contoso.net,pool01.contoso.net,A,,10.10.10.3"});
        QTest::newRow("partial with a value not planned: add and remove")
            << result(pool, DnsAnswer::Answered, list({"10.10.10.1", "10.10.10.2", "10.10.10.4"}))
            << QStringLiteral(
                   "add the missing address(es) 10.10.10.3 to `pool01.contoso.net`; remove 10.10.10.4 "
                   "from `pool01.contoso.net` (not planned)")
            << list({"remove,internal,contoso.net,pool01.contoso.net,A,10.10.10.4,",
                     "add,internal,contoso.net,pool01.contoso.net,A,,10.10.10.3"});
        QTest::newRow("extra: remove what is not planned")
            << result(owas, DnsAnswer::Answered, list({"10.10.10.20", "10.10.10.4"}))
            << QStringLiteral("remove 10.10.10.4 from `owas.contoso.net` (not planned)")
            << list({"remove,internal,contoso.net,owas.contoso.net,A,10.10.10.4,"});
        {
            CheckItem inPublic = guarded;
            inPublic.zone = QStringLiteral("contoso.com");
            QTest::newRow("exposed: delete from the public zone")
                << result(inPublic, DnsAnswer::Answered, list({"131.107.155.40"}))
                << QStringLiteral("delete `lyncdiscoverinternal.contoso.com` from the public zone")
                << list({"remove,external,contoso.com,lyncdiscoverinternal.contoso.com,A,131.107.155.40,"});
            QTest::newRow("exposed through a CNAME: the CNAME goes")
                << result(inPublic, DnsAnswer::Answered, list({"131.107.155.40"}),
                          list({"webext.contoso.com"}))
                << QStringLiteral("delete `lyncdiscoverinternal.contoso.com` from the public zone")
                << list({"remove,external,contoso.com,lyncdiscoverinternal.contoso.com,CNAME,webext.contoso."
                         "com,"});
        }
        {
            DnsAnswer a;
            a.outcome = DnsAnswer::Answered;
            a.values = list({"0 0 443 sip.contoso.com"});
            const CheckResult srv2 = classify(srv, a, {QStringLiteral("sip.contoso.com")});
            QTest::newRow("SRV target is a CNAME (R-SRV2): its target, not the SRV")
                << srv2
                << QStringLiteral(
                       "give `sip.contoso.com` A/AAAA records of its own instead of the CNAME: an SRV "
                       "target must not be a CNAME (R-SRV2)")
                << QStringList();
        }
        {
            CheckResult cancelled;
            cancelled.item = owas;
            cancelled.status = CheckStatus::Error;
            cancelled.outcome = DnsAnswer::Cancelled;
            cancelled.fix = fixText(cancelled); // as LiveCheck::cancel() sets it
            QTest::newRow("cancelled: check again")
                << cancelled << QStringLiteral("not checked: run the check again") << QStringList();
        }
    }

    void fixText_onePerStatus()
    {
        QFETCH(CheckResult, checkResult);
        QFETCH(QString, fix);
        QFETCH(QStringList, changes);
        QCOMPARE(checkResult.fix, fix);
        QCOMPARE(fixText(checkResult), fix);
        const QStringList actual = changeLines(resultChanges(checkResult));
        QVERIFY2(actual == changes, qPrintable(test::describeDifference(changes, actual)));
    }

    // A report with a bit of everything, two internal servers; the example plan's own items.
    void fixChanges_problemsOnlyEachOnceInApplyOrder()
    {
        const Plan plan =
            test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
        const QList<CheckItem> items = checkItems(plan, planRecords(plan));
        const auto in = [&items](const char *name, RecordType type) {
            return planItem(items, Location::Internal, name, type);
        };
        const auto ex = [&items](const char *name, RecordType type) {
            return planItem(items, Location::External, name, type);
        };
        const QString second = QStringLiteral("127.0.53.5");
        const QString external = QStringLiteral("127.0.53.2");
        CheckReport report;
        report.results << result(in("owas.contoso.net", RecordType::A), DnsAnswer::NxDomain)
                       << result(in("owas.contoso.net", RecordType::A), DnsAnswer::NxDomain, {}, {}, second)
                       // optional and missing: a notice, no change
                       << result(in("sip.contoso.com", RecordType::A), DnsAnswer::NxDomain)
                       << result(in("pool01.contoso.net", RecordType::A), DnsAnswer::Answered,
                                 list({"10.10.10.1", "10.10.10.2"}))
                       << result(in("meet.contoso.com", RecordType::A), DnsAnswer::Answered,
                                 list({"10.10.10.5", "10.10.10.6"}))
                       << result(in("fe01.contoso.net", RecordType::A), DnsAnswer::Timeout, {}, {}, second)
                       << result(ex("av.contoso.com", RecordType::A), DnsAnswer::Answered,
                                 list({"131.107.155.31"}), {}, external)
                       << result(ex("sip.contoso.com", RecordType::A), DnsAnswer::Answered,
                                 list({"131.107.155.10"}), list({"sipexternal.contoso.com"}), external)
                       << result(ex("lyncdiscoverinternal.contoso.com", RecordType::A), DnsAnswer::Answered,
                                 list({"131.107.155.40"}), {}, external);
        {
            DnsAnswer a;
            a.outcome = DnsAnswer::Answered;
            a.values = list({"0 0 443 sip.contoso.com"});
            CheckResult srv2 = classify(ex("_sip._tls.contoso.com", RecordType::SRV), a,
                                        {QStringLiteral("sip.contoso.com")});
            srv2.server = external;
            report.results << srv2;
            CheckResult discover = result(ex("lyncdiscover.contoso.com", RecordType::CNAME),
                                          DnsAnswer::NoData, {}, {}, external);
            addOtherRecords(discover, list({"A 131.107.155.99"}));
            report.results << discover;
        }
        QVERIFY(isNotice(report.results.at(2)));
        QCOMPARE(report.results.at(7).status, CheckStatus::Ok); // through a CNAME, right address

        const QList<FixChange> changes = fixChanges(plan, report);
        const QStringList expected = list({
            "remove,internal,contoso.com,meet.contoso.com,A,10.10.10.6,",
            "add,internal,contoso.net,owas.contoso.net,A,,10.10.10.20",
            "add,internal,contoso.net,pool01.contoso.net,A,,10.10.10.3",
            "change,external,contoso.com,av.contoso.com,A,131.107.155.31,131.107.155.30",
            "remove,external,contoso.com,lyncdiscover.contoso.com,A,131.107.155.99,",
            "add,external,contoso.com,lyncdiscover.contoso.com,CNAME,,webext.contoso.com",
            "remove,external,contoso.com,lyncdiscoverinternal.contoso.com,A,131.107.155.40,",
            "remove,external,contoso.com,sip.contoso.com,CNAME,sipexternal.contoso.com,",
            "add,external,contoso.com,sip.contoso.com,A,,131.107.155.10",
        });
        const QStringList actual = changeLines(changes);
        QVERIFY2(actual == expected, qPrintable(test::describeDifference(expected, actual)));
        QCOMPARE(changes.at(1).server, QStringLiteral("127.0.53.1, 127.0.53.5")); // both servers asked

        // The change list: cli.md's header, one row per value, quoted where CSV needs it.
        QCOMPARE(fixListCsv(changes.mid(3, 2)),
                 QByteArray("action,location,zone,name,type,old,new\n"
                            "change,external,contoso.com,av.contoso.com,A,131.107.155.31,131.107.155.30\n"
                            "remove,external,contoso.com,lyncdiscover.contoso.com,A,131.107.155.99,\n"));

        // The script, statement by statement.
        const QString script = QString::fromUtf8(fixScriptPowerShell(plan, changes));
        QString why;
        QVERIFY2(test::psBracketsBalance(script, &why), qPrintable(why + QLatin1Char('\n') + script));
        const QList<test::PsSectionCall> calls = test::psSectionCalls(script, &why);
        QVERIFY2(!calls.isEmpty(), qPrintable(why + QLatin1Char('\n') + script));
        QStringList statements;
        for (const test::PsSectionCall &c : calls) {
            QStringList fields{c.location, c.call.command};
            for (const char *parameter : {"Zone", "Name", "Type", "Data", "Ttl", "Why"})
                fields << c.call.args.value(QString::fromLatin1(parameter), QStringLiteral("-"));
            statements << fields.join(QLatin1Char('|'));
        }
        const auto statement = [](std::initializer_list<const char *> fields) {
            return list(fields).join(QLatin1Char('|'));
        };
        const QStringList expectedStatements{
            statement({"internal", "Remove-UnplannedRecord", "contoso.com", "meet", "A", "10.10.10.6", "-",
                       "not planned here"}),
            statement({"internal", "Add-PlannedRecord", "contoso.net", "owas", "A", "10.10.10.20", "3600",
                       "int-owas"}),
            statement({"internal", "Add-PlannedRecord", "contoso.net", "pool01", "A", "10.10.10.3", "3600",
                       "int-pool-dnslb"}),
            statement({"external", "Remove-ReplacedRecord", "contoso.com", "av", "A", "131.107.155.31", "-",
                       "replaced"}),
            statement({"external", "Add-PlannedRecord", "contoso.com", "av", "A", "131.107.155.30", "3600",
                       "ext-av"}),
            statement({"external", "Remove-ReplacedRecord", "contoso.com", "lyncdiscover", "A",
                       "131.107.155.99", "-", "replaced"}),
            statement({"external", "Add-PlannedRecord", "contoso.com", "lyncdiscover", "CNAME",
                       "webext.contoso.com", "3600", "ext-lyncdiscover"}),
            statement({"external", "Remove-UnplannedRecord", "contoso.com", "lyncdiscoverinternal", "A",
                       "131.107.155.40", "-", "not planned here"}),
            statement({"external", "Remove-ReplacedRecord", "contoso.com", "sip", "CNAME",
                       "sipexternal.contoso.com", "-", "replaced"}),
            statement({"external", "Add-PlannedRecord", "contoso.com", "sip", "A", "131.107.155.10", "3600",
                       "ext-access"}),
        };
        QVERIFY2(statements == expectedStatements,
                 qPrintable(test::describeDifference(expectedStatements, statements)));

        // -WhatIf for the whole script; removals nothing replaces behind -Confirm, the others not.
        QVERIFY(script.contains(QLatin1String("\n[CmdletBinding(SupportsShouldProcess = $true)]\nparam(")));
        QVERIFY(script.contains(
            QLatin1String("function Remove-UnplannedRecord {\n    [CmdletBinding(SupportsShouldProcess = "
                          "$true, ConfirmImpact = 'High')]")));
        QVERIFY(script.contains(QLatin1String(
            "function Remove-ReplacedRecord {\n    [CmdletBinding(SupportsShouldProcess = $true)]")));
        // Each section names the servers whose answers asked for its changes.
        QVERIFY(script.contains(QLatin1String(
            "# ---- internal fixes: run this section on the internal DNS server (Active Directory DNS): "
            "127.0.53.1, 127.0.53.5 ----\nif ($Location -eq 'internal') {")));
    }

    // A pin-point zone the server has not got: the script creates it before its record.
    void fixScript_createsMissingPinPointZoneFirst()
    {
        const Plan plan =
            test::loadPlan(test::exampleFile(QStringLiteral("director-scaled-edge-two-domains.lyncplan")));
        const QList<CheckItem> items = checkItems(plan, planRecords(plan));
        const CheckItem srv =
            planItem(items, Location::Internal, "_sipinternaltls._tcp.fabrikam.com", RecordType::SRV);
        QVERIFY(srv.pinPoint);
        CheckReport report;
        report.results << result(srv, DnsAnswer::Refused);
        QCOMPARE(report.results.constFirst().fix,
                 QStringLiteral("create pin-point zone `_sipinternaltls._tcp.fabrikam.com` with SRV 0 0 5061 "
                                "dirpool01.fabrikam.com"));
        const QString script = QString::fromUtf8(fixScriptPowerShell(plan, fixChanges(plan, report)));
        QString why;
        const QList<test::PsSectionCall> calls = test::psSectionCalls(script, &why);
        QVERIFY2(calls.size() == 2, qPrintable(why + QLatin1Char('\n') + script));
        QCOMPARE(calls.at(0).call.command, QStringLiteral("Add-PlannedZone"));
        QCOMPARE(calls.at(0).call.args.value(QStringLiteral("Zone")),
                 QStringLiteral("_sipinternaltls._tcp.fabrikam.com"));
        QCOMPARE(calls.at(0).call.args.value(QStringLiteral("Why")), QStringLiteral("pin-point zone"));
        QCOMPARE(calls.at(1).call.command, QStringLiteral("Add-PlannedRecord"));
        QCOMPARE(calls.at(1).call.args.value(QStringLiteral("Name")), QStringLiteral("@"));
        QCOMPARE(calls.at(1).call.args.value(QStringLiteral("Data")),
                 QStringLiteral("0 0 5061 dirpool01.fabrikam.com"));
        QVERIFY(!script.contains(QLatin1String("if ($Location -eq 'external')")));
    }

    // Quote characters in data (a hostile plan or answer) stay inside their string.
    void fixScript_quotesEveryValue()
    {
        const Plan plan =
            test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
        FixChange c;
        c.action = FixAction::Remove;
        c.location = Location::External;
        c.zone = QStringLiteral("contoso.com");
        c.name = QStringLiteral("x.contoso.com");
        c.type = RecordType::CNAME;
        c.oldValue = QStringLiteral("a'b\u2019c.contoso.com'; Remove-DnsServerZone -Name 'contoso.com");
        const QString script = QString::fromUtf8(fixScriptPowerShell(plan, {c}));
        QString why;
        QVERIFY2(test::psBracketsBalance(script, &why), qPrintable(why));
        const QList<test::PsSectionCall> calls = test::psSectionCalls(script, &why);
        QVERIFY2(calls.size() == 1, qPrintable(why + QLatin1Char('\n') + script));
        QCOMPARE(calls.constFirst().call.args.value(QStringLiteral("Data")), c.oldValue);
    }
};

QTEST_GUILESS_MAIN(TestFixPlan)
#include "tst_fixplan.moc"
