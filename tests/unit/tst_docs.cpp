// The project's reference explains every id the program can emit (issue 10): each rule and
// requirement id in model/rules/ is in docs/reference/, each id written in the sources is in
// model/rules/, and README's and the reference's links stay inside the repository and resolve.

#include "model/rules/requirements.h"
#include "model/rules/ruleinfo.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace lyncdns;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("LYNCDNS_SOURCE_DIR");
}

QString readText(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Every docs/reference/*.md, as one text.
QString referenceText()
{
    QString text;
    const QDir dir(sourceDir() + QStringLiteral("/docs/reference"));
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files))
        text += readText(dir.filePath(name)) + QLatin1Char('\n');
    return text;
}

// An id as a word of its own: "R-LB1" is not found inside "R-LB10", "int-sip" not inside "int-sipfed".
bool mentions(const QString &text, const QString &id)
{
    const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9-])") + QRegularExpression::escape(id) +
                                  QStringLiteral("(?![A-Za-z0-9-])"));
    return word.match(text).hasMatch();
}

QStringList registeredIds()
{
    QStringList ids;
    for (const RuleInfo &r : ruleInfos())
        ids << QLatin1String(r.id);
    for (const RequirementInfo &r : requirementInfos())
        ids << QLatin1String(r.id);
    return ids;
}

// The ids a source text writes: rule ids anywhere (messages and comments name them too, e.g.
// "(R-SRV2)"), plan-consistency and requirement ids as string literals of their own.
QStringList idsIn(const QString &source)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("(?<![A-Za-z0-9-])(R-[A-Z]+[0-9]+)(?![A-Za-z0-9-])")),
        QRegularExpression(QStringLiteral("\"(P-[A-Z0-9]+(?:-[A-Z0-9]+)*)\"")),
        QRegularExpression(QStringLiteral("\"((?:int|ext)-[a-z0-9]+(?:-[a-z0-9]+)*)\"")),
    };
    QStringList ids;
    for (const QRegularExpression &re : patterns)
        for (auto it = re.globalMatch(source); it.hasNext();)
            ids << it.next().captured(1);
    return ids;
}

bool isRegistered(const QString &id)
{
    return ruleInfo(id) || requirementInfo(id);
}

} // namespace

class TestDocs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(
            QFileInfo::exists(sourceDir() + QStringLiteral("/README.md")),
            qPrintable(QStringLiteral("LYNCDNS_SOURCE_DIR is not the source tree: \"%1\"").arg(sourceDir())));
    }

    void registries_haveNoDuplicates()
    {
        QSet<QString> seen;
        QStringList twice;
        for (const QString &id : registeredIds()) {
            if (seen.contains(id))
                twice << id;
            seen.insert(id);
        }
        QVERIFY2(twice.isEmpty(),
                 qPrintable(QStringLiteral("registered twice: ") + twice.join(QStringLiteral(", "))));
    }

    void registeredIds_areExplainedInReference()
    {
        const QString docs = referenceText();
        QVERIFY(!docs.isEmpty());
        QStringList unexplained;
        for (const QString &id : registeredIds())
            if (!mentions(docs, id))
                unexplained << id;
        QVERIFY2(unexplained.isEmpty(),
                 qPrintable(
                     QStringLiteral("ids the program can emit that docs/reference/*.md does not explain: ") +
                     unexplained.join(QStringLiteral(", "))));
    }

    void registeredIds_haveTitlesAndSources()
    {
        QStringList incomplete;
        for (const RuleInfo &r : ruleInfos())
            if (!*r.title || !*r.whatToDo || !*r.severity)
                incomplete << QLatin1String(r.id);
        for (const RequirementInfo &r : requirementInfos())
            if (!*r.name || !*r.sources)
                incomplete << QLatin1String(r.id);
        QVERIFY2(incomplete.isEmpty(), qPrintable(incomplete.join(QStringLiteral(", "))));
    }

    // A new id written in model/, app/ or ui/ without a registry entry (and so without docs) fails.
    void sourceIds_areRegistered()
    {
        QStringList missing;
        int files = 0;
        for (const QString &folder : {QStringLiteral("model"), QStringLiteral("app"), QStringLiteral("ui")}) {
            QDirIterator it(sourceDir() + QLatin1Char('/') + folder,
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                ++files;
                for (const QString &id : idsIn(readText(file)))
                    if (!isRegistered(id))
                        missing << QStringLiteral("%1 (%2)").arg(id,
                                                                 QDir(sourceDir()).relativeFilePath(file));
            }
        }
        QVERIFY2(files > 50, qPrintable(QStringLiteral("only %1 source files found").arg(files)));
        missing.removeDuplicates();
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral("ids in the sources but not in model/rules/ (and so not in docs/): ") +
                       missing.join(QStringLiteral(", "))));
    }

    // The scan itself: an unregistered id is caught, a registered one and look-alikes are not.
    void idScan_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("unregistered");
        QTest::newRow("unknown rule in a literal")
            << QStringLiteral("error(\"R-FAKE9\", path, msg);") << QStringList{QStringLiteral("R-FAKE9")};
        QTest::newRow("unknown rule in a message") << QStringLiteral("tr(\"the target is a CNAME (R-SRV9)\")")
                                                   << QStringList{QStringLiteral("R-SRV9")};
        QTest::newRow("unknown plan id")
            << QStringLiteral("error(\"P-FAKE-ID\", p, m);") << QStringList{QStringLiteral("P-FAKE-ID")};
        QTest::newRow("unknown requirement")
            << QStringLiteral("b.addHost(in, n, a, \"int-fake-record\", true, r);")
            << QStringList{QStringLiteral("int-fake-record")};
        QTest::newRow("registered ids")
            << QStringLiteral("\"R-LB1\" \"P-MISSING\" \"ext-sipfed\" R-EXP6") << QStringList{};
        QTest::newRow("not ids") << QStringLiteral("\"int-\" \"external\" QR-CODE1 \"Lyncdiscoverint-int\"")
                                 << QStringList{};
    }

    void idScan()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, unregistered);
        QStringList found;
        for (const QString &id : idsIn(source))
            if (!isRegistered(id))
                found << id;
        QCOMPARE(found, unregistered);
    }

    // Links of the README and the reference: inside the repository, to files that exist.
    void links_stayInsideAndResolve_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("README.md") << QStringLiteral("README.md");
        const QDir dir(sourceDir() + QStringLiteral("/docs/reference"));
        for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files))
            QTest::newRow(qPrintable(name)) << QStringLiteral("docs/reference/") + name;
    }

    void links_stayInsideAndResolve()
    {
        QFETCH(QString, page);
        const QString text = readText(sourceDir() + QLatin1Char('/') + page);
        QVERIFY(!text.isEmpty());
        const QDir root(sourceDir());
        const QDir pageDir = QFileInfo(root.filePath(page)).dir();
        static const QRegularExpression link(QStringLiteral("\\]\\(([^)\\s]+)\\)"));
        QStringList bad;
        for (auto it = link.globalMatch(text); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (target.startsWith(QLatin1Char('#')))
                continue;
            if (target.contains(QLatin1String("://")) || target.startsWith(QLatin1String("mailto:"))) {
                bad << target + QStringLiteral(" (leaves the repository)");
                continue;
            }
            const QString file = QDir::cleanPath(pageDir.filePath(target.section(QLatin1Char('#'), 0, 0)));
            if (root.relativeFilePath(file).startsWith(QLatin1String("..")))
                bad << target + QStringLiteral(" (outside the repository)");
            else if (!QFileInfo::exists(file))
                bad << target + QStringLiteral(" (no such file)");
        }
        QVERIFY2(bad.isEmpty(), qPrintable(page + QStringLiteral(": ") + bad.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestDocs)
#include "tst_docs.moc"
