// classify() against cli.md's "check results" table: one row per way a server can answer, every
// status reached, the CNAME chain reported hop by hop before the values, R-SRV2 for CNAME targets;
// then what the extra question about a failing name adds (addOtherRecords()): the records found,
// lyncdiscover as an A record accepted, a leak through an AAAA record caught.

#include "model/check/checkclassifier.h"

#include <QTest>

using namespace lyncdns;

namespace {

QStringList list(std::initializer_list<const char *> values)
{
    QStringList out;
    for (const char *v : values)
        out << QString::fromLatin1(v);
    return out;
}

DnsAnswer answer(DnsAnswer::Outcome outcome, const QStringList &values = {}, const QStringList &chain = {})
{
    DnsAnswer a;
    a.outcome = outcome;
    a.values = values;
    a.cnameChain = chain;
    a.elapsedMs = 7;
    a.errorText = QStringLiteral("fake error text");
    return a;
}

CheckItem item(RecordType type, const QStringList &expected, bool mustNotResolve = false,
               const QString &requirement = QStringLiteral("int-test"))
{
    CheckItem i;
    i.location = mustNotResolve ? Location::External : Location::Internal;
    i.name = QStringLiteral("host.contoso.com");
    i.type = type;
    i.expected = expected;
    i.mustNotResolve = mustNotResolve;
    i.requirement = requirement;
    return i;
}

} // namespace

class TestCheckClassifier : public QObject
{
    Q_OBJECT
private slots:
    void answer_classifiedAsCliSays_data()
    {
        QTest::addColumn<CheckItem>("checkItem");
        QTest::addColumn<DnsAnswer>("dnsAnswer");
        QTest::addColumn<QStringList>("cnameTargets");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("actual");
        QTest::addColumn<QString>("detailContains");

        const QStringList one = list({"10.10.10.1"});
        const QStringList lb = list({"10.10.10.1", "10.10.10.2", "10.10.10.3"});
        const QStringList srv = list({"0 0 443 sip.contoso.com"});
        const QStringList none;

        QSet<QString> covered;
        auto row = [&covered](const char *tag, const CheckItem &i, const DnsAnswer &a,
                              const QStringList &targets, const QString &status, const QStringList &actual,
                              const QString &detail) {
            covered.insert(status);
            QTest::newRow(tag) << i << a << targets << status << actual << detail;
        };

        // ok
        row("ok: exact address", item(RecordType::A, one), answer(DnsAnswer::Answered, one), none,
            QStringLiteral("ok"), one, QString());
        row("ok: DNS-LB addresses in any order", item(RecordType::A, lb),
            answer(DnsAnswer::Answered, list({"10.10.10.3", "10.10.10.1", "10.10.10.2"})), none,
            QStringLiteral("ok"), lb, QString());
        row("ok: duplicate answer values counted once", item(RecordType::A, one),
            answer(DnsAnswer::Answered, list({"10.10.10.1", "10.10.10.1"})), none, QStringLiteral("ok"), one,
            QString());
        row("ok: through a CNAME chain", item(RecordType::A, list({"131.107.155.40"})),
            answer(DnsAnswer::Answered, list({"131.107.155.40"}),
                   list({"webext.contoso.com", "rp.contoso.com"})),
            none, QStringLiteral("ok"),
            list({"CNAME webext.contoso.com", "CNAME rp.contoso.com", "131.107.155.40"}),
            QStringLiteral("webext.contoso.com"));
        row("ok: CNAME hops lower-cased without trailing dot", item(RecordType::A, list({"131.107.155.40"})),
            answer(DnsAnswer::Answered, list({"131.107.155.40"}), list({"WebExt.Contoso.COM."})), none,
            QStringLiteral("ok"), list({"CNAME webext.contoso.com", "131.107.155.40"}), QString());
        row("ok: IPv6 answer in long form", item(RecordType::AAAA, list({"2001:db8::1"})),
            answer(DnsAnswer::Answered, list({"2001:0DB8:0000:0000:0000:0000:0000:0001"})), none,
            QStringLiteral("ok"), list({"2001:db8::1"}), QString());
        row("ok: IPv6 expectation in non-canonical form", item(RecordType::AAAA, list({"2001:DB8:0:0::1"})),
            answer(DnsAnswer::Answered, list({"2001:db8::1"})), none, QStringLiteral("ok"),
            list({"2001:db8::1"}), QString());
        row("ok: CNAME record, case and trailing dot", item(RecordType::CNAME, list({"webext.contoso.com"})),
            answer(DnsAnswer::Answered, list({"WEBEXT.contoso.com."})), none, QStringLiteral("ok"),
            list({"webext.contoso.com"}), QString());
        row("ok: SRV target, case and trailing dot", item(RecordType::SRV, srv),
            answer(DnsAnswer::Answered, list({"0 0 443 SIP.Contoso.com."})), none, QStringLiteral("ok"), srv,
            QString());
        row("ok: SRV whose target is not among the CNAME targets", item(RecordType::SRV, srv),
            answer(DnsAnswer::Answered, srv), list({"av.contoso.com"}), QStringLiteral("ok"), srv, QString());

        // missing
        row("missing: NXDOMAIN", item(RecordType::A, one), answer(DnsAnswer::NxDomain), none,
            QStringLiteral("missing"), none, QString());
        row("missing: NODATA", item(RecordType::A, one), answer(DnsAnswer::NoData), none,
            QStringLiteral("missing"), none, QString());
        row("missing: SRV NXDOMAIN", item(RecordType::SRV, srv), answer(DnsAnswer::NxDomain), none,
            QStringLiteral("missing"), none, QString());
        row("missing: CNAME chain without an address", item(RecordType::A, one),
            answer(DnsAnswer::Answered, none, list({"gone.contoso.com"})), none, QStringLiteral("missing"),
            list({"CNAME gone.contoso.com"}), QString());

        // mismatch
        row("mismatch: other address", item(RecordType::A, one),
            answer(DnsAnswer::Answered, list({"10.99.99.99"})), none, QStringLiteral("mismatch"),
            list({"10.99.99.99"}), QString());
        row("mismatch: through a CNAME to another address", item(RecordType::A, one),
            answer(DnsAnswer::Answered, list({"10.99.99.99"}), list({"elsewhere.contoso.com"})), none,
            QStringLiteral("mismatch"), list({"CNAME elsewhere.contoso.com", "10.99.99.99"}), QString());
        row("mismatch: SRV on another port", item(RecordType::SRV, srv),
            answer(DnsAnswer::Answered, list({"0 0 5061 sip.contoso.com"})), none, QStringLiteral("mismatch"),
            list({"0 0 5061 sip.contoso.com"}), QString());
        row("mismatch: CNAME to another target", item(RecordType::CNAME, list({"webext.contoso.com"})),
            answer(DnsAnswer::Answered, list({"other.contoso.com"})), none, QStringLiteral("mismatch"),
            list({"other.contoso.com"}), QString());
        row("mismatch: SRV target is a CNAME (R-SRV2)", item(RecordType::SRV, srv),
            answer(DnsAnswer::Answered, srv), list({"sip.contoso.com"}), QStringLiteral("mismatch"), srv,
            QStringLiteral("R-SRV2"));
        row("mismatch: SRV target is a CNAME, answer with case and trailing dot", item(RecordType::SRV, srv),
            answer(DnsAnswer::Answered, list({"0 0 443 Sip.Contoso.com."})), list({"sip.contoso.com"}),
            QStringLiteral("mismatch"), srv, QStringLiteral("R-SRV2"));

        // partial and extra
        row("partial: one of three DNS-LB addresses", item(RecordType::A, lb),
            answer(DnsAnswer::Answered, one), none, QStringLiteral("partial"), one, QString());
        row("partial: some expected, one unexpected", item(RecordType::A, list({"10.10.10.1", "10.10.10.2"})),
            answer(DnsAnswer::Answered, list({"10.10.10.1", "10.99.99.99"})), none, QStringLiteral("partial"),
            list({"10.10.10.1", "10.99.99.99"}), QString());
        row("extra: every expected value plus one", item(RecordType::A, one),
            answer(DnsAnswer::Answered, list({"10.99.99.99", "10.10.10.1"})), none, QStringLiteral("extra"),
            list({"10.10.10.1", "10.99.99.99"}), QString());

        // names that must not resolve in this location
        row("exposed: internal-only name resolves", item(RecordType::A, none, true, QStringLiteral("R-EXP1")),
            answer(DnsAnswer::Answered, list({"131.107.155.40"})), none, QStringLiteral("exposed"),
            list({"131.107.155.40"}), QStringLiteral("R-EXP1"));
        row("exposed: internal-only name resolves through a CNAME",
            item(RecordType::A, none, true, QStringLiteral("R-EXP5")),
            answer(DnsAnswer::Answered, list({"131.107.155.40"}), list({"webext.contoso.com"})), none,
            QStringLiteral("exposed"), list({"CNAME webext.contoso.com", "131.107.155.40"}),
            QStringLiteral("R-EXP5"));
        row("ok: internal-only name NXDOMAIN", item(RecordType::A, none, true), answer(DnsAnswer::NxDomain),
            none, QStringLiteral("ok"), none, QString());
        row("ok: internal-only name NODATA", item(RecordType::A, none, true), answer(DnsAnswer::NoData), none,
            QStringLiteral("ok"), none, QString());
        row("ok: internal-only name REFUSED", item(RecordType::A, none, true), answer(DnsAnswer::Refused),
            none, QStringLiteral("ok"), none, QString());
        row("unreachable: internal-only name, timeout", item(RecordType::A, none, true),
            answer(DnsAnswer::Timeout), none, QStringLiteral("unreachable"), none, QString());

        // the server did not answer, or failed
        row("unreachable: timeout", item(RecordType::A, one), answer(DnsAnswer::Timeout), none,
            QStringLiteral("unreachable"), none, QString());
        row("unreachable: SRV timeout", item(RecordType::SRV, srv), answer(DnsAnswer::Timeout), none,
            QStringLiteral("unreachable"), none, QString());
        row("error: SERVFAIL", item(RecordType::A, one), answer(DnsAnswer::ServerFailure), none,
            QStringLiteral("error"), none, QString());
        row("error: malformed reply", item(RecordType::A, one), answer(DnsAnswer::Malformed), none,
            QStringLiteral("error"), none, QString());
        {
            // Nothing in a broken answer is evidence: no actual values, and the reason is named.
            DnsAnswer cut = answer(DnsAnswer::Malformed, list({"10.10.10.1"}));
            cut.errorText = QStringLiteral("the answer is cut short: it announces 2 records but holds 1");
            row("error: answer cut short, no actual values", item(RecordType::A, lb), cut, none,
                QStringLiteral("error"), none, QStringLiteral("cut short"));
        }
        row("error: REFUSED for a planned record", item(RecordType::A, one), answer(DnsAnswer::Refused), none,
            QStringLiteral("error"), none, QString());
        row("error: SERVFAIL for an internal-only name", item(RecordType::A, none, true),
            answer(DnsAnswer::ServerFailure), none, QStringLiteral("error"), none, QString());

        // Every status cli.md defines is reached by some row above.
        QStringList uncovered;
        for (int s = int(CheckStatus::Ok); s <= int(CheckStatus::Error); ++s)
            if (!covered.contains(checkStatusName(CheckStatus(s))))
                uncovered << checkStatusName(CheckStatus(s));
        QVERIFY2(uncovered.isEmpty(),
                 qPrintable(QStringLiteral("no row for: ") + uncovered.join(QLatin1Char(' '))));
    }

    void answer_classifiedAsCliSays()
    {
        QFETCH(CheckItem, checkItem);
        QFETCH(DnsAnswer, dnsAnswer);
        QFETCH(QStringList, cnameTargets);
        QFETCH(QString, status);
        QFETCH(QStringList, actual);
        QFETCH(QString, detailContains);

        const CheckResult r =
            classify(checkItem, dnsAnswer, QSet<QString>(cnameTargets.cbegin(), cnameTargets.cend()));
        const QString got =
            QStringLiteral("status %1, actual [%2], detail \"%3\"")
                .arg(checkStatusName(r.status), r.actual.join(QStringLiteral(", ")), r.detail);
        QVERIFY2(checkStatusName(r.status) == status,
                 qPrintable(QStringLiteral("expected status %1; got %2").arg(status, got)));
        QVERIFY2(
            r.actual == actual,
            qPrintable(
                QStringLiteral("expected actual [%1]; got %2").arg(actual.join(QStringLiteral(", ")), got)));
        QVERIFY2(
            detailContains.isEmpty() || r.detail.contains(detailContains),
            qPrintable(QStringLiteral("expected the detail to name %1; got %2").arg(detailContains, got)));
        QVERIFY2(!r.detail.isEmpty() || r.status == CheckStatus::Ok,
                 qPrintable(QStringLiteral("a problem needs a detail; got %1").arg(got)));
        QCOMPARE(r.item.name, checkItem.name);
        QCOMPARE(r.item.expected, checkItem.expected);
        QCOMPARE(r.elapsedMs, dnsAnswer.elapsedMs);
        QCOMPARE(r.outcome, dnsAnswer.outcome);
        // Every problem says what to change; ok says nothing.
        QVERIFY2(r.fix.isEmpty() == (r.status == CheckStatus::Ok),
                 qPrintable(QStringLiteral("fix \"%1\" for %2").arg(r.fix, got)));
    }

    // Which results get one more question about their name.
    void wantsOtherRecords_onlyForNamesThatExistAndFail()
    {
        const QStringList one = list({"10.10.10.1"});
        QVERIFY(wantsOtherRecords(classify(item(RecordType::A, one), answer(DnsAnswer::NoData))));
        QVERIFY(!wantsOtherRecords(classify(item(RecordType::A, one), answer(DnsAnswer::NxDomain))));
        QVERIFY(!wantsOtherRecords(classify(item(RecordType::A, one), answer(DnsAnswer::Answered, one))));
        QVERIFY(!wantsOtherRecords(
            classify(item(RecordType::A, one), answer(DnsAnswer::Answered, list({"10.99.99.99"})))));
        QVERIFY(!wantsOtherRecords(classify(item(RecordType::A, one), answer(DnsAnswer::Timeout))));
        QVERIFY(!wantsOtherRecords(classify(item(RecordType::A, one), answer(DnsAnswer::Refused))));
        // A name that must not resolve: when it does, and when it exists without an A record.
        QVERIFY(wantsOtherRecords(
            classify(item(RecordType::A, {}, true), answer(DnsAnswer::Answered, list({"131.107.155.40"})))));
        QVERIFY(wantsOtherRecords(classify(item(RecordType::A, {}, true), answer(DnsAnswer::NoData))));
        QVERIFY(!wantsOtherRecords(classify(item(RecordType::A, {}, true), answer(DnsAnswer::NxDomain))));
    }

    void otherRecords_addedAndJudgedAgain_data()
    {
        QTest::addColumn<CheckItem>("checkItem");
        QTest::addColumn<DnsAnswer>("dnsAnswer");
        QTest::addColumn<QStringList>("records"); // what the extra question found, "TYPE data"
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("actual");
        QTest::addColumn<bool>("note");
        QTest::addColumn<QString>("fix");

        CheckItem lyncdiscover =
            item(RecordType::CNAME, list({"webext.contoso.com"}), false, QStringLiteral("ext-lyncdiscover"));
        lyncdiscover.location = Location::External;
        lyncdiscover.name = QStringLiteral("lyncdiscover.contoso.com");
        lyncdiscover.zone = QStringLiteral("contoso.com");
        lyncdiscover.acceptedAsA = {list({"131.107.155.40"})};
        CheckItem twoProxies = lyncdiscover;
        twoProxies.acceptedAsA = {list({"131.107.155.40", "131.107.155.41"})};
        CheckItem noAlternative = lyncdiscover;
        noAlternative.acceptedAsA.clear();

        QTest::newRow("lyncdiscover as an A record with the proxy address: ok with a note")
            << lyncdiscover << answer(DnsAnswer::NoData) << list({"A 131.107.155.40"}) << QStringLiteral("ok")
            << list({"A 131.107.155.40"}) << true << QString();
        QTest::newRow("lyncdiscover as A records, both proxy addresses in any order: ok")
            << twoProxies << answer(DnsAnswer::NoData) << list({"A 131.107.155.41", "A 131.107.155.40"})
            << QStringLiteral("ok") << list({"A 131.107.155.40", "A 131.107.155.41"}) << true << QString();
        QTest::newRow("lyncdiscover as A and AAAA: the A decides")
            << lyncdiscover << answer(DnsAnswer::NoData) << list({"AAAA 2001:db8::40", "A 131.107.155.40"})
            << QStringLiteral("ok") << list({"A 131.107.155.40", "AAAA 2001:db8::40"}) << true << QString();
        QTest::newRow("lyncdiscover as an A record, wrong address: missing, replace it")
            << lyncdiscover << answer(DnsAnswer::NoData) << list({"A 131.107.155.99"})
            << QStringLiteral("missing") << list({"A 131.107.155.99"}) << false
            << QStringLiteral(
                   "replace A 131.107.155.99 at `lyncdiscover.contoso.com` with CNAME webext.contoso.com");
        QTest::newRow("lyncdiscover as one of two proxy addresses: missing")
            << twoProxies << answer(DnsAnswer::NoData) << list({"A 131.107.155.40"})
            << QStringLiteral("missing") << list({"A 131.107.155.40"}) << false
            << QStringLiteral(
                   "replace A 131.107.155.40 at `lyncdiscover.contoso.com` with CNAME webext.contoso.com");
        QTest::newRow("a CNAME without a documented alternative stays missing")
            << noAlternative << answer(DnsAnswer::NoData) << list({"A 131.107.155.40"})
            << QStringLiteral("missing") << list({"A 131.107.155.40"}) << false
            << QStringLiteral(
                   "replace A 131.107.155.40 at `lyncdiscover.contoso.com` with CNAME webext.contoso.com");
        QTest::newRow("missing A, the name holds a TXT: shown, nothing replaced")
            << item(RecordType::A, list({"10.10.10.1"})) << answer(DnsAnswer::NoData)
            << list({"TXT \"not an address\""}) << QStringLiteral("missing")
            << list({"TXT \"not an address\""}) << false
            << QStringLiteral("create A `host.contoso.com` → 10.10.10.1");
        QTest::newRow("missing A, the name holds an AAAA: shown in canonical form")
            << item(RecordType::A, list({"10.10.10.1"})) << answer(DnsAnswer::NoData)
            << list({"AAAA 2001:0DB8::0001"}) << QStringLiteral("missing") << list({"AAAA 2001:db8::1"})
            << false << QStringLiteral("create A `host.contoso.com` → 10.10.10.1");

        CheckItem guarded = item(RecordType::A, {}, true, QStringLiteral("R-EXP1"));
        guarded.name = QStringLiteral("lyncdiscoverinternal.contoso.com");
        QTest::newRow("exposed: what is shown already is not repeated")
            << guarded << answer(DnsAnswer::Answered, list({"131.107.155.40"}))
            << list({"A 131.107.155.40", "AAAA 2001:db8::40"}) << QStringLiteral("exposed")
            << list({"131.107.155.40", "AAAA 2001:db8::40"}) << false
            << QStringLiteral("delete `lyncdiscoverinternal.contoso.com` from the public zone");
        QTest::newRow("must not resolve, no A but an AAAA: exposed")
            << guarded << answer(DnsAnswer::NoData) << list({"AAAA 2001:db8::40"})
            << QStringLiteral("exposed") << list({"AAAA 2001:db8::40"}) << false
            << QStringLiteral("delete `lyncdiscoverinternal.contoso.com` from the public zone");
        QTest::newRow("must not resolve, only a TXT there: still ok")
            << guarded << answer(DnsAnswer::NoData) << list({"TXT \"x\""}) << QStringLiteral("ok")
            << list({"TXT \"x\""}) << false << QString();
    }

    void otherRecords_addedAndJudgedAgain()
    {
        QFETCH(CheckItem, checkItem);
        QFETCH(DnsAnswer, dnsAnswer);
        QFETCH(QStringList, records);
        QFETCH(QString, status);
        QFETCH(QStringList, actual);
        QFETCH(bool, note);
        QFETCH(QString, fix);

        CheckResult r = classify(checkItem, dnsAnswer);
        QVERIFY(wantsOtherRecords(r));
        addOtherRecords(r, records);
        const QString got =
            QStringLiteral("status %1, actual [%2], note \"%3\", fix \"%4\"")
                .arg(checkStatusName(r.status), r.actual.join(QStringLiteral(", ")), r.note, r.fix);
        QVERIFY2(checkStatusName(r.status) == status && r.actual == actual && r.note.isEmpty() != note &&
                     r.fix == fix,
                 qPrintable(QStringLiteral("expected status %1, actual [%2], %3, fix \"%4\"; got %5")
                                .arg(status, actual.join(QStringLiteral(", ")),
                                     note ? QStringLiteral("a note") : QStringLiteral("no note"), fix, got)));
    }
};

QTEST_GUILESS_MAIN(TestCheckClassifier)
#include "tst_checkclassifier.moc"
