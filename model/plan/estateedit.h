#pragma once

// Edits of an estate's structure (plan-format.md, version 2) as the topology page makes them:
// add, duplicate, rename and remove sites, pools of each role and branch sites. Each keeps the plan
// consistent the way an admin expects: a rename follows every reference to the old name (sign-in,
// backup and web pools, pairing, a Front End pool's Edge pool and proxy, GeoDNS, branch sites' central
// site); a removal drops the references to what is gone; a duplicate never shares a name with the
// original (two roles are never merged under one name) and copies no address (an address belongs to
// one machine: the copy's are empty, for the admin to fill). Plain functions over Plan, no Qt Widgets.

#include "model/plan/plan.h"

#include <QString>

namespace lyncdns {

// The lists of a central site the topology shows, in the order it shows them.
enum class EstateRole
{
    FrontEnd,
    Director,
    Edge,
    ReverseProxy,
    OfficeWebApps,
    PersistentChat,
    Mediation,
};

// The JSON list name of a role ("frontEndPools", "edgePools", ...), as planpaths.h spells it.
const char *estateRoleList(EstateRole role);
// Number of elements of a role in a site (0 for a site index out of range).
qsizetype estateRoleCount(const Plan &plan, qsizetype site, EstateRole role);
// The name an element shows in the tree: a pool's FQDN (Edge: its internal FQDN, Office Web Apps:
// its internal FQDN, proxy: its name); empty when not set yet.
QString estateElementName(const Plan &plan, qsizetype site, EstateRole role, qsizetype index);

// A site name not yet used ("Site 2", "Site 3", ...; case-insensitive).
QString unusedSiteName(const Plan &plan);

// Appends a central site named name (unusedSiteName() when empty); returns its index.
qsizetype addSite(Plan &plan, const QString &name = QString());
// Appends a copy of site `site` named "<name> (copy)" (made unique), every pool, server and proxy
// renamed by duplicateName() and every address emptied; returns its index, -1 if out of range.
qsizetype duplicateSite(Plan &plan, qsizetype site);
// Renames a site and the branch sites that name it as their central site. False (plan unchanged)
// for an empty name, a name another site has, or an index out of range.
bool renameSite(Plan &plan, qsizetype site, const QString &name);
// Removes a site, its branch sites' reference to it (their centralSite becomes empty: the validator
// then asks for one) and every reference to its pools (see removeElement). False if out of range.
bool removeSite(Plan &plan, qsizetype site);

// Appends a new element of a role to a site with sensible defaults: an Enterprise Front End pool
// with hardware load balancing, a Director pool with hardware load balancing, a single Edge server
// (a pool of one), a reverse proxy named like a version 1 plan's ("reverse-proxy", then
// "reverse-proxy-2", ...), an Office Web Apps farm, a Persistent Chat or Mediation pool; every name
// and address empty. Returns its index, -1 for a site out of range.
qsizetype addElement(Plan &plan, qsizetype site, EstateRole role);
// Appends a copy right after the original with duplicateName() names (the pool, each server, a
// proxy's name) and every address empty. Returns the copy's index, -1 if out of range.
qsizetype duplicateElement(Plan &plan, qsizetype site, EstateRole role, qsizetype index);
// Renames an element (pool FQDN; Edge internal FQDN; Office Web Apps internal FQDN; proxy name) and
// every reference to the old name. False (unchanged) for an empty name or one another element of
// the same kind has (FQDNs and proxy names compare case-insensitively), or out of range.
bool renameElement(Plan &plan, qsizetype site, EstateRole role, qsizetype index, const QString &name);
// After an element's name was edited in its editor (from `old`, the name its references hold, to the
// name it has now): every reference to `old` follows, as renameElement() does, unless the old name
// is still another element's, the new one already is (a name passed through while typing "pool02"
// over "pool01" must not carry pool02's references away), or a reference already names the new
// name (it would merge with this element's). Returns whether references followed: the editor keeps
// `old` until they do.
bool followRename(Plan &plan, qsizetype site, EstateRole role, qsizetype index, const QString &old);
// Removes an element and every reference to it: signIn.pool/webPool become empty (the default),
// it leaves signIn.backupPools and geoDns.pools, pools paired with it or using it as Edge pool or
// proxy get the default back (empty). False if out of range.
bool removeElement(Plan &plan, qsizetype site, EstateRole role, qsizetype index);

// Appends a branch site (name unusedBranchName-style "Branch 1", ...; central site: the first
// site's name, if any); returns its index.
qsizetype addBranchSite(Plan &plan);
bool renameBranchSite(Plan &plan, qsizetype branch, const QString &name);
bool removeBranchSite(Plan &plan, qsizetype branch);

// The name of a copy: the first label's trailing number counted up past every name taken
// ("pool01.contoso.net" -> "pool02.contoso.net", "fe.contoso.net" -> "fe2.contoso.net"; "Site A" ->
// "Site A (copy)" is the site rule above). `taken` compares case-insensitively.
QString duplicateName(const QString &name, const QStringList &taken);

} // namespace lyncdns
