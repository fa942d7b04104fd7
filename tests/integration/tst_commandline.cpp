// The real lyncdns binary against cli.md: sub-commands, output formats, exit codes, one-line
// errors, atomic -o, and that none of it needs a display.

#include "lyncdns/version.h"
#include "model/check/resolvconf.h"
#include "model/export/powershellexporter.h"
#include "model/export/recordexport.h"
#include "model/export/zonefileexporter.h"
#include "model/plan/planreader.h"
#include "model/planner/planner.h"
#include "model/validator/validator.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace lyncdns;

namespace {

using Run = test::ProgramRun;

// The caller's environment without a Qt platform override: sub-commands must not care.
QProcessEnvironment defaultEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

// No display of any kind: what a build server or an SSH session offers.
QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = defaultEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

Run run(const QStringList &arguments, const QProcessEnvironment &env = defaultEnvironment(),
        const QString &workingDirectory = {})
{
    return test::runProgram(test::binary(), arguments, env, 30000, workingDirectory);
}

QString example()
{
    return test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan"));
}

QString cliData(const QString &name)
{
    return test::dataFile(QStringLiteral("cli/") + name);
}

// Every file under dir, relative, sorted: shows leftovers such as half-written temporary files.
QStringList filesUnder(const QString &dir)
{
    QStringList files;
    const QDir root(dir);
    QList<QString> pending{dir};
    while (!pending.isEmpty()) {
        const QDir d(pending.takeFirst());
        const QFileInfoList entries =
            d.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QFileInfo &e : entries) {
            if (e.isDir())
                pending << e.filePath();
            else
                files << root.relativeFilePath(e.filePath());
        }
    }
    files.sort();
    return files;
}

QByteArray withoutSoaLines(const QByteArray &zone)
{
    QList<QByteArray> lines = zone.split('\n');
    lines.removeIf([](const QByteArray &l) { return l.contains(" SOA "); });
    return lines.join('\n');
}

// A one-line error: one non-empty line on stderr (after the trailing newline).
bool isOneLine(const QByteArray &err)
{
    const QByteArray t = err.trimmed();
    return !t.isEmpty() && !t.contains('\n') && !t.contains('\r');
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(test::binary()).isExecutable(),
                 qPrintable(test::binary() + QStringLiteral(" is not executable")));
    }

    // ---- --version, --help ----

    void version_printsNameAndVersion()
    {
        const Run r = run({QStringLiteral("--version")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), QStringLiteral("lyncdns " LYNCDNS_VERSION));
        QVERIFY2(QRegularExpression(QStringLiteral("^lyncdns \\d+\\.\\d+\\.\\d+\\s*$"))
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 qPrintable(r.describe()));
    }

    void help_listsSubCommands()
    {
        const Run r = run({QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString text = QString::fromUtf8(r.out);
        for (const QString &word : {QStringLiteral("lyncdns plan"), QStringLiteral("lyncdns validate"),
                                    QStringLiteral("lyncdns check"), QStringLiteral("lyncdns export"),
                                    QStringLiteral("lyncdns convert PLAN -o NEW"), QStringLiteral("geodns"),
                                    QStringLiteral("--version"), QStringLiteral("--help")})
            QVERIFY2(text.contains(word),
                     qPrintable(QStringLiteral("--help does not mention %1:\n%2").arg(word, text)));
    }

    // ---- plan ----

    void plan_formatMatchesExporter_data()
    {
        QTest::addColumn<QString>("planFile");
        QTest::addColumn<QString>("format");
        for (const QString &f : test::examplePlanFiles())
            for (const QString &format :
                 {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("table")})
                QTest::newRow(qPrintable(QFileInfo(f).completeBaseName() + QLatin1Char(' ') + format))
                    << f << format;
    }
    void plan_formatMatchesExporter()
    {
        QFETCH(QString, planFile);
        QFETCH(QString, format);
        const Plan plan = test::loadPlan(planFile);
        const RecordSet records = planRecords(plan);
        const QByteArray expected = format == QLatin1String("csv")    ? recordsToCsv(records)
                                    : format == QLatin1String("json") ? recordsToJson(records)
                                                                      : recordsToTable(records);
        const Run r = run({QStringLiteral("plan"), planFile, QStringLiteral("--format"), format});
        const int expectedExit = hasErrors(validatePlan(plan)) ? 1 : 0;
        QVERIFY2(r.exitCode == expectedExit,
                 qPrintable(QStringLiteral("expected exit %1; ").arg(expectedExit) + r.describe()));
        QVERIFY2(r.out == expected,
                 qPrintable(QStringLiteral("stdout differs from the exporter:\n--- expected\n%1\n--- got\n%2")
                                .arg(QString::fromUtf8(expected), QString::fromUtf8(r.out))));
    }

    void plan_withoutFormat_printsTable()
    {
        const Run r = run({QStringLiteral("plan"), example()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, recordsToTable(planRecords(test::loadPlan(example()))));
    }

    void plan_location_filtersRows_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("internal") << QStringLiteral("internal");
        QTest::newRow("external") << QStringLiteral("external");
    }
    void plan_location_filtersRows()
    {
        QFETCH(QString, location);
        RecordSet records = planRecords(test::loadPlan(example()));
        records.removeIf(
            [&location](const DnsRecord &rec) { return locationName(rec.location) != location; });
        QVERIFY(!records.isEmpty());
        const Run r = run({QStringLiteral("plan"), example(), QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("--location"), location});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(recordsToCsv(records)));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).startsWith(QByteArray(location.toUtf8() + ',')), lines.at(i).constData());
    }

    void plan_outputFile_writesFileNotStdout()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("records.csv"));
        QVERIFY(test::writeAll(out, "old content\n"));
        const Run r = run({QStringLiteral("plan"), example(), QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(test::readAll(out), recordsToCsv(planRecords(test::loadPlan(example()))));
        QCOMPARE(filesUnder(dir.path()), QStringList{QStringLiteral("records.csv")});
    }

    // ---- plan --format geodns ----

    // cli.md: geodns_name,view,member,mode, one row per member; plan-format.md v2 rule 6: the
    // internal names meet-int, dialin-int, lyncdiscoverint-int -> each pool's internal web FQDN, the
    // external meet-ext, dialin-ext, lyncdiscover-ext -> each pool's external web FQDN, under the
    // zone (lower case, as every name the program writes).
    void planGeoDns_onePerMemberRow_data()
    {
        QTest::addColumn<QStringList>("extraArguments");
        QTest::addColumn<QStringList>("expectedRows");
        const QStringList internal = {
            QStringLiteral("dialin-int.geolb.contoso.com,internal,webint01.contoso.net,round-robin"),
            QStringLiteral("dialin-int.geolb.contoso.com,internal,webint02.contoso.net,round-robin"),
            QStringLiteral("lyncdiscoverint-int.geolb.contoso.com,internal,webint01.contoso.net,round-robin"),
            QStringLiteral("lyncdiscoverint-int.geolb.contoso.com,internal,webint02.contoso.net,round-robin"),
            QStringLiteral("meet-int.geolb.contoso.com,internal,webint01.contoso.net,round-robin"),
            QStringLiteral("meet-int.geolb.contoso.com,internal,webint02.contoso.net,round-robin")};
        const QStringList external = {
            QStringLiteral("dialin-ext.geolb.contoso.com,external,webext01.contoso.com,round-robin"),
            QStringLiteral("dialin-ext.geolb.contoso.com,external,webext02.contoso.com,round-robin"),
            QStringLiteral("lyncdiscover-ext.geolb.contoso.com,external,webext01.contoso.com,round-robin"),
            QStringLiteral("lyncdiscover-ext.geolb.contoso.com,external,webext02.contoso.com,round-robin"),
            QStringLiteral("meet-ext.geolb.contoso.com,external,webext01.contoso.com,round-robin"),
            QStringLiteral("meet-ext.geolb.contoso.com,external,webext02.contoso.com,round-robin")};
        QStringList both = internal + external;
        both.sort();
        QTest::newRow("both views") << QStringList{} << both;
        QTest::newRow("--location internal")
            << QStringList{QStringLiteral("--location"), QStringLiteral("internal")} << internal;
        QTest::newRow("--location external")
            << QStringList{QStringLiteral("--location"), QStringLiteral("external")} << external;
    }
    void planGeoDns_onePerMemberRow()
    {
        QFETCH(QStringList, extraArguments);
        QFETCH(QStringList, expectedRows);
        const Run r =
            run(QStringList{QStringLiteral("plan"), cliData(QStringLiteral("geodns-two-sites.lyncplan")),
                            QStringLiteral("--format"), QStringLiteral("geodns")} +
                extraArguments);
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
        QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
        QCOMPARE(lines.takeLast(), QString()); // ends with a newline
        QVERIFY2(!lines.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(lines.takeFirst(), QStringLiteral("geodns_name,view,member,mode"));
        QStringList sorted = lines;
        sorted.sort();
        QVERIFY2(lines == sorted,
                 qPrintable(QStringLiteral("rows not sorted:\n") + lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines == expectedRows, qPrintable(test::describeDifference(expectedRows, lines)));
    }

    // A plan without geoDns has no GeoDNS names: the header alone (every plan gives a script the
    // same shape), a note on stderr, exit 0.
    void planGeoDns_planWithoutGeoDns_headerOnlyAndNote()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("geodns.csv"));
        const Run r = run({QStringLiteral("plan"), example(), QStringLiteral("--format"),
                           QStringLiteral("geodns"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0 && r.out.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(test::readAll(out), QByteArray("geodns_name,view,member,mode\n"));
        // The note, then the plan's warnings as `plan` always gives them.
        const QByteArray note = r.err.split('\n').first();
        QVERIFY2(note.contains("no GeoDNS") && note.contains("(no geoDns)"), qPrintable(r.describe()));
    }

    // ---- convert ----

    // Every version 1 example becomes a version 2 file that reads back as the same plan and gives
    // exactly the records it gave (plan-format.md: v1 files keep their records).
    void convert_version1Plan_writesVersion2ThatReadsTheSame_data()
    {
        QTest::addColumn<QString>("planFile");
        for (const QString &f : test::examplePlanFiles())
            QTest::newRow(qPrintable(QFileInfo(f).completeBaseName())) << f;
        QTest::newRow("cli control characters") << cliData(QStringLiteral("control-characters.lyncplan"));
    }
    void convert_version1Plan_writesVersion2ThatReadsTheSame()
    {
        QFETCH(QString, planFile);
        const Plan original = test::loadPlan(planFile);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("converted.lyncplan"));
        const Run r = run({QStringLiteral("convert"), planFile, QStringLiteral("-o"), out});
        const int expectedExit = hasErrors(validatePlan(original)) ? 1 : 0;
        QVERIFY2(r.exitCode == expectedExit,
                 qPrintable(QStringLiteral("expected exit %1; ").arg(expectedExit) + r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(filesUnder(dir.path()), QStringList{QStringLiteral("converted.lyncplan")});

        const QJsonObject root = QJsonDocument::fromJson(test::readAll(out)).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("lyncdns-plan"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(root.value(QStringLiteral("sites")).isArray());
        for (const char *v1Key : {"frontEnd", "director", "edge", "reverseProxy", "persistentChat"})
            QVERIFY2(!root.contains(QLatin1String(v1Key)), v1Key);

        PlanError error;
        const std::optional<Plan> converted = readPlanFile(out, &error);
        QVERIFY2(converted, qPrintable(error.toString()));
        QCOMPARE(converted->fileVersion, 2);
        QVERIFY2(*converted == original, "the converted plan differs from the original");
        const QStringList before = test::recordLines(planRecords(original));
        const QStringList after = test::recordLines(planRecords(*converted));
        QVERIFY2(before == after, qPrintable(test::describeDifference(before, after)));
        if (original.fileVersion == 1 && !original.sites.isEmpty())
            QCOMPARE(converted->sites.first().name, QStringLiteral("Site 1"));
    }

    void convert_overExistingFile_replacesItWhole()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("plan.lyncplan"));
        QVERIFY(test::writeAll(out, "the admin's older plan\n"));
        const Run r = run({QStringLiteral("convert"), example(), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0 && r.out.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(filesUnder(dir.path()), QStringList{QStringLiteral("plan.lyncplan")});
        QVERIFY(test::loadPlan(out) == test::loadPlan(example()));

        // In place: the plan is read whole before its file is replaced.
        const Run again = run({QStringLiteral("convert"), out, QStringLiteral("-o"), out});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY(test::loadPlan(out) == test::loadPlan(example()));
    }

    void convert_unreadablePlan_exits2WritesNothing_data()
    {
        QTest::addColumn<QString>("planFile");
        QTest::addColumn<QString>("expectedPattern");
        QTest::newRow("malformed JSON") << cliData(QStringLiteral("malformed.lyncplan"))
                                        << QStringLiteral("malformed\\.lyncplan:[45]:\\d+: .*JSON");
        QTest::newRow("unknown key")
            << cliData(QStringLiteral("unknown-key.lyncplan"))
            << QStringLiteral(
                   "unknown-key\\.lyncplan: frontEnd\\.servers\\[0\\]\\.ipv4Adress: .*unknown key");
        QTest::newRow("nonexistent file") << cliData(QStringLiteral("does-not-exist.lyncplan"))
                                          << QStringLiteral("does-not-exist\\.lyncplan: ");
    }
    void convert_unreadablePlan_exits2WritesNothing()
    {
        QFETCH(QString, planFile);
        QFETCH(QString, expectedPattern);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("existing.lyncplan"));
        const QByteArray precious = "the admin's previous plan\n";
        QVERIFY(test::writeAll(out, precious));
        const Run r = run({QStringLiteral("convert"), planFile, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 2 && isOneLine(r.err), qPrintable(r.describe()));
        QVERIFY2(QRegularExpression(expectedPattern).match(QString::fromUtf8(r.err)).hasMatch(),
                 qPrintable(r.describe()));
        QCOMPARE(test::readAll(out), precious);
        QCOMPARE(filesUnder(dir.path()), QStringList{QStringLiteral("existing.lyncplan")});
    }

    // A plan with validation errors is converted all the same (the wizard saves one too); its errors
    // go to stderr under the paths of the file that was read, and the exit code is 1.
    void convert_planWithErrors_convertedErrorsNamedExit1()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("new.lyncplan"));
        const Run r = run({QStringLiteral("convert"), cliData(QStringLiteral("invalid-address.lyncplan")),
                           QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("frontEnd.servers[0].ipv4: error [P-ADDRESS]"), qPrintable(r.describe()));
        QCOMPARE(
            QJsonDocument::fromJson(test::readAll(out)).object().value(QStringLiteral("version")).toInt(), 2);
    }

    // ---- version 1 paths (plan-format.md: a v1 file is read as one site) ----

    // Findings of a version 1 file name its own paths wherever they are printed, never the
    // sites[0].frontEndPools[0] its reader puts them in.
    void version1Plan_findingsNameVersion1Paths_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("onStdout");
        const QString plan = cliData(QStringLiteral("invalid-address.lyncplan"));
        QTest::newRow("validate text") << QStringList{QStringLiteral("validate"), plan} << true;
        QTest::newRow("validate json") << QStringList{QStringLiteral("validate"), plan,
                                                      QStringLiteral("--format"), QStringLiteral("json")}
                                       << true;
        QTest::newRow("plan (stderr)")
            << QStringList{QStringLiteral("plan"), plan, QStringLiteral("--format"), QStringLiteral("csv")}
            << false;
        QTest::newRow("export refusal") << QStringList{QStringLiteral("export"),   plan,
                                                       QStringLiteral("--format"), QStringLiteral("csv"),
                                                       QStringLiteral("-o"),       QStringLiteral("out.csv")}
                                        << false;
        // A server of resolv.conf's family, so the address passes and the plan is what is refused.
        const QString server = firstNameserver().contains(QLatin1Char(':')) ? QStringLiteral("::1")
                                                                            : QStringLiteral("127.0.0.1");
        QTest::newRow("check refusal")
            << QStringList{QStringLiteral("check"), plan, QStringLiteral("--internal-server"), server}
            << false;
    }
    void version1Plan_findingsNameVersion1Paths()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, onStdout);
        QTemporaryDir dir; // the export's relative -o lands here (it refuses: nothing is written)
        QVERIFY(dir.isValid());
        const Run r = run(arguments, defaultEnvironment(), dir.path());
        const QByteArray text = onStdout ? r.out : r.err;
        QVERIFY2(text.contains("frontEnd.servers[0].ipv4"), qPrintable(r.describe()));
        QVERIFY2(!r.out.contains("sites[") && !r.err.contains("sites["), qPrintable(r.describe()));
    }

    // ---- unreadable plans and bad usage: exit 2 ----

    void unreadablePlan_exits2WithOneLineError_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("planFile");
        QTest::addColumn<QString>("expectedPattern"); // what the one line must say
        const QList<QStringList> commands = {
            {QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("csv")},
            {QStringLiteral("validate")},
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")},
            {QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("geodns")}};
        for (const QStringList &command : commands) {
            const QString c = command.first() + QLatin1Char(' ');
            QTest::newRow(qPrintable(c + QStringLiteral("malformed JSON")))
                << command << cliData(QStringLiteral("malformed.lyncplan"))
                << QStringLiteral("malformed\\.lyncplan:[45]:\\d+: .*JSON");
            QTest::newRow(qPrintable(c + QStringLiteral("unknown key")))
                << command << cliData(QStringLiteral("unknown-key.lyncplan"))
                << QStringLiteral(
                       "unknown-key\\.lyncplan: frontEnd\\.servers\\[0\\]\\.ipv4Adress: .*unknown key");
            QTest::newRow(qPrintable(c + QStringLiteral("wrong type")))
                << command << cliData(QStringLiteral("wrong-type.lyncplan"))
                << QStringLiteral("wrong-type\\.lyncplan: dns\\.splitBrain: .*expected .*true or false");
            QTest::newRow(qPrintable(c + QStringLiteral("nonexistent file")))
                << command << cliData(QStringLiteral("does-not-exist.lyncplan"))
                << QStringLiteral("does-not-exist\\.lyncplan: ");
        }
    }
    void unreadablePlan_exits2WithOneLineError()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, planFile);
        QFETCH(QString, expectedPattern);
        QStringList args = command;
        args.insert(1, planFile);
        const Run r = run(args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(isOneLine(r.err), qPrintable(QStringLiteral("not a one-line error; ") + r.describe()));
        QVERIFY2(
            QRegularExpression(expectedPattern).match(QString::fromUtf8(r.err)).hasMatch(),
            qPrintable(QStringLiteral("stderr does not match /%1/; ").arg(expectedPattern) + r.describe()));
        QVERIFY2(r.out.isEmpty(),
                 qPrintable(QStringLiteral("results on stdout for an unreadable plan; ") + r.describe()));
    }

    void badUsage_exits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString e = example();
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("unknown sub-command") << QStringList{QStringLiteral("frobnicate"), e};
        QTest::newRow("plan without plan") << QStringList{QStringLiteral("plan")};
        QTest::newRow("validate without plan") << QStringList{QStringLiteral("validate")};
        QTest::newRow("export without plan")
            << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")};
        QTest::newRow("plan with two plans") << QStringList{QStringLiteral("plan"), e, e};
        QTest::newRow("plan bad --format")
            << QStringList{QStringLiteral("plan"), e, QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("plan bad --location")
            << QStringList{QStringLiteral("plan"), e, QStringLiteral("--location"), QStringLiteral("dmz")};
        QTest::newRow("plan unknown option")
            << QStringList{QStringLiteral("plan"), e, QStringLiteral("--frobnicate")};
        QTest::newRow("validate bad --format")
            << QStringList{QStringLiteral("validate"), e, QStringLiteral("--format"), QStringLiteral("csv")};
        QTest::newRow("export without --format")
            << QStringList{QStringLiteral("export"), e, QStringLiteral("-o"), QStringLiteral("out.csv")};
        QTest::newRow("export bad --format")
            << QStringList{QStringLiteral("export"),   e,
                           QStringLiteral("--format"), QStringLiteral("yaml"),
                           QStringLiteral("-o"),       QStringLiteral("out.yaml")};
        QTest::newRow("export bind without --dir")
            << QStringList{QStringLiteral("export"), e, QStringLiteral("--format"), QStringLiteral("bind")};
        QTest::newRow("convert without -o") << QStringList{QStringLiteral("convert"), e};
        QTest::newRow("convert without plan")
            << QStringList{QStringLiteral("convert"), QStringLiteral("-o"), QStringLiteral("new.lyncplan")};
        QTest::newRow("convert with two plans") << QStringList{
            QStringLiteral("convert"), e, e, QStringLiteral("-o"), QStringLiteral("new.lyncplan")};
        QTest::newRow("convert unknown option")
            << QStringList{QStringLiteral("convert"),  e,
                           QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("-o"),       QStringLiteral("new.lyncplan")};
    }
    void badUsage_exits2()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir; // relative -o paths land here, and must not be written
        QVERIFY(dir.isValid());
        // Headless, so a command line mistaken for the wizard fails instead of opening a window.
        const Run r = run(arguments, headlessEnvironment(), dir.path());
        QVERIFY2(
            r.exitCode == 2,
            qPrintable(QStringLiteral("lyncdns %1: ").arg(arguments.join(QLatin1Char(' '))) + r.describe()));
        QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(QStringLiteral("no error message; ") + r.describe()));
        QVERIFY2(filesUnder(dir.path()).isEmpty(), qPrintable(filesUnder(dir.path()).join(QLatin1Char(' '))));
    }

    // ---- validate ----

    void validate_validExample_exits0()
    {
        const Run r = run({QStringLiteral("validate"), example()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!r.out.isEmpty(), qPrintable(r.describe()));
    }

    void validate_planWithErrors_exits1()
    {
        const Run r = run({QStringLiteral("validate"), cliData(QStringLiteral("invalid-address.lyncplan"))});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QLatin1String("P-ADDRESS")) &&
                     text.contains(QLatin1String("frontEnd.servers[0].ipv4")),
                 qPrintable(r.describe()));
    }

    // A newline or escape sequence in a plan value is shown escaped: one line per finding, nothing
    // that a terminal acts on, no forged "0 errors" line.
    void validate_controlCharactersInValues_shownEscaped()
    {
        const Run r =
            run({QStringLiteral("validate"), cliData(QStringLiteral("control-characters.lyncplan"))});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QString text = QString::fromUtf8(r.out);
        for (const QChar c : text)
            QVERIFY2(
                c == QLatin1Char('\n') ||
                    (c.unicode() >= 0x20 && !(c.unicode() >= 0x7f && c.unicode() <= 0x9f)),
                qPrintable(
                    QStringLiteral("control character U+%1 in:\n").arg(c.unicode(), 4, 16, QLatin1Char('0')) +
                    text));
        QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.takeLast(), QString());
        QVERIFY2(lines.size() >= 2 && lines.constFirst().contains(QLatin1String("error")), qPrintable(text));
        for (const QString &line : std::as_const(lines).mid(1))
            QVERIFY2(line.startsWith(QLatin1String("error")) || line.startsWith(QLatin1String("warning")) ||
                         line.startsWith(QLatin1String("info")),
                     qPrintable(QStringLiteral("not a finding line: ") + line));
        QVERIFY2(
            text.contains(QLatin1String("fabrikam.com\\ncontrol-characters.lyncplan: 0 errors, 0 warnings, "
                                        "0 notes\\x1b[2J\\x9b31m")),
            qPrintable(text));
    }

    // Only regular files are read as plans: a FIFO would block for ever, /dev/zero never ends.
    void validate_fifoOrDevice_exits2NamingTheFile()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("plan.lyncplan"));
        QVERIFY(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        for (const QString &file : {fifo, QStringLiteral("/dev/zero")}) {
            const Run r = run({QStringLiteral("validate"), file});
            QVERIFY2(r.exitCode == 2 && !r.timedOut, qPrintable(r.describe()));
            const QString err = QString::fromUtf8(r.err).trimmed();
            QVERIFY2(err.contains(file) && !err.contains(QLatin1Char('\n')), qPrintable(r.describe()));
            QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        }
#else
        QSKIP("FIFOs and /dev/zero are Unix things");
#endif
    }

    void validate_jsonFormat_listsFindings()
    {
        const Run r = run({QStringLiteral("validate"), cliData(QStringLiteral("invalid-address.lyncplan")),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(),
                 qPrintable(error.errorString() + QStringLiteral("; ") + r.describe()));
        const QJsonValue findingsValue = doc.object().value(QStringLiteral("findings"));
        QVERIFY2(findingsValue.isArray(), qPrintable(r.describe()));
        const QJsonArray findings = findingsValue.toArray();
        QVERIFY(!findings.isEmpty());
        bool addressError = false;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            const QString text = QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact));
            for (const QString &key : {QStringLiteral("rule"), QStringLiteral("severity"),
                                       QStringLiteral("path"), QStringLiteral("message")})
                QVERIFY2(f.value(key).isString(),
                         qPrintable(QStringLiteral("finding without %1: %2").arg(key, text)));
            QVERIFY2(QStringList({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")})
                         .contains(f.value(QStringLiteral("severity")).toString()),
                     qPrintable(text));
            QVERIFY2(!f.value(QStringLiteral("rule")).toString().isEmpty() &&
                         !f.value(QStringLiteral("message")).toString().isEmpty(),
                     qPrintable(text));
            if (f.value(QStringLiteral("rule")).toString() == QLatin1String("P-ADDRESS") &&
                f.value(QStringLiteral("severity")).toString() == QLatin1String("error") &&
                f.value(QStringLiteral("path")).toString() == QLatin1String("frontEnd.servers[0].ipv4"))
                addressError = true;
        }
        QVERIFY2(addressError,
                 qPrintable(QStringLiteral("no P-ADDRESS error at frontEnd.servers[0].ipv4:\n") +
                            QString::fromUtf8(r.out)));
    }

    void validate_jsonFormat_validExampleExits0()
    {
        const Run r =
            run({QStringLiteral("validate"), example(), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.object().value(QStringLiteral("findings")).isArray());
    }

    // ---- export ----

    void export_singleFile_matchesExporter_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("records.csv");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("records.json");
        QTest::newRow("powershell") << QStringLiteral("powershell") << QStringLiteral("lync-dns.ps1");
    }
    void export_singleFile_matchesExporter()
    {
        QFETCH(QString, format);
        QFETCH(QString, fileName);
        const Plan plan = test::loadPlan(example());
        const RecordSet records = planRecords(plan);
        const QByteArray expected = format == QLatin1String("csv")    ? recordsToCsv(records)
                                    : format == QLatin1String("json") ? recordsToJson(records)
                                                                      : powerShellScript(plan, records);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(fileName);
        QVERIFY(test::writeAll(out, "an older export\n"));
        const Run r = run({QStringLiteral("export"), example(), QStringLiteral("--format"), format,
                           QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(),
                 qPrintable(QStringLiteral("results on stdout despite -o; ") + r.describe()));
        const QByteArray written = test::readAll(out);
        QVERIFY2(written == expected,
                 qPrintable(QStringLiteral("%1 differs from the exporter:\n--- expected\n%2\n--- got\n%3")
                                .arg(fileName, QString::fromUtf8(expected.left(2000)),
                                     QString::fromUtf8(written.left(2000)))));
        QCOMPARE(filesUnder(dir.path()), QStringList{fileName});
    }

    void export_bind_writesLocationFolders()
    {
        const Plan plan = test::loadPlan(example());
        const QList<ExportFile> expected = zoneFiles(plan, planRecords(plan), todaysZoneSerial());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("zones"));
        const Run r = run({QStringLiteral("export"), example(), QStringLiteral("--format"),
                           QStringLiteral("bind"), QStringLiteral("--dir"), target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(QFileInfo(target + QStringLiteral("/internal")).isDir(), "no internal/ folder");
        QVERIFY2(QFileInfo(target + QStringLiteral("/external")).isDir(), "no external/ folder");
        QVERIFY(QFileInfo::exists(target + QStringLiteral("/internal/named.conf.zones")));
        QVERIFY(QFileInfo::exists(target + QStringLiteral("/external/named.conf.zones")));

        QStringList expectedFiles;
        for (const ExportFile &f : expected)
            expectedFiles << f.relativePath;
        expectedFiles.sort();
        const QStringList actualFiles = filesUnder(target);
        const QString diff = test::describeDifference(expectedFiles, actualFiles);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("files under --dir:") + diff));
        for (const ExportFile &f : expected) {
            // The serial is today's date: compare everything else, immune to a run across midnight.
            const QByteArray written = test::readAll(QDir(target).filePath(f.relativePath));
            QVERIFY2(withoutSoaLines(written) == withoutSoaLines(f.content),
                     qPrintable(
                         QStringLiteral("%1 differs:\n--- expected\n%2\n--- got\n%3")
                             .arg(f.relativePath, QString::fromUtf8(f.content), QString::fromUtf8(written))));
        }
    }

    void export_invalidPlan_exits1AndWritesNothing_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("powershell"),
                                 QStringLiteral("bind")})
            QTest::newRow(qPrintable(f)) << f;
    }
    void export_invalidPlan_exits1AndWritesNothing()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList args = {QStringLiteral("export"), cliData(QStringLiteral("invalid-address.lyncplan")),
                            QStringLiteral("--format"), format};
        if (format == QLatin1String("bind"))
            args << QStringLiteral("--dir") << dir.filePath(QStringLiteral("zones"));
        else
            args << QStringLiteral("-o") << dir.filePath(QStringLiteral("out.") + format);
        const Run r = run(args);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        // The refusal names each error: rule, JSON path and message, under a count.
        for (const char *part : {"The plan has 1 validation error:", "P-ADDRESS", "frontEnd.servers[0].ipv4",
                                 "\"192.168.10.999\" is not an IPv4 address", "--force"})
            QVERIFY2(
                r.err.contains(part),
                qPrintable(QStringLiteral("stderr lacks \"%1\"; ").arg(QLatin1String(part)) + r.describe()));
        QVERIFY2(filesUnder(dir.path()).isEmpty(),
                 qPrintable(QStringLiteral("written: ") + filesUnder(dir.path()).join(QLatin1Char(' '))));
        QVERIFY2(!QFileInfo::exists(dir.filePath(QStringLiteral("zones"))),
                 "export created the --dir folder");
    }

    // --force writes every format, each stamped as a draft, and still exits 1 (docs/export-policy.md).
    void export_force_writesStampedFilesAndExits1_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : {QStringLiteral("bind"), QStringLiteral("powershell"), QStringLiteral("csv"),
                                 QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("pdf")})
            QTest::newRow(qPrintable(f)) << f;
    }
    void export_force_writesStampedFilesAndExits1()
    {
        QFETCH(QString, format);
        const QString plan = cliData(QStringLiteral("invalid-address.lyncplan"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList args = {QStringLiteral("export"), plan, QStringLiteral("--format"), format,
                            QStringLiteral("--force")};
        if (format == QLatin1String("bind"))
            args << QStringLiteral("--dir") << dir.filePath(QStringLiteral("zones"));
        else
            args << QStringLiteral("-o") << dir.filePath(QStringLiteral("out.") + format);
        const Run r = run(args, headlessEnvironment());
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("P-ADDRESS") && r.err.contains("frontEnd.servers[0].ipv4") &&
                     r.err.contains("stamped as a draft"),
                 qPrintable(r.describe()));
        const QStringList files = filesUnder(dir.path());
        QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("nothing written; ") + r.describe()));
        const QByteArray notice = "DRAFT: this plan has 1 validation error; do not load into production DNS";
        for (const QString &name : files) {
            const QByteArray content = test::readAll(dir.filePath(name));
            QByteArray expectedStart;
            if (name.endsWith(QLatin1String(".zone")))
                expectedStart = "; " + notice + '\n';
            else if (name.endsWith(QLatin1String("named.conf.zones")))
                expectedStart = "// " + notice + '\n';
            else if (format == QLatin1String("powershell"))
                expectedStart = "# " + notice + '\n';
            if (!expectedStart.isEmpty()) {
                QVERIFY2(content.startsWith(expectedStart),
                         qPrintable(name + QStringLiteral(" does not start with the stamp:\n") +
                                    QString::fromUtf8(content.left(300))));
            } else if (format == QLatin1String("json")) {
                QCOMPARE(QJsonDocument::fromJson(content).object().value(QStringLiteral("draft")),
                         QJsonValue(true));
            } else if (format == QLatin1String("csv")) {
                // cli.md's fixed header (version 2 appends zone and site), no stamp: stderr and the
                // exit code say it is a draft.
                QVERIFY(content.startsWith(
                    "location,name,type,data,ttl,requirement,required,reason,zone,site\n"));
            } else if (format == QLatin1String("html")) {
                QVERIFY2(content.contains(notice), "no DRAFT banner in the HTML report");
            } else {
                QVERIFY(content.startsWith("%PDF-")); // every page: tst_report
            }
        }
    }

    // A valid plan exports exactly as before: exit 0, nothing on stderr, no stamp.
    void export_validPlan_isNotStamped_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : {QStringLiteral("bind"), QStringLiteral("powershell"), QStringLiteral("json"),
                                 QStringLiteral("html")})
            QTest::newRow(qPrintable(f)) << f;
    }
    void export_validPlan_isNotStamped()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const bool force : {false, true}) {
            QStringList args = {QStringLiteral("export"), example(), QStringLiteral("--format"), format};
            if (force)
                args << QStringLiteral("--force");
            if (format == QLatin1String("bind"))
                args << QStringLiteral("--dir") << dir.filePath(QStringLiteral("zones"));
            else
                args << QStringLiteral("-o") << dir.filePath(QStringLiteral("out.") + format);
            const Run r = run(args);
            QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
            for (const QString &name : filesUnder(dir.path())) {
                const QByteArray content = test::readAll(dir.filePath(name));
                QVERIFY2(!content.contains("DRAFT") && !content.contains("\"draft\""), qPrintable(name));
            }
        }
    }

    // ---- atomic -o ----

    void outputFile_failedCommand_leavesExistingFileUnchanged_data()
    {
        QTest::addColumn<QStringList>("arguments"); // OUT stands for the -o path
        QTest::addColumn<int>("expectedExit");
        const QString out = QStringLiteral("OUT");
        QTest::newRow("plan, plan file missing")
            << QStringList{QStringLiteral("plan"),     cliData(QStringLiteral("does-not-exist.lyncplan")),
                           QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("-o"),       out}
            << 2;
        QTest::newRow("plan, malformed plan")
            << QStringList{QStringLiteral("plan"),     cliData(QStringLiteral("malformed.lyncplan")),
                           QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("-o"),       out}
            << 2;
        QTest::newRow("export, plan file missing")
            << QStringList{QStringLiteral("export"),   cliData(QStringLiteral("does-not-exist.lyncplan")),
                           QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("-o"),       out}
            << 2;
        QTest::newRow("export, wrong type in plan")
            << QStringList{QStringLiteral("export"),   cliData(QStringLiteral("wrong-type.lyncplan")),
                           QStringLiteral("--format"), QStringLiteral("powershell"),
                           QStringLiteral("-o"),       out}
            << 2;
        QTest::newRow("export, invalid plan")
            << QStringList{QStringLiteral("export"),   cliData(QStringLiteral("invalid-address.lyncplan")),
                           QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("-o"),       out}
            << 1;
    }
    void outputFile_failedCommand_leavesExistingFileUnchanged()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, expectedExit);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("existing.out"));
        const QByteArray precious = "the admin's previous export\n";
        QVERIFY(test::writeAll(out, precious));
        arguments.replace(arguments.indexOf(QStringLiteral("OUT")), out);
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == expectedExit, qPrintable(r.describe()));
        QCOMPARE(test::readAll(out), precious);
        QCOMPARE(filesUnder(dir.path()), QStringList{QStringLiteral("existing.out")});
    }

    void outputFile_parentIsRegularFile_failsWithoutPartialFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("plan csv") << QStringList{QStringLiteral("plan"), example(),
                                                 QStringLiteral("--format"), QStringLiteral("csv")};
        QTest::newRow("export json") << QStringList{QStringLiteral("export"), example(),
                                                    QStringLiteral("--format"), QStringLiteral("json")};
        QTest::newRow("export powershell") << QStringList{
            QStringLiteral("export"), example(), QStringLiteral("--format"), QStringLiteral("powershell")};
    }
    void outputFile_parentIsRegularFile_failsWithoutPartialFile()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QVERIFY(test::writeAll(blocker, "a regular file, not a folder\n"));
        const QString out = blocker + QStringLiteral("/sub/out.txt");
        arguments << QStringLiteral("-o") << out;
        const Run r = run(arguments);
        QVERIFY2(r.exitCode != 0 && !r.crashed && !r.timedOut, qPrintable(r.describe()));
        QVERIFY2(isOneLine(r.err) && r.err.contains("blocker"),
                 qPrintable(QStringLiteral("the error should name the path; ") + r.describe()));
        QCOMPARE(test::readAll(blocker), QByteArray("a regular file, not a folder\n"));
        QCOMPARE(filesUnder(dir.path()), QStringList{QStringLiteral("blocker")});
    }

    void exportBind_dirIsRegularFile_failsWithoutWriting()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QVERIFY(test::writeAll(blocker, "x\n"));
        const Run r = run({QStringLiteral("export"), example(), QStringLiteral("--format"),
                           QStringLiteral("bind"), QStringLiteral("--dir"), blocker});
        QVERIFY2(r.exitCode != 0 && !r.crashed && !r.timedOut, qPrintable(r.describe()));
        QCOMPARE(filesUnder(dir.path()), QStringList{QStringLiteral("blocker")});
        QCOMPARE(test::readAll(blocker), QByteArray("x\n"));
    }

    // ---- check ----

    // Usage errors of check never touch the network: exit 2 and one line on stderr.
    void checkBadUsage_exits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString plan = example();
        QTest::newRow("no server") << QStringList{QStringLiteral("check"), plan};
        QTest::newRow("not an address") << QStringList{
            QStringLiteral("check"), plan, QStringLiteral("--internal-server"), QStringLiteral("dns01")};
        QTest::newRow("timeout zero") << QStringList{QStringLiteral("check"),
                                                     plan,
                                                     QStringLiteral("--internal-server"),
                                                     QStringLiteral("127.0.0.1"),
                                                     QStringLiteral("--timeout"),
                                                     QStringLiteral("0")};
        QTest::newRow("bad format") << QStringList{QStringLiteral("check"),
                                                   plan,
                                                   QStringLiteral("--internal-server"),
                                                   QStringLiteral("127.0.0.1"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("xml")};
        QTest::newRow("same internal server twice") << QStringList{QStringLiteral("check"),
                                                                   plan,
                                                                   QStringLiteral("--internal-server"),
                                                                   QStringLiteral("127.0.0.1"),
                                                                   QStringLiteral("--internal-server"),
                                                                   QStringLiteral("127.0.0.1")};
        QTest::newRow("fix script without a file name")
            << QStringList{QStringLiteral("check"), plan, QStringLiteral("--internal-server"),
                           QStringLiteral("127.0.0.1"), QStringLiteral("--fix-script=")};
        QTest::newRow("fix list without a file name")
            << QStringList{QStringLiteral("check"), plan, QStringLiteral("--internal-server"),
                           QStringLiteral("127.0.0.1"), QStringLiteral("--fix-list")};
        QTest::newRow("second internal server not an address")
            << QStringList{QStringLiteral("check"),
                           plan,
                           QStringLiteral("--internal-server"),
                           QStringLiteral("127.0.0.1"),
                           QStringLiteral("--internal-server"),
                           QStringLiteral("dns02")};
#if QT_VERSION < QT_VERSION_CHECK(6, 6, 0)
        // Qt < 6.6 ignores a server of the other family than resolv.conf's first nameserver.
        const QString otherFamily = firstNameserver().contains(QLatin1Char(':')) ? QStringLiteral("127.0.0.1")
                                                                                 : QStringLiteral("::1");
        QTest::newRow("address family trap")
            << QStringList{QStringLiteral("check"), plan, QStringLiteral("--internal-server"), otherFamily};
#endif
    }

    void checkBadUsage_exits2()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments, headlessEnvironment());
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(isOneLine(r.err), qPrintable(r.describe()));
    }

    // ---- language (issue #6) ----

    // --lang de, a German system locale (LANG or LANGUAGE) and --lang en over a German locale; the
    // expected text comes from the German catalogue, loaded here independently of the binary.
    void lang_choosesTheLanguageOfMessages_data()
    {
        QTest::addColumn<QStringList>("extraArguments");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<bool>("german");
        QTest::newRow("--lang de") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")}
                                   << QStringList{} << true;
        QTest::newRow("--lang=de") << QStringList{QStringLiteral("--lang=de")} << QStringList{} << true;
        QTest::newRow("LANG=de_DE") << QStringList{} << QStringList{QStringLiteral("LANG=de_DE.UTF-8")}
                                    << true;
        QTest::newRow("LANGUAGE=de:en")
            << QStringList{}
            << QStringList{QStringLiteral("LANGUAGE=de:en"), QStringLiteral("LANG=en_US.UTF-8")} << true;
        QTest::newRow("--lang en over LANG=de_AT")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
            << QStringList{QStringLiteral("LANG=de_AT.UTF-8")} << false;
        QTest::newRow("LANG=fr_FR") << QStringList{} << QStringList{QStringLiteral("LANG=fr_FR.UTF-8")}
                                    << false;
    }

    void lang_choosesTheLanguageOfMessages()
    {
        QFETCH(QStringList, extraArguments);
        QFETCH(QStringList, environment);
        QFETCH(bool, german);
        QProcessEnvironment env = headlessEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            env.remove(QLatin1String(name));
        for (const QString &assignment : environment)
            env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/lyncdns_de.qm")));

        const QString plan = cliData(QStringLiteral("invalid-address.lyncplan"));
        const Run r = run(QStringList{QStringLiteral("validate"), plan} + extraArguments, env);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        // The plan has one error and two warnings (R-MOB1, R-CERT1), no notes: singular and plural
        // forms from the catalogues.
        const QString firstLine = QString::fromUtf8(r.out).section(QLatin1Char('\n'), 0, 0);
        QString expected = QStringLiteral("%1: 1 error, 2 warnings, 0 notes").arg(plan);
        if (german) {
            const auto plural = [&de](const char *source, int n) {
                return de.translate("CommandLine", source, nullptr, n)
                    .replace(QLatin1String("%n"), QString::number(n));
            };
            expected =
                QStringLiteral("%1: %2, %3, %4")
                    .arg(plan, plural("%n error(s)", 1), plural("%n warning(s)", 2), plural("%n note(s)", 0));
            QVERIFY2(!expected.contains(QLatin1String("error")), qPrintable(expected));
        }
        QVERIFY2(firstLine == expected, qPrintable(expected + QStringLiteral(" | ") + r.describe()));

        // A usage error speaks the same language.
        const Run usage = run(QStringList{QStringLiteral("export"), plan} + extraArguments, env);
        QCOMPARE(usage.exitCode, 2);
        const char *formatRequired = "export: --format is required";
        QVERIFY2(QString::fromUtf8(usage.err).contains(german ? de.translate("CommandLine", formatRequired)
                                                              : QString::fromLatin1(formatRequired)),
                 qPrintable(usage.describe()));
    }

    void lang_unsupportedOrMissingValue_exits2()
    {
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("validate"),
                          example()},
              QStringList{QStringLiteral("validate"), example(), QStringLiteral("--lang=xx")},
              QStringList{QStringLiteral("validate"), example(), QStringLiteral("--lang")}}) {
            const Run r = run(arguments, headlessEnvironment());
            QVERIFY2(r.exitCode == 2 && isOneLine(r.err) && r.err.contains("--lang") &&
                         r.err.contains("de|en"),
                     qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.describe()));
        }
    }

    // Machine-readable output keeps cli.md's shape in every language: the same CSV header, record
    // names, types, data, TTLs and requirement ids; JSON keeps its keys.
    void lang_de_keepsCsvAndJsonContracts()
    {
        const QStringList csv = {QStringLiteral("plan"), example(), QStringLiteral("--format"),
                                 QStringLiteral("csv")};
        const Run english = run(csv, headlessEnvironment());
        const Run german =
            run(csv + QStringList{QStringLiteral("--lang"), QStringLiteral("de")}, headlessEnvironment());
        QVERIFY2(english.exitCode == 0 && german.exitCode == 0, qPrintable(german.describe()));
        const QList<QByteArray> englishLines = english.out.split('\n');
        const QList<QByteArray> germanLines = german.out.split('\n');
        QCOMPARE(germanLines.size(), englishLines.size());
        QCOMPARE(germanLines.first(), englishLines.first());
        const QStringList header = QString::fromUtf8(englishLines.first()).split(QLatin1Char(','));
        const qsizetype reasonColumn = header.indexOf(QStringLiteral("reason"));
        QVERIFY2(reasonColumn > 0, englishLines.first().constData());
        // The reason is the last column and the only free text before it has no commas.
        for (qsizetype i = 1; i < englishLines.size(); ++i)
            QCOMPARE(germanLines.at(i).split(',').mid(0, reasonColumn),
                     englishLines.at(i).split(',').mid(0, reasonColumn));

        const QStringList json = {
            QStringLiteral("validate"), cliData(QStringLiteral("invalid-address.lyncplan")),
            QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--lang"),   QStringLiteral("de")};
        const Run r = run(json, headlessEnvironment());
        const QJsonArray findings =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray();
        QVERIFY2(!findings.isEmpty(), qPrintable(r.describe()));
        for (const QJsonValue &v : findings)
            QVERIFY2(QStringList({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")})
                         .contains(v.toObject().value(QStringLiteral("severity")).toString()),
                     qPrintable(r.describe()));
    }

    void lang_de_translatesHelp()
    {
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/lyncdns_de.qm")));
        const Run r = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("de")},
                          headlessEnvironment());
        QCOMPARE(r.exitCode, 0);
        const QString help = QString::fromUtf8(r.out);
        const QString exitCodes = de.translate(
            "CommandLine",
            "Exit codes: 0 success, 1 problems found, 2 bad usage or plan file, 3 DNS server unreachable.");
        QVERIFY2(!exitCodes.isEmpty() && help.contains(exitCodes), qPrintable(help));
        for (const char *command : {"lyncdns plan PLAN", "lyncdns check PLAN", "--internal-server IP"})
            QVERIFY2(help.contains(QLatin1String(command)), command);
    }

    // ---- headless ----

    void noDisplay_subCommandsStillRun()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QProcessEnvironment env = headlessEnvironment();
        QVERIFY(!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("QT_QPA_PLATFORM")));
        const QList<QStringList> commands = {
            {QStringLiteral("--version")},
            {QStringLiteral("plan"), example(), QStringLiteral("--format"), QStringLiteral("csv")},
            {QStringLiteral("validate"), example(), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("export"), example(), QStringLiteral("--format"), QStringLiteral("powershell"),
             QStringLiteral("-o"), dir.filePath(QStringLiteral("lync-dns.ps1"))},
            {QStringLiteral("export"), example(), QStringLiteral("--format"), QStringLiteral("bind"),
             QStringLiteral("--dir"), dir.filePath(QStringLiteral("zones"))}};
        for (const QStringList &args : commands) {
            const Run r = run(args, env);
            QVERIFY2(
                r.exitCode == 0 && !r.err.contains("qt.qpa"),
                qPrintable(QStringLiteral("lyncdns %1 without a display: ").arg(args.join(QLatin1Char(' '))) +
                           r.describe()));
        }
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("lync-dns.ps1"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("zones/internal/named.conf.zones"))));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
