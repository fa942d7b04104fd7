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
// The scope of an IPv6 address (R-LB8: the servers of a pool use one scope).
enum class Ipv6Scope
{
    Global,
    UniqueLocal, // fc00::/7
    LinkLocal,   // fe80::/10
    SiteLocal,   // fec0::/10, deprecated
    Other        // loopback, unspecified, not an IPv6 address
};
Ipv6Scope ipv6Scope(const QString &address);
QString ipv6ScopeName(Ipv6Scope scope);
// One spelling per address (2001:DB8::0:1 and 2001:db8::1 are one address); text that is no address
// comes back trimmed.
QString canonicalAddress(const QString &address);

// True when name equals domain or lies below it (case-insensitive).
bool isUnderDomain(const QString &name, const QString &domain);
QString parentDomain(const QString &name);
QString firstLabel(const QString &name);
// Lower case without a trailing dot: the form every record name and target takes.
QString normalizedName(const QString &name);

} // namespace lyncdns
