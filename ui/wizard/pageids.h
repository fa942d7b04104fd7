#pragma once

// The plan editor's steps in the order the guided flow walks them (issue #3, issue #12).

namespace lyncdns {

enum PageId
{
    Page_Welcome,
    Page_Product,  // product and SIP domains
    Page_Dns,      // split-brain, TTL, IPv6
    Page_Topology, // sites, pools by role, branch sites
    Page_FrontEnd, // edition, pool, load balancing, servers, web services (the scope's pool)
    Page_Director, // none / single / pool
    Page_Edge,     // none / single / scaled DNS / scaled hardware, NAT, FQDNs, servers, VIPs
    Page_ReverseProxy,
    Page_SimpleUrls,
    Page_Mobility,       // autodiscover (CNAME or A), push
    Page_Federation,     // federation and XMPP
    Page_Routes,         // sign-in pool, backup pools, Edge routes and priorities, GeoDNS
    Page_PersistentChat, // not in sfb2019
    Page_OfficeWebApps,
    Page_Mediation,
    Page_Devices, // legacy discovery and phones
    Page_Review,
    Page_Count
};

} // namespace lyncdns
