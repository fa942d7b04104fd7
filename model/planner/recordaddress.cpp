#include "model/planner/recordaddress.h"

#include "model/dns/hostnames.h"

namespace lyncdns {

QString recordAddress(const QString &address)
{
    return isValidIpv4(address) || isValidIpv6(address) ? canonicalAddress(address) : QString();
}

void addIfSet(QStringList &list, const QString &address)
{
    // An invalid address is kept as an empty entry: the set is then "given but unusable", so a web
    // VIP typed wrong never falls back to the server addresses; the builder writes no record for it.
    if (!address.isEmpty())
        list << recordAddress(address);
}

} // namespace lyncdns
