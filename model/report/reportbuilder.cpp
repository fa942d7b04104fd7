#include "model/report/reportbuilder.h"

#include "lyncdns/version.h"
#include "model/certs/certificates.h"
#include "model/check/checkexport.h"
#include "model/export/exportpolicy.h"
#include "model/migration/changeset.h"
#include "model/plan/estate.h"
#include "model/planner/planner.h"
#include "model/rules/cloudrecords.h"
#include "model/rules/ruleinfo.h"
#include "model/rules/where.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <iterator>
#include <numeric>
#include <utility>

namespace lyncdns {

namespace {

// Well-formed XHTML whatever the plan holds: markup characters escaped, and characters XML
// forbids (control characters, lone surrogates) dropped.
QString esc(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean += c;
            clean += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = (u >= 0x20 || u == u'\t' || u == u'\n' || u == u'\r') && !c.isSurrogate() &&
                             u != 0xFFFE && u != 0xFFFF;
        if (allowed)
            clean += c;
    }
    return clean.toHtmlEscaped();
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("&#8212;") : esc(text);
}

// "1 server", "2 servers": both forms are translated, each with %1 for the number.
QString plural(qsizetype n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

// "a.example.com (10.0.0.1), b.example.com (10.0.0.2)", escaped.
QString serverList(const QList<Server> &servers)
{
    QStringList parts;
    for (const Server &s : servers) {
        QStringList addresses;
        for (const QString &a : {s.ipv4, s.ipv6})
            if (!a.isEmpty())
                addresses << a;
        parts << (addresses.isEmpty() ? esc(s.fqdn)
                                      : esc(s.fqdn) + QStringLiteral(" (") +
                                            esc(addresses.join(QStringLiteral(", "))) + QLatin1Char(')'));
    }
    return parts.join(QStringLiteral(", "));
}

QString addresses(const QString &ipv4, const QString &ipv6)
{
    QStringList list;
    for (const QString &a : {ipv4, ipv6})
        if (!a.isEmpty())
            list << a;
    return list.join(QStringLiteral(", "));
}

QString poolSentence(const Pool &pool, bool director)
{
    QString text;
    if (director)
        //: %1 is the pool FQDN, %2 "3 servers", %3 the kind of load balancing.
        text = QCoreApplication::translate("ReportBuilder", "Director pool <b>%1</b> with %2, %3")
                   .arg(esc(pool.fqdn),
                        plural(pool.servers.size(), QCoreApplication::translate("ReportBuilder", "%1 server"),
                               QCoreApplication::translate("ReportBuilder", "%1 servers")),
                        loadBalancingLabel(pool.loadBalancing));
    else if (pool.edition == Edition::Standard)
        text = QCoreApplication::translate("ReportBuilder", "Standard Edition server <b>%1</b>")
                   .arg(esc(pool.fqdn));
    else
        //: %1 is the pool FQDN, %2 "3 Front End servers", %3 the kind of load balancing.
        text = QCoreApplication::translate("ReportBuilder", "Enterprise Edition pool <b>%1</b> with %2, %3")
                   .arg(esc(pool.fqdn),
                        plural(pool.servers.size(),
                               QCoreApplication::translate("ReportBuilder", "%1 Front End server"),
                               QCoreApplication::translate("ReportBuilder", "%1 Front End servers")),
                        loadBalancingLabel(pool.loadBalancing));
    const QString vip = addresses(pool.vip, pool.vipIpv6);
    if (!vip.isEmpty())
        text += QCoreApplication::translate("ReportBuilder", " (VIP %1)").arg(esc(vip));
    text += QCoreApplication::translate("ReportBuilder", ". Servers: %1.").arg(serverList(pool.servers));
    text += QCoreApplication::translate("ReportBuilder", " Internal web services: %1")
                .arg(esc(internalWebFqdn(pool)));
    const QString webVip = addresses(pool.webServices.internalVip, pool.webServices.internalVipIpv6);
    if (!webVip.isEmpty())
        text += QCoreApplication::translate("ReportBuilder", " (VIP %1)").arg(esc(webVip));
    text += QCoreApplication::translate("ReportBuilder", "; external web services: %1.")
                .arg(orDash(pool.webServices.externalFqdn));
    return text;
}

QString edgeSentence(const Edge &edge)
{
    QString layout;
    switch (edge.layout) {
    case EdgeLayout::Single:
        layout = QCoreApplication::translate("ReportBuilder", "A single Edge Server");
        break;
    case EdgeLayout::ScaledDns:
        layout = QCoreApplication::translate("ReportBuilder", "A scaled Edge pool with DNS load balancing");
        break;
    case EdgeLayout::ScaledHardware:
        layout =
            QCoreApplication::translate("ReportBuilder", "A scaled Edge pool behind hardware load balancers");
        break;
    }
    //: Follows "A single Edge Server" or "A scaled Edge pool …"; %2 is "2 servers".
    QString text = layout + QCoreApplication::translate("ReportBuilder", ", internal FQDN <b>%1</b>, %2. ")
                                .arg(esc(edge.internalFqdn),
                                     plural(edge.servers.size(),
                                            QCoreApplication::translate("ReportBuilder", "%1 server"),
                                            QCoreApplication::translate("ReportBuilder", "%1 servers")));
    text += edge.nat ? QCoreApplication::translate(
                           "ReportBuilder",
                           "The public addresses are translated by NAT: external DNS publishes the "
                           "public addresses, the servers' own (private) addresses are listed for "
                           "reference only. ")
                     : QCoreApplication::translate(
                           "ReportBuilder", "No NAT: the external interfaces carry the public addresses. ");
    QStringList servers;
    for (const EdgeServer &s : edge.servers) {
        //: One Edge server: %1 is its FQDN, %2–%5 its addresses.
        QString line = QCoreApplication::translate("ReportBuilder",
                                                   "%1: internal %2; access %3, web conferencing %4, A/V %5")
                           .arg(esc(s.fqdn), orDash(addresses(s.internalIpv4, s.internalIpv6)),
                                orDash(addresses(s.accessIpv4, s.accessIpv6)),
                                orDash(addresses(s.webConferencingIpv4, s.webConferencingIpv6)),
                                orDash(addresses(s.avIpv4, s.avIpv6)));
        if (edge.nat &&
            !QString(s.privateAccessIpv4 + s.privateWebConferencingIpv4 + s.privateAvIpv4).isEmpty())
            line += QCoreApplication::translate("ReportBuilder", " (private %1, %2, %3)")
                        .arg(orDash(s.privateAccessIpv4), orDash(s.privateWebConferencingIpv4),
                             orDash(s.privateAvIpv4));
        servers << line;
    }
    if (!servers.isEmpty())
        //: %1 is the list of Edge servers, separated by "; ".
        text += QCoreApplication::translate("ReportBuilder", "Servers: %1.")
                    .arg(servers.join(QStringLiteral("; ")));
    if (edge.vips)
        text +=
            QCoreApplication::translate(
                "ReportBuilder", " Load balancer VIPs: internal %1, access %2, web conferencing %3, A/V %4.")
                .arg(orDash(addresses(edge.vips->internal, edge.vips->internalIpv6)),
                     orDash(addresses(edge.vips->access, edge.vips->accessIpv6)),
                     orDash(addresses(edge.vips->webConferencing, edge.vips->webConferencingIpv6)),
                     orDash(addresses(edge.vips->av, edge.vips->avIpv6)));
    return text;
}

QStringList featureList(const Plan &plan)
{
    QStringList features;
    if (plan.autodiscover.enabled)
        //: %1 is the record type, CNAME or A.
        features << QCoreApplication::translate("ReportBuilder", "Autodiscover (lyncdiscover as %1 record)")
                        .arg(plan.autodiscover.recordType == AutodiscoverType::Cname ? QStringLiteral("CNAME")
                                                                                     : QStringLiteral("A"));
    if (plan.federation.enabled)
        features << (plan.federation.discoverable
                         ? QCoreApplication::translate("ReportBuilder",
                                                       "federation, discoverable by partners")
                         : QCoreApplication::translate("ReportBuilder", "federation (not discoverable)"));
    if (plan.pushNotifications)
        features << QCoreApplication::translate("ReportBuilder", "push notifications for mobile clients");
    if (plan.xmppFqdn)
        features << QCoreApplication::translate("ReportBuilder", "XMPP gateway %1").arg(esc(*plan.xmppFqdn));
    QStringList legacy;
    if (plan.legacyDiscovery.srv)
        legacy << QStringLiteral("SRV");
    if (plan.legacyDiscovery.tcp)
        legacy << QStringLiteral("TCP");
    if (plan.legacyDiscovery.hostRecords)
        legacy << QCoreApplication::translate("ReportBuilder", "host records");
    if (!legacy.isEmpty())
        features << QCoreApplication::translate("ReportBuilder", "legacy client discovery (%1)")
                        .arg(legacy.join(QStringLiteral(", ")));
    if (!plan.devices.ntpServer.isEmpty())
        features << QCoreApplication::translate("ReportBuilder", "NTP for desk phones (%1)")
                        .arg(esc(plan.devices.ntpServer));
    if (plan.devices.deviceUpdates)
        features << QCoreApplication::translate("ReportBuilder", "device updates");
    return features;
}

QString th(const char *width, const QString &text)
{
    return QStringLiteral("<th width=\"%1\">%2</th>").arg(QLatin1String(width), text);
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th class=\"label\">%1</th><td>%2</td></tr>\n").arg(label, valueHtml);
}

// A row of the topology: the same label width in every site's table, so they read as one.
QString factRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th class=\"label\" width=\"17%\">%1</th><td>%2</td></tr>\n")
        .arg(label, valueHtml);
}

QString statusMeaning(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Ok:
        return QCoreApplication::translate("ReportBuilder", "the server returns exactly the expected data");
    case CheckStatus::Missing:
        return QCoreApplication::translate("ReportBuilder",
                                           "the name does not exist, or has no data of that type");
    case CheckStatus::Mismatch:
        return QCoreApplication::translate("ReportBuilder",
                                           "data of that type exists, but none of it is expected");
    case CheckStatus::Partial:
        return QCoreApplication::translate("ReportBuilder", "some expected values are there, some are not");
    case CheckStatus::Extra:
        return QCoreApplication::translate("ReportBuilder",
                                           "every expected value is there, plus unexpected ones");
    case CheckStatus::Exposed:
        return QCoreApplication::translate("ReportBuilder",
                                           "a name that must not resolve in this location resolves");
    case CheckStatus::Unreachable:
        return QCoreApplication::translate("ReportBuilder", "the server did not answer in time");
    case CheckStatus::Error:
        return QCoreApplication::translate("ReportBuilder",
                                           "the server failed (SERVFAIL, REFUSED, malformed answer)");
    }
    return {};
}

QString dateTime(const QDateTime &t)
{
    return t.isValid() ? esc(t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))) : QStringLiteral("&#8212;");
}

// "10.0.0.53, 10.2.0.53, 192.0.2.53": every server asked, internal first.
QString checkedServers(const CheckReport &report)
{
    QStringList addresses;
    for (Location l : {Location::Internal, Location::External})
        for (const ServerInfo &s : report.servers(l))
            addresses << s.address;
    return addresses.join(QStringLiteral(", "));
}

// When the check ran: its start, else when the report was made.
QString checkDate(const ReportInput &in)
{
    const QDateTime when = in.check && in.check->started.isValid() ? in.check->started : in.generated;
    return when.toString(QStringLiteral("yyyy-MM-dd"));
}

constexpr TlsStatus kTlsStatuses[] = {TlsStatus::Unreachable, TlsStatus::Error,      TlsStatus::Untrusted,
                                      TlsStatus::Expired,     TlsStatus::WrongUsage, TlsStatus::NameMissing,
                                      TlsStatus::Ok};

// "10 endpoints: 1 untrusted, 9 ok": the statuses in precedence order.
QString tlsCounts(const QList<TlsResult> &results)
{
    QStringList parts;
    for (TlsStatus s : kTlsStatuses) {
        const auto n = std::count_if(results.cbegin(), results.cend(),
                                     [s](const TlsResult &r) { return r.status == s; });
        if (n > 0)
            //: A count of TLS endpoints with one status; %1 the number, %2 the status.
            parts << QCoreApplication::translate("ReportBuilder", "%1 %2", "TLS status count")
                         .arg(n)
                         .arg(tlsStatusLowerLabel(s));
    }
    const QString endpoints =
        plural(results.size(), QCoreApplication::translate("ReportBuilder", "%1 endpoint"),
               QCoreApplication::translate("ReportBuilder", "%1 endpoints"));
    return parts.isEmpty() ? endpoints
                           //: %1 is "10 endpoints", %2 the counts per status.
                           : QCoreApplication::translate("ReportBuilder", "%1: %2")
                                 .arg(endpoints, parts.join(QStringLiteral(", ")));
}

const char *kStyle = R"(
body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1a1a1a; }
h1 { font-size: 20pt; color: #1f3b5c; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 14pt; color: #1f3b5c; margin-top: 0; margin-bottom: 6px; }
h3 { font-size: 10.5pt; color: #1f3b5c; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 0; margin-bottom: 6px; }
.subtitle { font-size: 12pt; color: #4a5a6a; margin-bottom: 14px; }
.section { page-break-before: always; }
.note { color: #4a5a6a; font-size: 8pt; }
td.zone { background-color: #dfe7ef; color: #1f3b5c; font-size: 9.5pt; font-weight: bold; }
.pin { color: #8a4b00; font-size: 8pt; font-weight: bold; }
.count { color: #4a5a6a; font-size: 8pt; font-weight: normal; }
table.grid { margin-top: 10px; }
/* No cell borders on the big tables: Qt lays out collapsed borders by asking every cell for its
   neighbours, which doubles the time of a 5,000-record report. Zebra rows separate records. */
table.grid th { background-color: #1f3b5c; color: #ffffff; font-weight: bold; font-size: 8pt; text-align: left; }
table.grid td { font-size: 8pt; vertical-align: top; }
table.facts { border-collapse: collapse; border-color: #c5cdd6; border-style: solid; }
table.facts th.label { background-color: #e8edf2; color: #1f3b5c; text-align: left; font-weight: bold; }
table.facts td { vertical-align: top; }
td.reason { color: #4a5a6a; font-size: 7.5pt; }
tr.alt td { background-color: #f2f5f8; }
td.num { text-align: right; }
.error { color: #b00020; font-weight: bold; }
.warning { color: #a05a00; font-weight: bold; }
.info { color: #1f5c99; font-weight: bold; }
.ok { color: #1e7b34; font-weight: bold; }
.bad { color: #b00020; font-weight: bold; }
.unanswered { color: #5c4a8a; font-weight: bold; }
table.evidence td { font-size: 8pt; vertical-align: top; }
table.evidence td.where { color: #4a5a6a; font-size: 7.5pt; }
table.evidence td.fix { color: #1a1a1a; font-size: 8pt; }
table.evidence td.group { padding-top: 12px; padding-bottom: 4px; }
.grouptitle { font-size: 10.5pt; color: #1f3b5c; font-weight: bold; }
table.evidence td.gap { font-size: 2pt; background-color: #c5cdd6; padding: 0; }
.small { font-size: 7pt; font-weight: normal; }
.cmd { font-family: 'DejaVu Sans Mono'; font-size: 7.5pt; color: #1a1a1a; }
)";

// Rows between two row breaks in a long table: small enough that the renderer can cut a table
// near where it wants, large enough that the markers cost nothing.
constexpr int kRowsBetweenBreaks = 25;

// A row break after every kRowsBetweenBreaks rows (counting from 1), never after the last one.
void appendRowBreak(QString &html, int rowsDone, qsizetype rowsTotal)
{
    if (rowsDone % kRowsBetweenBreaks == 0 && rowsDone < rowsTotal)
        html += kReportRowBreak;
}

// The CSS class: the severity keyword, never translated.
QString severityClass(Severity s)
{
    return severityName(s);
}

void appendCover(QString &html, const ReportInput &in)
{
    const Plan &plan = *in.plan;
    html += QStringLiteral("<h1>%1</h1>\n")
                .arg(plan.title.isEmpty() ? QCoreApplication::translate("ReportBuilder", "Untitled plan")
                                          : esc(plan.title));
    html += QStringLiteral("<p class=\"subtitle\">%1</p>\n")
                .arg(in.check
                         //: The subtitle of a report made from a check; %1 its date, %2 the servers asked.
                         ? QCoreApplication::translate(
                               "ReportBuilder", "DNS check evidence of %1 from %2, with the planned records")
                               .arg(esc(checkDate(in)), esc(checkedServers(*in.check)))
                         : QCoreApplication::translate("ReportBuilder", "DNS records hand-over report"));
    int internal = 0, external = 0;
    for (const DnsRecord &r : in.records)
        ++(r.location == Location::Internal ? internal : external);
    int counts[3] = {0, 0, 0};
    for (const Finding &f : in.findings)
        ++counts[static_cast<int>(f.severity)];

    html += QStringLiteral(
        "<table class=\"facts\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n");
    html += row(QCoreApplication::translate("ReportBuilder", "Product"), esc(productLabel(plan.product)));
    html += row(QCoreApplication::translate("ReportBuilder", "SIP domains"),
                esc(plan.sipDomains.join(QStringLiteral(", "))) +
                    QStringLiteral(" <span class=\"note\">%1</span>")
                        .arg(QCoreApplication::translate("ReportBuilder", "(primary: %1)")
                                 .arg(esc(plan.primarySipDomain()))));
    if (!in.planFileName.isEmpty())
        html += row(QCoreApplication::translate("ReportBuilder", "Plan file"), esc(in.planFileName));
    html += row(
        QCoreApplication::translate("ReportBuilder", "Records"),
        QCoreApplication::translate("ReportBuilder", "%1 internal, %2 external").arg(internal).arg(external));
    html += row(QCoreApplication::translate("ReportBuilder", "Validation"),
                QCoreApplication::translate("ReportBuilder", "%1, %2, %3")
                    .arg(plural(counts[0], QCoreApplication::translate("ReportBuilder", "%1 error"),
                                QCoreApplication::translate("ReportBuilder", "%1 errors")),
                         plural(counts[1], QCoreApplication::translate("ReportBuilder", "%1 warning"),
                                QCoreApplication::translate("ReportBuilder", "%1 warnings")),
                         plural(counts[2], QCoreApplication::translate("ReportBuilder", "%1 note"),
                                QCoreApplication::translate("ReportBuilder", "%1 notes"))));
    if (in.check) {
        const auto count = [&in](bool (*which)(const CheckResult &)) {
            return static_cast<int>(
                std::count_if(in.check->results.cbegin(), in.check->results.cend(), which));
        };
        html +=
            row(QCoreApplication::translate("ReportBuilder", "On-site check"),
                //: %1 is "12 records", %2 and %3 numbers, %4 the host the check ran on.
                QCoreApplication::translate("ReportBuilder", "%1 checked: %2 problems, %3 notices, from %4")
                    .arg(plural(in.check->results.size(),
                                QCoreApplication::translate("ReportBuilder", "%1 record"),
                                QCoreApplication::translate("ReportBuilder", "%1 records")))
                    .arg(count(&isProblem))
                    .arg(count(&isNotice))
                    .arg(orDash(in.hostName)));
        if (in.tls)
            html +=
                row(QCoreApplication::translate("ReportBuilder", "Certificates (TLS)"), tlsCounts(*in.tls));
    }
    html += row(QCoreApplication::translate("ReportBuilder", "Generated"), dateTime(in.generated));
    html += row(QCoreApplication::translate("ReportBuilder", "Tool"),
                QStringLiteral("Lync DNS Planner %1").arg(QLatin1String(LYNCDNS_VERSION)));
    html += QStringLiteral("</table>\n");
}

// What an estate-wide fact adds to one pool's sentence: only where the estate has a choice (more
// than one reverse proxy or Edge pool), so a one-site plan reads as it always did.
QString poolLine(const Plan &plan, const PoolRef &ref)
{
    QString text = poolSentence(*ref.pool, ref.kind == PoolKind::Director);
    if (!ref.pool->pairedWith.isEmpty())
        //: %1 is the FQDN of the backup pool (pool pairing).
        text += QCoreApplication::translate("ReportBuilder", " Paired with %1 for disaster recovery.")
                    .arg(esc(ref.pool->pairedWith));
    if (allReverseProxies(plan).size() > 1) {
        if (const ProxyRef proxy = reverseProxyFor(plan, ref))
            //: %1 is the name of a reverse proxy.
            text += QCoreApplication::translate("ReportBuilder", " Published by reverse proxy %1.")
                        .arg(esc(proxy.proxy->name));
        else if (!ref.pool->reverseProxy.isEmpty())
            text += QCoreApplication::translate(
                        "ReportBuilder", " Published by reverse proxy %1, which the plan does not hold.")
                        .arg(esc(ref.pool->reverseProxy));
    }
    if (ref.kind == PoolKind::FrontEnd && allEdgePools(plan).size() > 1) {
        if (const EdgeRef edge = edgePoolFor(plan, ref))
            //: %1 is the internal FQDN of an Edge pool.
            text += QCoreApplication::translate("ReportBuilder", " Media through Edge pool %1.")
                        .arg(esc(edge.edge->internalFqdn));
        else if (!ref.pool->edgePool.isEmpty())
            text += QCoreApplication::translate("ReportBuilder",
                                                " Media through Edge pool %1, which the plan does not hold.")
                        .arg(esc(ref.pool->edgePool));
    }
    return text;
}

// With several Edge pools, which one clients try first and which routes federation and XMPP.
QString edgeLine(const Plan &plan, const EdgeRef &ref)
{
    QString text = edgeSentence(*ref.edge);
    const QList<EdgeRef> all = allEdgePools(plan);
    if (all.size() < 2)
        return text;
    const auto same = [&ref](const EdgeRef &e) { return e.edge == ref.edge; };
    //: The public names of one Edge pool; %1–%3 are FQDNs.
    text +=
        QCoreApplication::translate("ReportBuilder", " Access %1, web conferencing %2, A/V %3.")
            .arg(esc(effectiveAccessFqdn(plan, *ref.edge)),
                 esc(effectiveWebConferencingFqdn(plan, *ref.edge)), esc(effectiveAvFqdn(plan, *ref.edge)));
    const EdgeRef primary = primaryEdgePool(plan);
    text += (primary && same(primary)
                 //: %1 is the SRV priority of this Edge pool's _sip._tls record.
                 ? QCoreApplication::translate("ReportBuilder",
                                               " Remote access priority %1: the primary Edge pool.")
                 : QCoreApplication::translate("ReportBuilder", " Remote access priority %1."))
                .arg(ref.edge->remoteAccessPriority);
    const QList<EdgeRef> federation = federationEdgePools(plan);
    if (std::any_of(federation.cbegin(), federation.cend(), same))
        text += QCoreApplication::translate("ReportBuilder", " Federation route.");
    if (plan.xmppFqdn) {
        const QList<EdgeRef> xmpp = xmppEdgePools(plan);
        if (std::any_of(xmpp.cbegin(), xmpp.cend(), same))
            //: %1 is the SRV priority of this Edge pool's _xmpp-server record.
            text += QCoreApplication::translate("ReportBuilder", " XMPP proxy, priority %1.")
                        .arg(ref.edge->xmppPriority);
    }
    return text;
}

QString serverPoolLine(const ServerPool &pool)
{
    //: %1 is a pool FQDN, %2 the list of its servers.
    return QCoreApplication::translate("ReportBuilder", "Pool %1 (%2)")
        .arg(esc(pool.fqdn), serverList(pool.servers));
}

QString officeWebAppsLine(const OfficeWebApps &farm)
{
    QString text =
        QCoreApplication::translate("ReportBuilder", "Office Web Apps Server %1 (internal), %2 (external)")
            .arg(orDash(farm.internalFqdn), orDash(farm.externalFqdn));
    const QString vip = addresses(farm.internalIpv4, farm.internalIpv6);
    if (!vip.isEmpty())
        //: After an Office Web Apps farm's names; %1 is its internal address (the VIP, or its one server).
        text += QCoreApplication::translate("ReportBuilder", ", internal address %1").arg(esc(vip));
    if (!farm.servers.isEmpty())
        text += QCoreApplication::translate("ReportBuilder", ". Servers: %1.").arg(serverList(farm.servers));
    return text;
}

QString simpleUrlsLine(const Plan &plan, const SimpleUrls &urls)
{
    return QCoreApplication::translate("ReportBuilder", "Meet %1; dial-in %2; admin %3")
        .arg(esc(effectiveMeetUrls(plan, urls).join(QStringLiteral(", "))),
             esc(effectiveDialinUrl(plan, urls)),
             urls.admin.isEmpty() ? QCoreApplication::translate("ReportBuilder", "none") : esc(urls.admin));
}

// A heading row inside a facts table: the site the rows below it describe.
QString headingRow(const QString &textHtml)
{
    return QStringLiteral("<tr><td class=\"zone\" colspan=\"2\">%1</td></tr>\n").arg(textHtml);
}

QString factsTableStart()
{
    return QStringLiteral(
        "<table class=\"facts\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n");
}

// The rows of one kind of pool: a row for each, or one saying what its absence means (none empty:
// no row at all).
template<typename List, typename Line>
QString rowsOf(const QString &label, const List &items, Line &&line, const QString &none)
{
    QString out;
    for (const auto &item : items)
        out += factRow(label, line(item));
    return out.isEmpty() && !none.isEmpty() ? factRow(label, none) : out;
}

// One site's table: its pools, Edge pools, proxies and farms. The "None" sentences keep their
// single-site meaning where the whole estate lacks the role, and say "at this site" otherwise.
void appendSite(QString &html, const Plan &plan, qsizetype s)
{
    const Site &site = plan.sites.at(s);
    html += kReportBlockBreak + factsTableStart();
    //: The heading of one central site, in the topology and above its records; %1 is its name.
    html += headingRow(esc(QCoreApplication::translate("ReportBuilder", "%1 (central site)").arg(site.name)));
    const QString noneHere = QCoreApplication::translate("ReportBuilder", "None at this site.");
    QList<PoolRef> frontEnds, directors;
    for (const PoolRef &p : allPools(plan))
        if (p.site == s)
            (p.kind == PoolKind::Director ? directors : frontEnds) << p;
    const auto pool = [&plan](const PoolRef &p) { return poolLine(plan, p); };
    html += rowsOf(QCoreApplication::translate("ReportBuilder", "Front End"), frontEnds, pool, noneHere);
    html += rowsOf(
        QCoreApplication::translate("ReportBuilder", "Director"), directors, pool,
        directorPools(plan).isEmpty()
            ? QCoreApplication::translate("ReportBuilder", "None: clients sign in to the Front End directly.")
            : noneHere);
    QList<EdgeRef> edges;
    for (const EdgeRef &e : allEdgePools(plan))
        if (e.site == s)
            edges << e;
    html += rowsOf(
        QCoreApplication::translate("ReportBuilder", "Edge"), edges,
        [&plan](const EdgeRef &e) { return edgeLine(plan, e); },
        hasEdge(plan) ? noneHere
                      : QCoreApplication::translate("ReportBuilder", "None: no remote, federated or "
                                                                     "anonymous access."));
    const bool severalProxies = allReverseProxies(plan).size() > 1;
    const auto proxy = [severalProxies](const ReverseProxy &p) -> QString {
        const QString where = orDash(addresses(p.publicIpv4, p.publicIpv6));
        return severalProxies
                   //: %1 is the reverse proxy's name, %2 its public addresses.
                   ? QCoreApplication::translate("ReportBuilder", "%1 publishes external web services at %2.")
                         .arg(QStringLiteral("<b>%1</b>").arg(esc(p.name)), where)
                   : QCoreApplication::translate("ReportBuilder",
                                                 "Publishes the external web services at %1.")
                         .arg(where);
    };
    html += rowsOf(QCoreApplication::translate("ReportBuilder", "Reverse proxy"), site.reverseProxies, proxy,
                   hasReverseProxy(plan)
                       ? noneHere
                       : QCoreApplication::translate("ReportBuilder",
                                                     "None: the external web services are not published."));
    html += rowsOf(QCoreApplication::translate("ReportBuilder", "Office Web Apps"), site.officeWebApps,
                   officeWebAppsLine, QString());
    html += rowsOf(QCoreApplication::translate("ReportBuilder", "Persistent Chat"), site.persistentChatPools,
                   serverPoolLine, QString());
    html += rowsOf(QCoreApplication::translate("ReportBuilder", "Mediation"), site.mediationPools,
                   serverPoolLine, QString());
    if (site.simpleUrls)
        //: The simple URLs of one site (site scope), beside the global ones.
        html += factRow(QCoreApplication::translate("ReportBuilder", "Site simple URLs"),
                        simpleUrlsLine(plan, *site.simpleUrls));
    html += QStringLiteral("</table>\n");
}

void appendBranchSites(QString &html, const Plan &plan)
{
    if (plan.branchSites.isEmpty())
        return;
    html += kReportBlockBreak + factsTableStart();
    html += headingRow(QCoreApplication::translate("ReportBuilder", "Branch sites"));
    for (const BranchSite &branch : plan.branchSites)
        html += factRow(
            esc(branch.name),
            //: %1 is the central site a branch site depends on, %2 its Survivable Branch Appliances.
            QCoreApplication::translate("ReportBuilder", "Central site %1. Survivable Branch Appliances: %2.")
                .arg(orDash(branch.centralSite), branch.survivableBranches.isEmpty()
                                                     ? QCoreApplication::translate("ReportBuilder", "none")
                                                     : serverList(branch.survivableBranches)));
    html += QStringLiteral("</table>\n");
}

// Sign-in is worth a row only where there is a choice: several pools, or signIn set by hand.
QString signInLine(const Plan &plan)
{
    const SignIn defaults;
    if (plan.sites.size() < 2 && frontEndPools(plan).size() < 2 && directorPools(plan).size() < 2 &&
        plan.signIn == defaults)
        return {};
    const PoolRef signIn = signInPool(plan);
    //: %1 is the FQDN of the pool that takes automatic sign-in.
    QString text =
        QCoreApplication::translate("ReportBuilder", "Clients sign in through %1")
            .arg(signIn ? QStringLiteral("<b>%1</b>").arg(esc(signIn.pool->fqdn)) : orDash(plan.signIn.pool));
    QStringList backups;
    for (const PoolRef &p : backupPools(plan))
        backups << esc(p.pool->fqdn);
    if (!backups.isEmpty())
        //: %1 is a list of pools, tried in that order when the sign-in pool fails.
        text +=
            QCoreApplication::translate("ReportBuilder", ", then %1").arg(backups.join(QStringLiteral(", ")));
    text +=
        plan.signIn.srvTarget == SrvTargetStyle::Sip
            ? QCoreApplication::translate("ReportBuilder", "; SRV records point at sip.&lt;SIP domain&gt;")
            : QCoreApplication::translate("ReportBuilder",
                                          "; SRV records point at &lt;pool name&gt;.&lt;SIP domain&gt;");
    const PoolRef web = webPool(plan);
    //: %1 is the FQDN of the pool whose web services take Autodiscover and the simple URLs.
    text += QCoreApplication::translate("ReportBuilder", "; Autodiscover and simple URLs through %1.")
                .arg(web ? esc(web.pool->fqdn) : orDash(plan.signIn.webPool));
    return text;
}

QString geoDnsModeLabel(GeoDnsMode mode)
{
    return mode == GeoDnsMode::Failover
               ? QCoreApplication::translate("ReportBuilder",
                                             "failover: the first pool, the next when it fails")
               : QCoreApplication::translate("ReportBuilder", "round robin between the pools");
}

// A migration phase in words, as the topology and the Migration section say it.
QString phaseWords(MigrationPhase phase)
{
    switch (phase) {
    case MigrationPhase::OnPrem:
        return QCoreApplication::translate("ReportBuilder", "on premises");
    case MigrationPhase::Hybrid:
        return QCoreApplication::translate("ReportBuilder", "hybrid with Microsoft 365");
    case MigrationPhase::TeamsOnly:
        return QCoreApplication::translate("ReportBuilder", "Teams only");
    }
    return {};
}

QString migrationLine(const Migration &m)
{
    //: %1 the migration phase, %2 the cloud keyword, %3 the SIP domains moved.
    return QCoreApplication::translate("ReportBuilder", "Phase %1, cloud %2, SIP domains moved: %3.")
        .arg(phaseWords(m.phase), esc(keyword(m.cloud)),
             m.domains.isEmpty() ? QCoreApplication::translate("ReportBuilder", "all")
                                 : esc(m.domains.join(QStringLiteral(", "))));
}

QString dnsLine(const Plan &plan)
{
    QString text =
        QCoreApplication::translate("ReportBuilder", "%1; TTL %2 s; IPv6 %3.")
            .arg(plan.dns.splitBrain
                     ? QCoreApplication::translate("ReportBuilder",
                                                   "Split-brain DNS: internal zones for the SIP domains")
                     : QCoreApplication::translate("ReportBuilder",
                                                   "No internal zones for the SIP domains: pin-point "
                                                   "zones hold the internal names"))
            .arg(plan.dns.ttl)
            .arg(plan.dns.ipv6 ? QCoreApplication::translate("ReportBuilder", "on (AAAA records)")
                               : QCoreApplication::translate("ReportBuilder", "off"));
    QStringList other;
    for (const QString &d : plan.sipDomains)
        if (plan.splitBrainFor(d) != plan.dns.splitBrain)
            other << esc(d);
    if (!other.isEmpty())
        text +=
            (plan.dns.splitBrain
                 //: %1 is a list of SIP domains.
                 ? QCoreApplication::translate("ReportBuilder", " Without split-brain (pin-point zones): %1.")
                 : QCoreApplication::translate("ReportBuilder", " With split-brain (internal zones): %1."))
                .arg(other.join(QStringLiteral(", ")));
    return text;
}

void appendTopology(QString &html, const Plan &plan)
{
    html += QStringLiteral("<h3>%1</h3>\n").arg(QCoreApplication::translate("ReportBuilder", "Topology"));
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        appendSite(html, plan, s);
    appendBranchSites(html, plan);
    html += kReportBlockBreak + factsTableStart();
    //: The heading of the topology's estate-wide facts, after the sites.
    html += headingRow(QCoreApplication::translate("ReportBuilder", "Whole estate"));
    const QString signIn = signInLine(plan);
    if (!signIn.isEmpty())
        html += factRow(QCoreApplication::translate("ReportBuilder", "Sign-in"), signIn);
    html += factRow(QCoreApplication::translate("ReportBuilder", "Simple URLs"),
                    simpleUrlsLine(plan, plan.simpleUrls));
    if (plan.geoDns)
        html += factRow(QStringLiteral("GeoDNS"),
                        //: %1 the GeoDNS zone, %2 its pools, %3 how the GeoDNS device chooses between them.
                        QCoreApplication::translate("ReportBuilder", "Zone %1 over the pools %2; %3.")
                            .arg(esc(plan.geoDns->zone), esc(plan.geoDns->pools.join(QStringLiteral(", "))),
                                 geoDnsModeLabel(plan.geoDns->mode)));
    if (plan.migration)
        html += factRow(QCoreApplication::translate("ReportBuilder", "Migration to Teams"),
                        migrationLine(*plan.migration));
    html += factRow(QCoreApplication::translate("ReportBuilder", "DNS"), dnsLine(plan));
    const QStringList features = featureList(plan);
    html += factRow(QCoreApplication::translate("ReportBuilder", "Features"),
                    features.isEmpty() ? QCoreApplication::translate("ReportBuilder", "none")
                                       : features.join(QStringLiteral("; ")) + QLatin1Char('.'));
    html += QStringLiteral("</table>\n");
}

// The header row of one zone's table: the zone, and the group (site) it belongs to.
struct ZoneHeading
{
    QString zone;
    QString group;
    bool pinPoint = false;
    bool breakBefore = true; // false right below the group's heading: keep the two together
};

// One table per zone; the zone's name is a header row, so it repeats on every page and never
// stays behind at the bottom of a page without its records.
void appendZoneTable(QString &html, const ZoneHeading &heading, const RecordSet &records)
{
    const bool hasSrv = std::any_of(records.cbegin(), records.cend(),
                                    [](const DnsRecord &r) { return r.type == RecordType::SRV; });
    const int columns = hasSrv ? 7 : 4;
    if (heading.breakBefore)
        html += kReportBlockBreak;
    const QString group = esc(heading.group);
    html +=
        QStringLiteral(
            "<table class=\"grid\" width=\"100%\" border=\"0\" cellspacing=\"0\" "
            "cellpadding=\"3\">\n<thead><tr><td class=\"zone\" colspan=\"%1\">%2%3</td></tr>\n<tr>")
            .arg(columns)
            //: The heading of one zone's table; %1 is the zone's name.
            .arg(QCoreApplication::translate("ReportBuilder", "Zone %1").arg(esc(heading.zone)),
                 heading.pinPoint
                     ? QStringLiteral(
                           " &#160; <span class=\"pin\">%1</span> <span class=\"count\">&#183; %2</span>")
                           .arg(QCoreApplication::translate("ReportBuilder", "pin-point zone"), group)
                     : QStringLiteral(" &#160; <span class=\"count\">%1 &#183; %2</span>")
                           .arg(group, plural(records.size(),
                                              QCoreApplication::translate("ReportBuilder", "%1 record"),
                                              QCoreApplication::translate("ReportBuilder", "%1 records"))));
    const QString name = QCoreApplication::translate("ReportBuilder", "Name");
    const QString type = QCoreApplication::translate("ReportBuilder", "Type");
    //: Time to live, the DNS record field.
    const QString ttl = QCoreApplication::translate("ReportBuilder", "TTL");
    if (hasSrv)
        html += th("36%", name) + th("7%", type) +
                th("9%", QCoreApplication::translate("ReportBuilder", "Priority")) +
                th("8%", QCoreApplication::translate("ReportBuilder", "Weight")) +
                th("6%", QCoreApplication::translate("ReportBuilder", "Port")) +
                th("27%", QCoreApplication::translate("ReportBuilder", "Data / target")) + th("7%", ttl);
    else
        html += th("42%", name) + th("8%", type) +
                th("42%", QCoreApplication::translate("ReportBuilder", "Data")) + th("8%", ttl);
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    const QString required = QCoreApplication::translate("ReportBuilder", "Required");
    const QString optional = QCoreApplication::translate("ReportBuilder", "Optional");
    int index = 0;
    for (const DnsRecord &r : records) {
        const QString rowClass = (index++ % 2) ? QStringLiteral(" class=\"alt\"") : QString();
        html +=
            QStringLiteral("<tr%1><td>%2</td><td>%3</td>").arg(rowClass, esc(r.name), recordTypeName(r.type));
        if (r.type == RecordType::SRV) {
            const SrvData srv = r.srv();
            html +=
                QStringLiteral("<td class=\"num\">%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td>"
                               "<td>%4</td>")
                    .arg(srv.priority)
                    .arg(srv.weight)
                    .arg(srv.port)
                    .arg(esc(srv.target));
        } else {
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(hasSrv ? QStringLiteral(" colspan=\"4\"") : QString(), esc(r.data));
        }
        html += QStringLiteral("<td class=\"num\">%1</td></tr>\n").arg(r.ttl);
        html += QStringLiteral(
                    "<tr%1><td class=\"reason\" colspan=\"%2\"><b>%3</b> &#183; %4 &#183; %5</td></tr>\n")
                    .arg(rowClass)
                    .arg(columns)
                    .arg(r.required ? required : optional, esc(r.requirement), esc(r.reason));
        appendRowBreak(html, index, records.size());
    }
    html += QStringLiteral("</tbody></table>\n");
}

// The heading of one group of records: the per-domain records, or the records of one site.
QString groupTitle(const Plan &plan, const QString &site)
{
    if (site.isEmpty())
        //: The heading above the records that exist once per SIP domain (sign-in, Autodiscover, …).
        return QCoreApplication::translate("ReportBuilder", "Every SIP domain");
    const bool branch =
        findSite(plan, site) < 0 && std::any_of(plan.branchSites.cbegin(), plan.branchSites.cend(),
                                                [&site](const BranchSite &b) { return b.name == site; });
    //: The heading above a branch site's records; %1 is its name.
    return branch ? QCoreApplication::translate("ReportBuilder", "%1 (branch site)").arg(site)
                  : QCoreApplication::translate("ReportBuilder", "%1 (central site)").arg(site);
}

// The groups in reading order: per-domain records first (site empty), then the central sites and
// the branch sites in plan order, then any other site name alphabetically.
QList<QString> groupOrder(const Plan &plan, const QMap<QString, RecordSet> &groups)
{
    QList<QString> order;
    const auto take = [&](const QString &name) {
        if (groups.contains(name) && !order.contains(name))
            order << name;
    };
    take(QString());
    for (const Site &s : plan.sites)
        take(s.name);
    for (const BranchSite &b : plan.branchSites)
        take(b.name);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        take(it.key());
    return order;
}

void appendRecords(QString &html, const Plan &plan, const RecordSet &all, Location location)
{
    RecordSet records;
    for (const DnsRecord &r : all)
        if (r.location == location)
            records << r;
    std::stable_sort(records.begin(), records.end(), recordLessThan);
    const bool internal = location == Location::Internal;
    html += kReportBlockBreak;
    html += QStringLiteral("<h2 class=\"section\">%1</h2>\n")
                .arg(internal ? QCoreApplication::translate("ReportBuilder", "Internal DNS records")
                              : QCoreApplication::translate("ReportBuilder", "External DNS records"));
    html +=
        QStringLiteral("<p>%1</p>\n")
            .arg(internal
                     ? plural(records.size(),
                              QCoreApplication::translate("ReportBuilder",
                                                          "%1 record. To be created on the internal DNS "
                                                          "servers, grouped by site, then by the zone that "
                                                          "holds them."),
                              QCoreApplication::translate("ReportBuilder",
                                                          "%1 records. To be created on the internal DNS "
                                                          "servers, grouped by site, then by the zone that "
                                                          "holds them."))
                     : plural(records.size(),
                              QCoreApplication::translate(
                                  "ReportBuilder", "%1 record. To be created on the external "
                                                   "(public) DNS servers, grouped by site, then by the "
                                                   "zone that holds them."),
                              QCoreApplication::translate(
                                  "ReportBuilder", "%1 records. To be created on the external "
                                                   "(public) DNS servers, grouped by site, then by the "
                                                   "zone that holds them.")));
    if (records.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n").arg(QCoreApplication::translate("ReportBuilder", "None."));
        return;
    }
    if (std::any_of(records.cbegin(), records.cend(), [](const DnsRecord &r) { return r.pinPoint; }))
        html +=
            QStringLiteral("<p class=\"note\"><b>%1</b>: %2</p>\n")
                .arg(QCoreApplication::translate("ReportBuilder", "Pin-point zones"),
                     QCoreApplication::translate(
                         "ReportBuilder",
                         "Internal DNS has no zone for the SIP domain, so each of these names gets a zone of "
                         "its own, named exactly after it (<i>dnscmd /zoneadd</i> or "
                         "<i>Add-DnsServerPrimaryZone</i>), holding the record at the zone apex."));
    // Per-domain records, then site by site; in each group the ordinary zones first, then the
    // pin-point zones, each alphabetically.
    QMap<QString, RecordSet> groups;
    for (const DnsRecord &r : std::as_const(records))
        groups[r.site] << r;
    for (const QString &site : groupOrder(plan, groups)) {
        const RecordSet &group = *groups.constFind(site);
        const QString title = groupTitle(plan, site);
        html += kReportBlockBreak;
        html += QStringLiteral("<h3>%1 &#160; <span class=\"count\">%2</span></h3>\n")
                    .arg(esc(title),
                         plural(group.size(), QCoreApplication::translate("ReportBuilder", "%1 record"),
                                QCoreApplication::translate("ReportBuilder", "%1 records")));
        QMap<QString, RecordSet> zones, pinZones;
        for (const DnsRecord &r : group)
            (r.pinPoint ? pinZones : zones)[r.zone] << r;
        bool first = true;
        for (const QMap<QString, RecordSet> *tables : {&zones, &pinZones})
            for (auto it = tables->cbegin(); it != tables->cend(); ++it) {
                appendZoneTable(html, {it.key(), title, tables == &pinZones, !first}, it.value());
                first = false;
            }
    }
}

// plan-format.md v2 rule 6: the GeoDNS names are the GeoDNS device's configuration, not zone
// records, so they get a section of their own after the records that alias them.
void appendGeoDns(QString &html, const Plan &plan)
{
    if (!plan.geoDns)
        return;
    const QList<GeoDnsMember> members = geoDnsMembers(plan);
    html += kReportBlockBreak;
    html += QStringLiteral("<h2 class=\"section\">GeoDNS</h2>\n");
    html +=
        QStringLiteral("<p>%1</p>\n")
            .arg(QCoreApplication::translate(
                     "ReportBuilder",
                     "To be configured on the GeoDNS provider for the zone %1, not in the DNS zones above: "
                     "each name answers with one of its members (%2). The Meet, Dial-in and Autodiscover "
                     "names of every SIP domain are CNAMEs to these names.")
                     .arg(esc(plan.geoDns->zone), geoDnsModeLabel(plan.geoDns->mode)));
    if (members.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n").arg(QCoreApplication::translate("ReportBuilder", "None."));
        return;
    }
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"0\" cellspacing=\"0\" "
                           "cellpadding=\"3\">\n<thead><tr>") +
            th("36%", QCoreApplication::translate("ReportBuilder", "GeoDNS name")) +
            th("12%", QCoreApplication::translate("ReportBuilder", "View")) +
            th("36%", QCoreApplication::translate("ReportBuilder", "Member")) +
            th("16%", QCoreApplication::translate("ReportBuilder", "Mode")) +
            QStringLiteral("</tr></thead>\n<tbody>\n");
    int index = 0;
    for (const GeoDnsMember &m : members) {
        html += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg((index++ % 2) ? QStringLiteral(" class=\"alt\"") : QString(), esc(m.name),
                         locationLowerLabel(m.view), esc(m.member), esc(keyword(m.mode)));
        appendRowBreak(html, index, members.size());
    }
    html += QStringLiteral("</tbody></table>\n");
}

// Issue 14: the certificates the names imply (model/certs), for the PKI team. A per-server
// certificate repeats its pool's notes on every server: they are printed once per pool and role.
void appendCertificates(QString &html, const Plan &plan, const RecordSet &records)
{
    const QList<CertificateRequest> certificates = certificateRequests(plan, records);
    html += kReportBlockBreak;
    html += QStringLiteral("<h2 class=\"section\">%1</h2>\n")
                .arg(QCoreApplication::translate("ReportBuilder", "Certificates"));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(QCoreApplication::translate(
                    "ReportBuilder",
                    "One request per server role that needs one, with every name a planned record makes "
                    "clients reach on the server that answers it. Names marked * are not added by the "
                    "certificate wizard: add them to the request by hand (rule R-CERT1). The request "
                    "files for certreq.exe: lyncdns certs PLAN --format inf --dir DIR."));
    if (certificates.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n").arg(QCoreApplication::translate("ReportBuilder", "None."));
        return;
    }
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"0\" cellspacing=\"0\" "
                           "cellpadding=\"3\">\n<thead><tr>") +
            th("24%", QCoreApplication::translate("ReportBuilder", "Certificate")) +
            th("20%", QCoreApplication::translate("ReportBuilder", "Subject")) +
            th("40%", QCoreApplication::translate("ReportBuilder", "Subject alternative names")) +
            th("16%", QCoreApplication::translate("ReportBuilder", "Issuer and key")) +
            QStringLiteral("</tr></thead>\n<tbody>\n");
    const QString internalCa = QCoreApplication::translate("ReportBuilder", "internal CA");
    const QString publicCa = QCoreApplication::translate("ReportBuilder", "public CA");
    const QString exportable = QCoreApplication::translate("ReportBuilder", "exportable key");
    const QString notExportable = QCoreApplication::translate("ReportBuilder", "key not exportable");
    //: %1 a pool FQDN, %2 its servers, comma-separated.
    const QString poolServers = QCoreApplication::translate("ReportBuilder", "%1, one for each server: %2");
    const QString ownName = QCoreApplication::translate("ReportBuilder", "the server's own FQDN");
    // A pool's per-server certificates differ only in the server's FQDN: one row for them all, so
    // the PKI team reads the pool-wide names once (and a big estate's report stays small).
    const auto poolWide = [](const CertificateRequest &r) {
        QStringList names = r.sans;
        names.removeOne(r.server);
        return names;
    };
    QList<std::pair<qsizetype, qsizetype>> groups; // [begin, end) of the requests of one row
    for (qsizetype i = 0; i < certificates.size();) {
        const CertificateRequest &r = certificates.at(i);
        qsizetype end = i + 1;
        if (!r.server.isEmpty()) {
            const QStringList names = poolWide(r);
            while (end < certificates.size() && certificates.at(end).role == r.role &&
                   certificates.at(end).pool == r.pool && !certificates.at(end).server.isEmpty() &&
                   poolWide(certificates.at(end)) == names)
                ++end;
        }
        groups.append({i, end});
        i = end;
    }
    int index = 0;
    for (const auto &[begin, end] : std::as_const(groups)) {
        const CertificateRequest &r = certificates.at(begin);
        QStringList servers;
        if (!r.server.isEmpty())
            for (qsizetype k = begin; k < end; ++k)
                servers << certificates.at(k).server;
        QStringList byHand;
        for (const ManualName &m : r.byHand)
            byHand << m.name;
        QStringList names;
        for (const QString &name : servers.isEmpty() ? r.sans : poolWide(r))
            names << esc(name) + (byHand.contains(name) ? QStringLiteral("*") : QString());
        if (!servers.isEmpty())
            names << QStringLiteral("<i>%1</i>").arg(esc(ownName));
        QString first =
            QStringLiteral("<b>%1</b><br/>%2")
                .arg(esc(certificateRoleTitle(r.role)),
                     esc(servers.isEmpty() ? r.pool
                                           : poolServers.arg(r.pool, servers.join(QStringLiteral(", ")))));
        if (!r.site.isEmpty())
            first += QStringLiteral("<br/><span class=\"note\">%1</span>").arg(esc(r.site));
        QStringList escaped;
        for (const QString &n : r.notes)
            escaped << esc(n);
        const QString notes = escaped.isEmpty() ? QString()
                                                : QStringLiteral("<br/><span class=\"note\">%1</span>")
                                                      .arg(escaped.join(QStringLiteral("<br/>")));
        html +=
            QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4%5</td><td>%6, %7<br/>%8</td></tr>\n")
                .arg((index++ % 2) ? QStringLiteral(" class=\"alt\"") : QString(), first, esc(r.subject),
                     names.join(QStringLiteral(", ")), notes,
                     r.issuer == CertificateIssuer::Public ? publicCa : internalCa,
                     r.exportableKey ? exportable : notExportable, esc(r.usage.join(QStringLiteral(", "))));
        appendRowBreak(html, index, groups.size());
    }
    html += QStringLiteral("</tbody></table>\n");
}

// The CSS class of a change set action: what goes is red, what comes green, a new value orange.
QString changeClass(ChangeAction action)
{
    switch (action) {
    case ChangeAction::Add:
        return QStringLiteral("ok");
    case ChangeAction::Change:
        return QStringLiteral("warning");
    case ChangeAction::Remove:
        return QStringLiteral("bad");
    case ChangeAction::Keep:
        break;
    }
    return {};
}

// One runbook step as a row: title, what it does, its exact commands (monospace, one a line) and
// its warnings.
QString runbookStepRow(const RunbookStep &s, int index)
{
    QString text = QStringLiteral("<b>%1</b>").arg(esc(s.title));
    if (s.kind == RunbookStepKind::Dns)
        //: After a DNS step's title; %1 its number, which the change set's rows carry.
        text += QStringLiteral(" <span class=\"count\">&#183; %1</span>")
                    .arg(QCoreApplication::translate("ReportBuilder", "DNS: the changes with step %1")
                             .arg(s.number));
    if (!s.detail.isEmpty())
        text += QStringLiteral("<br/>") + esc(s.detail);
    for (const QString &c : s.commands)
        text += QStringLiteral("<br/><span class=\"cmd\">%1</span>").arg(esc(c));
    for (const QString &w : s.warnings)
        text += QStringLiteral("<br/><span class=\"warning\">%1</span> %2")
                    .arg(QCoreApplication::translate("ReportBuilder", "Warning:"), esc(w));
    return QStringLiteral("<tr%1><td class=\"num\"><b>%2</b></td><td>%3</td></tr>\n")
        .arg((index % 2) ? QStringLiteral(" class=\"alt\"") : QString())
        .arg(s.number)
        .arg(text);
}

// Issue 15: the move to Teams Only of a plan with a migration block — the runbook and the records
// that change, as `lyncdns migrate PLAN` gives them (migrationChangeSet() is their one owner). A plan
// that says teams-only already is shown from hybrid, as the readiness check compares it.
void appendMigration(QString &html, const Plan &plan)
{
    const Plan before =
        currentPhase(plan) == MigrationPhase::TeamsOnly ? planAtPhase(plan, MigrationPhase::Hybrid) : plan;
    const MigrationChangeSet set = migrationChangeSet(before, MigrationPhase::TeamsOnly);
    html += kReportBlockBreak;
    html += QStringLiteral("<h2 class=\"section\">%1</h2>\n")
                .arg(QCoreApplication::translate("ReportBuilder", "Migration to Teams"));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(QCoreApplication::translate(
                    "ReportBuilder",
                    "The DNS side of leaving Skype for Business Server, in Microsoft's order: the runbook, "
                    "then every record it adds, changes or removes. The change script with its rollback: "
                    "lyncdns migrate PLAN --format powershell -o FILE.ps1; the proof that public DNS is "
                    "ready before the switch: lyncdns check PLAN --external-server IP --phase teams-only."));
    html += factsTableStart();
    html += row(QCoreApplication::translate("ReportBuilder", "Move"),
                //: %1 the phase now, %2 the phase after the move, %3 the Microsoft 365 cloud.
                QCoreApplication::translate("ReportBuilder", "From %1 to %2, %3")
                    .arg(phaseWords(set.from), phaseWords(set.to), esc(cloudLabel(set.cloud))));
    const QString none = QCoreApplication::translate("ReportBuilder", "none");
    html += row(QCoreApplication::translate("ReportBuilder", "SIP domains moving"),
                set.moved.isEmpty() ? none : esc(set.moved.join(QStringLiteral(", "))));
    html += row(QCoreApplication::translate("ReportBuilder", "SIP domains staying on premises"),
                set.remaining.isEmpty() ? none : esc(set.remaining.join(QStringLiteral(", "))));
    html += QStringLiteral("</table>\n");

    html += kReportBlockBreak;
    html += QStringLiteral("<h3>%1</h3>\n").arg(QCoreApplication::translate("ReportBuilder", "Runbook"));
    if (set.runbook.steps.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(QCoreApplication::translate("ReportBuilder", "Nothing to do: the plan is at that "
                                                                      "phase already."));
    } else {
        html += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"0\" cellspacing=\"0\" "
                               "cellpadding=\"3\">\n<thead><tr>") +
                th("7%", QCoreApplication::translate("ReportBuilder", "Step")) +
                th("93%", QCoreApplication::translate("ReportBuilder", "What to do, commands and warnings")) +
                QStringLiteral("</tr></thead>\n<tbody>\n");
        int index = 0;
        for (const RunbookStep &s : set.runbook.steps) {
            html += runbookStepRow(s, index++);
            appendRowBreak(html, index, set.runbook.steps.size());
        }
        html += QStringLiteral("</tbody></table>\n");
    }

    QList<MigrationChange> changes;
    std::copy_if(set.changes.cbegin(), set.changes.cend(), std::back_inserter(changes),
                 [](const MigrationChange &c) { return c.action != ChangeAction::Keep; });
    html += kReportBlockBreak;
    html += QStringLiteral("<h3>%1 &#160; <span class=\"count\">%2</span></h3>\n")
                .arg(QCoreApplication::translate("ReportBuilder", "DNS changes"),
                     plural(changes.size(), QCoreApplication::translate("ReportBuilder", "%1 change"),
                            QCoreApplication::translate("ReportBuilder", "%1 changes")));
    html +=
        QStringLiteral("<p>%1</p>\n")
            .arg(plural(
                set.changes.size() - changes.size(),
                QCoreApplication::translate("ReportBuilder", "%1 record stays as it is and is not listed "
                                                             "(lyncdns migrate PLAN --format csv lists every "
                                                             "record)."),
                QCoreApplication::translate("ReportBuilder", "%1 records stay as they are and are not listed "
                                                             "(lyncdns migrate PLAN --format csv lists every "
                                                             "record).")));
    // One table per view, its name a header row (repeated on every page, as a zone's).
    for (const Location location : {Location::Internal, Location::External}) {
        QList<MigrationChange> rows;
        std::copy_if(changes.cbegin(), changes.cend(), std::back_inserter(rows),
                     [location](const MigrationChange &c) { return c.location == location; });
        if (rows.isEmpty())
            continue;
        html += kReportBlockBreak;
        html += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"0\" cellspacing=\"0\" "
                               "cellpadding=\"3\">\n<thead><tr><td class=\"zone\" colspan=\"6\">%1 &#160; "
                               "<span class=\"count\">%2</span></td></tr>\n<tr>")
                    .arg(location == Location::Internal
                             ? QCoreApplication::translate("ReportBuilder", "Internal DNS")
                             : QCoreApplication::translate("ReportBuilder", "External DNS"),
                         plural(rows.size(), QCoreApplication::translate("ReportBuilder", "%1 change"),
                                QCoreApplication::translate("ReportBuilder", "%1 changes"))) +
                th("6%", QCoreApplication::translate("ReportBuilder", "Step")) +
                th("8%", QCoreApplication::translate("ReportBuilder", "Action")) +
                th("34%", QCoreApplication::translate("ReportBuilder", "Name")) +
                th("8%", QCoreApplication::translate("ReportBuilder", "Type")) +
                th("22%", QCoreApplication::translate("ReportBuilder", "Now")) +
                th("22%", QCoreApplication::translate("ReportBuilder", "After the move")) +
                QStringLiteral("</tr></thead>\n<tbody>\n");
        int index = 0;
        for (const MigrationChange &c : std::as_const(rows)) {
            html += QStringLiteral("<tr%1><td class=\"num\">%2</td><td class=\"%3\">%4</td><td>%5</td>"
                                   "<td>%6</td><td>%7</td><td>%8</td></tr>\n")
                        .arg((index++ % 2) ? QStringLiteral(" class=\"alt\"") : QString())
                        .arg(c.step)
                        .arg(changeClass(c.action), esc(changeActionName(c.action)), esc(c.name),
                             recordTypeName(c.type), orDash(c.oldValue), orDash(c.newValue));
            appendRowBreak(html, index, rows.size());
        }
        html += QStringLiteral("</tbody></table>\n");
    }
}

void appendFindings(QString &html, const Plan &plan, const Findings &findings)
{
    html += kReportBlockBreak;
    html += QStringLiteral("<h2 class=\"section\">%1</h2>\n")
                .arg(QCoreApplication::translate("ReportBuilder", "Validator findings"));
    if (findings.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(QCoreApplication::translate("ReportBuilder",
                                                     "No findings: the plan passes every validator rule."));
        return;
    }
    Findings sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    html += QStringLiteral("<p>%1</p>\n")
                .arg(QCoreApplication::translate("ReportBuilder",
                                                 "Errors break a documented requirement, warnings are likely "
                                                 "failures or documented recommendations, notes are for "
                                                 "information."));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"0\" cellspacing=\"0\" "
                           "cellpadding=\"3\">\n<thead><tr>") +
            th("12%", QCoreApplication::translate("ReportBuilder", "Severity")) +
            th("16%", QCoreApplication::translate("ReportBuilder", "Rule")) +
            th("72%", QCoreApplication::translate("ReportBuilder", "Finding and what to do")) +
            QStringLiteral("</tr></thead>\n<tbody>\n");
    //: %1 is where in the plan a finding is, in words ("Front End pool pool01.contoso.net, server 2").
    const QString whereText = QCoreApplication::translate("ReportBuilder", "Where: %1");
    //: %1 is the advice for the finding's rule.
    const QString whatToDoText = QCoreApplication::translate("ReportBuilder", "What to do: %1");
    int index = 0;
    for (const Finding &f : std::as_const(sorted)) {
        // Where in words, on a line of its own: too long for a column, it would wrap into the message.
        html += QStringLiteral("<tr%1><td class=\"%2\">%3</td><td>%4</td><td>%5"
                               "<br/><span class=\"note\">%6<br/>%7</span></td></tr>\n")
                    .arg((index++ % 2) ? QStringLiteral(" class=\"alt\"") : QString(),
                         severityClass(f.severity), severityLabel(f.severity), esc(f.rule), esc(f.message),
                         whereText.arg(esc(planPathInWords(plan, f.path))),
                         whatToDoText.arg(esc(ruleWhatToDo(f.rule))));
        appendRowBreak(html, index, sorted.size());
    }
    html += QStringLiteral("</tbody></table>\n");
}

QString serverCell(const ServerInfo &s)
{
    if (s.address.isEmpty())
        return QCoreApplication::translate("ReportBuilder",
                                           "not given: records of this location were skipped");
    return esc(s.address) +
           (s.reachable
                ? QStringLiteral(" &#8212; %1").arg(QCoreApplication::translate("ReportBuilder", "answered"))
                : QStringLiteral(" &#8212; <span class=\"bad\">%1</span>")
                      .arg(QCoreApplication::translate("ReportBuilder", "unreachable", "DNS server"))) +
           (s.detail.isEmpty() ? QString()
                               : QStringLiteral(" <span class=\"note\">(%1)</span>").arg(esc(s.detail)));
}

// Every server asked in a location, one per line (an estate may name one internal server per site).
QString serversCell(const CheckReport &report, Location location)
{
    const QList<ServerInfo> servers = report.servers(location);
    if (servers.isEmpty())
        return serverCell(ServerInfo());
    QStringList lines;
    for (const ServerInfo &s : servers)
        lines << serverCell(s);
    return lines.join(QStringLiteral("<br/>"));
}

// The CSS class of a result's status: how bad it reads (never translated).
QString evidenceClass(const CheckResult &r)
{
    if (r.status == CheckStatus::Ok)
        return QStringLiteral("ok");
    if (r.status == CheckStatus::Unreachable || r.status == CheckStatus::Error)
        return QStringLiteral("unanswered");
    if (isNotice(r))
        return QStringLiteral("info");
    return r.item.required || r.item.mustNotResolve ? QStringLiteral("bad") : QStringLiteral("warning");
}

// One result of the check: the record's line, then what was expected and found, why, and the fix.
// A table of its own whose rows are all header rows over one empty body row: QTextDocument moves a
// table to the next page when a header row or its first body row would start on another page than
// the table, so the record never stands on one page and its reason or fix on the next (issue 13).
// headingHtml, for the first result of a group, goes on top: a heading never ends a page alone.
void appendEvidence(QString &html, const CheckResult &r, const QString &headingHtml)
{
    const QString expected =
        r.item.mustNotResolve
            ? QStringLiteral("<i>%1</i>")
                  .arg(QCoreApplication::translate("ReportBuilder", "must not resolve on this server"))
            : orDash(r.item.expected.join(QStringLiteral(", ")));
    const QString found = r.actual.isEmpty() ? QCoreApplication::translate("ReportBuilder", "nothing")
                                             : esc(r.actual.join(QStringLiteral(", ")));
    QString where = esc(dnsPlaceInWords(r.item.location, r.item.zone, r.item.pinPoint));
    if (!r.server.isEmpty())
        //: Where a result comes from; %1 is "internal DNS, zone contoso.com", %2 the server asked.
        where = QCoreApplication::translate("ReportBuilder", "%1; asked %2").arg(where, esc(r.server));
    const QString required = r.item.required || r.item.mustNotResolve
                                 ? QCoreApplication::translate("ReportBuilder", "required")
                                 : QCoreApplication::translate("ReportBuilder", "optional");

    html += kReportBlockBreak;
    html += QStringLiteral("<table class=\"evidence\" width=\"100%\" border=\"0\" cellspacing=\"0\" "
                           "cellpadding=\"2\">\n<thead>\n");
    if (!headingHtml.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"3\" class=\"group\">%1</td></tr>\n").arg(headingHtml);
    html +=
        QStringLiteral("<tr><td width=\"13%\" class=\"%1\">%2<br/><span class=\"small\">%3</span></td>"
                       "<td width=\"47%\"><b>%4</b> &#160;%5</td><td width=\"40%\" class=\"where\">%6</td>"
                       "</tr>\n")
            .arg(evidenceClass(r), esc(checkStatusLowerLabel(r.status)), required, esc(r.item.name),
                 recordTypeName(r.item.type), where);
    //: %1 what the plan expects, %2 everything the server returned at the name.
    html += QStringLiteral("<tr><td></td><td colspan=\"2\" class=\"reason\">%1</td></tr>\n")
                .arg(QCoreApplication::translate("ReportBuilder", "Expected: %1 &#183; Found: %2")
                         .arg(expected, found));
    QString why = r.detail.isEmpty() && r.status == CheckStatus::Ok
                      ? QCoreApplication::translate("ReportBuilder", "as planned")
                      : orDash(r.detail);
    if (!r.note.isEmpty())
        //: %1 the result's detail, %2 the documented alternative the check accepted.
        why = QCoreApplication::translate("ReportBuilder", "%1 (%2)").arg(why, esc(r.note));
    QString reason = QCoreApplication::translate("ReportBuilder", "Why: %1").arg(why);
    if (!r.item.requirement.isEmpty())
        reason += QStringLiteral(" &#183; ") + QCoreApplication::translate("ReportBuilder", "Requirement: %1")
                                                   .arg(esc(requirementLabel(r.item.requirement)));
    html += QStringLiteral("<tr><td></td><td colspan=\"2\" class=\"reason\">%1</td></tr>\n").arg(reason);
    if (!r.fix.isEmpty())
        html += QStringLiteral("<tr><td></td><td colspan=\"2\" class=\"fix\">%1</td></tr>\n")
                    //: %1 is one line saying what to change in DNS.
                    .arg(QCoreApplication::translate("ReportBuilder", "<b>Fix:</b> %1").arg(esc(r.fix)));
    html +=
        QStringLiteral("</thead>\n<tbody><tr><td colspan=\"3\" class=\"gap\"></td></tr></tbody></table>\n");
}

void appendEvidenceGroup(QString &html, const QString &heading, const QString &explanation,
                         const QList<CheckResult> &results)
{
    QString headingHtml =
        QStringLiteral("<span class=\"grouptitle\">%1 <span class=\"count\">(%2)</span></span>"
                       "<br/><span class=\"note\">%3</span>")
            .arg(heading)
            .arg(results.size())
            .arg(explanation);
    for (const CheckResult &r : results)
        appendEvidence(html, r, std::exchange(headingHtml, QString()));
}

void appendCheck(QString &html, const ReportInput &in)
{
    const CheckReport &report = *in.check;
    html += kReportBlockBreak;
    html += QStringLiteral("<h2 class=\"section\">%1</h2>\n")
                .arg(QCoreApplication::translate("ReportBuilder", "DNS check evidence"));
    html +=
        QStringLiteral("<p>%1%2</p>\n")
            .arg(QCoreApplication::translate(
                     "ReportBuilder",
                     "What the DNS servers answered when queried from this vantage point, record by record: "
                     "the problems with required records first, then the problems with optional records, "
                     "the optional records not found (notices, not problems), and the records as planned. "
                     "Each problem says what to change."),
                 report.cancelled ? QStringLiteral(" <span class=\"bad\">%1</span>")
                                        .arg(QCoreApplication::translate(
                                            "ReportBuilder", "The check was cancelled before it finished."))
                                  : QString());
    html += QStringLiteral("<h3>%1</h3>\n<table class=\"facts\" width=\"100%\" border=\"1\" "
                           "cellspacing=\"0\" cellpadding=\"5\">\n")
                .arg(QCoreApplication::translate("ReportBuilder", "Vantage point"));
    //: The computer the check ran on.
    html += row(QCoreApplication::translate("ReportBuilder", "Host"), orDash(in.hostName));
    html += row(report.servers(Location::Internal).size() > 1
                    ? QCoreApplication::translate("ReportBuilder", "Internal DNS servers")
                    : QCoreApplication::translate("ReportBuilder", "Internal DNS server"),
                serversCell(report, Location::Internal));
    html += row(QCoreApplication::translate("ReportBuilder", "External DNS server"),
                serversCell(report, Location::External));
    html += row(QCoreApplication::translate("ReportBuilder", "Timeout"),
                QCoreApplication::translate("ReportBuilder", "%1 s per query").arg(report.timeoutSeconds));
    html += row(QCoreApplication::translate("ReportBuilder", "Started"), dateTime(report.started));
    html += row(QCoreApplication::translate("ReportBuilder", "Finished"), dateTime(report.finished));
    html += QStringLiteral("</table>\n");

    // Counts per status, required and optional apart.
    QMap<int, int> required, optional;
    for (const CheckResult &r : report.results)
        ++(r.item.required || r.item.mustNotResolve ? required : optional)[problemRank(r.status)];
    const QString status = QCoreApplication::translate("ReportBuilder", "Status");
    html += QStringLiteral("<h3>%1</h3>\n<table class=\"grid\" width=\"100%\" border=\"0\" cellspacing=\"0\" "
                           "cellpadding=\"3\">\n<thead><tr>")
                .arg(QCoreApplication::translate("ReportBuilder", "Summary")) +
            th("16%", status) + th("11%", QCoreApplication::translate("ReportBuilder", "Required")) +
            th("11%", QCoreApplication::translate("ReportBuilder", "Optional")) +
            th("62%", QCoreApplication::translate("ReportBuilder", "Meaning")) +
            QStringLiteral("</tr></thead>\n<tbody>\n");
    const CheckStatus statuses[] = {CheckStatus::Ok,          CheckStatus::Missing, CheckStatus::Mismatch,
                                    CheckStatus::Partial,     CheckStatus::Extra,   CheckStatus::Exposed,
                                    CheckStatus::Unreachable, CheckStatus::Error};
    for (CheckStatus s : statuses) {
        const int req = required.value(problemRank(s));
        const int opt = optional.value(problemRank(s));
        QString meaning = statusMeaning(s);
        if (s == CheckStatus::Missing)
            meaning += QCoreApplication::translate("ReportBuilder",
                                                   "; a missing optional record is a notice, not a problem");
        html +=
            QStringLiteral("<tr><td class=\"%1\">%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td>"
                           "<td>%5</td></tr>\n")
                .arg(req + opt == 0         ? QString()
                     : s == CheckStatus::Ok ? QStringLiteral("ok")
                                            : QStringLiteral("bad"),
                     checkStatusLowerLabel(s))
                .arg(req)
                .arg(opt)
                .arg(meaning);
    }
    html += QStringLiteral(
                "<tr><td><b>%1</b></td><td class=\"num\"><b>%2</b></td><td class=\"num\"><b>%3</b></td>"
                "<td></td></tr>\n")
                .arg(QCoreApplication::translate("ReportBuilder", "total"))
                .arg(std::accumulate(required.cbegin(), required.cend(), 0))
                .arg(std::accumulate(optional.cbegin(), optional.cend(), 0));
    html += QStringLiteral("</tbody></table>\n");

    if (report.results.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(QCoreApplication::translate("ReportBuilder", "Nothing was checked."));
        return;
    }
    QList<CheckResult> requiredProblems, optionalProblems, notices, ok;
    for (const CheckResult &r : resultsProblemsFirst(report)) {
        if (isNotice(r))
            notices << r;
        else if (!isProblem(r))
            ok << r;
        else
            (r.item.required || r.item.mustNotResolve ? requiredProblems : optionalProblems) << r;
    }
    appendEvidenceGroup(html, QCoreApplication::translate("ReportBuilder", "Problems with required records"),
                        QCoreApplication::translate(
                            "ReportBuilder", "Records the plan needs that the servers do not answer as "
                                             "planned, worst first, each with what to change."),
                        requiredProblems);
    appendEvidenceGroup(html, QCoreApplication::translate("ReportBuilder", "Problems with optional records"),
                        QCoreApplication::translate(
                            "ReportBuilder", "Optional records that hold other data than planned, or that "
                                             "a server did not answer for: a wrong record misleads clients, "
                                             "so these are problems too."),
                        optionalProblems);
    appendEvidenceGroup(
        html, QCoreApplication::translate("ReportBuilder", "Notices: optional records not found"),
        QCoreApplication::translate("ReportBuilder",
                                    "Not problems: the deployment works without them. Create them when the "
                                    "feature they serve is wanted."),
        notices);
    appendEvidenceGroup(html, QCoreApplication::translate("ReportBuilder", "Records as planned"),
                        QCoreApplication::translate(
                            "ReportBuilder", "What the servers answered exactly as planned, documented "
                                             "alternatives included."),
                        ok);
}

QString tlsStatusMeaning(TlsStatus s)
{
    switch (s) {
    case TlsStatus::Unreachable:
        return QCoreApplication::translate("ReportBuilder",
                                           "the name did not resolve, or nothing accepted the connection");
    case TlsStatus::Error:
        return QCoreApplication::translate("ReportBuilder",
                                           "connected, but no TLS 1.2 or later handshake or no certificate");
    case TlsStatus::Untrusted:
        return QCoreApplication::translate("ReportBuilder",
                                           "the chain does not verify against the trusted certification "
                                           "authorities");
    case TlsStatus::Expired:
        return QCoreApplication::translate("ReportBuilder",
                                           "expired, not valid yet, or expiring within 30 days");
    case TlsStatus::WrongUsage:
        return QCoreApplication::translate("ReportBuilder", "no Server Authentication extended key usage");
    case TlsStatus::NameMissing:
        return QCoreApplication::translate("ReportBuilder", "a planned name is not on the certificate");
    case TlsStatus::Ok:
        return QCoreApplication::translate("ReportBuilder",
                                           "trusted, valid, for server authentication, every planned name");
    }
    return {};
}

// The CSS class of a TLS status, as the DNS statuses read: nothing known is "unanswered".
QString tlsClass(TlsStatus s)
{
    if (s == TlsStatus::Ok)
        return QStringLiteral("ok");
    if (s == TlsStatus::Unreachable || s == TlsStatus::Error)
        return QStringLiteral("unanswered");
    return QStringLiteral("bad");
}

// One endpoint as one evidence table (the layout of appendEvidence(), so an endpoint never stands
// on one page and its names or detail on the next): status, host:port and address, where and
// which certificate answers, then the names presented and missing, validity and issuer, and why.
void appendTlsEndpoint(QString &html, const TlsResult &r, const QString &headingHtml)
{
    html += kReportBlockBreak;
    html += QStringLiteral("<table class=\"evidence\" width=\"100%\" border=\"0\" cellspacing=\"0\" "
                           "cellpadding=\"2\">\n<thead>\n");
    if (!headingHtml.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"3\" class=\"group\">%1</td></tr>\n").arg(headingHtml);
    //: Where a TLS endpoint is: %1 "internal" or "external", %2 the certificate that answers it.
    const QString where =
        QCoreApplication::translate("ReportBuilder", "%1 &#183; %2 certificate")
            .arg(esc(locationLowerLabel(r.endpoint.location)), esc(certificateRoleTitle(r.endpoint.role)));
    const QString address =
        r.address.isEmpty() ? QCoreApplication::translate("ReportBuilder", "not resolved")
                            //: %1 the address a TLS endpoint's name resolved to and the probe connected to.
                            : QCoreApplication::translate("ReportBuilder", "at %1").arg(esc(r.address));
    html +=
        QStringLiteral("<tr><td width=\"13%\" class=\"%1\">%2</td><td width=\"47%\"><b>%3</b> &#160;%4</td>"
                       "<td width=\"40%\" class=\"where\">%5</td></tr>\n")
            .arg(tlsClass(r.status), esc(tlsStatusLowerLabel(r.status)),
                 esc(QStringLiteral("%1:%2").arg(r.endpoint.host).arg(r.endpoint.port)), address, where);
    if (r.notAfter.isValid()) {
        QString names = QCoreApplication::translate("ReportBuilder", "Presented: %1")
                            .arg(orDash(r.presented.join(QStringLiteral(", "))));
        if (!r.missingNames.isEmpty())
            names += QStringLiteral(" &#183; <span class=\"bad\">%1</span>")
                         .arg(QCoreApplication::translate("ReportBuilder", "Missing: %1")
                                  .arg(esc(r.missingNames.join(QStringLiteral(", ")))));
        html += QStringLiteral("<tr><td></td><td colspan=\"2\" class=\"reason\">%1</td></tr>\n").arg(names);
        //: %1 the certificate's notAfter (ISO 8601, UTC), %2 its issuer.
        html += QStringLiteral("<tr><td></td><td colspan=\"2\" class=\"reason\">%1</td></tr>\n")
                    .arg(QCoreApplication::translate("ReportBuilder", "Not after: %1 &#183; Issuer: %2")
                             .arg(esc(r.notAfter.toString(Qt::ISODate)), orDash(r.issuer)));
    }
    html += QStringLiteral("<tr><td></td><td colspan=\"2\" class=\"fix\">%1</td></tr>\n")
                .arg(QCoreApplication::translate("ReportBuilder", "Why: %1").arg(orDash(r.detail)));
    html +=
        QStringLiteral("</thead>\n<tbody><tr><td colspan=\"3\" class=\"gap\"></td></tr></tbody></table>\n");
}

// Issue 14: what every planned TLS endpoint presented (the live TLS check, tlsprobe.h), after the
// DNS evidence: counts per status, then one row per endpoint, problems first in precedence order.
void appendTls(QString &html, const QList<TlsResult> &results)
{
    html += kReportBlockBreak;
    html += QStringLiteral("<h2 class=\"section\">%1</h2>\n")
                .arg(QCoreApplication::translate("ReportBuilder", "Certificates presented (TLS)"));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(QCoreApplication::translate(
                    "ReportBuilder",
                    "Each planned TLS endpoint, resolved through the DNS server of its location and "
                    "connected to from this vantage point with the planned name as SNI (TLS 1.2 or "
                    "later), and the certificate it presented compared with the names its certificate "
                    "request carries: problems first."));
    const QString status = QCoreApplication::translate("ReportBuilder", "Status");
    html += QStringLiteral("<h3>%1</h3>\n<table class=\"grid\" width=\"100%\" border=\"0\" cellspacing=\"0\" "
                           "cellpadding=\"3\">\n<thead><tr>")
                .arg(QCoreApplication::translate("ReportBuilder", "Summary")) +
            th("20%", status) + th("12%", QCoreApplication::translate("ReportBuilder", "Endpoints")) +
            th("68%", QCoreApplication::translate("ReportBuilder", "Meaning")) +
            QStringLiteral("</tr></thead>\n<tbody>\n");
    for (TlsStatus s : kTlsStatuses) {
        const auto n = std::count_if(results.cbegin(), results.cend(),
                                     [s](const TlsResult &r) { return r.status == s; });
        html += QStringLiteral("<tr><td class=\"%1\">%2</td><td class=\"num\">%3</td><td>%4</td></tr>\n")
                    .arg(n == 0 ? QString() : tlsClass(s), tlsStatusLowerLabel(s))
                    .arg(n)
                    .arg(tlsStatusMeaning(s));
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td class=\"num\"><b>%2</b></td><td></td></tr>\n")
                .arg(QCoreApplication::translate("ReportBuilder", "total"))
                .arg(results.size());
    html += QStringLiteral("</tbody></table>\n");
    if (results.isEmpty()) {
        html +=
            QStringLiteral("<p>%1</p>\n")
                .arg(QCoreApplication::translate(
                    "ReportBuilder", "No endpoint was probed: none is planned where a server was given."));
        return;
    }

    QList<TlsResult> sorted = results;
    std::stable_sort(sorted.begin(), sorted.end(), [](const TlsResult &a, const TlsResult &b) {
        return static_cast<int>(a.status) < static_cast<int>(b.status);
    });
    QString headingHtml =
        QStringLiteral("<span class=\"grouptitle\">%1 <span class=\"count\">(%2)</span></span>")
            .arg(QCoreApplication::translate("ReportBuilder", "Endpoints"))
            .arg(sorted.size());
    for (const TlsResult &r : std::as_const(sorted))
        appendTlsEndpoint(html, r, std::exchange(headingHtml, QString()));
}

// A forced export of a plan with errors: the banner opens the report (the PDF also stamps every
// page's header). Styled inline, as a one-cell table: QTextDocument draws a table cell's border.
void appendDraftBanner(QString &html, int draftErrors)
{
    if (draftErrors <= 0)
        return;
    html += QStringLiteral("<table class=\"draft\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"6\" style=\"border-color: #b00020; border-style: solid;\">"
                           "<tr><td style=\"background-color: #fde8e8; color: #b00020;\">"
                           "<b>%1</b><br/>%2</td></tr></table>\n<p></p>\n")
                .arg(esc(draftBanner(draftErrors)),
                     esc(QCoreApplication::translate("ReportBuilder",
                                                     "Exported anyway: the validator findings at the end "
                                                     "list the errors. Fix them and export again before "
                                                     "any record goes into DNS.")));
}

} // namespace

QString buildReportHtml(const ReportInput &input)
{
    static const Plan emptyPlan;
    ReportInput in = input;
    if (!in.plan)
        in.plan = &emptyPlan;
    QString html;
    html.reserve(1024 + static_cast<qsizetype>(in.records.size()) * 600);
    const QString title = in.plan->title.isEmpty()
                              ? QCoreApplication::translate("ReportBuilder", "Untitled plan")
                              : in.plan->title;
    // The title is also every page's footer: it says what the document is. The evidence of a check
    // leads with what and when, so the part the footer has room for still says it.
    const QString documentTitle =
        in.check
            //: The title of a report made from a check; %1 its date, %2 the plan's title, %3 the servers.
            ? QCoreApplication::translate("ReportBuilder",
                                          "DNS check evidence %1 &#8212; %2 &#8212; servers %3")
                  .arg(esc(checkDate(in)), esc(title), esc(checkedServers(*in.check)))
            //: The report's title; %1 is the plan's title.
            : QCoreApplication::translate("ReportBuilder", "%1 &#8212; DNS report").arg(esc(title));
    html += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
                           "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/>\n"
                           "<title>%1</title>\n<style type=\"text/css\">")
                .arg(documentTitle);
    html += QLatin1String(kStyle);
    html += QStringLiteral("</style>\n</head>\n<body>\n");
    appendDraftBanner(html, in.draftErrors);
    appendCover(html, in);
    appendTopology(html, *in.plan);
    appendRecords(html, *in.plan, in.records, Location::Internal);
    appendRecords(html, *in.plan, in.records, Location::External);
    appendGeoDns(html, *in.plan);
    appendCertificates(html, *in.plan, in.records);
    if (in.plan->migration)
        appendMigration(html, *in.plan);
    appendFindings(html, *in.plan, in.findings);
    if (in.check)
        appendCheck(html, in);
    if (in.check && in.tls)
        appendTls(html, *in.tls);
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace lyncdns
