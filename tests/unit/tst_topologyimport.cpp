// The topology import (model/import, docs/reference/import.md): the two-site estate in each of the
// three forms read into the plan written by hand in tests/data/import/expected-two-site.lyncplan,
// the exact gaps, a newer file with unknown elements, and every unreadable input refused with an
// error naming the file, the place and what was expected.

#include "model/import/topologyfile.h"
#include "model/plan/planwriter.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace lyncdns;

namespace {

QString importFile(const char *name)
{
    return test::dataFile(QStringLiteral("import/") + QLatin1String(name));
}

// The gaps of the two-site estate, in the order the plan file writes the values: what a topology
// never holds (import.md) for exactly the pools, servers and proxies of that estate.
QStringList twoSiteGapPaths()
{
    return {
        QStringLiteral("dns.splitBrain"),
        // Its web services keep the pool FQDN: hardware load balanced (R-LB2), the VIP unknown.
        QStringLiteral("sites[0].frontEndPools[0].loadBalancing"),
        QStringLiteral("sites[0].frontEndPools[0].vip"),
        QStringLiteral("sites[0].frontEndPools[0].servers[0].ipv4"), // fe02 has an address, fe01 0.0.0.0
        QStringLiteral("sites[0].frontEndPools[0].webServices.internalVip"),
        // Its web services have an FQDN of their own: dns written, still the admin's to confirm.
        QStringLiteral("sites[0].directorPools[0].loadBalancing"),
        QStringLiteral("sites[0].directorPools[0].servers[0].ipv4"),
        QStringLiteral("sites[0].directorPools[0].servers[1].ipv4"),
        QStringLiteral("sites[0].directorPools[0].webServices.internalVip"),
        QStringLiteral("sites[0].edgePools[0].layout"),
        // Behind NAT only the A/V interface carries its public address (ConfiguredIPAddress).
        QStringLiteral("sites[0].edgePools[0].servers[0].accessIpv4"),
        QStringLiteral("sites[0].edgePools[0].servers[0].webConferencingIpv4"),
        QStringLiteral("sites[0].edgePools[0].servers[1].accessIpv4"),
        QStringLiteral("sites[0].edgePools[0].servers[1].webConferencingIpv4"),
        QStringLiteral("sites[0].reverseProxies[0].publicIpv4"),
        QStringLiteral("sites[0].officeWebApps[0].internalIpv4"),
        QStringLiteral("sites[1].frontEndPools[0].servers[0].ipv4"),
        QStringLiteral("sites[1].reverseProxies[0].publicIpv4"),
        QStringLiteral("federation.discoverable"),
        QStringLiteral("xmpp.fqdn"),
    };
}

QStringList pathsOf(const QList<ImportGap> &gaps)
{
    QStringList out;
    for (const ImportGap &g : gaps)
        out << g.jsonPath;
    return out;
}

// The expected plan; the .tbxml and the zip also carry the global simple URLs.
Plan expectedTwoSite(bool withSimpleUrls)
{
    const QByteArray json = test::readAll(importFile("expected-two-site.lyncplan"));
    if (!withSimpleUrls)
        return test::planFromJson(json);
    return test::planFromJson(test::withEdits(
        json, {{"simpleUrls.meet", R"(["https://meet.contoso.com", "https://meet.fabrikam.com"])"},
               {"simpleUrls.dialin", R"("https://dialin.contoso.com")"},
               {"simpleUrls.admin", R"("https://admin.contoso.com")"}}));
}

QString planDifference(const Plan &expected, const Plan &actual)
{
    return test::describeDifference(QString::fromUtf8(planToJson(expected)).split(QLatin1Char('\n')),
                                    QString::fromUtf8(planToJson(actual)).split(QLatin1Char('\n')));
}

} // namespace

class TestTopologyImport : public QObject
{
    Q_OBJECT

private slots:
    void twoSite_givesHandWrittenPlanAndGaps_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("simpleUrls");
        QTest::newRow("Get-CsTopology, UTF-8") << importFile("two-site.published.xml") << false;
        QTest::newRow("Get-CsTopology, UTF-16 BOM") << importFile("two-site.published.utf16.xml") << false;
        QTest::newRow("Topology Builder") << importFile("two-site.tbxml") << true;
        QTest::newRow("Export-CsConfiguration zip") << importFile("two-site-config.zip") << true;
    }

    // Each form gives the plan written by hand and exactly the gaps of that estate.
    void twoSite_givesHandWrittenPlanAndGaps()
    {
        QFETCH(QString, file);
        QFETCH(bool, simpleUrls);
        const ImportResult r = importTopology(file);
        QVERIFY2(r.plan, qPrintable(r.error.toString()));
        const Plan expected = expectedTwoSite(simpleUrls);
        QVERIFY2(*r.plan == expected, qPrintable(planDifference(expected, *r.plan)));
        QCOMPARE(pathsOf(r.gaps), twoSiteGapPaths());
        for (const ImportGap &g : r.gaps)
            QVERIFY2(!g.what.isEmpty(), qPrintable(g.jsonPath));
        QVERIFY2(r.notes.contains(
                     QStringLiteral("PSTN gateway sbc01.contoso.net: read, no DNS records planned for it")),
                 qPrintable(r.notes.join(QLatin1Char('\n'))));
    }

    // A published topology has no simple URLs and says so; the .tbxml says it may hold unpublished edits.
    void notes_sayWhatTheFormCannotHold()
    {
        const ImportResult published = importTopology(importFile("two-site.published.xml"));
        QVERIFY(published.plan);
        QVERIFY2(std::any_of(published.notes.begin(), published.notes.end(),
                             [](const QString &n) { return n.contains(QLatin1String("no simple URLs")); }),
                 qPrintable(published.notes.join(QLatin1Char('\n'))));
        const ImportResult tbxml = importTopology(importFile("two-site.tbxml"));
        QVERIFY(tbxml.plan);
        QVERIFY2(tbxml.notes.value(0).contains(QLatin1String("not published")),
                 qPrintable(tbxml.notes.join(QLatin1Char('\n'))));
    }

    // Unknown elements, attributes, namespaces and roles are passed over; a service version newer
    // than Skype for Business Server 2019 (8) is read as Subscription Edition and said so.
    void newerVersion_readsWhatItKnows()
    {
        const ImportResult r = importTopology(importFile("newer-version.xml"));
        QVERIFY2(r.plan, qPrintable(r.error.toString()));
        QCOMPARE(r.plan->product, Product::SfbSe);
        QCOMPARE(r.plan->sipDomains, QStringList{QStringLiteral("contoso.com")});
        QCOMPARE(r.plan->sites.size(), 1);
        QCOMPARE(r.plan->sites.at(0).name, QStringLiteral("Redmond"));
        QCOMPARE(r.plan->sites.at(0).frontEndPools.size(), 1);
        const Pool &se = r.plan->sites.at(0).frontEndPools.at(0);
        QCOMPARE(se.fqdn, QStringLiteral("se01.contoso.net"));
        QCOMPARE(se.edition, Edition::Standard);
        QCOMPARE(se.loadBalancing, LoadBalancing::None);
        QCOMPARE(se.servers,
                 (QList<Server>{{QStringLiteral("se01.contoso.net"), QStringLiteral("10.10.10.10"), {}}}));
        QCOMPARE(pathsOf(r.gaps), QStringList{QStringLiteral("dns.splitBrain")});
        const QString notes = r.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("service version 10")), qPrintable(notes));
        QVERIFY2(notes.contains(
                     QLatin1String("cluster vis01.contoso.net: role VideoInteropServer is not planned")),
                 qPrintable(notes));
    }

    void unreadable_isRefusedWithClearError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expectedError");
        const auto row = [](const char *name, const QString &error) {
            QTest::newRow(name) << importFile(name) << error;
        };
        row("garbage.xml", importFile("garbage.xml") +
                               QStringLiteral(": expected the text of a topology (UTF-8 or UTF-16), found "
                                              "bytes that are neither"));
        row("truncated.xml", QStringLiteral("the file ends before the XML is complete (truncated?)"));
        row("xml-bomb.xml", QStringLiteral("a DTD (<!DOCTYPE ...>) is refused"));
        row("not-a-topology.xml",
            QStringLiteral("expected a Lync or Skype for Business topology (a Topology or TopologyBuilder "
                           "element in the urn:schema:Microsoft.Rtc.Management namespaces), found "
                           "<configuration>"));
        row("no-docitemset.zip", importFile("no-docitemset.zip") +
                                     QStringLiteral(": expected DocItemSet.xml in the zip (what "
                                                    "Export-CsConfiguration writes); the archive has no "
                                                    "such member"));
        row("truncated.zip",
            QStringLiteral("expected a zip archive (Export-CsConfiguration), found a damaged one"));
        QTest::newRow("missing file") << importFile("no-such-file.xml")
                                      << importFile("no-such-file.xml") + QStringLiteral(": cannot be read");
    }

    // Each is refused with one line naming the file and what was expected; no plan.
    void unreadable_isRefusedWithClearError()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectedError);
        const ImportResult r = importTopology(file);
        QVERIFY(!r.plan);
        const QString line = r.error.toString();
        QVERIFY2(line.startsWith(file + QLatin1Char(':')), qPrintable(line));
        QVERIFY2(line.contains(expectedError), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line));
    }

    // Errors inside the XML name the line and column; inside a zip, the member too.
    void errorPlace_namesLineAndMember()
    {
        const ImportResult bomb = importTopology(importFile("xml-bomb.xml"));
        QVERIFY(!bomb.plan);
        QCOMPARE(bomb.error.line,
                 13); // the DTD is reported where it ends (its "]>"), before any entity is used
        const ImportResult truncated = importTopology(importFile("truncated.xml"));
        QVERIFY(!truncated.plan);
        // The file is cut inside an element: the error is on its last, unfinished line.
        const int lines = static_cast<int>(test::readAll(importFile("truncated.xml")).count('\n')) + 1;
        QVERIFY2(truncated.error.line == lines, qPrintable(truncated.error.toString()));

        // The zip's DocItemSet.xml cut inside an element: the member is named before the place.
        const QString zip = importFile("truncated-docitemset.zip");
        const ImportResult inZip = importTopology(zip);
        QVERIFY(!inZip.plan);
        QCOMPARE(inZip.error.member, QStringLiteral("DocItemSet.xml"));
        QVERIFY2(inZip.error.toString().startsWith(zip + QStringLiteral(": DocItemSet.xml:")),
                 qPrintable(inZip.error.toString()));
        QVERIFY2(inZip.error.toString().contains(QLatin1String("truncated")),
                 qPrintable(inZip.error.toString()));
    }

    // Elements are matched by namespace as well as name: a Topology of some other schema is not one.
    void foreignNamespace_isNotATopology()
    {
        const ImportResult r = importTopologyBytes(
            R"(<Topology xmlns="urn:example:other"><InternalDomains DefaultDomain="contoso.com"/></Topology>)",
            QStringLiteral("other.xml"));
        QVERIFY(!r.plan);
        QVERIFY2(r.error.toString().contains(QLatin1String("found <Topology>")),
                 qPrintable(r.error.toString()));
    }

    // A topology without SIP domains or central sites cannot make a plan (sipDomains >= 1, sites >= 1).
    void emptyTopology_isRefused()
    {
        const ImportResult r = importTopologyBytes(
            R"(<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"/>)",
            QStringLiteral("empty.xml"));
        QVERIFY(!r.plan);
        QCOMPARE(r.error.toString(),
                 QStringLiteral(
                     "empty.xml: expected the SIP domains (InternalDomains) in the topology, found none"));
    }
};

QTEST_GUILESS_MAIN(TestTopologyImport)
#include "tst_topologyimport.moc"
