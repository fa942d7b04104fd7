#pragma once

// The elements the pool editor pages show (plan-format.md, version 2): the element of each list of
// the site the EditScope names (editscope.h), set from the topology page. Every setter replaces,
// adds or removes that one element and leaves every other site, pool and setting of the plan as it
// was. An index one past the end means "a new one": the getter answers nothing, the setter appends.

#include "model/plan/plan.h"
#include "ui/wizard/editscope.h"

#include <QString>

#include <optional>

namespace lyncdns::scoped {

// The JSON path of an element ("sites[1].frontEndPools[2]"): the pages' path prefixes and the names
// of their widgets, as the validator's findings name them.
QString elementPath(const EditScope &scope, EstateRole role);

// The scope a finding's path points into: the site and the element of its role; nullopt for a path
// outside any site's lists ("signIn.pool").
struct PathScope
{
    qsizetype site = 0;
    EstateRole role = EstateRole::FrontEnd;
    qsizetype index = 0;
};
std::optional<PathScope> scopeOfPath(const QString &jsonPath);

// The name of the site shown; empty when the plan has no site yet.
QString siteName(const Plan &plan, const EditScope &scope);
// "Front End pool 2 of 3 in site Redmond": what a page edits, for its heading.
QString elementCaption(const Plan &plan, const EditScope &scope, EstateRole role);

// An empty pool while the site has no such Front End pool yet.
const Pool &frontEnd(const Plan &plan, const EditScope &scope);
// referencedName (Front End, Director, Edge): the name the element's references hold, which its editor
// tracks while the name is typed over (see followRename in estateedit.h); updated when they follow.
void setFrontEnd(Plan &plan, const EditScope &scope, const Pool &pool, QString *referencedName = nullptr);

std::optional<Pool> director(const Plan &plan, const EditScope &scope);
// A pool replaces the Director pool (or becomes it); nullopt removes that one only.
void setDirector(Plan &plan, const EditScope &scope, const std::optional<Pool> &pool,
                 QString *referencedName = nullptr);

std::optional<Edge> edge(const Plan &plan, const EditScope &scope);
void setEdge(Plan &plan, const EditScope &scope, const std::optional<Edge> &edge,
             QString *referencedName = nullptr);

std::optional<ReverseProxy> reverseProxy(const Plan &plan, const EditScope &scope);
// A proxy without a name is named "reverse-proxy" (or "reverse-proxy-2", ... when another has that
// name already), as a version 1 plan's proxy is.
void setReverseProxy(Plan &plan, const EditScope &scope, const std::optional<ReverseProxy> &proxy);

std::optional<OfficeWebApps> officeWebApps(const Plan &plan, const EditScope &scope);
void setOfficeWebApps(Plan &plan, const EditScope &scope, const std::optional<OfficeWebApps> &farm);

std::optional<ServerPool> persistentChat(const Plan &plan, const EditScope &scope);
void setPersistentChat(Plan &plan, const EditScope &scope, const std::optional<ServerPool> &pool);

std::optional<ServerPool> mediation(const Plan &plan, const EditScope &scope);
void setMediation(Plan &plan, const EditScope &scope, const std::optional<ServerPool> &pool);

// True when a reverse proxy publishes the web services of the shown Front End (Director) pool:
// its external web services FQDN is then needed.
bool frontEndPublished(const Plan &plan, const EditScope &scope);
bool directorPublished(const Plan &plan, const EditScope &scope);

} // namespace lyncdns::scoped
