// `lyncdns migrate` against cli.md ("Migration (migrate)"): the formats, -o and --dir, the change
// script with its rollback beside it, the target zones (each must pass named-checkzone), usage
// errors and exit codes, run as the real binary without a display. What the rows hold is
// tst_migration's business; here the command must write exactly the model's output.

#include "model/migration/changescript.h"
#include "model/migration/changeset.h"
#include "model/migration/changesetexport.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lyncdns;

namespace {

using Run = test::ProgramRun;

Run run(const QStringList &arguments)
{
    return test::runLyncdns(arguments);
}

QString oneSite()
{
    return test::dataFile(QStringLiteral("migration/one-site.lyncplan"));
}

MigrationChangeSet modelChangeSet(const QString &file, MigrationPhase to)
{
    return migrationChangeSet(test::loadPlan(file), to);
}

} // namespace

class TestMigrateCommand : public QObject
{
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("to");
        for (const char *format : {"table", "csv", "json"})
            for (const char *to : {"teams-only", "hybrid", "onprem"})
                QTest::newRow(
                    qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(format), QLatin1String(to))))
                    << QString::fromLatin1(format) << QString::fromLatin1(to);
    }

    // Each format writes the model's output to stdout; the plan's warnings go to stderr; exit 0.
    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QString, to);
        const Run r = run({QStringLiteral("migrate"), oneSite(), QStringLiteral("--to"), to,
                           QStringLiteral("--format"), format});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const MigrationChangeSet set = modelChangeSet(oneSite(), *fromKeyword<MigrationPhase>(to));
        const QByteArray expected = format == QLatin1String("csv")    ? changeSetToCsv(set)
                                    : format == QLatin1String("json") ? changeSetToJson(set)
                                                                      : changeSetToTable(set);
        QCOMPARE(r.out, expected);
        QVERIFY2(!r.err.contains("error"), r.err.constData());
    }

    // Without --to the target is teams-only (the move cli.md is written for).
    void defaultTarget_isTeamsOnly()
    {
        const Run r =
            run({QStringLiteral("migrate"), oneSite(), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, changeSetToCsv(modelChangeSet(oneSite(), MigrationPhase::TeamsOnly)));
        QVERIFY(r.out.contains("sipdir.online.lync.com"));
    }

    void outputFile_isWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("changes.csv"));
        const Run r = run({QStringLiteral("migrate"), oneSite(), QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(test::readAll(out), changeSetToCsv(modelChangeSet(oneSite(), MigrationPhase::TeamsOnly)));
    }

    // The change script and <name>.rollback.ps1 beside it, both the model's.
    void powershell_writesChangeAndRollbackScripts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("cutover.ps1"));
        const Run r = run({QStringLiteral("migrate"), oneSite(), QStringLiteral("--format"),
                           QStringLiteral("powershell"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const MigrationChangeSet set = modelChangeSet(oneSite(), MigrationPhase::TeamsOnly);
        QCOMPARE(test::readAll(out), changeScriptPowerShell(set));
        QCOMPARE(test::readAll(dir.filePath(QStringLiteral("cutover.rollback.ps1"))),
                 rollbackScriptPowerShell(set));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("cutover.ps1"), QStringLiteral("cutover.rollback.ps1")}));
    }

    // The zones of the plan at the target phase; each file passes named-checkzone.
    void bind_writesTargetZonesThatBindAccepts()
    {
        const QString checker = QStandardPaths::findExecutable(QStringLiteral("named-checkzone"));
        QVERIFY2(!checker.isEmpty(), "named-checkzone is needed (bind9-utils)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString zones = dir.filePath(QStringLiteral("zones"));
        const Run r = run({QStringLiteral("migrate"), oneSite(), QStringLiteral("--format"),
                           QStringLiteral("bind"), QStringLiteral("--dir"), zones});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // contoso.com keeps internal and external zones (split-brain); fabrikam.com (pin-point zones
        // on premises) has only its public zone left.
        QStringList files;
        for (QDirIterator it(zones, {QStringLiteral("*.zone")}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString file = it.next();
            files << QDir(zones).relativeFilePath(file);
            const Run check = test::runProgram(checker, {QFileInfo(file).completeBaseName(), file},
                                               QProcessEnvironment::systemEnvironment(), 30000);
            QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        }
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("external/contoso.com.zone"),
                                     QStringLiteral("external/fabrikam.com.zone"),
                                     QStringLiteral("internal/contoso.com.zone"),
                                     QStringLiteral("internal/contoso.net.zone")}));
        const QByteArray external = test::readAll(zones + QStringLiteral("/external/fabrikam.com.zone"));
        QVERIFY2(external.contains("_sipfederationtls._tcp 3600 IN SRV   100 1 5061 sipfed.online.lync.com."),
                 external.constData());
        QVERIFY2(external.contains("sip                    3600 IN CNAME sipdir.online.lync.com."),
                 external.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString plan = oneSite();
        QTest::newRow("unknown phase")
            << QStringList{QStringLiteral("--to"), QStringLiteral("cloud")} << QStringLiteral("--to");
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << QStringLiteral("--format");
        QTest::newRow("powershell without -o")
            << QStringList{QStringLiteral("--format"), QStringLiteral("powershell")}
            << QStringLiteral("-o FILE.ps1");
        QTest::newRow("bind without --dir")
            << QStringList{QStringLiteral("--format"), QStringLiteral("bind")} << QStringLiteral("--dir");
        QTest::newRow("bind with -o") << QStringList{QStringLiteral("--format"), QStringLiteral("bind"),
                                                     QStringLiteral("-o"), QStringLiteral("x")}
                                      << QStringLiteral("--dir");
        QTest::newRow("csv with --dir") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                       QStringLiteral("--dir"), QStringLiteral("x")}
                                        << QStringLiteral("-o OUT");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(QStringList{QStringLiteral("migrate"), oneSite()} + arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
    }

    void unreadablePlan_exits2()
    {
        const Run r =
            run({QStringLiteral("migrate"), test::dataFile(QStringLiteral("migration/no-such.lyncplan"))});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
    }

    // Like certs: the rows of a plan with errors are written, the errors go to stderr, exit 1.
    void planWithErrors_writesRowsAndExits1()
    {
        const QString plan = test::dataFile(QStringLiteral("cli/invalid-address.lyncplan"));
        const Run r =
            run({QStringLiteral("migrate"), plan, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(r.out, changeSetToCsv(modelChangeSet(plan, MigrationPhase::TeamsOnly)));
        QVERIFY2(r.err.contains("error"), qPrintable(r.describe()));
    }

    void help_listsMigrate()
    {
        const Run r = run({QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("lyncdns migrate PLAN [--to hybrid|teams-only]"));
    }
};

QTEST_GUILESS_MAIN(TestMigrateCommand)
#include "tst_migratecommand.moc"
