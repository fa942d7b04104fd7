#pragma once

// Syntax of host names and addresses, and the domain arithmetic the planner needs.

#include <QString>

namespace lyncdns {

// R-NAME1: letters, digits and hyphens only, at least two labels. Empty reason = valid.
QString hostNameProblem(const QString &name);
bool isValidIpv4(const QString &address);
bool isValidIpv6(const QString &address);
// RFC 1918, loopback, link-local, CGNAT, unspecified; IPv6 loopback, link-local and unique local.
bool isNonPublicAddress(const QString &address);

// True when name equals domain or lies below it (case-insensitive).
bool isUnderDomain(const QString &name, const QString &domain);
QString parentDomain(const QString &name);
QString firstLabel(const QString &name);
// Lower case without a trailing dot: the form every record name and target takes.
QString normalizedName(const QString &name);

} // namespace lyncdns
