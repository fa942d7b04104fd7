// The main window (issue #3): the live preview equals the planner's records, every item model
// behaves under QAbstractItemModelTester, autosave brings an unsaved plan back, and a finding
// takes the admin to the field it is about. A plan with errors is only exported when the admin
// chooses Export Anyway, and then stamped as a draft.

#include "model/check/qtdnsresolver.h"
#include "model/export/exportpolicy.h"
#include "model/itemmodels/recordtablemodel.h"
#include "model/plan/plandocument.h"
#include "model/plan/planwriter.h"
#include "model/planner/planner.h"
#include "tests/support/testsupport.h"
#include "ui/check/checkwindow.h"
#include "ui/report/reportactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/findingslist.h"
#include "ui/widgets/recordpreview.h"
#include "ui/wizard/pageids.h"
#include "ui/wizard/planpage.h"
#include "ui/wizard/planwizard.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lyncdns;

namespace {

QtMessageHandler g_previousHandler = nullptr;

// The offscreen platform warns on every resize of a shown window; nothing a test can act on.
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    g_previousHandler(type, context, message);
}

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
    void itemModels_passModelTester();
    void unsavedChange_isRecoveredByNextWindow();
    void recoveryDeclined_discardsAutosave();
    void findingActivated_jumpsToItsPage();
    void exportWithErrors_exportAnyway_writesDraft();
    void exportWithErrors_cancel_writesNothing();
    void exportValidPlan_neverAsks();
    void welcomeExamples_builtIn_openAsNewPlan();
    void twoCheckWindows_showTheProcessTimeoutReadOnly();

private:
    void verifyPreview(MainWindow &window);
};

void TestMainWindow::initTestCase()
{
    // Autosave, recent files and window state go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("lyncdns-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    qputenv("LYNCDNS_AUTOSAVE_MS", "50");
    g_previousHandler = qInstallMessageHandler(dropOffscreenNoise);
}

void TestMainWindow::init()
{
    QFile::remove(MainWindow::autosaveFileName());
    qunsetenv("LYNCDNS_RECOVER");
    MainWindow::setRecoveryPrompt({});
}

void TestMainWindow::cleanup()
{
    QFile::remove(MainWindow::autosaveFileName());
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
    QVERIFY(window.wizard()->goToPage(Page_Devices));
    auto *ntp = window.wizard()->currentPage()->findChild<QLineEdit *>(QStringLiteral("devices.ntpServer"));
    QVERIFY(ntp);
    ntp->selectAll();
    QTest::keyClicks(ntp, QStringLiteral("ntp.contoso.com"));
    QCOMPARE(window.document()->plan().devices.ntpServer, QStringLiteral("ntp.contoso.com"));
    verifyPreview(window);
    const QStringList internal = shownLines(window.preview()->proxy(Location::Internal));
    QVERIFY2(internal.join(QLatin1Char('\n')).contains(QStringLiteral("ntp.contoso.com")),
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

void TestMainWindow::unsavedChange_isRecoveredByNextWindow()
{
    Plan edited;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.wizard()->goToPage(Page_Product));
        auto *title = window.wizard()->currentPage()->findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(title);
        QTest::keyClicks(title, QStringLiteral("Not saved yet"));
        QVERIFY(window.document()->isModified());
        edited = window.document()->plan();
        QCOMPARE(edited.title, QStringLiteral("Not saved yet"));
        // The autosave timer (50 ms here) writes it; the window then "crashes": no close, no save.
        QTRY_VERIFY(QFile::exists(MainWindow::autosaveFileName()));
    }
    QVERIFY(QFile::exists(MainWindow::autosaveFileName()));

    bool asked = false;
    MainWindow::setRecoveryPrompt([&asked](QWidget *, const QDateTime &saved, const QString &original) {
        asked = true;
        return saved.isValid() && original.isEmpty();
    });
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.offerRecovery(), "the autosaved plan was not recovered");
    QVERIFY2(asked, "the admin was not asked before recovering");
    QVERIFY2(window.document()->plan() == edited, planToJson(window.document()->plan()).constData());
    QVERIFY2(window.document()->isModified(), "a recovered plan must still count as unsaved");
    QCOMPARE(window.wizard()->currentId(), int(Page_Product));
    auto *title = window.wizard()->currentPage()->findChild<QLineEdit *>(QStringLiteral("title"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Not saved yet"));
    verifyPreview(window);
}

void TestMainWindow::recoveryDeclined_discardsAutosave()
{
    {
        MainWindow window;
        window.document()->update([](Plan &p) { p.title = QStringLiteral("Thrown away"); });
        QVERIFY(window.autosave());
    }
    QVERIFY(QFile::exists(MainWindow::autosaveFileName()));
    qputenv("LYNCDNS_RECOVER", "no");
    bool asked = false;
    MainWindow::setRecoveryPrompt([&asked](QWidget *, const QDateTime &, const QString &) {
        asked = true;
        return true;
    });
    MainWindow window;
    QVERIFY(!window.offerRecovery());
    QVERIFY2(!asked, "LYNCDNS_RECOVER=no must answer without asking");
    QVERIFY(window.document()->plan().title.isEmpty());
    QVERIFY2(!QFile::exists(MainWindow::autosaveFileName()), "the declined autosave is still there");
    // Nothing left: the next start does not ask again.
    MainWindow next;
    QVERIFY(!next.offerRecovery());
}

void TestMainWindow::findingActivated_jumpsToItsPage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // R-LB5 (DNS load balancing needs round robin) is about the Front End's load balancing.
    QVERIFY(window.openPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan"))));
    QCOMPARE(window.wizard()->currentId(), int(Page_Product));
    FindingsList *list = window.findingsList();
    QTRY_VERIFY(list->count() > 0);
    QListWidgetItem *finding = nullptr;
    for (int i = 0; i < list->count() && !finding; ++i)
        if (list->item(i)->text().contains(QStringLiteral("R-LB5")))
            finding = list->item(i);
    QVERIFY2(finding, "no R-LB5 finding listed");
    const QString path = finding->data(FindingsList::PathRole).toString();
    QVERIFY2(path.startsWith(QStringLiteral("frontEnd")), qPrintable(path));

    list->setFocus(Qt::OtherFocusReason);
    list->setCurrentItem(finding);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(window.wizard()->currentId(), int(Page_FrontEnd));
    QWidget *field = window.wizard()->planPage(Page_FrontEnd)->fieldForPath(path);
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
                     text.contains(QLatin1String("P-ADDRESS frontEnd.servers[0].ipv4")),
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
    QCOMPARE(window.wizard()->currentId(), int(Page_Welcome));
    QListWidget *examples = nullptr;
    for (auto *list : window.wizard()->currentPage()->findChildren<QListWidget *>())
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
#include "tst_mainwindow.moc"
