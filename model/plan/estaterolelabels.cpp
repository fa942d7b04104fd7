#include "model/plan/estaterolelabels.h"

#include <QCoreApplication>

namespace lyncdns {

QString estateRoleTitle(EstateRole role)
{
    switch (role) {
    case EstateRole::FrontEnd:
        return QCoreApplication::translate("EstateRole", "Front End pool");
    case EstateRole::Director:
        return QCoreApplication::translate("EstateRole", "Director pool");
    case EstateRole::Edge:
        return QCoreApplication::translate("EstateRole", "Edge pool");
    case EstateRole::ReverseProxy:
        return QCoreApplication::translate("EstateRole", "Reverse proxy");
    case EstateRole::OfficeWebApps:
        return QCoreApplication::translate("EstateRole", "Office Web Apps farm");
    case EstateRole::PersistentChat:
        return QCoreApplication::translate("EstateRole", "Persistent Chat pool");
    case EstateRole::Mediation:
        return QCoreApplication::translate("EstateRole", "Mediation pool");
    }
    return {};
}

QString estateRoleGroupTitle(EstateRole role)
{
    switch (role) {
    case EstateRole::FrontEnd:
        return QCoreApplication::translate("EstateRole", "Front End pools");
    case EstateRole::Director:
        return QCoreApplication::translate("EstateRole", "Director pools");
    case EstateRole::Edge:
        return QCoreApplication::translate("EstateRole", "Edge pools");
    case EstateRole::ReverseProxy:
        return QCoreApplication::translate("EstateRole", "Reverse proxies");
    case EstateRole::OfficeWebApps:
        return QCoreApplication::translate("EstateRole", "Office Web Apps farms");
    case EstateRole::PersistentChat:
        return QCoreApplication::translate("EstateRole", "Persistent Chat pools");
    case EstateRole::Mediation:
        return QCoreApplication::translate("EstateRole", "Mediation pools");
    }
    return {};
}

QString estateRoleCountText(EstateRole role, qsizetype count)
{
    const int n = int(count);
    switch (role) {
    case EstateRole::FrontEnd:
        return QCoreApplication::translate("EstateRole", "%n Front End pool(s)", nullptr, n);
    case EstateRole::Director:
        return QCoreApplication::translate("EstateRole", "%n Director pool(s)", nullptr, n);
    case EstateRole::Edge:
        return QCoreApplication::translate("EstateRole", "%n Edge pool(s)", nullptr, n);
    case EstateRole::ReverseProxy:
        return QCoreApplication::translate("EstateRole", "%n reverse proxy(ies)", nullptr, n);
    case EstateRole::OfficeWebApps:
        return QCoreApplication::translate("EstateRole", "%n Office Web Apps farm(s)", nullptr, n);
    case EstateRole::PersistentChat:
        return QCoreApplication::translate("EstateRole", "%n Persistent Chat pool(s)", nullptr, n);
    case EstateRole::Mediation:
        return QCoreApplication::translate("EstateRole", "%n Mediation pool(s)", nullptr, n);
    }
    return {};
}

} // namespace lyncdns
