// The record preview (issue 12): zone and site columns, the site and type filters, grouping by
// site and zone, selection and scroll position kept across an edit, records built from an invalid
// field marked, and no sideways scrolling for the example plans in a 640-pixel preview, in English
// and German.

#include "model/itemmodels/recordfilterproxy.h"
#include "model/itemmodels/recordtablemodel.h"
#include "model/planner/planner.h"
#include "model/validator/validator.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/widgets/recordpreview.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace lyncdns;

namespace {

Plan twoSites()
{
    return test::loadPlan(test::dataFile(QStringLiteral("ui/two-sites.lyncplan")));
}

// The record a proxy row shows.
const DnsRecord &recordAt(RecordPreview &preview, Location location, int proxyRow)
{
    const QSortFilterProxyModel *proxy = preview.proxy(location);
    const int source = proxy->mapToSource(proxy->index(proxyRow, 0)).row();
    return preview.model(location)->records().at(source);
}

QString line(const DnsRecord &r)
{
    return QStringList{r.name, recordTypeName(r.type), r.data}.join(QLatin1Char(' '));
}

// The proxy row showing name/type/data, -1 if none.
int rowOf(RecordPreview &preview, Location location, const QString &recordLine)
{
    for (int row = 0; row < preview.proxy(location)->rowCount(); ++row)
        if (line(recordAt(preview, location, row)) == recordLine)
            return row;
    return -1;
}

QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

void choose(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(QStringLiteral("no entry \"%1\"").arg(text)));
    box->setCurrentIndex(index);
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void zoneAndSiteColumns_holdPlannedValues();
    void siteFilter_showsOnlyThatSite();
    void siteFilter_everySipDomainShowsRecordsWithoutSite();
    void typeFilter_showsOnlyThatType();
    void groupBySite_sortsBySiteThenZoneAndMarksGroupStarts();
    void groupByZone_sortsByZone();
    void edit_keepsSelectionCurrentAndScroll();
    void invalidField_recordIsMarkedNotShownAsReal();
    void validPlan_marksNothing();
    void settings_newKeyKeepsOldStatesOut();
    void examples_fit640WithoutSidewaysScrolling_data();
    void examples_fit640WithoutSidewaysScrolling();
    void wide_showsEveryColumnButTheRequirement();
};

void TestPreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslators(QStringLiteral("en")); // the plural forms come from the English catalogue
    QCoreApplication::setOrganizationName(QStringLiteral("lyncdns-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preview"));
    QSettings().clear();
}

void TestPreview::cleanup()
{
    installTranslators(QStringLiteral("en"));
    QSettings().clear();
}

void TestPreview::zoneAndSiteColumns_holdPlannedValues()
{
    const Plan plan = twoSites();
    const RecordSet records = planRecords(plan);
    RecordPreview preview;
    preview.setRecords(records, plan, validatePlan(plan, records));
    int rows = 0;
    for (Location location : {Location::Internal, Location::External}) {
        const QAbstractItemModel *proxy = preview.proxy(location);
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const DnsRecord &r = recordAt(preview, location, row);
            QCOMPARE(cell(proxy, row, RecordTableModel::SiteColumn), r.site);
            QCOMPARE(cell(proxy, row, RecordTableModel::ZoneColumn), r.zone);
            QCOMPARE(cell(proxy, row, RecordTableModel::NameColumn), r.name);
            ++rows;
        }
    }
    QCOMPARE(rows, int(records.size()));

    // Written from the plan by hand: a pool record carries its pool's site; the zone is the SIP
    // domain a name falls under, else its parent domain (cli.md); per-domain records have no site.
    struct Expected
    {
        Location location;
        const char *line;
        const char *site;
        const char *zone;
    };
    const Expected expected[] = {
        {Location::Internal, "pool03.contoso.net A 10.20.10.1", "Dublin", "contoso.net"},
        {Location::Internal, "pool01.contoso.net A 10.10.10.1", "Redmond", "contoso.net"},
        {Location::Internal, "webint02.contoso.net A 10.10.11.5", "Redmond", "contoso.net"},
        {Location::External, "webext03.contoso.com A 131.107.160.40", "Dublin", "contoso.com"},
        {Location::External, "av2.contoso.com A 131.107.156.30", "Redmond", "contoso.com"},
        // The second Edge pool's access name in the SIP domain is one per domain (plan-format rule 4).
        {Location::External, "sip2.contoso.com A 131.107.156.10", "", "contoso.com"},
        {Location::External, "lyncdiscover.contoso.com CNAME webdir01.contoso.com", "", "contoso.com"},
    };
    for (const Expected &e : expected) {
        const QString recordLine = QString::fromLatin1(e.line);
        const int row = rowOf(preview, e.location, recordLine);
        QVERIFY2(row >= 0, e.line);
        const QAbstractItemModel *proxy = preview.proxy(e.location);
        QCOMPARE(cell(proxy, row, RecordTableModel::SiteColumn), QString::fromLatin1(e.site));
        QCOMPARE(cell(proxy, row, RecordTableModel::ZoneColumn), QString::fromLatin1(e.zone));
    }
    QCOMPARE(preview.model(Location::Internal)->headerData(RecordTableModel::SiteColumn, Qt::Horizontal),
             QVariant(QStringLiteral("Site")));
    QCOMPARE(preview.model(Location::Internal)->headerData(RecordTableModel::ZoneColumn, Qt::Horizontal),
             QVariant(QStringLiteral("Zone")));
}

void TestPreview::siteFilter_showsOnlyThatSite()
{
    const Plan plan = twoSites();
    const RecordSet records = planRecords(plan);
    RecordPreview preview;
    preview.setRecords(records, plan, validatePlan(plan, records));
    // All sites, the per-domain records, then the sites by name.
    QStringList entries;
    for (int i = 0; i < preview.siteFilterBox()->count(); ++i)
        entries << preview.siteFilterBox()->itemText(i);
    QCOMPARE(entries, (QStringList{QStringLiteral("All sites"), QStringLiteral("Every SIP domain (no site)"),
                                   QStringLiteral("Dublin"), QStringLiteral("Redmond")}));

    choose(preview.siteFilterBox(), QStringLiteral("Dublin"));
    for (Location location : {Location::Internal, Location::External}) {
        int expected = 0;
        for (const DnsRecord &r : records)
            expected += r.location == location && r.site == QLatin1String("Dublin") ? 1 : 0;
        QCOMPARE(preview.proxy(location)->rowCount(), expected);
        for (int row = 0; row < preview.proxy(location)->rowCount(); ++row)
            QCOMPARE(recordAt(preview, location, row).site, QStringLiteral("Dublin"));
    }
    // Dublin's pool and web services, by hand; Redmond's pools and the per-domain records are out.
    QVERIFY(rowOf(preview, Location::Internal, QStringLiteral("pool03.contoso.net A 10.20.10.1")) >= 0);
    QVERIFY(rowOf(preview, Location::Internal, QStringLiteral("webint03.contoso.net A 10.20.10.5")) >= 0);
    QVERIFY(rowOf(preview, Location::External, QStringLiteral("webext03.contoso.com A 131.107.160.40")) >= 0);
    QCOMPARE(rowOf(preview, Location::Internal, QStringLiteral("pool01.contoso.net A 10.10.10.1")), -1);
    QCOMPARE(rowOf(preview, Location::External, QStringLiteral("sip.contoso.com A 131.107.155.10")), -1);
    QCOMPARE(rowOf(preview, Location::External,
                   QStringLiteral("lyncdiscover.contoso.com CNAME webdir01.contoso.com")),
             -1);

    // The choice survives an edit that rebuilds the records.
    preview.setRecords(records, plan, validatePlan(plan, records));
    QCOMPARE(preview.siteFilterBox()->currentText(), QStringLiteral("Dublin"));
    QVERIFY(rowOf(preview, Location::Internal, QStringLiteral("pool01.contoso.net A 10.10.10.1")) < 0);

    choose(preview.siteFilterBox(), QStringLiteral("All sites"));
    QCOMPARE(preview.proxy(Location::Internal)->rowCount(), preview.model(Location::Internal)->rowCount());
}

void TestPreview::siteFilter_everySipDomainShowsRecordsWithoutSite()
{
    const Plan plan = twoSites();
    const RecordSet records = planRecords(plan);
    RecordPreview preview;
    preview.setRecords(records);
    choose(preview.siteFilterBox(), QStringLiteral("Every SIP domain (no site)"));
    int shown = 0;
    for (Location location : {Location::Internal, Location::External}) {
        for (int row = 0; row < preview.proxy(location)->rowCount(); ++row)
            QCOMPARE(recordAt(preview, location, row).site, QString());
        shown += preview.proxy(location)->rowCount();
    }
    QVERIFY(rowOf(preview, Location::External,
                  QStringLiteral("lyncdiscover.contoso.com CNAME webdir01.contoso.com")) >= 0);
    QVERIFY(rowOf(preview, Location::Internal,
                  QStringLiteral("_sipinternaltls._tcp.contoso.com SRV 0 0 5061 dir01.contoso.com")) >= 0);
    QCOMPARE(rowOf(preview, Location::Internal, QStringLiteral("pool03.contoso.net A 10.20.10.1")), -1);
    int expected = 0;
    for (const DnsRecord &r : records)
        expected += r.site.isEmpty() ? 1 : 0;
    QCOMPARE(shown, expected);
}

void TestPreview::typeFilter_showsOnlyThatType()
{
    const Plan plan = twoSites();
    const RecordSet records = planRecords(plan);
    RecordPreview preview;
    preview.setRecords(records);
    choose(preview.typeFilterBox(), QStringLiteral("SRV"));
    // Two _sip._tls SRV records outside (one per Edge pool, priorities 5 and 10), one
    // _sipinternaltls inside: the two-site plan's SRV records, counted by hand.
    QCOMPARE(preview.proxy(Location::External)->rowCount(), 2);
    QCOMPARE(preview.proxy(Location::Internal)->rowCount(), 1);
    for (Location location : {Location::Internal, Location::External})
        for (int row = 0; row < preview.proxy(location)->rowCount(); ++row)
            QCOMPARE(recordAt(preview, location, row).type, RecordType::SRV);

    // Type and text filters together.
    choose(preview.typeFilterBox(), QStringLiteral("CNAME"));
    QCOMPARE(preview.proxy(Location::External)->rowCount(), 1);
    preview.filterEdit()->setText(QStringLiteral("pool"));
    QCOMPARE(preview.proxy(Location::External)->rowCount(), 0);
    preview.filterEdit()->clear();
    choose(preview.typeFilterBox(), QStringLiteral("All types"));
    QCOMPARE(preview.proxy(Location::External)->rowCount(), preview.model(Location::External)->rowCount());
}

void TestPreview::groupBySite_sortsBySiteThenZoneAndMarksGroupStarts()
{
    const Plan plan = twoSites();
    const RecordSet records = planRecords(plan);
    RecordPreview preview;
    preview.setRecords(records);
    choose(preview.groupByBox(), QStringLiteral("Site"));
    for (Location location : {Location::Internal, Location::External}) {
        const QAbstractItemModel *proxy = preview.proxy(location);
        QCOMPARE(proxy->rowCount(), preview.model(location)->rowCount());
        QStringList order; // the sites in the order the groups come
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const DnsRecord &r = recordAt(preview, location, row);
            const bool starts = row == 0 || recordAt(preview, location, row - 1).site != r.site;
            QCOMPARE(proxy->index(row, 0).data(RecordFilterProxy::GroupStartRole).toBool(), starts);
            // The site heads its group once; the other rows leave it blank, as a report does.
            QCOMPARE(cell(proxy, row, RecordTableModel::SiteColumn), starts ? r.site : QString());
            QCOMPARE(cell(proxy, row, RecordTableModel::SiteColumn, Qt::AccessibleTextRole), r.site);
            if (starts) {
                order << r.site;
                QVERIFY(
                    proxy->index(row, RecordTableModel::SiteColumn).data(Qt::FontRole).value<QFont>().bold());
            } else {
                // Zones ascend within a site.
                QVERIFY2(recordAt(preview, location, row - 1).zone.compare(r.zone, Qt::CaseInsensitive) <= 0,
                         qPrintable(line(r)));
            }
        }
        // Per-domain records (no site) first, then the sites by name.
        QCOMPARE(order, (QStringList{QString(), QStringLiteral("Dublin"), QStringLiteral("Redmond")}));
    }
    // Within Redmond's internal contoso.net group the planner's order (by name) stays.
    QVERIFY(rowOf(preview, Location::Internal, QStringLiteral("fe01.contoso.net A 10.10.10.1")) <
            rowOf(preview, Location::Internal, QStringLiteral("pool01.contoso.net A 10.10.10.1")));

    choose(preview.groupByBox(), QStringLiteral("Nothing"));
    // Back to the planner's order (cli.md: by name).
    for (int row = 1; row < preview.proxy(Location::Internal)->rowCount(); ++row)
        QVERIFY(!recordLessThan(recordAt(preview, Location::Internal, row),
                                recordAt(preview, Location::Internal, row - 1)));
}

void TestPreview::groupByZone_sortsByZone()
{
    const Plan plan = twoSites();
    RecordPreview preview;
    preview.setRecords(planRecords(plan));
    choose(preview.groupByBox(), QStringLiteral("Zone"));
    const QAbstractItemModel *proxy = preview.proxy(Location::Internal);
    QStringList zones;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const DnsRecord &r = recordAt(preview, Location::Internal, row);
        if (proxy->index(row, 0).data(RecordFilterProxy::GroupStartRole).toBool()) {
            zones << r.zone;
            QCOMPARE(cell(proxy, row, RecordTableModel::ZoneColumn), r.zone);
        } else {
            QCOMPARE(cell(proxy, row, RecordTableModel::ZoneColumn), QString());
            QCOMPARE(recordAt(preview, Location::Internal, row - 1).zone, r.zone);
        }
    }
    // The internal names of the two-site plan: contoso.com (sign-in, simple URLs) and the servers'
    // contoso.net, each one group.
    QCOMPARE(zones, (QStringList{QStringLiteral("contoso.com"), QStringLiteral("contoso.net")}));
}

void TestPreview::edit_keepsSelectionCurrentAndScroll()
{
    const QString file = test::exampleFile(QStringLiteral("three-site-estate.lyncplan"));
    const QByteArray json = test::readAll(file);
    const Plan plan = test::planFromJson(json);
    RecordPreview preview;
    preview.resize(640, 260);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.setRecords(planRecords(plan));
    QTableView *view = preview.view(Location::Internal);
    QScrollBar *bar = view->verticalScrollBar();
    QVERIFY2(bar->maximum() > 10, "the table must scroll for this test");

    // Two records selected in the middle, the second current, scrolled down.
    const int first = bar->maximum() / 2;
    const int second = first + 2;
    QItemSelectionModel *selection = view->selectionModel();
    selection->select(view->model()->index(first, 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(view->model()->index(second, 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->setCurrentIndex(view->model()->index(second, RecordTableModel::DataColumn),
                               QItemSelectionModel::NoUpdate);
    bar->setValue(first - 1);
    const int scrolled = bar->value();
    QVERIFY(scrolled > 0);
    const QString firstLine = line(recordAt(preview, Location::Internal, first));
    const QString secondLine = line(recordAt(preview, Location::Internal, second));

    // An edit elsewhere: the TTL of every record changes, the rows are rebuilt.
    const Plan edited = test::planFromJson(test::withEdits(json, {{"dns.ttl", "1200"}}));
    const RecordSet editedRecords = planRecords(edited);
    QVERIFY(editedRecords.constFirst().ttl == 1200);
    preview.setRecords(editedRecords);
    QCOMPARE(view->model()->index(first, RecordTableModel::TtlColumn).data().toInt(), 1200);

    QCOMPARE(bar->value(), scrolled);
    QStringList selectedLines;
    for (const QModelIndex &row : selection->selectedRows())
        selectedLines << line(recordAt(preview, Location::Internal, row.row()));
    selectedLines.sort();
    QStringList expected{firstLine, secondLine};
    expected.sort();
    QCOMPARE(selectedLines, expected);
    QCOMPARE(line(recordAt(preview, Location::Internal, view->currentIndex().row())), secondLine);
    QCOMPARE(view->currentIndex().column(), int(RecordTableModel::DataColumn));
}

void TestPreview::invalidField_recordIsMarkedNotShownAsReal()
{
    // fe02's address is not an IPv4 address (P-ADDRESS): the planner leaves it out, so pool01's
    // A records hold fe01 only — built from the invalid field, they must not look ready for DNS.
    const QByteArray json =
        test::withEdits(test::readAll(test::dataFile(QStringLiteral("ui/two-sites.lyncplan"))),
                        {{"sites[0].frontEndPools[0].servers[1].ipv4", "\"10.10.10\""}});
    const Plan plan = test::planFromJson(json);
    const RecordSet records = planRecords(plan);
    const Findings findings = validatePlan(plan, records);
    RecordPreview preview;
    preview.setRecords(records, plan, findings);

    const QString where = QStringLiteral(
        "site Redmond, Front End pool pool01.contoso.net, server 2 (fe02.contoso.net), IPv4 address");
    const int row = rowOf(preview, Location::Internal, QStringLiteral("pool01.contoso.net A 10.10.10.1"));
    QVERIFY(row >= 0);
    const QAbstractItemModel *proxy = preview.proxy(Location::Internal);
    QCOMPARE(cell(proxy, row, RecordTableModel::NameColumn, RecordTableModel::InvalidFieldRole), where);
    for (int column = 0; column < RecordTableModel::COLUMN_COUNT; ++column) {
        QVERIFY(proxy->index(row, column).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(cell(proxy, row, column, Qt::ToolTipRole)
                    .startsWith(QStringLiteral("Built from an invalid field: ") + where));
    }
    QVERIFY(
        !proxy->index(row, RecordTableModel::NameColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    // fe02's own A record is not there at all; fe01's and the other pools' records are real.
    QCOMPARE(rowOf(preview, Location::Internal, QStringLiteral("fe02.contoso.net A 10.10.10")), -1);
    for (const char *real : {"fe01.contoso.net A 10.10.10.1", "pool02.contoso.net A 10.10.11.1",
                             "webint01.contoso.net A 10.10.10.5"}) {
        const int r = rowOf(preview, Location::Internal, QString::fromLatin1(real));
        QVERIFY2(r >= 0, real);
        QVERIFY2(cell(proxy, r, 0, RecordTableModel::InvalidFieldRole).isEmpty(), real);
        QVERIFY2(!proxy->index(r, 0).data(Qt::FontRole).value<QFont>().italic(), real);
    }
    QCOMPARE(preview.model(Location::Internal)->invalidCount(), 1);
    QCOMPARE(preview.model(Location::External)->invalidCount(), 0);
    QVERIFY(!preview.invalidNote()->isHidden());
    QVERIFY2(preview.invalidNote()->text().startsWith(
                 QStringLiteral("1 record shown in italics with a warning sign is")),
             qPrintable(preview.invalidNote()->text()));

    // The warnings of the same plan (R-LB5 on the pool's load balancing) mark nothing: only errors.
    // Fixed: nothing is marked any more.
    const Plan fixed = test::planFromJson(
        test::withEdits(json, {{"sites[0].frontEndPools[0].servers[1].ipv4", "\"10.10.10.2\""}}));
    const RecordSet fixedRecords = planRecords(fixed);
    preview.setRecords(fixedRecords, fixed, validatePlan(fixed, fixedRecords));
    QCOMPARE(preview.model(Location::Internal)->invalidCount(), 0);
    QVERIFY(preview.invalidNote()->isHidden());
}

void TestPreview::validPlan_marksNothing()
{
    int checked = 0;
    for (const QString &file : test::examplePlanFiles()) {
        const Plan plan = test::loadPlan(file);
        const RecordSet records = planRecords(plan);
        const Findings findings = validatePlan(plan, records);
        if (hasErrors(findings))
            continue; // an example with errors is marked by design; the others must not be
        RecordPreview preview;
        preview.setRecords(records, plan, findings);
        QCOMPARE(preview.model(Location::Internal)->invalidCount() +
                     preview.model(Location::External)->invalidCount(),
                 0);
        QVERIFY(preview.invalidNote()->isHidden());
        ++checked;
    }
    QVERIFY2(checked >= 5, "the examples are plans without errors");
}

void TestPreview::settings_newKeyKeepsOldStatesOut()
{
    // A header state saved before the site and zone columns existed would put the old widths on
    // the wrong columns: the preview no longer reads the old key.
    {
        QSettings settings;
        settings.setValue(QStringLiteral("preview/internalHeader"), QByteArray("garbage"));
    }
    const Plan plan = twoSites();
    {
        RecordPreview preview;
        preview.restoreSettings();
        preview.setRecords(planRecords(plan));
        choose(preview.groupByBox(), QStringLiteral("Zone"));
        preview.view(Location::Internal)->setColumnWidth(RecordTableModel::NameColumn, 333);
        preview.saveSettings();
    }
    RecordPreview restored;
    restored.restoreSettings();
    restored.setRecords(planRecords(plan));
    QCOMPARE(restored.groupByBox()->currentText(), QStringLiteral("Zone"));
    // The user's width stays: the fit leaves a table the user sized alone.
    QCOMPARE(restored.view(Location::Internal)->columnWidth(RecordTableModel::NameColumn), 333);
    QVERIFY(QSettings().contains(QStringLiteral("preview/v2/internalHeader")));
}

void TestPreview::examples_fit640WithoutSidewaysScrolling_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QStringList files = test::examplePlanFiles();
    files << test::dataFile(QStringLiteral("ui/two-sites.lyncplan"));
    for (const char *language : {"en", "de"})
        for (const QString &file : std::as_const(files))
            QTest::addRow("%s %s", language, qPrintable(QFileInfo(file).fileName()))
                << QString::fromLatin1(language) << file;
}

void TestPreview::examples_fit640WithoutSidewaysScrolling()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QCOMPARE(installTranslators(language), language);
    const Plan plan = test::loadPlan(file);
    const RecordSet records = planRecords(plan);
    // The preview's share of a 1280×800 window: half the width.
    RecordPreview preview;
    preview.resize(640, 400);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.setRecords(records, plan, validatePlan(plan, records));
    for (Location location : {Location::Internal, Location::External}) {
        preview.showLocation(location);
        QTableView *view = preview.view(location);
        const QHeaderView *header = view->horizontalHeader();
        const int viewport = view->viewport()->width();
        // Every column but the stretching reason fits, with room for some of the reason (its text
        // is in each cell's tooltip).
        int used = 0;
        QStringList sizes;
        for (int column = 0; column < RecordTableModel::ReasonColumn; ++column) {
            used += view->isColumnHidden(column) ? 0 : header->sectionSize(column);
            sizes << QString::number(view->isColumnHidden(column) ? 0 : header->sectionSize(column));
        }
        QVERIFY2(used + header->minimumSectionSize() <= viewport,
                 qPrintable(QStringLiteral("%1: columns take %2 of %3 px (%4)")
                                .arg(locationName(location))
                                .arg(used)
                                .arg(viewport)
                                .arg(sizes.join(QLatin1Char(' ')))));
        // The reason stretches over the rest at the next layout.
        QTRY_COMPARE(header->length(), viewport);
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        // A column that can give way (zone, site, TTL, required) is shown only while the reason
        // keeps room for about 24 characters: the reason is what explains a record.
        bool optionalShown = false;
        for (int column : {int(RecordTableModel::ZoneColumn), int(RecordTableModel::SiteColumn),
                           int(RecordTableModel::TtlColumn), int(RecordTableModel::RequiredColumn)})
            optionalShown = optionalShown || !view->isColumnHidden(column);
        if (optionalShown)
            QVERIFY2(header->sectionSize(RecordTableModel::ReasonColumn) >=
                         24 * view->fontMetrics().averageCharWidth(),
                     qPrintable(QStringLiteral("%1: the reason gets %2 px beside an optional column")
                                    .arg(locationName(location))
                                    .arg(header->sectionSize(RecordTableModel::ReasonColumn))));
        // Name and data are shown whole: their columns are as wide as their widest text.
        for (int column : {int(RecordTableModel::NameColumn), int(RecordTableModel::DataColumn)}) {
            int widest = 0;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                widest = std::max(widest, view->fontMetrics().horizontalAdvance(
                                              view->model()->index(row, column).data().toString()));
            QVERIFY2(header->sectionSize(column) >= widest,
                     qPrintable(QStringLiteral("%1 column %2: %3 px for text of %4 px")
                                    .arg(locationName(location))
                                    .arg(column)
                                    .arg(header->sectionSize(column))
                                    .arg(widest)));
        }
    }
}

void TestPreview::wide_showsEveryColumnButTheRequirement()
{
    const Plan plan = twoSites();
    RecordPreview preview;
    preview.resize(1280, 400);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.setRecords(planRecords(plan));
    QTableView *view = preview.view(Location::Internal);
    for (int column : {int(RecordTableModel::SiteColumn), int(RecordTableModel::ZoneColumn),
                       int(RecordTableModel::NameColumn), int(RecordTableModel::TypeColumn),
                       int(RecordTableModel::DataColumn), int(RecordTableModel::TtlColumn),
                       int(RecordTableModel::RequiredColumn), int(RecordTableModel::ReasonColumn)})
        QVERIFY2(!view->isColumnHidden(column), qPrintable(QString::number(column)));
    QVERIFY(view->isColumnHidden(RecordTableModel::RequirementColumn));
    // The reason takes the rest.
    QTRY_COMPARE(view->horizontalHeader()->length(), view->viewport()->width());
    QVERIFY(view->columnWidth(RecordTableModel::ReasonColumn) >
            view->columnWidth(RecordTableModel::NameColumn));

    // Narrowed to 640 pixels the lower-priority columns give way; the user's choice in the
    // Columns menu is kept.
    preview.resize(640, 400);
    QTRY_VERIFY(view->isColumnHidden(RecordTableModel::RequiredColumn));
    for (QAction *action : preview.columnsMenu()->actions())
        if (action->data().toInt() == RecordTableModel::RequiredColumn)
            action->trigger();
    QVERIFY(!view->isColumnHidden(RecordTableModel::RequiredColumn));
    preview.resize(630, 400);
    QTRY_COMPARE(preview.width(), 630);
    QVERIFY(!view->isColumnHidden(RecordTableModel::RequiredColumn));
}

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
