#pragma once

// Checks a plan against the catalogue's validator rules (§3) and the plan's own consistency.
// Every finding names the rule and the JSON path it concerns.

#include "model/plan/plan.h"
#include "model/validator/finding.h"

namespace lyncdns {

Findings validatePlan(const Plan &plan);

} // namespace lyncdns
