// The name proposed for a pool's next server (issue 12: a new server row prefilled from the pool
// name). Expectations written by hand from the rule in model/plan/servernames.h: the next number of
// the listed servers' pattern, else the pool's domain for the host label to be typed in front.

#include "model/plan/servernames.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace lyncdns;

class TestServerNames : public QObject
{
    Q_OBJECT
private slots:
    void propose_data()
    {
        QTest::addColumn<QString>("pool");
        QTest::addColumn<QStringList>("servers");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("complete");

        const QString pool = QStringLiteral("pool01.contoso.net");
        QTest::newRow("next after two")
            << pool << QStringList{QStringLiteral("fe01.contoso.net"), QStringLiteral("fe02.contoso.net")}
            << QStringLiteral("fe03.contoso.net") << true;
        QTest::newRow("next after the highest, not the last")
            << pool << QStringList{QStringLiteral("fe04.contoso.net"), QStringLiteral("fe02.contoso.net")}
            << QStringLiteral("fe05.contoso.net") << true;
        QTest::newRow("a gap is not filled")
            << pool << QStringList{QStringLiteral("fe01.contoso.net"), QStringLiteral("fe03.contoso.net")}
            << QStringLiteral("fe04.contoso.net") << true;
        QTest::newRow("unpadded grows a digit")
            << QStringLiteral("edgepool.contoso.net") << QStringList{QStringLiteral("edge9.contoso.net")}
            << QStringLiteral("edge10.contoso.net") << true;
        QTest::newRow("padding kept past nine") << pool << QStringList{QStringLiteral("fe009.contoso.net")}
                                                << QStringLiteral("fe010.contoso.net") << true;
        QTest::newRow("padding outgrown") << pool << QStringList{QStringLiteral("fe99.contoso.net")}
                                          << QStringLiteral("fe100.contoso.net") << true;
        QTest::newRow("the server's domain, not the pool's")
            << pool << QStringList{QStringLiteral("med01.voice.contoso.net")}
            << QStringLiteral("med02.voice.contoso.net") << true;
        QTest::newRow("spelling normalized")
            << pool << QStringList{QStringLiteral("FE01.Contoso.NET."), QStringLiteral(" fe02.contoso.net ")}
            << QStringLiteral("fe03.contoso.net") << true;
        // The last numbered server sets the pattern; the other prefix's numbers do not count.
        QTest::newRow("last pattern wins")
            << pool
            << QStringList{QStringLiteral("sql07.contoso.net"), QStringLiteral("fe01.contoso.net"),
                           QStringLiteral("other.contoso.net")}
            << QStringLiteral("fe02.contoso.net") << true;
        QTest::newRow("same prefix, other domain does not count")
            << pool << QStringList{QStringLiteral("fe05.fabrikam.com"), QStringLiteral("fe01.contoso.net")}
            << QStringLiteral("fe02.contoso.net") << true;
        QTest::newRow("no domain on the server")
            << QString() << QStringList{QStringLiteral("fe1")} << QStringLiteral("fe2") << true;
        QTest::newRow("empty rows ignored")
            << pool << QStringList{QString(), QStringLiteral("fe01.contoso.net"), QString()}
            << QStringLiteral("fe02.contoso.net") << true;

        QTest::newRow("no servers: the pool's domain")
            << pool << QStringList{} << QStringLiteral(".contoso.net") << false;
        QTest::newRow("unnumbered servers: the pool's domain")
            << QStringLiteral("pchat.Contoso.net.") << QStringList{QStringLiteral("chat-a.contoso.net")}
            << QStringLiteral(".contoso.net") << false;
        QTest::newRow("digits inside the label only")
            << pool << QStringList{QStringLiteral("fe01a.contoso.net")} << QStringLiteral(".contoso.net")
            << false;
        QTest::newRow("a number too long to be one")
            << pool << QStringList{QStringLiteral("fe1234567890123456789.contoso.net")}
            << QStringLiteral(".contoso.net") << false;

        QTest::newRow("pool without a domain")
            << QStringLiteral("pool01") << QStringList{} << QString() << false;
        QTest::newRow("nothing at all") << QString() << QStringList{QString()} << QString() << false;
    }

    void propose()
    {
        QFETCH(QString, pool);
        QFETCH(QStringList, servers);
        QFETCH(QString, text);
        QFETCH(bool, complete);
        const ServerNameProposal proposal = proposeServerName(pool, servers);
        QCOMPARE(proposal.text, text);
        QCOMPARE(proposal.complete, complete);
    }

    // Names other pools of the plan have are counted past: the three-site example numbers its
    // Front End servers across pools (pool01 fe01-fe03, pool02 fe04-fe06, pool03 fe07-fe09).
    void propose_countsPastThePlansNames()
    {
        const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("three-site-estate.lyncplan")));
        if (QTest::currentTestFailed())
            return;
        const QSet<QString> taken = planServerNames(plan);
        QVERIFY(taken.contains(QStringLiteral("fe12.contoso.net")));
        QVERIFY(taken.contains(QStringLiteral("sba01.contoso.net")));  // a branch appliance
        QVERIFY(taken.contains(QStringLiteral("owa02.contoso.net")));  // a farm member
        QVERIFY(taken.contains(QStringLiteral("edge03.contoso.net"))); // an Edge server
        const QStringList pool01{QStringLiteral("fe01.contoso.net"), QStringLiteral("fe02.contoso.net"),
                                 QStringLiteral("fe03.contoso.net")};
        QCOMPARE(proposeServerName(QStringLiteral("pool01.contoso.net"), pool01, taken).text,
                 QStringLiteral("fe13.contoso.net"));
        // Without the plan's names only the pool's own rows count.
        QCOMPARE(proposeServerName(QStringLiteral("pool01.contoso.net"), pool01).text,
                 QStringLiteral("fe04.contoso.net"));
    }
};

QTEST_GUILESS_MAIN(TestServerNames)
#include "tst_servernames.moc"
