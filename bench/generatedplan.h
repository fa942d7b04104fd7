#pragma once

// The plans the benchmarks measure (plan-format.md version 2).
// generatedPlan: one site with an Enterprise pool with DNS load balancing, a DNS-LB Edge pool, a
// reverse proxy, federation and push, for any number of SIP domains (the version 1 shape).
// generatedEstate: a worldwide estate of many central sites, each with a Director pool, two
// DNS-LB Front End pools of 8 servers, an Edge pool and a reverse proxy.

#include "model/plan/plan.h"

lyncdns::Plan generatedPlan(int domains);
lyncdns::Plan generatedEstate(int sites, int domains);
