#pragma once

// Derives the DNS record set from a plan, following the catalogue (§1) and the decisions in
// plan-format.md. One small function per requirement group, in the catalogue's order.

#include "model/dns/dnsrecord.h"
#include "model/plan/estate.h"
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
AddressSet proxyAddresses(const ReverseProxy &proxy);
AddressSet serverAddresses(const Server &server);
// Every member's address: a DNS load-balanced pool without load balancing settings (Persistent
// Chat, Mediation: plan-format.md v2 rule 1).
AddressSet memberAddresses(const QList<Server> &servers);
// The host an SRV record of sipDomain points at for pool (decision 2: inside the SIP domain;
// signIn.srvTarget "sip" makes it sip.<sipDomain>).
QString srvTargetFor(const Pool &pool, const QString &sipDomain, SrvTargetStyle style = SrvTargetStyle::Pool);
// The name an Edge pool is reached under in a SIP domain (plan-format.md v2 rule 4): sip.<d> for the
// primary pool, <first label of its access FQDN>.<d> for each other pool. edgeDomainLabel gives the
// first label alone ("sip" for the primary), for loops over many domains.
QString edgeDomainLabel(const Plan &plan, const EdgeRef &edge);
QString edgeDomainName(const Plan &plan, const EdgeRef &edge, const QString &sipDomain);
// The same from the pool's label (edgeDomainLabel), for a caller that walks every SIP domain.
QString edgeDomainName(const QString &label, const QString &sipDomain);
// Which zone holds a name (cli.md, bind export): the longest SIP domain it falls under, else its
// parent domain; internal names under a SIP domain get pin-point zones without split-brain DNS.
class ZoneResolver
{
public:
    explicit ZoneResolver(const Plan &plan);
    QString zone(Location location, const QString &name, bool *pinPoint) const;

private:
    QSet<QString> m_sipDomains;
    QSet<QString> m_withoutSplitBrain; // SIP domains whose internal names go into pin-point zones
};
QString zoneFor(const Plan &plan, Location location, const QString &name, bool *pinPoint);

// One member of a GeoDNS name (plan-format.md v2 rule 6): configuration for the GeoDNS device, not
// a zone record. meet-int.<zone> view internal -> each GeoDNS pool's internal web FQDN, and so on.
struct GeoDnsMember
{
    QString name;
    Location view = Location::Internal;
    QString member;
    GeoDnsMode mode = GeoDnsMode::RoundRobin;
};
enum class GeoDnsService
{
    Meet,
    Dialin,
    Autodiscover
};
// meet-int.<zone>, lyncdiscover-ext.<zone>, ...: the GeoDNS name of a service in a view.
QString geoDnsName(const Plan &plan, GeoDnsService service, Location view);
// Every member of every GeoDNS name, sorted by name, view, member; empty without geoDns.
QList<GeoDnsMember> geoDnsMembers(const Plan &plan);

} // namespace lyncdns
