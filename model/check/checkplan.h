#pragma once

// Turns a plan into what the live check verifies: each planned name/type with all its values,
// and the names that must not resolve on the external server (R-EXP1, R-EXP4..R-EXP6).

#include "model/check/checkresult.h"
#include "model/plan/plan.h"

namespace lyncdns {

QList<CheckItem> checkItems(const Plan &plan, const RecordSet &records);

} // namespace lyncdns
