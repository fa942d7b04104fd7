// The live cutover readiness check (`check PLAN --external-server IP --phase teams-only`, issue 15)
// against a real NSD on loopback (127.0.58.x, port 53): zones written here by hand from Microsoft's
// cutover records (decommission-manage-dns-entries.md: `_sipfederationtls._tcp` SRV 100 1 5061
// sipfed.online.lync.com, `_sip._tls` SRV 100 1 443 sipdir.online.lync.com, lyncdiscover CNAME
// webdir.online.lync.com, sip CNAME sipdir.online.lync.com; GCC High from
// dns-records-for-office-365-gcc-high.md) in the four states of the issue — on premises, half done,
// finished, finished with a wildcard — plus a GCC High plan, and a stopped server. Each is read
// back from the JSON's "phases" and the exit code. Needs root and the Debian package nsd: without
// them the suite fails loudly instead of skipping.

#include "tests/support/nsdserver.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lyncdns;

namespace {

const QString kServer = QStringLiteral("127.0.58.1");
const QString kDeadServer = QStringLiteral("127.0.58.9"); // nothing ever listens there

// The fixture plan: hybrid, commercial cloud, contoso.com and fabrikam.com both moving; Access Edge
// sip.contoso.com 131.107.155.10, reverse proxy 131.107.155.40 (webext, meet, dialin).
QString planFile()
{
    return test::dataFile(QStringLiteral("migration/one-site.lyncplan"));
}

QByteArray zoneHeader(const char *zone)
{
    return QByteArray("$ORIGIN ") + zone + ".\n$TTL 3600\n" +
           "@ IN SOA ns1.example.net. hostmaster.example.net. 1 3600 600 86400 300\n" +
           "@ IN NS ns1.example.net.\n";
}

// The on-premises external records of one domain, as the hybrid estate publishes them.
QByteArray onPremSrvs()
{
    return "_sip._tls IN SRV 0 0 443 sip.contoso.com.\n"
           "_sipfederationtls._tcp IN SRV 0 0 5061 sip.contoso.com.\n";
}
QByteArray onPremNames()
{
    return "lyncdiscover IN CNAME webext.contoso.com.\n";
}
// Microsoft's four records, commercial cloud.
QByteArray cloudSrvs()
{
    return "_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.\n"
           "_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.\n";
}
QByteArray cloudNames()
{
    return "lyncdiscover IN CNAME webdir.online.lync.com.\n"
           "sip IN CNAME sipdir.online.lync.com.\n";
}
// The Edge and reverse proxy names that stay until the estate is decommissioned.
QByteArray contosoServers()
{
    return "webext IN A 131.107.155.40\nwebcon IN A 131.107.155.20\nav IN A 131.107.155.30\n";
}

struct Zones
{
    QByteArray contoso;
    QByteArray fabrikam;
};

// One domain's verdict as the JSON gives it.
struct Phase
{
    QString observed;
    bool ready = false;
    QStringList blocking;  // "name TYPE status"
    QStringList leftovers; // "name TYPE"
    QString wildcard;
    QStringList wildcardRecords;
    QString probe;
};

QMap<QString, Phase> phases(const QByteArray &json)
{
    QMap<QString, Phase> out;
    const QJsonArray array = QJsonDocument::fromJson(json).object().value(QLatin1String("phases")).toArray();
    for (const QJsonValue v : array) {
        const QJsonObject o = v.toObject();
        Phase p;
        p.observed = o.value(QLatin1String("observed")).toString();
        p.ready = o.value(QLatin1String("ready")).toBool();
        const QJsonArray blocking = o.value(QLatin1String("blocking")).toArray();
        for (const QJsonValue b : blocking)
            p.blocking << b[QLatin1String("name")].toString() + QLatin1Char(' ') +
                              b[QLatin1String("type")].toString() + QLatin1Char(' ') +
                              b[QLatin1String("status")].toString();
        const QJsonArray leftovers = o.value(QLatin1String("leftovers")).toArray();
        for (const QJsonValue l : leftovers)
            p.leftovers << l[QLatin1String("name")].toString() + QLatin1Char(' ') +
                               l[QLatin1String("type")].toString();
        const QJsonObject wildcard = o.value(QLatin1String("wildcard")).toObject();
        p.wildcard = wildcard.value(QLatin1String("status")).toString();
        p.wildcardRecords = test::jsonStrings(wildcard.value(QLatin1String("records")));
        p.probe = wildcard.value(QLatin1String("probe")).toString();
        p.blocking.sort();
        p.leftovers.sort();
        out.insert(o.value(QLatin1String("domain")).toString(), p);
    }
    return out;
}

test::ProgramRun run(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RES_OPTIONS"));
    return test::runProgram(test::binary(), arguments, env, 120000);
}

} // namespace

class TestCutoverCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    int m_serial = 0;

    // Serves the zones on kServer for as long as the returned server lives.
    std::unique_ptr<test::NsdServer> serve(const Zones &zones)
    {
        const QString dir = m_work.filePath(QStringLiteral("state%1").arg(++m_serial));
        const QString zoneDir = dir + QStringLiteral("/zones");
        if (!QDir().mkpath(zoneDir) || !QDir().mkpath(dir + QStringLiteral("/nsd")))
            return nullptr;
        if (!test::writeAll(zoneDir + QStringLiteral("/contoso.com.zone"),
                            zoneHeader("contoso.com") + zones.contoso) ||
            !test::writeAll(zoneDir + QStringLiteral("/fabrikam.com.zone"),
                            zoneHeader("fabrikam.com") + zones.fabrikam))
            return nullptr;
        auto server = std::make_unique<test::NsdServer>(kServer, zoneDir, dir + QStringLiteral("/nsd"));
        QString error;
        if (!server->start(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return server;
    }

    test::ProgramRun check(const QString &plan, const QString &server = kServer)
    {
        return run({QStringLiteral("check"), plan, QStringLiteral("--external-server"), server,
                    QStringLiteral("--phase"), QStringLiteral("teams-only"), QStringLiteral("--format"),
                    QStringLiteral("json"), QStringLiteral("--timeout"), QStringLiteral("2")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(test::kNsdBinary), "install the Debian package nsd (the suite needs it)");
        QVERIFY(m_work.isValid());
    }

    // (a) Nothing moved yet: both domains on premises; all four records block, per domain.
    void onPremisesState()
    {
        const auto nsd =
            serve({onPremSrvs() + onPremNames() + "sip IN A 131.107.155.10\n" + contosoServers() +
                       "meet IN A 131.107.155.40\ndialin IN A 131.107.155.40\n",
                   QByteArray(onPremSrvs()).replace("contoso", "fabrikam") +
                       "lyncdiscover IN CNAME webext.contoso.com.\nsip IN A 131.107.155.10\n"
                       "meet IN A 131.107.155.40\n"});
        QVERIFY(nsd);
        const test::ProgramRun r = check(planFile());
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QMap<QString, Phase> p = phases(r.out);
        QCOMPARE(p.keys(), (QStringList{QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
        for (const QString &d : {QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}) {
            QCOMPARE(p[d].observed, QStringLiteral("onprem"));
            QVERIFY(!p[d].ready);
            // SRVs and lyncdiscover hold on-premises data (mismatch); sip is an A record, so the
            // CNAME question finds no CNAME (missing).
            QCOMPARE(p[d].blocking,
                     (QStringList{QStringLiteral("_sip._tls.%1 SRV mismatch").arg(d),
                                  QStringLiteral("_sipfederationtls._tcp.%1 SRV mismatch").arg(d),
                                  QStringLiteral("lyncdiscover.%1 CNAME mismatch").arg(d),
                                  QStringLiteral("sip.%1 CNAME missing").arg(d)}));
            QCOMPARE(p[d].wildcard, QStringLiteral("absent"));
            QVERIFY2(p[d].probe.startsWith(QStringLiteral("lyncdns-probe-")) &&
                         p[d].probe.endsWith(QLatin1Char('.') + d),
                     qPrintable(p[d].probe));
        }
        // Dial-in goes only because every SIP domain moves; the Meet URLs with their domain.
        QCOMPARE(p[QStringLiteral("contoso.com")].leftovers,
                 (QStringList{QStringLiteral("dialin.contoso.com A"), QStringLiteral("meet.contoso.com A")}));
        QCOMPARE(p[QStringLiteral("fabrikam.com")].leftovers,
                 QStringList{QStringLiteral("meet.fabrikam.com A")});

        // The text says it per domain, with what was found instead.
        const test::ProgramRun text =
            run({QStringLiteral("check"), planFile(), QStringLiteral("--external-server"), kServer,
                 QStringLiteral("--phase"), QStringLiteral("teams-only")});
        QCOMPARE(text.exitCode, 1);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("contoso.com: on premises (onprem), not ready")),
                 qPrintable(out));
        QVERIFY2(
            out.contains(QStringLiteral("blocks: lyncdiscover.contoso.com CNAME → webdir.online.lync.com "
                                        "expected (external), found webext.contoso.com")),
            qPrintable(out));
    }

    // (b) Half done: contoso.com fully moved (meet still published), fabrikam.com with its CNAMEs
    // moved but both SRVs still on premises.
    void halfDoneCutover()
    {
        const auto nsd = serve({cloudSrvs() + cloudNames() + contosoServers() + "meet IN A 131.107.155.40\n",
                                QByteArray(onPremSrvs()).replace("contoso", "fabrikam") + cloudNames()});
        QVERIFY(nsd);
        const test::ProgramRun r = check(planFile());
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QMap<QString, Phase> p = phases(r.out);
        const Phase contoso = p.value(QStringLiteral("contoso.com"));
        QCOMPARE(contoso.observed, QStringLiteral("teams-only"));
        QVERIFY(contoso.blocking.isEmpty());
        QCOMPARE(contoso.leftovers, QStringList{QStringLiteral("meet.contoso.com A")});
        QVERIFY2(contoso.ready, "a leftover Meet record does not block the switch");
        const Phase fabrikam = p.value(QStringLiteral("fabrikam.com"));
        QCOMPARE(fabrikam.observed, QStringLiteral("mixed"));
        QVERIFY(!fabrikam.ready);
        QCOMPARE(fabrikam.blocking,
                 (QStringList{QStringLiteral("_sip._tls.fabrikam.com SRV mismatch"),
                              QStringLiteral("_sipfederationtls._tcp.fabrikam.com SRV mismatch")}));
        QVERIFY(fabrikam.leftovers.isEmpty());
    }

    // (c) Finished: the four records in both domains, nothing left over: exit 0.
    void finishedCutover()
    {
        const auto nsd = serve({cloudSrvs() + cloudNames() + contosoServers(), cloudSrvs() + cloudNames()});
        QVERIFY(nsd);
        const test::ProgramRun r = check(planFile());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QMap<QString, Phase> p = phases(r.out);
        QCOMPARE(p.size(), 2);
        for (const Phase &d : p) {
            QCOMPARE(d.observed, QStringLiteral("teams-only"));
            QVERIFY(d.ready);
            QVERIFY(d.blocking.isEmpty());
            QVERIFY(d.leftovers.isEmpty());
            QCOMPARE(d.wildcard, QStringLiteral("absent"));
        }
    }

    // (d) Finished, but contoso.com has a wildcard A record: not ready, the record named.
    void wildcardRecord()
    {
        const auto nsd =
            serve({cloudSrvs() + cloudNames() + contosoServers() + "* IN A 192.0.2.80\n",
                   cloudSrvs() + cloudNames() + "* IN CNAME www.fabrikam.com.\nwww IN A 192.0.2.81\n"});
        QVERIFY(nsd);
        const test::ProgramRun r = check(planFile());
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QMap<QString, Phase> p = phases(r.out);
        const Phase contoso = p.value(QStringLiteral("contoso.com"));
        QCOMPARE(contoso.observed, QStringLiteral("teams-only"));
        QCOMPARE(contoso.wildcard, QStringLiteral("present"));
        QCOMPARE(contoso.wildcardRecords, QStringList{QStringLiteral("A 192.0.2.80")});
        QVERIFY(!contoso.ready);
        const Phase fabrikam = p.value(QStringLiteral("fabrikam.com"));
        QCOMPARE(fabrikam.wildcard, QStringLiteral("present"));
        QVERIFY2(fabrikam.wildcardRecords.contains(QStringLiteral("CNAME www.fabrikam.com")),
                 qPrintable(fabrikam.wildcardRecords.join(QLatin1Char(','))));
        QVERIFY(!fabrikam.ready);
    }

    // Another cloud: a GCC High plan is ready only with the GCC High records; the commercial ones
    // point at the wrong cloud and block every record.
    void gccHighCloud()
    {
        const QString gccPlan = m_work.filePath(QStringLiteral("gcc-high.lyncplan"));
        QVERIFY(test::writeAll(
            gccPlan, test::withEdits(test::readAll(planFile()), {{"migration.cloud", "\"gcc-high\""}})));
        const QByteArray gcc =
            "_sip._tls IN SRV 100 1 443 sipdir.online.gov.skypeforbusiness.us.\n"
            "_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.gov.skypeforbusiness.us.\n"
            "lyncdiscover IN CNAME webdir.online.gov.skypeforbusiness.us.\n"
            "sip IN CNAME sipdir.online.gov.skypeforbusiness.us.\n";
        {
            const auto nsd = serve({gcc + contosoServers(), gcc});
            QVERIFY(nsd);
            const test::ProgramRun r = check(gccPlan);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            for (const Phase &d : phases(r.out))
                QCOMPARE(d.observed, QStringLiteral("teams-only"));
        }
        const auto nsd = serve({cloudSrvs() + cloudNames() + contosoServers(), cloudSrvs() + cloudNames()});
        QVERIFY(nsd);
        const test::ProgramRun r = check(gccPlan);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const Phase contoso = phases(r.out).value(QStringLiteral("contoso.com"));
        QCOMPARE(contoso.observed, QStringLiteral("onprem"));
        QCOMPARE(contoso.blocking,
                 (QStringList{QStringLiteral("_sip._tls.contoso.com SRV mismatch"),
                              QStringLiteral("_sipfederationtls._tcp.contoso.com SRV mismatch"),
                              QStringLiteral("lyncdiscover.contoso.com CNAME mismatch"),
                              QStringLiteral("sip.contoso.com CNAME mismatch")}));
    }

    // A server that does not answer: exit 3, unreachable, nothing reported as missing or ready.
    void stoppedServer()
    {
        const test::ProgramRun r = check(planFile(), kDeadServer);
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("unreachable"), qPrintable(r.describe()));
        const QMap<QString, Phase> p = phases(r.out);
        QCOMPARE(p.size(), 2);
        for (const Phase &d : p) {
            QCOMPARE(d.observed, QStringLiteral("unknown"));
            QCOMPARE(d.wildcard, QStringLiteral("unknown"));
            QVERIFY(!d.ready);
            QVERIFY2(d.leftovers.isEmpty(), "nothing is known to be left over");
            QCOMPARE(d.blocking.size(), 4); // the four records, each unreachable
        }
        const QJsonArray results =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("results")).toArray();
        QVERIFY(!results.isEmpty());
        for (const QJsonValue v : results)
            QCOMPARE(v[QLatin1String("status")].toString(), QStringLiteral("unreachable"));
    }

    // Usage: other phases, no external server, outputs the readiness check does not write.
    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("hybrid") << QStringList{QStringLiteral("--external-server"), kServer,
                                               QStringLiteral("--phase"), QStringLiteral("hybrid")}
                                << QStringLiteral("--phase hybrid: expected teams-only");
        QTest::newRow("no external server")
            << QStringList{QStringLiteral("--internal-server"), kServer, QStringLiteral("--phase"),
                           QStringLiteral("teams-only")}
            << QStringLiteral("needs --external-server");
        QTest::newRow("csv") << QStringList{QStringLiteral("--external-server"), kServer,
                                            QStringLiteral("--phase"),           QStringLiteral("teams-only"),
                                            QStringLiteral("--format"),          QStringLiteral("csv")}
                             << QStringLiteral("not csv");
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const test::ProgramRun r = run(QStringList{QStringLiteral("check"), planFile()} + arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCutoverCheck)
#include "tst_cutovercheck.moc"
