// The Check DNS window (issue 13) on the offscreen platform, its servers played by a scripted
// resolver: results an admin can act on (severity, the required/optional split, the fix, the
// requirement by name, the server asked), and Save Fix Script / Save Change List writing what
// fixplan.h makes to the file the admin chose, enabled only when there is something to fix.

#include "model/check/checkplan.h"
#include "model/check/fixplan.h"
#include "model/itemmodels/checkresultmodel.h"
#include "model/planner/planner.h"
#include "model/rules/requirements.h"
#include "tests/support/fakeresolver.h"
#include "tests/support/testsupport.h"
#include "ui/check/checkwindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace lyncdns;

namespace {

const QString kInternal = QStringLiteral("10.0.0.53");
const QString kExternal = QStringLiteral("192.0.2.53");

QtMessageHandler g_previousHandler = nullptr;

// The offscreen platform warns on every resize of a shown window; nothing a test can act on.
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    g_previousHandler(type, context, message);
}

// How the scripted servers answer: every planned record as planned, or nothing at all (NXDOMAIN).
enum class Answers
{
    AsPlanned,
    Nothing
};

void useResolver(const Plan &plan, Answers answers)
{
    const QList<CheckItem> items = checkItems(plan, planRecords(plan));
    CheckWindow::setResolverFactory([items, answers]() -> std::unique_ptr<DnsResolver> {
        auto resolver = std::make_unique<test::FakeResolver>();
        resolver->setDefaultDelay(1);
        if (answers == Answers::AsPlanned)
            for (const CheckItem &i : items)
                if (!i.mustNotResolve)
                    resolver->setAnswer(i.location == Location::Internal ? kInternal : kExternal, i.name,
                                        i.type, i.expected);
        return resolver;
    });
}

struct Window
{
    explicit Window(const Plan &plan, const QString &fileName)
        : window(plan, fileName)
    {
    }
    CheckWindow window;
    QLineEdit *internal() const
    {
        return window.findChild<QLineEdit *>(QStringLiteral("check.internalServer"));
    }
    QLineEdit *external() const
    {
        return window.findChild<QLineEdit *>(QStringLiteral("check.externalServer"));
    }
    QPushButton *button(const char *name) const
    {
        return window.findChild<QPushButton *>(QLatin1String(name));
    }
    QTableView *results() const { return window.findChild<QTableView *>(QStringLiteral("check.results")); }
    QString summary() const { return window.findChild<QLabel *>(QStringLiteral("check.summary"))->text(); }

    // Shows the window, runs the check against the scripted servers and waits for the end.
    bool run()
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        internal()->setText(kInternal);
        external()->setText(kExternal);
        QTest::mouseClick(button("check.run"), Qt::LeftButton);
        return QTest::qWaitFor([this] { return !window.isRunning() && window.hasResults(); }, 10000);
    }
};

} // namespace

class TestCheckWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lyncdns-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_checkwindow"));
        g_previousHandler = qInstallMessageHandler(dropOffscreenNoise);
    }
    void cleanup()
    {
        CheckWindow::setResolverFactory({});
        CheckWindow::setSaveFilePrompt({});
    }

    void nothingAnswered_showsSeverityFixAndRequirementByName();
    void saveFixScript_writesTheChangesToTheChosenFile();
    void saveChangeList_fromTheKeyboard_writesTheCsv();
    void saveCancelled_writesNothing();
    void everythingAsPlanned_leavesNothingToSave();
};

// Every name NXDOMAIN: required records are problems with a fix, optional ones notices, worst
// first; each row names the server it came from, and the details say the requirement in words.
void TestCheckWindow::nothingAnswered_showsSeverityFixAndRequirementByName()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
    useResolver(plan, Answers::Nothing);
    Window w(plan, QStringLiteral("/tmp/contoso.lyncplan"));
    QVERIFY(!w.button("check.saveFixScript")->isEnabled()); // nothing checked yet
    QVERIFY(w.run());

    const QAbstractItemModel *model = w.results()->model();
    int critical = 0, notices = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model->index(row, column).data(role);
        };
        const auto severity = StatusSeverity(cell(0, CheckResultModel::SeverityRole).toInt());
        const QString name = cell(CheckResultModel::NameColumn).toString();
        const bool required = cell(0, CheckResultModel::RequiredRole).toBool();
        const bool mustNotResolve =
            cell(CheckResultModel::ExpectedColumn).toString() == QLatin1String("(must not resolve)");
        if (mustNotResolve)
            continue; // NXDOMAIN is what those want
        QCOMPARE(cell(0, CheckResultModel::StatusRole).toInt(), int(CheckStatus::Missing));
        QCOMPARE(cell(CheckResultModel::ServerColumn).toString(),
                 cell(CheckResultModel::LocationColumn).toString() == QLatin1String("Internal") ? kInternal
                                                                                                : kExternal);
        QCOMPARE(cell(CheckResultModel::RequiredColumn).toString(),
                 required ? QStringLiteral("Required") : QStringLiteral("Optional"));
        if (required) {
            ++critical;
            QVERIFY2(severity == StatusSeverity::Critical, qPrintable(name));
            QVERIFY2(!cell(CheckResultModel::FixColumn).toString().isEmpty(), qPrintable(name));
            QVERIFY(cell(0, CheckResultModel::ProblemRole).toBool());
        } else {
            ++notices;
            QVERIFY2(severity == StatusSeverity::Notice, qPrintable(name));
            QVERIFY(!cell(0, CheckResultModel::ProblemRole).toBool());
        }
        QCOMPARE(
            model->index(row, CheckResultModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().name(),
            CheckResultModel::severityIcon(severity).name());
    }
    QVERIFY(critical > 0);
    QVERIFY(notices > 0);
    // Worst first once the answers are in: problems on top, then the notices, then ok.
    QVERIFY(model->index(0, 0).data(CheckResultModel::ProblemRole).toBool());
    const auto lastSeverity =
        StatusSeverity(model->index(model->rowCount() - 1, 0).data(CheckResultModel::SeverityRole).toInt());
    QVERIFY(lastSeverity == StatusSeverity::Ok || lastSeverity == StatusSeverity::Notice);
    QVERIFY2(w.summary().contains(QLatin1String("change")), qPrintable(w.summary()));

    // The details of the first required row: its fix and its requirement in words, with the id.
    int first = -1;
    for (int row = 0; row < model->rowCount() && first < 0; ++row)
        if (model->index(row, 0).data(CheckResultModel::ProblemRole).toBool())
            first = row;
    QVERIFY(first >= 0);
    w.results()->setFocus();
    w.results()->setCurrentIndex(model->index(first, CheckResultModel::NameColumn));
    const QString details =
        w.window.findChild<QTextBrowser *>(QStringLiteral("check.details"))->toPlainText();
    const QString fix = model->index(first, CheckResultModel::FixColumn).data().toString();
    QVERIFY2(details.contains(fix), qPrintable(details));
    const QString requirement =
        model->index(first, CheckResultModel::RequiredColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(requirement.contains(QLatin1Char('(')), qPrintable(requirement)); // "Name (id)"
    QVERIFY2(details.contains(requirement.section(QStringLiteral(": "), 1)), qPrintable(details));
    QVERIFY2(details.contains(kInternal) || details.contains(kExternal), qPrintable(details));

    QVERIFY(w.button("check.saveFixScript")->isEnabled());
    QVERIFY(w.button("check.saveChangeList")->isEnabled());
}

void TestCheckWindow::saveFixScript_writesTheChangesToTheChosenFile()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
    useResolver(plan, Answers::Nothing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("fix.ps1"));
    QStringList asked;
    CheckWindow::setSaveFilePrompt(
        [&](QWidget *, const QString &caption, const QString &suggested, const QString &filter) -> QString {
            asked << caption << suggested << filter;
            return target;
        });
    Window w(plan, dir.filePath(QStringLiteral("contoso.lyncplan")));
    QVERIFY(w.run());
    QTest::mouseClick(w.button("check.saveFixScript"), Qt::LeftButton);

    QCOMPARE(asked.value(0), QStringLiteral("Save Fix Script"));
    QVERIFY2(asked.value(1).endsWith(QLatin1String("contoso-fix.ps1")), qPrintable(asked.value(1)));
    QVERIFY2(asked.value(2).contains(QLatin1String("*.ps1")), qPrintable(asked.value(2)));
    QVERIFY(QFile::exists(target));
    // Exactly what the model makes of the window's report: the window adds nothing of its own.
    auto *model = qobject_cast<QSortFilterProxyModel *>(w.results()->model());
    QVERIFY(model);
    const CheckReport &report = static_cast<CheckResultModel *>(model->sourceModel())->report();
    const QList<FixChange> changes = fixChanges(plan, report);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(test::readAll(target), fixScriptPowerShell(plan, changes));
    // No temporary file left beside it (writeFileAtomically renames into place).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("fix.ps1")});
    QVERIFY2(w.summary().contains(QDir::toNativeSeparators(target)), qPrintable(w.summary()));
}

void TestCheckWindow::saveChangeList_fromTheKeyboard_writesTheCsv()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
    useResolver(plan, Answers::Nothing);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("changes.csv"));
    int prompts = 0;
    CheckWindow::setSaveFilePrompt([&](QWidget *, const QString &caption, const QString &, const QString &) {
        ++prompts;
        return caption == QLatin1String("Save Change List") ? target : QString();
    });
    Window w(plan, dir.filePath(QStringLiteral("contoso.lyncplan")));
    QVERIFY(w.run());
    // Tab reaches the button, and Space presses it, as every button in the window.
    QPushButton *button = w.button("check.saveChangeList");
    QVERIFY(button->focusPolicy() & Qt::TabFocus);
    w.button("check.saveFixScript")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), button);
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(prompts, 1);
    const QByteArray csv = test::readAll(target);
    QVERIFY2(csv.startsWith("action,location,zone,name,type,old,new"), csv.left(200).constData());
    QVERIFY2(csv.contains("\nadd,internal,"), csv.left(400).constData());
}

void TestCheckWindow::saveCancelled_writesNothing()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
    useResolver(plan, Answers::Nothing);
    QTemporaryDir dir;
    CheckWindow::setSaveFilePrompt([](QWidget *, const QString &, const QString &, const QString &) {
        return QString(); // the admin pressed Cancel
    });
    Window w(plan, dir.filePath(QStringLiteral("contoso.lyncplan")));
    QVERIFY(w.run());
    const QString before = w.summary();
    QTest::mouseClick(w.button("check.saveFixScript"), Qt::LeftButton);
    QTest::mouseClick(w.button("check.saveChangeList"), Qt::LeftButton);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    QCOMPARE(w.summary(), before);
}

void TestCheckWindow::everythingAsPlanned_leavesNothingToSave()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
    useResolver(plan, Answers::AsPlanned);
    int prompts = 0;
    CheckWindow::setSaveFilePrompt([&](QWidget *, const QString &, const QString &, const QString &) {
        ++prompts;
        return QString();
    });
    Window w(plan, QString());
    QVERIFY(w.run());
    const QAbstractItemModel *model = w.results()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY2(StatusSeverity(model->index(row, 0).data(CheckResultModel::SeverityRole).toInt()) ==
                     StatusSeverity::Ok,
                 qPrintable(model->index(row, CheckResultModel::NameColumn).data().toString()));
    QVERIFY(!w.button("check.saveFixScript")->isEnabled());
    QVERIFY(!w.button("check.saveChangeList")->isEnabled());
    QTest::mouseClick(w.button("check.saveFixScript"), Qt::LeftButton);
    QCOMPARE(prompts, 0);
    QVERIFY2(w.summary().startsWith(QLatin1String("All records are as planned")), qPrintable(w.summary()));
}

QTEST_MAIN(TestCheckWindow)
#include "tst_checkwindow.moc"
