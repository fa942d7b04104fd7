#pragma once

// One column of a server grid (ServerGrid): the JSON key of the server field it edits, the words
// a person reads in its header and in the paste hint, and the column set it belongs to. A table of
// these is the whole difference between the pool servers' grid and the Edge servers' grid.

#include <QString>

namespace lyncdns {

// Which columns a narrow window shows: Always ones at once, the others on request (a check box)
// or when a cell there holds a value or a finding.
enum class ColumnSet
{
    Always,
    Ipv6,
    Nat
};

struct ServerColumn
{
    QString key;       // the field's JSON key in the server object, e.g. "accessIpv4"
    QString title;     // the header, translated
    QString pasteName; // its name in the paste hint, translated: short, the header's words
    ColumnSet set = ColumnSet::Always;
    bool stretch = false; // takes the width left over (FQDNs); the others fit their contents
};

} // namespace lyncdns
