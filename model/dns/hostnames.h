#pragma once

// Syntax of host names and addresses, and the domain arithmetic the planner needs.

#include <QString>

namespace lyncdns {

// R-NAME1: letters, digits and hyphens only, at least two labels. Empty reason = valid.
QString hostNameProblem(const QString &name);
// True when a name cannot be a DNS owner name or target: over 253 characters without the trailing
// dot, or a label over 63 (RFC 1035). Unlike hostNameProblem, SRV labels (_sip._tls) are fine.
bool exceedsDnsLimits(const QString &name);
bool isValidIpv4(const QString &address);
bool isValidIpv6(const QString &address);
// The one judge of "public" (plan-format rule 9, R-EXP7): a valid IPv4 or IPv6 address that external
// DNS may publish. Not public: unspecified, 0/8, loopback, link-local, RFC 1918, CGNAT 100.64/10,
// multicast, 240/4 (reserved and broadcast); IPv6 site-local fec0::/10, unique-local fc00::/7 and
// multicast; an IPv4-mapped IPv6 address is judged as its IPv4 address. The documentation ranges
// (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) are public so examples can use them.
bool isPublicAddress(const QString &address);
// Why a valid address is not public ("RFC 1918 private", "multicast"); empty when it is public or
// not an address.
QString nonPublicRange(const QString &address);
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
