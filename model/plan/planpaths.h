#pragma once

// JSON paths of a plan's objects, as findings and errors name them. One writer of each path, so
// the reader, the validator, the name claims and the wizard agree on "sites[1].edgePools[0]".

#include <QString>

namespace lyncdns {

QString sitePath(qsizetype site);
// "sites[1].frontEndPools[0]": element index of the site's list named list.
QString sitePath(qsizetype site, const char *list, qsizetype index);
QString branchSitePath(qsizetype branch);

// The path of a finding as the file the plan came from spells it: a version 1 file has no sites,
// so "sites[0].frontEndPools[0].fqdn" is its "frontEnd.fqdn" (plan-format.md: v1 = one site).
QString pathInFile(const QString &path, int fileVersion);

} // namespace lyncdns
