// The planning wizard driven the way an admin uses it (issue #3): fields filled on each page of a
// new plan, Next pressed, and the result compared with the example plans and the command line's
// records; invalid input, Back, and the branches of nextId().

#include "model/export/recordexport.h"
#include "model/plan/plandocument.h"
#include "model/plan/planwriter.h"
#include "model/planner/planner.h"
#include "tests/support/testsupport.h"
#include "tests/support/wizarddriver.h"
#include "ui/widgets/edgeserverstable.h"
#include "ui/widgets/readablecolours.h"
#include "ui/widgets/serverstable.h"
#include "ui/wizard/pageids.h"
#include "ui/wizard/pages/topologypage.h"
#include "ui/wizard/planeditor.h"
#include "ui/wizard/planpage.h"
#include "ui/wizard/scopedview.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

using namespace lyncdns;
using test::addAndOpen;
using test::cliCsv;
using test::lines;
using test::planDifference;
using test::planMismatch;
using test::renameSelectedRow;
using test::WizardDriver;

namespace {

// The site the wizard edits, read straight from the plan (an empty one if the plan has none).
const Site &firstSite(const Plan &plan)
{
    static const Site none;
    return plan.sites.isEmpty() ? none : plan.sites.first();
}

// Its first Front End pool, the one the Front End page edits.
Pool firstFrontEnd(const Plan &plan)
{
    const Site &site = firstSite(plan);
    return site.frontEndPools.isEmpty() ? Pool{} : site.frontEndPools.first();
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void standardEdition_enteredByHand_equalsExampleAndCliRecords();
    void enterprisePoolSingleEdgeNat_enteredByHand_equalsExampleAndCliRecords();
    void hardwareLoadBalancedEdge_enteredByHand_equalsExampleAndCliRecords();
    void directorScaledEdgeTwoDomains_enteredByHand_equalsExampleAndCliRecords();
    void sfb2019DualStack_enteredByHand_equalsExampleAndCliRecords();

    void invalidPoolFqdn_disablesNextAndShowsMessage();
    void invalidPoolFqdnFixed_enablesNext();
    void invalidSipDomain_disablesNext();
    void newPlanEmptyFields_disableNextWithoutFramesUntilPageLeft();
    void warning_keepsNextEnabledAndShowsOnItsOwnPageOnly();
    void invalidEdgeServerAddress_marksItsCell();
    void sameFindingAtTwoFields_saidOnce();
    void backFromNextPage_keepsTypedValues();
    void sfb2019_skipsPersistentChat();
    void lync2013_showsPersistentChat();
    void edgeNone_leavesPlanWithoutEdgeAndRestoresTypedValues();
    void subscriptionEdition_skipsPersistentChatAndXmpp();
    void newReverseProxy_isNamedReverseProxy();
    void twoSitePlan_pagesEditTheFirstSitesFirstElementsOnly();
    void twoSitePlan_findingsOfOtherElements_openTheirElement();
    void singleSiteSetters_replaceOrRemoveTheFirstElementOnly();
    void officeWebAppsEdit_keepsTheFarmMembers();
    void helpTextAndPlaceholders_meetWcagAA();
    void stepList_reflectsProblemsVisitsAndApplicability();
    void twoSiteEstate_typedFromANewPlan_equalsHandWrittenPlanAndCliRecords();
    void threeSiteEstate_poolReferencesChosenInTheEditor_equalTheExample();
    void unknownPoolReference_isKeptAndSaidToBeMissing();
    void dnsPage_splitBrainPerSipDomain_isAnExceptionOfThePlan();
    void mouseWheel_scrollsThePageAndChangesNoChoice();
    void keyboardOnly_tabReachesEveryFieldOfEveryStep();

private:
    // The Welcome page and everything up to the Front End page of a new plan, left at defaults.
    void startNewPlan(WizardDriver &d);
    // A Standard Edition server that passes the Front End page.
    void fillStandardFrontEnd(WizardDriver &d);
    // Goes on to the Review page, then compares the plan and its records with the example.
    void verifyAgainstExample(const QString &exampleName);
    // The validator's first finding at exactly this path; nullptr if none.
    const Finding *findingAt(const QString &path) const;

    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<PlanEditor> m_wizard;
};

void TestWizard::initTestCase()
{
    test::initEditorSuite(QStringLiteral("tst_wizard"));
}

void TestWizard::init()
{
    m_document = std::make_unique<PlanDocument>();
    m_wizard = std::make_unique<PlanEditor>(m_document.get());
    QVERIFY(test::showEditor(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), int(Page_Welcome));
}

void TestWizard::cleanup()
{
    m_wizard.reset();
    m_document.reset();
}

void TestWizard::startNewPlan(WizardDriver &d)
{
    d.next(Page_Product);
}

void TestWizard::fillStandardFrontEnd(WizardDriver &d)
{
    d.choose(QStringLiteral("sites[0].frontEndPools[0].edition"), QStringLiteral("standard"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].fqdn"), QStringLiteral("se01.contoso.net"));
    d.pasteServers(QStringLiteral("sites[0].frontEndPools[0].servers"),
                   QStringLiteral("se01.contoso.net\t192.168.10.11"));
}

const Finding *TestWizard::findingAt(const QString &path) const
{
    const Findings &findings = m_document->findings();
    const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                 [&path](const Finding &f) { return f.path == path; });
    return it == findings.cend() ? nullptr : &*it;
}

void TestWizard::verifyAgainstExample(const QString &exampleName)
{
    WizardDriver d(m_wizard.get());
    // Devices is the last page that edits anything.
    d.next(Page_Review);
    QVERIFY2(d.ok(), d.message());

    const QString file = test::exampleFile(exampleName);
    const Plan expected = test::loadPlan(file);
    if (QTest::currentTestFailed())
        return;
    const Plan &actual = m_document->plan();
    QVERIFY2(actual == expected, planDifference(expected, actual).constData());

    QString error;
    const QByteArray cli = cliCsv(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("lyncdns plan failed: ") + error));
    const QByteArray gui = recordsToCsv(planRecords(actual));
    const QString difference = test::describeDifference(lines(cli), lines(gui));
    if (gui != cli)
        qInfo().noquote() << "records, `lyncdns plan --format csv` vs the wizard's plan:" << difference;
    QVERIFY2(
        gui == cli,
        qPrintable(QStringLiteral("records of the entered plan differ from `lyncdns plan %1 --format csv`:%2")
                       .arg(exampleName, difference)));

    // The Review page says the same as the plan: no page left a field marked invalid.
    const PlanPage *review = m_wizard->planPage(Page_Review);
    QVERIFY(review);
    const auto *counts = review->findChild<QLabel *>(QStringLiteral("recordCounts"));
    QVERIFY(counts);
    const RecordSet records = planRecords(actual);
    const auto internal = std::count_if(records.cbegin(), records.cend(),
                                        [](const DnsRecord &r) { return r.location == Location::Internal; });
    QVERIFY2(counts->text().contains(QStringLiteral("%1 internal").arg(internal)),
             qPrintable(counts->text()));
}

void TestWizard::standardEdition_enteredByHand_equalsExampleAndCliRecords()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.type(QStringLiteral("title"),
           QStringLiteral("Contoso branch office: one Standard Edition server, meetings published by a "
                          "reverse proxy"));
    d.choose(QStringLiteral("product"), QStringLiteral("sfb2015"));
    d.typeLines(QStringLiteral("sipDomains"), {QStringLiteral("contoso.com")});
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    fillStandardFrontEnd(d);
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.externalFqdn"),
           QStringLiteral("webext.contoso.com"));
    d.next(Page_Director);
    d.choose(QStringLiteral("sites[0].directorPools[0]"), QStringLiteral("none"));
    d.next(Page_Edge);
    d.choose(QStringLiteral("sites[0].edgePools[0]"), QStringLiteral("none"));
    d.next(Page_ReverseProxy);
    d.tick(QStringLiteral("sites[0].reverseProxies[0]"), true);
    d.type(QStringLiteral("sites[0].reverseProxies[0].publicIpv4"), QStringLiteral("131.107.155.40"));
    d.next(Page_SimpleUrls);
    d.typeLines(QStringLiteral("simpleUrls.meet"), {QStringLiteral("meet.contoso.com")});
    d.type(QStringLiteral("simpleUrls.dialin"), QStringLiteral("dialin.contoso.com"));
    d.next(Page_Mobility);
    d.next(Page_Federation);
    d.next(Page_PersistentChat);
    d.next(Page_OfficeWebApps);
    d.next(Page_Devices);
    d.type(QStringLiteral("devices.ntpServer"), QStringLiteral("dc01.contoso.com"));
    d.tick(QStringLiteral("devices.deviceUpdates"), true);
    QVERIFY2(d.ok(), d.message());
    verifyAgainstExample(QStringLiteral("standard-edition.lyncplan"));
}

void TestWizard::enterprisePoolSingleEdgeNat_enteredByHand_equalsExampleAndCliRecords()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.type(QStringLiteral("title"),
           QStringLiteral("Contoso HQ: Enterprise pool, DNS load balancing, single Edge behind NAT"));
    d.choose(QStringLiteral("product"), QStringLiteral("lync2013"));
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    d.choose(QStringLiteral("sites[0].frontEndPools[0].edition"), QStringLiteral("enterprise"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].fqdn"), QStringLiteral("pool01.contoso.net"));
    d.choose(QStringLiteral("sites[0].frontEndPools[0].loadBalancing"), QStringLiteral("dns"));
    d.pasteServers(QStringLiteral("sites[0].frontEndPools[0].servers"),
                   QStringLiteral("fe01.contoso.net\t10.10.10.1\n"
                                  "fe02.contoso.net\t10.10.10.2\n"
                                  "fe03.contoso.net\t10.10.10.3\n"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.internalFqdn"),
           QStringLiteral("lsweb.contoso.net"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.internalVip"), QStringLiteral("10.10.10.5"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.externalFqdn"),
           QStringLiteral("webext.contoso.com"));
    d.next(Page_Director);
    d.next(Page_Edge);
    d.choose(QStringLiteral("sites[0].edgePools[0]"), QStringLiteral("single"));
    d.tick(QStringLiteral("sites[0].edgePools[0].nat"), true);
    d.type(QStringLiteral("sites[0].edgePools[0].internalFqdn"), QStringLiteral("lsedge.contoso.net"));
    d.type(QStringLiteral("sites[0].edgePools[0].accessFqdn"), QStringLiteral("sip.contoso.com"));
    d.type(QStringLiteral("sites[0].edgePools[0].webConferencingFqdn"), QStringLiteral("webcon.contoso.com"));
    d.type(QStringLiteral("sites[0].edgePools[0].avFqdn"), QStringLiteral("av.contoso.com"));
    // FQDN, internal, access, web conferencing, A/V, four IPv6 columns, then the private (NAT) ones.
    d.pasteEdgeServers(QStringLiteral("lsedge.contoso.net\t172.25.33.10\t131.107.155.10\t131.107.155.20\t"
                                      "131.107.155.30\t\t\t\t\t10.45.16.10\t10.45.16.20\t10.45.16.30"));
    d.next(Page_ReverseProxy);
    d.tick(QStringLiteral("sites[0].reverseProxies[0]"), true);
    d.type(QStringLiteral("sites[0].reverseProxies[0].publicIpv4"), QStringLiteral("131.107.155.40"));
    d.next(Page_SimpleUrls);
    d.type(QStringLiteral("simpleUrls.admin"), QStringLiteral("admin.contoso.com"));
    d.next(Page_Mobility);
    d.tick(QStringLiteral("mobility.pushNotifications"), true);
    d.next(Page_Federation);
    d.tick(QStringLiteral("federation.enabled"), true);
    d.tick(QStringLiteral("federation.discoverable"), true);
    d.next(Page_PersistentChat);
    d.next(Page_OfficeWebApps);
    d.tick(QStringLiteral("sites[0].officeWebApps[0]"), true);
    d.type(QStringLiteral("sites[0].officeWebApps[0].internalFqdn"), QStringLiteral("owas.contoso.net"));
    d.type(QStringLiteral("sites[0].officeWebApps[0].internalIpv4"), QStringLiteral("10.10.10.20"));
    d.type(QStringLiteral("sites[0].officeWebApps[0].externalFqdn"),
           QStringLiteral("officewebapps01.contoso.com"));
    d.next(Page_Devices);
    d.type(QStringLiteral("devices.ntpServer"), QStringLiteral("dc01.contoso.com"));
    d.tick(QStringLiteral("devices.deviceUpdates"), true);
    QVERIFY2(d.ok(), d.message());
    verifyAgainstExample(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan"));
}

void TestWizard::hardwareLoadBalancedEdge_enteredByHand_equalsExampleAndCliRecords()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.type(
        QStringLiteral("title"),
        QStringLiteral("Contoso: Enterprise pool and Edge pool behind hardware load balancers, public Edge "
                       "addresses, XMPP federation"));
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    d.choose(QStringLiteral("sites[0].frontEndPools[0].edition"), QStringLiteral("enterprise"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].fqdn"), QStringLiteral("pool01.contoso.net"));
    d.choose(QStringLiteral("sites[0].frontEndPools[0].loadBalancing"), QStringLiteral("hardware"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].vip"), QStringLiteral("10.10.10.5"));
    d.pasteServers(QStringLiteral("sites[0].frontEndPools[0].servers"),
                   QStringLiteral("fe01.contoso.net\t10.10.10.1\r\n"
                                  "fe02.contoso.net\t10.10.10.2\r\n"
                                  "fe03.contoso.net\t10.10.10.3\r\n"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.internalFqdn"),
           QStringLiteral("webint.contoso.net"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.internalVip"), QStringLiteral("10.10.10.6"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.externalFqdn"),
           QStringLiteral("webext.contoso.com"));
    d.next(Page_Director);
    d.next(Page_Edge);
    d.choose(QStringLiteral("sites[0].edgePools[0]"), QStringLiteral("scaled-hardware"));
    d.type(QStringLiteral("sites[0].edgePools[0].internalFqdn"), QStringLiteral("edgepool.contoso.net"));
    d.type(QStringLiteral("sites[0].edgePools[0].accessFqdn"), QStringLiteral("sip.contoso.com"));
    d.type(QStringLiteral("sites[0].edgePools[0].webConferencingFqdn"), QStringLiteral("webcon.contoso.com"));
    d.type(QStringLiteral("sites[0].edgePools[0].avFqdn"), QStringLiteral("av.contoso.com"));
    d.pasteEdgeServers(
        QStringLiteral("edge01.contoso.net\t172.25.33.11\nedge02.contoso.net\t172.25.33.12\n"));
    d.type(QStringLiteral("sites[0].edgePools[0].vips.internal"), QStringLiteral("172.25.33.10"));
    d.type(QStringLiteral("sites[0].edgePools[0].vips.access"), QStringLiteral("131.107.155.10"));
    d.type(QStringLiteral("sites[0].edgePools[0].vips.webConferencing"), QStringLiteral("131.107.155.20"));
    d.type(QStringLiteral("sites[0].edgePools[0].vips.av"), QStringLiteral("131.107.155.30"));
    d.next(Page_ReverseProxy);
    d.tick(QStringLiteral("sites[0].reverseProxies[0]"), true);
    d.type(QStringLiteral("sites[0].reverseProxies[0].publicIpv4"), QStringLiteral("131.107.155.40"));
    d.next(Page_SimpleUrls);
    d.type(QStringLiteral("simpleUrls.admin"), QStringLiteral("admin.contoso.com"));
    d.next(Page_Mobility);
    d.next(Page_Federation);
    d.tick(QStringLiteral("federation.enabled"), true);
    d.tick(QStringLiteral("federation.discoverable"), true);
    d.tick(QStringLiteral("xmpp"), true);
    d.type(QStringLiteral("xmpp.fqdn"), QStringLiteral("xmpp.contoso.com"));
    d.next(Page_PersistentChat);
    d.tick(QStringLiteral("sites[0].persistentChatPools[0]"), true);
    d.type(QStringLiteral("sites[0].persistentChatPools[0].fqdn"), QStringLiteral("pchatpool.contoso.net"));
    d.pasteServers(QStringLiteral("sites[0].persistentChatPools[0].servers"),
                   QStringLiteral("pchat01.contoso.net\t10.10.10.31\npchat02.contoso.net\t10.10.10.32"));
    d.next(Page_OfficeWebApps);
    d.tick(QStringLiteral("sites[0].officeWebApps[0]"), true);
    d.type(QStringLiteral("sites[0].officeWebApps[0].internalFqdn"), QStringLiteral("owas.contoso.net"));
    d.type(QStringLiteral("sites[0].officeWebApps[0].internalIpv4"), QStringLiteral("10.10.10.20"));
    d.type(QStringLiteral("sites[0].officeWebApps[0].externalFqdn"),
           QStringLiteral("officewebapps01.contoso.com"));
    d.next(Page_Devices);
    QVERIFY2(d.ok(), d.message());
    verifyAgainstExample(QStringLiteral("hlb-edge.lyncplan"));
}

void TestWizard::directorScaledEdgeTwoDomains_enteredByHand_equalsExampleAndCliRecords()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.type(QStringLiteral("title"),
           QStringLiteral("Contoso and Fabrikam: Director pool, Enterprise pool, DNS "
                          "load-balanced Edge pool behind NAT, no split-brain DNS"));
    d.choose(QStringLiteral("product"), QStringLiteral("sfb2015"));
    d.typeLines(QStringLiteral("sipDomains"),
                {QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")});
    d.next(Page_Dns);
    d.tick(QStringLiteral("dns.splitBrain"), false);
    d.spin(QStringLiteral("dns.ttl"), 3600);
    d.next(Page_FrontEnd);
    d.choose(QStringLiteral("sites[0].frontEndPools[0].edition"), QStringLiteral("enterprise"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].fqdn"), QStringLiteral("pool01.contoso.net"));
    d.choose(QStringLiteral("sites[0].frontEndPools[0].loadBalancing"), QStringLiteral("dns"));
    // Spreadsheet cells copied with an empty IPv6 column.
    d.pasteServers(QStringLiteral("sites[0].frontEndPools[0].servers"),
                   QStringLiteral("fe01.contoso.net\t192.168.21.122\t\n"
                                  "fe02.contoso.net\t192.168.21.123\t\n"
                                  "fe03.contoso.net\t192.168.21.124\t\n"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.internalFqdn"),
           QStringLiteral("webint.contoso.net"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.internalVip"),
           QStringLiteral("192.168.21.120"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.externalFqdn"),
           QStringLiteral("webext.contoso.com"));
    d.next(Page_Director);
    d.choose(QStringLiteral("sites[0].directorPools[0]"), QStringLiteral("pool"));
    d.type(QStringLiteral("sites[0].directorPools[0].fqdn"), QStringLiteral("dirpool01.contoso.net"));
    d.choose(QStringLiteral("sites[0].directorPools[0].loadBalancing"), QStringLiteral("hardware"));
    d.type(QStringLiteral("sites[0].directorPools[0].vip"), QStringLiteral("192.168.21.130"));
    d.pasteServers(QStringLiteral("sites[0].directorPools[0].servers"),
                   QStringLiteral("dir01.contoso.net\t192.168.21.132\ndir02.contoso.net\t192.168.21.133"));
    d.type(QStringLiteral("sites[0].directorPools[0].webServices.internalFqdn"),
           QStringLiteral("webdir.contoso.net"));
    d.type(QStringLiteral("sites[0].directorPools[0].webServices.internalVip"),
           QStringLiteral("192.168.21.131"));
    d.type(QStringLiteral("sites[0].directorPools[0].webServices.externalFqdn"),
           QStringLiteral("webdirext.contoso.com"));
    d.next(Page_Edge);
    d.choose(QStringLiteral("sites[0].edgePools[0]"), QStringLiteral("scaled-dns"));
    d.tick(QStringLiteral("sites[0].edgePools[0].nat"), true);
    d.type(QStringLiteral("sites[0].edgePools[0].internalFqdn"), QStringLiteral("edgepool.contoso.net"));
    d.type(QStringLiteral("sites[0].edgePools[0].accessFqdn"), QStringLiteral("sip.contoso.com"));
    d.type(QStringLiteral("sites[0].edgePools[0].webConferencingFqdn"), QStringLiteral("webcon.contoso.com"));
    d.type(QStringLiteral("sites[0].edgePools[0].avFqdn"), QStringLiteral("av.contoso.com"));
    d.pasteEdgeServers(QStringLiteral(
        "edge01.contoso.net\t172.25.33.10\t131.107.155.10\t131.107.155.20\t131.107.155.30\t\t\t\t\t"
        "10.45.16.10\t10.45.16.20\t10.45.16.30\n"
        "edge02.contoso.net\t172.25.33.11\t131.107.155.11\t131.107.155.21\t131.107.155.31\t\t\t\t\t"
        "10.45.16.11\t10.45.16.21\t10.45.16.31\n"));
    d.next(Page_ReverseProxy);
    d.tick(QStringLiteral("sites[0].reverseProxies[0]"), true);
    d.type(QStringLiteral("sites[0].reverseProxies[0].publicIpv4"), QStringLiteral("131.107.155.40"));
    d.next(Page_SimpleUrls);
    d.typeLines(QStringLiteral("simpleUrls.meet"),
                {QStringLiteral("meet.contoso.com"), QStringLiteral("meet.fabrikam.com")});
    d.type(QStringLiteral("simpleUrls.dialin"), QStringLiteral("dialin.contoso.com"));
    d.type(QStringLiteral("simpleUrls.admin"), QStringLiteral("admin.contoso.com"));
    d.next(Page_Mobility);
    d.choose(QStringLiteral("autodiscover.recordType"), QStringLiteral("A"));
    d.tick(QStringLiteral("mobility.pushNotifications"), true);
    d.next(Page_Federation);
    d.tick(QStringLiteral("federation.enabled"), true);
    d.tick(QStringLiteral("federation.discoverable"), true);
    d.next(Page_PersistentChat);
    d.next(Page_OfficeWebApps);
    d.tick(QStringLiteral("sites[0].officeWebApps[0]"), true);
    d.type(QStringLiteral("sites[0].officeWebApps[0].internalFqdn"), QStringLiteral("owas.contoso.net"));
    d.type(QStringLiteral("sites[0].officeWebApps[0].internalIpv4"), QStringLiteral("192.168.1.5"));
    d.type(QStringLiteral("sites[0].officeWebApps[0].externalFqdn"),
           QStringLiteral("officewebapps01.contoso.com"));
    d.next(Page_Devices);
    d.type(QStringLiteral("devices.ntpServer"), QStringLiteral("dc01.contoso.com"));
    QVERIFY2(d.ok(), d.message());
    verifyAgainstExample(QStringLiteral("director-scaled-edge-two-domains.lyncplan"));
}

void TestWizard::sfb2019DualStack_enteredByHand_equalsExampleAndCliRecords()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.type(QStringLiteral("title"),
           QStringLiteral("Contoso on Skype for Business Server 2019, dual stack IPv4 and IPv6"));
    d.choose(QStringLiteral("product"), QStringLiteral("sfb2019"));
    d.next(Page_Dns);
    d.tick(QStringLiteral("dns.ipv6"), true);
    d.next(Page_FrontEnd);
    d.choose(QStringLiteral("sites[0].frontEndPools[0].edition"), QStringLiteral("enterprise"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].fqdn"), QStringLiteral("pool01.contoso.net"));
    d.choose(QStringLiteral("sites[0].frontEndPools[0].loadBalancing"), QStringLiteral("dns"));
    d.pasteServers(QStringLiteral("sites[0].frontEndPools[0].servers"),
                   QStringLiteral("fe01.contoso.net\t10.10.10.1\tfd12:3456:789a:10::1\n"
                                  "fe02.contoso.net\t10.10.10.2\tfd12:3456:789a:10::2\n"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.internalFqdn"),
           QStringLiteral("webint.contoso.net"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.internalVip"), QStringLiteral("10.10.10.5"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.internalVipIpv6"),
           QStringLiteral("fd12:3456:789a:10::5"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.externalFqdn"),
           QStringLiteral("webext.contoso.com"));
    d.next(Page_Director);
    d.next(Page_Edge);
    d.choose(QStringLiteral("sites[0].edgePools[0]"), QStringLiteral("single"));
    d.type(QStringLiteral("sites[0].edgePools[0].internalFqdn"), QStringLiteral("lsedge.contoso.net"));
    d.type(QStringLiteral("sites[0].edgePools[0].accessFqdn"), QStringLiteral("sip.contoso.com"));
    d.type(QStringLiteral("sites[0].edgePools[0].webConferencingFqdn"), QStringLiteral("webcon.contoso.com"));
    d.type(QStringLiteral("sites[0].edgePools[0].avFqdn"), QStringLiteral("av.contoso.com"));
    d.pasteEdgeServers(QStringLiteral("lsedge.contoso.net\t172.25.33.10\t131.107.155.10\t131.107.155.20\t"
                                      "131.107.155.30\tfd12:3456:789a:33::10\t2001:db8:155::10\t"
                                      "2001:db8:155::20\t2001:db8:155::30"));
    d.next(Page_ReverseProxy);
    d.tick(QStringLiteral("sites[0].reverseProxies[0]"), true);
    d.type(QStringLiteral("sites[0].reverseProxies[0].publicIpv4"), QStringLiteral("131.107.155.40"));
    d.type(QStringLiteral("sites[0].reverseProxies[0].publicIpv6"), QStringLiteral("2001:db8:155::40"));
    d.next(Page_SimpleUrls);
    d.next(Page_Mobility);
    d.next(Page_Federation);
    d.tick(QStringLiteral("federation.enabled"), true);
    d.tick(QStringLiteral("federation.discoverable"), true);
    // No Persistent Chat in 2019: straight on to Office Web Apps.
    d.next(Page_OfficeWebApps);
    d.tick(QStringLiteral("sites[0].officeWebApps[0]"), true);
    d.type(QStringLiteral("sites[0].officeWebApps[0].internalFqdn"), QStringLiteral("owas.contoso.net"));
    d.type(QStringLiteral("sites[0].officeWebApps[0].internalIpv4"), QStringLiteral("10.10.10.20"));
    d.type(QStringLiteral("sites[0].officeWebApps[0].internalIpv6"), QStringLiteral("fd12:3456:789a:10::20"));
    d.type(QStringLiteral("sites[0].officeWebApps[0].externalFqdn"),
           QStringLiteral("officewebapps01.contoso.com"));
    d.next(Page_Devices);
    d.tick(QStringLiteral("legacyDiscovery.hostRecords"), false);
    QVERIFY2(d.ok(), d.message());
    verifyAgainstExample(QStringLiteral("sfb2019-ipv6.lyncplan"));
}

void TestWizard::invalidPoolFqdn_disablesNextAndShowsMessage()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    d.choose(QStringLiteral("sites[0].frontEndPools[0].edition"), QStringLiteral("enterprise"));
    d.choose(QStringLiteral("sites[0].frontEndPools[0].loadBalancing"), QStringLiteral("none"));
    d.pasteServers(QStringLiteral("sites[0].frontEndPools[0].servers"),
                   QStringLiteral("fe01.contoso.net\t10.10.10.1"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].fqdn"), QStringLiteral("fe01_bad"));
    QVERIFY2(d.ok(), d.message());

    auto *fqdn = d.field<QLineEdit>(QStringLiteral("sites[0].frontEndPools[0].fqdn"));
    QVERIFY2(fqdn, d.message());
    QVERIFY2(!d.nextButton()->isEnabled(), "Next is enabled with \"fe01_bad\" as the pool FQDN");
    QVERIFY(!d.page()->isComplete());
    const QStringList problems = d.page()->fieldProblems();
    QVERIFY2(problems.size() == 1 && problems.first().contains(QStringLiteral("fe01_bad")),
             qPrintable(QStringLiteral("field problems: ") + problems.join(QStringLiteral(" | "))));
    QVERIFY2(fqdn->property("invalid").toBool(), "the pool FQDN field is not marked invalid");
    QVERIFY2(fqdn->toolTip().contains(QStringLiteral("fe01_bad")), qPrintable(fqdn->toolTip()));
    // The message is on the page itself, not only in a tooltip.
    const auto *message = d.page()->findChild<QLabel *>(QStringLiteral("fieldProblems"));
    QVERIFY(message);
    QVERIFY2(message->isVisible() && message->text().contains(QStringLiteral("fe01_bad")),
             qPrintable(QStringLiteral("message below the fields: \"%1\" (%2)")
                            .arg(message->text(),
                                 message->isVisible() ? QStringLiteral("shown") : QStringLiteral("hidden"))));
    // In the validator's words: the page has no wording of its own.
    const Finding *finding = findingAt(QStringLiteral("sites[0].frontEndPools[0].fqdn"));
    QVERIFY2(finding, "the validator reports nothing at sites[0].frontEndPools[0].fqdn");
    QVERIFY2(message->text().contains(finding->message) && message->text().contains(finding->rule),
             qPrintable(QStringLiteral("message \"%1\", finding %2 \"%3\"")
                            .arg(message->text(), finding->rule, finding->message)));
    // Pressing Next anyway stays on the page.
    d.nextButton()->click();
    QCOMPARE(m_wizard->currentId(), int(Page_FrontEnd));
}

void TestWizard::invalidPoolFqdnFixed_enablesNext()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    d.choose(QStringLiteral("sites[0].frontEndPools[0].edition"), QStringLiteral("enterprise"));
    d.choose(QStringLiteral("sites[0].frontEndPools[0].loadBalancing"), QStringLiteral("none"));
    d.pasteServers(QStringLiteral("sites[0].frontEndPools[0].servers"),
                   QStringLiteral("fe01.contoso.net\t10.10.10.1"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].fqdn"), QStringLiteral("fe01_bad"));
    QVERIFY2(d.ok(), d.message());
    QVERIFY(!d.nextButton()->isEnabled());

    d.type(QStringLiteral("sites[0].frontEndPools[0].fqdn"), QStringLiteral("fe01.contoso.net"));
    QVERIFY2(d.ok(), d.message());
    QVERIFY2(d.nextButton()->isEnabled(), qPrintable(QStringLiteral("Next still disabled: ") +
                                                     d.page()->fieldProblems().join(QStringLiteral(" | "))));
    QVERIFY(d.page()->fieldProblems().isEmpty());
    auto *fqdn = d.field<QLineEdit>(QStringLiteral("sites[0].frontEndPools[0].fqdn"));
    QVERIFY(fqdn);
    QVERIFY2(!fqdn->property("invalid").toBool(), "the fixed field is still marked invalid");
    QVERIFY(!d.page()->findChild<QLabel *>(QStringLiteral("fieldProblems"))->isVisible());
    QCOMPARE(firstFrontEnd(m_document->plan()).fqdn, QStringLiteral("fe01.contoso.net"));
    d.next(Page_Director);
    QVERIFY2(d.ok(), d.message());
}

void TestWizard::invalidSipDomain_disablesNext()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.typeLines(QStringLiteral("sipDomains"), {QStringLiteral("contoso.com"), QStringLiteral("bad_domain")});
    QVERIFY2(d.ok(), d.message());
    QVERIFY(!d.nextButton()->isEnabled());
    auto *domains = d.field<QPlainTextEdit>(QStringLiteral("sipDomains"));
    QVERIFY(domains);
    QVERIFY(domains->property("invalid").toBool());
    QVERIFY2(d.page()->fieldProblems().join(QLatin1Char(' ')).contains(QStringLiteral("bad_domain")),
             qPrintable(d.page()->fieldProblems().join(QStringLiteral(" | "))));

    d.typeLines(QStringLiteral("sipDomains"),
                {QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")});
    QVERIFY(d.nextButton()->isEnabled());
    QVERIFY(!domains->property("invalid").toBool());
    QCOMPARE(m_document->plan().sipDomains,
             QStringList({QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
}

void TestWizard::newPlanEmptyFields_disableNextWithoutFramesUntilPageLeft()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    QVERIFY2(d.ok(), d.message());
    auto *fqdn = d.field<QLineEdit>(QStringLiteral("sites[0].frontEndPools[0].fqdn"));
    QVERIFY2(fqdn, d.message());
    const Finding *missing = findingAt(QStringLiteral("sites[0].frontEndPools[0].fqdn"));
    QVERIFY2(missing && missing->severity == Severity::Error, "no error for the empty pool FQDN");

    // Nothing typed yet: Next waits, the page says what it waits for, and no field is red.
    QVERIFY(!d.nextButton()->isEnabled());
    QVERIFY2(!fqdn->property("invalid").toBool(), "an untouched empty field of a new plan is framed");
    const auto *pending = d.page()->findChild<QLabel *>(QStringLiteral("pendingProblems"));
    const auto *problems = d.page()->findChild<QLabel *>(QStringLiteral("fieldProblems"));
    QVERIFY(pending && problems);
    QVERIFY2(pending->isVisible() && pending->text().contains(missing->message), qPrintable(pending->text()));
    QVERIFY2(!problems->isVisible(), qPrintable(problems->text()));
    QVERIFY(d.page()->fieldProblems().join(QLatin1Char(' ')).contains(missing->message));

    // Once the page was left, coming back shows the same problem framed.
    d.back();
    d.next(Page_FrontEnd);
    QVERIFY2(d.ok(), d.message());
    QVERIFY2(fqdn->property("invalid").toBool(), "the empty pool FQDN is not framed after a visit");
    QVERIFY2(problems->isVisible() && problems->text().contains(missing->message),
             qPrintable(problems->text()));
    QVERIFY(!d.nextButton()->isEnabled());
}

void TestWizard::warning_keepsNextEnabledAndShowsOnItsOwnPageOnly()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    d.choose(QStringLiteral("sites[0].frontEndPools[0].edition"), QStringLiteral("enterprise"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].fqdn"), QStringLiteral("pool01.contoso.net"));
    d.choose(QStringLiteral("sites[0].frontEndPools[0].loadBalancing"), QStringLiteral("dns"));
    d.pasteServers(QStringLiteral("sites[0].frontEndPools[0].servers"),
                   QStringLiteral("fe01.contoso.net\t10.10.10.1\nfe02.contoso.net\t10.10.10.2"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.internalFqdn"),
           QStringLiteral("webint.contoso.net"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.internalVip"), QStringLiteral("10.10.10.5"));
    QVERIFY2(d.ok(), d.message());
    // R-LB5 (round robin on the DNS servers) is a warning about sites[0].frontEndPools[0].loadBalancing.
    const Finding *lb5 = findingAt(QStringLiteral("sites[0].frontEndPools[0].loadBalancing"));
    QVERIFY2(lb5 && lb5->rule == QLatin1String("R-LB5") && lb5->severity == Severity::Warning,
             "no R-LB5 warning at sites[0].frontEndPools[0].loadBalancing");
    QVERIFY2(d.nextButton()->isEnabled(), qPrintable(d.page()->fieldProblems().join(QStringLiteral(" | "))));
    const auto *findings = d.page()->findChild<QLabel *>(QStringLiteral("pageFindings"));
    QVERIFY(findings);
    QVERIFY2(findings->isVisible() && findings->text().contains(QStringLiteral("R-LB5")),
             qPrintable(findings->text()));
    auto *lb = d.field<QComboBox>(QStringLiteral("sites[0].frontEndPools[0].loadBalancing"));
    QVERIFY2(lb, d.message());
    QVERIFY2(!lb->property("invalid").toBool(), "a warning frames its field like an error");

    // The Director page does not repeat the Front End's warning.
    d.next(Page_Director);
    QVERIFY2(d.ok(), d.message());
    const auto *directorFindings = d.page()->findChild<QLabel *>(QStringLiteral("pageFindings"));
    QVERIFY(directorFindings);
    QVERIFY2(!directorFindings->text().contains(QStringLiteral("R-LB5")),
             qPrintable(directorFindings->text()));
}

void TestWizard::invalidEdgeServerAddress_marksItsCell()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    fillStandardFrontEnd(d);
    d.next(Page_Director);
    d.next(Page_Edge);
    d.choose(QStringLiteral("sites[0].edgePools[0]"), QStringLiteral("scaled-dns"));
    d.type(QStringLiteral("sites[0].edgePools[0].internalFqdn"), QStringLiteral("edgepool.contoso.net"));
    d.pasteEdgeServers(
        QStringLiteral("edge01.contoso.net\t172.25.33.10\t131.107.155.10\t131.107.155.20\t131.107.155.30\n"
                       "edge02.contoso.net\t172.25.33.11\t131.107.155\t131.107.155.21\t131.107.155.31\n"));
    QVERIFY2(d.ok(), d.message());
    QVERIFY(!d.nextButton()->isEnabled());
    const Finding *bad = findingAt(QStringLiteral("sites[0].edgePools[0].servers[1].accessIpv4"));
    QVERIFY2(bad, "the validator reports nothing at sites[0].edgePools[0].servers[1].accessIpv4");

    auto *servers = d.field<EdgeServersTable>(QStringLiteral("sites[0].edgePools[0].servers"));
    QVERIFY2(servers, d.message());
    const QTableWidgetItem *cell = servers->table()->item(1, EdgeServersTable::AccessIpv4Column);
    const QTableWidgetItem *good = servers->table()->item(0, EdgeServersTable::AccessIpv4Column);
    QVERIFY(cell && good);
    QVERIFY2(cell->data(Qt::BackgroundRole).isValid(), "the bad cell is not marked");
    QVERIFY2(cell->toolTip().contains(bad->message), qPrintable(cell->toolTip()));
    QVERIFY2(!good->data(Qt::BackgroundRole).isValid(), "a good cell is marked");
    QVERIFY(servers->table()->property("invalid").toBool());
    // The message below says which row.
    const QString problems = d.page()->fieldProblems().join(QStringLiteral(" | "));
    QVERIFY2(problems.contains(QStringLiteral("row 2")) && problems.contains(bad->message),
             qPrintable(problems));

    // Fixed: the mark goes, Next comes back.
    servers->table()->item(1, EdgeServersTable::AccessIpv4Column)->setText(QStringLiteral("131.107.155.11"));
    QVERIFY2(d.nextButton()->isEnabled(), qPrintable(d.page()->fieldProblems().join(QStringLiteral(" | "))));
    QVERIFY(
        !servers->table()->item(1, EdgeServersTable::AccessIpv4Column)->data(Qt::BackgroundRole).isValid());
    QVERIFY(!servers->table()->property("invalid").toBool());
}

void TestWizard::sameFindingAtTwoFields_saidOnce()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    d.choose(QStringLiteral("sites[0].frontEndPools[0].edition"), QStringLiteral("standard"));
    d.pasteServers(QStringLiteral("sites[0].frontEndPools[0].servers"), QStringLiteral("x\t192.168.10.11"));
    // A Standard Edition server is named like its pool: the validator finds the name bad twice.
    d.type(QStringLiteral("sites[0].frontEndPools[0].fqdn"), QStringLiteral("se01_bad.contoso.net"));
    QVERIFY2(d.ok(), d.message());
    const Finding *pool = findingAt(QStringLiteral("sites[0].frontEndPools[0].fqdn"));
    const Finding *server = findingAt(QStringLiteral("sites[0].frontEndPools[0].servers[0].fqdn"));
    QVERIFY2(pool && server && pool->message == server->message, "expected the same finding at both paths");
    const QStringList problems = d.page()->fieldProblems();
    QVERIFY2(problems.size() == 1 && problems.first().contains(pool->message),
             qPrintable(problems.join(QStringLiteral(" | "))));
}

void TestWizard::backFromNextPage_keepsTypedValues()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.type(QStringLiteral("title"), QStringLiteral("Back test"));
    d.typeLines(QStringLiteral("sipDomains"),
                {QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")});
    d.next(Page_Dns);
    d.spin(QStringLiteral("dns.ttl"), 600);
    d.next(Page_FrontEnd);
    fillStandardFrontEnd(d);
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.externalFqdn"),
           QStringLiteral("webext.contoso.com"));
    d.next(Page_Director);
    d.back();
    QVERIFY2(d.ok(), d.message());
    QCOMPARE(m_wizard->currentId(), int(Page_FrontEnd));

    auto *fqdn = d.field<QLineEdit>(QStringLiteral("sites[0].frontEndPools[0].fqdn"));
    auto *external = d.field<QLineEdit>(QStringLiteral("sites[0].frontEndPools[0].webServices.externalFqdn"));
    auto *servers = d.field<ServersTable>(QStringLiteral("sites[0].frontEndPools[0].servers"));
    QVERIFY2(fqdn && external && servers, d.message());
    QCOMPARE(fqdn->text(), QStringLiteral("se01.contoso.net"));
    QCOMPARE(external->text(), QStringLiteral("webext.contoso.com"));
    QCOMPARE(servers->servers().size(), 1);
    QCOMPARE(servers->servers().first().ipv4, QStringLiteral("192.168.10.11"));
    const Plan &plan = m_document->plan();
    QCOMPARE(plan.sites.size(), 1);
    const Pool frontEnd = firstFrontEnd(plan);
    QCOMPARE(frontEnd.fqdn, QStringLiteral("se01.contoso.net"));
    QCOMPARE(frontEnd.webServices.externalFqdn, QStringLiteral("webext.contoso.com"));
    QCOMPARE(frontEnd.servers.size(), 1);
    QCOMPARE(frontEnd.servers.first().ipv4, QStringLiteral("192.168.10.11"));

    d.back();
    d.back();
    QVERIFY2(d.ok(), d.message());
    QCOMPARE(m_wizard->currentId(), int(Page_Product));
    auto *title = d.field<QLineEdit>(QStringLiteral("title"));
    auto *domains = d.field<QPlainTextEdit>(QStringLiteral("sipDomains"));
    QVERIFY2(title && domains, d.message());
    QCOMPARE(title->text(), QStringLiteral("Back test"));
    QCOMPARE(domains->toPlainText(), QStringLiteral("contoso.com\nfabrikam.com"));
    QCOMPARE(m_document->plan().title, QStringLiteral("Back test"));
    QCOMPARE(m_document->plan().dns.ttl, 600);

    // And forward again: the pages show the same values, nothing was reset on the way.
    d.next(Page_Dns);
    auto *ttl = d.field<QSpinBox>(QStringLiteral("dns.ttl"));
    QVERIFY2(ttl, d.message());
    QCOMPARE(ttl->value(), 600);
    d.next(Page_FrontEnd);
    d.next(Page_Director);
    QVERIFY2(d.ok(), d.message());
    QCOMPARE(firstFrontEnd(m_document->plan()).fqdn, QStringLiteral("se01.contoso.net"));
}

void TestWizard::sfb2019_skipsPersistentChat()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.choose(QStringLiteral("product"), QStringLiteral("sfb2019"));
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    fillStandardFrontEnd(d);
    for (int id = Page_Director; id <= Page_Federation; ++id)
        d.next(id);
    d.next(Page_OfficeWebApps);
    QVERIFY2(d.ok(), d.message());
    QVERIFY2(!m_wizard->visitedIds().contains(Page_PersistentChat), "the Persistent Chat page was shown");
    d.back();
    QVERIFY2(d.ok(), d.message());
    QCOMPARE(m_wizard->currentId(), int(Page_Federation));
    QVERIFY(firstSite(m_document->plan()).persistentChatPools.isEmpty());
}

void TestWizard::lync2013_showsPersistentChat()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.choose(QStringLiteral("product"), QStringLiteral("lync2013"));
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    fillStandardFrontEnd(d);
    for (int id = Page_Director; id <= Page_PersistentChat; ++id)
        d.next(id);
    d.tick(QStringLiteral("sites[0].persistentChatPools[0]"), true);
    QVERIFY2(d.ok(), d.message());
    // An empty pool FQDN and no servers: the page must not let the plan go on like that.
    QVERIFY(!d.nextButton()->isEnabled());
    QCOMPARE(firstSite(m_document->plan()).persistentChatPools.size(), 1);
}

void TestWizard::edgeNone_leavesPlanWithoutEdgeAndRestoresTypedValues()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    fillStandardFrontEnd(d);
    d.next(Page_Director);
    d.next(Page_Edge);
    d.choose(QStringLiteral("sites[0].edgePools[0]"), QStringLiteral("single"));
    d.type(QStringLiteral("sites[0].edgePools[0].internalFqdn"), QStringLiteral("lsedge.contoso.net"));
    d.type(QStringLiteral("sites[0].edgePools[0].accessFqdn"), QStringLiteral("sip.contoso.com"));
    d.pasteEdgeServers(
        QStringLiteral("lsedge.contoso.net\t172.25.33.10\t131.107.155.10\t131.107.155.20\t131.107.155.30"));
    QVERIFY2(d.ok(), d.message());
    QVERIFY2(d.nextButton()->isEnabled(), qPrintable(d.page()->fieldProblems().join(QStringLiteral(" | "))));
    QCOMPARE(firstSite(m_document->plan()).edgePools.size(), 1);
    const Edge typed = firstSite(m_document->plan()).edgePools.first();
    QCOMPARE(typed.servers.size(), 1);

    d.choose(QStringLiteral("sites[0].edgePools[0]"), QStringLiteral("none"));
    QVERIFY2(d.ok(), d.message());
    QVERIFY2(firstSite(m_document->plan()).edgePools.isEmpty(), planToJson(m_document->plan()).constData());
    QVERIFY2(d.nextButton()->isEnabled(), "Next disabled with no Edge");
    QVERIFY(d.page()->fieldProblems().isEmpty());
    // The details are out of the user's way, and nothing of them reaches the records.
    auto *internal =
        m_wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("sites[0].edgePools[0].internalFqdn"));
    QVERIFY(internal);
    QVERIFY(!internal->isVisible());
    const RecordSet records = planRecords(m_document->plan());
    for (const DnsRecord &r : records)
        QVERIFY2(!r.name.contains(QStringLiteral("lsedge")) &&
                     !r.data.contains(QStringLiteral("131.107.155")),
                 qPrintable(test::recordLines({r}).join(QString())));

    // Going on and coming back with no Edge keeps it so.
    d.next(Page_ReverseProxy);
    d.back();
    QVERIFY2(d.ok(), d.message());
    QVERIFY(firstSite(m_document->plan()).edgePools.isEmpty());

    d.choose(QStringLiteral("sites[0].edgePools[0]"), QStringLiteral("single"));
    QVERIFY2(d.ok(), d.message());
    QCOMPARE(firstSite(m_document->plan()).edgePools.size(), 1);
    QVERIFY2(firstSite(m_document->plan()).edgePools.first() == typed,
             planToJson(m_document->plan()).constData());
    auto *internalAgain = d.field<QLineEdit>(QStringLiteral("sites[0].edgePools[0].internalFqdn"));
    QVERIFY2(internalAgain, d.message());
    QCOMPARE(internalAgain->text(), QStringLiteral("lsedge.contoso.net"));
    auto *servers = d.field<EdgeServersTable>(QStringLiteral("sites[0].edgePools[0].servers"));
    QVERIFY2(servers, d.message());
    QCOMPARE(servers->servers(), typed.servers);
}

void TestWizard::subscriptionEdition_skipsPersistentChatAndXmpp()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.choose(QStringLiteral("product"), QStringLiteral("sfbse"));
    QVERIFY2(d.ok(), d.message());
    QVERIFY(m_document->plan().product == Product::SfbSe);
    // The product page says what the product leaves out, naming it.
    bool noted = false;
    for (const QLabel *label : d.page()->findChildren<QLabel *>())
        noted =
            noted || (label->isVisible() && label->text().contains(QLatin1String("Subscription Edition")) &&
                      label->text().contains(QLatin1String("Persistent Chat")));
    QVERIFY2(noted, "no note that Subscription Edition has no Persistent Chat");
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    fillStandardFrontEnd(d);
    for (int id = Page_Director; id <= Page_Federation; ++id)
        d.next(id);
    QVERIFY2(d.ok(), d.message());
    // Like 2019: no XMPP to choose on the Federation page, no Persistent Chat page.
    auto *xmpp = m_wizard->currentPage()->findChild<QCheckBox *>(QStringLiteral("xmpp"));
    QVERIFY(xmpp);
    QVERIFY(!xmpp->isEnabled());
    d.next(Page_OfficeWebApps);
    QVERIFY2(d.ok(), d.message());
    QVERIFY(!m_wizard->visitedIds().contains(Page_PersistentChat));
}

void TestWizard::newReverseProxy_isNamedReverseProxy()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.next(Page_Dns);
    d.next(Page_FrontEnd);
    fillStandardFrontEnd(d);
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.externalFqdn"),
           QStringLiteral("webext.contoso.com"));
    for (int id = Page_Director; id <= Page_ReverseProxy; ++id)
        d.next(id);
    d.tick(QStringLiteral("sites[0].reverseProxies[0]"), true);
    d.type(QStringLiteral("sites[0].reverseProxies[0].publicIpv4"), QStringLiteral("131.107.155.40"));
    QVERIFY2(d.ok(), d.message());
    const Site &site = firstSite(m_document->plan());
    QCOMPARE(site.reverseProxies.size(), 1);
    // The name a version 1 plan's proxy is read with (plan-format.md), kept through an untick.
    QCOMPARE(site.reverseProxies.first().name, QStringLiteral("reverse-proxy"));
    QCOMPARE(site.reverseProxies.first().publicIpv4, QStringLiteral("131.107.155.40"));
    d.tick(QStringLiteral("sites[0].reverseProxies[0]"), false);
    QVERIFY(firstSite(m_document->plan()).reverseProxies.isEmpty());
    d.tick(QStringLiteral("sites[0].reverseProxies[0]"), true);
    QVERIFY2(d.ok(), d.message());
    QCOMPARE(firstSite(m_document->plan()).reverseProxies.size(), 1);
    QCOMPARE(firstSite(m_document->plan()).reverseProxies.first().name, QStringLiteral("reverse-proxy"));
}

namespace {

// Two central sites (plan-format.md, version 2), shared with tst_mainwindow. Redmond has two Front
// End, two Director and two Edge pools; its first pools carry settings no wizard page shows (reverseProxy,
// pairedWith, the Edge's priority and federation mark).
QByteArray twoSitePlan()
{
    return test::readAll(test::dataFile(QStringLiteral("ui/two-sites.lyncplan")));
}

} // namespace

void TestWizard::twoSitePlan_pagesEditTheFirstSitesFirstElementsOnly()
{
    const Plan opened = test::planFromJson(twoSitePlan());
    QCOMPARE(opened.sites.size(), 2);
    m_document->reset(opened, QString(), false);
    Plan expected = opened;
    WizardDriver d(m_wizard.get());

    // The Front End page shows Redmond's first pool; an edit changes that pool only.
    QVERIFY(m_wizard->goToPage(Page_FrontEnd));
    auto *fqdn = d.field<QLineEdit>(QStringLiteral("sites[0].frontEndPools[0].fqdn"));
    QVERIFY2(fqdn, d.message());
    QCOMPARE(fqdn->text(), QStringLiteral("pool01.contoso.net"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.externalFqdn"),
           QStringLiteral("web01.contoso.com"));
    QVERIFY2(d.ok(), d.message());
    expected.sites[0].frontEndPools[0].webServices.externalFqdn = QStringLiteral("web01.contoso.com");
    QVERIFY2(m_document->plan() == expected, planMismatch(expected, m_document->plan()).constData());

    // No Director: the first Director pool goes, the second stays.
    QVERIFY(m_wizard->goToPage(Page_Director));
    auto *director = d.field<QLineEdit>(QStringLiteral("sites[0].directorPools[0].fqdn"));
    QVERIFY2(director, d.message());
    QCOMPARE(director->text(), QStringLiteral("dir01.contoso.net"));
    d.choose(QStringLiteral("sites[0].directorPools[0]"), QStringLiteral("none"));
    QVERIFY2(d.ok(), d.message());
    expected.sites[0].directorPools.removeFirst();
    QVERIFY2(m_document->plan() == expected, planMismatch(expected, m_document->plan()).constData());
    // The page shows the one that is first now, never a Director the plan no longer has.
    QCOMPARE(director->text(), QStringLiteral("dir02.contoso.net"));
    auto *choice = d.field<QComboBox>(QStringLiteral("sites[0].directorPools[0]"));
    QVERIFY2(choice, d.message());
    QCOMPARE(choice->currentData().toString(), QStringLiteral("single"));

    // The Edge page edits the first Edge pool and keeps its priority and federation mark.
    QVERIFY(m_wizard->goToPage(Page_Edge));
    d.type(QStringLiteral("sites[0].edgePools[0].avFqdn"), QStringLiteral("av1.contoso.com"));
    QVERIFY2(d.ok(), d.message());
    expected.sites[0].edgePools[0].avFqdn = QStringLiteral("av1.contoso.com");
    QVERIFY2(m_document->plan() == expected, planMismatch(expected, m_document->plan()).constData());
    QCOMPARE(m_document->plan().sites.at(0).edgePools.at(0).remoteAccessPriority, 5);
    QVERIFY(m_document->plan().sites.at(0).edgePools.at(0).federation);

    // No Edge: the first Edge pool goes, the page shows the second.
    d.choose(QStringLiteral("sites[0].edgePools[0]"), QStringLiteral("none"));
    QVERIFY2(d.ok(), d.message());
    expected.sites[0].edgePools.removeFirst();
    QVERIFY2(m_document->plan() == expected, planMismatch(expected, m_document->plan()).constData());
    auto *internal = d.field<QLineEdit>(QStringLiteral("sites[0].edgePools[0].internalFqdn"));
    QVERIFY2(internal, d.message());
    QCOMPARE(internal->text(), QStringLiteral("edge02.contoso.net"));
    QVERIFY(m_document->plan().sites.at(1) == opened.sites.at(1));
}

void TestWizard::twoSitePlan_findingsOfOtherElements_openTheirElement()
{
    const Plan opened = test::planFromJson(twoSitePlan());
    m_document->reset(opened, QString(), false);
    // Each element of the estate has its page: a finding's path moves the page to that element and
    // focuses the field, which shows that element's value (written by hand from the fixture).
    const struct
    {
        QString path;
        int page;
        QString shown;
    } cases[] = {
        {QStringLiteral("sites[0].frontEndPools[0].fqdn"), Page_FrontEnd,
         QStringLiteral("pool01.contoso.net")},
        {QStringLiteral("sites[1].frontEndPools[0].fqdn"), Page_FrontEnd,
         opened.sites.at(1).frontEndPools.at(0).fqdn},
        {QStringLiteral("sites[0].edgePools[1].internalFqdn"), Page_Edge,
         QStringLiteral("edge02.contoso.net")},
        {QStringLiteral("sites[0].directorPools[1].fqdn"), Page_Director,
         QStringLiteral("dir02.contoso.net")},
        {QStringLiteral("sites[0].frontEndPools[0].fqdn"), Page_FrontEnd,
         QStringLiteral("pool01.contoso.net")},
    };
    for (const auto &c : cases) {
        QVERIFY2(m_wizard->jumpToPath(c.path), qPrintable(c.path));
        QCOMPARE(m_wizard->currentId(), c.page);
        auto *field = m_wizard->currentPage()->findChild<QLineEdit *>(c.path);
        QVERIFY2(field, qPrintable(c.path));
        QCOMPARE(field->text(), c.shown);
        QVERIFY2(field->hasFocus() || QApplication::focusWidget() == field, qPrintable(c.path));
    }
    // An element the plan does not have is no page's: the jump says so instead of showing a new one.
    QVERIFY(!m_wizard->jumpToPath(QStringLiteral("sites[0].frontEndPools[10].fqdn")));
    QVERIFY(!m_wizard->jumpToPath(QStringLiteral("sites[7].edgePools[0].accessFqdn")));
    QVERIFY2(m_document->plan() == opened, planMismatch(opened, m_document->plan()).constData());
}

void TestWizard::singleSiteSetters_replaceOrRemoveTheFirstElementOnly()
{
    const Plan opened = test::planFromJson(twoSitePlan());
    Plan plan = opened;
    Plan expected = opened;

    // Removing and adding the first Director pool of site 0.
    scoped::setDirector(plan, EditScope{}, std::nullopt);
    expected.sites[0].directorPools.removeFirst();
    QVERIFY2(plan == expected, planMismatch(expected, plan).constData());
    Pool director;
    director.fqdn = QStringLiteral("dir09.contoso.net");
    scoped::setDirector(plan, EditScope{}, director);
    expected.sites[0].directorPools[0] = director;
    QVERIFY2(plan == expected, planMismatch(expected, plan).constData());

    // A farm added to a site without one, then replaced: its member servers are the caller's.
    OfficeWebApps farm;
    farm.internalFqdn = QStringLiteral("owas.contoso.net");
    farm.servers << Server{QStringLiteral("owa01.contoso.net"), QStringLiteral("10.10.13.1"), QString()};
    scoped::setOfficeWebApps(plan, EditScope{}, farm);
    expected.sites[0].officeWebApps << farm;
    QVERIFY2(plan == expected, planMismatch(expected, plan).constData());
    QVERIFY(scoped::officeWebApps(plan, EditScope{}) == std::optional<OfficeWebApps>(farm));

    // The reverse proxy the wizard creates is named "reverse-proxy"; one with a name keeps it.
    scoped::setReverseProxy(plan, EditScope{}, std::nullopt);
    expected.sites[0].reverseProxies.removeFirst();
    QVERIFY2(plan == expected, planMismatch(expected, plan).constData());
    scoped::setReverseProxy(plan, EditScope{},
                            ReverseProxy{QString(), QStringLiteral("131.107.155.41"), QString()});
    expected.sites[0].reverseProxies << ReverseProxy{QStringLiteral("reverse-proxy"),
                                                     QStringLiteral("131.107.155.41"), QString()};
    QVERIFY2(plan == expected, planMismatch(expected, plan).constData());

    Pool edited;
    edited.fqdn = QStringLiteral("pool01.contoso.net");

    // Dublin never changed.
    QVERIFY(plan.sites.at(1) == opened.sites.at(1));

    // A plan without sites gets the site a version 1 plan is read into.
    Plan empty;
    scoped::setFrontEnd(empty, EditScope{}, edited);
    QCOMPARE(empty.sites.size(), 1);
    QCOMPARE(empty.sites.first().name, QStringLiteral("Site 1"));
    QVERIFY(empty.sites.first().frontEndPools == QList<Pool>{edited});
    Plan untouched;
    scoped::setEdge(untouched, EditScope{}, std::nullopt);
    QVERIFY(untouched.sites.isEmpty());
}

void TestWizard::officeWebAppsEdit_keepsTheFarmMembers()
{
    // A farm behind a load balancer: its members are listed on the page, and an edit of another
    // field keeps them.
    const Plan opened = test::planFromJson(R"({
      "format": "lyncdns-plan",
      "version": 2,
      "product": "sfb2015",
      "sipDomains": ["contoso.com"],
      "sites": [ {
        "name": "Site 1",
        "frontEndPools": [ { "edition": "standard", "fqdn": "se01.contoso.net", "loadBalancing": "none",
                             "servers": [ { "fqdn": "se01.contoso.net", "ipv4": "192.168.10.11" } ] } ],
        "officeWebApps": [ { "internalFqdn": "owas.contoso.net", "internalIpv4": "192.168.10.20",
                             "servers": [ { "fqdn": "owa01.contoso.net", "ipv4": "192.168.10.21" },
                                          { "fqdn": "owa02.contoso.net", "ipv4": "192.168.10.22" } ] } ]
      } ]
    })");
    QCOMPARE(opened.sites.size(), 1);
    m_document->reset(opened, QString(), false);
    QVERIFY(m_wizard->goToPage(Page_OfficeWebApps));
    const auto *members = m_wizard->currentPage()->findChild<ServersTable *>(
        QStringLiteral("sites[0].officeWebApps[0].servers"));
    QVERIFY(members);
    QCOMPARE(members->servers().size(), 2);
    QCOMPARE(members->servers().at(1).fqdn, QStringLiteral("owa02.contoso.net"));
    WizardDriver d(m_wizard.get());
    d.type(QStringLiteral("sites[0].officeWebApps[0].internalIpv4"), QStringLiteral("192.168.10.25"));
    QVERIFY2(d.ok(), d.message());
    Plan expected = opened;
    expected.sites[0].officeWebApps[0].internalIpv4 = QStringLiteral("192.168.10.25");
    QVERIFY2(m_document->plan() == expected, planMismatch(expected, m_document->plan()).constData());
    QCOMPARE(m_document->plan().sites.at(0).officeWebApps.at(0).servers.size(), 2);
}

// Issue 12: help text was palette(dark), about 2.6:1 on the page; WCAG AA asks 4.5:1 for text.
// Every page's explanation and every placeholder (the defaults "shown in grey") is measured.
void TestWizard::helpTextAndPlaceholders_meetWcagAA()
{
    int measured = 0;
    for (int id = 0; id < Page_Count; ++id) {
        const QWidget *page = m_wizard->planPage(id);
        if (!page)
            continue;
        for (const QLabel *why : page->findChildren<QLabel *>(QStringLiteral("whyText"))) {
            const double ratio = contrastRatio(why->palette().color(QPalette::WindowText),
                                               why->palette().color(QPalette::Window));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("page %1: help text %2:1").arg(id).arg(ratio)));
            ++measured;
        }
        for (const QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            // WCAG exempts inactive controls (SC 1.4.3): a disabled field is not measured.
            if (edit->placeholderText().isEmpty() || !edit->isEnabled())
                continue;
            const double ratio = contrastRatio(edit->palette().color(QPalette::PlaceholderText),
                                               edit->palette().color(QPalette::Base));
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1: placeholder %2:1").arg(edit->objectName()).arg(ratio)));
            ++measured;
        }
    }
    QVERIFY2(measured >= 15, qPrintable(QString::number(measured))); // 13 pages with help text, and fields
    // The measure itself, against WCAG's own figures: black on white 21:1, #777 on white about 4.48:1.
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
}

// The step list says of each step what its page would: done once left without problems, the
// problems of every site's element of its role (not only the one shown), and not applicable where
// the product has no such role.
void TestWizard::stepList_reflectsProblemsVisitsAndApplicability()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    QVERIFY2(d.ok(), d.message());
    // A new plan: nothing said yet of steps not visited, even with empty required fields ahead.
    QCOMPARE(m_wizard->stepState(Page_FrontEnd), PlanEditor::StepState::Open);
    d.next(Page_Dns);
    QVERIFY2(d.ok(), d.message());
    QCOMPARE(m_wizard->stepState(Page_Product), PlanEditor::StepState::Done);

    // An estate with a bad name in its second site: the Front End step has the problem although its
    // page shows the first site's pool, and its item says so in words.
    Plan plan = test::planFromJson(twoSitePlan());
    plan.sites[1].frontEndPools[0].fqdn = QStringLiteral("pool 03!.contoso.net");
    m_document->reset(plan, QString(), false);
    QCOMPARE(m_wizard->stepState(Page_FrontEnd), PlanEditor::StepState::Problems);
    const QListWidgetItem *item = m_wizard->stepList()->item(Page_FrontEnd);
    QVERIFY2(item->toolTip().contains(QLatin1String("error")), qPrintable(item->toolTip()));
    QCOMPARE(item->data(Qt::AccessibleDescriptionRole).toString(), item->toolTip());
    QCOMPARE(m_wizard->stepState(Page_Product), PlanEditor::StepState::Done);
    QCOMPARE(m_wizard->stepState(Page_PersistentChat), PlanEditor::StepState::Done);

    // Fixed on the page of that pool: the error is gone; the fixture's own warning stays (R-LB5 at
    // Redmond's DNS load balanced pool: round robin must be on).
    QVERIFY(m_wizard->jumpToPath(QStringLiteral("sites[1].frontEndPools[0].fqdn")));
    d.type(QStringLiteral("sites[1].frontEndPools[0].fqdn"), QStringLiteral("pool03.contoso.net"));
    QVERIFY2(d.ok(), d.message());
    QCOMPARE(m_wizard->stepState(Page_FrontEnd), PlanEditor::StepState::Problems);
    QVERIFY2(item->toolTip().contains(QLatin1String("1 warning")) &&
                 !item->toolTip().contains(QLatin1String("error")),
             qPrintable(item->toolTip()));
    // The Mobility step has nothing to say about this plan: done.
    QCOMPARE(m_wizard->stepState(Page_Mobility), PlanEditor::StepState::Done);

    // Skype for Business Server 2019 has no Persistent Chat: the step does not apply and Next
    // passes it by.
    plan = test::planFromJson(twoSitePlan());
    plan.product = Product::Sfb2019;
    for (Site &site : plan.sites)
        site.persistentChatPools.clear();
    plan.xmppFqdn.reset();
    m_document->reset(plan, QString(), false);
    QCOMPARE(m_wizard->stepState(Page_PersistentChat), PlanEditor::StepState::NotApplicable);
    QVERIFY(m_wizard->goToPage(Page_Routes));
    QCOMPARE(m_wizard->nextId(), int(Page_OfficeWebApps));
    QVERIFY(m_wizard->stepList()->item(Page_PersistentChat)->font().italic());
}

// Every field of every step is reached with Tab alone, from the step list on: no control needs the
// mouse (issue 12).
void TestWizard::keyboardOnly_tabReachesEveryFieldOfEveryStep()
{
    m_document->reset(test::loadPlan(test::exampleFile(QStringLiteral("three-site-estate.lyncplan"))),
                      QString(), false);
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    QStringList unreached;
    for (int id = 0; id < Page_Count; ++id) {
        QVERIFY(m_wizard->goToPage(id));
        QWidget *page = m_wizard->currentPage();
        QCoreApplication::processEvents();
        QSet<QWidget *> reached;
        m_wizard->stepList()->setFocus(Qt::TabFocusReason);
        // Table cells take Tab themselves; a few hundred presses cover the largest page.
        for (int press = 0; press < 600; ++press) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                break;
            reached.insert(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
            if (QApplication::focusWidget() == m_wizard->stepList())
                break; // round the whole chain
        }
        const auto isField = [](const QWidget *w) {
            return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
                   qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
                   qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractItemView *>(w);
        };
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!isField(w) || !w->isVisibleTo(page) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            // A combo box's line edit and a spin box's editor give the focus to their owner.
            if (qobject_cast<QComboBox *>(w->parentWidget()) ||
                qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue;
            if (!reached.contains(w) && !(w->focusProxy() && reached.contains(w->focusProxy())))
                unreached << QStringLiteral("%1: %2 \"%3\"")
                                 .arg(m_wizard->currentTitle(), QLatin1String(w->metaObject()->className()),
                                      w->objectName().isEmpty() ? w->accessibleName() : w->objectName());
        }
    }
    QVERIFY2(unreached.isEmpty(), qPrintable(unreached.join(QLatin1Char('\n'))));
}

// Issue 12: an estate of two sites entered from a new plan through the real widgets only — sites
// named in the topology tree, pools added there and opened with Enter into their editors — equals
// the plan written by hand, and its records equal `lyncdns plan` of that file.
void TestWizard::twoSiteEstate_typedFromANewPlan_equalsHandWrittenPlanAndCliRecords()
{
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.type(QStringLiteral("title"), QStringLiteral("Contoso, two sites typed in the editor"));
    d.choose(QStringLiteral("product"), QStringLiteral("sfb2015"));
    d.typeLines(QStringLiteral("sipDomains"), {QStringLiteral("contoso.com")});
    d.next(Page_Dns);
    d.next(Page_Topology);
    QVERIFY2(d.ok(), d.message());
    auto *topology = qobject_cast<TopologyPage *>(m_wizard->currentPage());
    QVERIFY(topology);
    QTreeView *tree = topology->tree();
    tree->setFocus(Qt::TabFocusReason);

    // The new plan's site, renamed; a second site added and named.
    QVERIFY(topology->selectPath(QStringLiteral("sites[0]")));
    QVERIFY(renameSelectedRow(tree, QStringLiteral("Redmond")));
    topology->findChild<QPushButton *>(QStringLiteral("addSite"))->click();
    QCOMPARE(topology->currentPath(), QStringLiteral("sites[1]"));
    tree->setFocus(Qt::TabFocusReason);
    QVERIFY(renameSelectedRow(tree, QStringLiteral("Dublin")));
    QCOMPARE(m_document->plan().sites.size(), 2);

    // Redmond's Front End pool, opened from the tree with Enter.
    QVERIFY(topology->selectPath(QStringLiteral("sites[0].frontEndPools[0]")));
    tree->setFocus(Qt::TabFocusReason);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(Page_FrontEnd));
    d.choose(QStringLiteral("sites[0].frontEndPools[0].edition"), QStringLiteral("enterprise"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].fqdn"), QStringLiteral("pool01.contoso.net"));
    d.choose(QStringLiteral("sites[0].frontEndPools[0].loadBalancing"), QStringLiteral("hardware"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].vip"), QStringLiteral("10.10.10.5"));
    d.pasteServers(QStringLiteral("sites[0].frontEndPools[0].servers"),
                   QStringLiteral("fe01.contoso.net\t10.10.10.1\nfe02.contoso.net\t10.10.10.2"));
    d.type(QStringLiteral("sites[0].frontEndPools[0].webServices.externalFqdn"),
           QStringLiteral("webext01.contoso.com"));
    QVERIFY2(d.ok(), d.message());

    // Back to the topology by its step; Redmond gets a reverse proxy.
    QVERIFY(
        addAndOpen(m_wizard.get(), topology, QStringLiteral("sites[0]"), QStringLiteral("Reverse proxy")));
    QCOMPARE(m_wizard->currentId(), int(Page_ReverseProxy));
    d.type(QStringLiteral("sites[0].reverseProxies[0].publicIpv4"), QStringLiteral("131.107.155.40"));
    QVERIFY2(d.ok(), d.message());

    // Dublin: a Standard Edition server and its own reverse proxy.
    QVERIFY(
        addAndOpen(m_wizard.get(), topology, QStringLiteral("sites[1]"), QStringLiteral("Front End pool")));
    QCOMPARE(m_wizard->currentId(), int(Page_FrontEnd));
    d.choose(QStringLiteral("sites[1].frontEndPools[0].edition"), QStringLiteral("standard"));
    d.type(QStringLiteral("sites[1].frontEndPools[0].fqdn"), QStringLiteral("se21.contoso.net"));
    d.pasteServers(QStringLiteral("sites[1].frontEndPools[0].servers"),
                   QStringLiteral("se21.contoso.net\t10.20.10.1"));
    d.type(QStringLiteral("sites[1].frontEndPools[0].webServices.externalFqdn"),
           QStringLiteral("webext21.contoso.com"));
    QVERIFY2(d.ok(), d.message());
    QVERIFY(
        addAndOpen(m_wizard.get(), topology, QStringLiteral("sites[1]"), QStringLiteral("Reverse proxy")));
    QCOMPARE(m_wizard->currentId(), int(Page_ReverseProxy));
    d.type(QStringLiteral("sites[1].reverseProxies[0].publicIpv4"), QStringLiteral("131.107.160.40"));
    QVERIFY2(d.ok(), d.message());

    const QString file = test::dataFile(QStringLiteral("ui/typed-two-sites.lyncplan"));
    const Plan expected = test::loadPlan(file);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_document->plan() == expected, planMismatch(expected, m_document->plan()).constData());
    QString error;
    const QByteArray cli = cliCsv(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray gui = recordsToCsv(planRecords(m_document->plan()));
    QVERIFY2(gui == cli, qPrintable(test::describeDifference(lines(cli), lines(gui))));
    // Both sites' records are there (written by hand from the plan: Dublin's server and web name).
    QVERIFY(cli.contains("se21.contoso.net,A,10.20.10.1"));
    QVERIFY(cli.contains("webext21.contoso.com,A,131.107.160.40"));
}

namespace {

// The items a reference combo offers, as "value=text" lines.
QStringList offered(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemData(i).toString() + QLatin1Char('=') + combo->itemText(i);
    return items;
}

} // namespace

void TestWizard::threeSiteEstate_poolReferencesChosenInTheEditor_equalTheExample()
{
    // The example without its pools' references: everything else of the three sites is typed by the
    // other tests; these are chosen here, in the pool editor, and the result is the example again.
    const Plan example = test::loadPlan(test::exampleFile(QStringLiteral("three-site-estate.lyncplan")));
    if (QTest::currentTestFailed())
        return;
    Plan stripped = example;
    for (Site &site : stripped.sites) {
        for (Pool &pool : site.frontEndPools)
            pool.reverseProxy = pool.edgePool = pool.pairedWith = QString();
        for (Pool &pool : site.directorPools)
            pool.reverseProxy = QString();
    }
    QVERIFY(!(stripped == example));
    m_document->reset(stripped, QString(), false);

    // Singapore has no reverse proxy: the validator asks for one at the pool's reference, and the
    // finding opens that pool with its reverse proxy choice focused.
    const QString singaporeProxy = QStringLiteral("sites[2].frontEndPools[1].reverseProxy");
    QVERIFY2(findingAt(singaporeProxy), qPrintable(singaporeProxy));
    QVERIFY(m_wizard->jumpToPath(singaporeProxy));
    QCOMPARE(m_wizard->currentId(), int(Page_FrontEnd));
    auto *proxy = m_wizard->currentPage()->findChild<QComboBox *>(singaporeProxy);
    QVERIFY(proxy);
    QVERIFY(proxy->hasFocus() || QApplication::focusWidget() == proxy);
    // What each choice offers, written by hand from the example: every proxy, Edge pool and other
    // Front End pool of the estate, and what choosing none means in Singapore.
    QCOMPARE(offered(proxy), (QStringList{QStringLiteral("=None: the site has no reverse proxy"),
                                          QStringLiteral("rp-redmond=rp-redmond in site Redmond"),
                                          QStringLiteral("rp-dublin=rp-dublin in site Dublin")}));
    const auto *edge =
        m_wizard->currentPage()->findChild<QComboBox *>(QStringLiteral("sites[2].frontEndPools[1].edgePool"));
    QVERIFY(edge);
    QCOMPARE(offered(edge),
             (QStringList{QStringLiteral("=The plan's first Edge pool (edgepool01.contoso.net)"),
                          QStringLiteral("edgepool01.contoso.net=edgepool01.contoso.net in site Redmond"),
                          QStringLiteral("edgepool02.contoso.net=edgepool02.contoso.net in site Dublin")}));
    const auto *paired = m_wizard->currentPage()->findChild<QComboBox *>(
        QStringLiteral("sites[2].frontEndPools[1].pairedWith"));
    QVERIFY(paired);
    QCOMPARE(offered(paired),
             (QStringList{QStringLiteral("=Not paired"),
                          QStringLiteral("pool01.contoso.net=pool01.contoso.net in site Redmond"),
                          QStringLiteral("pool02.contoso.net=pool02.contoso.net in site Dublin"),
                          QStringLiteral("pool03.contoso.net=pool03.contoso.net in site Singapore")}));

    WizardDriver d(m_wizard.get());
    const struct
    {
        qsizetype site, index;
        QString reverseProxy, edgePool, pairedWith;
    } pools[] = {
        {0, 0, {}, {}, QStringLiteral("pool02.contoso.net")},
        {1, 0, {}, {}, QStringLiteral("pool01.contoso.net")},
        {2, 0, QStringLiteral("rp-redmond"), QStringLiteral("edgepool01.contoso.net"),
         QStringLiteral("pool04.contoso.net")},
        {2, 1, QStringLiteral("rp-redmond"), QStringLiteral("edgepool01.contoso.net"),
         QStringLiteral("pool03.contoso.net")},
    };
    for (const auto &p : pools) {
        m_wizard->openElement(EstateRole::FrontEnd, p.site, p.index);
        QCOMPARE(m_wizard->currentId(), int(Page_FrontEnd));
        const QString prefix = QStringLiteral("sites[%1].frontEndPools[%2].").arg(p.site).arg(p.index);
        if (!p.reverseProxy.isEmpty())
            d.choose(prefix + QStringLiteral("reverseProxy"), p.reverseProxy);
        if (!p.edgePool.isEmpty())
            d.choose(prefix + QStringLiteral("edgePool"), p.edgePool);
        d.choose(prefix + QStringLiteral("pairedWith"), p.pairedWith);
        QVERIFY2(d.ok(), d.message());
    }
    QVERIFY2(m_document->plan() == example, planMismatch(example, m_document->plan()).constData());
    QVERIFY(!findingAt(singaporeProxy));

    // A Director pool names a reverse proxy only.
    m_wizard->openElement(EstateRole::Director, 1, 0);
    QCOMPARE(m_wizard->currentId(), int(Page_Director));
    const auto *directorProxy = m_wizard->currentPage()->findChild<QComboBox *>(
        QStringLiteral("sites[1].directorPools[0].reverseProxy"));
    QVERIFY(directorProxy);
    QVERIFY(directorProxy->isVisibleTo(m_wizard->currentPage()));
    QCOMPARE(directorProxy->itemText(0), QStringLiteral("The site's reverse proxy (rp-dublin)"));
    const auto *directorEdge =
        m_wizard->currentPage()->findChild<QComboBox *>(QStringLiteral("sites[1].directorPools[0].edgePool"));
    QVERIFY(!directorEdge || !directorEdge->isVisibleTo(m_wizard->currentPage()));
    d.choose(QStringLiteral("sites[1].directorPools[0].reverseProxy"), QStringLiteral("rp-redmond"));
    QVERIFY2(d.ok(), d.message());
    QCOMPARE(m_document->plan().sites.at(1).directorPools.at(0).reverseProxy, QStringLiteral("rp-redmond"));
}

void TestWizard::unknownPoolReference_isKeptAndSaidToBeMissing()
{
    // A reference that names nothing (a proxy since removed, a typo in the file) is the validator's
    // to report: editing another field of the pool must not drop or change it.
    Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("three-site-estate.lyncplan")));
    if (QTest::currentTestFailed())
        return;
    plan.sites[2].frontEndPools[0].reverseProxy = QStringLiteral("rp-singapore");
    // An FQDN reference resolves in any case and with a trailing dot (plan-format.md): it names
    // pool04 and stays as written.
    plan.sites[2].frontEndPools[0].pairedWith = QStringLiteral("POOL04.contoso.net.");
    m_document->reset(plan, QString(), false);
    m_wizard->openElement(EstateRole::FrontEnd, 2, 0);
    QCOMPARE(m_wizard->currentId(), int(Page_FrontEnd));
    const auto *proxy = m_wizard->currentPage()->findChild<QComboBox *>(
        QStringLiteral("sites[2].frontEndPools[0].reverseProxy"));
    QVERIFY(proxy);
    QCOMPARE(proxy->currentText(), QStringLiteral("rp-singapore (not in the plan)"));
    const auto *paired = m_wizard->currentPage()->findChild<QComboBox *>(
        QStringLiteral("sites[2].frontEndPools[0].pairedWith"));
    QVERIFY(paired);
    QCOMPARE(paired->currentText(), QStringLiteral("pool04.contoso.net in site Singapore"));
    QVERIFY(findingAt(QStringLiteral("sites[2].frontEndPools[0].reverseProxy")));

    WizardDriver d(m_wizard.get());
    d.type(QStringLiteral("sites[2].frontEndPools[0].webServices.internalVip"), QStringLiteral("10.30.2.9"));
    QVERIFY2(d.ok(), d.message());
    Plan expected = plan;
    expected.sites[2].frontEndPools[0].webServices.internalVip = QStringLiteral("10.30.2.9");
    QVERIFY2(m_document->plan() == expected, planMismatch(expected, m_document->plan()).constData());
}

void TestWizard::dnsPage_splitBrainPerSipDomain_isAnExceptionOfThePlan()
{
    // The three-site example writes fabrikam.com as { "name": "fabrikam.com", "splitBrain": false }
    // under a split-brain plan: that exception is set on the DNS page, by keyboard.
    WizardDriver d(m_wizard.get());
    startNewPlan(d);
    d.typeLines(QStringLiteral("sipDomains"),
                {QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")});
    d.next(Page_Dns);
    QVERIFY2(d.ok(), d.message());
    auto *list = m_wizard->currentPage()->findChild<QListWidget *>(QStringLiteral("splitBrainPerDomain"));
    QVERIFY(list);
    QVERIFY(list->isVisibleTo(m_wizard->currentPage()));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("contoso.com"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("fabrikam.com"));
    QCOMPARE(list->item(1)->checkState(), Qt::Checked); // split-brain, as the whole plan

    list->setFocus(Qt::TabFocusReason);
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE((m_document->plan().splitBrainOverrides),
             (QHash<QString, bool>{{QStringLiteral("fabrikam.com"), false}}));
    QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(list->item(1)->text(), QStringLiteral("fabrikam.com (differs from the setting above)"));
    // Every domain in sight at the editor's width in a 1280×800 window: no sideways scroll bar takes
    // the second line's height.
    m_wizard->resize(638, 760);
    QCoreApplication::processEvents();
    QVERIFY(!list->horizontalScrollBar()->isVisible());
    QVERIFY2(list->visualItemRect(list->item(1)).bottom() < list->viewport()->height(),
             qPrintable(QStringLiteral("row 2 ends at %1 in a %2 px list")
                            .arg(list->visualItemRect(list->item(1)).bottom())
                            .arg(list->viewport()->height())));
    // Written as the example writes it: the domain as an object, the other as a plain name.
    const QJsonArray domains = QJsonDocument::fromJson(planToJson(m_document->plan()))
                                   .object()
                                   .value(QStringLiteral("sipDomains"))
                                   .toArray();
    QCOMPARE(domains.at(0).toString(), QStringLiteral("contoso.com"));
    QCOMPARE(domains.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("fabrikam.com"));
    QCOMPARE(domains.at(1).toObject().value(QStringLiteral("splitBrain")), QJsonValue(false));

    // Ticked again: like the setting above, no exception left.
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(m_document->plan().splitBrainOverrides.isEmpty());
    QCOMPARE(list->item(1)->text(), QStringLiteral("fabrikam.com"));

    // The whole plan without split-brain: every domain follows; none is an exception.
    d.tick(QStringLiteral("dns.splitBrain"), false);
    QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
    QVERIFY(m_document->plan().splitBrainOverrides.isEmpty());

    // One SIP domain: the setting above says it all.
    QVERIFY(m_wizard->goToPage(Page_Product));
    d.typeLines(QStringLiteral("sipDomains"), {QStringLiteral("contoso.com")});
    d.next(Page_Dns);
    QVERIFY2(d.ok(), d.message());
    QVERIFY(!list->isVisibleTo(m_wizard->currentPage()));
}

void TestWizard::mouseWheel_scrollsThePageAndChangesNoChoice()
{
    // Scrolling a long page with the wheel passes the pointer over combo boxes and spin boxes: none
    // of them may take the wheel (and change the plan) unless the admin gave it the focus.
    const Plan opened = test::loadPlan(test::exampleFile(QStringLiteral("three-site-estate.lyncplan")));
    if (QTest::currentTestFailed())
        return;
    m_document->reset(opened, QString(), false);
    QVERIFY(m_wizard->goToPage(Page_Routes));
    QCoreApplication::processEvents();
    auto *scroller = qobject_cast<QScrollArea *>(m_wizard->currentPage()->parentWidget()->parentWidget());
    QVERIFY(scroller);
    QVERIFY2(scroller->verticalScrollBar()->maximum() > 0,
             "the routes page should be taller than the window");
    const auto wheel = [](QWidget *target) {
        const QPointF at(target->width() / 2.0, target->height() / 2.0);
        QWheelEvent down(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                         Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &down);
    };
    auto *webPool = m_wizard->currentPage()->findChild<QComboBox *>(QStringLiteral("signIn.webPool"));
    auto *priority = m_wizard->currentPage()->findChild<QSpinBox *>(
        QStringLiteral("sites[1].edgePools[0].remoteAccessPriority"));
    QVERIFY(webPool);
    QVERIFY(priority);
    for (QWidget *target : {static_cast<QWidget *>(webPool), static_cast<QWidget *>(priority)}) {
        scroller->verticalScrollBar()->setValue(0);
        wheel(target);
        QVERIFY(!target->hasFocus());
        QVERIFY2(scroller->verticalScrollBar()->value() > 0, qPrintable(target->objectName()));
    }
    QVERIFY2(m_document->plan() == opened, planMismatch(opened, m_document->plan()).constData());

    // A choice the admin is in takes the wheel, as everywhere.
    priority->setFocus();
    const int before = priority->value();
    wheel(priority);
    QVERIFY(priority->value() != before);
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
