// The server grid (issue 12): one grid over a column description serves the pool servers and the
// Edge servers. The description drives the headers and their JSON keys, a pasted row fills the
// fields in the order the hint names, hidden IPv6 / NAT columns appear when a cell there holds a
// value or a finding, the default columns fit 700 px in English and German, and a row whose
// cells have findings says so in its header. A new row's name editor holds the name proposed from
// the pool and the listed servers (the row stays empty until the editor commits), and a page's
// finding about a whole row marks that row's header.

#include "model/plan/plandocument.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/widgets/edgeserverstable.h"
#include "ui/widgets/serverstable.h"
#include "ui/wizard/pages/edgepage.h"
#include "ui/wizard/pages/serverpoolpage.h"
#include "ui/wizard/planpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace lyncdns;

namespace {

QStringList headerKeys(const QTableWidget *table)
{
    QStringList keys;
    for (int c = 0; c < table->columnCount(); ++c)
        keys << table->horizontalHeaderItem(c)->data(Qt::UserRole).toString();
    return keys;
}

QStringList headerTitles(const QTableWidget *table)
{
    QStringList titles;
    for (int c = 0; c < table->columnCount(); ++c)
        titles << table->horizontalHeaderItem(c)->text();
    return titles;
}

// What PlanPage::markCell does to a cell a finding is about, with the table's signals blocked.
void markLikeThePage(QTableWidget *table, int row, int column, const QString &message)
{
    const QSignalBlocker blocker(table);
    QTableWidgetItem *item = table->item(row, column);
    item->setData(Qt::BackgroundRole, QColor(Qt::red));
    item->setToolTip(message);
    item->setData(Qt::AccessibleDescriptionRole, message);
}

// What PlanPage::clearMarks does.
void clearLikeThePage(QTableWidget *table, int row, int column)
{
    const QSignalBlocker blocker(table);
    QTableWidgetItem *item = table->item(row, column);
    item->setData(Qt::BackgroundRole, QVariant());
    item->setToolTip(QString());
    item->setData(Qt::AccessibleDescriptionRole, QVariant());
}

QLabel *hintLabel(const QWidget *grid)
{
    const auto labels = grid->findChildren<QLabel *>();
    for (QLabel *label : labels)
        if (label->text().startsWith(QLatin1String("Paste columns:")))
            return label;
    return nullptr;
}

// "fqdn ipv4 ipv6" per server, one a line: a failed comparison shows what differs.
QString describe(const QList<Server> &servers)
{
    QStringList lines;
    for (const Server &s : servers)
        lines << QStringList{s.fqdn, s.ipv4, s.ipv6}.join(QLatin1Char(' '));
    return lines.join(QLatin1Char('\n'));
}

// The grid's own Add button (its text as the configuration gives it), clicked as a user would.
void clickAdd(const ServerGrid &grid)
{
    const auto buttons = grid.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == QLatin1String("&Add server")) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL("no Add server button");
}

// The editor open over a cell, nullptr if none.
QLineEdit *editorAt(const QTableWidget *table, int row, int column)
{
    return qobject_cast<QLineEdit *>(table->indexWidget(table->model()->index(row, column)));
}

// A page over one server grid registered for "sipDomains": the validator's P-SIPDOMAIN-DUP names a
// whole row there ("sipDomains[2]"), as no server rule does yet. The grid itself or its table is
// registered, as the real pages do.
class RowFindingsPage final : public PlanPage
{
public:
    RowFindingsPage(PlanDocument *document, bool registerTable)
        : PlanPage(document, QStringLiteral("Rows"), QString())
        , m_grid(new ServersTable(this))
    {
        contentLayout()->addWidget(m_grid);
        registerPathField(QStringLiteral("sipDomains"),
                          registerTable ? static_cast<QWidget *>(m_grid->table()) : m_grid);
    }
    void loadFromPlan() override
    {
        QList<Server> rows;
        for (const QString &domain : document()->plan().sipDomains)
            rows << Server{domain, QString(), QString()};
        m_grid->setServers(rows);
    }
    QStringList pathPrefixes() const override { return {QStringLiteral("sipDomains")}; }
    ServersTable *grid() const { return m_grid; }

private:
    ServersTable *m_grid;
};

const QString kEdgeHintDefault =
    QStringLiteral("Paste columns: Server FQDN, Internal IPv4, Access IPv4, Web Conferencing IPv4, A/V IPv4, "
                   "4 × IPv6 (hidden), 3 × NAT (hidden)");

} // namespace

class TestServerGrid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslators(QStringLiteral("en")); }
    void cleanup() { installTranslators(QStringLiteral("en")); }

    void columnDescription_drivesHeadersAndKeys();
    void pastePoolServers_fillsFieldsInHintOrder();
    void pasteEdgeServers_fillsFieldsInHintOrder();
    void hiddenColumns_appearWithValuesAndFindings();
    void hint_namesTheShownColumnsInOrder();
    void defaultColumns_fit700Pixels_data();
    void defaultColumns_fit700Pixels();
    void markedCells_markTheirRowHeader();
    void ownerRowProblems_markTheRowHeader();
    void addRow_numberedServers_proposesTheNextSelected();
    void addRow_noServers_proposesThePoolDomainBeforeTheCursor();
    void addRow_escapeOrUntouchedDomain_leavesTheRowEmpty();
    void addRow_namesOfOtherPools_areCountedPast();
    void addRow_edgeServers_typingReplacesTheProposal();
    void addRow_proposalSurvivesAMarkOnItsCell();
    void ownerPages_proposeFromTheirPoolFqdn();
    void pageRowFinding_marksTheRowHeader_data();
    void pageRowFinding_marksTheRowHeader();
};

void TestServerGrid::columnDescription_drivesHeadersAndKeys()
{
    ServersTable pool;
    QCOMPARE(headerKeys(pool.table()),
             (QStringList{QStringLiteral("fqdn"), QStringLiteral("ipv4"), QStringLiteral("ipv6")}));
    QCOMPARE(headerTitles(pool.table()), (QStringList{QStringLiteral("FQDN"), QStringLiteral("IPv4 address"),
                                                      QStringLiteral("IPv6 address (optional)")}));

    EdgeServersTable edge;
    // The keys of an Edge server object in plan-format.md, in the grid's column order.
    const QStringList edgeKeys{QStringLiteral("fqdn"),
                               QStringLiteral("internalIpv4"),
                               QStringLiteral("accessIpv4"),
                               QStringLiteral("webConferencingIpv4"),
                               QStringLiteral("avIpv4"),
                               QStringLiteral("internalIpv6"),
                               QStringLiteral("accessIpv6"),
                               QStringLiteral("webConferencingIpv6"),
                               QStringLiteral("avIpv6"),
                               QStringLiteral("privateAccessIpv4"),
                               QStringLiteral("privateWebConferencingIpv4"),
                               QStringLiteral("privateAvIpv4")};
    QCOMPARE(headerKeys(edge.table()), edgeKeys);
    QCOMPARE(headerTitles(edge.table()).at(EdgeServersTable::WebConferencingIpv4Column),
             QStringLiteral("Web Conferencing IPv4"));
    QCOMPARE(headerTitles(edge.table()).at(EdgeServersTable::PrivateAvIpv4Column),
             QStringLiteral("Private A/V IPv4 (NAT)"));
    for (int c = 0; c < EdgeServersTable::COLUMN_COUNT; ++c)
        QCOMPARE(EdgeServersTable::columnKey(c), edgeKeys.at(c));
    QCOMPARE(edge.columnOf(QStringLiteral("avIpv6")), int(EdgeServersTable::AvIpv6Column));
    QCOMPARE(edge.columnOf(QStringLiteral("nonsense")), -1);
}

void TestServerGrid::pastePoolServers_fillsFieldsInHintOrder()
{
    ServersTable pool;
    QCOMPARE(pool.pasteHint(), QStringLiteral("Paste columns: FQDN, IPv4, IPv6"));
    QSignalSpy changed(&pool, &ServersTable::serversChanged);
    QCOMPARE(pool.pasteText(QStringLiteral("fe01.contoso.net\t192.168.10.11\t2001:db8:10::11\r\n"
                                           "fe02.contoso.net\t192.168.10.12\n")),
             2);
    QCOMPARE(changed.count(), 1);
    QList<Server> expected{
        Server{QStringLiteral("fe01.contoso.net"), QStringLiteral("192.168.10.11"),
               QStringLiteral("2001:db8:10::11")},
        Server{QStringLiteral("fe02.contoso.net"), QStringLiteral("192.168.10.12"), QString()}};
    QCOMPARE(describe(pool.servers()), describe(expected));

    // A listed server (its name spelt otherwise) is updated; an empty pasted cell keeps the value;
    // an IPv6 address pasted in the IPv4 column lands in the IPv6 one; commas separate too.
    QCOMPARE(pool.pasteText(QStringLiteral("FE01.contoso.net.\t192.168.10.21\t\n"
                                           "fe02.contoso.net, 2001:db8:10::12")),
             2);
    expected[0].ipv4 = QStringLiteral("192.168.10.21");
    expected[1].ipv6 = QStringLiteral("2001:db8:10::12");
    QCOMPARE(describe(pool.servers()), describe(expected));

    // A fixed FQDN (Standard Edition) stays what its owner set.
    ServersTable single;
    single.setSingleServer(true);
    single.setFixedFqdn(true, QStringLiteral("se01.contoso.net"));
    QCOMPARE(
        single.pasteText(QStringLiteral("other.contoso.net\t192.168.10.30\nsecond.contoso.net\t1.2.3.4")), 1);
    QCOMPARE(describe(single.servers()), describe({Server{QStringLiteral("se01.contoso.net"),
                                                          QStringLiteral("192.168.10.30"), QString()}}));
}

void TestServerGrid::pasteEdgeServers_fillsFieldsInHintOrder()
{
    EdgeServersTable edge;
    QCOMPARE(edge.pasteHint(), kEdgeHintDefault);
    // The five columns the hint names first, in its order.
    QVERIFY(edge.pasteText(QStringLiteral("edge01.contoso.net\t172.25.33.11\t131.107.155.11\t131.107.155.21\t"
                                          "131.107.155.31\n")));
    EdgeServer first;
    first.fqdn = QStringLiteral("edge01.contoso.net");
    first.internalIpv4 = QStringLiteral("172.25.33.11");
    first.accessIpv4 = QStringLiteral("131.107.155.11");
    first.webConferencingIpv4 = QStringLiteral("131.107.155.21");
    first.avIpv4 = QStringLiteral("131.107.155.31");
    QCOMPARE(edge.servers(), QList<EdgeServer>{first});
    QVERIFY(!edge.ipv6ColumnsVisible());
    QVERIFY(!edge.privateColumnsVisible());

    // A full line: the four hidden IPv6 cells, then the three NAT ones, as the hint counts them.
    QVERIFY(edge.pasteText(QStringLiteral("edge02.contoso.net\t172.25.33.12\t131.107.155.12\t131.107.155.22\t"
                                          "131.107.155.32\tfd00:33::12\t2001:db8:155::12\t2001:db8:155::22\t"
                                          "2001:db8:155::32\t10.45.16.12\t10.45.16.22\t10.45.16.32")));
    EdgeServer second;
    second.fqdn = QStringLiteral("edge02.contoso.net");
    second.internalIpv4 = QStringLiteral("172.25.33.12");
    second.accessIpv4 = QStringLiteral("131.107.155.12");
    second.webConferencingIpv4 = QStringLiteral("131.107.155.22");
    second.avIpv4 = QStringLiteral("131.107.155.32");
    second.internalIpv6 = QStringLiteral("fd00:33::12");
    second.accessIpv6 = QStringLiteral("2001:db8:155::12");
    second.webConferencingIpv6 = QStringLiteral("2001:db8:155::22");
    second.avIpv6 = QStringLiteral("2001:db8:155::32");
    second.privateAccessIpv4 = QStringLiteral("10.45.16.12");
    second.privateWebConferencingIpv4 = QStringLiteral("10.45.16.22");
    second.privateAvIpv4 = QStringLiteral("10.45.16.32");
    QCOMPARE(edge.servers(), (QList<EdgeServer>{first, second}));
    // Pasted values do not land out of sight.
    QVERIFY(edge.ipv6ColumnsVisible());
    QVERIFY(edge.privateColumnsVisible());

    QVERIFY(!edge.pasteText(QStringLiteral("\n  \n")));
    QCOMPARE(edge.rowCount(), 2);
}

void TestServerGrid::hiddenColumns_appearWithValuesAndFindings()
{
    EdgeServersTable edge;
    QVERIFY(!edge.ipv6ColumnsVisible());
    EdgeServer nat;
    nat.fqdn = QStringLiteral("edge01.contoso.net");
    nat.privateAvIpv4 = QStringLiteral("10.45.16.30");
    edge.setServers({nat});
    QVERIFY(edge.privateColumnsVisible());
    QVERIFY(!edge.ipv6ColumnsVisible());
    QVERIFY(!edge.table()->isColumnHidden(EdgeServersTable::PrivateAvIpv4Column));
    // Its box says so and cannot hide the value.
    auto *natBox = edge.findChild<QCheckBox *>();
    const auto boxes = edge.findChildren<QCheckBox *>();
    QCOMPARE(boxes.size(), 2);
    for (QCheckBox *box : boxes)
        if (box->text().contains(QLatin1String("NAT")))
            natBox = box;
    QVERIFY(natBox->isChecked());
    QVERIFY(!natBox->isEnabled());
    edge.setPrivateColumnsVisible(false);
    QVERIFY(edge.privateColumnsVisible());

    // Without the value the request to hide takes effect, and the box works again.
    edge.setServers({EdgeServer{}});
    QVERIFY(!edge.privateColumnsVisible());
    QVERIFY(natBox->isEnabled());
    QVERIFY(!natBox->isChecked());
    natBox->click();
    QVERIFY(edge.privateColumnsVisible());
    natBox->click();
    QVERIFY(!edge.privateColumnsVisible());

    // A finding in a hidden IPv6 cell shows the IPv6 columns.
    QVERIFY(!edge.ipv6ColumnsVisible());
    markLikeThePage(edge.table(), 0, EdgeServersTable::AccessIpv6Column,
                    QStringLiteral("This plan does not use IPv6."));
    QVERIFY(edge.ipv6ColumnsVisible());

    // The pool servers' IPv6 column follows its owner, unless a server has an IPv6 address.
    ServersTable pool;
    pool.setIpv6Visible(false);
    QVERIFY(pool.table()->isColumnHidden(ServersTable::Ipv6Column));
    pool.setServers({Server{QStringLiteral("fe01.contoso.net"), QStringLiteral("192.168.10.11"),
                            QStringLiteral("2001:db8:10::11")}});
    QVERIFY(!pool.table()->isColumnHidden(ServersTable::Ipv6Column));
    pool.setServers({Server{QStringLiteral("fe01.contoso.net"), QStringLiteral("192.168.10.11"), QString()}});
    QVERIFY(pool.table()->isColumnHidden(ServersTable::Ipv6Column));
}

void TestServerGrid::hint_namesTheShownColumnsInOrder()
{
    EdgeServersTable edge;
    QLabel *hint = hintLabel(&edge);
    QVERIFY(hint);
    QCOMPARE(hint->text(), kEdgeHintDefault);
    edge.setPrivateColumnsVisible(true);
    QCOMPARE(hint->text(),
             QStringLiteral("Paste columns: Server FQDN, Internal IPv4, Access IPv4, Web Conferencing IPv4, "
                            "A/V IPv4, 4 × IPv6 (hidden), Private Access IPv4 (NAT), "
                            "Private Web Conferencing IPv4 (NAT), Private A/V IPv4 (NAT)"));
    // The Paste button's tooltip names every column in paste order.
    auto *paste = edge.findChild<QPushButton *>();
    const auto buttons = edge.findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        if (button->text() == QLatin1String("Paste r&ows"))
            paste = button;
    QVERIFY2(paste->toolTip().contains(QLatin1String(
                 "Server FQDN, Internal IPv4, Access IPv4, Web Conferencing IPv4, A/V IPv4, Internal IPv6, "
                 "Access IPv6, Web Conferencing IPv6, A/V IPv6, Private Access IPv4 (NAT), "
                 "Private Web Conferencing IPv4 (NAT), Private A/V IPv4 (NAT)")),
             qPrintable(paste->toolTip()));

    ServersTable pool;
    pool.setIpv6Visible(false);
    QCOMPARE(pool.pasteHint(), QStringLiteral("Paste columns: FQDN, IPv4, 1 × IPv6 (hidden)"));
}

void TestServerGrid::defaultColumns_fit700Pixels_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestServerGrid::defaultColumns_fit700Pixels()
{
    QFETCH(QString, language);
    QCOMPARE(installTranslators(language), language);

    EdgeServersTable edge;
    EdgeServer server;
    server.fqdn = QStringLiteral("edge01.contoso.net");
    server.internalIpv4 = QStringLiteral("172.25.33.10");
    server.accessIpv4 = QStringLiteral("131.107.155.10");
    server.webConferencingIpv4 = QStringLiteral("131.107.155.20");
    server.avIpv4 = QStringLiteral("131.107.155.30");
    edge.setServers({server, server});
    ServersTable pool;
    pool.setServers({Server{QStringLiteral("fe01.contoso.net"), QStringLiteral("192.168.10.11"),
                            QStringLiteral("2001:db8:10::11")}});
    // The headers really are in the language under test (lyncdns_de.ts).
    QCOMPARE(edge.table()->horizontalHeaderItem(EdgeServersTable::AccessIpv4Column)->text(),
             language == QLatin1String("de") ? QStringLiteral("Zugriffs-IPv4")
                                             : QStringLiteral("Access IPv4"));

    for (ServerGrid *grid : {static_cast<ServerGrid *>(&edge), static_cast<ServerGrid *>(&pool)}) {
        const QString name = QString::fromLatin1(grid->metaObject()->className());
        QVERIFY2(grid->minimumSizeHint().width() <= 700,
                 qPrintable(name + QStringLiteral(" needs %1 px").arg(grid->minimumSizeHint().width())));
        grid->resize(700, 400);
        grid->show();
        QVERIFY(QTest::qWaitForWindowExposed(grid));
        QTableWidget *table = grid->table();
        QVERIFY2(!table->horizontalScrollBar()->isVisible(),
                 qPrintable(name + QStringLiteral(": a horizontal scroll bar at 700 px")));
        // Every shown column is wide enough for its title.
        for (int c = 0; c < table->columnCount(); ++c) {
            if (table->isColumnHidden(c))
                continue;
            const QString title = table->horizontalHeaderItem(c)->text();
            const int needed = table->horizontalHeader()->fontMetrics().horizontalAdvance(title);
            QVERIFY2(table->horizontalHeader()->sectionSize(c) >= needed,
                     qPrintable(QStringLiteral("%1: \"%2\" gets %3 px of %4")
                                    .arg(name, title)
                                    .arg(table->horizontalHeader()->sectionSize(c))
                                    .arg(needed)));
        }
        grid->hide();
    }
}

void TestServerGrid::markedCells_markTheirRowHeader()
{
    EdgeServersTable edge;
    EdgeServer server;
    server.fqdn = QStringLiteral("edge01.contoso.net");
    edge.setServers({server, server});
    QSignalSpy changed(&edge, &EdgeServersTable::serversChanged);
    QTableWidget *table = edge.table();
    const QString message = QStringLiteral("131.107.155 is not an IPv4 address (address-invalid)");
    markLikeThePage(table, 1, EdgeServersTable::AccessIpv4Column, message);

    const QTableWidgetItem *marked = table->verticalHeaderItem(1);
    QVERIFY2(marked, "row 2 has no marker");
    QVERIFY(!marked->icon().isNull());
    QCOMPARE(marked->text(), QStringLiteral("2"));
    QCOMPARE(marked->toolTip(), QStringLiteral("Access IPv4: ") + message);
    QCOMPARE(edge.rowProblems(1), QStringList{QStringLiteral("Access IPv4: ") + message});
    QVERIFY(edge.rowProblems(0).isEmpty());
    QVERIFY(!table->verticalHeaderItem(0) || table->verticalHeaderItem(0)->icon().isNull());
    // A mark is no edit.
    QCOMPARE(changed.count(), 0);

    // Removing the row above moves the marker with its row, numbered anew.
    table->setCurrentCell(0, 0);
    table->clearSelection();
    edge.removeSelectedRows();
    QCOMPARE(edge.rowCount(), 1);
    QVERIFY(table->verticalHeaderItem(0));
    QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("1"));
    QCOMPARE(edge.rowProblems(0).size(), 1);

    clearLikeThePage(table, 0, EdgeServersTable::AccessIpv4Column);
    QVERIFY(edge.rowProblems(0).isEmpty());
    QVERIFY(!table->verticalHeaderItem(0) || table->verticalHeaderItem(0)->icon().isNull());
}

void TestServerGrid::ownerRowProblems_markTheRowHeader()
{
    ServersTable pool;
    pool.setServers({Server{QStringLiteral("fe01.contoso.net"), QStringLiteral("192.168.10.11"), QString()},
                     Server{QStringLiteral("fe01.contoso.net"), QStringLiteral("192.168.10.12"), QString()}});
    const QString duplicate = QStringLiteral("Two servers are named fe01.contoso.net.");
    pool.setRowProblems(1, {duplicate});
    const QTableWidgetItem *marked = pool.table()->verticalHeaderItem(1);
    QVERIFY(marked);
    QVERIFY(!marked->icon().isNull());
    QCOMPARE(marked->toolTip(), duplicate);
    markLikeThePage(pool.table(), 1, ServersTable::Ipv4Column, QStringLiteral("Not in the site's subnet."));
    QCOMPARE(pool.rowProblems(1),
             (QStringList{duplicate, QStringLiteral("IPv4 address: Not in the site's subnet.")}));
    pool.setRowProblems(1, {});
    QCOMPARE(pool.rowProblems(1), QStringList{QStringLiteral("IPv4 address: Not in the site's subnet.")});
}

void TestServerGrid::addRow_numberedServers_proposesTheNextSelected()
{
    ServersTable pool;
    pool.setServers({Server{QStringLiteral("fe01.contoso.net"), QStringLiteral("10.10.2.11"), QString()},
                     Server{QStringLiteral("fe02.contoso.net"), QStringLiteral("10.10.2.12"), QString()}});
    pool.setPoolFqdn(QStringLiteral("pool01.contoso.net"));
    pool.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pool));
    QSignalSpy changed(&pool, &ServersTable::serversChanged);
    clickAdd(pool);
    QCOMPARE(pool.rowCount(), 3);
    QCOMPARE(changed.count(), 1); // the row itself

    QLineEdit *editor = editorAt(pool.table(), 2, ServersTable::FqdnColumn);
    QVERIFY2(editor, "no editor open over the new row's FQDN");
    QCOMPARE(editor->text(), QStringLiteral("fe03.contoso.net"));
    QCOMPARE(editor->selectedText(), QStringLiteral("fe03.contoso.net"));
    // Only proposed: the row holds nothing yet.
    QCOMPARE(pool.table()->item(2, ServersTable::FqdnColumn)->text(), QString());

    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits a Return in a queued call
    QCOMPARE(pool.table()->item(2, ServersTable::FqdnColumn)->text(), QStringLiteral("fe03.contoso.net"));
    QCOMPARE(pool.servers().value(2).fqdn, QStringLiteral("fe03.contoso.net"));
    QCOMPARE(changed.count(), 2);
}

void TestServerGrid::addRow_noServers_proposesThePoolDomainBeforeTheCursor()
{
    ServersTable pool;
    pool.setPoolFqdn(QStringLiteral("pool01.contoso.net"));
    pool.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pool));
    QSignalSpy changed(&pool, &ServersTable::serversChanged);
    clickAdd(pool);
    QLineEdit *editor = editorAt(pool.table(), 0, ServersTable::FqdnColumn);
    QVERIFY2(editor, "no editor open over the new row's FQDN");
    QCOMPARE(editor->text(), QStringLiteral(".contoso.net"));
    QVERIFY(!editor->hasSelectedText());
    QCOMPARE(editor->cursorPosition(), 0);

    QTest::keyClicks(editor, QStringLiteral("fe01"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(pool.servers().value(0).fqdn, QStringLiteral("fe01.contoso.net"));
    QCOMPARE(changed.count(), 2);

    // Without a pool domain nor a numbered server there is nothing to propose.
    ServersTable bare;
    bare.setPoolFqdn(QStringLiteral("pool01"));
    bare.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bare));
    clickAdd(bare);
    editor = editorAt(bare.table(), 0, ServersTable::FqdnColumn);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QString());
}

void TestServerGrid::addRow_escapeOrUntouchedDomain_leavesTheRowEmpty()
{
    ServersTable pool;
    pool.setServers({Server{QStringLiteral("fe01.contoso.net"), QString(), QString()},
                     Server{QStringLiteral("fe02.contoso.net"), QString(), QString()}});
    pool.setPoolFqdn(QStringLiteral("pool01.contoso.net"));
    pool.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pool));
    clickAdd(pool);
    QLineEdit *editor = editorAt(pool.table(), 2, ServersTable::FqdnColumn);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("fe03.contoso.net"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCoreApplication::processEvents();
    QCOMPARE(pool.rowCount(), 3);
    QCOMPARE(pool.table()->item(2, ServersTable::FqdnColumn)->text(), QString());
    QCOMPARE(pool.servers().value(2).fqdn, QString());

    // A partial proposal accepted as it stands is no name: the row stays empty.
    ServersTable empty;
    empty.setPoolFqdn(QStringLiteral("pool01.contoso.net"));
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));
    clickAdd(empty);
    editor = editorAt(empty.table(), 0, ServersTable::FqdnColumn);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral(".contoso.net"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(empty.table()->item(0, ServersTable::FqdnColumn)->text(), QString());

    // Nor is a proposal the focus left untouched (a click elsewhere, the window closing).
    QWidget window;
    auto *grid = new ServersTable(&window);
    auto *elsewhere = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(grid);
    layout->addWidget(elsewhere);
    grid->setServers({Server{QStringLiteral("fe01.contoso.net"), QString(), QString()}});
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    clickAdd(*grid);
    editor = editorAt(grid->table(), 1, ServersTable::FqdnColumn);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("fe02.contoso.net"));
    QCOMPARE(QApplication::focusWidget(), editor);
    elsewhere->setFocus(Qt::MouseFocusReason);
    QCoreApplication::processEvents();
    QVERIFY(!editorAt(grid->table(), 1, ServersTable::FqdnColumn));
    QCOMPARE(grid->table()->item(1, ServersTable::FqdnColumn)->text(), QString());

    // Nor is a proposal an arrow key moved away from (the view commits the editor on the move).
    ServersTable arrows;
    arrows.setServers({Server{QStringLiteral("fe01.contoso.net"), QString(), QString()}});
    arrows.show();
    QVERIFY(QTest::qWaitForWindowExposed(&arrows));
    clickAdd(arrows);
    editor = editorAt(arrows.table(), 1, ServersTable::FqdnColumn);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("fe02.contoso.net"));
    QTest::keyClick(editor, Qt::Key_Up);
    QCoreApplication::processEvents();
    QCOMPARE(arrows.table()->item(1, ServersTable::FqdnColumn)->text(), QString());
    QCOMPARE(arrows.table()->item(0, ServersTable::FqdnColumn)->text(), QStringLiteral("fe01.contoso.net"));
}

void TestServerGrid::addRow_namesOfOtherPools_areCountedPast()
{
    // Estates number servers across pools: pool02 has fe04-fe06, so pool01's next is fe07.
    ServersTable pool;
    pool.setServers({Server{QStringLiteral("fe01.contoso.net"), QString(), QString()},
                     Server{QStringLiteral("fe02.contoso.net"), QString(), QString()},
                     Server{QStringLiteral("fe03.contoso.net"), QString(), QString()}});
    pool.setTakenNames([] {
        return QSet<QString>{QStringLiteral("fe01.contoso.net"), QStringLiteral("fe02.contoso.net"),
                             QStringLiteral("fe03.contoso.net"), QStringLiteral("fe04.contoso.net"),
                             QStringLiteral("fe05.contoso.net"), QStringLiteral("fe06.contoso.net")};
    });
    pool.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pool));
    clickAdd(pool);
    QLineEdit *editor = editorAt(pool.table(), 3, ServersTable::FqdnColumn);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("fe07.contoso.net"));
}

void TestServerGrid::addRow_edgeServers_typingReplacesTheProposal()
{
    EdgeServersTable edge;
    EdgeServer server;
    server.fqdn = QStringLiteral("edge9.contoso.net");
    edge.setServers({server});
    edge.setPoolFqdn(QStringLiteral("edgepool01.contoso.net"));
    edge.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edge));
    clickAdd(edge);
    QLineEdit *editor = editorAt(edge.table(), 1, EdgeServersTable::FqdnColumn);
    QVERIFY2(editor, "no editor open over the new Edge server's FQDN");
    QCOMPARE(editor->text(), QStringLiteral("edge10.contoso.net"));
    QCOMPARE(editor->selectedText(), QStringLiteral("edge10.contoso.net"));
    QTest::keyClicks(editor, QStringLiteral("edge-dub.contoso.net"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(edge.servers().value(1).fqdn, QStringLiteral("edge-dub.contoso.net"));

    // The pool's domain when no Edge server is numbered.
    EdgeServersTable fresh;
    fresh.setPoolFqdn(QStringLiteral("edgepool01.contoso.net"));
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    clickAdd(fresh);
    editor = editorAt(fresh.table(), 0, EdgeServersTable::FqdnColumn);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral(".contoso.net"));
    QCOMPARE(editor->cursorPosition(), 0);
}

void TestServerGrid::addRow_proposalSurvivesAMarkOnItsCell()
{
    // The page marks the new row's empty FQDN as missing while its editor is open: the view reloads
    // the editor from the (empty) item, which must not wipe the proposal.
    ServersTable pool;
    pool.setServers({Server{QStringLiteral("fe01.contoso.net"), QString(), QString()}});
    pool.setPoolFqdn(QStringLiteral("pool01.contoso.net"));
    pool.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pool));
    clickAdd(pool);
    QLineEdit *editor = editorAt(pool.table(), 1, ServersTable::FqdnColumn);
    QVERIFY(editor);
    markLikeThePage(pool.table(), 1, ServersTable::FqdnColumn, QStringLiteral("a server needs an FQDN"));
    QCOMPARE(editor->text(), QStringLiteral("fe02.contoso.net"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(pool.servers().value(1).fqdn, QStringLiteral("fe02.contoso.net"));
}

void TestServerGrid::ownerPages_proposeFromTheirPoolFqdn()
{
    // The Edge page hands its grid the pool's internal FQDN, the Mediation page its pool FQDN, as
    // read from the plan and as typed.
    PlanDocument document;
    EdgePage edgePage(&document);
    ServerPoolPage mediationPage(EstateRole::Mediation, &document);
    document.reset(test::loadPlan(test::exampleFile(QStringLiteral("three-site-estate.lyncplan"))),
                   QString());
    auto *edgeGrid = edgePage.findChild<EdgeServersTable *>();
    auto *mediationGrid = mediationPage.findChild<ServersTable *>();
    QVERIFY(edgeGrid && mediationGrid);
    QCOMPARE(edgeGrid->poolFqdn(), QStringLiteral("edgepool01.contoso.net"));
    QCOMPARE(mediationGrid->poolFqdn(), QStringLiteral("medpool01.contoso.net"));

    auto *poolFqdn = mediationPage.findChild<QLineEdit *>(QStringLiteral("sites[0].mediationPools[0].fqdn"));
    QVERIFY(poolFqdn);
    poolFqdn->selectAll();
    QTest::keyClicks(poolFqdn, QStringLiteral("medpool02.fabrikam.com"));
    QCOMPARE(mediationGrid->poolFqdn(), QStringLiteral("medpool02.fabrikam.com"));

    // med01 and med02 are listed (three-site-estate.lyncplan): the next is med03.
    mediationPage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mediationPage));
    clickAdd(*mediationGrid);
    QLineEdit *editor = editorAt(mediationGrid->table(), 2, ServersTable::FqdnColumn);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("med03.contoso.net"));
}

void TestServerGrid::pageRowFinding_marksTheRowHeader_data()
{
    QTest::addColumn<bool>("registerTable");
    QTest::newRow("grid registered") << false;
    QTest::newRow("table registered") << true;
}

void TestServerGrid::pageRowFinding_marksTheRowHeader()
{
    QFETCH(bool, registerTable);
    PlanDocument document;
    RowFindingsPage page(&document, registerTable);
    Plan plan = PlanDocument::newPlan();
    plan.sipDomains = {QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com"),
                       QStringLiteral("contoso.com")};
    document.reset(plan, QString());
    ServersTable *grid = page.grid();
    QCOMPARE(grid->rowCount(), 3);

    // validator.cpp checkSipDomains: the second contoso.com is the duplicate, named by its row.
    const QString duplicate =
        QStringLiteral("SIP domain contoso.com is listed twice (also sipDomains[0]) (P-SIPDOMAIN-DUP)");
    QCOMPARE(grid->rowProblems(2), QStringList{duplicate});
    QCOMPARE(grid->table()->verticalHeaderItem(2) ? grid->table()->verticalHeaderItem(2)->toolTip()
                                                  : QString(),
             duplicate);
    QVERIFY(!grid->table()->verticalHeaderItem(2)->icon().isNull());
    QVERIFY(grid->rowProblems(0).isEmpty());
    QVERIFY(grid->rowProblems(1).isEmpty());

    // The finding gone, the next refresh clears the row.
    document.update([](Plan &p) { p.sipDomains[2] = QStringLiteral("litwareinc.com"); });
    QVERIFY2(grid->rowProblems(2).isEmpty(), qPrintable(grid->rowProblems(2).join(QLatin1Char('\n'))));
    QVERIFY(!grid->table()->verticalHeaderItem(2) || grid->table()->verticalHeaderItem(2)->icon().isNull());
}

QTEST_MAIN(TestServerGrid)
#include "tst_servergrid.moc"
