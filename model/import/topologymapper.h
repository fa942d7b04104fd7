#pragma once

// A topology (topologyindex.h) as a version 2 plan: every value the topology holds, and a gap with
// its JSON path for every value a plan needs that a topology never holds (server addresses of
// Front End and Director pools, load balancing and VIPs, the reverse proxy, split-brain DNS).
// The mapping table and its decisions are docs/reference/import.md.

#include "model/import/importresult.h"
#include "model/import/topologyindex.h"

namespace lyncdns {

// simpleUrls: the SimpleUrlConfiguration element the file holds (.tbxml, zip), or nullptr.
ImportResult mapTopology(const TopologyIndex &topology, const XmlElement *simpleUrls);

} // namespace lyncdns
