#pragma once

// Checks a plan against the catalogue's validator rules (§3), the plan format's rules for an estate
// (plan-format.md version 2) and the plan's own consistency. Every finding names the rule and the
// version 2 JSON path it concerns (a version 1 file's callers map it back with pathInFile).

#include "model/dns/dnsrecord.h"
#include "model/plan/plan.h"
#include "model/validator/finding.h"

namespace lyncdns {

Findings validatePlan(const Plan &plan);
// The same, for a caller that has planned the records already (they must be planRecords(plan)):
// a plan is then planned once, not twice.
Findings validatePlan(const Plan &plan, const RecordSet &records);

} // namespace lyncdns
