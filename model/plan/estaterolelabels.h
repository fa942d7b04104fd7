#pragma once

// The words for the roles of an estate's sites (estateedit.h), written once: the topology tree,
// the editor pages' headings, the review summary and the step list all read them here.

#include "model/plan/estateedit.h"

#include <QString>

namespace lyncdns {

// One element: "Front End pool", "Edge pool", "Reverse proxy", "Office Web Apps farm", ...
QString estateRoleTitle(EstateRole role);
// The heading of a site's list: "Front End pools", "Edge pools", "Reverse proxies", ...
QString estateRoleGroupTitle(EstateRole role);
// A count: "1 Front End pool", "3 Edge pools" (plural forms from the translation).
QString estateRoleCountText(EstateRole role, qsizetype count);

// Every role in the order the topology shows them.
inline constexpr EstateRole kEstateRoles[] = {
    EstateRole::FrontEnd,      EstateRole::Director,       EstateRole::Edge,      EstateRole::ReverseProxy,
    EstateRole::OfficeWebApps, EstateRole::PersistentChat, EstateRole::Mediation,
};

} // namespace lyncdns
