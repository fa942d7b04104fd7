#include "model/validator/validator.h"

#include "model/dns/hostnames.h"
#include "model/plan/estate.h"
#include "model/plan/planpaths.h"
#include "model/planner/planner.h"
#include "model/rules/nameclaims.h"
#include "model/validator/checks.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace lyncdns {

QList<qsizetype> onPremisesDomains(const Plan &plan)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < plan.sipDomains.size(); ++i)
        if (!movedToTeams(plan, plan.sipDomains.at(i)))
            out << i;
    return out;
}

namespace {

void checkSipDomains(const Plan &plan, FindingSink &out)
{
    if (plan.sipDomains.isEmpty())
        out.error("P-MISSING", QStringLiteral("sipDomains"),
                  QCoreApplication::translate("Validator", "at least one SIP domain is needed"));
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < plan.sipDomains.size(); ++i) {
        const QString path = indexedPath(QStringLiteral("sipDomains"), i);
        const QString &d = plan.sipDomains.at(i);
        out.host(path, d);
        const QString key = normalizedName(d);
        if (seen.contains(key))
            out.error("P-SIPDOMAIN-DUP", path,
                      QCoreApplication::translate("Validator",
                                                  "SIP domain %1 is listed twice (also sipDomains[%2])")
                          .arg(d, QString::number(seen.value(key))));
        else
            seen.insert(key, i);
    }
}

// Autodiscover, push and federation: what they need from the reverse proxies and Edge pools.
void checkMobilityAndFederation(const Plan &plan, FindingSink &out)
{
    const PoolRef web = webPool(plan);
    const ProxyRef webProxy = reverseProxyFor(plan, web);
    const bool anyDomainOnPremises = !onPremisesDomains(plan).isEmpty();
    // Without any proxy lyncdiscover cannot be published. A proxy the web pool names but the plan
    // lacks is P-REF's, one its site lacks P-MISSING's (estatechecks.cpp).
    if (plan.autodiscover.enabled && !hasReverseProxy(plan) && anyDomainOnPremises)
        out.warning("R-MOB1", sitePath(web ? web.site : 0, "reverseProxies", 0),
                    QCoreApplication::translate(
                        "Validator", "without a reverse proxy lyncdiscover.<SIP domain> cannot be "
                                     "published: mobile and external clients will not find Autodiscover"));
    if (plan.pushNotifications) {
        const QString path = QStringLiteral("mobility.pushNotifications");
        if (!hasReverseProxy(plan))
            out.error("R-MOB4", path,
                      QCoreApplication::translate(
                          "Validator", "push notifications are a mobility feature: mobility needs a "
                                       "reverse proxy"));
        if (!hasEdge(plan))
            out.error("R-MOB4", path,
                      QCoreApplication::translate(
                          "Validator", "push notifications need _sipfederationtls._tcp, which points at an "
                                       "Access Edge: plan an Edge"));
        if (hasSfb2019Roles(plan.product))
            out.warning("R-MOB4", path,
                        QCoreApplication::translate(
                            "Validator", "Skype for Business Server 2019 has no MCX mobility service; push "
                                         "applies only to older mobile clients"));
    }
    if (plan.federation.discoverable && !hasEdge(plan))
        out.error("P-TOPOLOGY", QStringLiteral("federation.discoverable"),
                  QCoreApplication::translate(
                      "Validator", "discoverable federation publishes the Access Edge: plan an Edge"));
    if (plan.federation.discoverable && !plan.federation.enabled)
        out.warning("P-TOPOLOGY", QStringLiteral("federation.discoverable"),
                    QCoreApplication::translate("Validator",
                                                "federation is not enabled, yet it is marked discoverable"));
    if (plan.autodiscover.enabled && webProxy && plan.autodiscover.recordType == AutodiscoverType::Cname) {
        const QString target = normalizedName(web.pool->webServices.externalFqdn);
        for (const qsizetype i : onPremisesDomains(plan)) {
            if (target.isEmpty())
                break;
            if (!isUnderDomain(target, plan.sipDomains.at(i)))
                out.warning("R-CN2", QStringLiteral("autodiscover.recordType"),
                            QCoreApplication::translate(
                                "Validator", "lyncdiscover.%1 as a CNAME to %2 (another domain) fails over "
                                             "HTTPS; publish port 80 (to 8080) on the reverse proxy or use "
                                             "an A record")
                                .arg(normalizedName(plan.sipDomains.at(i)), target));
        }
    }
}

// XMPP and Persistent Chat: gone in Skype for Business Server 2019 and SE (plan-format.md v2 rule 10).
void checkApplications(const Plan &plan, FindingSink &out)
{
    const bool sfb2019 = hasSfb2019Roles(plan.product);
    if (plan.xmppFqdn) {
        out.host(QStringLiteral("xmpp.fqdn"), *plan.xmppFqdn);
        if (sfb2019)
            out.error("P-SFB2019-ROLES", QStringLiteral("xmpp"),
                      QCoreApplication::translate("Validator",
                                                  "Skype for Business Server 2019 has no XMPP gateway"));
        if (!hasEdge(plan))
            out.error("P-TOPOLOGY", QStringLiteral("xmpp"),
                      QCoreApplication::translate("Validator",
                                                  "the XMPP proxy runs on the Access Edge: plan an Edge"));
        // One XMPP host for every SIP domain is documented and valid (plan-format.md rule 4): the
        // host has to lie in one of them, not in each.
        const QList<qsizetype> domains = onPremisesDomains(plan);
        const bool inASipDomain = std::any_of(domains.cbegin(), domains.cend(), [&](qsizetype i) {
            return isUnderDomain(*plan.xmppFqdn, plan.sipDomains.at(i));
        });
        if (!inASipDomain && !domains.isEmpty())
            out.error("R-SRV1", QStringLiteral("xmpp.fqdn"),
                      QCoreApplication::translate(
                          "Validator", "_xmpp-server._tcp.%1 would point at %2, outside its SIP domain")
                          .arg(normalizedName(plan.sipDomains.at(domains.constFirst())),
                               normalizedName(*plan.xmppFqdn)));
    }
    if (!sfb2019)
        return;
    for (const EdgeRef &ref : allEdgePools(plan))
        if (ref.edge->xmpp)
            out.error("P-SFB2019-ROLES", ref.path() + QStringLiteral(".xmpp"),
                      QCoreApplication::translate(
                          "Validator", "Skype for Business Server 2019 has no XMPP gateway: no Edge pool "
                                       "hosts XMPP"));
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        for (qsizetype i = 0; i < plan.sites.at(s).persistentChatPools.size(); ++i)
            out.error("P-SFB2019-ROLES", sitePath(s, "persistentChatPools", i),
                      QCoreApplication::translate(
                          "Validator", "Skype for Business Server 2019 has no Persistent Chat role"));
}

void checkDevices(const Plan &plan, FindingSink &out)
{
    if (!plan.devices.ntpServer.isEmpty())
        out.host(QStringLiteral("devices.ntpServer"), plan.devices.ntpServer);
}

void checkNotes(const Plan &plan, FindingSink &out)
{
    const QString pinPoint = QCoreApplication::translate(
        "Validator", "no split-brain DNS: internal names in the SIP domains go into pin-point zones");
    if (!plan.dns.splitBrain) {
        out.info("R-SPLIT2", QStringLiteral("dns.splitBrain"), pinPoint);
    } else {
        // Split-brain by default, but not for these domains: the note goes where their setting is.
        for (const qsizetype i : onPremisesDomains(plan))
            if (!plan.splitBrainFor(plan.sipDomains.at(i)))
                out.info("R-SPLIT2", indexedPath(QStringLiteral("sipDomains"), i), pinPoint);
    }
    // One reminder, at the first DNS load-balanced part of the plan.
    QString dnsLbPath;
    for (const QList<PoolRef> &pools : {frontEndPools(plan), directorPools(plan)})
        for (const PoolRef &ref : pools)
            if (dnsLbPath.isEmpty() && ref.pool->loadBalancing == LoadBalancing::Dns)
                dnsLbPath = ref.path() + QStringLiteral(".loadBalancing");
    for (const EdgeRef &ref : allEdgePools(plan))
        if (dnsLbPath.isEmpty() && ref.edge->layout == EdgeLayout::ScaledDns)
            dnsLbPath = ref.path() + QStringLiteral(".layout");
    if (!dnsLbPath.isEmpty())
        out.warning("R-LB5", dnsLbPath,
                    QCoreApplication::translate(
                        "Validator", "DNS load balancing works only with round robin enabled on the DNS "
                                     "servers"));
}

} // namespace

Findings validatePlan(const Plan &plan)
{
    return validatePlan(plan, planRecords(plan));
}

// records is planRecords(plan): the checks on what the planner writes read it.
Findings validatePlan(const Plan &plan, const RecordSet &records)
{
    FindingSink out;
    checkSipDomains(plan, out);
    checkEstate(plan, out);
    checkPools(plan, out);
    checkMobilityAndFederation(plan, out);
    checkSimpleUrls(plan, out);
    checkApplications(plan, out);
    checkDevices(plan, out);
    const QList<NameClaim> claims = nameClaims(plan);
    checkNames(claims, out);
    checkPlannedRecords(plan, claims, records, out);
    checkCertificateNames(plan, records, out);
    checkHybrid(plan, out);
    checkAddresses(plan, out);
    checkNotes(plan, out);
    return out.take();
}

} // namespace lyncdns
