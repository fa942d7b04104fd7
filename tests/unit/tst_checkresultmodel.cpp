// The check results model under QAbstractItemModelTester while a live check fills it, and the
// roles, colours and icons it gives each status, required and optional records apart (issue 13).

#include "model/check/checkplan.h"
#include "model/check/livecheck.h"
#include "model/itemmodels/checkresultmodel.h"
#include "model/planner/planner.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cmath>
// The model links Qt Gui for its colours and icons; the brushes and icons it returns are read here.
#include <QtGui/QBrush>
#include <QtGui/QIcon>

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

CheckResult result(CheckStatus status, const QString &name = QStringLiteral("sip.contoso.com"),
                   bool required = true)
{
    CheckResult r;
    r.item.location = Location::External;
    r.item.name = name;
    r.item.type = RecordType::A;
    r.item.expected = {QStringLiteral("131.107.155.10")};
    r.item.required = required;
    r.item.requirement = QStringLiteral("ext-access");
    r.status = status;
    r.detail = checkStatusName(status);
    r.elapsedMs = 12;
    return r;
}

CheckReport reportOf(const QList<CheckStatus> &statuses, bool required = true)
{
    CheckReport report;
    for (int i = 0; i < statuses.size(); ++i)
        report.results << result(statuses.at(i), QStringLiteral("host%1.contoso.com").arg(i), required);
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
        QTest::addColumn<bool>("required");
        QTest::addColumn<StatusSeverity>("severity");
        QTest::addColumn<bool>("problem");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("statusColour");
        QTest::addColumn<QString>("background");
        QTest::addColumn<QString>("icon");

        const QString green = QStringLiteral("#1b6e2e");
        const QString blue = QStringLiteral("#1f4f82");
        const QString amber = QStringLiteral("#7a4200");
        const QString red = QStringLiteral("#a31212");
        const QString violet = QStringLiteral("#4f3f78");
        const QString noticeBg = QStringLiteral("#e6effa");
        const QString warnBg = QStringLiteral("#fff3d6");
        const QString badBg = QStringLiteral("#fde1df");
        const QString unansweredBg = QStringLiteral("#ece8f4");
        const QString ok = QStringLiteral("lyncdns-check-ok");
        const QString notice = QStringLiteral("lyncdns-check-notice");
        const QString warning = QStringLiteral("lyncdns-check-warning");
        const QString critical = QStringLiteral("lyncdns-check-critical");
        const QString unanswered = QStringLiteral("lyncdns-check-unanswered");
        // Ok is quiet; a problem on a required record red; a missing optional record a notice.
        QTest::newRow("ok") << CheckStatus::Ok << true << StatusSeverity::Ok << false << "OK" << green
                            << QString() << ok;
        QTest::newRow("ok, optional")
            << CheckStatus::Ok << false << StatusSeverity::Ok << false << "OK" << green << QString() << ok;
        QTest::newRow("missing, required") << CheckStatus::Missing << true << StatusSeverity::Critical << true
                                           << "Missing" << red << badBg << critical;
        QTest::newRow("missing, optional") << CheckStatus::Missing << false << StatusSeverity::Notice << false
                                           << "Missing" << blue << noticeBg << notice;
        QTest::newRow("mismatch, required") << CheckStatus::Mismatch << true << StatusSeverity::Critical
                                            << true << "Mismatch" << red << badBg << critical;
        // An optional record that exists with wrong data misleads clients: a problem, in amber.
        QTest::newRow("mismatch, optional") << CheckStatus::Mismatch << false << StatusSeverity::Warning
                                            << true << "Mismatch" << amber << warnBg << warning;
        QTest::newRow("partial") << CheckStatus::Partial << true << StatusSeverity::Critical << true
                                 << "Partial" << red << badBg << critical;
        QTest::newRow("extra, optional") << CheckStatus::Extra << false << StatusSeverity::Warning << true
                                         << "Extra" << amber << warnBg << warning;
        QTest::newRow("exposed") << CheckStatus::Exposed << true << StatusSeverity::Critical << true
                                 << "Exposed" << red << badBg << critical;
        // No answer is neither red nor a notice: its own colour and icon, required or not.
        QTest::newRow("error") << CheckStatus::Error << true << StatusSeverity::Unanswered << true << "Error"
                               << violet << unansweredBg << unanswered;
        QTest::newRow("unreachable, optional")
            << CheckStatus::Unreachable << false << StatusSeverity::Unanswered << true << "Unreachable"
            << violet << unansweredBg << unanswered;
    }

    void statusRoles()
    {
        QFETCH(CheckStatus, status);
        QFETCH(bool, required);
        QFETCH(StatusSeverity, severity);
        QFETCH(bool, problem);
        QFETCH(QString, label);
        QFETCH(QString, statusColour);
        QFETCH(QString, background);
        QFETCH(QString, icon);

        CheckResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(reportOf({status}, required));
        const QModelIndex statusIndex = model.index(0, CheckResultModel::StatusColumn);
        const QModelIndex nameIndex = model.index(0, CheckResultModel::NameColumn);
        QCOMPARE(statusIndex.data().toString(), label);
        QCOMPARE(statusIndex.data(CheckResultModel::StatusRole).toInt(), int(status));
        QCOMPARE(nameIndex.data(CheckResultModel::StatusRole).toInt(), int(status));
        QCOMPARE(statusIndex.data(CheckResultModel::SeverityRole).toInt(), int(severity));
        QCOMPARE(statusIndex.data(CheckResultModel::ProblemRole).toBool(), problem);
        QCOMPARE(statusIndex.data(CheckResultModel::NoticeRole).toBool(), severity == StatusSeverity::Notice);
        QCOMPARE(statusIndex.data(CheckResultModel::RequiredRole).toBool(), required);
        QCOMPARE(colorName(statusIndex.data(Qt::ForegroundRole)), statusColour);
        // The icon on the status cell only, named after the severity.
        const QIcon decoration = statusIndex.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!decoration.isNull());
        QCOMPARE(decoration.name(), icon);
        QCOMPARE(decoration.name(), CheckResultModel::severityIcon(severity).name());
        QVERIFY(!nameIndex.data(Qt::DecorationRole).isValid());
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
        QCOMPARE(model.problemCount(), problem ? 1 : 0);
        QCOMPARE(model.noticeCount(), severity == StatusSeverity::Notice ? 1 : 0);

        // While it is being checked again, nothing is claimed about it.
        model.setPending({0});
        QCOMPARE(statusIndex.data().toString(), QStringLiteral("Checking…"));
        QVERIFY(statusIndex.data(CheckResultModel::PendingRole).toBool());
        QVERIFY(!statusIndex.data(CheckResultModel::ProblemRole).toBool());
        QVERIFY(!statusIndex.data(CheckResultModel::NoticeRole).toBool());
        QVERIFY(!statusIndex.data(Qt::BackgroundRole).isValid());
        QCOMPARE(statusIndex.data(Qt::DecorationRole).value<QIcon>().name(),
                 QStringLiteral("lyncdns-check-pending"));
        QCOMPARE(model.count(status), 0);
    }

    // Every text colour the model sets is readable on the tint it sets with it (WCAG AA, 4.5:1),
    // and on white where it sets none.
    void colours_haveReadableContrast()
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](qreal v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const qreal la = luminance(a), lb = luminance(b);
            return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
        };
        const QList<CheckStatus> statuses{
            CheckStatus::Ok,    CheckStatus::Missing, CheckStatus::Mismatch,    CheckStatus::Partial,
            CheckStatus::Extra, CheckStatus::Exposed, CheckStatus::Unreachable, CheckStatus::Error};
        for (bool required : {true, false}) {
            CheckResultModel model;
            model.setReport(reportOf(statuses, required));
            model.setPending({0});
            for (int row = 0; row < model.rowCount(); ++row)
                for (int column = 0; column < CheckResultModel::COLUMN_COUNT; ++column) {
                    const QModelIndex i = model.index(row, column);
                    const QVariant fg = i.data(Qt::ForegroundRole);
                    if (!fg.isValid())
                        continue;
                    const QVariant bg = i.data(Qt::BackgroundRole);
                    const QColor back = bg.isValid() ? bg.value<QBrush>().color() : QColor(Qt::white);
                    const qreal ratio = contrast(fg.value<QBrush>().color(), back);
                    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("row %1 column %2: %3 on %4 is %5:1")
                                                          .arg(row)
                                                          .arg(column)
                                                          .arg(fg.value<QBrush>().color().name(), back.name())
                                                          .arg(ratio, 0, 'f', 2)));
                }
        }
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
        QCOMPARE(cell(CheckResultModel::RequiredColumn), QStringLiteral("Required"));
        QCOMPARE(cell(CheckResultModel::FixColumn), QString()); // no fix given
        // The requirement by its plain-language name and id.
        QCOMPARE(model.index(0, CheckResultModel::RequiredColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Required: Access Edge (sip and the access FQDN) (ext-access)"));
        QCOMPARE(model.headerData(CheckResultModel::RequiredColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Required"));
        QCOMPARE(model.headerData(CheckResultModel::FixColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Fix"));
        QCOMPARE(model.index(0, CheckResultModel::TimeColumn).data().toLongLong(), 12);
        QCOMPARE(cell(CheckResultModel::TimeColumn), QStringLiteral("12"));
        QCOMPARE(CheckResultModel::cnameChain(r), QStringLiteral("sip.contoso.com → edge.contoso.net"));
        QCOMPARE(model.headerData(CheckResultModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Time (ms)"));

        // The fix, and the note of a documented alternative beside the detail.
        r.fix = QStringLiteral("delete `131.107.155.99` from `sip.contoso.com`");
        r.note = QStringLiteral("a documented alternative");
        r.item.required = false;
        report.results = {r};
        model.setReport(report);
        QCOMPARE(cell(CheckResultModel::FixColumn), r.fix);
        QCOMPARE(model.index(0, CheckResultModel::FixColumn).data(Qt::ToolTipRole).toString(), r.fix);
        QCOMPARE(cell(CheckResultModel::DetailColumn), QStringLiteral("extra — a documented alternative"));
        QCOMPARE(cell(CheckResultModel::RequiredColumn), QStringLiteral("Optional"));
        r.fix.clear();
        r.note.clear();

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
        CheckReport report = reportOf({CheckStatus::Ok, CheckStatus::Extra, CheckStatus::Unreachable});
        report.results << result(CheckStatus::Missing, QStringLiteral("optional.contoso.com"), false);
        model.setReport(report);
        auto rank = [&](int row) {
            return model.index(row, CheckResultModel::StatusColumn).data(CheckResultModel::SortRole).toInt();
        };
        QVERIFY(rank(2) < rank(1));
        // A notice after every problem, before ok.
        QVERIFY(rank(1) < rank(3));
        QVERIFY(rank(3) < rank(0));
        const auto requiredRank = [&](int row) {
            return model.index(row, CheckResultModel::RequiredColumn)
                .data(CheckResultModel::SortRole)
                .toInt();
        };
        QVERIFY(requiredRank(0) < requiredRank(3));
        QCOMPARE(model.index(0, CheckResultModel::TimeColumn).data(CheckResultModel::SortRole).toLongLong(),
                 12);
    }
};

QTEST_GUILESS_MAIN(TestCheckResultModel)
#include "tst_checkresultmodel.moc"
