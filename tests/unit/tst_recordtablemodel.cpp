// The preview table model under QAbstractItemModelTester, and what it shows.

#include "model/itemmodels/recordtablemodel.h"
#include "model/planner/planner.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace lyncdns;

class TestRecordTableModel : public QObject
{
    Q_OBJECT
private slots:
    void example_passesModelTester()
    {
        RecordTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RecordSet records = planRecords(
            test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan"))));
        model.setRecords(records, Location::External);
        model.setRecords(records, Location::Internal);
        model.setRecords({}, Location::Internal);
        QCOMPARE(model.rowCount(), 0);
    }

    void internalLocation_showsOnlyInternalRows()
    {
        RecordTableModel model;
        const RecordSet records = planRecords(
            test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan"))));
        model.setRecords(records, Location::Internal);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(RecordTableModel::RecordLocationRole).toString(),
                     QStringLiteral("internal"));
        QCOMPARE(model.headerData(RecordTableModel::ReasonColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Reason"));
        QVERIFY(!model.index(0, RecordTableModel::ReasonColumn).data().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
