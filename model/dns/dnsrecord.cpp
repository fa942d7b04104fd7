#include "model/dns/dnsrecord.h"

#include <QStringList>

#include <algorithm>
#include <tuple>
#include <vector>

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
    // Enum order puts internal before external and A < AAAA < CNAME < SRV, as the names sort. One
    // three-way compare per string (std::tie's operator< compares each equal string twice): sorting
    // the 35,000 records of a big estate is a tenth of planning it.
    if (a.location != b.location)
        return a.location < b.location;
    if (const int byName = QString::compare(a.name, b.name); byName != 0)
        return byName < 0;
    if (a.type != b.type)
        return a.type < b.type;
    return QString::compare(a.data, b.data) < 0;
}

void sortRecords(RecordSet &records)
{
    // Sorted by position, then moved once: a record is a dozen strings, an index one integer.
    std::vector<qsizetype> order(static_cast<std::size_t>(records.size()));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<qsizetype>(i);
    std::stable_sort(order.begin(), order.end(), [&records](qsizetype a, qsizetype b) {
        return recordLessThan(records.at(a), records.at(b));
    });
    RecordSet sorted;
    sorted.reserve(records.size());
    for (const qsizetype i : order)
        sorted.append(std::move(records[i]));
    records = std::move(sorted);
}

} // namespace lyncdns
