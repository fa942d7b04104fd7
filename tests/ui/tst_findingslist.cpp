// The findings list (issue 12): each finding names its object in words, the same finding is listed
// once, activating one gives its path, and the severity colours read at 4.5:1 (WCAG AA) or more
// on both row colours, in a light and a dark palette.

#include "model/planner/planner.h"
#include "model/validator/validator.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/widgets/findingslist.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace lyncdns;

namespace {

// WCAG 2.x contrast, written out here from the definition (not the program's helper).
double linear(double v)
{
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double contrast(const QColor &a, const QColor &b)
{
    const auto l = [](const QColor &c) {
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = l(a), lb = l(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// What an item's text is painted in: its own foreground, else the palette's text.
QColor textColour(const QListWidgetItem *item, const QPalette &palette)
{
    const QBrush brush = item->foreground();
    return brush.style() == Qt::NoBrush ? palette.color(QPalette::Text) : brush.color();
}

QByteArray twoSitesWithBadAddress()
{
    return test::withEdits(test::readAll(test::dataFile(QStringLiteral("ui/two-sites.lyncplan"))),
                           {{"sites[0].frontEndPools[0].servers[1].ipv4", "\"10.10.10\""}});
}

} // namespace

class TestFindingsList : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { installTranslators(QStringLiteral("en")); } // plural forms
    void finding_namesItsObjectInWords();
    void sameFinding_listedOnce();
    void activation_givesThePath();
    void unchangedFindings_leaveTheListAsItWas();
    void severityColours_readOnBothRowColours();
};

void TestFindingsList::finding_namesItsObjectInWords()
{
    const Plan plan = test::planFromJson(twoSitesWithBadAddress());
    const Findings findings = validatePlan(plan, planRecords(plan));
    FindingsList list;
    list.setFindings(plan, findings);
    QListWidgetItem *found = nullptr;
    for (int i = 0; i < list.count() && !found; ++i)
        if (list.item(i)->data(FindingsList::RuleRole).toString() == QLatin1String("P-ADDRESS"))
            found = list.item(i);
    QVERIFY(found);
    // Errors first.
    QCOMPARE(list.item(0), found);
    // The object in words (where.h), then the message, then the rule; no JSON path on screen.
    QVERIFY2(
        found->text().startsWith(QStringLiteral(
            "site Redmond, Front End pool pool01.contoso.net, server 2 (fe02.contoso.net), IPv4 address: ")),
        qPrintable(found->text()));
    QVERIFY2(found->text().endsWith(QStringLiteral(" (P-ADDRESS)")), qPrintable(found->text()));
    QVERIFY(!found->text().contains(QStringLiteral("sites[")));
    QVERIFY(!found->toolTip().contains(QStringLiteral("sites[")));
    QCOMPARE(found->data(FindingsList::PathRole).toString(),
             QStringLiteral("sites[0].frontEndPools[0].servers[1].ipv4"));
    QCOMPARE(list.summary().left(7), QStringLiteral("1 error"));

    // A finding about the plan as a whole says so.
    list.setFindings(
        plan, {Finding{QStringLiteral("P-TEST"), Severity::Warning, QString(), QStringLiteral("whole")}});
    QCOMPARE(list.item(0)->text(), QStringLiteral("the plan as a whole: whole (P-TEST)"));
}

void TestFindingsList::sameFinding_listedOnce()
{
    const Plan plan = test::planFromJson(twoSitesWithBadAddress());
    const QString path = QStringLiteral("sites[0].edgePools[0].servers[0].accessIpv4");
    const Finding needed{QStringLiteral("R-EDGE9"), Severity::Error, path,
                         QStringLiteral("an IPv4 address is needed here")};
    Finding other = needed;
    other.path = QStringLiteral("sites[0].edgePools[1].servers[0].accessIpv4");
    FindingsList list;
    list.setFindings(plan, {needed, needed, other, needed});
    QCOMPARE(list.count(), 2);
    // Two Edge pools: the list tells them apart by name.
    QCOMPARE(list.item(0)->text(),
             QStringLiteral(
                 "site Redmond, Edge pool edge01.contoso.net, Edge server 1 (edge01.contoso.net), access "
                 "IPv4 address: an IPv4 address is needed here (R-EDGE9)"));
    QCOMPARE(list.item(1)->text(),
             QStringLiteral(
                 "site Redmond, Edge pool edge02.contoso.net, Edge server 1 (edge02.contoso.net), access "
                 "IPv4 address: an IPv4 address is needed here (R-EDGE9)"));
    QCOMPARE(list.summary(), QStringLiteral("2 errors"));
}

void TestFindingsList::activation_givesThePath()
{
    const Plan plan = test::planFromJson(twoSitesWithBadAddress());
    FindingsList list;
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    list.setFindings(plan, validatePlan(plan, planRecords(plan)));
    QSignalSpy spy(&list, &FindingsList::findingActivated);
    list.setCurrentRow(0);
    list.setFocus();
    QTest::keyClick(&list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("sites[0].frontEndPools[0].servers[1].ipv4"));

    // The current finding stays current when the plan is planned again after an edit.
    list.setCurrentRow(1);
    const QString current = list.currentItem()->text();
    list.setFindings(plan, validatePlan(plan, planRecords(plan)));
    QVERIFY(list.currentItem());
    QCOMPARE(list.currentItem()->text(), current);
}

void TestFindingsList::unchangedFindings_leaveTheListAsItWas()
{
    // Most edits change no finding: the list keeps its items (and so its layout, selection and
    // scroll position) instead of laying out every wrapped line again.
    const Plan plan = test::planFromJson(twoSitesWithBadAddress());
    const Findings findings = validatePlan(plan, planRecords(plan));
    QVERIFY(findings.size() > 1);
    FindingsList list;
    list.setFindings(plan, findings);
    QListWidgetItem *first = list.item(0);
    list.setCurrentRow(1);
    QSignalSpy summary(&list, &FindingsList::summaryChanged);
    list.setFindings(plan, findings);
    QCOMPARE(list.item(0), first);
    QCOMPARE(list.currentRow(), 1);
    QCOMPARE(summary.count(), 0);

    // One finding fewer: rebuilt, with the new count.
    list.setFindings(plan, findings.mid(1));
    QCOMPARE(list.count(), int(findings.size()) - 1);
    QCOMPARE(summary.count(), 1);
    // And no finding at all says so, once.
    list.setFindings(plan, {});
    QCOMPARE(list.count(), 1);
    QCOMPARE(list.item(0)->text(), QStringLiteral("No problems found."));
    list.setFindings(plan, {});
    QCOMPARE(list.count(), 1);
}

void TestFindingsList::severityColours_readOnBothRowColours()
{
    const Findings findings{
        {QStringLiteral("P-E"), Severity::Error, QString(), QStringLiteral("e")},
        {QStringLiteral("P-W"), Severity::Warning, QString(), QStringLiteral("w")},
        {QStringLiteral("P-I"), Severity::Info, QString(), QStringLiteral("i")},
    };
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2d, 0x2d, 0x2d));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    const Plan plan;
    for (const bool isDark : {false, true}) {
        FindingsList list;
        if (isDark)
            list.setPalette(dark);
        list.setFindings(plan, findings);
        QCOMPARE(list.count(), 3);
        const QPalette palette = list.palette();
        for (int i = 0; i < list.count(); ++i) {
            const QColor text = textColour(list.item(i), palette);
            for (QPalette::ColorRole background : {QPalette::Base, QPalette::AlternateBase}) {
                const double ratio = contrast(text, palette.color(background));
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QStringLiteral("%1 palette, %2 on %3: %4:1")
                                        .arg(isDark ? QStringLiteral("dark") : QStringLiteral("light"),
                                             list.item(i)->text(), palette.color(background).name())
                                        .arg(ratio, 0, 'f', 2)));
            }
        }
        if (!isDark) {
            // On the light palette errors and warnings have their own colour.
            QVERIFY(list.item(0)->foreground().style() != Qt::NoBrush);
            QVERIFY(list.item(1)->foreground().style() != Qt::NoBrush);
        }
    }
}

QTEST_MAIN(TestFindingsList)
#include "tst_findingslist.moc"
