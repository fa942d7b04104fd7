// One DNS timeout per process (docs/decisions.md): RES_OPTIONS is set once, before the first lookup,
// and nothing a check does changes it; two checks keep their own verdicts side by side.
// The slots run in order and share the process: the first sees the timeout unset.

#include "model/check/livecheck.h"
#include "model/check/qtdnsresolver.h"
#include "tests/support/fakeresolver.h"

#include <QTest>

using namespace lyncdns;
using lyncdns::test::FakeResolver;

namespace {

const QString kServer = QStringLiteral("192.0.2.53");

QList<CheckItem> oneItem()
{
    CheckItem item;
    item.location = Location::Internal;
    item.name = QStringLiteral("sip.contoso.com");
    item.type = RecordType::A;
    item.expected = {QStringLiteral("192.0.2.10")};
    return {item};
}

} // namespace

class TestDnsTimeout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Whatever the developer's shell has: this process starts without one, as the program does.
        qunsetenv("RES_OPTIONS");
    }

    void unset_defaultAndNoResOptions()
    {
        QCOMPARE(processDnsTimeout(), kDefaultDnsTimeoutSeconds);
        QVERIFY(!qEnvironmentVariableIsSet("RES_OPTIONS"));
    }

    void setTwice_firstCallSetsResOptionsOnce()
    {
        QVERIFY(setProcessDnsTimeout(2));
        QCOMPARE(qgetenv("RES_OPTIONS"), QByteArray("timeout:2 attempts:1"));
        QCOMPARE(processDnsTimeout(), 2);

        QVERIFY(!setProcessDnsTimeout(7));
        QVERIFY(!setProcessDnsTimeout(kDefaultDnsTimeoutSeconds)); // what a new resolver tries
        QCOMPARE(qgetenv("RES_OPTIONS"), QByteArray("timeout:2 attempts:1"));
        QCOMPARE(processDnsTimeout(), 2);
    }

    void newResolvers_useTheProcessTimeoutAndLeaveResOptions()
    {
        QtDnsResolver first;
        QtDnsResolver second;
        QCOMPARE(first.timeoutSeconds(), 2);
        QCOMPARE(second.timeoutSeconds(), 2);
        QCOMPARE(qgetenv("RES_OPTIONS"), QByteArray("timeout:2 attempts:1"));

        // A check over the real resolver reports the process timeout (no server: no lookup at all).
        LiveCheck check(&first);
        check.start(oneItem(), QString(), QString());
        QVERIFY(!check.isRunning());
        QCOMPARE(check.report().timeoutSeconds, 2);
    }

    void twoChecksDifferentTimeouts_eachKeepsItsOwnVerdicts()
    {
        // Two engines side by side, as two check windows would run them, answers interleaved.
        FakeResolver fast;
        FakeResolver slow;
        fast.setTimeoutSeconds(1);
        slow.setTimeoutSeconds(5);
        for (FakeResolver *r : {&fast, &slow}) {
            r->setManual(true);
            r->killServer(kServer); // every lookup times out
        }
        LiveCheck fastCheck(&fast);
        LiveCheck slowCheck(&slow);
        fastCheck.start(oneItem(), kServer, QString());
        slowCheck.start(oneItem(), kServer, QString());
        QCOMPARE(fast.release([](const FakeResolver::Lookup &) { return true; }), 1);
        QCOMPARE(slow.releaseAll(), 1);
        QCOMPARE(fast.releaseAll(), 0);

        for (const auto &[check, seconds] : {std::pair{&fastCheck, 1}, std::pair{&slowCheck, 5}}) {
            const CheckReport &report = check->report();
            QVERIFY(!check->isRunning());
            QCOMPARE(report.timeoutSeconds, seconds);
            QVERIFY2(!report.internalServer.reachable, qPrintable(report.internalServer.detail));
            QVERIFY2(report.internalServer.detail.contains(QStringLiteral("within %1 s").arg(seconds)),
                     qPrintable(report.internalServer.detail));
            QCOMPARE(report.results.size(), 1);
            QCOMPARE(report.results.first().status, CheckStatus::Unreachable);
        }
        // Neither check touched the process's setting.
        QCOMPARE(qgetenv("RES_OPTIONS"), QByteArray("timeout:2 attempts:1"));
        QCOMPARE(processDnsTimeout(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDnsTimeout)
#include "tst_dnstimeout.moc"
