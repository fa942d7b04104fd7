#include "model/rules/requirements.h"

#include <QCoreApplication>
#include <QHash>

namespace lyncdns {

namespace {

const QList<RequirementInfo> kRequirements = {
    // Internal DNS: servers, pools and web services.
    {"int-server", QT_TRANSLATE_NOOP("Requirements", "Server host record"),
     "FEPD, FEP, SE, PCHAT, DET, S-DNS, S-BASICS"},
    {"int-pool-dnslb", QT_TRANSLATE_NOOP("Requirements", "DNS load-balanced pool (one address per server)"),
     "DNSLB, CDNSLB, FEP, FEPD, S-DNS, S-CREATE"},
    {"int-pool-hlb", QT_TRANSLATE_NOOP("Requirements", "Hardware load-balanced pool (the VIP)"),
     "DET, S-ADV, CHOST, FEPD"},
    {"int-pool-single", QT_TRANSLATE_NOOP("Requirements", "Pool of one server without a load balancer"),
     "FEP, CHOST"},
    {"int-webint", QT_TRANSLATE_NOOP("Requirements", "Internal web services FQDN"),
     "DNSLB, CDNSLB, FEP, FEPD, MOBT, CINT, S-DNS, S-CREATE"},
    {"int-director-pool", QT_TRANSLATE_NOOP("Requirements", "Director pool"), "DIRP, DIR1, S-DNS"},
    {"int-edge-internal", QT_TRANSLATE_NOOP("Requirements", "Edge internal FQDN"),
     "E-SNAT, E-SPUB, E-DNAT, E-DPUB, E-HLB, DNSLB, DET, CEDGE, S-DNS, S-EDGE"},
    {"int-edge-node", QT_TRANSLATE_NOOP("Requirements", "Edge server internal interface"), "S-DNS"},
    {"int-owas", QT_TRANSLATE_NOOP("Requirements", "Office Web Apps Server (internal)"), "S-DNS"},
    {"int-pchat", QT_TRANSLATE_NOOP("Requirements", "Persistent Chat server or pool"),
     "PCHAT, S-DNS, S-2019"},
    {"int-mediation", QT_TRANSLATE_NOOP("Requirements", "Mediation server or pool"), "DNSLB, S-DNS"},
    {"int-extweb-internal",
     QT_TRANSLATE_NOOP("Requirements", "External web services reached from inside (Mobility, UCWA)"),
     "S-DNS, MOBT"},
    // Internal DNS: client discovery and devices, once per SIP domain.
    {"int-sipinternaltls", QT_TRANSLATE_NOOP("Requirements", "Internal automatic sign-in SRV"),
     "ACS, DET, FEP, FEPD, SE, CSRV, S-DNS, S-ADV, S-CREATE, S-BASICS"},
    {"int-sipinternal", QT_TRANSLATE_NOOP("Requirements", "Internal sign-in SRV over TCP"), "DET, S-DNS"},
    {"int-sipinternal-a", QT_TRANSLATE_NOOP("Requirements", "Internal sign-in host fallback (sipinternal)"),
     "DET, S-ADV, CINT"},
    {"int-sip", QT_TRANSLATE_NOOP("Requirements", "Internal sip host (fallback, desk phones)"),
     "FEPD, DIR1, DIRP, DET, S-DNS, CINT"},
    {"int-lyncdiscoverinternal",
     QT_TRANSLATE_NOOP("Requirements", "Internal Autodiscover (lyncdiscoverinternal)"),
     "MOB, ADS, ADR, MOBT, DET, ADC, CDIR, S-DNS, S-MOB"},
    {"int-ntp", QT_TRANSLATE_NOOP("Requirements", "Time server SRV for desk phones"), "FEPD, S-DNS"},
    {"int-ucupdates-r2", QT_TRANSLATE_NOOP("Requirements", "Device Update Web service host for phones"),
     "FEP, SE, S-DNS"},
    {"int-meet", QT_TRANSLATE_NOOP("Requirements", "Meet simple URL (internal)"),
     "SURL, PSURL, FEPD, CHOST, DIR1, DIRP, S-DNS, S-SURL"},
    {"int-dialin", QT_TRANSLATE_NOOP("Requirements", "Dial-in simple URL (internal)"),
     "SURL, PSURL, FEPD, DIR1, DIRP, S-DNS"},
    {"int-admin", QT_TRANSLATE_NOOP("Requirements", "Admin simple URL (internal only)"),
     "SURL, PSURL, FEPD, S-DNS, S-SURL"},
    // External DNS: Edge, federation and XMPP.
    {"ext-access", QT_TRANSLATE_NOOP("Requirements", "Access Edge (sip and the access FQDN)"),
     "E-SNAT, E-SPUB, E-DNAT, E-DPUB, E-HLB, DNSLB, CEDGE-NAT, S-EDGE, S-DNS"},
    {"ext-webcon", QT_TRANSLATE_NOOP("Requirements", "Web Conferencing Edge"),
     "E-SNAT, E-SPUB, E-DNAT, E-DPUB, E-HLB, DNSLB, CEDGE-NAT, S-EDGE, S-DNS"},
    {"ext-av", QT_TRANSLATE_NOOP("Requirements", "A/V Edge"),
     "E-SNAT, E-SPUB, E-DNAT, E-DPUB, E-HLB, DNSLB, S-EDGE, S-DNS"},
    {"ext-sip-tls", QT_TRANSLATE_NOOP("Requirements", "External automatic sign-in SRV"),
     "E-SNAT, E-SPUB, E-DNAT, E-DPUB, E-HLB, S-EDGE, S-DNS"},
    {"ext-sipfed", QT_TRANSLATE_NOOP("Requirements", "Federation and push notification SRV"),
     "FED, MOB, PUSH, PDISC, HXUM, S-HYB, S-EDGE, S-DNS"},
    {"ext-sipexternal", QT_TRANSLATE_NOOP("Requirements", "External sign-in host fallback (sipexternal)"),
     "DET, S-ADV, CINT"},
    {"ext-xmpp-srv", QT_TRANSLATE_NOOP("Requirements", "XMPP federation SRV"),
     "XMPP, FED, E-SNAT, E-SPUB, E-DNAT, E-DPUB, S-EDGE, S-2019"},
    {"ext-xmpp-a", QT_TRANSLATE_NOOP("Requirements", "XMPP proxy host"), "XMPP, FED, CEDGE-NAT, S-EDGE"},
    // External DNS: reverse proxy, web services, Autodiscover and simple URLs.
    {"ext-webext", QT_TRANSLATE_NOOP("Requirements", "Front End external web services"),
     "RP, RPD, FEP, SE, DNSLB, MOBT, S-DNS"},
    {"ext-webdirext", QT_TRANSLATE_NOOP("Requirements", "Director external web services"),
     "RP, RPD, CRP, CINT, DNSLB"},
    {"ext-meet", QT_TRANSLATE_NOOP("Requirements", "Meet simple URL (external)"), "RP, RPD, SURL, S-DNS"},
    {"ext-dialin", QT_TRANSLATE_NOOP("Requirements", "Dial-in simple URL (external)"), "RP, RPD, S-DNS"},
    {"ext-owas", QT_TRANSLATE_NOOP("Requirements", "Office Web Apps Server (external)"),
     "RP, RPD, CRP, S-DNS"},
    {"ext-geodns",
     QT_TRANSLATE_NOOP("Requirements", "GeoDNS name for paired pools (Meet, Dial-in, Autodiscover)"),
     "DET, SURL, S-ADV, S-SURL"},
    {"ext-lyncdiscover", QT_TRANSLATE_NOOP("Requirements", "External Autodiscover (lyncdiscover)"),
     "MOB, ADS, ADR, ADC, ADP, ADPORT, MOBT, RP, RPD, CRP, S-DNS, S-MOB"},
    // Microsoft 365: a SIP domain moved to Teams (migration phase teams-only, plan-format.md rule 12).
    {"ext-m365-sipfed", QT_TRANSLATE_NOOP("Requirements", "Microsoft 365 federation SRV"),
     "M-DNS, M-DISABLE, M-GCCH, M-DOD, M-21V"},
    {"ext-m365-sip-tls", QT_TRANSLATE_NOOP("Requirements", "Microsoft 365 sign-in SRV"),
     "M-DNS, M-DISABLE, M-GCCH, M-DOD, M-21V"},
    {"ext-m365-lyncdiscover", QT_TRANSLATE_NOOP("Requirements", "Microsoft 365 Autodiscover (lyncdiscover)"),
     "M-DNS, M-DISABLE, M-TOCHECK, M-GCCH, M-DOD, M-21V"},
    {"ext-m365-sip", QT_TRANSLATE_NOOP("Requirements", "Microsoft 365 sip CNAME"),
     "M-DNS, M-DISABLE, M-GCCH, M-DOD, M-21V"},
};

} // namespace

const QList<RequirementInfo> &requirementInfos()
{
    return kRequirements;
}

const RequirementInfo *requirementInfo(const QString &id)
{
    static const QHash<QString, const RequirementInfo *> byId = [] {
        QHash<QString, const RequirementInfo *> h;
        for (const RequirementInfo &r : kRequirements)
            h.insert(QLatin1String(r.id), &r);
        return h;
    }();
    return byId.value(id);
}

QString requirementName(const QString &id)
{
    const RequirementInfo *r = requirementInfo(id);
    return r ? QCoreApplication::translate("Requirements", r->name) : QString();
}

} // namespace lyncdns
