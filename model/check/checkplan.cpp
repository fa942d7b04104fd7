#include "model/check/checkplan.h"

#include "model/rules/nameclaims.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace lyncdns {

QList<CheckItem> checkItems(const Plan &plan, const RecordSet &records)
{
    // One item per (location, name, type): a DNS-LB name is one query with several expected values.
    QMap<std::tuple<Location, QString, RecordType>, CheckItem> grouped;
    QSet<QString> externalNames;
    for (const DnsRecord &r : records) {
        CheckItem &item = grouped[{r.location, r.name, r.type}];
        item.location = r.location;
        item.name = r.name;
        item.type = r.type;
        if (item.requirement.isEmpty())
            item.requirement = r.requirement;
        item.expected << r.data;
        if (r.location == Location::External)
            externalNames.insert(r.name);
    }
    QList<CheckItem> items;
    for (CheckItem &item : grouped) {
        std::sort(item.expected.begin(), item.expected.end());
        items << item;
    }
    for (const GuardedName &guarded : mustNotResolveExternally(plan)) {
        if (externalNames.contains(guarded.name))
            continue; // the validator already reports a name planned both ways
        CheckItem item;
        item.location = Location::External;
        item.name = guarded.name;
        item.type = RecordType::A;
        item.mustNotResolve = true;
        item.requirement = guarded.rule;
        items << item;
    }
    return items;
}

int probeItem(const QList<CheckItem> &items, Location location)
{
    int fallback = -1;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).location != location)
            continue;
        if (!items.at(i).mustNotResolve)
            return i;
        if (fallback == -1)
            fallback = i;
    }
    return fallback;
}

} // namespace lyncdns
