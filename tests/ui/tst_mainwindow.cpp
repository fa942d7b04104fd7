// The main window (issue #3): the live preview equals the planner's records, every item model
// behaves under QAbstractItemModelTester, autosave brings an unsaved plan back (each window its
// own, never a live window's, issue 17), and a finding
// takes the admin to the field it is about. A plan with errors is only exported when the admin
// chooses Export Anyway, and then stamped as a draft.

#include "model/check/qtdnsresolver.h"
#include "model/export/exportpolicy.h"
#include "model/itemmodels/recordtablemodel.h"
#include "model/plan/autosavestore.h"
#include "model/plan/plandocument.h"
#include "model/plan/planreader.h"
#include "model/plan/planwriter.h"
#include "model/planner/planner.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/check/checkwindow.h"
#include "ui/report/reportactions.h"
#include "ui/shell/importsummary.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/certificatesview.h"
#include "ui/widgets/findingslist.h"
#include "ui/widgets/migrationview.h"
#include "ui/widgets/recordpreview.h"
#include "ui/wizard/pageids.h"
#include "ui/wizard/planeditor.h"
#include "ui/wizard/planpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace lyncdns;

namespace {

RecordSet recordsAt(const RecordSet &records, Location location)
{
    RecordSet out;
    for (const DnsRecord &r : records)
        if (r.location == location)
            out << r;
    return out;
}

// What a preview table shows, row by row through its proxy, as "name TYPE data" lines.
QStringList shownLines(const QAbstractItemModel *model)
{
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column : {int(RecordTableModel::NameColumn), int(RecordTableModel::TypeColumn),
                           int(RecordTableModel::DataColumn), int(RecordTableModel::TtlColumn)})
            cells << model->index(row, column).data().toString();
        lines << cells.join(QLatin1Char(' '));
    }
    return lines;
}

QStringList expectedLines(const RecordSet &records)
{
    QStringList lines;
    for (const DnsRecord &r : records)
        lines << QStringList{r.name, recordTypeName(r.type), r.data, QString::number(r.ttl)}.join(
            QLatin1Char(' '));
    return lines;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openExample_previewTablesEqualPlanRecords_data();
    void openExample_previewTablesEqualPlanRecords();
    void editInWizard_previewFollows();
    void twoSitePlan_editFrontEndAndSave_keepsTheOtherSite();
    void twoSitePlan_everySiteHasItsEditorAndRecords();
    void itemModels_passModelTester();
    void unsavedChange_isRecoveredByNextWindow();
    void recoveryDeclined_discardsAutosave();
    void twoWindows_autosaveToTheirOwnFiles();
    void newWindow_neverOffersLiveWindowsWork();
    void crashedWindow_isOfferedWithItsName();
    void saveAndCleanClose_removeAutosave();
    void recoveryDialog_discardOne_keepsTheOther();
    void findingActivated_jumpsToItsPage();
    void exportWithErrors_exportAnyway_writesDraft();
    void exportWithErrors_cancel_writesNothing();
    void exportValidPlan_neverAsks();
    void welcomeExamples_builtIn_openAsNewPlan();
    void twoCheckWindows_showTheProcessTimeoutReadOnly();
    void certificatesTab_copiesTheEdgeRequest();
    void importTopology_opensThePlanAndListsItsGaps();
    void migrationTab_showsNowAndAfterAndSavesBothScripts();

private:
    void verifyPreview(MainWindow &window);

    QTemporaryDir m_home;
};

void TestMainWindow::initTestCase()
{
    installTranslators(QStringLiteral("en")); // as main() does: the plural forms come from the catalogue
    // Autosave, recent files and window state go to a test location, never the user's; under a
    // home of this run's own, as other runs of this suite (other build trees) would otherwise
    // share it: their windows' autosaves are orphans here, and init() deletes them.
    QVERIFY2(m_home.isValid(), qPrintable(m_home.errorString()));
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(AutosaveStore::defaultDirectory().startsWith(m_home.path()),
             qPrintable(AutosaveStore::defaultDirectory()));
    QCoreApplication::setOrganizationName(QStringLiteral("lyncdns-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    qputenv("LYNCDNS_AUTOSAVE_MS", "50");
    test::installOffscreenNoiseFilter();
}

void TestMainWindow::init()
{
    // Every window's autosave, in the test location; earlier tests' windows end without a close.
    QDir(AutosaveStore::defaultDirectory()).removeRecursively();
    qunsetenv("LYNCDNS_RECOVER");
    MainWindow::setRecoveryPrompt({});
}

void TestMainWindow::cleanup()
{
    QDir(AutosaveStore::defaultDirectory()).removeRecursively();
    qunsetenv("LYNCDNS_RECOVER");
    MainWindow::setRecoveryPrompt({});
}

void TestMainWindow::verifyPreview(MainWindow &window)
{
    const RecordSet records = planRecords(window.document()->plan());
    for (Location location : {Location::Internal, Location::External}) {
        const QAbstractItemModel *shown = window.preview()->proxy(location);
        QVERIFY(shown);
        QStringList expected = expectedLines(recordsAt(records, location));
        expected.sort();
        const auto actual = [shown] {
            QStringList lines = shownLines(shown);
            lines.sort();
            return lines;
        };
        // The preview refreshes a moment after a change.
        QTRY_VERIFY2(
            actual() == expected,
            qPrintable(QStringLiteral("%1 preview differs from planRecords:%2")
                           .arg(locationName(location), test::describeDifference(expected, actual()))));
    }
}

void TestMainWindow::openExample_previewTablesEqualPlanRecords_data()
{
    QTest::addColumn<QString>("planFile");
    for (const QString &file : test::examplePlanFiles())
        QTest::newRow(qPrintable(file.section(QLatin1Char('/'), -1))) << file;
}

void TestMainWindow::openExample_previewTablesEqualPlanRecords()
{
    QFETCH(QString, planFile);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(planFile));
    QVERIFY2(window.document()->plan() == test::loadPlan(planFile),
             planToJson(window.document()->plan()).constData());
    verifyPreview(window);
}

void TestMainWindow::editInWizard_previewFollows()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(test::exampleFile(QStringLiteral("standard-edition.lyncplan"))));
    QVERIFY(window.editor()->goToPage(Page_Devices));
    auto *ntp = window.editor()->currentPage()->findChild<QLineEdit *>(QStringLiteral("devices.ntpServer"));
    QVERIFY(ntp);
    ntp->selectAll();
    QTest::keyClicks(ntp, QStringLiteral("ntp.contoso.com"));
    QCOMPARE(window.document()->plan().devices.ntpServer, QStringLiteral("ntp.contoso.com"));
    verifyPreview(window);
    const QStringList internal = shownLines(window.preview()->proxy(Location::Internal));
    QVERIFY2(internal.join(QLatin1Char('\n')).contains(QStringLiteral("ntp.contoso.com")),
             qPrintable(internal.join(QLatin1Char('\n'))));
}

namespace {

// Two central sites (plan-format.md, version 2), shared with tst_wizard: Redmond has two Front End,
// Director and Edge pools, and its first pools carry settings the wizard does not show (reverse
// proxy, partner, Edge priority): all of it must survive an edit of Redmond's first Front End pool.
QByteArray twoSitePlan()
{
    return test::readAll(test::dataFile(QStringLiteral("ui/two-sites.lyncplan")));
}

} // namespace

void TestMainWindow::twoSitePlan_editFrontEndAndSave_keepsTheOtherSite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("two-sites.lyncplan"));
    QVERIFY(test::writeAll(file, twoSitePlan()));
    PlanError error;
    const std::optional<Plan> opened = readPlanFile(file, &error);
    QVERIFY2(opened, qPrintable(error.toString()));
    QCOMPARE(opened->sites.size(), 2);

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(file));
    QVERIFY(window.editor()->goToPage(Page_FrontEnd));
    auto *vip = window.editor()->currentPage()->findChild<QLineEdit *>(
        QStringLiteral("sites[0].frontEndPools[0].webServices.internalVip"));
    QVERIFY(vip);
    QCOMPARE(vip->text(), QStringLiteral("10.10.10.5"));
    vip->setFocus(Qt::OtherFocusReason);
    vip->selectAll();
    QTest::keyClicks(vip, QStringLiteral("10.10.10.6"));
    QVERIFY(window.save());

    const std::optional<Plan> saved = readPlanFile(file, &error);
    QVERIFY2(saved, qPrintable(error.toString()));
    // The one value typed, and nothing else: Dublin, Redmond's second pool and the first pool's
    // reverseProxy and pairedWith are as they were.
    Plan expected = *opened;
    expected.sites[0].frontEndPools[0].webServices.internalVip = QStringLiteral("10.10.10.6");
    QVERIFY2(*saved == expected, qPrintable(test::describeDifference(
                                     QString::fromUtf8(planToJson(expected)).split(QLatin1Char('\n')),
                                     QString::fromUtf8(planToJson(*saved)).split(QLatin1Char('\n')))));
    QCOMPARE(saved->sites.at(1).name, QStringLiteral("Dublin"));
    QCOMPARE(saved->sites.at(0).frontEndPools.at(0).reverseProxy, QStringLiteral("rp-redmond"));
}

void TestMainWindow::twoSitePlan_everySiteHasItsEditorAndRecords()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("two-sites.lyncplan"));
    QVERIFY(test::writeAll(file, twoSitePlan()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(file));
    // Dublin's Front End pool opens in the same editor as Redmond's, its heading says which one.
    window.editor()->openElement(EstateRole::FrontEnd, 1, 0);
    QCOMPARE(window.editor()->currentId(), int(Page_FrontEnd));
    auto *fqdn = window.editor()->currentPage()->findChild<QLineEdit *>(
        QStringLiteral("sites[1].frontEndPools[0].fqdn"));
    QVERIFY(fqdn);
    QCOMPARE(fqdn->text(), QStringLiteral("pool03.contoso.net"));
    const auto *caption = window.findChild<QLabel *>(QStringLiteral("stepCaption"));
    QVERIFY(caption);
    QVERIFY2(caption->text().contains(QLatin1String("Dublin")), qPrintable(caption->text()));

    // Every site's records are in the preview, Dublin's too.
    verifyPreview(window);
    const QStringList internal = shownLines(window.preview()->proxy(Location::Internal));
    QVERIFY2(internal.join(QLatin1Char('\n')).contains(QLatin1String("pool03.contoso.net")),
             qPrintable(internal.join(QLatin1Char('\n'))));
}

void TestMainWindow::itemModels_passModelTester()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    const QList<QAbstractItemModel *> models = window.findChildren<QAbstractItemModel *>();
    QVERIFY2(models.size() >= 4, qPrintable(QStringLiteral("only %1 item models found").arg(models.size())));
    for (QAbstractItemModel *model : models)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));

    // Every kind of change the models see: whole plans replaced, small edits, a filter.
    for (const QString &file : test::examplePlanFiles()) {
        QVERIFY(window.openPlan(file));
        verifyPreview(window);
        if (QTest::currentTestFailed())
            return;
    }
    window.document()->update([](Plan &p) { p.sipDomains << QStringLiteral("fabrikam.com"); });
    verifyPreview(window);
    window.preview()->filterEdit()->setText(QStringLiteral("sip"));
    QTRY_VERIFY(window.preview()->proxy(Location::Internal)->rowCount() > 0);
    window.preview()->filterEdit()->clear();
    window.document()->reset(PlanDocument::newPlan(), QString());
    verifyPreview(window);
}

namespace {

// The plan an autosave file holds, or a failed test.
Plan autosavedPlan(const QString &fileName)
{
    PlanError error;
    const std::optional<Plan> plan = parsePlan(test::readAll(fileName), fileName, &error);
    if (!plan) {
        QTest::qFail(qPrintable(QStringLiteral("%1: %2").arg(fileName, error.toString())), __FILE__,
                     __LINE__);
        return Plan();
    }
    return *plan;
}

QString describe(const QList<AutosaveEntry> &orphans)
{
    QStringList out;
    for (const AutosaveEntry &e : orphans)
        out << QStringLiteral("%1 (file \"%2\", title \"%3\")").arg(e.fileName, e.planFileName, e.title);
    return QStringLiteral("offered: [%1]").arg(out.join(QStringLiteral(", ")));
}

} // namespace

void TestMainWindow::unsavedChange_isRecoveredByNextWindow()
{
    Plan edited;
    QString autosaveFile;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.editor()->goToPage(Page_Product));
        auto *title = window.editor()->currentPage()->findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(title);
        QTest::keyClicks(title, QStringLiteral("Not saved yet"));
        QVERIFY(window.document()->isModified());
        edited = window.document()->plan();
        QCOMPARE(edited.title, QStringLiteral("Not saved yet"));
        // The autosave timer (50 ms here) writes it; the window then "crashes": no close, no save.
        autosaveFile = window.autosaveFileName();
        QTRY_VERIFY(QFile::exists(autosaveFile));
    }
    QVERIFY(QFile::exists(autosaveFile));

    QList<AutosaveEntry> offered;
    MainWindow::setRecoveryPrompt([&offered](QWidget *, const QList<AutosaveEntry> &orphans) {
        offered = orphans;
        MainWindow::RecoveryChoice choice;
        if (orphans.size() == 1 && orphans.first().saved.isValid() && orphans.first().planFileName.isEmpty())
            choice.recoverId = orphans.first().id;
        return choice;
    });
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.offerRecovery(), qPrintable(describe(offered)));
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.first().title, QStringLiteral("Not saved yet"));
    QVERIFY2(window.document()->plan() == edited, planToJson(window.document()->plan()).constData());
    QVERIFY2(window.document()->isModified(), "a recovered plan must still count as unsaved");
    QVERIFY(window.document()->fileName().isEmpty());
    // The recovered autosave is now this window's, kept until the plan is saved.
    QCOMPARE(window.autosaveFileName(), autosaveFile);
    QVERIFY(QFile::exists(autosaveFile));
    QCOMPARE(window.editor()->currentId(), int(Page_Product));
    auto *title = window.editor()->currentPage()->findChild<QLineEdit *>(QStringLiteral("title"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Not saved yet"));
    verifyPreview(window);
}

void TestMainWindow::recoveryDeclined_discardsAutosave()
{
    QString autosaveFile;
    {
        MainWindow window;
        window.document()->update([](Plan &p) { p.title = QStringLiteral("Thrown away"); });
        QVERIFY(window.autosave());
        autosaveFile = window.autosaveFileName();
    }
    QVERIFY(QFile::exists(autosaveFile));
    qputenv("LYNCDNS_RECOVER", "no");
    bool asked = false;
    MainWindow::setRecoveryPrompt([&asked](QWidget *, const QList<AutosaveEntry> &orphans) {
        asked = true;
        return MainWindow::RecoveryChoice{orphans.first().id, {}};
    });
    MainWindow window;
    QVERIFY(!window.offerRecovery());
    QVERIFY2(!asked, "LYNCDNS_RECOVER=no must answer without asking");
    QVERIFY(window.document()->plan().title.isEmpty());
    QVERIFY2(!QFile::exists(autosaveFile), "the declined autosave is still there");
    // Nothing left: the next start does not ask again.
    qunsetenv("LYNCDNS_RECOVER");
    MainWindow next;
    QVERIFY(!next.offerRecovery());
    QVERIFY(!asked);
}

void TestMainWindow::twoWindows_autosaveToTheirOwnFiles()
{
    MainWindow first;
    MainWindow second;
    QVERIFY(first.openPlan(test::exampleFile(QStringLiteral("standard-edition.lyncplan"))));
    first.document()->update([](Plan &p) { p.title = QStringLiteral("First window"); });
    second.document()->update([](Plan &p) { p.title = QStringLiteral("Second window"); });
    QVERIFY(first.autosave());
    QVERIFY(second.autosave());
    QVERIFY2(first.autosaveFileName() != second.autosaveFileName(), qPrintable(first.autosaveFileName()));
    QCOMPARE(autosavedPlan(first.autosaveFileName()), first.document()->plan());
    QCOMPARE(autosavedPlan(second.autosaveFileName()), second.document()->plan());

    // Each window's later autosave replaces only its own.
    second.document()->update([](Plan &p) { p.title = QStringLiteral("Second window, edited"); });
    QVERIFY(second.autosave());
    QCOMPARE(autosavedPlan(first.autosaveFileName()).title, QStringLiteral("First window"));
    QCOMPARE(autosavedPlan(second.autosaveFileName()).title, QStringLiteral("Second window, edited"));
}

void TestMainWindow::newWindow_neverOffersLiveWindowsWork()
{
    MainWindow live;
    live.document()->update([](Plan &p) { p.title = QStringLiteral("Still being edited"); });
    QVERIFY(live.autosave());
    bool asked = false;
    MainWindow::setRecoveryPrompt([&asked](QWidget *, const QList<AutosaveEntry> &orphans) {
        asked = true;
        return MainWindow::RecoveryChoice{QString(), {orphans.first().id}};
    });
    for (const char *answer : {"", "yes", "no"}) {
        qputenv("LYNCDNS_RECOVER", answer);
        MainWindow next;
        QVERIFY2(!next.offerRecovery(), answer);
        QVERIFY2(!asked, "the new window was offered a live window's work");
        QVERIFY(next.document()->plan().title.isEmpty());
    }
    QVERIFY2(QFile::exists(live.autosaveFileName()), "a new window deleted a live window's autosave");
    QCOMPARE(autosavedPlan(live.autosaveFileName()).title, QStringLiteral("Still being edited"));
}

void TestMainWindow::crashedWindow_isOfferedWithItsName()
{
    const QString planFile =
        QFileInfo(test::exampleFile(QStringLiteral("standard-edition.lyncplan"))).absoluteFilePath();
    MainWindow survivor;
    survivor.document()->update([](Plan &p) { p.title = QStringLiteral("Survivor"); });
    QVERIFY(survivor.autosave());
    Plan crashedPlan;
    QString crashedFile;
    {
        auto crashed = std::make_unique<MainWindow>();
        QVERIFY(crashed->openPlan(planFile));
        crashed->document()->update([](Plan &p) { p.title = QStringLiteral("Crashed window"); });
        QVERIFY(crashed->autosave());
        crashedPlan = crashed->document()->plan();
        crashedFile = crashed->autosaveFileName();
        // Destroyed without a close: its lock is released, its autosave stays.
    }

    // Kept for later: offered with the plan's file and title, and left where it was.
    QList<AutosaveEntry> offered;
    MainWindow::setRecoveryPrompt([&offered](QWidget *, const QList<AutosaveEntry> &orphans) {
        offered = orphans;
        return MainWindow::RecoveryChoice();
    });
    {
        MainWindow keeping;
        QVERIFY(!keeping.offerRecovery());
    }
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.first().fileName, crashedFile);
    QCOMPARE(offered.first().planFileName, planFile);
    QCOMPARE(offered.first().title, QStringLiteral("Crashed window"));
    QVERIFY2(QFile::exists(crashedFile), "kept for later, but deleted");

    offered.clear();
    MainWindow::setRecoveryPrompt([&offered](QWidget *, const QList<AutosaveEntry> &orphans) {
        offered = orphans;
        return MainWindow::RecoveryChoice{orphans.first().id, {}};
    });
    MainWindow recovering;
    QVERIFY2(recovering.offerRecovery(), qPrintable(describe(offered)));
    QCOMPARE(offered.size(), 1);
    QVERIFY2(recovering.document()->plan() == crashedPlan,
             planToJson(recovering.document()->plan()).constData());
    QCOMPARE(recovering.document()->fileName(), planFile);
    QVERIFY(recovering.document()->isModified());
    QCOMPARE(autosavedPlan(survivor.autosaveFileName()).title, QStringLiteral("Survivor"));

    // Recovered, it is a live window's work again: nobody else is offered it.
    offered.clear();
    MainWindow another;
    QVERIFY(!another.offerRecovery());
    QVERIFY2(offered.isEmpty(), qPrintable(describe(offered)));
}

void TestMainWindow::saveAndCleanClose_removeAutosave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString planFile = dir.filePath(QStringLiteral("contoso.lyncplan"));
    QVERIFY(QFile::copy(test::exampleFile(QStringLiteral("standard-edition.lyncplan")), planFile));
    bool asked = false;
    MainWindow::setRecoveryPrompt([&asked](QWidget *, const QList<AutosaveEntry> &) {
        asked = true;
        return MainWindow::RecoveryChoice();
    });
    {
        MainWindow window;
        QVERIFY(window.openPlan(planFile));
        window.document()->update([](Plan &p) { p.title = QStringLiteral("Saved"); });
        QVERIFY(window.autosave());
        QVERIFY(QFile::exists(window.autosaveFileName()));
        QVERIFY(window.save());
        QVERIFY2(!QFile::exists(window.autosaveFileName()), "saved, but the autosave is still there");

        window.document()->update([](Plan &p) { p.title = QStringLiteral("Discarded"); });
        QVERIFY(window.autosave());
        QVERIFY(QFile::exists(window.autosaveFileName()));
        window.document()->setModified(false); // as if the admin chose Discard when closing
        QVERIFY(window.close());
        QVERIFY2(!QFile::exists(window.autosaveFileName()),
                 "closed cleanly, but the autosave is still there");
    }
    MainWindow next;
    QVERIFY(!next.offerRecovery());
    QVERIFY2(!asked, "a window that closed cleanly left something to recover");
}

void TestMainWindow::recoveryDialog_discardOne_keepsTheOther()
{
    QStringList files;
    for (const char *title : {"Older", "Newer"}) {
        MainWindow crashed;
        crashed.document()->update([title](Plan &p) { p.title = QLatin1String(title); });
        QVERIFY(crashed.autosave());
        files << crashed.autosaveFileName();
    }
    MainWindow window;
    // The real dialog, driven from the event loop it runs once it is shown: Discard the selected
    // (first) plan, then Keep for Later.
    QStringList shown;
    QTimer driver;
    driver.setInterval(0);
    connect(&driver, &QTimer::timeout, this, [&driver, &shown] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        driver.stop();
        // Whatever fails below, the dialog closes: exec() must not wait for ever.
        const auto closeAnyway = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        auto *list = dialog->findChild<QTreeWidget *>();
        QVERIFY(list);
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            shown << list->topLevelItem(i)->text(0);
        QPushButton *discard = nullptr, *keep = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Discard"))
                discard = button;
            else if (button->text() == QStringLiteral("&Keep for Later"))
                keep = button;
        }
        QVERIFY2(discard && keep, "no Discard or Keep for Later button");
        discard->click();
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(dialog->isVisible());
        keep->click();
        QVERIFY(!dialog->isVisible());
    });
    driver.start();
    QVERIFY(!window.offerRecovery());
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.contains(QStringLiteral("Older")) && shown.contains(QStringLiteral("Newer")),
             qPrintable(shown.join(QStringLiteral(", "))));
    // The first listed (the newest) was discarded, the other kept.
    const int discarded = shown.first() == QStringLiteral("Newer") ? 1 : 0;
    QVERIFY2(!QFile::exists(files.at(discarded)), qPrintable(files.at(discarded)));
    QVERIFY2(QFile::exists(files.at(1 - discarded)), qPrintable(files.at(1 - discarded)));
}

void TestMainWindow::findingActivated_jumpsToItsPage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // R-LB5 (DNS load balancing needs round robin) is about the Front End's load balancing.
    QVERIFY(window.openPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan"))));
    QCOMPARE(window.editor()->currentId(), int(Page_Product));
    FindingsList *list = window.findingsList();
    QTRY_VERIFY(list->count() > 0);
    QListWidgetItem *finding = nullptr;
    for (int i = 0; i < list->count() && !finding; ++i)
        if (list->item(i)->text().contains(QStringLiteral("R-LB5")))
            finding = list->item(i);
    QVERIFY2(finding, "no R-LB5 finding listed");
    const QString path = finding->data(FindingsList::PathRole).toString();
    QVERIFY2(path.startsWith(QStringLiteral("sites[0].frontEndPools[0].")), qPrintable(path));

    list->setFocus(Qt::OtherFocusReason);
    list->setCurrentItem(finding);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(window.editor()->currentId(), int(Page_FrontEnd));
    QWidget *field = window.editor()->planPage(Page_FrontEnd)->fieldForPath(path);
    QVERIFY2(field, qPrintable(path));
    QTRY_VERIFY2(field->hasFocus() || field->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QStringLiteral("focus is on %1, not on %2")
                                .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                                 : QStringLiteral("nothing"),
                                     field->objectName())));
}

namespace {

const QByteArray kDraftNotice = "DRAFT: this plan has 1 validation error; do not load into production DNS";

// Every file under dir, relative to it, sorted.
QStringList filesIn(const QString &dir)
{
    QStringList files;
    const QDir root(dir);
    QList<QString> pending{dir};
    while (!pending.isEmpty()) {
        const QDir d(pending.takeFirst());
        for (const QFileInfo &e :
             d.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (e.isDir())
                pending << e.filePath();
            else
                files << root.relativeFilePath(e.filePath());
        }
    }
    files.sort();
    return files;
}

} // namespace

void TestMainWindow::exportWithErrors_exportAnyway_writesDraft()
{
    QStringList asked; // what the prompt was shown, one planErrorsText per question
    setExportErrorsPrompt([&asked](QWidget *, const Findings &findings) {
        asked << planErrorsText(findings);
        return true;
    });
    const auto restore = qScopeGuard([] { setExportErrorsPrompt({}); });
    MainWindow window;
    QVERIFY(window.openPlan(test::dataFile(QStringLiteral("cli/invalid-address.lyncplan"))));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    QVERIFY(window.exportZoneFiles(dir.filePath(QStringLiteral("zones"))));
    QVERIFY(
        window.exportRecords(MainWindow::RecordFormat::PowerShell, dir.filePath(QStringLiteral("dns.ps1"))));
    QVERIFY(
        window.exportRecords(MainWindow::RecordFormat::Json, dir.filePath(QStringLiteral("records.json"))));
    auto *report = window.findChild<ReportActions *>();
    QVERIFY(report);
    QVERIFY(report->exportReport(ReportFormat::Html, dir.filePath(QStringLiteral("report.html"))));

    QCOMPARE(asked.size(), 4); // once per export
    for (const QString &text : std::as_const(asked))
        QVERIFY2(text.startsWith(QLatin1String("The plan has 1 validation error:")) &&
                     text.contains(QLatin1String("P-ADDRESS sites[0].frontEndPools[0].servers[0].ipv4")),
                 qPrintable(text));

    const QStringList files = filesIn(dir.path());
    QVERIFY2(files.contains(QStringLiteral("zones/internal/named.conf.zones")), qPrintable(files.join(u' ')));
    for (const QString &name : files) {
        const QByteArray content = test::readAll(dir.filePath(name));
        if (name.endsWith(QLatin1String(".zone")))
            QVERIFY2(content.startsWith(QByteArray("; " + kDraftNotice + '\n')), qPrintable(name));
        else if (name.endsWith(QLatin1String(".zones")))
            QVERIFY2(content.startsWith(QByteArray("// " + kDraftNotice + '\n')), qPrintable(name));
        else if (name.endsWith(QLatin1String(".ps1")))
            QVERIFY2(content.startsWith(QByteArray("# " + kDraftNotice + '\n')), qPrintable(name));
        else if (name.endsWith(QLatin1String(".json")))
            QCOMPARE(QJsonDocument::fromJson(content).object().value(QStringLiteral("draft")).toBool(), true);
        else
            QVERIFY2(content.contains(kDraftNotice), qPrintable(name));
    }
}

void TestMainWindow::exportWithErrors_cancel_writesNothing()
{
    int asked = 0;
    setExportErrorsPrompt([&asked](QWidget *, const Findings &) {
        ++asked;
        return false;
    });
    const auto restore = qScopeGuard([] { setExportErrorsPrompt({}); });
    MainWindow window;
    QVERIFY(window.openPlan(test::dataFile(QStringLiteral("cli/invalid-address.lyncplan"))));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    QVERIFY(!window.exportZoneFiles(dir.filePath(QStringLiteral("zones"))));
    for (const auto format : {MainWindow::RecordFormat::Csv, MainWindow::RecordFormat::Json,
                              MainWindow::RecordFormat::PowerShell})
        QVERIFY(!window.exportRecords(format, dir.filePath(QStringLiteral("records"))));
    auto *report = window.findChild<ReportActions *>();
    QVERIFY(report);
    QVERIFY(!report->exportReport(ReportFormat::Pdf, dir.filePath(QStringLiteral("report.pdf"))));
    QCOMPARE(asked, 5);
    QVERIFY2(filesIn(dir.path()).isEmpty(), qPrintable(filesIn(dir.path()).join(u' ')));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("zones"))));
}

void TestMainWindow::exportValidPlan_neverAsks()
{
    bool asked = false;
    setExportErrorsPrompt([&asked](QWidget *, const Findings &) {
        asked = true;
        return false;
    });
    const auto restore = qScopeGuard([] { setExportErrorsPrompt({}); });
    MainWindow window;
    QVERIFY(window.openPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan"))));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(window.exportZoneFiles(dir.filePath(QStringLiteral("zones"))));
    QVERIFY(
        window.exportRecords(MainWindow::RecordFormat::PowerShell, dir.filePath(QStringLiteral("dns.ps1"))));
    QVERIFY2(!asked, "a plan without errors was questioned");
    for (const QString &name : filesIn(dir.path()))
        QVERIFY2(!test::readAll(dir.filePath(name)).contains("DRAFT"), qPrintable(name));
}

void TestMainWindow::welcomeExamples_builtIn_openAsNewPlan()
{
    // Not installed: the examples come from the program's resources, not from a build path.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.editor()->currentId(), int(Page_Welcome));
    QListWidget *examples = nullptr;
    for (auto *list : window.editor()->currentPage()->findChildren<QListWidget *>())
        if (list->accessibleName() == QLatin1String("Example plans"))
            examples = list;
    QVERIFY(examples);
    QStringList shown;
    for (int row = 0; row < examples->count(); ++row)
        shown << examples->item(row)->data(Qt::UserRole).toString().section(QLatin1Char('/'), -1);
    QStringList expected;
    for (const QString &file : test::examplePlanFiles())
        expected << file.section(QLatin1Char('/'), -1);
    expected.sort();
    QVERIFY2(shown == expected, qPrintable(test::describeDifference(expected, shown)));
    QVERIFY2(examples->item(0)->data(Qt::UserRole).toString().startsWith(QLatin1String(":/examples/")),
             qPrintable(examples->item(0)->data(Qt::UserRole).toString()));

    // An example opens as an untitled plan: saving never tries to write into the resources.
    const QString file = examples->item(0)->data(Qt::UserRole).toString();
    emit examples->itemActivated(examples->item(0));
    QVERIFY2(window.document()->fileName().isEmpty(), qPrintable(window.document()->fileName()));
    QVERIFY(window.document()->plan() ==
            test::loadPlan(test::exampleFile(file.section(QLatin1Char('/'), -1))));
}

void TestMainWindow::twoCheckWindows_showTheProcessTimeoutReadOnly()
{
    // What main() does before any window exists; only the first call in a process counts.
    setProcessDnsTimeout(4);
    const int seconds = processDnsTimeout();
    const QByteArray resOptions = qgetenv("RES_OPTIONS");
    QCOMPARE(resOptions, QStringLiteral("timeout:%1 attempts:1").arg(seconds).toLatin1());

    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("hlb-edge.lyncplan")));
    CheckWindow first(plan, QString());
    CheckWindow second(plan, QString());
    for (CheckWindow *window : {&first, &second}) {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *timeout = window->findChild<QSpinBox *>(QStringLiteral("check.timeout"));
        QVERIFY(timeout);
        QVERIFY(timeout->isReadOnly());
        QCOMPARE(timeout->value(), seconds);
        timeout->setFocus();
        QTest::keyClick(timeout, Qt::Key_Up);
        QTest::keyClicks(timeout, QStringLiteral("9"));
        QCOMPARE(timeout->value(), seconds);
    }
    QCOMPARE(qgetenv("RES_OPTIONS"), resOptions);
}

QTEST_MAIN(TestMainWindow)
// Issue 14: the Certificates tab. examples/ee-dnslb-single-edge-nat.lyncplan has one Edge pool
// lsedge.contoso.net for contoso.com; Microsoft's Edge table: subject sip.contoso.com, SANs
// sip.contoso.com and webcon.contoso.com, plus sipexternal.contoso.com which the plan's host
// records make clients reach and the wizard does not add; the A/V name av.contoso.com is not on it.
void TestMainWindow::certificatesTab_copiesTheEdgeRequest()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan"))));
    CertificatesView *view = window.certificatesView();
    QVERIFY(view);
    // Derived only once the tab is shown.
    QCOMPARE(view->list()->topLevelItemCount(), 0);
    window.showCertificates();
    QTRY_VERIFY(view->list()->topLevelItemCount() > 0);
    // Readable at 1280x800 without sideways scrolling (issue 12).
    QTRY_VERIFY2(view->list()->header()->length() <= view->list()->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(view->list()->header()->length())
                                .arg(view->list()->viewport()->width())));

    const auto selectRow = [view](const QString &title) {
        for (int i = 0; i < view->list()->topLevelItemCount(); ++i)
            if (view->list()->topLevelItem(i)->text(0) == title) {
                view->list()->setCurrentItem(view->list()->topLevelItem(i));
                return true;
            }
        return false;
    };
    QVERIFY(selectRow(QStringLiteral("Edge, external")));
    QCOMPARE(view->current()->subject, QStringLiteral("sip.contoso.com"));
    QTest::mouseClick(view->copyNamesButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("sip.contoso.com\nsipexternal.contoso.com\nwebcon.contoso.com\n"));
    const QString details = view->details()->toPlainText();
    QVERIFY2(details.contains(QLatin1String("sipexternal.contoso.com   (add by hand")), qPrintable(details));
    QVERIFY2(!details.contains(QLatin1String("av.contoso.com\n")), qPrintable(details));
    QTest::mouseClick(view->copyRequestButton(), Qt::LeftButton);
    const QString inf = QApplication::clipboard()->text();
    QVERIFY2(inf.contains(QLatin1String("Subject = \"CN=sip.contoso.com\"")), qPrintable(inf));
    QVERIFY2(inf.contains(QLatin1String("_continue_ = \"dns=webcon.contoso.com&\"")), qPrintable(inf));
    QVERIFY2(inf.contains(QLatin1String("Exportable = TRUE")), qPrintable(inf));

    // An edit re-derives the list and keeps the selected certificate selected.
    window.document()->update([](Plan &plan) {
        plan.sites[0].edgePools[0].webConferencingFqdn = QStringLiteral("conf.contoso.com");
    });
    QTRY_VERIFY(view->current() && view->current()->sans.contains(QStringLiteral("conf.contoso.com")));
    QCOMPARE(view->list()->currentItem()->text(0), QStringLiteral("Edge, external"));

    QTest::mouseClick(view->copyAllButton(), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().startsWith(
        QLatin1String("role,site,pool,subject,san,usage,notes\n")));
}

// Issue 16: File > Import Topology. tests/data/import/two-site.published.xml is the two-site estate
// whose plan tests/data/import/expected-two-site.lyncplan was written by hand; the first Front End
// server's address is 0.0.0.0 in the topology, so its IPv4 address is a gap.
void TestMainWindow::importTopology_opensThePlanAndListsItsGaps()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.importTopologyFile(test::dataFile(QStringLiteral("import/two-site.published.xml"))));
    QVERIFY2(window.document()->plan() ==
                 test::loadPlan(test::dataFile(QStringLiteral("import/expected-two-site.lyncplan"))),
             planToJson(window.document()->plan()).constData());
    QVERIFY(window.document()->fileName().isEmpty());
    QVERIFY(window.document()->isModified());

    ImportSummary *summary = window.importSummary();
    QVERIFY(summary);
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->summaryText().contains(QLatin1String("2 central sites")),
             qPrintable(summary->summaryText()));
    QTreeWidget *gaps = summary->gapList();
    QTreeWidgetItem *server = nullptr;
    for (int i = 0; i < gaps->topLevelItemCount() && !server; ++i)
        if (gaps->topLevelItem(i)->toolTip(0) == QLatin1String("sites[0].frontEndPools[0].servers[0].ipv4"))
            server = gaps->topLevelItem(i);
    QVERIFY(server);
    // In words, not as a JSON path.
    QVERIFY2(server->text(0).contains(QLatin1String("server 1")) &&
                 !server->text(0).contains(QLatin1Char('[')),
             qPrintable(server->text(0)));
    gaps->setFocus(Qt::OtherFocusReason);
    gaps->setCurrentItem(server);
    QTest::keyClick(gaps, Qt::Key_Return);
    QCOMPARE(window.editor()->currentId(), int(Page_FrontEnd));

    // A file that is not a topology leaves the plan as it was.
    window.document()->setModified(false);
    const Plan before = window.document()->plan();
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(!window.importTopologyFile(test::dataFile(QStringLiteral("import/garbage.xml"))));
    QVERIFY(window.document()->plan() == before);
}

// Issue 15: the Migration tab. tests/data/migration/one-site.lyncplan is in hybrid with Autodiscover
// as a CNAME to webext.contoso.com; moving to Teams Only (commercial cloud), plan-format.md rule 12
// makes lyncdiscover.contoso.com a CNAME to webdir.online.lync.com: a change, made in the runbook's
// DNS step (3: after lowering the TTLs and moving the users).
namespace {
QString g_savedScript;
QString saveScriptTo(QWidget *, const QString &)
{
    return g_savedScript;
}
} // namespace

void TestMainWindow::migrationTab_showsNowAndAfterAndSavesBothScripts()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(test::dataFile(QStringLiteral("migration/one-site.lyncplan"))));
    MigrationView *view = window.migrationView();
    QCOMPARE(view->changeList()->topLevelItemCount(), 0); // derived once the tab is shown
    window.showMigration();
    QTRY_VERIFY(view->changeList()->topLevelItemCount() > 0);
    QCOMPARE(view->targetBox()->currentText(), QStringLiteral("Teams Only"));

    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < view->changeList()->topLevelItemCount() && !row; ++i) {
        QTreeWidgetItem *item = view->changeList()->topLevelItem(i);
        if (item->text(3) == QLatin1String("lyncdiscover.contoso.com") &&
            item->text(2) == QLatin1String("external"))
            row = item;
    }
    QVERIFY(row);
    QCOMPARE(row->text(0), QStringLiteral("3"));
    QCOMPARE(row->text(1), QStringLiteral("change"));
    QCOMPARE(row->text(4), QStringLiteral("CNAME"));
    QCOMPARE(row->text(5), QStringLiteral("webext.contoso.com"));
    QCOMPARE(row->text(6), QStringLiteral("webdir.online.lync.com"));
    // Unchanged records only on request.
    const int changes = view->changeList()->topLevelItemCount();
    view->showKeptBox()->setChecked(true);
    QVERIFY(view->changeList()->topLevelItemCount() > changes);
    QVERIFY(view->runbook()->toPlainText().contains(
        QLatin1String("Grant-CsTeamsUpgradePolicy -PolicyName UpgradeToTeams -Global")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    g_savedScript = dir.filePath(QStringLiteral("cutover.ps1"));
    MigrationView::setSaveFilePrompt(saveScriptTo);
    const auto restore = qScopeGuard([] { MigrationView::setSaveFilePrompt(nullptr); });
    QTest::mouseClick(view->saveScriptsButton(), Qt::LeftButton);
    QVERIFY(test::readAll(g_savedScript).contains("webdir.online.lync.com"));
    QVERIFY(
        test::readAll(dir.filePath(QStringLiteral("cutover.rollback.ps1"))).contains("webext.contoso.com"));
}

#include "tst_mainwindow.moc"
