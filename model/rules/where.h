#pragma once

// "Where" in words for people (issue 13): a finding's JSON path as the plan object it names, and
// a checked record's place in DNS. The one owner of these phrases: the report, the check window
// and anything else that says where a finding or a record is ask here, never print a JSON path.

#include <QString>

namespace lyncdns {

struct Plan;
enum class Location;

// "sites[0].frontEndPools[0].servers[1].ipv4" → "Front End pool pool01.contoso.net, server 2
// (fe02.contoso.net), IPv4 address"; the site is named only when the plan has more than one. The
// names come from the plan; an index it does not hold reads as its number. Empty → "the plan as a
// whole". Translated.
QString planPathInWords(const Plan &plan, const QString &path);

// "internal DNS, zone contoso.com" or "external DNS, pin-point zone sip.fabrikam.com"; without a
// zone, the location alone. Translated.
QString dnsPlaceInWords(Location location, const QString &zone, bool pinPoint);

} // namespace lyncdns
