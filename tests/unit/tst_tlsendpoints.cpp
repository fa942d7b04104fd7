// The endpoints `check --tls` probes and how presented names are matched (cli.md "Certificates",
// docs/reference/tls-check.md). Expected endpoints written by hand from the fixture plan and
// Microsoft's certificate tables (catalogue §3.6); the live part is tst_tlscheck.

#include "model/check/tlsendpoints.h"
#include "model/check/tlsresult.h"
#include "model/rules/keywords.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace lyncdns;

class TestTlsEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void fixturePlan_endpointsAndNames()
    {
        const Plan plan = test::loadPlan(test::dataFile(QStringLiteral("tls/tls-endpoints.lyncplan")));
        QStringList actual;
        for (const TlsEndpoint &e : tlsEndpoints(plan))
            actual << QStringLiteral("%1 %2:%3 %4 [%5]")
                          .arg(locationName(e.location), e.host)
                          .arg(e.port)
                          .arg(keyword(e.role), e.names.join(QLatin1Char(' ')));
        // Pools on 5061, internal web services, Office Web Apps, the Access Edge on 443 and 5061,
        // then each name the reverse proxy publishes (its certificate's names, sorted). No A/V or
        // web conferencing endpoint, no Edge internal one (not in cli.md's list).
        const QString proxy = QStringLiteral(
            "[dialin.contoso.com lyncdiscover.contoso.com meet.contoso.com officewebapps01.contoso.com "
            "webext.contoso.com]");
        const QStringList expected{
            QStringLiteral(
                "internal se01.contoso.net:5061 frontend-default [se01.contoso.com se01.contoso.net]"),
            QStringLiteral("internal se01.contoso.net:443 frontend-web-internal [dialin.contoso.com "
                           "lyncdiscoverinternal.contoso.com meet.contoso.com se01.contoso.net]"),
            QStringLiteral("internal owas.contoso.net:443 office-web-apps [officewebapps01.contoso.com "
                           "owas.contoso.net]"),
            QStringLiteral("external sip.contoso.com:443 edge-external [sip.contoso.com webcon.contoso.com]"),
            QStringLiteral(
                "external sip.contoso.com:5061 edge-external [sip.contoso.com webcon.contoso.com]"),
            QStringLiteral("external dialin.contoso.com:443 reverse-proxy ") + proxy,
            QStringLiteral("external lyncdiscover.contoso.com:443 reverse-proxy ") + proxy,
            QStringLiteral("external meet.contoso.com:443 reverse-proxy ") + proxy,
            QStringLiteral("external officewebapps01.contoso.com:443 reverse-proxy ") + proxy,
            QStringLiteral("external webext.contoso.com:443 reverse-proxy ") + proxy,
        };
        QVERIFY2(actual == expected, qPrintable(test::describeDifference(expected, actual)));
    }

    // An Enterprise pool with two servers: behind the pool name either may answer, so only the
    // names both certificates carry are the endpoint's (no server FQDN).
    void enterprisePool_onlySharedNames()
    {
        const Plan plan =
            test::loadPlan(test::dataFile(QStringLiteral("planner/t02-single-edge-public.lyncplan")));
        Plan twoServers = plan;
        Server second = twoServers.sites[0].frontEndPools[0].servers.first();
        second.fqdn = QStringLiteral("fe02.contoso.net");
        second.ipv4 = QStringLiteral("192.168.10.2");
        twoServers.sites[0].frontEndPools[0].servers << second;
        for (const TlsEndpoint &e : tlsEndpoints(twoServers))
            if (e.host == QLatin1String("pool01.contoso.net") && e.port == 5061) {
                QVERIFY2(!e.names.contains(QLatin1String("fe01.contoso.net")) &&
                             !e.names.contains(QLatin1String("fe02.contoso.net")) &&
                             e.names.contains(QLatin1String("pool01.contoso.net")),
                         qPrintable(e.names.join(QLatin1Char(' '))));
                return;
            }
        QFAIL("no pool01.contoso.net:5061 endpoint");
    }

    void nameCovered_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("presented");
        QTest::addColumn<bool>("covered");
        const QStringList wildcard{QStringLiteral("*.contoso.com")};
        QTest::newRow("exact") << "meet.contoso.com" << QStringList{QStringLiteral("meet.contoso.com")}
                               << true;
        QTest::newRow("planned name in upper case")
            << "Meet.Contoso.COM." << QStringList{QStringLiteral("meet.contoso.com")} << true;
        QTest::newRow("wildcard, one label") << "meet.contoso.com" << wildcard << true;
        QTest::newRow("wildcard, two labels") << "a.meet.contoso.com" << wildcard << false;
        QTest::newRow("wildcard, the apex") << "contoso.com" << wildcard << false;
        QTest::newRow("wildcard of another domain") << "meet.fabrikam.com" << wildcard << false;
        QTest::newRow("partial-label wildcard")
            << "meet.contoso.com" << QStringList{QStringLiteral("m*.contoso.com")} << false;
        QTest::newRow("nothing presented") << "meet.contoso.com" << QStringList() << false;
    }

    void nameCovered()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, presented);
        QFETCH(bool, covered);
        QCOMPARE(tlsNameCovered(name, presented), covered);
    }

    void statusKeywords_areTheContracts()
    {
        // cli.md: ok, name-missing, expired, untrusted, wrong-usage, unreachable, error.
        QStringList words = keywords<TlsStatus>();
        words.sort();
        QCOMPARE(words, (QStringList{QStringLiteral("error"), QStringLiteral("expired"),
                                     QStringLiteral("name-missing"), QStringLiteral("ok"),
                                     QStringLiteral("unreachable"), QStringLiteral("untrusted"),
                                     QStringLiteral("wrong-usage")}));
    }
};

QTEST_GUILESS_MAIN(TestTlsEndpoints)
#include "tst_tlsendpoints.moc"
