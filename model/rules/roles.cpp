#include "model/rules/roles.h"

#include <QCoreApplication>

#include <iterator>

namespace lyncdns {

namespace {

struct RoleInfo
{
    Role role;
    const char *label;
    Exposure exposure;
    const char *leakRule; // R-EXP rule for internal-only roles
};

// The one table: every role, in the enum's order.
constexpr RoleInfo roles[] = {
    {Role::FrontEndPool, QT_TRANSLATE_NOOP("Roles", "Front End pool FQDN"), Exposure::InternalOnly, "R-EXP6"},
    {Role::FrontEndServer, QT_TRANSLATE_NOOP("Roles", "Front End server FQDN"), Exposure::InternalOnly,
     "R-EXP6"},
    {Role::StandardEditionServer, QT_TRANSLATE_NOOP("Roles", "Standard Edition server FQDN"),
     Exposure::InternalOnly, "R-EXP6"},
    {Role::FrontEndInternalWeb, QT_TRANSLATE_NOOP("Roles", "Front End internal web services FQDN"),
     Exposure::InternalOnly, "R-EXP3"},
    {Role::FrontEndExternalWeb, QT_TRANSLATE_NOOP("Roles", "Front End external web services FQDN"),
     Exposure::ExternalOnly, ""},
    {Role::DirectorPool, QT_TRANSLATE_NOOP("Roles", "Director pool FQDN"), Exposure::InternalOnly, "R-EXP6"},
    {Role::DirectorServer, QT_TRANSLATE_NOOP("Roles", "Director server FQDN"), Exposure::InternalOnly,
     "R-EXP6"},
    {Role::DirectorInternalWeb, QT_TRANSLATE_NOOP("Roles", "Director internal web services FQDN"),
     Exposure::InternalOnly, "R-EXP3"},
    {Role::DirectorExternalWeb, QT_TRANSLATE_NOOP("Roles", "Director external web services FQDN"),
     Exposure::ExternalOnly, ""},
    {Role::EdgeInternal, QT_TRANSLATE_NOOP("Roles", "Edge internal FQDN"), Exposure::InternalOnly, "R-EXP8"},
    {Role::EdgeServer, QT_TRANSLATE_NOOP("Roles", "Edge server FQDN"), Exposure::InternalOnly, "R-EXP6"},
    {Role::AccessEdge, QT_TRANSLATE_NOOP("Roles", "Access Edge FQDN"), Exposure::ExternalOnly, ""},
    {Role::WebConferencingEdge, QT_TRANSLATE_NOOP("Roles", "Web Conferencing Edge FQDN"),
     Exposure::ExternalOnly, ""},
    {Role::AvEdge, QT_TRANSLATE_NOOP("Roles", "A/V Edge FQDN"), Exposure::ExternalOnly, ""},
    {Role::XmppHost, QT_TRANSLATE_NOOP("Roles", "XMPP host"), Exposure::ExternalOnly, ""},
    {Role::PersistentChatPool, QT_TRANSLATE_NOOP("Roles", "Persistent Chat pool FQDN"),
     Exposure::InternalOnly, "R-EXP6"},
    {Role::PersistentChatServer, QT_TRANSLATE_NOOP("Roles", "Persistent Chat server FQDN"),
     Exposure::InternalOnly, "R-EXP6"},
    {Role::OfficeWebAppsInternal, QT_TRANSLATE_NOOP("Roles", "Office Web Apps internal FQDN"),
     Exposure::InternalOnly, "R-EXP6"},
    {Role::OfficeWebAppsExternal, QT_TRANSLATE_NOOP("Roles", "Office Web Apps external FQDN"),
     Exposure::ExternalOnly, ""},
    {Role::MediationPool, QT_TRANSLATE_NOOP("Roles", "Mediation pool FQDN"), Exposure::InternalOnly,
     "R-EXP6"},
    {Role::MediationServer, QT_TRANSLATE_NOOP("Roles", "Mediation server FQDN"), Exposure::InternalOnly,
     "R-EXP6"},
    {Role::OfficeWebAppsServer, QT_TRANSLATE_NOOP("Roles", "Office Web Apps server FQDN"),
     Exposure::InternalOnly, "R-EXP6"},
    {Role::SurvivableBranch, QT_TRANSLATE_NOOP("Roles", "Survivable Branch Appliance FQDN"),
     Exposure::InternalOnly, "R-EXP6"},
    {Role::MeetUrl, QT_TRANSLATE_NOOP("Roles", "Meet simple URL host"), Exposure::Both, ""},
    {Role::DialinUrl, QT_TRANSLATE_NOOP("Roles", "Dial-in simple URL host"), Exposure::Both, ""},
    {Role::AdminUrl, QT_TRANSLATE_NOOP("Roles", "Admin simple URL host"), Exposure::InternalOnly, "R-EXP4"},
    {Role::SipInternalHost, QT_TRANSLATE_NOOP("Roles", "internal sip.<SIP domain> host record"),
     Exposure::Internal, ""},
    {Role::SipAccessName, QT_TRANSLATE_NOOP("Roles", "external sip.<SIP domain> Access Edge name"),
     Exposure::ExternalOnly, ""},
    {Role::SipInternal, QT_TRANSLATE_NOOP("Roles", "sipinternal.<SIP domain> host record"),
     Exposure::InternalOnly, "R-EXP5"},
    {Role::SipExternal, QT_TRANSLATE_NOOP("Roles", "sipexternal.<SIP domain> host record"),
     Exposure::ExternalOnly, ""},
    {Role::LyncDiscover, QT_TRANSLATE_NOOP("Roles", "lyncdiscover.<SIP domain> Autodiscover record"),
     Exposure::ExternalOnly, ""},
    {Role::LyncDiscoverInternal,
     QT_TRANSLATE_NOOP("Roles", "lyncdiscoverinternal.<SIP domain> Autodiscover record"),
     Exposure::InternalOnly, "R-EXP1"},
    {Role::SrvTarget, QT_TRANSLATE_NOOP("Roles", "sign-in SRV target inside the SIP domain"),
     Exposure::Internal, ""},
    {Role::DeviceUpdates, QT_TRANSLATE_NOOP("Roles", "ucupdates-r2.<SIP domain> device update host"),
     Exposure::InternalOnly, "R-EXP6"},
};
static_assert(std::size(roles) == static_cast<std::size_t>(Role::DeviceUpdates) + 1,
              "one row per role, in the enum's order");

const RoleInfo &info(Role role)
{
    return roles[static_cast<std::size_t>(role)];
}

} // namespace

QString roleLabel(Role role)
{
    return QCoreApplication::translate("Roles", info(role).label);
}

Exposure roleExposure(Role role)
{
    return info(role).exposure;
}

QString leakRule(Role role)
{
    return QLatin1String(info(role).leakRule);
}

bool isPublished(Role role)
{
    const Exposure e = roleExposure(role);
    return e == Exposure::ExternalOnly || e == Exposure::Both;
}

bool hasInternalRecords(Role role)
{
    return roleExposure(role) != Exposure::ExternalOnly;
}

bool isServerRole(Role role)
{
    return role == Role::FrontEndServer || role == Role::StandardEditionServer ||
           role == Role::DirectorServer || role == Role::EdgeServer || role == Role::PersistentChatServer ||
           role == Role::MediationServer || role == Role::OfficeWebAppsServer ||
           role == Role::SurvivableBranch;
}

bool isInternalWebRole(Role role)
{
    return role == Role::FrontEndInternalWeb || role == Role::DirectorInternalWeb;
}

bool isExternalWebRole(Role role)
{
    return role == Role::FrontEndExternalWeb || role == Role::DirectorExternalWeb;
}

bool isSimpleUrlRole(Role role)
{
    return role == Role::MeetUrl || role == Role::DialinUrl || role == Role::AdminUrl;
}

bool isPoolRole(Role role)
{
    return role == Role::FrontEndPool || role == Role::StandardEditionServer || role == Role::DirectorPool;
}

} // namespace lyncdns
