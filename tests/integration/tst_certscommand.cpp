// `lyncdns certs` against cli.md ("Certificates (certs)"): the formats, -o and --dir written
// atomically, usage errors and exit codes, run as the real binary without a display. What the rows
// hold is tst_certificates' business; here the command must write exactly the model's rows.

#include "model/certs/certificateexport.h"
#include "model/certs/certificates.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace lyncdns;

namespace {

using Run = test::ProgramRun;

Run run(const QStringList &arguments)
{
    return test::runLyncdns(arguments);
}

QString example(const char *name)
{
    return test::exampleFile(QLatin1String(name));
}

QList<CertificateRequest> requestsOf(const QString &file)
{
    return certificateRequests(test::loadPlan(file));
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestCertsCommand : public QObject
{
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        for (const char *format : {"table", "csv", "json"})
            for (const char *file : {"ee-dnslb-single-edge-nat.lyncplan", "three-site-estate.lyncplan"})
                QTest::newRow(
                    qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(format), QLatin1String(file))))
                    << QString::fromLatin1(format) << example(file);
    }

    // Each format writes the model's rows to stdout; warnings go to stderr; a valid plan exits 0.
    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        const Run r = run({QStringLiteral("certs"), file, QStringLiteral("--format"), format});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<CertificateRequest> requests = requestsOf(file);
        const QByteArray expected = format == QLatin1String("csv")    ? certificatesToCsv(requests)
                                    : format == QLatin1String("json") ? certificatesToJson(requests)
                                                                      : certificatesToTable(requests);
        QCOMPARE(r.out, expected);
        QVERIFY2(!r.err.contains("error"), r.err.constData());
    }

    void tableIsTheDefault()
    {
        const Run r = run({QStringLiteral("certs"), example("director-scaled-edge-two-domains.lyncplan")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.startsWith(
            "frontend-default  pool01.contoso.net, server fe01.contoso.net (site Site 1)\n"));
        // The first director-default block: a SAN per line, the label on the first.
        QVERIFY(
            r.out.contains("director-default  dirpool01.contoso.net, server dir01.contoso.net (site Site 1)\n"
                           "  subject  dirpool01.contoso.net\n"
                           "  SAN      dir01.contoso.net\n"
                           "           dirpool01.contoso.com\n"));
        QVERIFY(r.out.contains("\n           sip.fabrikam.com\n"));
    }

    void jsonShape()
    {
        const Run r = run({QStringLiteral("certs"), example("three-site-estate.lyncplan"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray rows =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("certificates")).toArray();
        QCOMPARE(rows.size(), requestsOf(example("three-site-estate.lyncplan")).size());
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"role", "site", "pool", "server", "subject", "san", "usage", "issuer",
                                    "exportableKey", "notes"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("san")).toArray().contains(o.value(QStringLiteral("subject"))));
        }
    }

    // -o writes the file (atomically, by the shared helper) and nothing to stdout.
    void outputFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("certs.csv"));
        QVERIFY(test::writeAll(out, "old content"));
        const Run r = run({QStringLiteral("certs"), example("ee-dnslb-single-edge-nat.lyncplan"),
                           QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(test::readAll(out),
                 certificatesToCsv(requestsOf(example("ee-dnslb-single-edge-nat.lyncplan"))));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("certs.csv")});
    }

    // --format inf --dir DIR: one request file per certificate, the folder replaced as a whole.
    void requestFiles()
    {
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        const QString dir = parent.filePath(QStringLiteral("requests"));
        const QString plan = example("three-site-estate.lyncplan");
        const Run r = run({QStringLiteral("certs"), plan, QStringLiteral("--format"), QStringLiteral("inf"),
                           QStringLiteral("--dir"), dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        const QList<ExportFile> expected = certificateInfFiles(requestsOf(plan));
        QStringList expectedNames;
        for (const ExportFile &f : expected) {
            expectedNames << f.relativePath;
            QCOMPARE(test::readAll(QDir(dir).filePath(f.relativePath)), f.content);
        }
        expectedNames.sort();
        QCOMPARE(filesIn(dir), expectedNames);

        // Again with a smaller plan: the folder then holds exactly the new export.
        const QString small = example("ee-dnslb-single-edge-nat.lyncplan");
        const Run again = run({QStringLiteral("certs"), small, QStringLiteral("--format"),
                               QStringLiteral("inf"), QStringLiteral("--dir"), dir});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(filesIn(dir).size(), requestsOf(small).size());
        QCOMPARE(filesIn(parent.path()), QStringList{}); // no staging folder left beside it

        // A folder holding something else is refused and left as it was.
        QVERIFY(test::writeAll(QDir(dir).filePath(QStringLiteral("keep.txt")), "mine"));
        const Run refused = run({QStringLiteral("certs"), small, QStringLiteral("--format"),
                                 QStringLiteral("inf"), QStringLiteral("--dir"), dir});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("keep.txt"));
        QCOMPARE(test::readAll(QDir(dir).filePath(QStringLiteral("keep.txt"))), QByteArray("mine"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString plan = example("ee-dnslb-single-edge-nat.lyncplan");
        const QString certs = QStringLiteral("certs");
        const QString format = QStringLiteral("--format");
        QTest::newRow("no plan") << QStringList{certs} << QStringLiteral("a plan file is needed");
        QTest::newRow("unknown format") << QStringList{certs, plan, format, QStringLiteral("pem")}
                                        << QStringLiteral("--format must be one of table|csv|json|inf");
        QTest::newRow("inf without --dir")
            << QStringList{certs, plan, format, QStringLiteral("inf")} << QStringLiteral("give --dir DIR");
        QTest::newRow("inf with -o") << QStringList{certs,
                                                    plan,
                                                    format,
                                                    QStringLiteral("inf"),
                                                    QStringLiteral("-o"),
                                                    QStringLiteral("x.inf")}
                                     << QStringLiteral("use --dir DIR, not -o");
        QTest::newRow("--dir with csv") << QStringList{certs,
                                                       plan,
                                                       format,
                                                       QStringLiteral("csv"),
                                                       QStringLiteral("--dir"),
                                                       QStringLiteral("out")}
                                        << QStringLiteral("use -o OUT");
        QTest::newRow("unreadable plan")
            << QStringList{certs, test::dataFile(QStringLiteral("cli/malformed.lyncplan"))}
            << QStringLiteral("malformed");
        QTest::newRow("missing plan") << QStringList{certs, QStringLiteral("/nonexistent/plan.lyncplan")}
                                      << QStringLiteral("plan.lyncplan");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
    }

    // Like `plan`: a plan with validation errors still gets its certificates, the errors go to
    // stderr, and the exit code is 1.
    void planWithErrors_exits1()
    {
        const QString plan = test::dataFile(QStringLiteral("cli/invalid-address.lyncplan"));
        const Run r = run({QStringLiteral("certs"), plan, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(r.out.startsWith("role,site,pool,subject,san,usage,notes\n"));
        QVERIFY(r.err.contains(": error "));
    }

    void helpNamesTheCommand()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("lyncdns certs PLAN [--format table|csv|json|inf] [-o OUT|--dir DIR]"));
    }
};

QTEST_GUILESS_MAIN(TestCertsCommand)
#include "tst_certscommand.moc"
