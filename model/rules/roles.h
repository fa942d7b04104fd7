#pragma once

// Every role a DNS name can hold in a plan, and the one table that says for each its label, where it
// may resolve (exposure) and the catalogue rule a leak of it breaks (lync-dns-catalogue.md §3.3).

#include <QString>

namespace lyncdns {

enum class Role
{
    FrontEndPool,
    FrontEndServer,
    StandardEditionServer,
    FrontEndInternalWeb,
    FrontEndExternalWeb,
    DirectorPool,
    DirectorServer,
    DirectorInternalWeb,
    DirectorExternalWeb,
    EdgeInternal,
    EdgeServer,
    AccessEdge,
    WebConferencingEdge,
    AvEdge,
    XmppHost,
    PersistentChatPool,
    PersistentChatServer,
    OfficeWebAppsInternal,
    OfficeWebAppsExternal,
    MediationPool,
    MediationServer,
    OfficeWebAppsServer, // a member of a load-balanced farm
    SurvivableBranch,    // a Survivable Branch Appliance or Server
    MeetUrl,
    DialinUrl,
    AdminUrl,
    // Generated once per SIP domain <d>.
    SipInternalHost,      // sip.<d> in internal DNS: the sign-in pool
    SipAccessName,        // sip.<d> (or <label>.<d> for a further Edge pool) in external DNS: the Access Edge
    SipInternal,          // sipinternal.<d>
    SipExternal,          // sipexternal.<d>
    LyncDiscover,         // lyncdiscover.<d>
    LyncDiscoverInternal, // lyncdiscoverinternal.<d>
    SrvTarget,            // <first label of the pool>.<d>, the _sipinternaltls target inside the domain
    DeviceUpdates         // ucupdates-r2.<d>
};

enum class Exposure
{
    InternalOnly, // internal records; must not resolve outside (a leak rule applies)
    Internal,     // internal records; the same name may mean another thing outside (sip.<d>)
    ExternalOnly, // external records only
    Both          // one record in each view
};

QString roleLabel(Role role);
Exposure roleExposure(Role role);
// The rule a published internal-only name breaks (R-EXP1, R-EXP3, R-EXP4, R-EXP5, R-EXP6, R-EXP8);
// empty for roles that are not internal only.
QString leakRule(Role role);
// True when the role can have records in external DNS.
bool isPublished(Role role);
// True when the role can have records in internal DNS.
bool hasInternalRecords(Role role);
// A machine: one FQDN, one set of addresses (P-DUP-FQDN when two servers share it).
bool isServerRole(Role role);
bool isInternalWebRole(Role role);
bool isExternalWebRole(Role role);
bool isSimpleUrlRole(Role role);
// The Front End or Director pool FQDN (a simple URL cannot use it, R-URL3).
bool isPoolRole(Role role);

} // namespace lyncdns
