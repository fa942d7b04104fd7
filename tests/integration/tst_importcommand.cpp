// `lyncdns import` against cli.md ("Import"): the plan on stdout or written atomically with -o, one
// stderr line per gap with its JSON path, exit 1 while gaps remain and 2 for a file that is not a
// topology; the written plan loads and `lyncdns validate` runs on it. What the plan holds is
// tst_topologyimport's business; here the command must write exactly the model's plan.

#include "model/import/topologyfile.h"
#include "model/plan/planreader.h"
#include "model/plan/planwriter.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFileInfo>
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

QString importFile(const char *name)
{
    return test::dataFile(QStringLiteral("import/") + QLatin1String(name));
}

QStringList stderrLines(const Run &r)
{
    return QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void toStdout_writesPlanAndGapLines_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("published UTF-16") << importFile("two-site.published.utf16.xml");
        QTest::newRow("tbxml") << importFile("two-site.tbxml");
        QTest::newRow("zip") << importFile("two-site-config.zip");
    }

    // The plan on stdout is the model's, byte for byte; stderr holds the notes, then one
    // "<json path>: <what>" line per gap; gaps remain, so exit 1.
    void toStdout_writesPlanAndGapLines()
    {
        QFETCH(QString, file);
        const Run r = run({QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const ImportResult model = importTopology(file);
        QVERIFY(model.plan);
        QCOMPARE(r.out, planToJson(*model.plan));
        QStringList expected;
        for (const QString &note : model.notes)
            expected << QStringLiteral("note: ") + note;
        for (const ImportGap &gap : model.gaps)
            expected << gap.jsonPath + QStringLiteral(": ") + gap.what;
        QCOMPARE(stderrLines(r), expected);
        QVERIFY(stderrLines(r).contains(QStringLiteral("sites[0].reverseProxies[0].publicIpv4: the reverse "
                                                       "proxy's public address (not in a topology)")));
    }

    // -o writes the plan (nothing on stdout); it loads as the same plan, and validate runs on it:
    // the missing addresses are validation problems (exit 1), never an unreadable plan (exit 2).
    void outputFile_loadsAndValidates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("estate.lyncplan"));
        const Run r =
            run({QStringLiteral("import"), importFile("two-site.published.xml"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        const Plan written = test::loadPlan(out);
        const ImportResult model = importTopology(importFile("two-site.published.xml"));
        QVERIFY(model.plan);
        QVERIFY(written == *model.plan);
        const Run validate = run({QStringLiteral("validate"), out});
        QVERIFY2(validate.exitCode == 1 && !validate.crashed, qPrintable(validate.describe()));
        QVERIFY2(!validate.err.contains("expected"), qPrintable(validate.describe()));
        // Every error validate finds is at a path the import listed as a gap: the admin who fills
        // in the gaps is left with no error the import did not announce.
        QStringList gapPaths;
        for (const ImportGap &gap : model.gaps)
            gapPaths << gap.jsonPath;
        int errors = 0;
        for (const QString &line : QString::fromUtf8(validate.out).split(QLatin1Char('\n'))) {
            const QStringList columns = line.simplified().split(QLatin1Char(' '));
            if (columns.size() < 3 || columns.at(0) != QLatin1String("error"))
                continue;
            ++errors;
            const QString path = columns.at(2).chopped(1); // "path:"
            QVERIFY2(gapPaths.contains(path), qPrintable(line));
        }
        QVERIFY2(errors > 0, qPrintable(validate.describe()));
    }

    void unreadable_exits2WithOneLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << importFile("garbage.xml") << QStringLiteral("neither");
        QTest::newRow("truncated") << importFile("truncated.xml") << QStringLiteral("truncated");
        QTest::newRow("XML bomb") << importFile("xml-bomb.xml") << QStringLiteral("DTD");
        QTest::newRow("zip without DocItemSet.xml")
            << importFile("no-docitemset.zip") << QStringLiteral("expected DocItemSet.xml");
        QTest::newRow("damaged zip") << importFile("truncated.zip") << QStringLiteral("damaged");
    }

    // Exit 2 with one error line naming the file; nothing on stdout, and -o leaves no file behind.
    void unreadable_exits2WithOneLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("plan.lyncplan"));
        const Run r = run({QStringLiteral("import"), file, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        const QStringList lines = stderrLines(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("lyncdns: ") + file + QLatin1Char(':')),
                 qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(expected), qPrintable(lines.first()));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void usage_exits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no file") << QStringList{QStringLiteral("import")};
        QTest::newRow("two files") << QStringList{QStringLiteral("import"), importFile("two-site.tbxml"),
                                                  importFile("two-site.published.xml")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("import"), importFile("two-site.tbxml"), QStringLiteral("--lookup"),
                           QStringLiteral("10.0.0.1")};
        // --resolve itself runs against a real DNS server in tst_importresolve.
        QTest::newRow("--resolve without a server") << QStringList{
            QStringLiteral("import"), importFile("two-site.tbxml"), QStringLiteral("--resolve")};
        QTest::newRow("--resolve with a host name")
            << QStringList{QStringLiteral("import"), importFile("two-site.tbxml"),
                           QStringLiteral("--resolve"), QStringLiteral("dns01.contoso.net")};
    }

    void usage_exits2()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("lyncdns --help"), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
