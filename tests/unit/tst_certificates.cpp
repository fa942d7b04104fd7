// The certificates a plan implies (issue 14, cli.md "Certificates"): subject and SAN sets written
// by hand from Microsoft's certificate tables for three example plans, never from the program's
// output; the rule that every name a planned record makes a client reach over TLS is on the
// certificate of the server that answers it; and the certreq.exe request files.
//
// Tables used (repository MicrosoftDocs/OfficeDocs-SkypeForBusiness):
//   FE/SE/Director/Mediation/SBA and mobility: Skype/SfbServer/plan-your-deployment/
//     requirements-for-your-environment/environmental-requirements.md ("Certificates")
//   Edge: Skype/SfbServer/plan-your-deployment/edge-server-deployments/edge-environmental-requirements.md
//     ("Edge Certificate table")
//   Reverse proxy: Lync/LyncServer/lync-server-2013-certificate-summary-reverse-proxy.md

#include "model/certs/certificateexport.h"
#include "model/certs/certificates.h"
#include "model/planner/planner.h"
#include "model/rules/keywords.h"
#include "tests/support/testsupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <initializer_list>

using namespace lyncdns;

namespace {

// "role pool server | CN=subject | san san ..." with the SANs sorted: one comparable line.
QString line(const QString &role, const QString &pool, const QString &server, const QString &subject,
             QStringList sans)
{
    sans.sort();
    return QStringLiteral("%1 %2 %3 | CN=%4 | %5")
        .arg(role, pool, server.isEmpty() ? QStringLiteral("-") : server, subject,
             sans.join(QLatin1Char(' ')));
}

QStringList lines(const QList<CertificateRequest> &requests)
{
    QStringList out;
    for (const CertificateRequest &r : requests)
        out << line(keyword(r.role), r.pool, r.server, r.subject, r.sans);
    out.sort();
    return out;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QLatin1String(n);
    return out;
}

void compareSet(QStringList expected, const QStringList &actual)
{
    expected.sort();
    const QString diff = test::describeDifference(expected, actual);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QList<CertificateRequest> ofRole(const QList<CertificateRequest> &requests, CertificateRole role)
{
    QList<CertificateRequest> out;
    for (const CertificateRequest &r : requests)
        if (r.role == role)
            out << r;
    return out;
}

Plan example(const char *name)
{
    return test::loadPlan(test::exampleFile(QLatin1String(name)));
}

// The roles whose certificate must carry the owner name of a record with this requirement id: the
// servers that answer a client reaching that name over TLS. Empty: the name is reached without TLS
// or by no client (documented in docs/reference/certificates.md).
QSet<CertificateRole> answeringRoles(const DnsRecord &r)
{
    using R = CertificateRole;
    static const QHash<QString, QSet<CertificateRole>> byRequirement = {
        // Pools and servers: SIP over MTLS/TLS and the web services.
        {QStringLiteral("int-pool-dnslb"), {R::FrontEndDefault}},
        {QStringLiteral("int-pool-hlb"), {R::FrontEndDefault}},
        {QStringLiteral("int-pool-single"), {R::FrontEndDefault}},
        {QStringLiteral("int-director-pool"), {R::DirectorDefault}},
        {QStringLiteral("int-server"), {R::FrontEndDefault, R::DirectorDefault, R::SurvivableBranch}},
        {QStringLiteral("int-webint"), {R::FrontEndWebInternal, R::DirectorWebInternal}},
        {QStringLiteral("int-extweb-internal"), {R::ReverseProxy}},
        {QStringLiteral("int-edge-internal"), {R::EdgeInternal}},
        {QStringLiteral("int-edge-node"), {R::EdgeInternal}},
        {QStringLiteral("int-owas"), {R::OfficeWebApps}},
        {QStringLiteral("int-mediation"), {R::Mediation}},
        // Sign-in: the SRV target's host record and the A-record fallbacks reach the sign-in pool.
        {QStringLiteral("int-sipinternaltls"), {R::FrontEndDefault, R::DirectorDefault}},
        {QStringLiteral("int-sip"), {R::FrontEndDefault, R::DirectorDefault}},
        {QStringLiteral("int-sipinternal-a"), {R::FrontEndDefault, R::DirectorDefault}},
        {QStringLiteral("int-lyncdiscoverinternal"), {R::FrontEndWebInternal, R::DirectorWebInternal}},
        {QStringLiteral("int-meet"), {R::FrontEndWebInternal, R::DirectorWebInternal}},
        {QStringLiteral("int-dialin"), {R::FrontEndWebInternal, R::DirectorWebInternal}},
        {QStringLiteral("int-admin"), {R::FrontEndWebInternal, R::DirectorWebInternal}},
        {QStringLiteral("int-ucupdates-r2"), {R::FrontEndWebInternal}},
        // External: the Access Edge and Web Conferencing Edge, the reverse proxy.
        {QStringLiteral("ext-access"), {R::EdgeExternal}},
        {QStringLiteral("ext-webcon"), {R::EdgeExternal}},
        {QStringLiteral("ext-sipexternal"), {R::EdgeExternal}},
        {QStringLiteral("ext-xmpp-a"), {R::EdgeExternal}},
        {QStringLiteral("ext-webext"), {R::ReverseProxy}},
        {QStringLiteral("ext-webdirext"), {R::ReverseProxy}},
        {QStringLiteral("ext-meet"), {R::ReverseProxy}},
        {QStringLiteral("ext-dialin"), {R::ReverseProxy}},
        {QStringLiteral("ext-owas"), {R::ReverseProxy}},
        {QStringLiteral("ext-lyncdiscover"), {R::ReverseProxy}},
    };
    if (r.type == RecordType::SRV)
        return {}; // the SRV owner is no host; its target is a host record of its own
    if (r.requirement == QLatin1String("ext-geodns"))
        return r.location == Location::Internal
                   ? QSet<CertificateRole>{R::FrontEndWebInternal, R::DirectorWebInternal}
                   : QSet<CertificateRole>{R::ReverseProxy};
    return byRequirement.value(r.requirement);
}

} // namespace

class TestCertificates : public QObject
{
    Q_OBJECT

private slots:
    // examples/ee-dnslb-single-edge-nat.lyncplan: Lync Server 2013, one SIP domain (contoso.com),
    // Enterprise pool pool01.contoso.net (fe01-03, DNS load balancing), internal web lsweb.contoso.net,
    // external web webext.contoso.com, a single Edge behind NAT, one reverse proxy, Office Web Apps.
    void singleEdgeWithNat()
    {
        const QList<CertificateRequest> requests =
            certificateRequests(example("ee-dnslb-single-edge-nat.lyncplan"));
        QStringList expected;
        for (const char *fe : {"fe01.contoso.net", "fe02.contoso.net", "fe03.contoso.net"}) {
            const QString server = QLatin1String(fe);
            // Default: pool FQDN and server FQDN; the pool is the auto-logon server, so sip.<d> (strict
            // DNS matching), sipinternal.<d> (configured in DNS, "add them to the SAN"), and the
            // _sipinternaltls target inside the SIP domain.
            expected << line(QStringLiteral("frontend-default"), QStringLiteral("pool01.contoso.net"), server,
                             QStringLiteral("pool01.contoso.net"),
                             names({"pool01.contoso.net", "sip.contoso.com", "sipinternal.contoso.com",
                                    "pool01.contoso.com"})
                                 << server);
            // Web internal: internal web FQDN, server FQDN, pool FQDN, Meet, Dial-in, Admin, and
            // lyncdiscoverinternal (mobility table); devices.deviceUpdates plans ucupdates-r2 on this
            // pool, which Microsoft's tables leave out (docs/reference/certificates.md).
            expected << line(
                QStringLiteral("frontend-web-internal"), QStringLiteral("pool01.contoso.net"), server,
                QStringLiteral("pool01.contoso.net"),
                names({"lsweb.contoso.net", "pool01.contoso.net", "meet.contoso.com", "dialin.contoso.com",
                       "admin.contoso.com", "lyncdiscoverinternal.contoso.com", "ucupdates-r2.contoso.com"})
                    << server);
            // Web external: external web FQDN, Meet, Dial-in and lyncdiscover (mobility table); the
            // contract adds the pool (the subject) and the server.
            expected << line(QStringLiteral("frontend-web-external"), QStringLiteral("pool01.contoso.net"),
                             server, QStringLiteral("pool01.contoso.net"),
                             names({"webext.contoso.com", "meet.contoso.com", "dialin.contoso.com",
                                    "lyncdiscover.contoso.com", "pool01.contoso.net"})
                                 << server);
        }
        // Edge table: internal certificate by subject (its name repeated as the SAN).
        expected << line(QStringLiteral("edge-internal"), QStringLiteral("lsedge.contoso.net"), QString(),
                         QStringLiteral("lsedge.contoso.net"), names({"lsedge.contoso.net"}));
        // Edge table: SN sip.contoso.com; SAN sip.contoso.com, webcon.contoso.com; sipexternal is
        // configured in DNS; av.contoso.com is not on it.
        expected << line(QStringLiteral("edge-external"), QStringLiteral("lsedge.contoso.net"), QString(),
                         QStringLiteral("sip.contoso.com"),
                         names({"sip.contoso.com", "webcon.contoso.com", "sipexternal.contoso.com"}));
        // Reverse proxy summary: SN webext; SAN webext, dialin, meet, officewebapps01, lyncdiscover.
        expected << line(QStringLiteral("reverse-proxy"), QStringLiteral("reverse-proxy"), QString(),
                         QStringLiteral("webext.contoso.com"),
                         names({"webext.contoso.com", "dialin.contoso.com", "meet.contoso.com",
                                "officewebapps01.contoso.com", "lyncdiscover.contoso.com"}));
        expected << line(QStringLiteral("office-web-apps"), QStringLiteral("owas.contoso.net"), QString(),
                         QStringLiteral("owas.contoso.net"),
                         names({"owas.contoso.net", "officewebapps01.contoso.com"}));
        compareSet(expected, lines(requests));
    }

    // examples/director-scaled-edge-two-domains.lyncplan: Skype for Business Server 2015, SIP domains
    // contoso.com and fabrikam.com without split-brain DNS, Director pool dirpool01.contoso.net
    // (dir01, dir02; the sign-in pool), Front End pool pool01.contoso.net (fe01-03), Edge pool
    // edgepool.contoso.net (edge01, edge02), Meet URLs for both domains.
    void directorTwoDomainsWithoutSplitBrain()
    {
        const QList<CertificateRequest> requests =
            certificateRequests(example("director-scaled-edge-two-domains.lyncplan"));
        const QStringList meetAndDialin =
            names({"meet.contoso.com", "meet.fabrikam.com", "dialin.contoso.com"});
        QStringList expected;
        for (const char *dir : {"dir01.contoso.net", "dir02.contoso.net"}) {
            const QString server = QLatin1String(dir);
            // Director table: pool and Director FQDN; the auto-logon pool gets sip.<d> for each SIP
            // domain (SAN=sip.contoso.com; SAN=sip.fabrikam.com), sipinternal.<d>, and the SRV targets
            // inside each domain (strict DNS name matching).
            expected << line(QStringLiteral("director-default"), QStringLiteral("dirpool01.contoso.net"),
                             server, QStringLiteral("dirpool01.contoso.net"),
                             names({"dirpool01.contoso.net", "sip.contoso.com", "sip.fabrikam.com",
                                    "sipinternal.contoso.com", "sipinternal.fabrikam.com",
                                    "dirpool01.contoso.com", "dirpool01.fabrikam.com"})
                                 << server);
            expected << line(QStringLiteral("director-web-internal"), QStringLiteral("dirpool01.contoso.net"),
                             server, QStringLiteral("dirpool01.contoso.net"),
                             names({"webdir.contoso.net", "dirpool01.contoso.net", "admin.contoso.com",
                                    "lyncdiscoverinternal.contoso.com", "lyncdiscoverinternal.fabrikam.com"})
                                 << meetAndDialin << server);
            expected << line(QStringLiteral("director-web-external"), QStringLiteral("dirpool01.contoso.net"),
                             server, QStringLiteral("dirpool01.contoso.net"),
                             names({"webdirext.contoso.com", "dirpool01.contoso.net",
                                    "lyncdiscover.contoso.com", "lyncdiscover.fabrikam.com"})
                                 << meetAndDialin << server);
        }
        for (const char *fe : {"fe01.contoso.net", "fe02.contoso.net", "fe03.contoso.net"}) {
            const QString server = QLatin1String(fe);
            // Not the auto-logon pool: pool and server only.
            expected << line(QStringLiteral("frontend-default"), QStringLiteral("pool01.contoso.net"), server,
                             QStringLiteral("pool01.contoso.net"), names({"pool01.contoso.net"}) << server);
            expected << line(QStringLiteral("frontend-web-internal"), QStringLiteral("pool01.contoso.net"),
                             server, QStringLiteral("pool01.contoso.net"),
                             names({"webint.contoso.net", "pool01.contoso.net", "admin.contoso.com",
                                    "lyncdiscoverinternal.contoso.com", "lyncdiscoverinternal.fabrikam.com"})
                                 << meetAndDialin << server);
            expected << line(QStringLiteral("frontend-web-external"), QStringLiteral("pool01.contoso.net"),
                             server, QStringLiteral("pool01.contoso.net"),
                             names({"webext.contoso.com", "pool01.contoso.net", "lyncdiscover.contoso.com",
                                    "lyncdiscover.fabrikam.com"})
                                 << meetAndDialin << server);
        }
        expected << line(QStringLiteral("edge-internal"), QStringLiteral("edgepool.contoso.net"), QString(),
                         QStringLiteral("edgepool.contoso.net"),
                         names({"edgepool.contoso.net", "edge01.contoso.net", "edge02.contoso.net"}));
        // Edge table, word for word: SN sip.contoso.com; SAN sip.contoso.com, webcon.contoso.com,
        // sip.fabrikam.com; plus sipexternal of both domains.
        expected << line(QStringLiteral("edge-external"), QStringLiteral("edgepool.contoso.net"), QString(),
                         QStringLiteral("sip.contoso.com"),
                         names({"sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com",
                                "sipexternal.contoso.com", "sipexternal.fabrikam.com"}));
        // Reverse proxy summary with the Director and the second domain.
        expected << line(QStringLiteral("reverse-proxy"), QStringLiteral("reverse-proxy"), QString(),
                         QStringLiteral("webext.contoso.com"),
                         names({"webext.contoso.com", "webdirext.contoso.com", "dialin.contoso.com",
                                "meet.contoso.com", "meet.fabrikam.com", "officewebapps01.contoso.com",
                                "lyncdiscover.contoso.com", "lyncdiscover.fabrikam.com"}));
        expected << line(QStringLiteral("office-web-apps"), QStringLiteral("owas.contoso.net"), QString(),
                         QStringLiteral("owas.contoso.net"),
                         names({"owas.contoso.net", "officewebapps01.contoso.com"}));
        compareSet(expected, lines(requests));
    }

    // examples/three-site-estate.lyncplan (examples/README.md): Redmond, Dublin, Singapore and the
    // branch Bellevue; sign-in pool dirpool01 with backup dirpool02; the web pool's proxy rp-redmond
    // also publishes the Singapore pools; two Edge pools, the Dublin one reached as sip-eu.<d>.
    void threeSiteEstate()
    {
        const QList<CertificateRequest> requests = certificateRequests(example("three-site-estate.lyncplan"));
        const QStringList urls = names({"meet.contoso.com", "meet.fabrikam.com", "dialin.contoso.com"});
        const QStringList internalAutodiscover =
            names({"lyncdiscoverinternal.contoso.com", "lyncdiscoverinternal.fabrikam.com"});
        const QStringList externalAutodiscover =
            names({"lyncdiscover.contoso.com", "lyncdiscover.fabrikam.com"});
        QStringList expected;

        struct PoolCase
        {
            const char *role; // "frontend" or "director"
            const char *pool;
            std::initializer_list<const char *> servers;
            const char *internalWeb;
            const char *externalWeb;
            std::initializer_list<const char *> signIn; // names the sign-in records give it
        };
        const PoolCase pools[] = {
            {"director",
             "dirpool01.contoso.net",
             {"dir01.contoso.net", "dir02.contoso.net"},
             "webdir01.contoso.net",
             "webdirext01.contoso.com",
             {"sip.contoso.com", "sip.fabrikam.com", "sipinternal.contoso.com", "sipinternal.fabrikam.com",
              "dirpool01.contoso.com", "dirpool01.fabrikam.com"}},
            // The backup sign-in pool: its own SRV targets (priority 10), no sip.<d>.
            {"director",
             "dirpool02.contoso.net",
             {"dir03.contoso.net", "dir04.contoso.net"},
             "webdir02.contoso.net",
             "webdirext02.contoso.com",
             {"dirpool02.contoso.com", "dirpool02.fabrikam.com"}},
            {"frontend",
             "pool01.contoso.net",
             {"fe01.contoso.net", "fe02.contoso.net", "fe03.contoso.net"},
             "webint01.contoso.net",
             "webext01.contoso.com",
             {}},
            {"frontend",
             "pool02.contoso.net",
             {"fe04.contoso.net", "fe05.contoso.net", "fe06.contoso.net"},
             "webint02.contoso.net",
             "webext02.contoso.com",
             {}},
            {"frontend",
             "pool03.contoso.net",
             {"fe07.contoso.net", "fe08.contoso.net", "fe09.contoso.net"},
             "webint03.contoso.net",
             "webext03.contoso.com",
             {}},
            {"frontend",
             "pool04.contoso.net",
             {"fe10.contoso.net", "fe11.contoso.net", "fe12.contoso.net"},
             "webint04.contoso.net",
             "webext04.contoso.com",
             {}},
        };
        for (const PoolCase &p : pools) {
            const QString pool = QLatin1String(p.pool);
            const QString role = QLatin1String(p.role);
            for (const char *s : p.servers) {
                const QString server = QLatin1String(s);
                expected << line(role + QStringLiteral("-default"), pool, server, pool,
                                 QStringList{pool, server} << names(p.signIn));
                expected << line(role + QStringLiteral("-web-internal"), pool, server, pool,
                                 QStringList{pool, server, QLatin1String(p.internalWeb),
                                             QStringLiteral("admin.contoso.com")}
                                     << urls << internalAutodiscover);
                expected << line(role + QStringLiteral("-web-external"), pool, server, pool,
                                 QStringList{pool, server, QLatin1String(p.externalWeb)}
                                     << urls << externalAutodiscover);
            }
        }
        expected << line(QStringLiteral("edge-internal"), QStringLiteral("edgepool01.contoso.net"), QString(),
                         QStringLiteral("edgepool01.contoso.net"),
                         names({"edgepool01.contoso.net", "edge01.contoso.net", "edge02.contoso.net"}));
        expected << line(QStringLiteral("edge-internal"), QStringLiteral("edgepool02.contoso.net"), QString(),
                         QStringLiteral("edgepool02.contoso.net"),
                         names({"edgepool02.contoso.net", "edge03.contoso.net", "edge04.contoso.net"}));
        // The primary Edge pool: sip.<d> of both domains, sipexternal (it is the federation route).
        expected << line(QStringLiteral("edge-external"), QStringLiteral("edgepool01.contoso.net"), QString(),
                         QStringLiteral("sip.contoso.com"),
                         names({"sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com",
                                "sipexternal.contoso.com", "sipexternal.fabrikam.com"}));
        // Dublin: its own access and web conferencing names, and sip-eu.fabrikam.com, the
        // _sip._tls target under the second domain.
        expected << line(QStringLiteral("edge-external"), QStringLiteral("edgepool02.contoso.net"), QString(),
                         QStringLiteral("sip-eu.contoso.com"),
                         names({"sip-eu.contoso.com", "webcon-eu.contoso.com", "sip-eu.fabrikam.com"}));
        // rp-redmond: the pools it publishes (Redmond's and Singapore's), the global simple URLs and
        // lyncdiscover of the web pool, Redmond's Office Web Apps farm.
        expected << line(QStringLiteral("reverse-proxy"), QStringLiteral("rp-redmond"), QString(),
                         QStringLiteral("webext01.contoso.com"),
                         names({"webext01.contoso.com", "webdirext01.contoso.com", "webext03.contoso.com",
                                "webext04.contoso.com", "officewebapps01.contoso.com"})
                             << urls << externalAutodiscover);
        expected << line(QStringLiteral("reverse-proxy"), QStringLiteral("rp-dublin"), QString(),
                         QStringLiteral("webext02.contoso.com"),
                         names({"webext02.contoso.com", "webdirext02.contoso.com"}));
        expected << line(QStringLiteral("office-web-apps"), QStringLiteral("owas01.contoso.net"), QString(),
                         QStringLiteral("owas01.contoso.net"),
                         names({"owas01.contoso.net", "officewebapps01.contoso.com", "owa01.contoso.net",
                                "owa02.contoso.net"}));
        // Stand-alone Mediation table: pool FQDN and the member's FQDN, one per server.
        for (const char *med : {"med01.contoso.net", "med02.contoso.net"})
            expected << line(QStringLiteral("mediation"), QStringLiteral("medpool01.contoso.net"),
                             QLatin1String(med), QStringLiteral("medpool01.contoso.net"),
                             names({"medpool01.contoso.net"}) << QLatin1String(med));
        // Survivable Branch Appliance table: SN the appliance, SAN sip.<d> per SIP domain.
        expected << line(QStringLiteral("sba"), QStringLiteral("sba01.contoso.net"), QString(),
                         QStringLiteral("sba01.contoso.net"),
                         names({"sba01.contoso.net", "sip.contoso.com", "sip.fabrikam.com"}));
        compareSet(expected, lines(requests));

        // Sites: each request names the central site of its object (the branch: its central site).
        for (const CertificateRequest &r : requests) {
            if (r.pool == QLatin1String("sba01.contoso.net") || r.pool == QLatin1String("rp-redmond") ||
                r.pool.contains(QLatin1String("01.")) || r.pool == QLatin1String("pool01.contoso.net"))
                QCOMPARE(r.site, QStringLiteral("Redmond"));
            else if (r.pool.contains(QLatin1String("02.")) || r.pool == QLatin1String("rp-dublin"))
                QCOMPARE(r.site, QStringLiteral("Dublin"));
            else
                QCOMPARE(r.site, QStringLiteral("Singapore"));
        }
    }

    // Keys, issuers and usages per role: the public ones for the Edge's external side and the proxy,
    // exportable keys where one certificate goes onto several servers.
    void issuersKeysAndUsages()
    {
        const QList<CertificateRequest> requests = certificateRequests(example("three-site-estate.lyncplan"));
        QVERIFY(!requests.isEmpty());
        for (const CertificateRequest &r : requests) {
            QCOMPARE(r.usage, QStringList{QStringLiteral("serverAuth")});
            const bool isPublic =
                r.role == CertificateRole::EdgeExternal || r.role == CertificateRole::ReverseProxy;
            QCOMPARE(r.issuer, isPublic ? CertificateIssuer::Public : CertificateIssuer::Internal);
            const bool shared = isPublic || r.role == CertificateRole::EdgeInternal ||
                                r.role == CertificateRole::OfficeWebApps; // owas01 has two members
            QCOMPARE(r.exportableKey, shared);
            const bool perServer =
                r.role <= CertificateRole::DirectorWebExternal || r.role == CertificateRole::Mediation;
            QCOMPARE(r.server.isEmpty(), !perServer);
        }
        // In cli.md's role order.
        for (qsizetype i = 1; i < requests.size(); ++i)
            QVERIFY(static_cast<int>(requests.at(i - 1).role) <= static_cast<int>(requests.at(i).role));
    }

    // Over every example plan: the SAN lists keep their promises, and the A/V Edge name is left off.
    void invariants_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : test::examplePlanFiles())
            QTest::newRow(qPrintable(f.section(QLatin1Char('/'), -1))) << f;
    }

    void invariants()
    {
        QFETCH(QString, file);
        const Plan plan = test::loadPlan(file);
        const QList<CertificateRequest> requests = certificateRequests(plan);
        QVERIFY(!requests.isEmpty());
        for (const CertificateRequest &r : requests) {
            QVERIFY2(!r.subject.isEmpty() && !r.subject.contains(QLatin1Char('*')), qPrintable(r.subject));
            QVERIFY2(r.sans.contains(r.subject), qPrintable(r.subject));
            QStringList sorted = r.sans;
            sorted.sort();
            sorted.removeDuplicates();
            QCOMPARE(r.sans, sorted);
            for (const QString &name : r.sans) {
                QCOMPARE(name, name.toLower());
                QVERIFY2(!name.contains(QLatin1Char('*')), qPrintable(name));
            }
            QVERIFY(!r.notes.isEmpty());
        }
        for (const EdgeRef &edge : allEdgePools(plan)) {
            const QString av = effectiveAvFqdn(plan, *edge.edge);
            for (const CertificateRequest &r : requests)
                QVERIFY2(!r.sans.contains(av), qPrintable(keyword(r.role) + QStringLiteral(" has ") + av));
        }
    }

    // The rule, checked against the planner: every host record a client reaches over TLS has
    // its name on a certificate of the role that answers it.
    void everyTlsNameIsOnTheAnsweringCertificate_data() { invariants_data(); }

    void everyTlsNameIsOnTheAnsweringCertificate()
    {
        QFETCH(QString, file);
        const Plan plan = test::loadPlan(file);
        const RecordSet records = planRecords(plan);
        const QList<CertificateRequest> requests = certificateRequests(plan, records);
        QStringList missing;
        for (const DnsRecord &r : records) {
            const QSet<CertificateRole> roles = answeringRoles(r);
            if (roles.isEmpty())
                continue;
            bool found = false;
            for (const CertificateRequest &c : requests)
                found = found || (roles.contains(c.role) && c.sans.contains(r.name));
            if (!found)
                missing << QStringLiteral("%1 %2 (%3)").arg(keyword(r.location), r.name, r.requirement);
        }
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
    }

    // Names that depend on plan settings follow the records: no Autodiscover, no lyncdiscover names;
    // srvTarget "sip" puts sip.<d> on the sign-in pool even without the host-record fallbacks.
    void namesFollowThePlannedRecords()
    {
        const QByteArray base =
            test::readAll(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
        {
            const QList<CertificateRequest> requests = certificateRequests(
                test::planFromJson(test::withEdits(base, {{"autodiscover.enabled", "false"}})));
            for (const CertificateRequest &r : requests)
                for (const QString &name : r.sans)
                    QVERIFY2(!name.startsWith(QLatin1String("lyncdiscover")), qPrintable(name));
        }
        {
            const QList<CertificateRequest> requests = certificateRequests(
                test::planFromJson(test::withEdits(base, {{"legacyDiscovery.hostRecords", "false"}})));
            const QList<CertificateRequest> defaults = ofRole(requests, CertificateRole::FrontEndDefault);
            QCOMPARE(defaults.size(), 3);
            for (const CertificateRequest &r : defaults) {
                QVERIFY(!r.sans.contains(QStringLiteral("sip.contoso.com")));
                QVERIFY(!r.sans.contains(QStringLiteral("sipinternal.contoso.com")));
                QVERIFY(r.sans.contains(QStringLiteral("pool01.contoso.com"))); // the SRV target stays
            }
            const QList<CertificateRequest> edge = ofRole(requests, CertificateRole::EdgeExternal);
            QCOMPARE(edge.size(), 1);
            QVERIFY(!edge.first().sans.contains(QStringLiteral("sipexternal.contoso.com")));
        }
        {
            // signIn.srvTarget "sip" (a version 2 key) on the plan as read.
            const Plan v1 =
                test::planFromJson(test::withEdits(base, {{"legacyDiscovery.hostRecords", "false"}}));
            Plan plan = v1;
            plan.signIn.srvTarget = SrvTargetStyle::Sip;
            const QList<CertificateRequest> defaults =
                ofRole(certificateRequests(plan), CertificateRole::FrontEndDefault);
            QCOMPARE(defaults.size(), 3);
            for (const CertificateRequest &r : defaults) {
                QVERIFY(r.sans.contains(QStringLiteral("sip.contoso.com")));
                QVERIFY(!r.sans.contains(QStringLiteral("pool01.contoso.com")));
            }
        }
    }

    // A name the wizard does not add is said so in the notes.
    void notesNameWhatTheWizardLeavesOut()
    {
        const QList<CertificateRequest> requests = certificateRequests(example("three-site-estate.lyncplan"));
        bool srvNote = false, edgeNote = false, avNote = false;
        for (const CertificateRequest &r : requests) {
            const QString notes = r.notes.join(QLatin1Char(' '));
            if (r.role == CertificateRole::DirectorDefault &&
                r.pool == QLatin1String("dirpool02.contoso.net"))
                srvNote = srvNote || (notes.contains(QLatin1String("dirpool02.contoso.com")) &&
                                      notes.contains(QLatin1String("dirpool02.fabrikam.com")));
            if (r.role == CertificateRole::EdgeExternal &&
                r.pool == QLatin1String("edgepool02.contoso.net")) {
                edgeNote = notes.contains(QLatin1String("sip-eu.fabrikam.com"));
                avNote = notes.contains(QLatin1String("av-eu.contoso.com"));
            }
        }
        QVERIFY(srvNote);
        QVERIFY(edgeNote);
        QVERIFY(avNote);
    }

    void requestFile()
    {
        const QList<CertificateRequest> edge =
            ofRole(certificateRequests(example("director-scaled-edge-two-domains.lyncplan")),
                   CertificateRole::EdgeExternal);
        QCOMPARE(edge.size(), 1);
        const QByteArray inf = certificateInf(edge.first());
        for (const char c : inf)
            QVERIFY2(static_cast<unsigned char>(c) < 0x80, "ASCII only");
        QVERIFY(!inf.contains("\n\n")); // CRLF line ends throughout
        const QString text = QString::fromLatin1(inf);
        const QStringList infLines = text.split(QStringLiteral("\r\n"));
        for (const char *expected :
             {"[Version]", "Signature=\"$Windows NT$\"", "[NewRequest]", "Subject = \"CN=sip.contoso.com\"",
              "KeyLength = 2048", "Exportable = TRUE", "MachineKeySet = TRUE", "KeyUsage = 0xa0",
              "RequestType = PKCS10", "[EnhancedKeyUsageExtension]", "OID=1.3.6.1.5.5.7.3.1 ; serverAuth",
              "[Extensions]", "2.5.29.17 = \"{text}\""})
            QVERIFY2(infLines.contains(QLatin1String(expected)), expected);
        QStringList sans;
        static const QRegularExpression dns(QStringLiteral("^_continue_ = \"dns=([^&\"]+)&\"$"));
        for (const QString &l : infLines)
            if (const QRegularExpressionMatch m = dns.match(l); m.hasMatch())
                sans << m.captured(1);
        QCOMPARE(sans, edge.first().sans);
        // The SAN lines follow the extension's first line directly.
        const qsizetype first = infLines.indexOf(QStringLiteral("2.5.29.17 = \"{text}\""));
        QVERIFY(infLines.value(first + 1).startsWith(QLatin1String("_continue_")));
        // An internal certificate: not exportable, an enterprise CA template offered as a comment.
        const QList<CertificateRequest> fe =
            ofRole(certificateRequests(example("director-scaled-edge-two-domains.lyncplan")),
                   CertificateRole::FrontEndDefault);
        const QString feText = QString::fromLatin1(certificateInf(fe.first()));
        QVERIFY(feText.contains(QLatin1String("Exportable = FALSE\r\n")));
        QVERIFY(feText.contains(QLatin1String("; CertificateTemplate = WebServer\r\n")));
    }

    void requestFileNames()
    {
        const QList<CertificateRequest> requests = certificateRequests(example("three-site-estate.lyncplan"));
        const QList<ExportFile> files = certificateInfFiles(requests);
        QCOMPARE(files.size(), requests.size());
        QSet<QString> seen;
        static const QRegularExpression safe(QStringLiteral("^[a-z0-9][a-z0-9.\\-_]*\\.inf$"));
        for (const ExportFile &f : files) {
            QVERIFY2(safe.match(f.relativePath).hasMatch(), qPrintable(f.relativePath));
            QVERIFY2(!seen.contains(f.relativePath), qPrintable(f.relativePath));
            seen.insert(f.relativePath);
        }
        QVERIFY(seen.contains(QStringLiteral("frontend-default_pool01.contoso.net_fe01.contoso.net.inf")));
        QVERIFY(seen.contains(QStringLiteral("edge-external_edgepool02.contoso.net.inf")));
        QVERIFY(seen.contains(QStringLiteral("reverse-proxy_rp-dublin.inf")));
        QVERIFY(seen.contains(QStringLiteral("sba_sba01.contoso.net.inf")));

        // A hostile proxy name: no path, no hidden file, nothing a shell or certreq would misread.
        CertificateRequest r;
        r.role = CertificateRole::ReverseProxy;
        r.pool = QStringLiteral("../..\\evil \"proxy\"\n");
        r.subject = QStringLiteral("webext.contoso.com");
        r.sans = QStringList{r.subject, QStringLiteral("bad name.contoso.com")};
        r.usage = QStringList{QStringLiteral("serverAuth")};
        QVERIFY(safe.match(certificateInfFileName(r)).hasMatch());
        const QString text = QString::fromLatin1(certificateInf(r));
        QVERIFY(!text.contains(QLatin1String("dns=bad name")));
        QVERIFY(text.contains(QLatin1String("; left out, not a host name: bad name.contoso.com")));
        QCOMPARE(text.count(QStringLiteral("_continue_")), 1);
    }

    void csvAndJsonColumns()
    {
        const QList<CertificateRequest> requests =
            certificateRequests(example("ee-dnslb-single-edge-nat.lyncplan"));
        const QStringList csv = QString::fromUtf8(certificatesToCsv(requests)).split(QLatin1Char('\n'));
        QCOMPARE(csv.first(), QStringLiteral("role,site,pool,subject,san,usage,notes"));
        QCOMPARE(csv.size(), requests.size() + 2); // header, rows, the empty string after the last newline
        const QString edgeRow = csv.filter(QStringLiteral("edge-internal,")).value(0);
        QVERIFY2(
            edgeRow.startsWith(QStringLiteral("edge-internal,Site 1,lsedge.contoso.net,lsedge.contoso.net,"
                                              "lsedge.contoso.net,serverAuth,")),
            qPrintable(edgeRow));
        const QString proxyRow = csv.filter(QStringLiteral("reverse-proxy,")).first();
        QVERIFY2(
            proxyRow.startsWith(QStringLiteral(
                "reverse-proxy,Site 1,reverse-proxy,webext.contoso.com,dialin.contoso.com "
                "lyncdiscover.contoso.com meet.contoso.com officewebapps01.contoso.com webext.contoso.com,"
                "serverAuth,")),
            qPrintable(proxyRow));
    }
};

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
