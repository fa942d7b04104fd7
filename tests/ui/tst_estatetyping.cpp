// Issue 12, "Done means": an admin enters a three-site estate in the application without editing
// JSON. examples/three-site-estate.lyncplan is that estate: every value of it is entered here into a
// new plan through the editor's widgets only (typed, chosen, ticked, pasted, renamed with F2 in the
// topology tree), and the result must be the example itself, with the records `lyncdns plan` makes
// of the file. Nothing is set behind the GUI's back: a value no widget takes makes the plans differ.

#include "model/export/recordexport.h"
#include "model/plan/plandocument.h"
#include "model/planner/planner.h"
#include "tests/support/testsupport.h"
#include "tests/support/wizarddriver.h"
#include "ui/wizard/pageids.h"
#include "ui/wizard/pages/topologypage.h"
#include "ui/wizard/planeditor.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace lyncdns;
using test::WizardDriver;

class TestEstateTyping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void threeSiteExample_typedFromANewPlan_equalsTheExampleAndCliRecords();

private:
    // Opens a step as a click in the step list does.
    bool openStep(int id);
    // On the topology step: selects the row of path and presses Enter, which opens its editor.
    bool openFromTree(const QString &path);
    // On the topology step: selects the row of path and renames it with F2.
    bool renameInTree(const QString &path, const QString &name);
    // Ticks (or unticks) the row of a checkable list whose text starts with name, with Space.
    bool toggleListRow(const QString &listName, const QString &name, Qt::CheckState wanted);

    // The pages of each role: what an admin types for one central site's pools.
    void enterRedmond(WizardDriver &d);
    void enterDublin(WizardDriver &d);
    void enterSingapore(WizardDriver &d);
    void enterBranchSite(WizardDriver &d);
    void enterPoolReferences(WizardDriver &d);
    void enterSignInAndRoutes(WizardDriver &d);
    void enterGlobalSteps(WizardDriver &d);

    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<PlanEditor> m_wizard;
    TopologyPage *m_topology = nullptr;
};

void TestEstateTyping::initTestCase()
{
    test::initEditorSuite(QStringLiteral("tst_estatetyping"));
}

void TestEstateTyping::init()
{
    m_document = std::make_unique<PlanDocument>();
    m_wizard = std::make_unique<PlanEditor>(m_document.get());
    QVERIFY(test::showEditor(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), int(Page_Welcome));
    m_topology = qobject_cast<TopologyPage *>(m_wizard->planPage(Page_Topology));
    QVERIFY(m_topology);
}

void TestEstateTyping::cleanup()
{
    m_topology = nullptr;
    m_wizard.reset();
    m_document.reset();
}

bool TestEstateTyping::openStep(int id)
{
    m_wizard->stepList()->setCurrentRow(id);
    return m_wizard->currentId() == id;
}

bool TestEstateTyping::openFromTree(const QString &path)
{
    if (!openStep(Page_Topology) || !m_topology->selectPath(path) || m_topology->currentPath() != path)
        return false;
    m_topology->tree()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(m_topology->tree(), Qt::Key_Return);
    return m_wizard->currentId() != Page_Topology;
}

bool TestEstateTyping::renameInTree(const QString &path, const QString &name)
{
    if (!openStep(Page_Topology) || !m_topology->selectPath(path) || m_topology->currentPath() != path)
        return false;
    m_topology->tree()->setFocus(Qt::TabFocusReason);
    return test::renameSelectedRow(m_topology->tree(), name);
}

bool TestEstateTyping::toggleListRow(const QString &listName, const QString &name, Qt::CheckState wanted)
{
    auto *list = m_wizard->currentPage()->findChild<QListWidget *>(listName);
    if (!list || !list->isVisibleTo(m_wizard->currentPage()) || !list->isEnabled())
        return false;
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->text().startsWith(name))
            continue;
        list->setFocus(Qt::TabFocusReason);
        list->setCurrentRow(row);
        if (list->currentItem()->checkState() != wanted)
            QTest::keyClick(list, Qt::Key_Space);
        // The list may reorder its rows (ticked ones first): find the name again.
        for (int again = 0; again < list->count(); ++again)
            if (list->item(again)->text().startsWith(name))
                return list->item(again)->checkState() == wanted;
        return false;
    }
    return false;
}

void TestEstateTyping::enterRedmond(WizardDriver &d)
{
    // The new plan's Front End pool, opened from the tree with Enter.
    QVERIFY(openFromTree(QStringLiteral("sites[0].frontEndPools[0]")));
    QCOMPARE(m_wizard->currentId(), int(Page_FrontEnd));
    const QString fe = QStringLiteral("sites[0].frontEndPools[0]");
    d.choose(fe + QStringLiteral(".edition"), QStringLiteral("enterprise"));
    d.type(fe + QStringLiteral(".fqdn"), QStringLiteral("pool01.contoso.net"));
    d.choose(fe + QStringLiteral(".loadBalancing"), QStringLiteral("dns"));
    d.pasteServers(fe + QStringLiteral(".servers"), QStringLiteral("fe01.contoso.net\t10.10.2.11\n"
                                                                   "fe02.contoso.net\t10.10.2.12\n"
                                                                   "fe03.contoso.net\t10.10.2.13\n"));
    d.type(fe + QStringLiteral(".webServices.internalFqdn"), QStringLiteral("webint01.contoso.net"));
    d.type(fe + QStringLiteral(".webServices.internalVip"), QStringLiteral("10.10.2.10"));
    d.type(fe + QStringLiteral(".webServices.externalFqdn"), QStringLiteral("webext01.contoso.com"));
    QVERIFY2(d.ok(), d.message());

    QVERIFY(test::addAndOpen(m_wizard.get(), m_topology, QStringLiteral("sites[0]"),
                             QStringLiteral("Director pool")));
    QCOMPARE(m_wizard->currentId(), int(Page_Director));
    const QString dir = QStringLiteral("sites[0].directorPools[0]");
    d.choose(dir, QStringLiteral("pool"));
    d.type(dir + QStringLiteral(".fqdn"), QStringLiteral("dirpool01.contoso.net"));
    d.choose(dir + QStringLiteral(".loadBalancing"), QStringLiteral("dns"));
    d.pasteServers(dir + QStringLiteral(".servers"),
                   QStringLiteral("dir01.contoso.net\t10.10.1.11\ndir02.contoso.net\t10.10.1.12"));
    d.type(dir + QStringLiteral(".webServices.internalFqdn"), QStringLiteral("webdir01.contoso.net"));
    d.type(dir + QStringLiteral(".webServices.internalVip"), QStringLiteral("10.10.1.10"));
    d.type(dir + QStringLiteral(".webServices.externalFqdn"), QStringLiteral("webdirext01.contoso.com"));
    QVERIFY2(d.ok(), d.message());

    QVERIFY(test::addAndOpen(m_wizard.get(), m_topology, QStringLiteral("sites[0]"),
                             QStringLiteral("Edge pool")));
    QCOMPARE(m_wizard->currentId(), int(Page_Edge));
    const QString edge = QStringLiteral("sites[0].edgePools[0]");
    d.choose(edge, QStringLiteral("scaled-dns"));
    d.tick(edge + QStringLiteral(".nat"), true);
    d.type(edge + QStringLiteral(".internalFqdn"), QStringLiteral("edgepool01.contoso.net"));
    d.type(edge + QStringLiteral(".accessFqdn"), QStringLiteral("sip.contoso.com"));
    d.type(edge + QStringLiteral(".webConferencingFqdn"), QStringLiteral("webcon.contoso.com"));
    d.type(edge + QStringLiteral(".avFqdn"), QStringLiteral("av.contoso.com"));
    // FQDN, internal, access, web conferencing, A/V, four IPv6 columns, then the private (NAT) ones.
    d.pasteEdgeServers(
        edge + QStringLiteral(".servers"),
        QStringLiteral(
            "edge01.contoso.net\t172.25.33.11\t131.107.155.11\t131.107.155.21\t131.107.155.31\t\t\t\t\t"
            "172.25.16.11\t172.25.16.21\t172.25.16.31\n"
            "edge02.contoso.net\t172.25.33.12\t131.107.155.12\t131.107.155.22\t131.107.155.32\t\t\t\t\t"
            "172.25.16.12\t172.25.16.22\t172.25.16.32\n"));
    QVERIFY2(d.ok(), d.message());

    // The reverse proxy: its address on its page, its name with F2 in the tree.
    QVERIFY(test::addAndOpen(m_wizard.get(), m_topology, QStringLiteral("sites[0]"),
                             QStringLiteral("Reverse proxy")));
    QCOMPARE(m_wizard->currentId(), int(Page_ReverseProxy));
    d.type(QStringLiteral("sites[0].reverseProxies[0].publicIpv4"), QStringLiteral("131.107.155.40"));
    QVERIFY2(d.ok(), d.message());
    QVERIFY(renameInTree(QStringLiteral("sites[0].reverseProxies[0]"), QStringLiteral("rp-redmond")));

    QVERIFY(test::addAndOpen(m_wizard.get(), m_topology, QStringLiteral("sites[0]"),
                             QStringLiteral("Office Web Apps farm")));
    QCOMPARE(m_wizard->currentId(), int(Page_OfficeWebApps));
    const QString owa = QStringLiteral("sites[0].officeWebApps[0]");
    d.tick(owa, true);
    d.type(owa + QStringLiteral(".internalFqdn"), QStringLiteral("owas01.contoso.net"));
    d.type(owa + QStringLiteral(".internalIpv4"), QStringLiteral("10.10.4.10"));
    d.type(owa + QStringLiteral(".externalFqdn"), QStringLiteral("officewebapps01.contoso.com"));
    QVERIFY2(d.ok(), d.message());
    // The farm's member servers behind its load balancer.
    d.pasteServers(owa + QStringLiteral(".servers"),
                   QStringLiteral("owa01.contoso.net\t10.10.4.11\nowa02.contoso.net\t10.10.4.12"));
    QVERIFY2(d.ok(), d.message());

    QVERIFY(test::addAndOpen(m_wizard.get(), m_topology, QStringLiteral("sites[0]"),
                             QStringLiteral("Mediation pool")));
    QCOMPARE(m_wizard->currentId(), int(Page_Mediation));
    const QString med = QStringLiteral("sites[0].mediationPools[0]");
    d.tick(med, true);
    d.type(med + QStringLiteral(".fqdn"), QStringLiteral("medpool01.contoso.net"));
    d.pasteServers(med + QStringLiteral(".servers"),
                   QStringLiteral("med01.contoso.net\t10.10.5.11\nmed02.contoso.net\t10.10.5.12"));
    QVERIFY2(d.ok(), d.message());
}

void TestEstateTyping::enterDublin(WizardDriver &d)
{
    QVERIFY(test::addAndOpen(m_wizard.get(), m_topology, QStringLiteral("sites[1]"),
                             QStringLiteral("Director pool")));
    QCOMPARE(m_wizard->currentId(), int(Page_Director));
    const QString dir = QStringLiteral("sites[1].directorPools[0]");
    d.choose(dir, QStringLiteral("pool"));
    d.type(dir + QStringLiteral(".fqdn"), QStringLiteral("dirpool02.contoso.net"));
    d.choose(dir + QStringLiteral(".loadBalancing"), QStringLiteral("dns"));
    d.pasteServers(dir + QStringLiteral(".servers"),
                   QStringLiteral("dir03.contoso.net\t10.20.1.11\ndir04.contoso.net\t10.20.1.12"));
    d.type(dir + QStringLiteral(".webServices.internalFqdn"), QStringLiteral("webdir02.contoso.net"));
    d.type(dir + QStringLiteral(".webServices.internalVip"), QStringLiteral("10.20.1.10"));
    d.type(dir + QStringLiteral(".webServices.externalFqdn"), QStringLiteral("webdirext02.contoso.com"));
    QVERIFY2(d.ok(), d.message());

    QVERIFY(test::addAndOpen(m_wizard.get(), m_topology, QStringLiteral("sites[1]"),
                             QStringLiteral("Front End pool")));
    QCOMPARE(m_wizard->currentId(), int(Page_FrontEnd));
    const QString fe = QStringLiteral("sites[1].frontEndPools[0]");
    d.choose(fe + QStringLiteral(".edition"), QStringLiteral("enterprise"));
    d.type(fe + QStringLiteral(".fqdn"), QStringLiteral("pool02.contoso.net"));
    d.choose(fe + QStringLiteral(".loadBalancing"), QStringLiteral("dns"));
    d.pasteServers(fe + QStringLiteral(".servers"), QStringLiteral("fe04.contoso.net\t10.20.2.11\n"
                                                                   "fe05.contoso.net\t10.20.2.12\n"
                                                                   "fe06.contoso.net\t10.20.2.13\n"));
    d.type(fe + QStringLiteral(".webServices.internalFqdn"), QStringLiteral("webint02.contoso.net"));
    d.type(fe + QStringLiteral(".webServices.internalVip"), QStringLiteral("10.20.2.10"));
    d.type(fe + QStringLiteral(".webServices.externalFqdn"), QStringLiteral("webext02.contoso.com"));
    QVERIFY2(d.ok(), d.message());

    QVERIFY(test::addAndOpen(m_wizard.get(), m_topology, QStringLiteral("sites[1]"),
                             QStringLiteral("Edge pool")));
    QCOMPARE(m_wizard->currentId(), int(Page_Edge));
    const QString edge = QStringLiteral("sites[1].edgePools[0]");
    d.choose(edge, QStringLiteral("scaled-dns"));
    d.tick(edge + QStringLiteral(".nat"), false);
    d.type(edge + QStringLiteral(".internalFqdn"), QStringLiteral("edgepool02.contoso.net"));
    d.type(edge + QStringLiteral(".accessFqdn"), QStringLiteral("sip-eu.contoso.com"));
    d.type(edge + QStringLiteral(".webConferencingFqdn"), QStringLiteral("webcon-eu.contoso.com"));
    d.type(edge + QStringLiteral(".avFqdn"), QStringLiteral("av-eu.contoso.com"));
    d.pasteEdgeServers(
        edge + QStringLiteral(".servers"),
        QStringLiteral("edge03.contoso.net\t172.26.33.11\t198.51.100.11\t198.51.100.21\t198.51.100.31\n"
                       "edge04.contoso.net\t172.26.33.12\t198.51.100.12\t198.51.100.22\t198.51.100.32\n"));
    QVERIFY2(d.ok(), d.message());

    QVERIFY(test::addAndOpen(m_wizard.get(), m_topology, QStringLiteral("sites[1]"),
                             QStringLiteral("Reverse proxy")));
    QCOMPARE(m_wizard->currentId(), int(Page_ReverseProxy));
    d.type(QStringLiteral("sites[1].reverseProxies[0].publicIpv4"), QStringLiteral("198.51.100.40"));
    QVERIFY2(d.ok(), d.message());
    QVERIFY(renameInTree(QStringLiteral("sites[1].reverseProxies[0]"), QStringLiteral("rp-dublin")));
}

void TestEstateTyping::enterSingapore(WizardDriver &d)
{
    // Two Front End pools, paired with each other (their references are chosen once all pools exist).
    const struct
    {
        QString fqdn, servers, internalFqdn, internalVip, externalFqdn;
    } pools[] = {
        {QStringLiteral("pool03.contoso.net"),
         QStringLiteral(
             "fe07.contoso.net\t10.30.2.11\nfe08.contoso.net\t10.30.2.12\nfe09.contoso.net\t10.30.2.13"),
         QStringLiteral("webint03.contoso.net"), QStringLiteral("10.30.2.10"),
         QStringLiteral("webext03.contoso.com")},
        {QStringLiteral("pool04.contoso.net"),
         QStringLiteral(
             "fe10.contoso.net\t10.30.3.11\nfe11.contoso.net\t10.30.3.12\nfe12.contoso.net\t10.30.3.13"),
         QStringLiteral("webint04.contoso.net"), QStringLiteral("10.30.3.10"),
         QStringLiteral("webext04.contoso.com")},
    };
    for (qsizetype i = 0; i < qsizetype(std::size(pools)); ++i) {
        QVERIFY(test::addAndOpen(m_wizard.get(), m_topology, QStringLiteral("sites[2]"),
                                 QStringLiteral("Front End pool")));
        QCOMPARE(m_wizard->currentId(), int(Page_FrontEnd));
        const QString fe = QStringLiteral("sites[2].frontEndPools[%1]").arg(i);
        d.choose(fe + QStringLiteral(".edition"), QStringLiteral("enterprise"));
        d.type(fe + QStringLiteral(".fqdn"), pools[i].fqdn);
        d.choose(fe + QStringLiteral(".loadBalancing"), QStringLiteral("dns"));
        d.pasteServers(fe + QStringLiteral(".servers"), pools[i].servers);
        d.type(fe + QStringLiteral(".webServices.internalFqdn"), pools[i].internalFqdn);
        d.type(fe + QStringLiteral(".webServices.internalVip"), pools[i].internalVip);
        d.type(fe + QStringLiteral(".webServices.externalFqdn"), pools[i].externalFqdn);
        QVERIFY2(d.ok(), d.message());
    }
}

void TestEstateTyping::enterBranchSite(WizardDriver &d)
{
    QVERIFY(openStep(Page_Topology));
    auto *add = m_topology->findChild<QPushButton *>(QStringLiteral("addBranch"));
    QVERIFY(add);
    add->click();
    QCOMPARE(m_topology->currentPath(), QStringLiteral("branchSites[0]"));
    d.type(QStringLiteral("branchSites.name"), QStringLiteral("Bellevue"));
    // The central site is chosen from the sites' names by keyboard, as a closed combo box takes it.
    auto *central = d.field<QComboBox>(QStringLiteral("branchSites.centralSite"));
    QVERIFY2(central, d.message());
    central->setFocus(Qt::TabFocusReason);
    QTest::keyClick(central, Qt::Key_Home);
    for (int guard = 0;
         guard < central->count() && central->currentData().toString() != QLatin1String("Redmond"); ++guard)
        QTest::keyClick(central, Qt::Key_Down);
    QCOMPARE(central->currentData().toString(), QStringLiteral("Redmond"));
    d.pasteServers(QStringLiteral("branchSites.survivableBranches"),
                   QStringLiteral("sba01.contoso.net\t10.110.0.5"));
    QVERIFY2(d.ok(), d.message());
}

void TestEstateTyping::enterPoolReferences(WizardDriver &d)
{
    const struct
    {
        QString path, reverseProxy, edgePool, pairedWith;
    } pools[] = {
        {QStringLiteral("sites[0].frontEndPools[0]"), {}, {}, QStringLiteral("pool02.contoso.net")},
        {QStringLiteral("sites[1].frontEndPools[0]"), {}, {}, QStringLiteral("pool01.contoso.net")},
        {QStringLiteral("sites[2].frontEndPools[0]"), QStringLiteral("rp-redmond"),
         QStringLiteral("edgepool01.contoso.net"), QStringLiteral("pool04.contoso.net")},
        {QStringLiteral("sites[2].frontEndPools[1]"), QStringLiteral("rp-redmond"),
         QStringLiteral("edgepool01.contoso.net"), QStringLiteral("pool03.contoso.net")},
    };
    for (const auto &p : pools) {
        QVERIFY2(openFromTree(p.path), qPrintable(p.path));
        QCOMPARE(m_wizard->currentId(), int(Page_FrontEnd));
        if (!p.reverseProxy.isEmpty())
            d.choose(p.path + QStringLiteral(".reverseProxy"), p.reverseProxy);
        if (!p.edgePool.isEmpty())
            d.choose(p.path + QStringLiteral(".edgePool"), p.edgePool);
        d.choose(p.path + QStringLiteral(".pairedWith"), p.pairedWith);
        QVERIFY2(d.ok(), d.message());
    }
}

void TestEstateTyping::enterSignInAndRoutes(WizardDriver &d)
{
    QVERIFY(openStep(Page_Routes));
    d.chooseText(QStringLiteral("signIn.pool"), QStringLiteral("dirpool01.contoso.net"));
    QVERIFY2(d.ok(), d.message());
    QVERIFY2(toggleListRow(QStringLiteral("signIn.backupPools"), QStringLiteral("dirpool02.contoso.net"),
                           Qt::Checked),
             "the backup pool dirpool02.contoso.net could not be ticked");
    auto *srvPool = d.field<QRadioButton>(QStringLiteral("signIn.srvTarget.pool"));
    QVERIFY2(srvPool, d.message());
    if (!srvPool->isChecked())
        srvPool->click();
    QVERIFY(srvPool->isChecked());
    // The web pool stays at its default (null in the example): nothing to choose.

    // Remote access priorities and the federation route, one row per Edge pool.
    d.spin(QStringLiteral("sites[0].edgePools[0].remoteAccessPriority"), 0);
    d.spin(QStringLiteral("sites[1].edgePools[0].remoteAccessPriority"), 10);
    d.tick(QStringLiteral("sites[0].edgePools[0].federation"), true);
    d.tick(QStringLiteral("sites[1].edgePools[0].federation"), false);
    d.tick(QStringLiteral("sites[0].edgePools[0].xmpp"), false);
    d.tick(QStringLiteral("sites[1].edgePools[0].xmpp"), false);
    QVERIFY2(d.ok(), d.message());
}

void TestEstateTyping::enterGlobalSteps(WizardDriver &d)
{
    QVERIFY(openStep(Page_SimpleUrls));
    d.typeLines(QStringLiteral("simpleUrls.meet"),
                {QStringLiteral("meet.contoso.com"), QStringLiteral("meet.fabrikam.com")});
    d.type(QStringLiteral("simpleUrls.dialin"), QStringLiteral("dialin.contoso.com"));
    d.type(QStringLiteral("simpleUrls.admin"), QStringLiteral("admin.contoso.com"));
    QVERIFY2(d.ok(), d.message());

    QVERIFY(openStep(Page_Mobility));
    d.tick(QStringLiteral("autodiscover.enabled"), true);
    d.choose(QStringLiteral("autodiscover.recordType"), QStringLiteral("A"));
    d.tick(QStringLiteral("mobility.pushNotifications"), false);
    QVERIFY2(d.ok(), d.message());

    QVERIFY(openStep(Page_Federation));
    d.tick(QStringLiteral("federation.enabled"), true);
    d.tick(QStringLiteral("federation.discoverable"), true);
    d.tick(QStringLiteral("xmpp"), false);
    QVERIFY2(d.ok(), d.message());

    QVERIFY(openStep(Page_Devices));
    d.tick(QStringLiteral("legacyDiscovery.srv"), true);
    d.tick(QStringLiteral("legacyDiscovery.tcp"), false);
    d.tick(QStringLiteral("legacyDiscovery.hostRecords"), true);
    d.type(QStringLiteral("devices.ntpServer"), QString());
    d.tick(QStringLiteral("devices.deviceUpdates"), false);
    QVERIFY2(d.ok(), d.message());
}

void TestEstateTyping::threeSiteExample_typedFromANewPlan_equalsTheExampleAndCliRecords()
{
    WizardDriver d(m_wizard.get());
    // A new plan: product, title and both SIP domains.
    d.next(Page_Product);
    d.type(QStringLiteral("title"),
           QStringLiteral("Contoso worldwide: Redmond, Dublin and Singapore, paired pools, two Edge pools, a "
                          "branch office"));
    d.choose(QStringLiteral("product"), QStringLiteral("sfb2015"));
    d.typeLines(QStringLiteral("sipDomains"),
                {QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")});
    QVERIFY2(d.ok(), d.message());

    // DNS: split-brain, except for fabrikam.com (unticked in the per-domain list with Space).
    d.next(Page_Dns);
    d.tick(QStringLiteral("dns.splitBrain"), true);
    d.spin(QStringLiteral("dns.ttl"), 3600);
    d.tick(QStringLiteral("dns.ipv6"), false);
    QVERIFY2(d.ok(), d.message());
    QVERIFY2(
        toggleListRow(QStringLiteral("splitBrainPerDomain"), QStringLiteral("fabrikam.com"), Qt::Unchecked),
        "fabrikam.com could not be unticked in the split-brain list");

    // The three central sites, named in the topology tree.
    d.next(Page_Topology);
    QVERIFY2(d.ok(), d.message());
    QVERIFY(renameInTree(QStringLiteral("sites[0]"), QStringLiteral("Redmond")));
    auto *addSite = m_topology->findChild<QPushButton *>(QStringLiteral("addSite"));
    QVERIFY(addSite);
    addSite->click();
    QVERIFY(renameInTree(QStringLiteral("sites[1]"), QStringLiteral("Dublin")));
    addSite->click();
    QVERIFY(renameInTree(QStringLiteral("sites[2]"), QStringLiteral("Singapore")));
    QCOMPARE(m_document->plan().sites.size(), 3);

    enterRedmond(d);
    if (QTest::currentTestFailed())
        return;
    enterDublin(d);
    if (QTest::currentTestFailed())
        return;
    enterSingapore(d);
    if (QTest::currentTestFailed())
        return;
    enterBranchSite(d);
    if (QTest::currentTestFailed())
        return;
    enterPoolReferences(d);
    if (QTest::currentTestFailed())
        return;
    enterSignInAndRoutes(d);
    if (QTest::currentTestFailed())
        return;
    enterGlobalSteps(d);
    if (QTest::currentTestFailed())
        return;

    // Done: the Review step, as the admin ends.
    QVERIFY(openStep(Page_Review));

    const QString file = test::exampleFile(QStringLiteral("three-site-estate.lyncplan"));
    const Plan expected = test::loadPlan(file);
    if (QTest::currentTestFailed())
        return;
    const Plan &actual = m_document->plan();
    const QByteArray mismatch = test::planMismatch(expected, actual);
    QVERIFY2(mismatch.isEmpty(), mismatch.constData());

    QString error;
    const QByteArray cli = test::cliCsv(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("lyncdns plan failed: ") + error));
    const QByteArray gui = recordsToCsv(planRecords(actual));
    QVERIFY2(
        gui == cli,
        qPrintable(QStringLiteral("records of the typed plan differ from `lyncdns plan %1 --format csv`:%2")
                       .arg(file, test::describeDifference(test::lines(cli), test::lines(gui)))));
}

QTEST_MAIN(TestEstateTyping)
#include "tst_estatetyping.moc"
