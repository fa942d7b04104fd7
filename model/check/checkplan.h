#pragma once

// Turns a plan into what the live check verifies: each planned name/type with all its values,
// and the names that must not resolve on the external server (R-EXP1, R-EXP4..R-EXP6).

#include "model/check/checkresult.h"
#include "model/plan/plan.h"

namespace lyncdns {

// Each item carries its records' zone, whether any of them is required, and for the CNAMEs with a
// documented A alternative (lyncdiscover, lyncdiscoverinternal) the addresses it may hold instead.
QList<CheckItem> checkItems(const Plan &plan, const RecordSet &records);
// The item whose question probes the location's server (an index into items; -1 when the location
// has none): the first planned record there, else the first name that must not resolve. The server
// must answer it itself, without recursion, so a pin-point server passes and a dead one does not.
int probeItem(const QList<CheckItem> &items, Location location);

} // namespace lyncdns
