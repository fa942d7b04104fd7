// The check against hostile DNS servers (issue 17): a scripted server on 127.0.55.x:53 answers
// every query correctly except in one chosen way (wrong ID, wrong question, garbage, a bad
// compression pointer, an answer cut short, TC with TCP closed, NOTIMP, rcode 11, NODATA to the
// probe, too slow, every other query dropped, a 20-hop CNAME chain, a CNAME loop), and the real
// `lyncdns check --timeout 1` must give the status and exit code cli.md's contract gives: never a
// verdict from an answer that did not arrive, in time and whole. The cases run side by side (one
// address each) in initTestCase; each row then checks its own run. Needs root (port 53).

#include "model/check/checkplan.h"
#include "model/check/qtdnsresolver.h"
#include "model/planner/planner.h"
#include "tests/support/scripteddnsserver.h"
#include "tests/support/testsupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QTimer>

#include <memory>

#include <unistd.h>

using namespace lyncdns;
using test::ScriptedDnsServer;
using Behaviour = ScriptedDnsServer::Behaviour;

namespace {

constexpr int kTimeoutSeconds = 1;

QString fixture()
{
    return test::dataFile(QStringLiteral("check/hostile-dns.lyncplan"));
}

// Which queries misbehave.
enum class Victim
{
    All,   // every query
    Pool,  // the DNS-LB pool name (two addresses)
    Probe, // the probe's question (the first planned internal record)
};

struct Case
{
    QString name;
    Behaviour behaviour = Behaviour::Correct;
    Victim victim = Victim::All;
    QString victimStatus; // of the victim's results (of every result for Victim::All)
    int exitCode = 0;
    int maxReceived = -1;   // queries the server may get at most; -1: no bound
    QString detailContains; // in the victim's detail (or the server's, for Victim::All)
};

QList<Case> cases()
{
    const QString unreachable = QStringLiteral("unreachable");
    const QString error = QStringLiteral("error");
    return {
        {QStringLiteral("correct"), Behaviour::Correct, Victim::All, QStringLiteral("ok"), 0, -1, {}},
        {QStringLiteral("wrongId"), Behaviour::WrongId, Victim::All, unreachable, 3, 1,
         QStringLiteral("1 s")},
        {QStringLiteral("wrongQuestion"), Behaviour::WrongQuestion, Victim::All, unreachable, 3, 1,
         QStringLiteral("1 s")},
        {QStringLiteral("garbage"), Behaviour::Garbage, Victim::All, unreachable, 3, 1,
         QStringLiteral("1 s")},
        {QStringLiteral("slow"), Behaviour::Slow, Victim::All, unreachable, 3, 1,
         QStringLiteral("no answer within 1 s")},
        {QStringLiteral("badPointer"), Behaviour::BadPointer, Victim::Pool, error, 1, -1, {}},
        {QStringLiteral("truncated"), Behaviour::Truncated, Victim::Pool, error, 1, -1,
         QStringLiteral("cut short")},
        {QStringLiteral("tcWithoutTcp"), Behaviour::TcWithoutTcp, Victim::Pool, error, 1, -1,
         QStringLiteral("TC")},
        {QStringLiteral("notImp"), Behaviour::NotImp, Victim::Pool, error, 1, -1, QStringLiteral("NOTIMP")},
        {QStringLiteral("unknownRcode"), Behaviour::UnknownRcode, Victim::Pool, error, 1, -1,
         QStringLiteral("(11)")},
        {QStringLiteral("noDataToProbe"),
         Behaviour::NoData,
         Victim::Probe,
         QStringLiteral("missing"),
         1,
         -1,
         {}},
        {QStringLiteral("cnameChain20"), Behaviour::CnameChain20, Victim::Pool, QStringLiteral("ok"), 0, -1,
         QStringLiteral("c20.pool01.contoso.net")},
        {QStringLiteral("cnameLoop"), Behaviour::CnameLoop, Victim::Pool, error, 1, -1,
         QStringLiteral("CNAME loop: pool01.contoso.net → c1.pool01.contoso.net → pool01.contoso.net")},
        {QStringLiteral("noRecursion"), Behaviour::NoRecursion, Victim::All, QStringLiteral("ok"), 0, -1, {}},
        // Checked on its own below: which answers are lost depends on the order queries arrive in.
        {QStringLiteral("dropEveryOther"), Behaviour::DropEveryOther, Victim::All, {}, -1, -1, {}},
    };
}

struct Outcome
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    QStringList received;

    QString describe() const
    {
        return QStringLiteral("exit %1\n  stdout: %2\n  stderr: %3\n  server received: %4")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(6000)), QString::fromUtf8(err.left(1000)),
                 received.join(QStringLiteral(", ")));
    }
    QJsonArray results() const
    {
        return QJsonDocument::fromJson(out).object().value(QLatin1String("results")).toArray();
    }
    QString serverDetail() const
    {
        return QJsonDocument::fromJson(out)
            .object()
            .value(QLatin1String("serverStatus"))
            .toObject()
            .value(QLatin1String("internal"))
            .toObject()
            .value(QLatin1String("detail"))
            .toString();
    }
};

QStringList checkArguments(const QString &plan, const QString &server)
{
    return {QStringLiteral("check"),
            plan,
            QStringLiteral("--internal-server"),
            server,
            QStringLiteral("--format"),
            QStringLiteral("json"),
            QStringLiteral("--timeout"),
            QString::number(kTimeoutSeconds)};
}

QProcessEnvironment childEnvironment()
{
    // Headless; the binary sets RES_OPTIONS for itself from --timeout.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("RES_OPTIONS"));
    return env;
}

} // namespace

class TestHostileDns : public QObject
{
    Q_OBJECT

private:
    QList<CheckItem> m_items; // the fixture's internal check items
    QString m_probeName;
    QHash<QString, Outcome> m_outcomes; // by case name

    // Runs every case at once, one server and one `lyncdns check` each; the event loop serves
    // the servers' queries until every process has finished.
    void runAll(QString *error)
    {
        const QList<Case> all = cases();
        std::vector<std::unique_ptr<ScriptedDnsServer>> servers;
        std::vector<std::unique_ptr<QProcess>> processes;
        QList<ScriptedDnsServer::Record> records;
        for (const CheckItem &item : std::as_const(m_items))
            for (const QString &value : item.expected)
                records << ScriptedDnsServer::Record{item.name, recordTypeName(item.type), value};
        QEventLoop loop;
        int running = 0;
        for (int i = 0; i < all.size(); ++i) {
            const Case &c = all.at(i);
            const QString address = QStringLiteral("127.0.55.%1").arg(10 + i);
            auto server = std::make_unique<ScriptedDnsServer>(address);
            server->setRecords(records);
            server->setBehaviour(c.behaviour, c.victim == Victim::Pool ? QStringLiteral("pool01.contoso.net")
                                              : c.victim == Victim::Probe ? m_probeName
                                                                          : QString());
            server->setSlowDelayMs(kTimeoutSeconds * 1000 + 1000);
            if (!server->listen(error))
                return;
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(childEnvironment());
            QProcess *p = process.get();
            QObject::connect(p, &QProcess::finished, &loop, [&running, &loop, this, p, name = c.name] {
                Outcome &o = m_outcomes[name];
                o.finished = true;
                o.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
                o.out = p->readAllStandardOutput();
                o.err = p->readAllStandardError();
                if (--running == 0)
                    loop.quit();
            });
            p->start(test::binary(), checkArguments(fixture(), address));
            ++running;
            servers.push_back(std::move(server));
            processes.push_back(std::move(process));
        }
        // A guard, not a timing assert: a hung check fails its row instead of the whole suite.
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        for (int i = 0; i < all.size(); ++i) {
            m_outcomes[all.at(i).name].received = servers.at(i)->received();
            if (processes.at(i)->state() != QProcess::NotRunning) {
                processes.at(i)->kill();
                processes.at(i)->waitForFinished(5000);
            }
        }
    }

    // "status name TYPE: detail" of the results not matching want (the victim's or the others').
    QStringList wrongResults(const Case &c, const Outcome &o) const
    {
        QStringList wrong;
        const QJsonArray results = o.results();
        for (const QJsonValue v : results) {
            const QJsonObject r = v.toObject();
            const QString name = r.value(QLatin1String("name")).toString();
            const QString type = r.value(QLatin1String("type")).toString();
            const bool isVictim =
                c.victim == Victim::All ||
                (c.victim == Victim::Pool && name == QLatin1String("pool01.contoso.net") &&
                 type == QLatin1String("A")) ||
                (c.victim == Victim::Probe && name == m_probeName &&
                 type == recordTypeName(m_items.at(probeItem(m_items, Location::Internal)).type));
            const QString want = isVictim ? c.victimStatus : QStringLiteral("ok");
            const QString status = r.value(QLatin1String("status")).toString();
            const QString detail = r.value(QLatin1String("detail")).toString();
            if (status != want)
                wrong << QStringLiteral("%1 %2: %3, expected %4 (%5)").arg(name, type, status, want, detail);
            else if (isVictim && c.victim != Victim::All && !c.detailContains.isEmpty() &&
                     !detail.contains(c.detailContains))
                wrong << QStringLiteral("%1 %2: detail \"%3\" lacks \"%4\"")
                             .arg(name, type, detail, c.detailContains);
        }
        if (results.size() != m_items.size())
            wrong << QStringLiteral("%1 results, expected %2").arg(results.size()).arg(m_items.size());
        return wrong;
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QFAIL("tst_hostiledns MUST run as root: its DNS servers listen on port 53 of 127.0.55.x (Qt "
                  "6.4's QDnsLookup cannot use another port). These integration tests were NOT run.");
        const QString familyProblem = QtDnsResolver::serverProblem(QStringLiteral("127.0.55.10"));
        QVERIFY2(familyProblem.isEmpty(),
                 qPrintable(QStringLiteral("the binary cannot query 127.0.55.x here: %1. "
                                           "These integration tests were NOT run.")
                                .arg(familyProblem)));
        const Plan plan = test::loadPlan(fixture());
        for (const CheckItem &item : checkItems(plan, planRecords(plan)))
            if (item.location == Location::Internal)
                m_items << item;
        const int probe = probeItem(m_items, Location::Internal);
        QVERIFY(probe >= 0);
        m_probeName = m_items.at(probe).name;
        bool pool = false;
        for (const CheckItem &item : std::as_const(m_items))
            pool = pool || (item.name == QLatin1String("pool01.contoso.net") && item.expected.size() == 2);
        QVERIFY2(pool, "the fixture must plan pool01.contoso.net with two addresses (DNS load balancing)");
        QVERIFY2(m_probeName != QLatin1String("pool01.contoso.net"), "the probe must not be the pool name");
        QString error;
        runAll(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void hostileServer_contractStatusAndExitCode_data()
    {
        QTest::addColumn<QString>("caseName");
        for (const Case &c : cases())
            if (c.exitCode >= 0)
                QTest::newRow(qPrintable(behaviourName(c.behaviour))) << c.name;
    }

    void hostileServer_contractStatusAndExitCode()
    {
        QFETCH(QString, caseName);
        const QList<Case> all = cases();
        const Case c =
            *std::find_if(all.cbegin(), all.cend(), [&](const Case &x) { return x.name == caseName; });
        const Outcome o = m_outcomes.value(caseName);
        QVERIFY2(o.finished, qPrintable(QStringLiteral("the check did not finish\n") + o.describe()));
        const QStringList wrong = wrongResults(c, o);
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(wrong.join(QLatin1Char('\n')) + QLatin1Char('\n') + o.describe()));
        QVERIFY2(o.exitCode == c.exitCode,
                 qPrintable(QStringLiteral("exit %1, expected %2\n").arg(o.exitCode).arg(c.exitCode) +
                            o.describe()));
        // A dead server costs one timeout: it gets the probe and nothing else.
        QVERIFY2(c.maxReceived < 0 || o.received.size() <= c.maxReceived, qPrintable(o.describe()));
        if (c.victim == Victim::All && !c.detailContains.isEmpty())
            QVERIFY2(o.serverDetail().contains(c.detailContains),
                     qPrintable(o.serverDetail() + QLatin1Char('\n') + o.describe()));
    }

    void droppingServer_neverAVerdictFromALostAnswer()
    {
        const Outcome o = m_outcomes.value(QStringLiteral("dropEveryOther"));
        QVERIFY2(o.finished, qPrintable(o.describe()));
        QStringList wrong;
        int unreachable = 0;
        const QJsonArray results = o.results();
        for (const QJsonValue v : results) {
            const QString status = v.toObject().value(QLatin1String("status")).toString();
            unreachable += status == QLatin1String("unreachable") ? 1 : 0;
            if (status != QLatin1String("ok") && status != QLatin1String("unreachable"))
                wrong << v.toObject().value(QLatin1String("name")).toString() + QLatin1Char(' ') + status;
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(wrong.join(QLatin1Char('\n')) + QLatin1Char('\n') + o.describe()));
        QVERIFY2(results.size() == m_items.size(), qPrintable(o.describe()));
        QVERIFY2(unreachable == 0 ? o.exitCode == 0 : (o.exitCode == 1 || o.exitCode == 3),
                 qPrintable(o.describe()));
        // Lost answers are not chased: at most a query and a confirmation per record, and re-probes.
        QVERIFY2(o.received.size() <= 2 * m_items.size() + 4, qPrintable(o.describe()));
    }

    void invalidPlan_refusedWithItsErrors()
    {
        ScriptedDnsServer server(QStringLiteral("127.0.55.99"));
        QString error;
        QVERIFY2(server.listen(&error), qPrintable(error));
        QProcess p;
        p.setProcessEnvironment(childEnvironment());
        p.start(test::binary(), checkArguments(test::dataFile(QStringLiteral("cli/invalid-address.lyncplan")),
                                               server.address()));
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 2, qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(err)));
        QVERIFY2(err.contains(QLatin1String("validation error")) &&
                     err.contains(QLatin1String("not checked")),
                 qPrintable(err));
        QVERIFY2(p.readAllStandardOutput().isEmpty(), "an invalid plan must not produce results");
        QCoreApplication::processEvents();
        QVERIFY2(server.received().isEmpty(), qPrintable(server.received().join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TestHostileDns)
#include "tst_hostiledns.moc"
