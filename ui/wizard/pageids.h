#pragma once

// The wizard's pages in the order the admin meets them (issue #3).

namespace lyncdns {

enum PageId
{
    Page_Welcome,
    Page_Product,  // product and SIP domains
    Page_Dns,      // split-brain, TTL, IPv6
    Page_FrontEnd, // edition, pool, load balancing, servers, web services
    Page_Director, // none / single / pool
    Page_Edge,     // none / single / scaled DNS / scaled hardware, NAT, FQDNs, servers, VIPs
    Page_ReverseProxy,
    Page_SimpleUrls,
    Page_Mobility,       // autodiscover (CNAME or A), push
    Page_Federation,     // federation and XMPP
    Page_PersistentChat, // not in sfb2019
    Page_OfficeWebApps,
    Page_Devices, // legacy discovery and phones
    Page_Review,
};

} // namespace lyncdns
