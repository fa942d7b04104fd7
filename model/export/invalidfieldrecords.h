#pragma once

// Which planned records are built from a field the validator rejects (issue 12: "a record built from
// an invalid field is never shown as if it were real"). The export policy (exportpolicy.h) refuses a
// plan with errors as a whole; the preview shows every record but marks these ones, saying which
// field they come from (docs/decisions.md, "Records built from invalid fields").
//
// A record comes from an error finding's field when its owner name is the name of an object on the
// finding's path (the server, its pool: "sites[0].frontEndPools[0].servers[1].ipv4" marks the
// records of fe02 and of pool01), or when its name or data is the field's own value (a duplicate
// address, a Meet URL's host). The planner already leaves out addresses and names that are not
// valid (recordaddress.h, R-NAME1); what remains of their object is still marked, since it is
// incomplete. Findings about the plan as a whole (no path) mark nothing.

#include "model/dns/dnsrecord.h"
#include "model/validator/finding.h"

#include <QHash>
#include <QString>

namespace lyncdns {

struct Plan;

class InvalidFieldRecords
{
public:
    InvalidFieldRecords() = default;
    // Only the errors count (errorFindings()): warnings and notes build real records.
    InvalidFieldRecords(const Plan &plan, const Findings &findings);

    // Where the first error the record is built from is, in words (planPathInWords); empty when
    // the record comes from valid fields only.
    QString invalidField(const DnsRecord &record) const;
    bool isEmpty() const { return m_names.isEmpty() && m_values.isEmpty(); }

private:
    QHash<QString, QString> m_names;  // lower-case owner name -> where in words
    QHash<QString, QString> m_values; // a rejected field's value (lower case) -> where in words
};

} // namespace lyncdns
