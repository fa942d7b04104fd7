// The check results model under QAbstractItemModelTester while a live check fills it, and the
// roles and colours it gives each status.

#include "model/check/checkplan.h"
#include "model/check/livecheck.h"
#include "model/itemmodels/checkresultmodel.h"
#include "model/planner/planner.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
// The model links Qt Gui for its colours; the brushes it returns are read here.
#include <QtGui/QBrush>

using namespace lyncdns;

namespace {

// Answers every probe and query with NXDOMAIN a moment later, or with a timeout for `deadServer`.
class NxResolver final : public DnsResolver
{
public:
    using DnsResolver::DnsResolver;
    QString deadServer;

    void lookup(int id, const QString &server, const QString &, RecordType) override
    {
        DnsAnswer a;
        a.outcome = server == deadServer ? DnsAnswer::Timeout : DnsAnswer::NxDomain;
        a.elapsedMs = 7;
        m_live.insert(id);
        QTimer::singleShot(1, this, [this, id, a] {
            if (m_live.remove(id))
                emit finished(id, a);
        });
    }
    void cancelAll() override { m_live.clear(); }
    int maxInFlight() const override { return 5; }
    int timeoutSeconds() const override { return 1; }

private:
    QSet<int> m_live;
};

CheckResult result(CheckStatus status, const QString &name = QStringLiteral("sip.contoso.com"))
{
    CheckResult r;
    r.item.location = Location::External;
    r.item.name = name;
    r.item.type = RecordType::A;
    r.item.expected = {QStringLiteral("131.107.155.10")};
    r.status = status;
    r.detail = checkStatusName(status);
    r.elapsedMs = 12;
    return r;
}

CheckReport reportOf(const QList<CheckStatus> &statuses)
{
    CheckReport report;
    for (int i = 0; i < statuses.size(); ++i)
        report.results << result(statuses.at(i), QStringLiteral("host%1.contoso.com").arg(i));
    return report;
}

QString colorName(const QVariant &brush)
{
    return brush.isValid() ? brush.value<QBrush>().color().name() : QString();
}

} // namespace

class TestCheckResultModel : public QObject
{
    Q_OBJECT
private slots:
    void liveCheck_passesModelTesterRowByRow()
    {
        const Plan plan =
            test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
        const QList<CheckItem> items = checkItems(plan, planRecords(plan));
        NxResolver resolver;
        resolver.deadServer = QStringLiteral("192.0.2.2");
        LiveCheck check(&resolver);
        CheckResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&check, &LiveCheck::resultChanged, &model,
                [&](int index) { model.setResult(index, check.report().results.at(index)); });
        connect(&check, &LiveCheck::finished, &model, [&] {
            model.updateReport(check.report());
            model.clearPending();
        });
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        check.start(items, QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2"));
        QList<int> all;
        for (int i = 0; i < check.report().results.size(); ++i)
            all << i;
        model.setReport(check.report(), all);
        QCOMPARE(model.rowCount(), items.size());
        QCOMPARE(model.pendingCount(), model.rowCount());
        QCOMPARE(model.index(0, CheckResultModel::StatusColumn).data().toString(),
                 QStringLiteral("Checking…"));
        QVERIFY(!model.index(0, 0).data(CheckResultModel::ProblemRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!check.isRunning(), 5000);
        QCOMPARE(resets.size(), 1); // the rows came in one by one, not as resets
        QCOMPARE(model.pendingCount(), 0);

        int unreachable = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const CheckResult &r = check.report().results.at(row);
            QCOMPARE(
                model.index(row, CheckResultModel::StatusColumn).data(CheckResultModel::StatusRole).toInt(),
                int(r.status));
            if (r.item.location == Location::External) {
                QCOMPARE(r.status, CheckStatus::Unreachable);
                ++unreachable;
            }
        }
        QCOMPARE(model.count(CheckStatus::Unreachable), unreachable);

        // Re-check two rows: pending while asked, settled after.
        check.recheck({0, 1});
        model.setPending({0, 1});
        QVERIFY(model.isPending(0));
        QCOMPARE(model.pendingCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!check.isRunning(), 5000);
        QCOMPARE(model.pendingCount(), 0);

        model.setReport(CheckReport());
        QCOMPARE(model.rowCount(), 0);
    }

    void cancel_settlesWaitingRowsThroughUpdateReport()
    {
        const Plan plan =
            test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
        NxResolver resolver;
        LiveCheck check(&resolver);
        CheckResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        check.start(checkItems(plan, planRecords(plan)), QStringLiteral("192.0.2.1"), QString());
        model.setReport(check.report(), {0, 1, 2});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        check.cancel();
        model.updateReport(check.report());
        model.clearPending();
        QCOMPARE(resets.size(), 0);
        QVERIFY(!changes.isEmpty());
        QVERIFY(model.report().cancelled);
        QCOMPARE(model.index(0, 0).data(CheckResultModel::StatusRole).toInt(), int(CheckStatus::Error));
    }

    void updateReport_announcesOnlyChangedRows()
    {
        CheckResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(reportOf({CheckStatus::Ok, CheckStatus::Ok, CheckStatus::Ok, CheckStatus::Ok}));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        CheckReport changed = model.report();
        changed.results[1].status = CheckStatus::Missing;
        changed.results[2].status = CheckStatus::Missing;
        model.updateReport(changed);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1); // rows 1 and 2 are adjacent: one signal
        QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changes.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(changes.at(0).at(1).toModelIndex().column(), CheckResultModel::COLUMN_COUNT - 1);

        // Other results altogether: a reset.
        model.updateReport(reportOf({CheckStatus::Error}));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 1);

        // Out of range rows are ignored, not a crash.
        model.setResult(5, result(CheckStatus::Ok));
        model.setPending({-1, 7});
        QCOMPARE(model.pendingCount(), 0);
    }

    void statusRoles_data()
    {
        QTest::addColumn<CheckStatus>("status");
        QTest::addColumn<StatusSeverity>("severity");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("statusColour");
        QTest::addColumn<QString>("background");

        const QString green = QStringLiteral("#1b6e2e");
        const QString amber = QStringLiteral("#8a4b00");
        const QString red = QStringLiteral("#a31212");
        const QString warnBg = QStringLiteral("#fff3d6");
        const QString badBg = QStringLiteral("#fde1df");
        QTest::newRow("ok") << CheckStatus::Ok << StatusSeverity::Ok << "OK" << green << QString();
        QTest::newRow("missing") << CheckStatus::Missing << StatusSeverity::Warning << "Missing" << amber
                                 << warnBg;
        QTest::newRow("mismatch") << CheckStatus::Mismatch << StatusSeverity::Warning << "Mismatch" << amber
                                  << warnBg;
        QTest::newRow("partial") << CheckStatus::Partial << StatusSeverity::Warning << "Partial" << amber
                                 << warnBg;
        QTest::newRow("extra") << CheckStatus::Extra << StatusSeverity::Warning << "Extra" << amber << warnBg;
        QTest::newRow("exposed") << CheckStatus::Exposed << StatusSeverity::Critical << "Exposed" << red
                                 << badBg;
        QTest::newRow("error") << CheckStatus::Error << StatusSeverity::Critical << "Error" << red << badBg;
        QTest::newRow("unreachable") << CheckStatus::Unreachable << StatusSeverity::Critical << "Unreachable"
                                     << red << QStringLiteral("#f3e4e4");
    }

    void statusRoles()
    {
        QFETCH(CheckStatus, status);
        QFETCH(StatusSeverity, severity);
        QFETCH(QString, label);
        QFETCH(QString, statusColour);
        QFETCH(QString, background);

        CheckResultModel model;
        model.setReport(reportOf({status}));
        const QModelIndex statusIndex = model.index(0, CheckResultModel::StatusColumn);
        const QModelIndex nameIndex = model.index(0, CheckResultModel::NameColumn);
        QCOMPARE(statusIndex.data().toString(), label);
        QCOMPARE(statusIndex.data(CheckResultModel::StatusRole).toInt(), int(status));
        QCOMPARE(nameIndex.data(CheckResultModel::StatusRole).toInt(), int(status));
        QCOMPARE(statusIndex.data(CheckResultModel::SeverityRole).toInt(), int(severity));
        QCOMPARE(statusIndex.data(CheckResultModel::ProblemRole).toBool(), status != CheckStatus::Ok);
        QCOMPARE(colorName(statusIndex.data(Qt::ForegroundRole)), statusColour);
        // The whole row is tinted, and a tinted row always sets its text colour too.
        for (int column = 0; column < CheckResultModel::COLUMN_COUNT; ++column) {
            const QModelIndex i = model.index(0, column);
            QVERIFY2(
                colorName(i.data(Qt::BackgroundRole)) == background,
                qPrintable(
                    QStringLiteral("column %1: %2").arg(column).arg(colorName(i.data(Qt::BackgroundRole)))));
            if (!background.isEmpty())
                QVERIFY(i.data(Qt::ForegroundRole).isValid());
        }
        QCOMPARE(model.count(status), 1);

        // While it is being checked again, nothing is claimed about it.
        model.setPending({0});
        QCOMPARE(statusIndex.data().toString(), QStringLiteral("Checking…"));
        QVERIFY(statusIndex.data(CheckResultModel::PendingRole).toBool());
        QVERIFY(!statusIndex.data(CheckResultModel::ProblemRole).toBool());
        QVERIFY(!statusIndex.data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.count(status), 0);
    }

    void columns_showTheResult()
    {
        CheckResult r = result(CheckStatus::Extra);
        r.actual = {QStringLiteral("CNAME edge.contoso.net"), QStringLiteral("131.107.155.10"),
                    QStringLiteral("131.107.155.99")};
        CheckReport report;
        report.results << r;
        CheckResultModel model;
        model.setReport(report);
        auto cell = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(cell(CheckResultModel::LocationColumn), QStringLiteral("External"));
        QCOMPARE(cell(CheckResultModel::NameColumn), QStringLiteral("sip.contoso.com"));
        QCOMPARE(cell(CheckResultModel::TypeColumn), QStringLiteral("A"));
        QCOMPARE(cell(CheckResultModel::ExpectedColumn), QStringLiteral("131.107.155.10"));
        QCOMPARE(cell(CheckResultModel::ActualColumn),
                 QStringLiteral("CNAME edge.contoso.net, 131.107.155.10, 131.107.155.99"));
        QCOMPARE(cell(CheckResultModel::DetailColumn), QStringLiteral("extra"));
        QCOMPARE(model.index(0, CheckResultModel::TimeColumn).data().toLongLong(), 12);
        QCOMPARE(cell(CheckResultModel::TimeColumn), QStringLiteral("12"));
        QCOMPARE(CheckResultModel::cnameChain(r), QStringLiteral("sip.contoso.com → edge.contoso.net"));
        QCOMPARE(model.headerData(CheckResultModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Time (ms)"));

        r.item.mustNotResolve = true;
        r.actual.clear();
        r.status = CheckStatus::Unreachable;
        r.elapsedMs = 0;
        report.results = {r};
        model.setReport(report);
        QCOMPARE(cell(CheckResultModel::ExpectedColumn), QStringLiteral("(must not resolve)"));
        QCOMPARE(cell(CheckResultModel::ActualColumn), QStringLiteral("—"));
        QCOMPARE(cell(CheckResultModel::TimeColumn), QString()); // never asked: no time to show
        QVERIFY(CheckResultModel::cnameChain(r).isEmpty());
    }

    void serverColumn_namesTheServerAsked()
    {
        CheckReport report;
        report.internalServer.address = QStringLiteral("10.0.0.53");
        report.otherInternalServers << ServerInfo{QStringLiteral("10.2.0.53"), true, QString()};
        for (const QString &server : {QStringLiteral("10.0.0.53"), QStringLiteral("10.2.0.53")}) {
            CheckResult r = result(CheckStatus::Ok, QStringLiteral("pool01.contoso.net"));
            r.item.location = Location::Internal;
            r.server = server;
            report.results << r;
        }
        CheckResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(report);
        QCOMPARE(model.headerData(CheckResultModel::ServerColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Server"));
        QCOMPARE(model.index(0, CheckResultModel::ServerColumn).data().toString(),
                 QStringLiteral("10.0.0.53"));
        QCOMPARE(model.index(1, CheckResultModel::ServerColumn).data().toString(),
                 QStringLiteral("10.2.0.53"));

        // The same records asked of other servers are other rows: a reset, not a change.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        CheckReport moved = report;
        moved.results[1].server = QStringLiteral("10.5.0.53");
        model.updateReport(moved);
        QCOMPARE(resets.size(), 1);
    }

    void liveCheck_severalInternalServers_oneRowPerServer()
    {
        const Plan plan =
            test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
        const QList<CheckItem> items = checkItems(plan, planRecords(plan));
        qsizetype internalItems = 0;
        for (const CheckItem &i : items)
            internalItems += i.location == Location::Internal ? 1 : 0;
        NxResolver resolver;
        resolver.deadServer = QStringLiteral("10.2.0.53");
        LiveCheck check(&resolver);
        CheckResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&check, &LiveCheck::resultChanged, &model,
                [&](int index) { model.setResult(index, check.report().results.at(index)); });
        check.start(items, QStringList{QStringLiteral("10.0.0.53"), QStringLiteral("10.2.0.53")}, QString());
        model.setReport(check.report());
        QCOMPARE(model.rowCount(), 2 * internalItems);
        QTRY_VERIFY_WITH_TIMEOUT(!check.isRunning(), 5000);
        model.updateReport(check.report());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString server = model.index(row, CheckResultModel::ServerColumn).data().toString();
            const int status =
                model.index(row, CheckResultModel::StatusColumn).data(CheckResultModel::StatusRole).toInt();
            // The live server answers NXDOMAIN (missing); the dead one's rows are unreachable.
            QCOMPARE(status, int(server == QLatin1String("10.2.0.53") ? CheckStatus::Unreachable
                                                                      : CheckStatus::Missing));
        }
        QCOMPARE(model.count(CheckStatus::Unreachable), int(internalItems));
    }

    void sortRole_ranksWorstFirst()
    {
        CheckResultModel model;
        model.setReport(reportOf({CheckStatus::Ok, CheckStatus::Extra, CheckStatus::Unreachable}));
        auto rank = [&](int row) {
            return model.index(row, CheckResultModel::StatusColumn).data(CheckResultModel::SortRole).toInt();
        };
        QVERIFY(rank(2) < rank(1));
        QVERIFY(rank(1) < rank(0));
        QCOMPARE(model.index(0, CheckResultModel::TimeColumn).data(CheckResultModel::SortRole).toLongLong(),
                 12);
    }
};

QTEST_GUILESS_MAIN(TestCheckResultModel)
#include "tst_checkresultmodel.moc"
