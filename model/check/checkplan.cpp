#include "model/check/checkplan.h"

#include "model/planner/planner.h"
#include "model/rules/nameclaims.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace lyncdns {

namespace {

using RecordKey = std::tuple<Location, QString, RecordType>;

// The IPv4 addresses a name reaches through the planned records of a location, CNAMEs followed.
QStringList plannedIpv4(const QMultiMap<RecordKey, QString> &data, Location location, const QString &name)
{
    QString owner = name;
    QSet<QString> seen;
    while (!seen.contains(owner)) {
        seen.insert(owner);
        const QStringList targets = data.values({location, owner, RecordType::CNAME});
        if (targets.isEmpty())
            break;
        owner = targets.constFirst();
    }
    QStringList addresses = data.values({location, owner, RecordType::A});
    std::sort(addresses.begin(), addresses.end());
    return addresses;
}

// The documented alternatives to a planned CNAME: the names the planner makes A records when the
// plan asks for Autodiscover as A records (autodiscover.recordType), each with the addresses it
// would get there and the addresses the CNAME's target has in the plan. The planner owns which
// names those are, so they are asked from it rather than listed here.
void addAcceptedAsA(const Plan &plan, const QMultiMap<RecordKey, QString> &data, QList<CheckItem> &items)
{
    if (!plan.autodiscover.enabled || plan.autodiscover.recordType != AutodiscoverType::Cname)
        return;
    Plan asA = plan;
    asA.autodiscover.recordType = AutodiscoverType::A;
    QMultiMap<RecordKey, QString> asAData;
    for (const DnsRecord &r : planRecords(asA))
        asAData.insert({r.location, r.name, r.type}, r.data);
    for (CheckItem &item : items) {
        if (item.type != RecordType::CNAME || item.mustNotResolve ||
            data.contains({item.location, item.name, RecordType::A}))
            continue;
        QStringList asAddress = asAData.values({item.location, item.name, RecordType::A});
        if (asAddress.isEmpty())
            continue; // no documented alternative for this CNAME
        std::sort(asAddress.begin(), asAddress.end());
        item.acceptedAsA << asAddress;
        const QStringList target = plannedIpv4(data, item.location, item.expected.value(0));
        if (!target.isEmpty() && target != asAddress)
            item.acceptedAsA << target;
    }
}

} // namespace

QList<CheckItem> checkItems(const Plan &plan, const RecordSet &records)
{
    // One item per (location, name, type): a DNS-LB name is one query with several expected values.
    QMap<RecordKey, CheckItem> grouped;
    QMultiMap<RecordKey, QString> data;
    QSet<QString> externalNames;
    for (const DnsRecord &r : records) {
        const RecordKey key{r.location, r.name, r.type};
        data.insert(key, r.data);
        const bool first = !grouped.contains(key);
        CheckItem &item = grouped[key];
        item.location = r.location;
        item.name = r.name;
        item.type = r.type;
        if (item.requirement.isEmpty())
            item.requirement = r.requirement;
        // One name is one question: it is required when any of its values is.
        item.required = first ? r.required : item.required || r.required;
        item.zone = r.zone;
        item.pinPoint = r.pinPoint;
        item.expected << r.data;
        if (r.location == Location::External)
            externalNames.insert(r.name);
    }
    QList<CheckItem> items;
    for (CheckItem &item : grouped) {
        std::sort(item.expected.begin(), item.expected.end());
        items << item;
    }
    addAcceptedAsA(plan, data, items);
    const ZoneResolver zones(plan);
    for (const GuardedName &guarded : mustNotResolveExternally(plan)) {
        if (externalNames.contains(guarded.name))
            continue; // the validator already reports a name planned both ways
        CheckItem item;
        item.location = Location::External;
        item.name = guarded.name;
        item.type = RecordType::A;
        item.mustNotResolve = true;
        item.requirement = guarded.rule;
        item.zone = zones.zone(Location::External, guarded.name, &item.pinPoint);
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
