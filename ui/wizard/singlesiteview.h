#pragma once

// The part of an estate the wizard edits (plan-format.md, version 2): site 0's first Front End
// pool, first Director pool, first Edge pool, first reverse proxy, first Office Web Apps farm and
// first Persistent Chat pool. Every setter replaces, adds or removes that one element and leaves
// every other site, pool and setting of the plan as it was, so a larger plan opened in the wizard
// loses nothing. The estate editor is a later issue; until then the pages ask here.

#include "model/plan/plan.h"

#include <QString>

#include <optional>

namespace lyncdns::singlesite {

// The site the wizard shows.
constexpr qsizetype kSite = 0;

// The JSON paths of the elements ("sites[0].frontEndPools[0]", ...): the pages' path prefixes and
// the names of their widgets, as the validator's findings name them.
QString frontEndPath();
QString directorPath();
QString edgePath();
QString reverseProxyPath();
QString officeWebAppsPath();
QString persistentChatPath();

// The name of the site the wizard shows; empty when the plan has no site yet.
QString siteName(const Plan &plan);

// An empty pool while the plan has no Front End pool yet.
const Pool &frontEnd(const Plan &plan);
void setFrontEnd(Plan &plan, const Pool &pool);

std::optional<Pool> director(const Plan &plan);
// A pool replaces the first Director pool (or becomes it); nullopt removes that one only.
void setDirector(Plan &plan, const std::optional<Pool> &pool);

std::optional<Edge> edge(const Plan &plan);
void setEdge(Plan &plan, const std::optional<Edge> &edge);

std::optional<ReverseProxy> reverseProxy(const Plan &plan);
// A proxy without a name is named "reverse-proxy" (or "reverse-proxy-2", ... when another site
// has that name already), as a version 1 plan's proxy is.
void setReverseProxy(Plan &plan, const std::optional<ReverseProxy> &proxy);

std::optional<OfficeWebApps> officeWebApps(const Plan &plan);
void setOfficeWebApps(Plan &plan, const std::optional<OfficeWebApps> &farm);

std::optional<ServerPool> persistentChat(const Plan &plan);
void setPersistentChat(Plan &plan, const std::optional<ServerPool> &pool);

// The pool editor does not show the references of a pool (reverseProxy, edgePool, pairedWith):
// an edit keeps them as the plan has them.
Pool withUnshownFields(Pool edited, const Pool &stored);

// True when a reverse proxy publishes the web services of the wizard's Front End (Director)
// pool: its external web services FQDN is then needed.
bool frontEndPublished(const Plan &plan);
bool directorPublished(const Plan &plan);

// What the plan holds beyond the elements above, in one or two sentences for the main window
// ("This plan has 3 sites; the wizard shows site "Redmond" — ..."); empty when the wizard shows
// all of it.
QString scopeNote(const Plan &plan);

} // namespace lyncdns::singlesite
