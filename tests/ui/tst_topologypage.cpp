// The plan editor's "Sites and pools" page (issue 12) driven through its widgets: the tree of the
// three-site example written out by hand from examples/three-site-estate.lyncplan, adding, renaming,
// duplicating and removing through the buttons and keys, a branch site typed in its fields,
// editRequested on Enter, the Tab order, problem counts from the findings, and a 50-site plan that
// is not rebuilt on every edit elsewhere.

#include "model/plan/estateedit.h"
#include "model/plan/plandocument.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/widgets/serverstable.h"
#include "ui/wizard/pages/topologypage.h"
#include "ui/wizard/topologymodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace lyncdns;

Q_DECLARE_METATYPE(lyncdns::EstateRole)

namespace {

// The rows under parent, as the tree shows them.
QStringList rowTexts(const QAbstractItemModel *model, const QModelIndex &parent = QModelIndex())
{
    QStringList texts;
    for (int r = 0; r < model->rowCount(parent); ++r)
        texts << model->index(r, 0, parent).data().toString();
    return texts;
}

QModelIndex rowNamed(const QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    for (int r = 0; r < model->rowCount(parent); ++r)
        if (model->index(r, 0, parent).data().toString() == text)
            return model->index(r, 0, parent);
    return {};
}

// A click on a row of the tree, as the user selects it.
void clickRow(QTreeView *tree, const QModelIndex &index)
{
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
}

QPushButton *button(const QWidget *page, const char *name)
{
    return page->findChild<QPushButton *>(QLatin1String(name));
}

// Replaces the text of the widget that has the focus (an item editor) and presses Enter.
bool typeIntoFocus(const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!edit)
        return false;
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    // The delegate commits and closes its editor from a queued call (after the editor's own fixup).
    QCoreApplication::processEvents();
    return true;
}

Plan fiftySites()
{
    Plan plan = PlanDocument::newPlan();
    plan.sites.clear();
    for (int s = 0; s < 50; ++s) {
        Site site;
        site.name = QStringLiteral("Site %1").arg(s + 1);
        Pool pool;
        pool.fqdn = QStringLiteral("pool%1.contoso.net").arg(s + 1);
        pool.servers = {
            Server{QStringLiteral("fe%1.contoso.net").arg(s + 1), QStringLiteral("10.0.%1.11").arg(s), {}}};
        site.frontEndPools << pool;
        plan.sites << site;
    }
    return plan;
}

} // namespace

class TestTopologyPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void threeSiteExample_treeShowsEstateInPlanOrder();
    void buttonsAndKeys_editTheEstate();
    void branchSite_editedInDetailsPane();
    void enterOnPool_requestsItsEditor();
    void tab_reachesTreeButtonsAndBranchFields();
    void findings_countedOnTheirElementAndSite();
    void editElsewhere_keepsSelectionAndExpansion();
    void fiftySites_openCollapsedAndUpdateInPlace();
    void page_fits700x600_data();
    void page_fits700x600();

private:
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<TopologyPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTreeView *m_tree = nullptr;
    QAbstractItemModel *m_model = nullptr;
};

void TestTopologyPage::initTestCase()
{
    installTranslators(QStringLiteral("en")); // the plural forms come from the English catalogue
}

void TestTopologyPage::init()
{
    qRegisterMetaType<lyncdns::EstateRole>();
    m_document = std::make_unique<PlanDocument>();
    PlanError error;
    QVERIFY2(m_document->load(test::exampleFile(QStringLiteral("three-site-estate.lyncplan")), &error),
             qPrintable(error.message));
    m_page = std::make_unique<TopologyPage>(m_document.get());
    m_page->setConfirmRemovals(false);
    m_tree = m_page->tree();
    m_model = m_tree->model();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(700, 600);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestTopologyPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_document.reset();
}

void TestTopologyPage::threeSiteExample_treeShowsEstateInPlanOrder()
{
    QCOMPARE(rowTexts(m_model), (QStringList{"Redmond", "Dublin", "Singapore", "Branch sites"}));
    const QModelIndex redmond = m_model->index(0, 0);
    // Roles that have elements, in the tree's order; Redmond has no Persistent Chat pool.
    QCOMPARE(rowTexts(m_model, redmond),
             (QStringList{"Front End pools", "Director pools", "Edge pools", "Reverse proxies",
                          "Office Web Apps farms", "Mediation pools"}));
    const QModelIndex frontEnds = rowNamed(m_model, redmond, QStringLiteral("Front End pools"));
    QCOMPARE(rowTexts(m_model, frontEnds), QStringList{"pool01.contoso.net"});
    QCOMPARE(rowTexts(m_model, m_model->index(0, 0, frontEnds)),
             (QStringList{"fe01.contoso.net (10.10.2.11)", "fe02.contoso.net (10.10.2.12)",
                          "fe03.contoso.net (10.10.2.13)"}));
    // Edge servers by their internal address.
    const QModelIndex edge = m_model->index(0, 0, rowNamed(m_model, redmond, QStringLiteral("Edge pools")));
    QCOMPARE(edge.data().toString(), QStringLiteral("edgepool01.contoso.net"));
    QCOMPARE(rowTexts(m_model, edge),
             (QStringList{"edge01.contoso.net (172.25.33.11)", "edge02.contoso.net (172.25.33.12)"}));
    QCOMPARE(rowTexts(m_model, rowNamed(m_model, redmond, QStringLiteral("Reverse proxies"))),
             QStringList{"rp-redmond"});
    QCOMPARE(rowTexts(m_model, rowNamed(m_model, redmond, QStringLiteral("Office Web Apps farms"))),
             QStringList{"owas01.contoso.net"});
    QCOMPARE(rowTexts(m_model, rowNamed(m_model, redmond, QStringLiteral("Mediation pools"))),
             QStringList{"medpool01.contoso.net"});

    QCOMPARE(rowTexts(m_model, m_model->index(1, 0)),
             (QStringList{"Front End pools", "Director pools", "Edge pools", "Reverse proxies"}));
    const QModelIndex singapore = m_model->index(2, 0);
    QCOMPARE(rowTexts(m_model, singapore), QStringList{"Front End pools"});
    QCOMPARE(rowTexts(m_model, m_model->index(0, 0, singapore)),
             (QStringList{"pool03.contoso.net", "pool04.contoso.net"}));

    const QModelIndex branches = m_model->index(3, 0);
    QCOMPARE(rowTexts(m_model, branches), QStringList{"Bellevue"});
    QCOMPARE(rowTexts(m_model, m_model->index(0, 0, branches)),
             QStringList{"sba01.contoso.net (10.110.0.5)"});

    // Three sites open expanded with their roles; the first is selected.
    QVERIFY(m_tree->isExpanded(redmond));
    QVERIFY(m_tree->isExpanded(frontEnds));
    QCOMPARE(m_page->currentPath(), QStringLiteral("sites[0]"));
    QCOMPARE(m_page->pathPrefixes(),
             (QStringList{"sites[0].name", "sites[1].name", "sites[2].name", "branchSites"}));
}

void TestTopologyPage::buttonsAndKeys_editTheEstate()
{
    clickRow(m_tree, m_model->index(1, 0)); // Dublin
    QCOMPARE(m_page->currentPath(), QStringLiteral("sites[1]"));

    // Add pool ▸ Front End pool: a new, unnamed Enterprise pool with hardware load balancing.
    QPushButton *addPool = button(m_page.get(), "addPool");
    QVERIFY(addPool && addPool->isEnabled() && addPool->menu());
    QAction *frontEnd = nullptr;
    for (QAction *a : addPool->menu()->actions())
        if (a->text() == QLatin1String("Front End pool"))
            frontEnd = a;
    QVERIFY(frontEnd);
    frontEnd->trigger();
    const auto dublinPools = [this] { return m_document->plan().sites.at(1).frontEndPools; };
    QCOMPARE(dublinPools().size(), 2);
    QCOMPARE(dublinPools().at(1).fqdn, QString());
    QCOMPARE(dublinPools().at(1).edition, Edition::Enterprise);
    QCOMPARE(dublinPools().at(1).loadBalancing, LoadBalancing::Hardware);
    QCOMPARE(m_page->currentPath(), QStringLiteral("sites[1].frontEndPools[1]"));
    QCOMPARE(m_tree->currentIndex().data().toString(), QStringLiteral("(no name yet)"));

    // Rename: the editor starts empty (not "(no name yet)") and the name goes into the plan.
    button(m_page.get(), "rename")->click();
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QString());
    QVERIFY(typeIntoFocus(QStringLiteral("pool05.contoso.net")));
    QCOMPARE(dublinPools().at(1).fqdn, QStringLiteral("pool05.contoso.net"));
    QCOMPARE(m_tree->currentIndex().data().toString(), QStringLiteral("pool05.contoso.net"));

    // Ctrl+D in the tree: the copy follows the original, named by counting up past pool01..pool05.
    m_tree->setFocus();
    QTest::keyClick(m_tree, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(dublinPools().size(), 3);
    QCOMPARE(dublinPools().at(2).fqdn, QStringLiteral("pool06.contoso.net"));
    QCOMPARE(m_page->currentPath(), QStringLiteral("sites[1].frontEndPools[2]"));

    // F2 renames from the keyboard as well.
    QTest::keyClick(m_tree, Qt::Key_F2);
    QVERIFY(typeIntoFocus(QStringLiteral("pool07.contoso.net")));
    QCOMPARE(dublinPools().at(2).fqdn, QStringLiteral("pool07.contoso.net"));
    // A name another pool has is refused, and said.
    QTest::keyClick(m_tree, Qt::Key_F2);
    QVERIFY(typeIntoFocus(QStringLiteral("POOL01.contoso.net")));
    QCOMPARE(dublinPools().at(2).fqdn, QStringLiteral("pool07.contoso.net"));
    QVERIFY(
        m_page->findChild<QLabel *>(QStringLiteral("topologyNotice"))->text().contains("POOL01.contoso.net"));

    // Delete removes it (the question names it); the one above takes the selection.
    m_tree->setFocus();
    QTest::keyClick(m_tree, Qt::Key_Delete);
    QCOMPARE(dublinPools().size(), 2);
    QCOMPARE(dublinPools().at(0).fqdn, QStringLiteral("pool02.contoso.net"));
    QCOMPARE(dublinPools().at(1).fqdn, QStringLiteral("pool05.contoso.net"));
    QVERIFY2(m_page->lastRemovalQuestion().contains(QLatin1String("pool07.contoso.net")),
             qPrintable(m_page->lastRemovalQuestion()));
    QCOMPARE(m_page->currentPath(), QStringLiteral("sites[1].frontEndPools[1]"));

    // Removing a pool with servers says how many go: pool03 has three.
    clickRow(m_tree, rowNamed(m_model, m_model->index(0, 0, m_model->index(2, 0)),
                              QStringLiteral("pool03.contoso.net")));
    button(m_page.get(), "remove")->click();
    QVERIFY2(m_page->lastRemovalQuestion().contains(QLatin1String("pool03.contoso.net")) &&
                 m_page->lastRemovalQuestion().contains(QLatin1Char('3')),
             qPrintable(m_page->lastRemovalQuestion()));
    QCOMPARE(m_document->plan().sites.at(2).frontEndPools.size(), 1);
    QCOMPARE(m_document->plan().sites.at(2).frontEndPools.at(0).fqdn, QStringLiteral("pool04.contoso.net"));

    // Add site: a new site at the end, selected; renamed in place.
    button(m_page.get(), "addSite")->click();
    QCOMPARE(m_document->plan().sites.size(), 4);
    QCOMPARE(m_page->currentPath(), QStringLiteral("sites[3]"));
    button(m_page.get(), "rename")->click();
    QVERIFY(typeIntoFocus(QStringLiteral("Tokyo")));
    QCOMPARE(m_document->plan().sites.at(3).name, QStringLiteral("Tokyo"));
    QCOMPARE(rowTexts(m_model).at(3), QStringLiteral("Tokyo"));
}

void TestTopologyPage::branchSite_editedInDetailsPane()
{
    button(m_page.get(), "addBranch")->click();
    QCOMPARE(m_document->plan().branchSites.size(), 2);
    QCOMPARE(m_page->currentPath(), QStringLiteral("branchSites[1]"));
    auto *name = m_page->findChild<QLineEdit *>(QStringLiteral("branchSites.name"));
    auto *central = m_page->findChild<QComboBox *>(QStringLiteral("branchSites.centralSite"));
    auto *appliances = m_page->findChild<ServersTable *>(QStringLiteral("branchSites.survivableBranches"));
    QVERIFY(name && central && appliances);
    QVERIFY(name->isVisible());
    QCOMPARE(QApplication::focusWidget(), name);
    // The new branch site's central site is the first site.
    QCOMPARE(central->currentText(), QStringLiteral("Redmond"));

    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Kirkland"));
    QCOMPARE(m_document->plan().branchSites.at(1).name, QStringLiteral("Kirkland"));
    QCOMPARE(m_tree->currentIndex().data().toString(), QStringLiteral("Kirkland"));

    central->setFocus();
    QTest::keyClick(central, Qt::Key_Down);
    QCOMPARE(central->currentText(), QStringLiteral("Dublin"));

    // One appliance row, typed cell by cell.
    QTableWidget *table = appliances->table();
    QPushButton *addServer = nullptr;
    for (QPushButton *b : appliances->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == QLatin1String("Add server"))
            addServer = b;
    QVERIFY(addServer);
    addServer->click();
    QCOMPARE(table->rowCount(), 1);
    table->setFocus();
    for (const auto &[column, text] : {std::pair{0, "sba02.contoso.net"}, std::pair{1, "10.120.0.5"}}) {
        table->setCurrentCell(0, column);
        QTest::keyClick(table, Qt::Key_F2);
        QVERIFY(typeIntoFocus(QLatin1String(text)));
    }

    const BranchSite expected{
        QStringLiteral("Kirkland"),
        QStringLiteral("Dublin"),
        {Server{QStringLiteral("sba02.contoso.net"), QStringLiteral("10.120.0.5"), {}}}};
    QCOMPARE(m_document->plan().branchSites.at(1), expected);
    QCOMPARE(m_document->plan().branchSites.at(0).name, QStringLiteral("Bellevue"));
    QCOMPARE(rowTexts(m_model, m_page->model()->indexOfPath(QStringLiteral("branchSites[1]"))),
             QStringList{"sba02.contoso.net (10.120.0.5)"});

    // Selecting Bellevue shows its fields; Kirkland's are not tied to them any more.
    clickRow(m_tree, m_page->model()->indexOfPath(QStringLiteral("branchSites[0]")));
    QCOMPARE(name->text(), QStringLiteral("Bellevue"));
    QCOMPARE(central->currentText(), QStringLiteral("Redmond"));
    QCOMPARE(appliances->servers().size(), 1);
    QCOMPARE(m_page->fieldForPath(QStringLiteral("branchSites[0].name")), name);
    QVERIFY(m_page->fieldForPath(QStringLiteral("branchSites[1].name")) != name);
    QVERIFY(m_page->fieldForPath(QStringLiteral("branchSites[1].survivableBranches[0].fqdn")) != table);

    // Removing the branch site names its appliances.
    m_tree->setFocus();
    QTest::keyClick(m_tree, Qt::Key_Delete);
    QVERIFY2(m_page->lastRemovalQuestion().contains(QLatin1String("Bellevue")) &&
                 m_page->lastRemovalQuestion().contains(QLatin1Char('1')),
             qPrintable(m_page->lastRemovalQuestion()));
    QCOMPARE(m_document->plan().branchSites.size(), 1);
    QCOMPARE(m_document->plan().branchSites.at(0), expected);
}

void TestTopologyPage::enterOnPool_requestsItsEditor()
{
    QSignalSpy spy(m_page.get(), &TopologyPage::editRequested);
    const QModelIndex singaporeFrontEnds = m_model->index(0, 0, m_model->index(2, 0));
    clickRow(m_tree, m_model->index(1, 0, singaporeFrontEnds)); // pool04
    m_tree->setFocus();
    QTest::keyClick(m_tree, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<EstateRole>(), EstateRole::FrontEnd);
    QCOMPARE(spy.at(0).at(1).value<qsizetype>(), qsizetype(2));
    QCOMPARE(spy.at(0).at(2).value<qsizetype>(), qsizetype(1));

    // Redmond's Edge pool through the details pane's button.
    const QModelIndex redmondEdges = rowNamed(m_model, m_model->index(0, 0), QStringLiteral("Edge pools"));
    clickRow(m_tree, m_model->index(0, 0, redmondEdges));
    QPushButton *edit = button(m_page.get(), "editPool");
    QVERIFY(edit->isVisible());
    QVERIFY2(m_page->findChild<QLabel *>(QStringLiteral("detailsTitle"))
                 ->text()
                 .contains("edgepool01.contoso.net"),
             qPrintable(m_page->findChild<QLabel *>(QStringLiteral("detailsTitle"))->text()));
    edit->click();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<EstateRole>(), EstateRole::Edge);
    QCOMPARE(spy.at(1).at(1).value<qsizetype>(), qsizetype(0));
    QCOMPARE(spy.at(1).at(2).value<qsizetype>(), qsizetype(0));

    // A site is no pool: Enter opens or closes it instead.
    clickRow(m_tree, m_model->index(1, 0));
    QTest::keyClick(m_tree, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
}

void TestTopologyPage::tab_reachesTreeButtonsAndBranchFields()
{
    // Every widget Tab gives the focus to, starting in the tree, once round the page.
    const auto tabRound = [this] {
        m_tree->setFocus();
        QSet<QString> reached;
        for (int i = 0; i < 30; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                break;
            reached << focus->objectName();
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return reached;
    };
    const auto missing = [](const QSet<QString> &reached, std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *name : names)
            if (!reached.contains(QLatin1String(name)))
                out << QLatin1String(name);
        return out.join(QStringLiteral(", "));
    };

    // A pool selected: every button and the Edit button.
    clickRow(m_tree, m_page->model()->indexOfPath(QStringLiteral("sites[0].frontEndPools[0]")));
    QCOMPARE(missing(tabRound(), {"topologyTree", "addSite", "addPool", "addBranch", "duplicate", "rename",
                                  "remove", "editPool"}),
             QString());
    // A branch site selected: its fields (Add pool and Duplicate are disabled for it).
    clickRow(m_tree, m_page->model()->indexOfPath(QStringLiteral("branchSites[0]")));
    QCOMPARE(
        missing(tabRound(), {"topologyTree", "addSite", "addBranch", "rename", "remove", "branchSites.name",
                             "branchSites.centralSite", "branchSites.survivableBranches"}),
        QString());
}

void TestTopologyPage::findings_countedOnTheirElementAndSite()
{
    const auto errorsAt = [this](const QString &path) {
        return m_page->model()->indexOfPath(path).data(TopologyModel::ErrorCountRole).toInt();
    };
    QCOMPARE(errorsAt(QStringLiteral("sites[1].frontEndPools[0]")), 0);
    // pool02's first server with an address cut short: an error on that pool and its site, none on Redmond.
    m_document->update(
        [](Plan &p) { p.sites[1].frontEndPools[0].servers[0].ipv4 = QStringLiteral("10.20.2"); });
    QVERIFY(errorsAt(QStringLiteral("sites[1].frontEndPools[0]")) >= 1);
    QCOMPARE(errorsAt(QStringLiteral("sites[1]")), errorsAt(QStringLiteral("sites[1].frontEndPools[0]")));
    QCOMPARE(errorsAt(QStringLiteral("sites[0]")), 0);
    const QModelIndex pool = m_page->model()->indexOfPath(QStringLiteral("sites[1].frontEndPools[0]"));
    QVERIFY(!pool.siblingAtColumn(TopologyModel::ProblemsColumn).data().toString().isEmpty());

    // Its details say the problem in words.
    clickRow(m_tree, pool);
    const QString problems = m_page->findChild<QLabel *>(QStringLiteral("detailsProblems"))->text();
    QVERIFY2(problems.startsWith(QLatin1String("Error:")) &&
                 problems.contains(QLatin1String("fe04.contoso.net")),
             qPrintable(problems));
}

void TestTopologyPage::editElsewhere_keepsSelectionAndExpansion()
{
    const QModelIndex singaporeFrontEnds = m_model->index(0, 0, m_model->index(2, 0));
    clickRow(m_tree, m_model->index(1, 0, singaporeFrontEnds));
    m_tree->collapse(m_model->index(1, 0)); // Dublin closed by the user
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    // An address typed on another page: updated in place, nothing rebuilt.
    m_document->update(
        [](Plan &p) { p.sites[0].frontEndPools[0].servers[0].ipv4 = QStringLiteral("10.10.2.99"); });
    QCOMPARE(removed.count(), 0);
    const QModelIndex fe01 =
        m_page->model()->indexOfPath(QStringLiteral("sites[0].frontEndPools[0].servers[0]"));
    QCOMPARE(fe01.data().toString(), QStringLiteral("fe01.contoso.net (10.10.2.99)"));
    // A name as well.
    m_document->update(
        [](Plan &p) { p.sites[2].frontEndPools[1].fqdn = QStringLiteral("pool44.contoso.net"); });
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_tree->currentIndex().data().toString(), QStringLiteral("pool44.contoso.net"));

    // A new pool elsewhere changes the shape: rebuilt, and the selection and expansion come back.
    m_document->update([](Plan &p) { addElement(p, 0, EstateRole::PersistentChat); });
    QVERIFY(removed.count() > 0);
    QCOMPARE(m_page->currentPath(), QStringLiteral("sites[2].frontEndPools[1]"));
    QVERIFY(m_tree->isExpanded(m_model->index(0, 0)));
    QVERIFY(!m_tree->isExpanded(m_model->index(1, 0)));
    QCOMPARE(rowTexts(m_model, m_model->index(0, 0)),
             (QStringList{"Front End pools", "Director pools", "Edge pools", "Reverse proxies",
                          "Office Web Apps farms", "Persistent Chat pools", "Mediation pools"}));
}

void TestTopologyPage::fiftySites_openCollapsedAndUpdateInPlace()
{
    m_document->reset(fiftySites(), QString());
    QCOMPARE(m_model->rowCount(), 51);
    QCOMPARE(m_model->index(49, 0).data().toString(), QStringLiteral("Site 50"));
    QVERIFY(!m_tree->isExpanded(m_model->index(0, 0)));
    QCOMPARE(m_page->currentPath(), QStringLiteral("sites[0]"));

    clickRow(m_tree, m_model->index(30, 0));
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    for (const QString &ip :
         {QStringLiteral("10.0.7.1"), QStringLiteral("10.0.7.12"), QStringLiteral("10.0.7.123")})
        m_document->update([&ip](Plan &p) { p.sites[7].frontEndPools[0].servers[0].ipv4 = ip; });
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_page->currentPath(), QStringLiteral("sites[30]"));
}

void TestTopologyPage::page_fits700x600_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestTopologyPage::page_fits700x600()
{
    QFETCH(QString, language);
    QCOMPARE(installTranslators(language), language);
    // A page built in that language, with the branch fields showing: the widest state of the pane.
    PlanDocument document;
    PlanError error;
    QVERIFY2(document.load(test::exampleFile(QStringLiteral("three-site-estate.lyncplan")), &error),
             qPrintable(error.message));
    TopologyPage page(&document);
    page.resize(700, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.selectPath(QStringLiteral("branchSites[0]")));
    const QSize minimum = page.minimumSizeHint();
    installTranslators(QStringLiteral("en"));
    QVERIFY2(minimum.width() <= 700 && minimum.height() <= 600,
             qPrintable(QStringLiteral("needs %1×%2").arg(minimum.width()).arg(minimum.height())));
    // Long names elide in the middle instead of scrolling sideways.
    QCOMPARE(page.tree()->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QCOMPARE(page.tree()->header()->sectionResizeMode(TopologyModel::NameColumn), QHeaderView::Stretch);
}

QTEST_MAIN(TestTopologyPage)
#include "tst_topologypage.moc"
