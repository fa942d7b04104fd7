#include "model/planner/planner.h"

#include "model/planner/recordaddress.h"

namespace lyncdns {

AddressSet poolAddressSet(const Pool &pool)
{
    AddressSet set;
    switch (pool.loadBalancing) {
    case LoadBalancing::Hardware:
        addIfSet(set.ipv4, pool.vip);
        addIfSet(set.ipv6, pool.vipIpv6);
        break;
    case LoadBalancing::Dns:
        for (const Server &s : pool.servers) {
            addIfSet(set.ipv4, s.ipv4);
            addIfSet(set.ipv6, s.ipv6);
        }
        break;
    case LoadBalancing::None:
        if (!pool.servers.isEmpty()) {
            addIfSet(set.ipv4, pool.servers.first().ipv4);
            addIfSet(set.ipv6, pool.servers.first().ipv6);
        }
        break;
    }
    return set;
}

AddressSet poolWebAddress(const Pool &pool)
{
    AddressSet set;
    addIfSet(set.ipv4, pool.webServices.internalVip);
    addIfSet(set.ipv6, pool.webServices.internalVipIpv6);
    if (!set.isEmpty() || pool.loadBalancing == LoadBalancing::Dns)
        return set; // DNS LB cannot carry web traffic: without a web VIP there is no address (R-LB2)
    return poolAddressSet(pool);
}

namespace {
// One Edge service's addresses: the HLB VIP for scaled-hardware, else every server's address.
AddressSet edgeServiceAddresses(const Edge &edge, QString EdgeServer::*ipv4, QString EdgeServer::*ipv6,
                                QString EdgeVips::*vip4, QString EdgeVips::*vip6)
{
    AddressSet set;
    if (edge.layout == EdgeLayout::ScaledHardware) {
        if (edge.vips) {
            addIfSet(set.ipv4, (*edge.vips).*vip4);
            addIfSet(set.ipv6, (*edge.vips).*vip6);
        }
        return set;
    }
    for (const EdgeServer &s : edge.servers) {
        addIfSet(set.ipv4, s.*ipv4);
        addIfSet(set.ipv6, s.*ipv6);
    }
    return set;
}
} // namespace

AddressSet edgeInternalAddresses(const Edge &edge)
{
    return edgeServiceAddresses(edge, &EdgeServer::internalIpv4, &EdgeServer::internalIpv6,
                                &EdgeVips::internal, &EdgeVips::internalIpv6);
}

AddressSet edgeAccessAddresses(const Edge &edge)
{
    return edgeServiceAddresses(edge, &EdgeServer::accessIpv4, &EdgeServer::accessIpv6, &EdgeVips::access,
                                &EdgeVips::accessIpv6);
}

AddressSet edgeWebConferencingAddresses(const Edge &edge)
{
    return edgeServiceAddresses(edge, &EdgeServer::webConferencingIpv4, &EdgeServer::webConferencingIpv6,
                                &EdgeVips::webConferencing, &EdgeVips::webConferencingIpv6);
}

AddressSet edgeAvAddresses(const Edge &edge)
{
    return edgeServiceAddresses(edge, &EdgeServer::avIpv4, &EdgeServer::avIpv6, &EdgeVips::av,
                                &EdgeVips::avIpv6);
}

AddressSet proxyAddresses(const ReverseProxy &proxy)
{
    AddressSet set;
    addIfSet(set.ipv4, proxy.publicIpv4);
    addIfSet(set.ipv6, proxy.publicIpv6);
    return set;
}

AddressSet serverAddresses(const Server &server)
{
    AddressSet set;
    addIfSet(set.ipv4, server.ipv4);
    addIfSet(set.ipv6, server.ipv6);
    return set;
}

AddressSet memberAddresses(const QList<Server> &servers)
{
    AddressSet set;
    for (const Server &s : servers) {
        addIfSet(set.ipv4, s.ipv4);
        addIfSet(set.ipv6, s.ipv6);
    }
    return set;
}

} // namespace lyncdns
