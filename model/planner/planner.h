#pragma once

// Derives the DNS record set from a plan, following the catalogue (§1) and the decisions in
// plan-format.md. One small function per requirement group, in the catalogue's order.

#include "model/dns/dnsrecord.h"
#include "model/plan/plan.h"

#include <QSet>

namespace lyncdns {

// The records of a plan, deduplicated and sorted as cli.md prescribes.
RecordSet planRecords(const Plan &plan);

// Addresses a name resolves to; AAAA values are used only when the plan enables IPv6.
struct AddressSet
{
    QStringList ipv4;
    QStringList ipv6;
    bool isEmpty() const { return ipv4.isEmpty() && ipv6.isEmpty(); }
};

// plan-format.md decision 1: VIP for hardware, every server for dns, the one server for none.
AddressSet poolAddressSet(const Pool &pool);
// The internal web services address (HLB VIP, or the server for a single server).
AddressSet poolWebAddress(const Pool &pool);
AddressSet edgeAccessAddresses(const Edge &edge);
AddressSet edgeWebConferencingAddresses(const Edge &edge);
AddressSet edgeAvAddresses(const Edge &edge);
AddressSet edgeInternalAddresses(const Edge &edge);
// The host an SRV record of sipDomain points at for pool (decision 2: inside the SIP domain).
QString srvTargetFor(const Pool &pool, const QString &sipDomain);
// Which zone holds a name (cli.md, bind export): the longest SIP domain it falls under, else its
// parent domain; internal names under a SIP domain get pin-point zones without split-brain DNS.
class ZoneResolver
{
public:
    explicit ZoneResolver(const Plan &plan);
    QString zone(Location location, const QString &name, bool *pinPoint) const;

private:
    bool m_splitBrain;
    QSet<QString> m_sipDomains;
};
QString zoneFor(const Plan &plan, Location location, const QString &name, bool *pinPoint);

} // namespace lyncdns
