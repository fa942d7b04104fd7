// `lyncdns import --resolve SERVER` (docs/reference/import.md, "--resolve"): a real NSD on port 53
// of 127.0.59.1 serves tests/data/import/resolve/*.zone. A server FQDN with one address fills its
// gap, several addresses, an alias or no record leave it with a note, VIPs and Edge addresses are
// never asked, and a server with nothing listening is unreachable (exit 3), never "not found".
// Needs root and NSD (Qt 6.4 queries port 53 only); fails, never skips, without them.

#include "model/check/qtdnsresolver.h"
#include "model/import/addressfill.h"
#include "model/import/topologyfile.h"
#include "model/plan/planwriter.h"
#include "tests/support/nsdserver.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

#include <unistd.h>

using namespace lyncdns;

namespace {

// This suite's loopback range (the other NSD suites use 127.0.53.x to 127.0.58.x).
const QString kDnsAddress = QStringLiteral("127.0.59.1");
const QString kClosedAddress = QStringLiteral("127.0.59.9"); // nothing listens there

using Run = test::ProgramRun;

Run run(const QStringList &arguments)
{
    QProcessEnvironment env = test::headlessEnvironment();
    env.remove(QStringLiteral("RES_OPTIONS")); // the binary sets its own DNS timeout
    return test::runProgram(test::binary(), arguments, env, 60000);
}

QString twoSite()
{
    return test::dataFile(QStringLiteral("import/two-site.published.xml"));
}

QStringList stderrLines(const Run &r)
{
    return QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool udpPortFree(const QString &address)
{
    QUdpSocket socket;
    return socket.bind(QHostAddress(address), 53, QAbstractSocket::DontShareAddress);
}

// The gap lines of an import, minus the paths --resolve filled.
QStringList gapLines(const ImportResult &imported, const QStringList &filledPaths = {})
{
    QStringList lines;
    for (const ImportGap &gap : imported.gaps)
        if (!filledPaths.contains(gap.jsonPath))
            lines << gap.jsonPath + QStringLiteral(": ") + gap.what;
    return lines;
}

QStringList noteLines(const ImportResult &imported)
{
    QStringList lines;
    for (const QString &note : imported.notes)
        lines << QStringLiteral("note: ") + note;
    return lines;
}

// A hand-made import of every kind of server --resolve asks for, under lab.example, with IPv6
// planned: the gaps are those the topology import writes for such servers.
ImportResult labImport()
{
    Plan plan;
    plan.sipDomains = {QStringLiteral("lab.example")};
    plan.dns.ipv6 = true;
    Site site;
    site.name = QStringLiteral("Lab");
    OfficeWebApps farm;
    farm.internalFqdn = QStringLiteral("owas.lab.example");
    farm.servers = {Server{QStringLiteral("owa1.lab.example"), {}, {}},
                    Server{QStringLiteral("owa2.lab.example"), {}, {}}};
    site.officeWebApps = {farm};
    site.persistentChatPools = {ServerPool{QStringLiteral("pchat.lab.example"),
                                           {Server{QStringLiteral("pchat01.lab.example"), {}, {}}}}};
    site.mediationPools = {
        ServerPool{QStringLiteral("med01.lab.example"),
                   {Server{QStringLiteral("med01a.lab.example"), {}, {}},
                    Server{QStringLiteral("med01b.lab.example"), QStringLiteral("10.1.0.6"), {}}}}};
    plan.sites = {site};
    BranchSite branch;
    branch.name = QStringLiteral("Branch");
    branch.centralSite = QStringLiteral("Lab");
    branch.survivableBranches = {Server{QStringLiteral("sba01.lab.example"), {}, {}}};
    plan.branchSites = {branch};
    ImportResult r;
    r.plan = plan;
    r.gaps = {
        {QStringLiteral("dns.splitBrain"), QStringLiteral("split-brain")},
        {QStringLiteral("sites[0].officeWebApps[0].internalIpv4"), QStringLiteral("the farm address")},
        {QStringLiteral("sites[0].officeWebApps[0].servers[0].ipv4"), QStringLiteral("owa1")},
        {QStringLiteral("sites[0].officeWebApps[0].servers[1].ipv4"), QStringLiteral("owa2")},
        {QStringLiteral("sites[0].persistentChatPools[0].servers[0].ipv4"), QStringLiteral("pchat01")},
        {QStringLiteral("sites[0].mediationPools[0].servers[0].ipv4"), QStringLiteral("med01a")},
        {QStringLiteral("branchSites[0].survivableBranches[0].ipv4"), QStringLiteral("sba01")},
    };
    return r;
}

} // namespace

class TestImportResolve : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    std::unique_ptr<test::NsdServer> m_dns;

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QFAIL("tst_importresolve MUST run as root: it starts NSD on port 53 of 127.0.59.1 (Qt 6.4's "
                  "QDnsLookup cannot use another port). These integration tests were NOT run.");
        if (!QFileInfo(test::kNsdBinary).isExecutable())
            QFAIL("tst_importresolve needs NSD (Debian package nsd: /usr/sbin/nsd). Install it (apt-get "
                  "install nsd). These integration tests were NOT run.");
        const QString familyProblem = QtDnsResolver::serverProblem(kDnsAddress);
        QVERIFY2(familyProblem.isEmpty(), qPrintable(familyProblem));
        QVERIFY2(
            udpPortFree(kClosedAddress),
            qPrintable(kClosedAddress + QStringLiteral(":53 is in use: the dead-server test needs it free")));
        QVERIFY(m_work.isValid());
        m_dns = std::make_unique<test::NsdServer>(
            kDnsAddress, test::dataFile(QStringLiteral("import/resolve")), m_work.path());
        QString error;
        QVERIFY2(m_dns->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_dns.reset(); }

    // Which values are asked: server addresses whose IPv4 is a gap, with their IPv6 when the plan
    // plans IPv6; never the farm name of an Office Web Apps farm (a load-balanced name).
    void addressTargets_serverAddressesOnly()
    {
        const ImportResult lab = labImport();
        QStringList targets;
        for (const AddressTarget &t : addressTargets(*lab.plan, lab.gaps))
            targets << t.jsonPath + QLatin1Char(' ') + t.fqdn + QLatin1Char(' ') +
                           (t.type == RecordType::A ? QStringLiteral("A") : QStringLiteral("AAAA"));
        const QStringList expected = {
            QStringLiteral("sites[0].officeWebApps[0].servers[0].ipv4 owa1.lab.example A"),
            QStringLiteral("sites[0].officeWebApps[0].servers[0].ipv6 owa1.lab.example AAAA"),
            QStringLiteral("sites[0].officeWebApps[0].servers[1].ipv4 owa2.lab.example A"),
            QStringLiteral("sites[0].officeWebApps[0].servers[1].ipv6 owa2.lab.example AAAA"),
            QStringLiteral("sites[0].persistentChatPools[0].servers[0].ipv4 pchat01.lab.example A"),
            QStringLiteral("sites[0].persistentChatPools[0].servers[0].ipv6 pchat01.lab.example AAAA"),
            QStringLiteral("sites[0].mediationPools[0].servers[0].ipv4 med01a.lab.example A"),
            QStringLiteral("sites[0].mediationPools[0].servers[0].ipv6 med01a.lab.example AAAA"),
            QStringLiteral("branchSites[0].survivableBranches[0].ipv4 sba01.lab.example A"),
            QStringLiteral("branchSites[0].survivableBranches[0].ipv6 sba01.lab.example AAAA"),
        };
        QCOMPARE(targets, expected);
    }

    // The model against the real server: one address fills (A and AAAA), an alias and a missing
    // name leave the gap with a note, and the filled gaps are gone.
    void addressFill_fillsSingleAddresses()
    {
        QtDnsResolver resolver;
        AddressFill fill(&resolver);
        QSignalSpy finished(&fill, &AddressFill::finished);
        fill.start(labImport(), kDnsAddress);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!fill.serverUnreachable());
        const QList<FilledAddress> expected = {
            {QStringLiteral("sites[0].officeWebApps[0].servers[0].ipv4"), QStringLiteral("owa1.lab.example"),
             QStringLiteral("10.1.0.21")},
            {QStringLiteral("sites[0].mediationPools[0].servers[0].ipv4"),
             QStringLiteral("med01a.lab.example"), QStringLiteral("10.1.0.5")},
            {QStringLiteral("sites[0].mediationPools[0].servers[0].ipv6"),
             QStringLiteral("med01a.lab.example"), QStringLiteral("fd00::5")},
            {QStringLiteral("branchSites[0].survivableBranches[0].ipv4"), QStringLiteral("sba01.lab.example"),
             QStringLiteral("10.2.0.5")},
        };
        QCOMPARE(fill.filled(), expected);

        const ImportResult &r = fill.result();
        QVERIFY(r.plan);
        const Site &site = r.plan->sites.at(0);
        QCOMPARE(site.officeWebApps.at(0).servers.at(0).ipv4, QStringLiteral("10.1.0.21"));
        QCOMPARE(site.officeWebApps.at(0).internalIpv4, QString()); // the farm name is never asked
        QCOMPARE(site.officeWebApps.at(0).servers.at(1).ipv4, QString());
        QCOMPARE(site.persistentChatPools.at(0).servers.at(0).ipv4, QString());
        QCOMPARE(site.mediationPools.at(0).servers.at(0).ipv4, QStringLiteral("10.1.0.5"));
        QCOMPARE(site.mediationPools.at(0).servers.at(0).ipv6, QStringLiteral("fd00::5"));
        QCOMPARE(site.mediationPools.at(0).servers.at(1).ipv4, QStringLiteral("10.1.0.6")); // not a gap
        QCOMPARE(r.plan->branchSites.at(0).survivableBranches.at(0).ipv4, QStringLiteral("10.2.0.5"));

        QStringList gaps;
        for (const ImportGap &g : r.gaps)
            gaps << g.jsonPath;
        QCOMPARE(gaps, (QStringList{QStringLiteral("dns.splitBrain"),
                                    QStringLiteral("sites[0].officeWebApps[0].internalIpv4"),
                                    QStringLiteral("sites[0].officeWebApps[0].servers[1].ipv4"),
                                    QStringLiteral("sites[0].persistentChatPools[0].servers[0].ipv4")}));

        const auto hasNote = [&r](const QString &note) { return r.notes.contains(note); };
        const QString all = r.notes.join(QLatin1Char('\n'));
        QVERIFY2(hasNote(QStringLiteral("--resolve: sites[0].officeWebApps[0].servers[0].ipv6: not filled: "
                                        "owa1.lab.example has no AAAA record on 127.0.59.1")),
                 qPrintable(all));
        QVERIFY2(hasNote(QStringLiteral("--resolve: sites[0].officeWebApps[0].servers[1].ipv4: not filled: "
                                        "owa2.lab.example does not exist on 127.0.59.1")),
                 qPrintable(all));
        QVERIFY2(hasNote(QStringLiteral("--resolve: sites[0].persistentChatPools[0].servers[0].ipv4: not "
                                        "filled: pchat01.lab.example is an alias (CNAME) of "
                                        "pchat-real.lab.example on 127.0.59.1, not a server's own A record")),
                 qPrintable(all));
    }

    // Nothing to ask: finished() still comes, and nothing is sent (so no server is judged).
    void addressFill_nothingToAsk_finishes()
    {
        QtDnsResolver resolver;
        AddressFill fill(&resolver);
        QSignalSpy finished(&fill, &AddressFill::finished);
        ImportResult lab = labImport();
        lab.gaps = {{QStringLiteral("dns.splitBrain"), QStringLiteral("split-brain")}};
        fill.start(lab, kClosedAddress);
        QVERIFY(finished.wait(30000));
        QVERIFY(!fill.serverUnreachable());
        QVERIFY(fill.filled().isEmpty());
        QVERIFY(fill.result().plan == lab.plan);
        QCOMPARE(fill.result().gaps, lab.gaps);
    }

    // The two-site topology: fe01, dir01a and the Office Web Apps server (a farm of one, named after
    // it) are filled; dir01b (two addresses) and se01 (no record) stay gaps with a note; the VIP,
    // Edge and reverse proxy gaps are never asked although the zone has the pool and Edge names.
    void command_fillsAndListsTheRest()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("estate.lyncplan"));
        const Run r = run({QStringLiteral("import"), twoSite(), QStringLiteral("-o"), out,
                           QStringLiteral("--resolve"), kDnsAddress});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());

        const ImportResult imported = importTopology(twoSite());
        QVERIFY(imported.plan);
        const QStringList filledPaths = {QStringLiteral("sites[0].frontEndPools[0].servers[0].ipv4"),
                                         QStringLiteral("sites[0].directorPools[0].servers[0].ipv4"),
                                         QStringLiteral("sites[0].officeWebApps[0].internalIpv4")};
        const QStringList expected =
            noteLines(imported) +
            QStringList{
                QStringLiteral("note: --resolve: sites[0].directorPools[0].servers[1].ipv4: not filled: "
                               "dir01b.contoso.net has 2 A records on 127.0.59.1 (10.10.30.2, 10.10.31.2): "
                               "which one the server uses is yours to choose"),
                QStringLiteral("note: --resolve: sites[1].frontEndPools[0].servers[0].ipv4: not filled: "
                               "se01.contoso.net does not exist on 127.0.59.1"),
                QStringLiteral("filled: sites[0].frontEndPools[0].servers[0].ipv4: 10.10.10.1 "
                               "(fe01.contoso.net via 127.0.59.1)"),
                QStringLiteral("filled: sites[0].directorPools[0].servers[0].ipv4: 10.10.30.1 "
                               "(dir01a.contoso.net via 127.0.59.1)"),
                QStringLiteral("filled: sites[0].officeWebApps[0].internalIpv4: 10.10.10.20 "
                               "(owas.contoso.net via 127.0.59.1)"),
            } +
            gapLines(imported, filledPaths);
        QCOMPARE(stderrLines(r), expected);
        // Written by hand from the zone: the rest of the plan is the import's, unchanged.
        const QByteArray filledJson = test::withEdits(
            planToJson(*imported.plan), {{"sites[0].frontEndPools[0].servers[0].ipv4", R"("10.10.10.1")"},
                                         {"sites[0].directorPools[0].servers[0].ipv4", R"("10.10.30.1")"},
                                         {"sites[0].officeWebApps[0].internalIpv4", R"("10.10.10.20")"}});
        const Plan written = test::loadPlan(out);
        QVERIFY2(written == test::planFromJson(filledJson),
                 qPrintable(test::describeDifference(
                     QString::fromUtf8(filledJson).split(QLatin1Char('\n')),
                     QString::fromUtf8(planToJson(written)).split(QLatin1Char('\n')))));
        QCOMPARE(written.sites.at(0).frontEndPools.at(0).servers.at(1).ipv4, QStringLiteral("10.10.10.2"));
        QCOMPARE(written.sites.at(0).frontEndPools.at(0).vip, QString());
    }

    // Nothing listens on the server: exit 3 with the reason, the plan written as imported (nothing
    // filled) and every gap listed, never a "does not exist" note.
    void command_deadServer_exits3()
    {
        QVERIFY2(udpPortFree(kClosedAddress), "the dead server's address is in use");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("estate.lyncplan"));
        const Run r = run({QStringLiteral("import"), twoSite(), QStringLiteral("-o"), out,
                           QStringLiteral("--resolve"), kClosedAddress});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        const ImportResult imported = importTopology(twoSite());
        QVERIFY(imported.plan);
        const QStringList expected =
            noteLines(imported) + gapLines(imported) +
            QStringList{
                QStringLiteral("lyncdns: import --resolve: 127.0.59.9 did not answer: nothing listening "
                               "on port 53")};
        QCOMPARE(stderrLines(r), expected);
        QVERIFY(test::loadPlan(out) == *imported.plan);
    }

    void usage_exits2_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host name") << QStringLiteral("dns01.contoso.net")
                                   << QStringLiteral("lyncdns: import --resolve dns01.contoso.net: "
                                                     "\"dns01.contoso.net\" is not an IP address");
        QTest::newRow("bad IPv4")
            << QStringLiteral("10.0.0.300")
            << QStringLiteral("lyncdns: import --resolve 10.0.0.300: \"10.0.0.300\" is not an IP address");
    }

    // An address that is not one: exit 2 before the topology is read or anything is asked.
    void usage_exits2()
    {
        QFETCH(QString, server);
        QFETCH(QString, expected);
        const Run r = run({QStringLiteral("import"), twoSite(), QStringLiteral("--resolve"), server});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(stderrLines(r).value(0).startsWith(expected), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestImportResolve)
#include "tst_importresolve.moc"
