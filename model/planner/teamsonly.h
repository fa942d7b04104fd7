#pragma once

// The teams-only phase of plan-format.md v2 rule 12, applied to the on-premises record set.
// Internal to model/planner/: planRecords() calls it before it assigns zones.

#include "model/dns/dnsrecord.h"
#include "model/plan/plan.h"

namespace lyncdns {

// For each SIP domain moved to Teams: removes its per-domain on-premises records (both views) and
// every record at a name the Microsoft 365 records take over, then adds those records (external
// view, and internal view where the domain has split-brain). Server and pool records stay. Leaves
// the records unsorted when it changes them; records of plans not in teams-only are untouched.
void applyTeamsOnly(const Plan &plan, RecordSet &records);

} // namespace lyncdns
