#include "model/rules/ruleinfo.h"

#include "model/validator/finding.h"

#include <QCoreApplication>
#include <QHash>

namespace lyncdns {

namespace {

// Titles are new with this registry ("RuleInfo"); the what-to-do texts keep the context and the
// words they had in the report ("ReportBuilder"), so the catalogues keep their translations, and
// new ones join them there.
const QList<RuleInfo> kRules = {
    // Plan consistency: the plan's own data, before any DNS rule.
    {"P-ADDRESS", "error", QT_TRANSLATE_NOOP("RuleInfo", "Address fields hold valid IPv4 or IPv6 addresses"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Correct the address: IPv4 as a dotted quad, IPv6 in standard notation."),
     ""},
    {"P-MISSING", "error", QT_TRANSLATE_NOOP("RuleInfo", "A value the topology needs is filled in"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Fill in the missing value in the plan; the topology cannot be published without it."),
     ""},
    {"P-TOPOLOGY", "error or warning",
     QT_TRANSLATE_NOOP("RuleInfo", "The topology has a supported structure"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Change the topology to a supported layout (edition, server count, load balancing)."),
     "DET, FEPD, CHOST, S-EDGE, XMPP, PDISC"},
    {"P-SIPDOMAIN-DUP", "error", QT_TRANSLATE_NOOP("RuleInfo", "Each SIP domain is listed once"),
     QT_TRANSLATE_NOOP("ReportBuilder", "Remove the duplicate SIP domain."), ""},
    {"P-DUP-FQDN", "error", QT_TRANSLATE_NOOP("RuleInfo", "Each server has an FQDN of its own"),
     QT_TRANSLATE_NOOP("ReportBuilder", "Give every server its own FQDN."), "FEPD, S-BASICS"},
    {"P-NAME-ROLES", "error", QT_TRANSLATE_NOOP("RuleInfo", "One FQDN is claimed by one role only"),
     QT_TRANSLATE_NOOP("ReportBuilder", "Give each role its own FQDN: one name cannot be two services."),
     "FEP, DNSLB, CINT"},
    {"P-DUP-ADDRESS", "error",
     QT_TRANSLATE_NOOP("RuleInfo", "The servers of a DNS load-balanced pool have addresses of their own"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Give every server of the pool its own address: DNS load balancing hands out one "
                       "address per server."),
     "DNSLB, CDNSLB"},
    {"P-EDGE-IPV6", "error",
     QT_TRANSLATE_NOOP("RuleInfo", "The Edge's internal and external sides use the same IP versions"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Give the Edge's external interfaces IPv6 addresses too, or keep its internal side on "
                       "IPv4 only."),
     "IPV6, E-REQ"},
    {"P-EDGE-SHARED-IP", "warning",
     QT_TRANSLATE_NOOP("RuleInfo", "Access, Web Conferencing and A/V Edge share one public address"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Give the three Edge services a public address each, or move Web Conferencing and A/V "
                       "to their own ports on the shared address."),
     "S-EDGE, E-REQ"},
    {"P-NAME-LENGTH", "error",
     QT_TRANSLATE_NOOP("RuleInfo", "Every name generated under a SIP domain fits DNS limits"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Use a shorter SIP domain: the names generated under it must stay within 253 "
                       "characters (63 per label)."),
     ""},
    {"P-SFB2019-ROLES", "error",
     QT_TRANSLATE_NOOP(
         "RuleInfo",
         "No XMPP or Persistent Chat with Skype for Business Server 2019 or Subscription Edition"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Remove XMPP and Persistent Chat: Skype for Business Server 2019 has neither."),
     "S-2019"},

    // The estate (plan format version 2): sites, the references between its objects, GeoDNS.
    {"P-DUP-NAME", "error",
     QT_TRANSLATE_NOOP("RuleInfo", "Site, branch site and reverse proxy names are unique"),
     QT_TRANSLATE_NOOP(
         "ReportBuilder",
         "Rename one of them: pools and branch sites refer to sites and reverse proxies by name."),
     ""},
    {"P-REF", "error", QT_TRANSLATE_NOOP("RuleInfo", "Every reference names an object the plan holds"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Correct the reference: name a pool by its FQDN, an Edge pool by its internal FQDN, a "
                       "reverse proxy or a site by its name, a SIP domain of the plan."),
     ""},
    {"P-EDGE-FEDERATION", "warning", QT_TRANSLATE_NOOP("RuleInfo", "One Edge pool is the federation route"),
     QT_TRANSLATE_NOOP(
         "ReportBuilder",
         "Mark one Edge pool for federation, or make sure every federated partner runs Lync Server "
         "or Skype for Business Server."),
     "FEDROUTE, EDGEDR"},
    {"P-GEODNS", "error or warning",
     QT_TRANSLATE_NOOP("RuleInfo",
                       "GeoDNS answers with paired pools that have internal and external web FQDNs"),
     QT_TRANSLATE_NOOP(
         "ReportBuilder",
         "List the paired pools in geoDns.pools and give each internal and external web services "
         "FQDNs."),
     "S-ADV, SURL, S-SURL"},

    // Names.
    {"R-NAME1", "error",
     QT_TRANSLATE_NOOP("RuleInfo", "Host names use letters, digits and hyphens and are fully qualified"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Rename the host: letters, digits and hyphens only, fully qualified."),
     "DET, FEPD, S-BASICS"},

    // SRV records.
    {"R-SRV1", "error", QT_TRANSLATE_NOOP("RuleInfo", "An SRV record targets a host inside its SIP domain"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Point the SRV record at a host name inside its SIP domain, never at a CNAME."),
     "DET, S-ADV, S-BASICS"},
    {"R-SRV2", "error; check", QT_TRANSLATE_NOOP("RuleInfo", "An SRV target has A/AAAA records, not a CNAME"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Point the SRV record at a host name inside its SIP domain, never at a CNAME."),
     "DET, S-DNS"},
    {"R-SRV5", "warning", QT_TRANSLATE_NOOP("RuleInfo", "SRV records of one name have distinct priorities"),
     QT_TRANSLATE_NOOP(
         "ReportBuilder",
         "Give each Edge pool its own remote access (and XMPP) priority: the lowest is tried first."),
     "S-ADV, EDGEDR, XMPP"},

    // DNS load balancing.
    {"R-LB1", "error", QT_TRANSLATE_NOOP("RuleInfo", "A DNS load-balanced pool has at least two servers"),
     QT_TRANSLATE_NOOP("ReportBuilder", "Add a second server to the pool, or do not use DNS load balancing."),
     "DNSLB, CDNSLB, FEP, FEPD, S-DNS"},
    {"R-LB2", "error",
     QT_TRANSLATE_NOOP("RuleInfo",
                       "A DNS load-balanced pool has its own internal web FQDN on a load-balanced VIP"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Give the pool its own internal web FQDN with a load-balanced web VIP."),
     "FEP, DNSLB, CDNSLB, S-DNS"},
    {"R-LB3", "error",
     QT_TRANSLATE_NOOP("RuleInfo", "Web services FQDNs are unique across all Front End and Director pools"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Give every Front End and Director pool web service FQDNs of its own."),
     "DNSLB, CDNSLB, CINT"},
    {"R-LB4", "error",
     QT_TRANSLATE_NOOP("RuleInfo",
                       "A DNS load-balanced Edge pool has two servers or more; a hardware one has no NAT"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Use at least two Edge servers with DNS load balancing; do not combine hardware load "
                       "balancing with NAT."),
     "DNSLB, S-EDGE"},
    {"R-LB5", "warning",
     QT_TRANSLATE_NOOP("RuleInfo", "DNS load balancing needs round robin on the DNS server"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Keep round robin enabled on every DNS server that answers for these names."),
     "CEDGE, CDNSLB"},
    {"R-LB8", "warning", QT_TRANSLATE_NOOP("RuleInfo", "The IPv6 addresses of one pool share one scope"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Give every server of the pool IPv6 addresses of the same scope (all global or all "
                       "unique-local)."),
     "IPV6"},

    // Mobility and Autodiscover.
    {"R-MOB1", "warning",
     QT_TRANSLATE_NOOP("RuleInfo", "Autodiscover is published externally through a reverse proxy"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Publish the external web services through a reverse proxy (and an Edge for push)."),
     "MOB, ADR, MOBT"},
    {"R-MOB3", "error",
     QT_TRANSLATE_NOOP("RuleInfo", "A pool's external web FQDN differs from its internal web FQDN"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Publish the external web services through a reverse proxy (and an Edge for push)."),
     "MOBT"},
    {"R-MOB4", "error or warning",
     QT_TRANSLATE_NOOP("RuleInfo", "Push notifications have a reverse proxy and an Edge to work through"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Publish the external web services through a reverse proxy (and an Edge for push)."),
     "FED, MOB, PUSH, S-2019"},

    // CNAMEs.
    {"R-CN1", "error",
     QT_TRANSLATE_NOOP("RuleInfo", "A name that is a CNAME holds no other records and is no zone apex"),
     QT_TRANSLATE_NOOP(
         "ReportBuilder",
         "Keep CNAMEs on names of their own and off zone apexes: Autodiscover names to themselves, "
         "GeoDNS only for SIP domains with split-brain DNS."),
     "DET, MOB, S-ADV"},
    {"R-CN2", "warning", QT_TRANSLATE_NOOP("RuleInfo", "The lyncdiscover CNAME stays inside its SIP domain"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Keep Autodiscover CNAMEs on names of their own, inside the SIP domain."),
     "MOB, MOBT, ADS"},

    // Internal and external exposure.
    {"R-EXP1", "check", QT_TRANSLATE_NOOP("RuleInfo", "lyncdiscoverinternal does not resolve externally"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Keep internal-only names and private addresses out of external DNS."),
     "MOB, MOBT, ADS, DET"},
    {"R-EXP3", "error; check",
     QT_TRANSLATE_NOOP("RuleInfo", "Internal web services FQDNs resolve only inside"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Keep internal-only names and private addresses out of external DNS."),
     "MOBT, S-MOB"},
    {"R-EXP4", "error; check", QT_TRANSLATE_NOOP("RuleInfo", "The Admin simple URL is internal only"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Keep internal-only names and private addresses out of external DNS."),
     "SURL, PSURL, S-SURL"},
    {"R-EXP5", "check", QT_TRANSLATE_NOOP("RuleInfo", "sipinternal does not resolve externally"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Keep internal-only names and private addresses out of external DNS."),
     "DET"},
    {"R-EXP6", "error; check",
     QT_TRANSLATE_NOOP("RuleInfo", "Pool, server and other internal-only names stay out of public DNS"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Keep internal-only names and private addresses out of external DNS."),
     "FEPD, S-DNS, E-SNAT"},
    {"R-EXP7", "error", QT_TRANSLATE_NOOP("RuleInfo", "External records carry public addresses"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Keep internal-only names and private addresses out of external DNS."),
     "E-SNAT, E-DNAT, S-EDGE"},
    {"R-EXP8", "check", QT_TRANSLATE_NOOP("RuleInfo", "The Edge internal FQDN resolves only inside"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Keep internal-only names and private addresses out of external DNS."),
     "E-SNAT, E-SPUB, E-DNAT, E-DPUB, E-HLB"},

    // Simple URLs.
    {"R-URL1", "error", QT_TRANSLATE_NOOP("RuleInfo", "There is one Meet URL per SIP domain"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Fix the simple URLs: https, no port, one Meet URL per SIP domain, all unique."),
     "SURL, PSURL, S-SURL"},
    {"R-URL3", "error",
     QT_TRANSLATE_NOOP("RuleInfo",
                       "Simple URLs are https, without a port, unique, no prefix of another, no pool FQDN"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Fix the simple URLs: https, no port, one Meet URL per SIP domain, all unique."),
     "PSURL, S-SURL"},
    {"R-URL4", "error or warning",
     QT_TRANSLATE_NOOP("RuleInfo",
                       "Site-scoped simple URLs are complete and do not meet a cross-site failover"),
     QT_TRANSLATE_NOOP(
         "ReportBuilder",
         "Give a site with site-scoped simple URLs its own Dial-in URL; prefer global simple URLs "
         "when pools are paired across sites."),
     "PSURL, S-SURL"},
    {"R-URL5", "warning",
     QT_TRANSLATE_NOOP("RuleInfo", "Skype for Business: a simple URL host is not a SIP domain itself"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Fix the simple URLs: https, no port, one Meet URL per SIP domain, all unique."),
     "S-SURL"},

    // Certificates.
    {"R-CERT1", "warning or info",
     QT_TRANSLATE_NOOP("RuleInfo", "A name clients reach is one the certificate wizard adds"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Add the name to the certificate request by hand (the Certificates section lists "
                       "every name), or change the plan so clients reach a name the wizard adds."),
     "CINT, S-EDGE"},

    // IPv6 and split-brain DNS.
    {"R-IP1", "warning", QT_TRANSLATE_NOOP("RuleInfo", "With IPv6 on, every host has an IPv6 address"),
     QT_TRANSLATE_NOOP("ReportBuilder", "Give every host an IPv6 address, or turn IPv6 off in the plan."),
     "DET, IPV6, E-REQ"},
    // Hybrid with Microsoft 365 (plan-format.md rule 12; the catalogue's hybrid split-brain rule).
    {"R-HYB1", "error", QT_TRANSLATE_NOOP("RuleInfo", "Hybrid has an Edge pool for the federation SRVs"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Plan the Edge pool: hybrid routes federation with Microsoft 365 through "
                       "_sipfederationtls._tcp of every SIP domain to an Access Edge."),
     "S-HYB"},
    {"R-HYB2", "info",
     QT_TRANSLATE_NOOP("RuleInfo",
                       "In hybrid the Edge servers resolve the federation SRV of every SIP domain"),
     QT_TRANSLATE_NOOP("ReportBuilder",
                       "Add _sipfederationtls._tcp of each SIP domain to the internal zone the Edge servers "
                       "ask, or point them at external DNS servers."),
     "S-HYB"},
    {"R-HYB3", "warning",
     QT_TRANSLATE_NOOP("RuleInfo", "In hybrid internal clients resolve the Web Conferencing Edge name"),
     QT_TRANSLATE_NOOP(
         "ReportBuilder",
         "Add an internal A record for the Web Conferencing Edge FQDN with its external address."),
     "S-HYB"},
    {"R-SPLIT2", "info",
     QT_TRANSLATE_NOOP("RuleInfo",
                       "Without split-brain DNS, internal names in SIP domains need pin-point zones"),
     QT_TRANSLATE_NOOP("ReportBuilder", "Create the pin-point zones listed under internal DNS records."),
     "DET, S-ADV"},
};

} // namespace

const QList<RuleInfo> &ruleInfos()
{
    return kRules;
}

const RuleInfo *ruleInfo(const QString &id)
{
    static const QHash<QString, const RuleInfo *> byId = [] {
        QHash<QString, const RuleInfo *> h;
        for (const RuleInfo &r : kRules)
            h.insert(QLatin1String(r.id), &r);
        return h;
    }();
    return byId.value(id);
}

QString ruleTitle(const QString &id)
{
    const RuleInfo *r = ruleInfo(id);
    return r ? QCoreApplication::translate("RuleInfo", r->title) : QString();
}

QString ruleWhatToDo(const QString &id)
{
    const RuleInfo *r = ruleInfo(id);
    if (!r)
        return QCoreApplication::translate("RuleInfo", "See docs/reference/rules.md for this rule.");
    return QCoreApplication::translate("ReportBuilder", r->whatToDo);
}

// Declared with Finding (model/validator/finding.h): whether any finding is an error.
bool hasErrors(const Findings &findings)
{
    for (const Finding &f : findings)
        if (f.severity == Severity::Error)
            return true;
    return false;
}

} // namespace lyncdns
