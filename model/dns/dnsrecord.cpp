#include "model/dns/dnsrecord.h"

#include <QStringList>

#include <algorithm>
#include <tuple>

namespace lyncdns {

SrvData DnsRecord::srv() const
{
    SrvData s;
    const QStringList parts = data.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() == 4) {
        s.priority = parts.at(0).toInt();
        s.weight = parts.at(1).toInt();
        s.port = parts.at(2).toInt();
        s.target = parts.at(3);
    }
    return s;
}

bool recordLessThan(const DnsRecord &a, const DnsRecord &b)
{
    // Enum order puts internal before external and A < AAAA < CNAME < SRV, as the names sort.
    return std::tie(a.location, a.name, a.type, a.data) < std::tie(b.location, b.name, b.type, b.data);
}

void sortRecords(RecordSet &records)
{
    std::stable_sort(records.begin(), records.end(), recordLessThan);
}

} // namespace lyncdns
