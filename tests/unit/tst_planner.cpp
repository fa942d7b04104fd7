// The planner against the catalogue: golden record sets written by hand from §4 (T-01, T-02,
// T-09, T-10, T-11, T-12, T-15, T-16, T-18) and plan-format.md decisions 1-8, plus properties
// every plan must keep (zones, order, no duplicates, nothing internal or private published).

#include "model/plan/planreader.h"
#include "model/planner/planner.h"
#include "model/validator/validator.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <initializer_list>

using namespace lyncdns;

namespace {

QStringList lines(std::initializer_list<const char *> rows)
{
    return test::sortedLines(rows);
}

Plan fixture(const char *name)
{
    return test::loadPlan(test::dataFile(QStringLiteral("planner/") + QLatin1String(name)));
}

QStringList linesOf(const RecordSet &records, Location location)
{
    RecordSet some;
    for (const DnsRecord &r : records)
        if (r.location == location)
            some << r;
    return test::recordLines(some);
}

const DnsRecord *findRecord(const RecordSet &records, Location location, const QString &name, RecordType type)
{
    for (const DnsRecord &r : records)
        if (r.location == location && r.name == name && r.type == type)
            return &r;
    return nullptr;
}

// plan-format.md decision 5: RFC 1918, loopback and link-local never go into external DNS.
bool isPrivateAddress(const QString &text)
{
    QHostAddress a(text);
    if (a.isNull())
        return false;
    if (a.protocol() == QAbstractSocket::IPv6Protocol && text.startsWith(QLatin1String("::ffff:")))
        a = QHostAddress(a.toIPv4Address()); // IPv4-mapped: the IPv4 address on the wire
    // rules.md R-EXP7, written out again independently of model/dns/hostnames.cpp.
    static const QStringList ranges = {
        QStringLiteral("0.0.0.0/8"),      QStringLiteral("10.0.0.0/8"),     QStringLiteral("100.64.0.0/10"),
        QStringLiteral("127.0.0.0/8"),    QStringLiteral("169.254.0.0/16"), QStringLiteral("172.16.0.0/12"),
        QStringLiteral("192.168.0.0/16"), QStringLiteral("224.0.0.0/4"),    QStringLiteral("240.0.0.0/4"),
        QStringLiteral("::/128"),         QStringLiteral("::1/128"),        QStringLiteral("fc00::/7"),
        QStringLiteral("fe80::/10"),      QStringLiteral("fec0::/10"),      QStringLiteral("ff00::/8"),
    };
    for (const QString &range : ranges)
        if (a.isInSubnet(QHostAddress::parseSubnet(range)))
            return true;
    return false;
}

// Every requirement id of the catalogue's master table (§1.1-§1.5).
const QSet<QString> &catalogueIds()
{
    static const QSet<QString> ids = [] {
        QSet<QString> s;
        for (const char *id : {"int-server",
                               "int-pool-dnslb",
                               "int-pool-hlb",
                               "int-pool-single",
                               "int-webint",
                               "int-director-pool",
                               "int-webdirexternal",
                               "int-edge-internal",
                               "int-edge-node",
                               "int-rp-internal",
                               "int-owas",
                               "int-pchat",
                               "int-mediation",
                               "int-sipinternaltls",
                               "int-sipinternal",
                               "int-sipinternal-a",
                               "int-sip",
                               "int-lyncdiscoverinternal",
                               "int-ntp",
                               "int-ucupdates-r2",
                               "int-meet",
                               "int-dialin",
                               "int-admin",
                               "int-scheduler",
                               "int-lwa",
                               "int-extweb-internal",
                               "int-webcon-hybrid",
                               "ext-access",
                               "ext-webcon",
                               "ext-av",
                               "ext-sip-tls",
                               "ext-sipfed",
                               "ext-sipexternal",
                               "ext-xmpp-srv",
                               "ext-xmpp-a",
                               "ext-pic",
                               "ext-lyncdiscover",
                               "ext-webext",
                               "ext-webdirext",
                               "ext-meet",
                               "ext-dialin",
                               "ext-owas",
                               "ext-geodns",
                               "branch-discovery",
                               "hosted-exum"})
            s.insert(QLatin1String(id));
        return s;
    }();
    return ids;
}

// Names that must never be published (decision 5, R-EXP1/3/4/5/6/8).
QSet<QString> specInternalOnlyNames(const Plan &plan)
{
    QSet<QString> names;
    auto pool = [&names](const Pool &p) {
        names << p.fqdn.toLower();
        names << (p.webServices.internalFqdn.isEmpty() ? p.fqdn : p.webServices.internalFqdn).toLower();
        for (const Server &s : p.servers)
            names << s.fqdn.toLower();
    };
    for (const Site &site : plan.sites) {
        for (const Pool &p : site.frontEndPools)
            pool(p);
        for (const Pool &p : site.directorPools)
            pool(p);
        for (const Edge &e : site.edgePools) {
            names << e.internalFqdn.toLower();
            for (const EdgeServer &s : e.servers)
                names << s.fqdn.toLower();
        }
        for (const ServerPool &chat : site.persistentChatPools) {
            names << chat.fqdn.toLower();
            for (const Server &s : chat.servers)
                names << s.fqdn.toLower();
        }
        for (const OfficeWebApps &farm : site.officeWebApps)
            names << farm.internalFqdn.toLower();
    }
    if (!plan.simpleUrls.admin.isEmpty())
        names << simpleUrlHost(plan.simpleUrls.admin);
    for (const QString &d : plan.sipDomains) {
        const QString domain = d.toLower();
        for (const char *prefix : {"lyncdiscoverinternal.", "sipinternal.", "_sipinternaltls._tcp.",
                                   "_sipinternal._tcp.", "_ntp._udp.", "ucupdates-r2."})
            names << QLatin1String(prefix) + domain;
    }
    names.remove(QString());
    return names;
}

bool sortedAsCli(const DnsRecord &a, const DnsRecord &b)
{
    if (a.location != b.location)
        return a.location == Location::Internal;
    if (a.name != b.name)
        return a.name < b.name;
    if (a.type != b.type)
        return recordTypeName(a.type) < recordTypeName(b.type);
    return a.data < b.data;
}

QStringList exampleFiles()
{
    return QDir(test::exampleFile(QString()))
        .entryList({QStringLiteral("*.lyncplan")}, QDir::Files, QDir::Name);
}

QStringList fixtureFiles()
{
    return QDir(test::dataFile(QStringLiteral("planner")))
        .entryList({QStringLiteral("*.lyncplan")}, QDir::Files, QDir::Name);
}

QString findingsText(const Findings &findings)
{
    QString out;
    for (const Finding &f : findings)
        out += QStringLiteral("\n  %1 %2 %3: %4").arg(severityName(f.severity), f.rule, f.path, f.message);
    return out;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private:
    // One row per example and per fixture, for the properties every record set must keep.
    void allPlans()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : exampleFiles())
            QTest::newRow(qPrintable(QStringLiteral("example/") + f)) << test::exampleFile(f);
        for (const QString &f : fixtureFiles())
            QTest::newRow(qPrintable(QStringLiteral("fixture/") + f))
                << test::dataFile(QStringLiteral("planner/") + f);
    }

    void compareSet(const QStringList &expected, const QStringList &actual)
    {
        const QString diff = test::describeDifference(expected, actual);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

private slots:
    // ---- Golden topologies from the catalogue (§4) -------------------------------------------

    // T-01 / T-02: the Edge tables are identical with and without NAT; the public side is published.
    void singleEdgeNat_publishesPublicAddresses_data()
    {
        QTest::addColumn<QString>("fixtureName");
        QTest::newRow("T-01 E-SNAT, NAT") << QStringLiteral("t01-single-edge-nat.lyncplan");
        QTest::newRow("T-02 E-SPUB, public NICs") << QStringLiteral("t02-single-edge-public.lyncplan");
    }
    void singleEdgeNat_publishesPublicAddresses()
    {
        QFETCH(QString, fixtureName);
        const RecordSet records = planRecords(fixture(qPrintable(fixtureName)));
        const QStringList expected = lines({
            "internal fe01.contoso.net A 192.168.10.1",
            "internal pool01.contoso.net A 192.168.10.5",
            "internal lsedge.contoso.net A 172.25.33.10",
            "internal pool01.contoso.com A 192.168.10.5",
            "internal _sipinternaltls._tcp.contoso.com SRV 0 0 5061 pool01.contoso.com",
            "internal meet.contoso.com A 192.168.10.5",
            "internal dialin.contoso.com A 192.168.10.5",
            "external sip.contoso.com A 131.107.155.10",
            "external webcon.contoso.com A 131.107.155.20",
            "external av.contoso.com A 131.107.155.30",
            "external _sip._tls.contoso.com SRV 0 0 443 sip.contoso.com",
            "external _sipfederationtls._tcp.contoso.com SRV 0 0 5061 sip.contoso.com",
            "external _xmpp-server._tcp.contoso.com SRV 0 0 5269 xmpp.contoso.com",
            "external xmpp.contoso.com A 131.107.155.10",
        });
        compareSet(expected, test::recordLines(records));
        for (const DnsRecord &r : records)
            QVERIFY2(!r.data.startsWith(QLatin1String("10.45.16.")),
                     qPrintable(QStringLiteral("NIC address behind NAT published: ") + r.name +
                                QLatin1Char(' ') + r.data));
    }

    // T-10 corrected (one A per Front End, §5 D-9), T-12 and T-18: DNS-LB pools.
    void dnsLbPool_oneARecordPerServer_data()
    {
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("T-10 FEP Pool01 four Front Ends")
            << QStringLiteral("t10-fep-dnslb.lyncplan")
            << lines({
                   "internal fe01.contoso.net A 10.10.10.1",
                   "internal fe02.contoso.net A 10.10.10.2",
                   "internal fe03.contoso.net A 10.10.10.3",
                   "internal fe04.contoso.net A 10.10.10.4",
                   "internal pool01.contoso.net A 10.10.10.1",
                   "internal pool01.contoso.net A 10.10.10.2",
                   "internal pool01.contoso.net A 10.10.10.3",
                   "internal pool01.contoso.net A 10.10.10.4",
                   "internal webinternal.contoso.net A 192.168.10.5",
                   "internal lyncdiscoverinternal.contoso.com CNAME webinternal.contoso.net",
                   "internal pool01.contoso.com A 10.10.10.1",
                   "internal pool01.contoso.com A 10.10.10.2",
                   "internal pool01.contoso.com A 10.10.10.3",
                   "internal pool01.contoso.com A 10.10.10.4",
                   "internal _sipinternaltls._tcp.contoso.com SRV 0 0 5061 pool01.contoso.com",
                   "internal sip.contoso.com A 10.10.10.1",
                   "internal sip.contoso.com A 10.10.10.2",
                   "internal sip.contoso.com A 10.10.10.3",
                   "internal sip.contoso.com A 10.10.10.4",
                   "internal sipinternal.contoso.com A 10.10.10.1",
                   "internal sipinternal.contoso.com A 10.10.10.2",
                   "internal sipinternal.contoso.com A 10.10.10.3",
                   "internal sipinternal.contoso.com A 10.10.10.4",
                   "internal meet.contoso.com A 192.168.10.5",
                   "internal dialin.contoso.com A 192.168.10.5",
               });
        QTest::newRow("T-12 DET pool01.contoso.com three Front Ends, TCP allowed")
            << QStringLiteral("t12-det-dnslb.lyncplan")
            << lines({
                   "internal fe01.contoso.com A 192.168.10.90",
                   "internal fe02.contoso.com A 192.168.10.91",
                   "internal fe03.contoso.com A 192.168.10.92",
                   "internal pool01.contoso.com A 192.168.10.90",
                   "internal pool01.contoso.com A 192.168.10.91",
                   "internal pool01.contoso.com A 192.168.10.92",
                   "internal web01.contoso.com A 192.168.10.95",
                   "internal _sipinternaltls._tcp.contoso.com SRV 0 0 5061 pool01.contoso.com",
                   "internal _sipinternal._tcp.contoso.com SRV 0 0 5060 pool01.contoso.com",
                   "internal meet.contoso.com A 192.168.10.95",
                   "internal dialin.contoso.com A 192.168.10.95",
               });
        QTest::newRow("T-18 S-CREATE contoso.local")
            << QStringLiteral("t18-sfb-local.lyncplan")
            << lines({
                   "internal sfb01.contoso.local A 10.0.0.5",
                   "internal sfb02.contoso.local A 10.0.0.6",
                   "internal sfb03.contoso.local A 10.0.0.7",
                   "internal pool.contoso.local A 10.0.0.5",
                   "internal pool.contoso.local A 10.0.0.6",
                   "internal pool.contoso.local A 10.0.0.7",
                   "internal webint.contoso.local A 10.0.0.4",
                   "internal lyncdiscoverinternal.contoso.local A 10.0.0.4",
                   "internal _sipinternaltls._tcp.contoso.local SRV 0 0 5061 pool.contoso.local",
                   "internal meet.contoso.local A 10.0.0.4",
                   "internal dialin.contoso.local A 10.0.0.4",
                   "internal admin.contoso.local A 10.0.0.4",
               });
    }
    void dnsLbPool_oneARecordPerServer()
    {
        QFETCH(QString, fixtureName);
        QFETCH(QStringList, expected);
        compareSet(expected, test::recordLines(planRecords(fixture(qPrintable(fixtureName)))));
    }

    // T-11 / T-09: SRV targets pool01.<sipdomain> with the pool's addresses, in pin-point zones;
    // decision 8 turns the lyncdiscoverinternal CNAME into an A.
    void noSplitBrain_srvTargetInPinPointZone()
    {
        const Plan plan = fixture("t11-no-split-brain.lyncplan");
        const RecordSet records = planRecords(plan);
        const QStringList expected = lines({
            "internal fe01.contoso.net A 192.168.10.90",
            "internal fe02.contoso.net A 192.168.10.91",
            "internal pool01.contoso.net A 192.168.10.90",
            "internal pool01.contoso.net A 192.168.10.91",
            "internal lsweb.contoso.net A 192.168.10.95",
            "internal _sipinternaltls._tcp.contoso.com SRV 0 0 5061 pool01.contoso.com",
            "internal _sipinternaltls._tcp.fabrikam.com SRV 0 0 5061 pool01.fabrikam.com",
            "internal pool01.contoso.com A 192.168.10.90",
            "internal pool01.contoso.com A 192.168.10.91",
            "internal pool01.fabrikam.com A 192.168.10.90",
            "internal pool01.fabrikam.com A 192.168.10.91",
            "internal lyncdiscoverinternal.contoso.com A 192.168.10.95",
            "internal lyncdiscoverinternal.fabrikam.com A 192.168.10.95",
            "internal sip.contoso.com A 192.168.10.90",
            "internal sip.contoso.com A 192.168.10.91",
            "internal sip.fabrikam.com A 192.168.10.90",
            "internal sip.fabrikam.com A 192.168.10.91",
            "internal sipinternal.contoso.com A 192.168.10.90",
            "internal sipinternal.contoso.com A 192.168.10.91",
            "internal sipinternal.fabrikam.com A 192.168.10.90",
            "internal sipinternal.fabrikam.com A 192.168.10.91",
            "internal _ntp._udp.contoso.com SRV 0 0 123 dc01.contoso.com",
            "internal _ntp._udp.fabrikam.com SRV 0 0 123 dc01.contoso.com",
            "internal meet.contoso.com A 192.168.10.95",
            "internal meet.fabrikam.com A 192.168.10.95",
            "internal dialin.contoso.com A 192.168.10.95",
        });
        compareSet(expected, test::recordLines(records));

        struct ZoneCase
        {
            const char *name;
            RecordType type;
            const char *zone;
            bool pinPoint;
        };
        for (const ZoneCase &c : {ZoneCase{"_sipinternaltls._tcp.contoso.com", RecordType::SRV,
                                           "_sipinternaltls._tcp.contoso.com", true},
                                  ZoneCase{"_sipinternaltls._tcp.fabrikam.com", RecordType::SRV,
                                           "_sipinternaltls._tcp.fabrikam.com", true},
                                  ZoneCase{"pool01.contoso.com", RecordType::A, "pool01.contoso.com", true},
                                  ZoneCase{"pool01.fabrikam.com", RecordType::A, "pool01.fabrikam.com", true},
                                  ZoneCase{"lyncdiscoverinternal.fabrikam.com", RecordType::A,
                                           "lyncdiscoverinternal.fabrikam.com", true},
                                  ZoneCase{"pool01.contoso.net", RecordType::A, "contoso.net", false},
                                  ZoneCase{"fe01.contoso.net", RecordType::A, "contoso.net", false}}) {
            const DnsRecord *r = findRecord(records, Location::Internal, QLatin1String(c.name), c.type);
            QVERIFY2(r, c.name);
            QCOMPARE(r->zone, QLatin1String(c.zone));
            QCOMPARE(r->pinPoint, c.pinPoint);
        }
        // T-11 writes its SRVs with TTL 86400; the plan's ttl goes into every record.
        for (const DnsRecord &r : records)
            QCOMPARE(r.ttl, 86400);
    }

    // T-15 (ADR, MOB): Autodiscover follows the Director when there is one; CNAME or A, never both.
    void autodiscover_followsSignInPool_data()
    {
        QTest::addColumn<bool>("withDirector");
        QTest::addColumn<bool>("cname");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Director, CNAME")
            << true << true
            << lines({
                   "internal lyncdiscoverinternal.contoso.com CNAME lyncwebdir01.contoso.local",
                   "external lyncdiscover.contoso.com CNAME lyncwebexdir01.contoso.com",
               });
        QTest::newRow("Director, A") << true << false
                                     << lines({
                                            "internal lyncdiscoverinternal.contoso.com A 192.168.2.15",
                                            "external lyncdiscover.contoso.com A 131.107.155.40",
                                        });
        QTest::newRow("Front End only, CNAME")
            << false << true
            << lines({
                   "internal lyncdiscoverinternal.contoso.com CNAME lyncwebpool01.contoso.local",
                   "external lyncdiscover.contoso.com CNAME lyncwebextpool01.contoso.com",
               });
        QTest::newRow("Front End only, A") << false << false
                                           << lines({
                                                  "internal lyncdiscoverinternal.contoso.com A 192.168.1.15",
                                                  "external lyncdiscover.contoso.com A 131.107.155.40",
                                              });
    }
    void autodiscover_followsSignInPool()
    {
        QFETCH(bool, withDirector);
        QFETCH(bool, cname);
        QFETCH(QStringList, expected);
        Plan plan = fixture("t15-autodiscover.lyncplan");
        if (!withDirector)
            plan.sites[0].directorPools.clear();
        plan.autodiscover.recordType = cname ? AutodiscoverType::Cname : AutodiscoverType::A;
        RecordSet discovery;
        for (const DnsRecord &r : planRecords(plan))
            if (r.name.startsWith(QLatin1String("lyncdiscover")))
                discovery << r;
        compareSet(expected, test::recordLines(discovery));
        for (const DnsRecord &r : discovery)
            QCOMPARE(r.requirement, r.location == Location::Internal
                                        ? QStringLiteral("int-lyncdiscoverinternal")
                                        : QStringLiteral("ext-lyncdiscover"));
    }

    // T-16 (PCHAT): one A per Persistent Chat server on the pool name, plus each server's own A.
    void persistentChatPool_oneARecordPerServer()
    {
        const RecordSet records = planRecords(fixture("t16-persistent-chat.lyncplan"));
        compareSet(lines({
                       "internal se01.contoso.com A 10.10.10.11",
                       "internal meet.contoso.com A 10.10.10.11",
                       "internal dialin.contoso.com A 10.10.10.11",
                       "internal persistentchatserver01.contoso.com A 10.10.10.1",
                       "internal persistentchatserver02.contoso.com A 10.10.10.2",
                       "internal persistentchatpool.contoso.com A 10.10.10.1",
                       "internal persistentchatpool.contoso.com A 10.10.10.2",
                   }),
                   test::recordLines(records));
    }

    // Decision 1: a Standard Edition server is its own pool and web address; decision 2 still
    // puts the SRV target inside the SIP domain.
    void standardEdition_everythingPointsAtTheServer()
    {
        const RecordSet records = planRecords(fixture("standard-edition.lyncplan"));
        compareSet(lines({
                       "internal se01.contoso.net A 192.168.10.11",
                       "internal lyncdiscoverinternal.contoso.com CNAME se01.contoso.net",
                       "internal se01.contoso.com A 192.168.10.11",
                       "internal _sipinternaltls._tcp.contoso.com SRV 0 0 5061 se01.contoso.com",
                       "internal meet.contoso.com A 192.168.10.11",
                       "internal dialin.contoso.com A 192.168.10.11",
                       "internal ucupdates-r2.contoso.com A 192.168.10.11",
                       "internal owas.contoso.net A 192.168.10.20",
                       "external webext.contoso.com A 131.107.155.40",
                       "external meet.contoso.com A 131.107.155.40",
                       "external dialin.contoso.com A 131.107.155.40",
                       "external officewebapps01.contoso.com A 131.107.155.40",
                       "external lyncdiscover.contoso.com CNAME webext.contoso.com",
                   }),
                   test::recordLines(records));
    }

    // DIR1/DIRP, E-DNAT, decisions 1-4 and 8: the Director is the sign-in pool for both SIP domains.
    void directorTwoDomains_signInThroughDirector()
    {
        const RecordSet records = planRecords(fixture("director-two-domains-no-split-brain.lyncplan"));
        compareSet(lines({
                       "internal fe01.contoso.net A 10.10.10.1",
                       "internal fe02.contoso.net A 10.10.10.2",
                       "internal pool01.contoso.net A 10.10.10.1",
                       "internal pool01.contoso.net A 10.10.10.2",
                       "internal lsweb.contoso.net A 10.10.10.5",
                       "internal dir01.contoso.net A 10.10.20.1",
                       "internal dir02.contoso.net A 10.10.20.2",
                       "internal dirpool01.contoso.net A 10.10.20.5",
                       "internal dirweb.contoso.net A 10.10.20.6",
                       "internal edgepool.contoso.net A 172.25.33.10",
                       "internal edgepool.contoso.net A 172.25.33.11",
                       "internal edge01.contoso.net A 172.25.33.10",
                       "internal edge02.contoso.net A 172.25.33.11",
                       "internal lyncdiscoverinternal.contoso.com A 10.10.20.6",
                       "internal lyncdiscoverinternal.fabrikam.com A 10.10.20.6",
                       "internal dirpool01.contoso.com A 10.10.20.5",
                       "internal dirpool01.fabrikam.com A 10.10.20.5",
                       "internal _sipinternaltls._tcp.contoso.com SRV 0 0 5061 dirpool01.contoso.com",
                       "internal _sipinternaltls._tcp.fabrikam.com SRV 0 0 5061 dirpool01.fabrikam.com",
                       "internal sip.contoso.com A 10.10.20.5",
                       "internal sip.fabrikam.com A 10.10.20.5",
                       "internal sipinternal.contoso.com A 10.10.20.5",
                       "internal sipinternal.fabrikam.com A 10.10.20.5",
                       "internal meet.contoso.com A 10.10.20.6",
                       "internal meet.fabrikam.com A 10.10.20.6",
                       "internal dialin.contoso.com A 10.10.20.6",
                       "internal admin.contoso.com A 10.10.20.6",
                       "external sip.contoso.com A 131.107.155.10",
                       "external sip.contoso.com A 131.107.155.11",
                       "external sip.fabrikam.com A 131.107.155.10",
                       "external sip.fabrikam.com A 131.107.155.11",
                       "external webcon.contoso.com A 131.107.155.20",
                       "external webcon.contoso.com A 131.107.155.21",
                       "external av.contoso.com A 131.107.155.30",
                       "external av.contoso.com A 131.107.155.31",
                       "external _sip._tls.contoso.com SRV 0 0 443 sip.contoso.com",
                       "external _sip._tls.fabrikam.com SRV 0 0 443 sip.fabrikam.com",
                       "external _sipfederationtls._tcp.contoso.com SRV 0 0 5061 sip.contoso.com",
                       "external _sipfederationtls._tcp.fabrikam.com SRV 0 0 5061 sip.fabrikam.com",
                       "external sipexternal.contoso.com A 131.107.155.10",
                       "external sipexternal.contoso.com A 131.107.155.11",
                       "external sipexternal.fabrikam.com A 131.107.155.10",
                       "external sipexternal.fabrikam.com A 131.107.155.11",
                       "external webext.contoso.com A 131.107.155.40",
                       "external webdirext.contoso.com A 131.107.155.40",
                       "external meet.contoso.com A 131.107.155.40",
                       "external meet.fabrikam.com A 131.107.155.40",
                       "external dialin.contoso.com A 131.107.155.40",
                       "external lyncdiscover.contoso.com A 131.107.155.40",
                       "external lyncdiscover.fabrikam.com A 131.107.155.40",
                   }),
                   test::recordLines(records));
    }

    // E-HLB, R-LB4: one A per VIP; the servers' own public addresses stay out of DNS.
    void hlbEdge_publishesVipsOnly()
    {
        const RecordSet records = planRecords(fixture("hlb-edge.lyncplan"));
        compareSet(lines({
                       "internal fe01.contoso.net A 10.10.10.1",
                       "internal fe02.contoso.net A 10.10.10.2",
                       "internal pool01.contoso.net A 10.10.10.5",
                       "internal edgepool.contoso.net A 172.25.33.10",
                       "internal edge01.contoso.net A 172.25.33.11",
                       "internal edge02.contoso.net A 172.25.33.12",
                       "internal pool01.contoso.com A 10.10.10.5",
                       "internal _sipinternaltls._tcp.contoso.com SRV 0 0 5061 pool01.contoso.com",
                       "internal meet.contoso.com A 10.10.10.5",
                       "internal dialin.contoso.com A 10.10.10.5",
                       "external sip.contoso.com A 131.107.155.10",
                       "external webcon.contoso.com A 131.107.155.20",
                       "external av.contoso.com A 131.107.155.30",
                       "external _sip._tls.contoso.com SRV 0 0 443 sip.contoso.com",
                   }),
                   test::recordLines(records));
    }

    // E-HLB with IPv6: the VIPs' IPv6 addresses, never the servers' own external ones.
    void hlbEdgeIpv6_publishesVipAaaaOnly()
    {
        Plan plan = fixture("hlb-edge.lyncplan");
        plan.dns.ipv6 = true;
        Edge &pool = plan.sites[0].edgePools[0];
        pool.vips->internalIpv6 = QStringLiteral("fd00:33::10");
        pool.vips->accessIpv6 = QStringLiteral("2001:db8:155::10");
        pool.vips->webConferencingIpv6 = QStringLiteral("2001:db8:155::20");
        pool.vips->avIpv6 = QStringLiteral("2001:db8:155::30");
        pool.servers[0].accessIpv6 = QStringLiteral("2001:db8:155::11");
        pool.servers[1].accessIpv6 = QStringLiteral("2001:db8:155::12");
        RecordSet edge;
        for (const DnsRecord &r : planRecords(plan))
            if (r.type == RecordType::AAAA)
                edge << r;
        compareSet(lines({
                       "internal edgepool.contoso.net AAAA fd00:33::10",
                       "external sip.contoso.com AAAA 2001:db8:155::10",
                       "external webcon.contoso.com AAAA 2001:db8:155::20",
                       "external av.contoso.com AAAA 2001:db8:155::30",
                   }),
                   test::recordLines(edge));
    }

    // R-SRV1 and the zone rule with nested SIP domains: each SIP domain gets a target inside itself,
    // and a name lands in the longest SIP domain it falls under.
    void nestedSipDomains_srvTargetInsideEachDomain()
    {
        const RecordSet records = planRecords(fixture("nested-sip-domains.lyncplan"));
        compareSet(
            lines({
                "internal fe01.contoso.com A 192.168.10.90",
                "internal fe02.contoso.com A 192.168.10.91",
                "internal pool01.contoso.com A 192.168.10.90",
                "internal pool01.contoso.com A 192.168.10.91",
                "internal lsweb.contoso.com A 192.168.10.95",
                "internal lsedge.contoso.net A 172.25.33.10",
                "internal lyncdiscoverinternal.contoso.com CNAME lsweb.contoso.com",
                "internal lyncdiscoverinternal.retail.contoso.com CNAME lsweb.contoso.com",
                "internal _sipinternaltls._tcp.contoso.com SRV 0 0 5061 pool01.contoso.com",
                "internal pool01.retail.contoso.com A 192.168.10.90",
                "internal pool01.retail.contoso.com A 192.168.10.91",
                "internal _sipinternaltls._tcp.retail.contoso.com SRV 0 0 5061 pool01.retail.contoso.com",
                "internal meet.contoso.com A 192.168.10.95",
                "internal meet.retail.contoso.com A 192.168.10.95",
                "internal dialin.contoso.com A 192.168.10.95",
                "external sip.contoso.com A 131.107.155.10",
                "external sip.retail.contoso.com A 131.107.155.10",
                "external webcon.contoso.com A 131.107.155.20",
                "external av.contoso.com A 131.107.155.30",
                "external _sip._tls.contoso.com SRV 0 0 443 sip.contoso.com",
                "external _sip._tls.retail.contoso.com SRV 0 0 443 sip.retail.contoso.com",
                "external webext.contoso.com A 131.107.155.40",
                "external meet.contoso.com A 131.107.155.40",
                "external meet.retail.contoso.com A 131.107.155.40",
                "external dialin.contoso.com A 131.107.155.40",
                "external lyncdiscover.contoso.com CNAME webext.contoso.com",
                "external lyncdiscover.retail.contoso.com CNAME webext.contoso.com",
            }),
            test::recordLines(records));
        struct ZoneCase
        {
            Location location;
            const char *name;
            const char *zone;
        };
        for (const ZoneCase &c :
             {ZoneCase{Location::External, "sip.retail.contoso.com", "retail.contoso.com"},
              ZoneCase{Location::External, "sip.contoso.com", "contoso.com"},
              ZoneCase{Location::Internal, "pool01.retail.contoso.com", "retail.contoso.com"},
              ZoneCase{Location::Internal, "lsedge.contoso.net", "contoso.net"}}) {
            const DnsRecord *r = findRecord(records, c.location, QLatin1String(c.name), RecordType::A);
            QVERIFY2(r, c.name);
            QCOMPARE(r->zone, QLatin1String(c.zone));
            QVERIFY(!r->pinPoint);
        }
    }

    // T-21 (SURL, PSURL): simple URL options 1-3; one A per distinct host in each location.
    void simpleUrlOptions_oneRecordPerHost_data()
    {
        QTest::addColumn<QStringList>("meet");
        QTest::addColumn<QString>("dialin");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("option 1") << QStringList{QStringLiteral("https://meet.contoso.com"),
                                                 QStringLiteral("https://meet.fabrikam.com")}
                                  << QStringLiteral("https://dialin.contoso.com")
                                  << lines({
                                         "internal meet.contoso.com A 192.168.10.11",
                                         "internal meet.fabrikam.com A 192.168.10.11",
                                         "internal dialin.contoso.com A 192.168.10.11",
                                         "external meet.contoso.com A 131.107.155.40",
                                         "external meet.fabrikam.com A 131.107.155.40",
                                         "external dialin.contoso.com A 131.107.155.40",
                                     });
        QTest::newRow("option 2") << QStringList{QStringLiteral("https://lync.contoso.com/Meet"),
                                                 QStringLiteral("https://lync.fabrikam.com/Meet")}
                                  << QStringLiteral("https://lync.contoso.com/Dialin")
                                  << lines({
                                         "internal lync.contoso.com A 192.168.10.11",
                                         "internal lync.fabrikam.com A 192.168.10.11",
                                         "external lync.contoso.com A 131.107.155.40",
                                         "external lync.fabrikam.com A 131.107.155.40",
                                     });
        QTest::newRow("option 3")
            << QStringList{QStringLiteral("https://lync.contoso.com/contosoSIPdomain/Meet"),
                           QStringLiteral("https://lync.contoso.com/fabrikamSIPdomain/Meet")}
            << QStringLiteral("https://lync.contoso.com/Dialin")
            << lines({
                   "internal lync.contoso.com A 192.168.10.11",
                   "external lync.contoso.com A 131.107.155.40",
               });
    }
    void simpleUrlOptions_oneRecordPerHost()
    {
        QFETCH(QStringList, meet);
        QFETCH(QString, dialin);
        QFETCH(QStringList, expected);
        Plan plan = fixture("standard-edition.lyncplan");
        plan.sipDomains = QStringList{QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")};
        plan.simpleUrls.meet = meet;
        plan.simpleUrls.dialin = dialin;
        QVERIFY2(!hasErrors(validatePlan(plan)), qPrintable(findingsText(validatePlan(plan))));
        RecordSet urls;
        for (const DnsRecord &r : planRecords(plan))
            if (r.name.startsWith(QLatin1String("meet.")) || r.name.startsWith(QLatin1String("dialin.")) ||
                r.name.startsWith(QLatin1String("lync.")))
                urls << r;
        compareSet(expected, test::recordLines(urls));
    }

    // R-IP1 / dns.ipv6: AAAA next to every A that has an IPv6 address, and none when IPv6 is off.
    void sfb2019Ipv6_emitsAaaaNextToA_data()
    {
        QTest::addColumn<bool>("ipv6");
        QTest::newRow("dns.ipv6 true") << true;
        QTest::newRow("dns.ipv6 false, addresses still given") << false;
    }
    void sfb2019Ipv6_emitsAaaaNextToA()
    {
        QFETCH(bool, ipv6);
        Plan plan = fixture("sfb2019-ipv6.lyncplan");
        plan.dns.ipv6 = ipv6;
        QStringList expected = lines({
            "internal fe01.contoso.net A 10.10.10.1",
            "internal fe01.contoso.net AAAA fd00:10::1",
            "internal fe02.contoso.net A 10.10.10.2",
            "internal fe02.contoso.net AAAA fd00:10::2",
            "internal pool01.contoso.net A 10.10.10.1",
            "internal pool01.contoso.net A 10.10.10.2",
            "internal pool01.contoso.net AAAA fd00:10::1",
            "internal pool01.contoso.net AAAA fd00:10::2",
            "internal webint.contoso.net A 10.10.10.5",
            "internal webint.contoso.net AAAA fd00:10::5",
            "internal lsedge.contoso.net A 172.25.33.10",
            "internal lsedge.contoso.net AAAA fd00:33::10",
            "internal lyncdiscoverinternal.contoso.com A 10.10.10.5",
            "internal lyncdiscoverinternal.contoso.com AAAA fd00:10::5",
            "internal pool01.contoso.com A 10.10.10.1",
            "internal pool01.contoso.com A 10.10.10.2",
            "internal pool01.contoso.com AAAA fd00:10::1",
            "internal pool01.contoso.com AAAA fd00:10::2",
            "internal _sipinternaltls._tcp.contoso.com SRV 0 0 5061 pool01.contoso.com",
            "internal meet.contoso.com A 10.10.10.5",
            "internal meet.contoso.com AAAA fd00:10::5",
            "internal dialin.contoso.com A 10.10.10.5",
            "internal dialin.contoso.com AAAA fd00:10::5",
            "external sip.contoso.com A 131.107.155.10",
            "external sip.contoso.com AAAA 2001:db8:155::10",
            "external webcon.contoso.com A 131.107.155.20",
            "external webcon.contoso.com AAAA 2001:db8:155::20",
            "external av.contoso.com A 131.107.155.30",
            "external av.contoso.com AAAA 2001:db8:155::30",
            "external _sip._tls.contoso.com SRV 0 0 443 sip.contoso.com",
            "external webext.contoso.com A 131.107.155.40",
            "external webext.contoso.com AAAA 2001:db8:155::40",
            "external meet.contoso.com A 131.107.155.40",
            "external meet.contoso.com AAAA 2001:db8:155::40",
            "external dialin.contoso.com A 131.107.155.40",
            "external dialin.contoso.com AAAA 2001:db8:155::40",
            "external lyncdiscover.contoso.com A 131.107.155.40",
            "external lyncdiscover.contoso.com AAAA 2001:db8:155::40",
        });
        if (!ipv6)
            expected.removeIf([](const QString &line) { return line.contains(QLatin1String(" AAAA ")); });
        compareSet(expected, test::recordLines(planRecords(plan)));
    }

    // Decision 6: SfB 2019 removed XMPP and Persistent Chat.
    void sfb2019WithRemovedRoles_isValidationError_data()
    {
        QTest::addColumn<bool>("xmpp");
        QTest::addColumn<bool>("persistentChat");
        QTest::newRow("xmpp") << true << false;
        QTest::newRow("persistentChat") << false << true;
    }
    void sfb2019WithRemovedRoles_isValidationError()
    {
        QFETCH(bool, xmpp);
        QFETCH(bool, persistentChat);
        Plan plan = fixture("sfb2019-ipv6.lyncplan");
        QVERIFY2(!hasErrors(validatePlan(plan)), qPrintable(findingsText(validatePlan(plan))));
        if (xmpp)
            plan.xmppFqdn = QStringLiteral("xmpp.contoso.com");
        if (persistentChat)
            plan.sites[0].persistentChatPools = {ServerPool{
                QStringLiteral("pchatpool.contoso.net"),
                {Server{QStringLiteral("pchat01.contoso.net"), QStringLiteral("10.10.10.31"), QString()}}}};
        QVERIFY(hasErrors(validatePlan(plan)));
    }

    // Federation SRV (ext-sipfed): per SIP domain when discoverable or push; required only for push.
    void sipFederationSrv_followsDiscoveryAndPush_data()
    {
        QTest::addColumn<bool>("discoverable");
        QTest::addColumn<bool>("push");
        QTest::newRow("neither") << false << false;
        QTest::newRow("discoverable only") << true << false;
        QTest::newRow("push only") << false << true;
        QTest::newRow("both") << true << true;
    }
    void sipFederationSrv_followsDiscoveryAndPush()
    {
        QFETCH(bool, discoverable);
        QFETCH(bool, push);
        Plan plan = fixture("director-two-domains-no-split-brain.lyncplan");
        plan.federation.discoverable = discoverable;
        plan.pushNotifications = push;
        RecordSet fed;
        for (const DnsRecord &r : planRecords(plan))
            if (r.name.startsWith(QLatin1String("_sipfederationtls.")))
                fed << r;
        const QStringList expected =
            (discoverable || push)
                ? lines({
                      "external _sipfederationtls._tcp.contoso.com SRV 0 0 5061 sip.contoso.com",
                      "external _sipfederationtls._tcp.fabrikam.com SRV 0 0 5061 sip.fabrikam.com",
                  })
                : QStringList();
        compareSet(expected, test::recordLines(fed));
        for (const DnsRecord &r : fed) {
            QCOMPARE(r.requirement, QStringLiteral("ext-sipfed"));
            QCOMPARE(r.required, push);
        }
    }

    // ---- Requirement ids and REQ/OPT of key rows (catalogue §1) -------------------------------

    void keyRows_carryCatalogueRequirement_data()
    {
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<bool>("external");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("requirement");
        QTest::addColumn<bool>("required");
        struct Row
        {
            const char *fixture;
            bool external;
            const char *name;
            const char *type;
            const char *requirement;
            bool required;
        };
        const char *dir = "director-two-domains-no-split-brain.lyncplan";
        const Row rows[] = {
            {dir, true, "sip.contoso.com", "A", "ext-access", true},
            {dir, true, "sip.fabrikam.com", "A", "ext-access", true},
            {dir, true, "webcon.contoso.com", "A", "ext-webcon", true},
            {dir, true, "av.contoso.com", "A", "ext-av", true},
            {dir, true, "_sip._tls.fabrikam.com", "SRV", "ext-sip-tls", true},
            {dir, true, "_sipfederationtls._tcp.contoso.com", "SRV", "ext-sipfed", true},
            {dir, true, "sipexternal.contoso.com", "A", "ext-sipexternal", false},
            {dir, true, "webext.contoso.com", "A", "ext-webext", true},
            {dir, true, "webdirext.contoso.com", "A", "ext-webdirext", true},
            {dir, true, "meet.fabrikam.com", "A", "ext-meet", true},
            {dir, true, "dialin.contoso.com", "A", "ext-dialin", true},
            {dir, true, "lyncdiscover.fabrikam.com", "A", "ext-lyncdiscover", true},
            {dir, false, "fe01.contoso.net", "A", "int-server", true},
            {dir, false, "dir01.contoso.net", "A", "int-server", true},
            {dir, false, "pool01.contoso.net", "A", "int-pool-dnslb", true},
            {dir, false, "lsweb.contoso.net", "A", "int-webint", true},
            {dir, false, "dirpool01.contoso.net", "A", "int-director-pool", true},
            {dir, false, "edgepool.contoso.net", "A", "int-edge-internal", true},
            {dir, false, "edge02.contoso.net", "A", "int-edge-node", true},
            // cli.md's contract row marks it required once the plan asks for legacy SRV discovery.
            {dir, false, "_sipinternaltls._tcp.contoso.com", "SRV", "int-sipinternaltls", true},
            {dir, false, "lyncdiscoverinternal.fabrikam.com", "A", "int-lyncdiscoverinternal", true},
            {dir, false, "sip.fabrikam.com", "A", "int-sip", false},
            {dir, false, "sipinternal.contoso.com", "A", "int-sipinternal-a", false},
            {dir, false, "meet.fabrikam.com", "A", "int-meet", true},
            {dir, false, "dialin.contoso.com", "A", "int-dialin", true},
            {dir, false, "admin.contoso.com", "A", "int-admin", false},
            {"t01-single-edge-nat.lyncplan", false, "pool01.contoso.net", "A", "int-pool-hlb", true},
            {"t01-single-edge-nat.lyncplan", true, "_sipfederationtls._tcp.contoso.com", "SRV", "ext-sipfed",
             false},
            {"t01-single-edge-nat.lyncplan", true, "_xmpp-server._tcp.contoso.com", "SRV", "ext-xmpp-srv",
             true},
            {"t01-single-edge-nat.lyncplan", true, "xmpp.contoso.com", "A", "ext-xmpp-a", true},
            {"t12-det-dnslb.lyncplan", false, "_sipinternal._tcp.contoso.com", "SRV", "int-sipinternal",
             false},
            {"t11-no-split-brain.lyncplan", false, "_ntp._udp.fabrikam.com", "SRV", "int-ntp", true},
            {"standard-edition.lyncplan", false, "se01.contoso.net", "A", "int-server", true},
            {"standard-edition.lyncplan", false, "ucupdates-r2.contoso.com", "A", "int-ucupdates-r2", false},
            {"standard-edition.lyncplan", false, "owas.contoso.net", "A", "int-owas", true},
            {"standard-edition.lyncplan", true, "officewebapps01.contoso.com", "A", "ext-owas", true},
            {"t16-persistent-chat.lyncplan", false, "persistentchatpool.contoso.com", "A", "int-pchat", true},
            {"hlb-edge.lyncplan", false, "edgepool.contoso.net", "A", "int-edge-internal", true},
        };
        for (const Row &r : rows)
            QTest::addRow("%s %s %s %s", r.fixture, r.external ? "external" : "internal", r.name, r.type)
                << QString::fromLatin1(r.fixture) << r.external << QString::fromLatin1(r.name)
                << QString::fromLatin1(r.type) << QString::fromLatin1(r.requirement) << r.required;
    }
    void keyRows_carryCatalogueRequirement()
    {
        QFETCH(QString, fixtureName);
        QFETCH(bool, external);
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, requirement);
        QFETCH(bool, required);
        const RecordSet records = planRecords(fixture(qPrintable(fixtureName)));
        const Location location = external ? Location::External : Location::Internal;
        bool found = false;
        for (const DnsRecord &r : records) {
            if (r.location != location || r.name != name || recordTypeName(r.type) != type)
                continue;
            found = true;
            QCOMPARE(r.requirement, requirement);
            QCOMPARE(r.required, required);
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no %1 record for %2").arg(type, name)));
    }

    // ---- Properties of every plan: examples and fixtures --------------------------------------

    void examples_loadValidateAndPlanCleanly_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = exampleFiles();
        QVERIFY2(files.size() >= 5, qPrintable(QStringLiteral("only %1 example plans").arg(files.size())));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << test::exampleFile(f);
    }
    void examples_loadValidateAndPlanCleanly()
    {
        QFETCH(QString, file);
        PlanError error;
        const std::optional<Plan> plan = readPlanFile(file, &error);
        QVERIFY2(plan, qPrintable(error.toString()));
        const Findings findings = validatePlan(*plan);
        QVERIFY2(!hasErrors(findings), qPrintable(findingsText(findings)));
        const RecordSet records = planRecords(*plan);
        QVERIFY(!linesOf(records, Location::Internal).isEmpty());
        const QStringList all = test::recordLines(records);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
        for (const DnsRecord &r : records)
            if (r.location == Location::External)
                QVERIFY2(!isPrivateAddress(r.data), qPrintable(r.name + QLatin1Char(' ') + r.data));
    }

    // The golden fixtures are plans an admin could save: only the deliberate one has errors.
    void fixtures_validateExceptDeliberateMistakes_data() { allPlans(); }
    void fixtures_validateExceptDeliberateMistakes()
    {
        QFETCH(QString, file);
        const Findings findings = validatePlan(test::loadPlan(file));
        if (file.endsWith(QLatin1String("private-public-addresses.lyncplan")) ||
            file.endsWith(QLatin1String("non-public-ranges.lyncplan"))) {
            bool exp7 = false;
            for (const Finding &f : findings)
                exp7 = exp7 || (f.rule == QLatin1String("R-EXP7") && f.severity == Severity::Error);
            QVERIFY2(exp7, qPrintable(findingsText(findings)));
        } else {
            QVERIFY2(!hasErrors(findings), qPrintable(findingsText(findings)));
        }
    }

    void noDuplicates_data() { allPlans(); }
    void noDuplicates()
    {
        QFETCH(QString, file);
        const QStringList all = test::recordLines(planRecords(test::loadPlan(file)));
        QStringList duplicates;
        for (qsizetype i = 1; i < all.size(); ++i)
            if (all.at(i) == all.at(i - 1))
                duplicates << all.at(i);
        QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(QLatin1Char('\n'))));
    }

    void records_sortedByLocationNameTypeData_data() { allPlans(); }
    void records_sortedByLocationNameTypeData()
    {
        QFETCH(QString, file);
        const RecordSet records = planRecords(test::loadPlan(file));
        for (qsizetype i = 1; i < records.size(); ++i)
            QVERIFY2(!sortedAsCli(records.at(i), records.at(i - 1)),
                     qPrintable(QStringLiteral("row %1 (%2 %3) comes before row %4 (%5 %6)")
                                    .arg(i - 1)
                                    .arg(records.at(i - 1).name, records.at(i - 1).data)
                                    .arg(i)
                                    .arg(records.at(i).name, records.at(i).data)));
    }

    void everyRecord_inItsZone_data() { allPlans(); }
    void everyRecord_inItsZone()
    {
        QFETCH(QString, file);
        const Plan plan = test::loadPlan(file);
        QStringList wrong;
        for (const DnsRecord &r : planRecords(plan)) {
            bool pinPoint = false;
            const QString zone = test::specZone(plan, r, &pinPoint);
            if (r.zone != zone || r.pinPoint != pinPoint)
                wrong << QStringLiteral("%1 %2: zone %3%4, expected %5%6")
                             .arg(locationName(r.location), r.name, r.zone,
                                  r.pinPoint ? QStringLiteral(" (pin-point)") : QString(), zone,
                                  pinPoint ? QStringLiteral(" (pin-point)") : QString());
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void everyRecord_hasRequirementAndReason_data() { allPlans(); }
    void everyRecord_hasRequirementAndReason()
    {
        QFETCH(QString, file);
        const Plan plan = test::loadPlan(file);
        for (const DnsRecord &r : planRecords(plan)) {
            const QString what = locationName(r.location) + QLatin1Char(' ') + r.name + QLatin1Char(' ') +
                                 recordTypeName(r.type) + QLatin1Char(' ') + r.data;
            QVERIFY2(catalogueIds().contains(r.requirement),
                     qPrintable(what + QStringLiteral(": unknown requirement \"") + r.requirement +
                                QLatin1Char('"')));
            const QLatin1String prefix(r.location == Location::Internal ? "int-" : "ext-");
            // ext-geodns is the catalogue's one row for both views (internal and external CNAMEs).
            QVERIFY2(r.requirement.startsWith(prefix) || r.requirement == QLatin1String("hosted-exum") ||
                         r.requirement == QLatin1String("branch-discovery") ||
                         r.requirement == QLatin1String("ext-geodns"),
                     qPrintable(what + QStringLiteral(": requirement ") + r.requirement +
                                QStringLiteral(" is for the other location")));
            QVERIFY2(!r.reason.trimmed().isEmpty(), qPrintable(what + QStringLiteral(": no reason")));
            QCOMPARE(r.ttl, plan.dns.ttl);
            QCOMPARE(r.name, r.name.toLower());
            QVERIFY2(!r.name.endsWith(QLatin1Char('.')), qPrintable(what));
            if (r.type == RecordType::SRV) {
                const SrvData srv = r.srv();
                // Decision 7; version 2 rules 3 and 4 give backup pools and further Edge pools others.
                if (plan.fileVersion == 1)
                    QCOMPARE(srv.priority, 0);
                QCOMPARE(srv.weight, 0);
                QCOMPARE(srv.target, srv.target.toLower());
                QVERIFY2(!srv.target.endsWith(QLatin1Char('.')), qPrintable(what));
            }
        }
    }

    // Decision 5 and R-EXP1/3/4/5/6/8: internal-only names never reach external DNS.
    void externalView_neverHasInternalOnlyNames_data() { allPlans(); }
    void externalView_neverHasInternalOnlyNames()
    {
        QFETCH(QString, file);
        const Plan plan = test::loadPlan(file);
        const QSet<QString> internalOnly = specInternalOnlyNames(plan);
        QStringList exposed;
        for (const DnsRecord &r : planRecords(plan))
            if (r.location == Location::External && internalOnly.contains(r.name))
                exposed << r.name + QLatin1Char(' ') + recordTypeName(r.type) + QLatin1Char(' ') + r.data;
        QVERIFY2(exposed.isEmpty(), qPrintable(exposed.join(QLatin1Char('\n'))));
    }

    // Decision 5 and R-EXP7: no private address in an external record, whatever the plan says.
    void privateAddress_neverExternal_data() { allPlans(); }
    void privateAddress_neverExternal()
    {
        QFETCH(QString, file);
        QStringList exposed;
        for (const DnsRecord &r : planRecords(test::loadPlan(file)))
            if (r.location == Location::External && isPrivateAddress(r.data))
                exposed << r.name + QLatin1Char(' ') + r.data;
        QVERIFY2(exposed.isEmpty(), qPrintable(exposed.join(QLatin1Char('\n'))));
    }

    // A plan with private addresses typed in public fields keeps only the public ones outside.
    void privateAddress_droppedPublicOnesKept()
    {
        const RecordSet records = planRecords(fixture("private-public-addresses.lyncplan"));
        compareSet(lines({
                       "external sip.contoso.com A 131.107.155.11",
                       "external av.contoso.com A 131.107.155.30",
                       "external _sip._tls.contoso.com SRV 0 0 443 sip.contoso.com",
                       "external sipexternal.contoso.com A 131.107.155.11",
                       "external webext.contoso.com AAAA 2001:db8:155::40",
                       "external meet.contoso.com AAAA 2001:db8:155::40",
                       "external dialin.contoso.com AAAA 2001:db8:155::40",
                       "external lyncdiscover.contoso.com AAAA 2001:db8:155::40",
                   }),
                   linesOf(records, Location::External));
    }

    // Issue 17: not only RFC 1918 stays out. Multicast, 240/4 and broadcast, 0/8, IPv4-mapped private
    // and IPv6 site-local or multicast addresses are left out; the documentation ranges are public.
    void nonPublicRanges_droppedDocumentationRangesKept()
    {
        const RecordSet records = planRecords(fixture("non-public-ranges.lyncplan"));
        compareSet(lines({
                       "external sip.contoso.com A 131.107.155.11",
                       "external webcon.contoso.com A 203.0.113.21",
                       "external webcon.contoso.com AAAA 2001:db8::21",
                       "external av.contoso.com A 131.107.155.31",
                       "external _sip._tls.contoso.com SRV 0 0 443 sip.contoso.com",
                       "external sipexternal.contoso.com A 131.107.155.11",
                   }),
                   linesOf(records, Location::External));
    }

    // R-CN1 / decision 5: a name with a CNAME holds nothing else, in either location.
    void cnameAutodiscover_noAAtSameName_data() { allPlans(); }
    void cnameAutodiscover_noAAtSameName()
    {
        QFETCH(QString, file);
        const RecordSet records = planRecords(test::loadPlan(file));
        QHash<QString, int> perName;
        QSet<QString> cnames;
        for (const DnsRecord &r : records) {
            const QString key = locationName(r.location) + QLatin1Char(' ') + r.name;
            ++perName[key];
            if (r.type == RecordType::CNAME)
                cnames.insert(key);
        }
        for (const QString &key : cnames)
            QVERIFY2(
                perName.value(key) == 1,
                qPrintable(key +
                           QStringLiteral(" has a CNAME and %1 other records").arg(perName.value(key) - 1)));
    }

    // An invalid field never becomes a record (issue 10): the validator reports it, the planner
    // leaves out the records built from it and keeps the rest of the plan.
    void invalidField_neverBecomesARecord_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("absentName");
        QTest::addColumn<QString>("absentData");
        QTest::newRow("server fqdn with underscore")
            << QByteArray("frontEnd.servers[0].fqdn") << QByteArray("\"fe_01.contoso.net\"")
            << QStringLiteral("fe_01.contoso.net") << QString();
        QTest::newRow("three-octet address")
            << QByteArray("frontEnd.servers[0].ipv4") << QByteArray("\"10.0.0\"") << QString()
            << QStringLiteral("10.0.0.0");
        QTest::newRow("octet over 255")
            << QByteArray("edge.servers[0].accessIpv4") << QByteArray("\"131.107.155.300\"") << QString()
            << QStringLiteral("131.107.155.300");
        QTest::newRow("bad ntp server")
            << QByteArray("devices.ntpServer") << QByteArray("\"dc 01.contoso.com\"")
            << QStringLiteral("_ntp._udp.contoso.com") << QString();
    }
    void invalidField_neverBecomesARecord()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, json);
        QFETCH(QString, absentName);
        QFETCH(QString, absentData);
        const QByteArray original =
            test::readAll(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
        const Plan plan =
            test::planFromJson(test::withEdits(original, {{path.constData(), json.constData()}}));
        QVERIFY2(hasErrors(validatePlan(plan)), "the validator does not flag the invalid field");
        const RecordSet records = planRecords(plan);
        for (const DnsRecord &r : records) {
            QVERIFY2(absentName.isEmpty() || r.name != absentName,
                     qPrintable(r.name + QLatin1Char(' ') + r.data));
            QVERIFY2(absentData.isEmpty() || !r.data.endsWith(absentData),
                     qPrintable(r.name + QLatin1Char(' ') + r.data));
        }
        // Everything not built from the field stays planned.
        QVERIFY(std::any_of(records.cbegin(), records.cend(), [](const DnsRecord &r) {
            return r.name == QLatin1String("webcon.contoso.com");
        }));
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
