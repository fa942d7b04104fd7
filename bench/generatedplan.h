#pragma once

// The plan the benchmarks measure: an Enterprise pool with DNS load balancing, a DNS-LB Edge pool,
// a reverse proxy, federation and push, for any number of SIP domains.

#include "model/plan/plan.h"

lyncdns::Plan generatedPlan(int domains);
