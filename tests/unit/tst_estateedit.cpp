// Edits of an estate's structure (model/plan/estateedit.h) on a two-site estate
// (tests/data/estateedit/estate.lyncplan). Every expected name is counted by hand from that file:
// the names a copy may not take are every name the plan holds, of any role, server or not.

#include "model/plan/estateedit.h"
#include "model/plan/planpaths.h"
#include "model/validator/validator.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace lyncdns;

namespace {

Plan estate()
{
    return test::loadPlan(test::dataFile(QStringLiteral("estateedit/estate.lyncplan")));
}

// The plan printed by its sites' element names, for failure messages.
QString describe(const Plan &plan)
{
    QString out;
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        out += QStringLiteral("\n  %1:").arg(plan.sites.at(s).name);
        for (const EstateRole role :
             {EstateRole::FrontEnd, EstateRole::Director, EstateRole::Edge, EstateRole::ReverseProxy,
              EstateRole::OfficeWebApps, EstateRole::PersistentChat, EstateRole::Mediation})
            for (qsizetype i = 0; i < estateRoleCount(plan, s, role); ++i)
                out += QLatin1Char(' ') + estateElementName(plan, s, role, i);
    }
    return out;
}

QStringList serverNames(const QList<Server> &servers)
{
    QStringList out;
    for (const Server &s : servers)
        out << s.fqdn;
    return out;
}

bool hasFinding(const Findings &findings, const QString &rule, const QString &path)
{
    for (const Finding &f : findings)
        if (f.rule == rule && f.path == path && f.severity == Severity::Error)
            return true;
    return false;
}

QString describe(const Findings &findings)
{
    QString out;
    for (const Finding &f : findings)
        out += QStringLiteral("\n  %1 %2 %3").arg(f.rule, f.path, f.message);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(lyncdns::EstateRole)

class EstateEditTest : public QObject
{
    Q_OBJECT

private slots:
    void roleList_spellsPlanPaths_data()
    {
        QTest::addColumn<EstateRole>("role");
        QTest::addColumn<QString>("list");
        QTest::newRow("front end") << EstateRole::FrontEnd << QStringLiteral("frontEndPools");
        QTest::newRow("director") << EstateRole::Director << QStringLiteral("directorPools");
        QTest::newRow("edge") << EstateRole::Edge << QStringLiteral("edgePools");
        QTest::newRow("proxy") << EstateRole::ReverseProxy << QStringLiteral("reverseProxies");
        QTest::newRow("office web apps") << EstateRole::OfficeWebApps << QStringLiteral("officeWebApps");
        QTest::newRow("persistent chat")
            << EstateRole::PersistentChat << QStringLiteral("persistentChatPools");
        QTest::newRow("mediation") << EstateRole::Mediation << QStringLiteral("mediationPools");
    }
    void roleList_spellsPlanPaths()
    {
        QFETCH(EstateRole, role);
        QFETCH(QString, list);
        QCOMPARE(QLatin1String(estateRoleList(role)), list);
    }

    void countAndName_readTheSite()
    {
        const Plan plan = estate();
        QCOMPARE(estateRoleCount(plan, 0, EstateRole::FrontEnd), 1);
        QCOMPARE(estateRoleCount(plan, 1, EstateRole::Director), 0);
        QCOMPARE(estateRoleCount(plan, 1, EstateRole::Edge), 1);
        QCOMPARE(estateRoleCount(plan, 2, EstateRole::FrontEnd), 0);
        QCOMPARE(estateRoleCount(plan, -1, EstateRole::FrontEnd), 0);
        QCOMPARE(estateElementName(plan, 0, EstateRole::FrontEnd, 0), QStringLiteral("pool01.contoso.net"));
        QCOMPARE(estateElementName(plan, 0, EstateRole::Director, 0), QStringLiteral("pool03.contoso.net"));
        QCOMPARE(estateElementName(plan, 0, EstateRole::Edge, 0), QStringLiteral("lsedge.contoso.net"));
        QCOMPARE(estateElementName(plan, 0, EstateRole::ReverseProxy, 0), QStringLiteral("rp-redmond"));
        QCOMPARE(estateElementName(plan, 0, EstateRole::OfficeWebApps, 0),
                 QStringLiteral("owas.contoso.net"));
        QCOMPARE(estateElementName(plan, 0, EstateRole::PersistentChat, 0),
                 QStringLiteral("pchat.contoso.net"));
        QCOMPARE(estateElementName(plan, 0, EstateRole::Mediation, 0), QStringLiteral("med01.contoso.net"));
        QCOMPARE(estateElementName(plan, 0, EstateRole::FrontEnd, 1), QString());
        QCOMPARE(estateElementName(plan, 5, EstateRole::FrontEnd, 0), QString());
    }

    void duplicateName_countsTheFirstLabelUp_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("next number") << "pool01.contoso.net" << QStringList() << "pool02.contoso.net";
        QTest::newRow("skips taken") << "pool01.contoso.net"
                                     << QStringList{"pool02.contoso.net", "pool03.contoso.net"}
                                     << "pool04.contoso.net";
        QTest::newRow("taken compares case-insensitively")
            << "pool01.contoso.net" << QStringList{"POOL02.Contoso.NET."} << "pool03.contoso.net";
        QTest::newRow("keeps the spelling") << "Pool01.Contoso.net" << QStringList() << "Pool02.Contoso.net";
        QTest::newRow("no number") << "fe.contoso.net" << QStringList() << "fe2.contoso.net";
        QTest::newRow("no number, 2 taken")
            << "fe.contoso.net" << QStringList{"fe2.contoso.net"} << "fe3.contoso.net";
        QTest::newRow("padding carries") << "pool09.contoso.net" << QStringList() << "pool10.contoso.net";
        QTest::newRow("padding grows") << "pool99.contoso.net" << QStringList() << "pool100.contoso.net";
        QTest::newRow("wide padding") << "sba001.contoso.net" << QStringList() << "sba002.contoso.net";
        QTest::newRow("first label only")
            << "fe01.pool01.contoso.net" << QStringList() << "fe02.pool01.contoso.net";
        QTest::newRow("no dot, number") << "edge1" << QStringList() << "edge2";
        QTest::newRow("no dot, no number") << "reverse-proxy" << QStringList() << "reverse-proxy-2";
        QTest::newRow("no dot, continued")
            << "reverse-proxy" << QStringList{"Reverse-Proxy-2"} << "reverse-proxy-3";
        QTest::newRow("v1 proxy names continue") << "reverse-proxy-2" << QStringList() << "reverse-proxy-3";
        QTest::newRow("empty stays empty") << "" << QStringList{"2"} << "";
    }
    void duplicateName_countsTheFirstLabelUp()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        QCOMPARE(duplicateName(name, taken), expected);
    }

    void unusedSiteName_countsFromTheNextSite()
    {
        QCOMPARE(unusedSiteName(estate()), QStringLiteral("Site 3"));
        QCOMPARE(unusedSiteName(Plan{}), QStringLiteral("Site 1"));
        Plan plan;
        plan.sites << Site{} << Site{};
        plan.sites[0].name = QStringLiteral("Redmond");
        plan.sites[1].name = QStringLiteral("site 3");
        QCOMPARE(unusedSiteName(plan), QStringLiteral("Site 4"));
    }

    void addSite_appendsAnEmptySite()
    {
        Plan plan = estate();
        QCOMPARE(addSite(plan), 2);
        QCOMPARE(plan.sites.size(), 3);
        Site expected;
        expected.name = QStringLiteral("Site 3");
        QVERIFY(plan.sites.at(2) == expected);
        QCOMPARE(addSite(plan, QStringLiteral("Tokyo")), 3);
        QCOMPARE(plan.sites.at(3).name, QStringLiteral("Tokyo"));
        // The rest of the plan is untouched.
        plan.sites.resize(2);
        QVERIFY(plan == estate());
    }

    void duplicateSite_renamesEveryNameAndEmptiesAddresses()
    {
        Plan plan = estate();
        QCOMPARE(duplicateSite(plan, 0), 2);
        QVERIFY2(plan.sites.size() == 3, qPrintable(describe(plan)));
        const Site &copy = plan.sites.at(2);
        QCOMPARE(copy.name, QStringLiteral("Redmond (copy)"));

        // pool02 is Dublin's Front End, pool03 Redmond's Director: the copy skips both.
        QCOMPARE(copy.frontEndPools.size(), 1);
        const Pool &fe = copy.frontEndPools.at(0);
        QCOMPARE(fe.fqdn, QStringLiteral("pool04.contoso.net"));
        QCOMPARE(serverNames(fe.servers), (QStringList{"fe03.contoso.net", "fe04.contoso.net"}));
        for (const Server &s : fe.servers)
            QVERIFY(s.ipv4.isEmpty() && s.ipv6.isEmpty());
        QVERIFY(fe.vip.isEmpty() && fe.vipIpv6.isEmpty());
        QCOMPARE(fe.loadBalancing, LoadBalancing::Hardware);
        QCOMPARE(fe.webServices.internalFqdn, QStringLiteral("webint2.contoso.net"));
        QVERIFY(fe.webServices.internalVip.isEmpty() && fe.webServices.internalVipIpv6.isEmpty());
        QCOMPARE(fe.webServices.externalFqdn, QStringLiteral("webext3.contoso.com")); // webext2: Dublin's
        // References inside the site follow to the copies; the pairing is not copied.
        QCOMPARE(fe.reverseProxy, QStringLiteral("rp-redmond-2"));
        QCOMPARE(fe.edgePool, QStringLiteral("lsedge2.contoso.net"));
        QVERIFY(fe.pairedWith.isEmpty());

        const Pool &director = copy.directorPools.at(0);
        QCOMPARE(director.fqdn, QStringLiteral("pool05.contoso.net"));
        QCOMPARE(serverNames(director.servers), QStringList{"dir02.contoso.net"});
        QCOMPARE(director.webServices.externalFqdn, QStringLiteral("webdirext2.contoso.com"));
        QCOMPARE(director.reverseProxy, QStringLiteral("rp-redmond-2"));

        // The Edge's defaulted service names (sip., webcon., av.contoso.com) are counted up too, and
        // the single Edge server keeps the pool's name.
        const Edge &edge = copy.edgePools.at(0);
        QCOMPARE(edge.internalFqdn, QStringLiteral("lsedge2.contoso.net"));
        QCOMPARE(edge.accessFqdn, QStringLiteral("sip2.contoso.com"));
        QCOMPARE(edge.webConferencingFqdn, QStringLiteral("webcon2.contoso.com"));
        QCOMPARE(edge.avFqdn, QStringLiteral("av2.contoso.com"));
        QCOMPARE(edge.servers.size(), 1);
        EdgeServer emptyServer;
        emptyServer.fqdn = QStringLiteral("lsedge2.contoso.net");
        QVERIFY(edge.servers.at(0) == emptyServer);
        QVERIFY(edge.nat);
        QVERIFY(!edge.federation);

        QCOMPARE(copy.reverseProxies.size(), 1);
        QVERIFY((copy.reverseProxies.at(0) == ReverseProxy{QStringLiteral("rp-redmond-2"), {}, {}}));

        // One name inside and outside stays one name.
        const OfficeWebApps &farm = copy.officeWebApps.at(0);
        QCOMPARE(farm.internalFqdn, QStringLiteral("owas2.contoso.net"));
        QCOMPARE(farm.externalFqdn, QStringLiteral("owas2.contoso.net"));
        QVERIFY(farm.internalIpv4.isEmpty());
        QCOMPARE(farm.servers, (QList<Server>{{QStringLiteral("owas02.contoso.net"), {}, {}}}));

        QCOMPARE(copy.persistentChatPools.at(0),
                 (ServerPool{QStringLiteral("pchat2.contoso.net"),
                             {{QStringLiteral("pchat02.contoso.net"), {}, {}}}}));
        // med02 is the original pool's server: pool and server skip it.
        QCOMPARE(copy.mediationPools.at(0), (ServerPool{QStringLiteral("med03.contoso.net"),
                                                        {{QStringLiteral("med04.contoso.net"), {}, {}}}}));
        QVERIFY(!copy.simpleUrls.has_value());

        // The original and everything else are untouched.
        plan.sites.removeLast();
        QVERIFY(plan == estate());
    }

    void duplicateSite_twice_namesUniquely()
    {
        Plan plan = estate();
        QCOMPARE(duplicateSite(plan, 1), 2);
        QCOMPARE(duplicateSite(plan, 1), 3);
        QCOMPARE(plan.sites.at(2).name, QStringLiteral("Dublin (copy)"));
        QCOMPARE(plan.sites.at(3).name, QStringLiteral("Dublin (copy 2)"));
        // Dublin's pool02 -> pool04 (pool03 is Redmond's Director), then pool05.
        QCOMPARE(plan.sites.at(2).frontEndPools.at(0).fqdn, QStringLiteral("pool04.contoso.net"));
        QCOMPARE(plan.sites.at(3).frontEndPools.at(0).fqdn, QStringLiteral("pool05.contoso.net"));
        QCOMPARE(serverNames(plan.sites.at(2).frontEndPools.at(0).servers),
                 (QStringList{"fe13.contoso.net", "fe14.contoso.net"}));
        QCOMPARE(plan.sites.at(2).frontEndPools.at(0).edgePool, QStringLiteral("dubedge2.contoso.net"));
        // No reverseProxy set: it stays the default (the site's first proxy, the copy's own).
        QVERIFY(plan.sites.at(2).frontEndPools.at(0).reverseProxy.isEmpty());
        QCOMPARE(plan.sites.at(2).reverseProxies.at(0).name, QStringLiteral("rp-dublin-2"));
        QCOMPARE(plan.sites.at(3).reverseProxies.at(0).name, QStringLiteral("rp-dublin-3"));
        const Edge &edge = plan.sites.at(2).edgePools.at(0);
        QCOMPARE(edge.accessFqdn, QStringLiteral("sip-eu2.contoso.com"));
        QCOMPARE(edge.webConferencingFqdn, QStringLiteral("webcon-eu2.contoso.com"));
        QCOMPARE(edge.avFqdn, QStringLiteral("av-eu2.contoso.com"));
        QCOMPARE(edge.remoteAccessPriority, 10);
    }

    void duplicateSite_outOfRange_unchanged()
    {
        Plan plan = estate();
        QCOMPARE(duplicateSite(plan, 2), -1);
        QCOMPARE(duplicateSite(plan, -1), -1);
        QVERIFY(plan == estate());
    }

    void renameSite_followsBranchSites()
    {
        Plan plan = estate();
        QVERIFY(renameSite(plan, 0, QStringLiteral("Seattle")));
        QCOMPARE(plan.sites.at(0).name, QStringLiteral("Seattle"));
        QCOMPARE(plan.branchSites.at(0).centralSite, QStringLiteral("Seattle"));
        QCOMPARE(plan.branchSites.at(1).centralSite, QStringLiteral("Dublin"));
        // Its own name in another case is no conflict.
        QVERIFY(renameSite(plan, 1, QStringLiteral("DUBLIN")));
        QCOMPARE(plan.branchSites.at(1).centralSite, QStringLiteral("DUBLIN"));
    }

    void renameSite_refused_unchanged()
    {
        Plan plan = estate();
        QVERIFY(!renameSite(plan, 0, QStringLiteral("dublin")));
        QVERIFY(!renameSite(plan, 0, QString()));
        QVERIFY(!renameSite(plan, 2, QStringLiteral("Tokyo")));
        QVERIFY(!renameSite(plan, -1, QStringLiteral("Tokyo")));
        QVERIFY(plan == estate());
    }

    void removeSite_dropsReferencesToItsElements()
    {
        Plan plan = estate();
        QVERIFY(removeSite(plan, 0));
        QCOMPARE(plan.sites.size(), 1);
        QCOMPARE(plan.sites.at(0).name, QStringLiteral("Dublin"));
        QVERIFY(plan.signIn.pool.isEmpty());    // pool01 is gone
        QVERIFY(plan.signIn.webPool.isEmpty()); // pool03 is gone
        QCOMPARE(plan.signIn.backupPools, QStringList{"pool02.contoso.net"});
        QCOMPARE(plan.geoDns->pools, QStringList{"pool02.contoso.net"});
        QCOMPARE(plan.geoDns->zone, QStringLiteral("geolb.contoso.com"));
        const Pool &dublin = plan.sites.at(0).frontEndPools.at(0);
        QVERIFY(dublin.pairedWith.isEmpty());
        QCOMPARE(dublin.edgePool, QStringLiteral("dubedge.contoso.net"));
        QVERIFY(plan.branchSites.at(0).centralSite.isEmpty());
        QCOMPARE(plan.branchSites.at(1).centralSite, QStringLiteral("Dublin"));
    }

    void removeSite_second_dropsBackupAndPairing()
    {
        Plan plan = estate();
        QVERIFY(removeSite(plan, 1));
        QCOMPARE(plan.signIn.pool, QStringLiteral("POOL01.contoso.net."));
        QVERIFY(plan.signIn.backupPools.isEmpty());
        QCOMPARE(plan.geoDns->pools, QStringList{"Pool01.contoso.net"});
        QVERIFY(plan.sites.at(0).frontEndPools.at(0).pairedWith.isEmpty());
        QCOMPARE(plan.sites.at(0).frontEndPools.at(0).edgePool, QStringLiteral("LSEdge.contoso.net"));
        QVERIFY(plan.branchSites.at(1).centralSite.isEmpty());
    }

    void removeSite_outOfRange_unchanged()
    {
        Plan plan = estate();
        QVERIFY(!removeSite(plan, 2));
        QVERIFY(!removeSite(plan, -1));
        QVERIFY(plan == estate());
    }

    void addElement_givesDefaults()
    {
        Plan plan = estate();
        QCOMPARE(addElement(plan, 1, EstateRole::FrontEnd), 1);
        Pool frontEnd;
        frontEnd.edition = Edition::Enterprise;
        frontEnd.loadBalancing = LoadBalancing::Hardware;
        QVERIFY(plan.sites.at(1).frontEndPools.at(1) == frontEnd);

        QCOMPARE(addElement(plan, 1, EstateRole::Director), 0);
        Pool director;
        director.loadBalancing = LoadBalancing::Hardware;
        QVERIFY(plan.sites.at(1).directorPools.at(0) == director);

        QCOMPARE(addElement(plan, 1, EstateRole::Edge), 1);
        const Edge &edge = plan.sites.at(1).edgePools.at(1);
        QCOMPARE(edge.layout, EdgeLayout::Single);
        QVERIFY(edge.internalFqdn.isEmpty() && edge.accessFqdn.isEmpty());
        QCOMPARE(edge.servers, QList<EdgeServer>{EdgeServer{}});
        QVERIFY(!edge.vips && !edge.federation && !edge.xmpp);

        QCOMPARE(addElement(plan, 1, EstateRole::OfficeWebApps), 0);
        QVERIFY(plan.sites.at(1).officeWebApps.at(0) == OfficeWebApps{});
        QCOMPARE(addElement(plan, 1, EstateRole::PersistentChat), 0);
        QVERIFY(plan.sites.at(1).persistentChatPools.at(0) == ServerPool{});
        QCOMPARE(addElement(plan, 0, EstateRole::Mediation), 1);
        QVERIFY(plan.sites.at(0).mediationPools.at(1) == ServerPool{});
    }

    void addElement_proxyNamesContinueVersionOne()
    {
        Plan plan = estate();
        QCOMPARE(addElement(plan, 1, EstateRole::ReverseProxy), 1);
        QVERIFY(
            (plan.sites.at(1).reverseProxies.at(1) == ReverseProxy{QStringLiteral("reverse-proxy"), {}, {}}));
        QCOMPARE(addElement(plan, 1, EstateRole::ReverseProxy), 2);
        QCOMPARE(plan.sites.at(1).reverseProxies.at(2).name, QStringLiteral("reverse-proxy-2"));
        // Proxy names are unique across sites.
        QCOMPARE(addElement(plan, 0, EstateRole::ReverseProxy), 1);
        QCOMPARE(plan.sites.at(0).reverseProxies.at(1).name, QStringLiteral("reverse-proxy-3"));
    }

    void addElement_outOfRange_unchanged()
    {
        Plan plan = estate();
        QCOMPARE(addElement(plan, 2, EstateRole::FrontEnd), -1);
        QCOMPARE(addElement(plan, -1, EstateRole::Edge), -1);
        QVERIFY(plan == estate());
    }

    void duplicateElement_frontEnd_keepsProxyAndEdgeNotPairing()
    {
        Plan plan = estate();
        QCOMPARE(duplicateElement(plan, 0, EstateRole::FrontEnd, 0), 1);
        const Pool &copy = plan.sites.at(0).frontEndPools.at(1);
        QCOMPARE(copy.fqdn, QStringLiteral("pool04.contoso.net"));
        QCOMPARE(copy.edition, Edition::Enterprise);
        QCOMPARE(serverNames(copy.servers), (QStringList{"fe03.contoso.net", "fe04.contoso.net"}));
        QVERIFY(copy.vip.isEmpty() && copy.vipIpv6.isEmpty());
        QVERIFY(copy.servers.at(0).ipv4.isEmpty() && copy.servers.at(0).ipv6.isEmpty());
        QCOMPARE(copy.webServices.internalFqdn, QStringLiteral("webint2.contoso.net"));
        QCOMPARE(copy.webServices.externalFqdn, QStringLiteral("webext3.contoso.com"));
        QVERIFY(copy.webServices.internalVip.isEmpty());
        QCOMPARE(copy.reverseProxy, QStringLiteral("rp-redmond"));
        QCOMPARE(copy.edgePool, QStringLiteral("LSEdge.contoso.net"));
        QVERIFY(copy.pairedWith.isEmpty());
        // Nothing else changes: the copy signs nobody in and is in no GeoDNS list.
        plan.sites[0].frontEndPools.removeAt(1);
        QVERIFY(plan == estate());
    }

    void duplicateElement_skipsNamesOfEveryRoleAndServer()
    {
        Plan plan = estate();
        plan.branchSites[0].survivableBranches[0].fqdn = QStringLiteral("POOL04.contoso.net");
        plan.xmppFqdn = QStringLiteral("fe03.contoso.net");
        QCOMPARE(duplicateElement(plan, 0, EstateRole::FrontEnd, 0), 1);
        const Pool &copy = plan.sites.at(0).frontEndPools.at(1);
        QCOMPARE(copy.fqdn, QStringLiteral("pool05.contoso.net"));
        QCOMPARE(serverNames(copy.servers), (QStringList{"fe04.contoso.net", "fe05.contoso.net"}));
    }

    void duplicateElement_otherRoles()
    {
        Plan plan = estate();
        QCOMPARE(duplicateElement(plan, 0, EstateRole::Director, 0), 1);
        const Pool &director = plan.sites.at(0).directorPools.at(1);
        QCOMPARE(director.fqdn, QStringLiteral("pool04.contoso.net"));
        QCOMPARE(serverNames(director.servers), QStringList{"dir02.contoso.net"});
        QCOMPARE(director.reverseProxy, QStringLiteral("rp-redmond"));

        QCOMPARE(duplicateElement(plan, 0, EstateRole::Edge, 0), 1);
        const Edge &edge = plan.sites.at(0).edgePools.at(1);
        QCOMPARE(edge.internalFqdn, QStringLiteral("lsedge2.contoso.net"));
        QCOMPARE(edge.accessFqdn, QStringLiteral("sip2.contoso.com"));
        QCOMPARE(edge.servers.at(0).fqdn, QStringLiteral("lsedge2.contoso.net"));
        QVERIFY(edge.servers.at(0).internalIpv4.isEmpty() && edge.servers.at(0).privateAvIpv4.isEmpty());
        QVERIFY(!edge.federation); // one federation route stays one

        QCOMPARE(duplicateElement(plan, 1, EstateRole::ReverseProxy, 0), 1);
        QVERIFY(
            (plan.sites.at(1).reverseProxies.at(1) == ReverseProxy{QStringLiteral("rp-dublin-2"), {}, {}}));

        QCOMPARE(duplicateElement(plan, 0, EstateRole::OfficeWebApps, 0), 1);
        QCOMPARE(plan.sites.at(0).officeWebApps.at(1).internalFqdn, QStringLiteral("owas2.contoso.net"));
        QCOMPARE(plan.sites.at(0).officeWebApps.at(1).externalFqdn, QStringLiteral("owas2.contoso.net"));

        QCOMPARE(duplicateElement(plan, 0, EstateRole::PersistentChat, 0), 1);
        QCOMPARE(plan.sites.at(0).persistentChatPools.at(1).fqdn, QStringLiteral("pchat2.contoso.net"));

        QCOMPARE(duplicateElement(plan, 0, EstateRole::Mediation, 0), 1);
        QCOMPARE(plan.sites.at(0).mediationPools.at(1),
                 (ServerPool{QStringLiteral("med03.contoso.net"),
                             {{QStringLiteral("med04.contoso.net"), {}, {}}}}));
    }

    void duplicateElement_insertsRightAfterTheOriginal()
    {
        Plan plan = estate();
        QCOMPARE(addElement(plan, 0, EstateRole::FrontEnd), 1);
        QCOMPARE(duplicateElement(plan, 0, EstateRole::FrontEnd, 0), 1);
        QCOMPARE(plan.sites.at(0).frontEndPools.size(), 3);
        QCOMPARE(plan.sites.at(0).frontEndPools.at(1).fqdn, QStringLiteral("pool04.contoso.net"));
        QVERIFY(plan.sites.at(0).frontEndPools.at(2).fqdn.isEmpty());
    }

    void duplicateElement_outOfRange_unchanged()
    {
        Plan plan = estate();
        QCOMPARE(duplicateElement(plan, 0, EstateRole::FrontEnd, 1), -1);
        QCOMPARE(duplicateElement(plan, 1, EstateRole::Director, 0), -1);
        QCOMPARE(duplicateElement(plan, 2, EstateRole::Edge, 0), -1);
        QCOMPARE(duplicateElement(plan, 0, EstateRole::Mediation, -1), -1);
        QVERIFY(plan == estate());
    }

    void renameElement_frontEnd_followsSignInGeoDnsAndPairing()
    {
        Plan plan = estate();
        QVERIFY(renameElement(plan, 0, EstateRole::FrontEnd, 0, QStringLiteral("pool10.contoso.net")));
        QCOMPARE(plan.sites.at(0).frontEndPools.at(0).fqdn, QStringLiteral("pool10.contoso.net"));
        QCOMPARE(plan.signIn.pool, QStringLiteral("pool10.contoso.net"));
        QCOMPARE(plan.geoDns->pools, (QStringList{"pool10.contoso.net", "pool02.contoso.net"}));
        QCOMPARE(plan.sites.at(1).frontEndPools.at(0).pairedWith, QStringLiteral("pool10.contoso.net"));
        QCOMPARE(plan.signIn.backupPools, QStringList{"pool02.contoso.net"});
        QCOMPARE(plan.signIn.webPool, QStringLiteral("pool03.contoso.net"));
    }

    // A pool's FQDN typed over in its editor, one keystroke at a time: the references follow while
    // the name is this pool's alone, and never take another pool's references along when the typed
    // name passes through that pool's name.
    void followRename_typedKeystrokes_followOnlyUniqueNames()
    {
        Plan plan = estate();
        Pool &pool = plan.sites[0].frontEndPools[0];
        pool.fqdn = QStringLiteral("pool1.contoso.net"); // "0" deleted
        QVERIFY(followRename(plan, 0, EstateRole::FrontEnd, 0, QStringLiteral("pool01.contoso.net")));
        QCOMPARE(plan.signIn.pool, QStringLiteral("pool1.contoso.net"));
        QCOMPARE(plan.sites.at(1).frontEndPools.at(0).pairedWith, QStringLiteral("pool1.contoso.net"));

        // "pool02.contoso.net" is Dublin's pool: the typed name passes through it.
        plan.sites[0].frontEndPools[0].fqdn = QStringLiteral("pool02.contoso.net");
        QVERIFY(!followRename(plan, 0, EstateRole::FrontEnd, 0, QStringLiteral("pool1.contoso.net")));
        QCOMPARE(plan.signIn.pool, QStringLiteral("pool1.contoso.net"));
        plan.sites[0].frontEndPools[0].fqdn = QStringLiteral("pool02x.contoso.net");
        QVERIFY(!followRename(plan, 0, EstateRole::FrontEnd, 0, QStringLiteral("pool02.contoso.net")));
        // Dublin's references stay Dublin's.
        QCOMPARE(plan.signIn.backupPools, QStringList{"pool02.contoso.net"});
        QCOMPARE(plan.sites.at(0).frontEndPools.at(0).pairedWith, QStringLiteral("pool02.contoso.net"));

        // Only the case changed: references compare without case, nothing to do.
        Plan cased = estate();
        cased.sites[0].frontEndPools[0].fqdn = QStringLiteral("POOL01.contoso.net");
        QVERIFY(!followRename(cased, 0, EstateRole::FrontEnd, 0, QStringLiteral("pool01.contoso.net")));
        QCOMPARE(cased.signIn.pool, QStringLiteral("POOL01.contoso.net."));

        // The references hold the name they had while the typed name is another pool's: the editor
        // passes that name again on the next keystroke, and they follow once the name is free.
        Plan passing = estate();
        passing.sites[0].frontEndPools[0].fqdn = QStringLiteral("pool02.contoso.net");
        QVERIFY(!followRename(passing, 0, EstateRole::FrontEnd, 0, QStringLiteral("pool01.contoso.net")));
        passing.sites[0].frontEndPools[0].fqdn = QStringLiteral("pool021.contoso.net");
        QVERIFY(followRename(passing, 0, EstateRole::FrontEnd, 0, QStringLiteral("pool01.contoso.net")));
        QCOMPARE(passing.sites.at(1).frontEndPools.at(0).pairedWith, QStringLiteral("pool021.contoso.net"));
        QCOMPARE(passing.signIn.backupPools, QStringList{"pool02.contoso.net"}); // Dublin's own

        // A reference left dangling at a name is not merged with this pool's when it takes that name.
        Plan dangling = estate();
        dangling.signIn.webPool = QStringLiteral("pool09.contoso.net"); // names no pool
        dangling.sites[0].frontEndPools[0].fqdn = QStringLiteral("pool09.contoso.net");
        QVERIFY(!followRename(dangling, 0, EstateRole::FrontEnd, 0, QStringLiteral("pool01.contoso.net")));
        QCOMPARE(dangling.signIn.pool, QStringLiteral("POOL01.contoso.net."));

        // A proxy's name resolves as written: a change of case is a rename its pools follow.
        Plan proxy = estate();
        proxy.sites[0].reverseProxies[0].name = QStringLiteral("RP-Redmond");
        QVERIFY(followRename(proxy, 0, EstateRole::ReverseProxy, 0, QStringLiteral("rp-redmond")));
        QCOMPARE(proxy.sites.at(0).frontEndPools.at(0).reverseProxy, QStringLiteral("RP-Redmond"));

        // An Edge pool's internal FQDN typed over: the Front End pool that names it follows.
        Plan edge = estate();
        edge.sites[0].edgePools[0].internalFqdn = QStringLiteral("edge-west.contoso.net");
        QVERIFY(followRename(edge, 0, EstateRole::Edge, 0, QStringLiteral("lsedge.contoso.net")));
        QCOMPARE(edge.sites.at(0).frontEndPools.at(0).edgePool, QStringLiteral("edge-west.contoso.net"));
    }

    void renameElement_backupPool_followsBackupList()
    {
        Plan plan = estate();
        QVERIFY(renameElement(plan, 1, EstateRole::FrontEnd, 0, QStringLiteral("pool20.contoso.net")));
        QCOMPARE(plan.signIn.backupPools, QStringList{"pool20.contoso.net"});
        QCOMPARE(plan.geoDns->pools, (QStringList{"Pool01.contoso.net", "pool20.contoso.net"}));
        QCOMPARE(plan.sites.at(0).frontEndPools.at(0).pairedWith, QStringLiteral("pool20.contoso.net"));
        QCOMPARE(plan.signIn.pool, QStringLiteral("POOL01.contoso.net."));
    }

    void renameElement_director_followsWebPool()
    {
        Plan plan = estate();
        QVERIFY(renameElement(plan, 0, EstateRole::Director, 0, QStringLiteral("dirpool.contoso.net")));
        QCOMPARE(plan.signIn.webPool, QStringLiteral("dirpool.contoso.net"));
        QCOMPARE(plan.sites.at(0).directorPools.at(0).servers.at(0).fqdn,
                 QStringLiteral("dir01.contoso.net"));
    }

    void renameElement_edge_followsFrontEndEdgePool()
    {
        Plan plan = estate();
        QVERIFY(renameElement(plan, 0, EstateRole::Edge, 0, QStringLiteral("edge-west.contoso.net")));
        QCOMPARE(plan.sites.at(0).edgePools.at(0).internalFqdn, QStringLiteral("edge-west.contoso.net"));
        QCOMPARE(plan.sites.at(0).frontEndPools.at(0).edgePool, QStringLiteral("edge-west.contoso.net"));
        QCOMPARE(plan.sites.at(1).frontEndPools.at(0).edgePool, QStringLiteral("dubedge.contoso.net"));
    }

    void renameElement_proxy_followsPoolsItPublishes()
    {
        Plan plan = estate();
        QVERIFY(renameElement(plan, 0, EstateRole::ReverseProxy, 0, QStringLiteral("rp-west")));
        QCOMPARE(plan.sites.at(0).reverseProxies.at(0).name, QStringLiteral("rp-west"));
        QCOMPARE(plan.sites.at(0).frontEndPools.at(0).reverseProxy, QStringLiteral("rp-west"));
        QCOMPARE(plan.sites.at(0).directorPools.at(0).reverseProxy, QStringLiteral("rp-west"));
        QVERIFY(plan.sites.at(1).frontEndPools.at(0).reverseProxy.isEmpty());
    }

    void renameElement_unreferencedRoles()
    {
        Plan plan = estate();
        QVERIFY(renameElement(plan, 0, EstateRole::OfficeWebApps, 0, QStringLiteral("owa.contoso.net")));
        QCOMPARE(plan.sites.at(0).officeWebApps.at(0).internalFqdn, QStringLiteral("owa.contoso.net"));
        QCOMPARE(plan.sites.at(0).officeWebApps.at(0).externalFqdn, QStringLiteral("OWAS.contoso.net"));
        QVERIFY(renameElement(plan, 0, EstateRole::PersistentChat, 0, QStringLiteral("chat.contoso.net")));
        QVERIFY(renameElement(plan, 0, EstateRole::Mediation, 0, QStringLiteral("med.contoso.net")));
        QCOMPARE(plan.sites.at(0).persistentChatPools.at(0).fqdn, QStringLiteral("chat.contoso.net"));
        QCOMPARE(plan.sites.at(0).mediationPools.at(0).fqdn, QStringLiteral("med.contoso.net"));
        QCOMPARE(plan.signIn, estate().signIn);
    }

    void renameElement_ownNameInAnotherCase_followsToo()
    {
        Plan plan = estate();
        QVERIFY(renameElement(plan, 0, EstateRole::FrontEnd, 0, QStringLiteral("Pool01.contoso.net")));
        QCOMPARE(plan.signIn.pool, QStringLiteral("Pool01.contoso.net"));
        QVERIFY(renameElement(plan, 0, EstateRole::ReverseProxy, 0, QStringLiteral("RP-Redmond")));
        QCOMPARE(plan.sites.at(0).frontEndPools.at(0).reverseProxy, QStringLiteral("RP-Redmond"));
    }

    void renameElement_refused_unchanged_data()
    {
        QTest::addColumn<int>("site");
        QTest::addColumn<EstateRole>("role");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << 0 << EstateRole::FrontEnd << 0 << QString();
        QTest::newRow("a Director's name") << 0 << EstateRole::FrontEnd << 0 << "POOL03.contoso.net";
        QTest::newRow("another site's pool") << 0 << EstateRole::FrontEnd << 0 << "pool02.contoso.net.";
        QTest::newRow("an Edge's name") << 0 << EstateRole::Director << 0 << "LSEDGE.contoso.net";
        QTest::newRow("an Edge named like a pool") << 1 << EstateRole::Edge << 0 << "pool01.contoso.net";
        QTest::newRow("a mediation pool named like chat")
            << 0 << EstateRole::Mediation << 0 << "pchat.contoso.net";
        QTest::newRow("a farm named like a pool")
            << 0 << EstateRole::OfficeWebApps << 0 << "pool02.contoso.net";
        QTest::newRow("another proxy's name") << 0 << EstateRole::ReverseProxy << 0 << "RP-Dublin";
        QTest::newRow("index out of range") << 0 << EstateRole::FrontEnd << 1 << "pool10.contoso.net";
        QTest::newRow("negative index") << 0 << EstateRole::Edge << -1 << "edge.contoso.net";
        QTest::newRow("site out of range") << 2 << EstateRole::FrontEnd << 0 << "pool10.contoso.net";
    }
    void renameElement_refused_unchanged()
    {
        QFETCH(int, site);
        QFETCH(EstateRole, role);
        QFETCH(int, index);
        QFETCH(QString, name);
        Plan plan = estate();
        QVERIFY(!renameElement(plan, site, role, index, name));
        QVERIFY(plan == estate());
    }

    void removeElement_frontEnd_dropsSignInGeoDnsAndPairing()
    {
        Plan plan = estate();
        QVERIFY(removeElement(plan, 0, EstateRole::FrontEnd, 0));
        QVERIFY(plan.sites.at(0).frontEndPools.isEmpty());
        QVERIFY(plan.signIn.pool.isEmpty());
        QCOMPARE(plan.geoDns->pools, QStringList{"pool02.contoso.net"});
        QVERIFY(plan.sites.at(1).frontEndPools.at(0).pairedWith.isEmpty());
        QCOMPARE(plan.signIn.backupPools, QStringList{"pool02.contoso.net"});
        QCOMPARE(plan.signIn.webPool, QStringLiteral("pool03.contoso.net"));
    }

    void removeElement_backupPool_leavesLists()
    {
        Plan plan = estate();
        QVERIFY(removeElement(plan, 1, EstateRole::FrontEnd, 0));
        QVERIFY(plan.signIn.backupPools.isEmpty());
        QCOMPARE(plan.geoDns->pools, QStringList{"Pool01.contoso.net"});
        QVERIFY(plan.sites.at(0).frontEndPools.at(0).pairedWith.isEmpty());
        QCOMPARE(plan.signIn.pool, QStringLiteral("POOL01.contoso.net."));
    }

    void removeElement_director_dropsWebPool()
    {
        Plan plan = estate();
        QVERIFY(removeElement(plan, 0, EstateRole::Director, 0));
        QVERIFY(plan.signIn.webPool.isEmpty());
        QCOMPARE(plan.signIn.pool, QStringLiteral("POOL01.contoso.net."));
    }

    void removeElement_edge_givesPoolsTheDefaultEdge()
    {
        Plan plan = estate();
        QVERIFY(removeElement(plan, 0, EstateRole::Edge, 0));
        QVERIFY(plan.sites.at(0).edgePools.isEmpty());
        QVERIFY(plan.sites.at(0).frontEndPools.at(0).edgePool.isEmpty());
        QCOMPARE(plan.sites.at(1).frontEndPools.at(0).edgePool, QStringLiteral("dubedge.contoso.net"));
    }

    void removeElement_proxy_givesPoolsTheDefaultProxy()
    {
        Plan plan = estate();
        QVERIFY(removeElement(plan, 0, EstateRole::ReverseProxy, 0));
        QVERIFY(plan.sites.at(0).reverseProxies.isEmpty());
        QVERIFY(plan.sites.at(0).frontEndPools.at(0).reverseProxy.isEmpty());
        QVERIFY(plan.sites.at(0).directorPools.at(0).reverseProxy.isEmpty());
    }

    void removeElement_unreferencedRole_changesNothingElse()
    {
        Plan plan = estate();
        QVERIFY(removeElement(plan, 0, EstateRole::Mediation, 0));
        Plan expected = estate();
        expected.sites[0].mediationPools.clear();
        QVERIFY(plan == expected);
    }

    void removeElement_outOfRange_unchanged()
    {
        Plan plan = estate();
        QVERIFY(!removeElement(plan, 0, EstateRole::FrontEnd, 1));
        QVERIFY(!removeElement(plan, 1, EstateRole::OfficeWebApps, 0));
        QVERIFY(!removeElement(plan, 2, EstateRole::FrontEnd, 0));
        QVERIFY(!removeElement(plan, 0, EstateRole::Edge, -1));
        QVERIFY(plan == estate());
    }

    void branchSites_addRenameRemove()
    {
        Plan plan = estate();
        QCOMPARE(addBranchSite(plan), 2);
        QVERIFY((plan.branchSites.at(2) ==
                 BranchSite{QStringLiteral("Branch 3"), QStringLiteral("Redmond"), {}}));
        QVERIFY(!renameBranchSite(plan, 2, QStringLiteral("cork")));
        QVERIFY(!renameBranchSite(plan, 2, QString()));
        QVERIFY(!renameBranchSite(plan, 3, QStringLiteral("Kirkland")));
        QVERIFY(!renameBranchSite(plan, -1, QStringLiteral("Kirkland")));
        QCOMPARE(plan.branchSites.at(2).name, QStringLiteral("Branch 3"));
        QVERIFY(renameBranchSite(plan, 2, QStringLiteral("Kirkland")));
        QCOMPARE(plan.branchSites.at(2).name, QStringLiteral("Kirkland"));
        QVERIFY(!removeBranchSite(plan, 3));
        QVERIFY(!removeBranchSite(plan, -1));
        QVERIFY(removeBranchSite(plan, 0));
        QCOMPARE(plan.branchSites.size(), 2);
        QCOMPARE(plan.branchSites.at(0).name, QStringLiteral("Cork"));
        QCOMPARE(plan.branchSites.at(1).name, QStringLiteral("Kirkland"));
        // A central site's name is never touched by branch edits.
        QCOMPARE(plan.sites, estate().sites);
    }

    void addBranchSite_withoutSites_hasNoCentralSite()
    {
        Plan plan;
        QCOMPARE(addBranchSite(plan), 0);
        QCOMPARE(plan.branchSites.at(0).name, QStringLiteral("Branch 1"));
        QVERIFY(plan.branchSites.at(0).centralSite.isEmpty());
        plan.branchSites[0].name = QStringLiteral("branch 2");
        QCOMPARE(addBranchSite(plan), 1);
        QCOMPARE(plan.branchSites.at(1).name, QStringLiteral("Branch 3"));
    }

    // The validator's paths and the edits' indexes are one scheme: a new site's new pool is asked
    // for at the path its indexes give.
    void newElements_validatorAsksAtTheirPaths()
    {
        Plan plan = test::planFromJson(R"({
          "format": "lyncdns-plan", "version": 2, "sipDomains": ["contoso.com"],
          "sites": [ { "name": "Redmond", "frontEndPools": [ { "fqdn": "pool01.contoso.net",
            "loadBalancing": "none", "servers": [ { "fqdn": "pool01.contoso.net", "ipv4": "10.0.0.1" } ],
            "edition": "standard" } ] } ] })");
        QCOMPARE(addSite(plan), 1);
        QCOMPARE(addElement(plan, 1, EstateRole::FrontEnd), 0);
        QCOMPARE(addElement(plan, 1, EstateRole::Edge), 0);
        const Findings findings = validatePlan(plan);
        QVERIFY2(hasFinding(findings, QStringLiteral("P-MISSING"),
                            QStringLiteral("sites[1].frontEndPools[0].fqdn")),
                 qPrintable(describe(findings)));
        QCOMPARE(sitePath(1, estateRoleList(EstateRole::FrontEnd), 0) + QStringLiteral(".fqdn"),
                 QStringLiteral("sites[1].frontEndPools[0].fqdn"));
        // Hardware load balancing asks for the VIP; the Edge's one empty row asks for its addresses.
        QVERIFY2(hasFinding(findings, QStringLiteral("P-MISSING"),
                            QStringLiteral("sites[1].frontEndPools[0].vip")),
                 qPrintable(describe(findings)));
        QVERIFY2(hasFinding(findings, QStringLiteral("P-MISSING"),
                            QStringLiteral("sites[1].edgePools[0].internalFqdn")),
                 qPrintable(describe(findings)));
        QVERIFY2(hasFinding(findings, QStringLiteral("P-MISSING"),
                            QStringLiteral("sites[1].edgePools[0].servers[0].accessIpv4")),
                 qPrintable(describe(findings)));
        QVERIFY2(!hasFinding(findings, QStringLiteral("P-TOPOLOGY"),
                             QStringLiteral("sites[1].edgePools[0].servers")),
                 qPrintable(describe(findings)));
    }
};

QTEST_GUILESS_MAIN(EstateEditTest)
#include "tst_estateedit.moc"
