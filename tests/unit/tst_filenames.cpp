// The file names the program proposes (issue 12): Save As offers one from the plan's title, safe
// on Windows and Linux. Expectations written by hand from the rule in model/io/filenames.h.

#include "model/io/filenames.h"

#include <QTest>

using namespace lyncdns;

class TestFileNames : public QObject
{
    Q_OBJECT
private slots:
    void fromTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Contoso estate") << QStringLiteral("Contoso-estate");
        QTest::newRow("separators") << QStringLiteral("Contoso: Redmond/Dublin  (2026)")
                                    << QStringLiteral("Contoso-Redmond-Dublin-2026");
        QTest::newRow("kept") << QStringLiteral("pool_01.v2-final") << QStringLiteral("pool_01.v2-final");
        QTest::newRow("umlauts") << QStringLiteral("Zürich Süd") << QStringLiteral("Zürich-Süd");
        QTest::newRow("windows reserved")
            << QStringLiteral("a<b>c|d?e*f\"g\\h") << QStringLiteral("a-b-c-d-e-f-g-h");
        QTest::newRow("dots at the ends")
            << QStringLiteral("..hidden plan.") << QStringLiteral("hidden-plan");
        QTest::newRow("nothing usable") << QStringLiteral(" :/ ") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("control characters") << QStringLiteral("a\tb\nc") << QStringLiteral("a-b-c");
        QTest::newRow("long") << QString(100, QLatin1Char('x')) << QString(80, QLatin1Char('x'));
    }
    void fromTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QCOMPARE(fileBaseNameFromTitle(title), expected);
    }
};

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"
