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

    void siteAndZoneColumns_comeFirst()
    {
        // Written by hand: one record of a pool in site "Dublin", zone contoso.net.
        DnsRecord r;
        r.location = Location::Internal;
        r.name = QStringLiteral("pool03.contoso.net");
        r.type = RecordType::A;
        r.data = QStringLiteral("10.20.10.1");
        r.ttl = 1200;
        r.required = false;
        r.requirement = QStringLiteral("int-pool-dnslb");
        r.reason = QStringLiteral("why");
        r.zone = QStringLiteral("contoso.net");
        r.site = QStringLiteral("Dublin");
        RecordTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({r}, Location::Internal);
        QCOMPARE(model.columnCount(), 9);
        const QStringList headers{
            QStringLiteral("Site"),     QStringLiteral("Zone"),        QStringLiteral("Name"),
            QStringLiteral("Type"),     QStringLiteral("Data"),        QStringLiteral("TTL"),
            QStringLiteral("Required"), QStringLiteral("Requirement"), QStringLiteral("Reason")};
        const QStringList cells{
            QStringLiteral("Dublin"), QStringLiteral("contoso.net"),    QStringLiteral("pool03.contoso.net"),
            QStringLiteral("A"),      QStringLiteral("10.20.10.1"),     QStringLiteral("1200"),
            QStringLiteral("no"),     QStringLiteral("int-pool-dnslb"), QStringLiteral("why")};
        for (int column = 0; column < model.columnCount(); ++column) {
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
            QCOMPARE(model.index(0, column).data().toString(), cells.at(column));
        }
        QCOMPARE(model.index(0, 0).data(RecordTableModel::SiteRole).toString(), QStringLiteral("Dublin"));
        QCOMPARE(model.index(0, 0).data(RecordTableModel::ZoneRole).toString(),
                 QStringLiteral("contoso.net"));
        QCOMPARE(model.index(0, 0).data(RecordTableModel::TypeRole).toInt(), int(RecordType::A));
        // Nothing marks it without findings; the tooltip carries what narrow tables may not show.
        QCOMPARE(model.index(0, 0).data(RecordTableModel::InvalidFieldRole).toString(), QString());
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("why\nTTL 1200, optional"));
    }
};

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
