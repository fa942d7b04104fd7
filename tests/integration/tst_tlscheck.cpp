// The live TLS check (`check --tls [--ca FILE]`, issue 14) against real TLS servers: `openssl
// s_server` instances on loopback 127.0.57.x presenting certificates this suite generates at run
// time with the openssl CLI (a test CA, a CA nobody trusts, leaves right, missing a name, expired,
// expiring, client-authentication only), their names served by real NSD instances on port 53.
// Expected endpoints, names and statuses are written by hand from cli.md ("Certificates"),
// docs/reference/tls-check.md and Microsoft's certificate tables for the fixture plan
// (tests/data/tls/tls-endpoints.lyncplan). Needs root, nsd and openssl: fails loudly without them.

#include "model/check/qtdnsresolver.h"
#include "tests/support/nsdserver.h"
#include "tests/support/testcerts.h"
#include "tests/support/testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

using namespace lyncdns;

namespace {

// This suite's own loopback range (tst_livecheck_nsd 127.0.53.x, tst_hostiledns 127.0.55.x).
const QString kInternalDns = QStringLiteral("127.0.57.1");
const QString kExternalDns = QStringLiteral("127.0.57.2");
// The fixture's internal addresses; the public ones are mapped onto loopback in the served zones.
const QString kSe = QStringLiteral("127.0.57.10");
const QString kOwa = QStringLiteral("127.0.57.11");
const QString kProxy = QStringLiteral("127.0.57.20");  // in place of 131.107.155.40
const QString kAccess = QStringLiteral("127.0.57.21"); // in place of 131.107.155.10
const QString kOpenssl = test::kOpensslBinary;

QString plan()
{
    return test::dataFile(QStringLiteral("tls/tls-endpoints.lyncplan"));
}

// One `openssl s_server` on address:port presenting a certificate; stopped by the destructor.
class TlsServer final
{
    Q_DISABLE_COPY_MOVE(TlsServer)
public:
    TlsServer(const QString &address, quint16 port, const QString &certBase, const QString &logDir,
              const QStringList &extra = {})
        : m_address(address)
        , m_port(port)
    {
        m_arguments = QStringList{QStringLiteral("s_server"),
                                  QStringLiteral("-accept"),
                                  QStringLiteral("%1:%2").arg(address).arg(port),
                                  QStringLiteral("-cert"),
                                  certBase + QStringLiteral(".pem"),
                                  QStringLiteral("-key"),
                                  certBase + QStringLiteral(".key"),
                                  QStringLiteral("-www"),
                                  QStringLiteral("-quiet")} +
                      extra;
        // To a file: a full pipe nobody reads while the check runs would stall the server.
        m_log = QStringLiteral("%1/s_server-%2-%3.log").arg(logDir, address).arg(port);
        m_process.setStandardInputFile(QProcess::nullDevice());
        m_process.setStandardOutputFile(m_log);
        m_process.setStandardErrorFile(m_log, QIODevice::Append);
    }
    ~TlsServer()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // Starts it and polls a TCP connect until it accepts (or it exits, or 10 s pass).
    bool start(QString *error)
    {
        m_process.start(kOpenssl, m_arguments);
        if (!m_process.waitForStarted(5000)) {
            *error = QStringLiteral("cannot start openssl s_server: ") + m_process.errorString();
            return false;
        }
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(m_address, m_port);
            if (probe.waitForConnected(200)) {
                probe.abort();
                return true;
            }
            m_process.waitForFinished(20); // refused at once: not listening yet
        }
        *error = QStringLiteral("openssl %1 did not accept connections on %2:%3 within 10 s: %4")
                     .arg(m_arguments.join(QLatin1Char(' ')), m_address)
                     .arg(m_port)
                     .arg(QString::fromUtf8(test::readAll(m_log)));
        return false;
    }

private:
    QString m_address;
    quint16 m_port;
    QStringList m_arguments;
    QString m_log;
    QProcess m_process;
};

struct Endpoint
{
    QString location;
    QString role;
    QString address;
    QString status;
    QStringList presented;
    QStringList missingNames;
    QString notAfter;
    QString issuer;
    QString detail;
};

// The "endpoints" of `check --format json` by "host:port"; error says why there are none.
QMap<QString, Endpoint> parseEndpoints(const QByteArray &json, QString *error)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (!root.contains(QLatin1String("endpoints"))) {
        *error = QStringLiteral("no \"endpoints\" in the output");
        return {};
    }
    QMap<QString, Endpoint> endpoints;
    const QJsonArray array = root.value(QLatin1String("endpoints")).toArray();
    for (const QJsonValue v : array) {
        const QJsonObject o = v.toObject();
        const QStringList keys = o.keys();
        const QStringList contract{
            QStringLiteral("address"),  QStringLiteral("detail"),   QStringLiteral("host"),
            QStringLiteral("issuer"),   QStringLiteral("location"), QStringLiteral("missingNames"),
            QStringLiteral("notAfter"), QStringLiteral("port"),     QStringLiteral("presented"),
            QStringLiteral("role"),     QStringLiteral("status")};
        if (keys != contract) // cli.md's keys, exactly (QJsonObject sorts them)
            *error = QStringLiteral("endpoint keys %1, cli.md says %2")
                         .arg(keys.join(QLatin1Char(',')), contract.join(QLatin1Char(',')));
        endpoints.insert(
            QStringLiteral("%1:%2")
                .arg(o.value(QLatin1String("host")).toString())
                .arg(o.value(QLatin1String("port")).toInt()),
            {o.value(QLatin1String("location")).toString(), o.value(QLatin1String("role")).toString(),
             o.value(QLatin1String("address")).toString(), o.value(QLatin1String("status")).toString(),
             test::jsonStrings(o.value(QLatin1String("presented"))),
             test::jsonStrings(o.value(QLatin1String("missingNames"))),
             o.value(QLatin1String("notAfter")).toString(), o.value(QLatin1String("issuer")).toString(),
             o.value(QLatin1String("detail")).toString()});
    }
    return endpoints;
}

// "host:port status" lines, for readable comparisons.
QStringList statusLines(const QMap<QString, Endpoint> &endpoints)
{
    QStringList lines;
    for (auto it = endpoints.cbegin(); it != endpoints.cend(); ++it)
        lines << it.key() + QLatin1Char(' ') + it->status;
    return lines;
}

test::ProgramRun run(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RES_OPTIONS"));
    return test::runProgram(test::binary(), arguments, env, 120000);
}

// The Front End's Default names: the pool (= server) FQDN and the _sipinternaltls target
// se01.<SIP domain> (the plan's v1 target style); no sip.contoso.com (not planned internally).
const QStringList kDefaultNames{QStringLiteral("se01.contoso.com"), QStringLiteral("se01.contoso.net")};
// Web internal: the internal web FQDN, the Meet and Dial-in URLs and lyncdiscoverinternal.
const QStringList kWebInternalNames{QStringLiteral("dialin.contoso.com"),
                                    QStringLiteral("lyncdiscoverinternal.contoso.com"),
                                    QStringLiteral("meet.contoso.com"), QStringLiteral("se01.contoso.net")};
const QStringList kOwaNames{QStringLiteral("officewebapps01.contoso.com"),
                            QStringLiteral("owas.contoso.net")};
// The Edge's public certificate: access and web conferencing names, no A/V name.
const QStringList kEdgeNames{QStringLiteral("sip.contoso.com"), QStringLiteral("webcon.contoso.com")};

} // namespace

class TestTlsCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_certs; // leaves and CAs
    QString m_pdftotext;
    std::unique_ptr<test::NsdServer> m_internalDns;
    std::unique_ptr<test::NsdServer> m_externalDns;

    QString cert(const QString &name) const { return m_certs + QLatin1Char('/') + name; }
    QString caFile() const { return m_certs + QStringLiteral("/ca/ca.pem"); }

    // Starts every server of the list or fails the test; they stop when the list goes.
    bool startAll(const std::vector<std::unique_ptr<TlsServer>> &servers)
    {
        for (const auto &s : servers) {
            QString error;
            if (!s->start(&error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        return true;
    }
    std::unique_ptr<TlsServer> server(const QString &address, quint16 port, const QString &leaf,
                                      const QStringList &extra = {})
    {
        return std::make_unique<TlsServer>(address, port, cert(leaf), m_work.path(), extra);
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QFAIL("tst_tlscheck MUST run as root: NSD on port 53 and TLS servers on 443/5061 of 127.0.57.x. "
                  "These integration tests were NOT run.");
        if (!QFileInfo(test::kNsdBinary).isExecutable() || !QFileInfo(kOpenssl).isExecutable())
            QFAIL("tst_tlscheck needs /usr/sbin/nsd (Debian package nsd) and /usr/bin/openssl (package "
                  "openssl). These integration tests were NOT run.");
        m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString familyProblem = QtDnsResolver::serverProblem(kInternalDns);
        QVERIFY2(familyProblem.isEmpty(), qPrintable(familyProblem));
        QVERIFY(m_work.isValid());
        m_certs = m_work.filePath(QStringLiteral("certs"));
        QString error;
        const QString ca = m_certs + QStringLiteral("/ca");
        const QString unknownCa = m_certs + QStringLiteral("/unknown-ca");
        QVERIFY2(test::makeCa(ca, QStringLiteral("lyncdns test CA"), &error), qPrintable(error));
        QVERIFY2(test::makeCa(unknownCa, QStringLiteral("unknown test CA"), &error), qPrintable(error));
        const QStringList year{QStringLiteral("-days"), QStringLiteral("365")};
        const QString server = QStringLiteral("serverAuth");
        struct Leaf
        {
            const char *name;
            QString ca;
            QStringList sans;
            QString usage;
            QStringList validity;
        };
        const QList<Leaf> leaves{
            {"default-right", ca, kDefaultNames, server, year},
            {"web-right", ca, kWebInternalNames, server, year},
            {"web-missing",
             ca,
             {QStringLiteral("se01.contoso.net"), QStringLiteral("meet.contoso.com"),
              QStringLiteral("dialin.contoso.com")},
             server,
             year},
            {"web-expiring", ca, kWebInternalNames, server, {QStringLiteral("-days"), QStringLiteral("10")}},
            {"owa-right", ca, kOwaNames, server, year},
            // Two faults: the status is the first in precedence, the detail names both.
            {"owa-unknown-ca", unknownCa, {QStringLiteral("owas.contoso.net")}, server, year},
            {"edge-expired",
             ca,
             kEdgeNames,
             server,
             {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
              QStringLiteral("20200201000000Z")}},
            {"edge-client-only", ca, kEdgeNames, QStringLiteral("clientAuth"), year},
            // One wildcard for every one-label name under contoso.com the proxy publishes.
            {"proxy-wildcard",
             ca,
             {QStringLiteral("webext.contoso.com"), QStringLiteral("*.contoso.com")},
             server,
             year},
        };
        for (const Leaf &l : leaves)
            QVERIFY2(
                test::makeLeaf(m_certs, QLatin1String(l.name), l.ca, l.sans, l.usage, l.validity, &error),
                qPrintable(error));

        // The plan's zones as the BIND export writes them; externally the public addresses are
        // moved onto loopback so the TLS servers can answer for them.
        const QString zones = m_work.filePath(QStringLiteral("zones"));
        const test::ProgramRun exported = run({QStringLiteral("export"), plan(), QStringLiteral("--format"),
                                               QStringLiteral("bind"), QStringLiteral("--dir"), zones});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const QDir external(zones + QStringLiteral("/external"));
        for (const QString &file : external.entryList({QStringLiteral("*.zone")}, QDir::Files)) {
            QByteArray text = test::readAll(external.filePath(file));
            text.replace("131.107.155.40", kProxy.toLatin1()).replace("131.107.155.10", kAccess.toLatin1());
            QVERIFY(test::writeAll(external.filePath(file), text));
        }
        for (const char *dir : {"nsd-internal", "nsd-external"})
            QVERIFY(QDir(m_work.path()).mkpath(QLatin1String(dir)));
        m_internalDns = std::make_unique<test::NsdServer>(kInternalDns, zones + QStringLiteral("/internal"),
                                                          m_work.filePath(QStringLiteral("nsd-internal")));
        m_externalDns = std::make_unique<test::NsdServer>(kExternalDns, zones + QStringLiteral("/external"),
                                                          m_work.filePath(QStringLiteral("nsd-external")));
        QVERIFY2(m_internalDns->start(&error), qPrintable(error));
        QVERIFY2(m_externalDns->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_internalDns.reset();
        m_externalDns.reset();
    }

    // One endpoint per certificate fault, through both DNS servers: each status from its own
    // certificate, the names missing named.
    void everyFault_hasItsStatus()
    {
        std::vector<std::unique_ptr<TlsServer>> servers;
        servers.push_back(server(kSe, 5061, QStringLiteral("default-right")));
        servers.push_back(server(kSe, 443, QStringLiteral("web-missing")));
        servers.push_back(server(kOwa, 443, QStringLiteral("owa-unknown-ca")));
        servers.push_back(server(kAccess, 443, QStringLiteral("edge-expired")));
        servers.push_back(server(kAccess, 5061, QStringLiteral("edge-client-only")));
        servers.push_back(server(kProxy, 443, QStringLiteral("proxy-wildcard")));
        QVERIFY(startAll(servers));

        const test::ProgramRun r =
            run({QStringLiteral("check"), plan(), QStringLiteral("--internal-server"), kInternalDns,
                 QStringLiteral("--external-server"), kExternalDns, QStringLiteral("--tls"),
                 QStringLiteral("--ca"), caFile(), QStringLiteral("--format"), QStringLiteral("json")});
        // Problems: the TLS faults (the external DNS results differ from the plan as well: the
        // served zones hold loopback addresses).
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QString error;
        const QMap<QString, Endpoint> e = parseEndpoints(r.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + r.describe()));
        const QStringList expected{
            QStringLiteral("dialin.contoso.com:443 ok"),
            QStringLiteral("lyncdiscover.contoso.com:443 ok"),
            QStringLiteral("meet.contoso.com:443 ok"),
            QStringLiteral("officewebapps01.contoso.com:443 ok"),
            QStringLiteral("owas.contoso.net:443 untrusted"),
            QStringLiteral("se01.contoso.net:443 name-missing"),
            QStringLiteral("se01.contoso.net:5061 ok"),
            QStringLiteral("sip.contoso.com:443 expired"),
            QStringLiteral("sip.contoso.com:5061 wrong-usage"),
            QStringLiteral("webext.contoso.com:443 ok"),
        };
        QVERIFY2(statusLines(e) == expected,
                 qPrintable(test::describeDifference(expected, statusLines(e)) + r.describe()));

        const Endpoint &missing = e.value(QStringLiteral("se01.contoso.net:443"));
        QCOMPARE(missing.location, QStringLiteral("internal"));
        QCOMPARE(missing.role, QStringLiteral("frontend-web-internal"));
        QCOMPARE(missing.address, kSe);
        QCOMPARE(missing.missingNames, QStringList{QStringLiteral("lyncdiscoverinternal.contoso.com")});
        QCOMPARE(missing.presented,
                 (QStringList{QStringLiteral("dialin.contoso.com"), QStringLiteral("meet.contoso.com"),
                              QStringLiteral("se01.contoso.net")}));
        QCOMPARE(missing.issuer, QStringLiteral("lyncdns test CA"));

        const Endpoint &right = e.value(QStringLiteral("se01.contoso.net:5061"));
        QCOMPARE(right.role, QStringLiteral("frontend-default"));
        QCOMPARE(right.presented, kDefaultNames);
        QCOMPARE(right.missingNames, QStringList());

        const Endpoint &untrusted = e.value(QStringLiteral("owas.contoso.net:443"));
        QCOMPARE(untrusted.role, QStringLiteral("office-web-apps"));
        QCOMPARE(untrusted.address, kOwa);
        QCOMPARE(untrusted.issuer, QStringLiteral("unknown test CA"));
        QCOMPARE(untrusted.missingNames, QStringList{QStringLiteral("officewebapps01.contoso.com")});
        QVERIFY2(untrusted.detail.startsWith(QLatin1String("untrusted: ")) &&
                     untrusted.detail.contains(QLatin1String("names missing: officewebapps01.contoso.com")),
                 qPrintable(untrusted.detail));

        const Endpoint &expired = e.value(QStringLiteral("sip.contoso.com:443"));
        QCOMPARE(expired.location, QStringLiteral("external"));
        QCOMPARE(expired.role, QStringLiteral("edge-external"));
        QCOMPARE(expired.address, kAccess);
        QCOMPARE(expired.notAfter, QStringLiteral("2020-02-01T00:00:00Z"));
        QVERIFY2(expired.detail.contains(QLatin1String("expired on 2020-02-01T00:00:00Z")),
                 qPrintable(expired.detail));

        const Endpoint &usage = e.value(QStringLiteral("sip.contoso.com:5061"));
        QCOMPARE(usage.role, QStringLiteral("edge-external"));
        QCOMPARE(usage.presented, kEdgeNames);
        QCOMPARE(usage.missingNames, QStringList());

        // The proxy's wildcard covers every one-label name it publishes, CNAME-reached too.
        for (const char *host : {"webext", "meet", "dialin", "lyncdiscover", "officewebapps01"}) {
            const Endpoint &proxy = e.value(QStringLiteral("%1.contoso.com:443").arg(QLatin1String(host)));
            QCOMPARE(proxy.role, QStringLiteral("reverse-proxy"));
            QCOMPARE(proxy.address, kProxy);
            QCOMPARE(proxy.presented,
                     (QStringList{QStringLiteral("*.contoso.com"), QStringLiteral("webext.contoso.com")}));
        }

        // The text output: the TLS section's summary, counts in precedence order, and the exit code.
        const test::ProgramRun text =
            run({QStringLiteral("check"), plan(), QStringLiteral("--internal-server"), kInternalDns,
                 QStringLiteral("--external-server"), kExternalDns, QStringLiteral("--tls"),
                 QStringLiteral("--ca"), caFile()});
        QVERIFY2(text.exitCode == 1, qPrintable(text.describe()));
        QVERIFY2(
            text.out.contains(
                "TLS endpoints: 10 probed: 1 untrusted, 1 expired, 1 wrong-usage, 1 name-missing, 6 ok\n"),
            qPrintable(text.describe()));

        // The evidence report (--report) carries the same endpoints: the cover's counts, then the
        // section after the DNS results, one row per endpoint with its status, problems first.
        const QString pdf = m_work.filePath(QStringLiteral("evidence.pdf"));
        const test::ProgramRun report =
            run({QStringLiteral("check"), plan(), QStringLiteral("--internal-server"), kInternalDns,
                 QStringLiteral("--external-server"), kExternalDns, QStringLiteral("--tls"),
                 QStringLiteral("--ca"), caFile(), QStringLiteral("--report"), pdf});
        QVERIFY2(report.exitCode == 1, qPrintable(report.describe()));
        QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed: run .ci/install-deps");
        const test::ProgramRun pdfText =
            test::runProgram(m_pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")},
                             QProcessEnvironment::systemEnvironment(), 60000);
        QVERIFY2(pdfText.exitCode == 0, qPrintable(pdfText.describe()));
        const QString evidence = QString::fromUtf8(pdfText.out);
        QVERIFY2(evidence.contains(QLatin1String(
                     "10 endpoints: 1 untrusted, 1 expired, 1 wrong usage, 1 name missing, 6 ok")),
                 qPrintable(evidence.left(3000)));
        const qsizetype dnsEvidence = evidence.indexOf(QLatin1String("DNS check evidence\n"));
        const qsizetype section = evidence.indexOf(QLatin1String("Certificates presented (TLS)"));
        QVERIFY2(dnsEvidence >= 0 && section > dnsEvidence, qPrintable(evidence.left(3000)));
        const QString tlsPart = evidence.mid(section);
        // Each endpoint's row: its status starts the line that names it (the status column comes
        // first; a two-word status may wrap in its narrow column). The problems in precedence
        // order, then the endpoints that are ok.
        struct Row
        {
            const char *status;
            const char *endpoint;
        };
        const Row rows[] = {
            {"untrusted", "owas.contoso.net:443"},   {"expired", "sip.contoso.com:443"},
            {"wrong usage", "sip.contoso.com:5061"}, {"name missing", "se01.contoso.net:443"},
            {"ok", "se01.contoso.net:5061"},         {"ok", "officewebapps01.contoso.com:443"},
            {"ok", "webext.contoso.com:443"},        {"ok", "meet.contoso.com:443"},
            {"ok", "dialin.contoso.com:443"},        {"ok", "lyncdiscover.contoso.com:443"},
        };
        qsizetype lastProblem = -1;
        for (const Row &row : rows) {
            const QString status = QLatin1String(row.status);
            const qsizetype at = tlsPart.indexOf(QLatin1String(row.endpoint));
            QVERIFY2(at >= 0, qPrintable(QLatin1String(row.endpoint) + QLatin1Char('\n') + tlsPart));
            const qsizetype lineStart = tlsPart.lastIndexOf(QLatin1Char('\n'), at) + 1;
            const QString line = tlsPart.mid(lineStart, at - lineStart).simplified();
            QVERIFY2(!line.isEmpty() && status.startsWith(line),
                     qPrintable(QStringLiteral("%1: the line reads \"%2\", expected %3\n%4")
                                    .arg(QLatin1String(row.endpoint), line, status, tlsPart)));
            QVERIFY2(at > lastProblem, row.endpoint); // after every problem listed before it
            if (status != QLatin1String("ok"))
                lastProblem = at;
        }
        QVERIFY2(tlsPart.contains(QLatin1String("lyncdiscoverinternal.contoso.com")), qPrintable(tlsPart));
    }

    // Every internal endpoint right, the internal records right: exit 0; the text has the section.
    void allRight_exitsZero()
    {
        std::vector<std::unique_ptr<TlsServer>> servers;
        servers.push_back(server(kSe, 5061, QStringLiteral("default-right")));
        servers.push_back(server(kSe, 443, QStringLiteral("web-right")));
        servers.push_back(server(kOwa, 443, QStringLiteral("owa-right")));
        QVERIFY(startAll(servers));

        const QStringList base{QStringLiteral("check"),
                               plan(),
                               QStringLiteral("--internal-server"),
                               kInternalDns,
                               QStringLiteral("--tls"),
                               QStringLiteral("--ca"),
                               caFile()};
        const test::ProgramRun json =
            run(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        QString error;
        const QMap<QString, Endpoint> e = parseEndpoints(json.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList expected{QStringLiteral("owas.contoso.net:443 ok"),
                                   QStringLiteral("se01.contoso.net:443 ok"),
                                   QStringLiteral("se01.contoso.net:5061 ok")};
        QVERIFY2(statusLines(e) == expected, qPrintable(test::describeDifference(expected, statusLines(e))));

        const test::ProgramRun text = run(base);
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.out.contains("TLS endpoints: 3 probed: 3 ok"), qPrintable(text.describe()));
    }

    // Without --ca the test CA is trusted by nobody: untrusted, exit 1.
    void withoutCa_untrusted()
    {
        std::vector<std::unique_ptr<TlsServer>> servers;
        servers.push_back(server(kSe, 5061, QStringLiteral("default-right")));
        servers.push_back(server(kSe, 443, QStringLiteral("web-right")));
        servers.push_back(server(kOwa, 443, QStringLiteral("owa-right")));
        QVERIFY(startAll(servers));
        const test::ProgramRun r =
            run({QStringLiteral("check"), plan(), QStringLiteral("--internal-server"), kInternalDns,
                 QStringLiteral("--tls"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QString error;
        const QMap<QString, Endpoint> e = parseEndpoints(r.out, &error);
        const QStringList expected{QStringLiteral("owas.contoso.net:443 untrusted"),
                                   QStringLiteral("se01.contoso.net:443 untrusted"),
                                   QStringLiteral("se01.contoso.net:5061 untrusted")};
        QVERIFY2(statusLines(e) == expected, qPrintable(test::describeDifference(expected, statusLines(e))));
    }

    // The DNS records all right, the TLS side not: a server offering only TLS 1.1 (error), a
    // certificate expiring in 10 days (expired), nothing listening (unreachable): exit 1.
    void tlsProblemsAlone_exitOne()
    {
        std::vector<std::unique_ptr<TlsServer>> servers;
        servers.push_back(server(kSe, 5061, QStringLiteral("default-right"), {QStringLiteral("-tls1_1")}));
        servers.push_back(server(kSe, 443, QStringLiteral("web-expiring")));
        QVERIFY(startAll(servers));
        const test::ProgramRun r = run({QStringLiteral("check"), plan(), QStringLiteral("--internal-server"),
                                        kInternalDns, QStringLiteral("--tls"), QStringLiteral("--ca"),
                                        caFile(), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        // Every DNS result is ok: the exit code is the TLS check's.
        const QJsonArray results =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("results")).toArray();
        QVERIFY(!results.isEmpty());
        for (const QJsonValue v : results)
            QVERIFY2(v.toObject().value(QLatin1String("status")).toString() == QLatin1String("ok"),
                     qPrintable(QString::fromUtf8(QJsonDocument(v.toObject()).toJson())));
        QString error;
        const QMap<QString, Endpoint> e = parseEndpoints(r.out, &error);
        const QStringList expected{QStringLiteral("owas.contoso.net:443 unreachable"),
                                   QStringLiteral("se01.contoso.net:443 expired"),
                                   QStringLiteral("se01.contoso.net:5061 error")};
        QVERIFY2(statusLines(e) == expected,
                 qPrintable(test::describeDifference(expected, statusLines(e)) + r.describe()));
        const Endpoint &expiring = e.value(QStringLiteral("se01.contoso.net:443"));
        QVERIFY2(expiring.detail.contains(QLatin1String("expires within 30 days")),
                 qPrintable(expiring.detail));
        QCOMPARE(expiring.missingNames, QStringList());
        const Endpoint &closed = e.value(QStringLiteral("owas.contoso.net:443"));
        QCOMPARE(closed.address, kOwa); // resolved, then refused
        QCOMPARE(closed.presented, QStringList());
        QCOMPARE(closed.notAfter, QString());
        const Endpoint &old = e.value(QStringLiteral("se01.contoso.net:5061"));
        QCOMPARE(old.presented, QStringList());
        QVERIFY2(old.detail.contains(QLatin1String("TLS 1.2")), qPrintable(old.detail));
    }

    // An external DNS server that cannot be reached keeps exit 3 (cli.md), --tls or not; its
    // endpoints are unreachable, unresolved, and the internal ones are still judged.
    void deadDnsServer_exitThree()
    {
        std::vector<std::unique_ptr<TlsServer>> servers;
        servers.push_back(server(kSe, 5061, QStringLiteral("default-right")));
        servers.push_back(server(kSe, 443, QStringLiteral("web-right")));
        servers.push_back(server(kOwa, 443, QStringLiteral("owa-right")));
        QVERIFY(startAll(servers));
        const QString closed = QStringLiteral("127.0.57.3"); // nothing listens on its port 53
        const test::ProgramRun r =
            run({QStringLiteral("check"), plan(), QStringLiteral("--internal-server"), kInternalDns,
                 QStringLiteral("--external-server"), closed, QStringLiteral("--tls"), QStringLiteral("--ca"),
                 caFile(), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QString error;
        const QMap<QString, Endpoint> e = parseEndpoints(r.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(e.size(), 10);
        for (auto it = e.cbegin(); it != e.cend(); ++it) {
            const bool internal = it->location == QLatin1String("internal");
            QVERIFY2(it->status == (internal ? QLatin1String("ok") : QLatin1String("unreachable")),
                     qPrintable(it.key() + QLatin1Char(' ') + it->status + QLatin1Char(' ') + it->detail));
            if (!internal) {
                QCOMPARE(it->address, QString());
                QVERIFY2(it->detail.contains(closed), qPrintable(it->detail));
            }
        }
    }

    // Without --tls the output is the DNS check's alone.
    void withoutTls_noEndpoints()
    {
        const test::ProgramRun r = run({QStringLiteral("check"), plan(), QStringLiteral("--internal-server"),
                                        kInternalDns, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!QJsonDocument::fromJson(r.out).object().contains(QLatin1String("endpoints")));
        const test::ProgramRun text =
            run({QStringLiteral("check"), plan(), QStringLiteral("--internal-server"), kInternalDns});
        QVERIFY2(text.exitCode == 0 && !text.out.contains("TLS endpoints"), qPrintable(text.describe()));
    }

    void badUsage_exitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString missing = m_work.filePath(QStringLiteral("no-such-ca.pem"));
        const QString notPem = m_work.filePath(QStringLiteral("not-a-certificate.pem"));
        QVERIFY(test::writeAll(notPem, "not a certificate\n"));
        QTest::newRow("unreadable --ca")
            << QStringList{QStringLiteral("--tls"), QStringLiteral("--ca"), missing}
            << QStringLiteral("check --ca %1: cannot read it").arg(missing);
        QTest::newRow("no certificate in --ca")
            << QStringList{QStringLiteral("--tls"), QStringLiteral("--ca"), notPem}
            << QStringLiteral("check --ca %1: no certificate in it").arg(notPem);
        QTest::newRow("--ca without --tls") << QStringList{QStringLiteral("--ca"), caFile()}
                                            << QStringLiteral("check --ca is for --tls only");
        QTest::newRow("--tls with csv")
            << QStringList{QStringLiteral("--tls"), QStringLiteral("--format"), QStringLiteral("csv")}
            << QStringLiteral("not csv");
    }

    void badUsage_exitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const test::ProgramRun r = run(
            QStringList{QStringLiteral("check"), plan(), QStringLiteral("--internal-server"), kInternalDns} +
            arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestTlsCheck)
#include "tst_tlscheck.moc"
