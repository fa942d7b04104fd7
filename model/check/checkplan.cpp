#include "model/check/checkplan.h"

#include "model/dns/hostnames.h"
#include "model/planner/planner.h"

#include <QHash>

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
    const QSet<QString> internalOnly = internalOnlyNames(plan);
    // The catalogue rule each internal-only name falls under (R-EXP6 for pools and servers).
    QHash<QString, QString> ruleOf;
    ruleOf.insert(internalWebFqdn(plan.frontEnd), QStringLiteral("R-EXP3"));
    if (plan.director)
        ruleOf.insert(internalWebFqdn(*plan.director), QStringLiteral("R-EXP3"));
    if (plan.edge)
        ruleOf.insert(normalizedName(plan.edge->internalFqdn), QStringLiteral("R-EXP8"));
    if (!plan.simpleUrls.admin.isEmpty())
        ruleOf.insert(simpleUrlHost(plan.simpleUrls.admin), QStringLiteral("R-EXP4"));
    for (const QString &d : plan.sipDomains) {
        ruleOf.insert(QStringLiteral("lyncdiscoverinternal.") + normalizedName(d), QStringLiteral("R-EXP1"));
        ruleOf.insert(QStringLiteral("sipinternal.") + normalizedName(d), QStringLiteral("R-EXP5"));
    }
    QStringList mustNotResolve(internalOnly.begin(), internalOnly.end());
    std::sort(mustNotResolve.begin(), mustNotResolve.end());
    for (const QString &name : std::as_const(mustNotResolve)) {
        if (externalNames.contains(name))
            continue; // the validator already reports a name planned both ways
        CheckItem item;
        item.location = Location::External;
        item.name = name;
        item.type = RecordType::A;
        item.mustNotResolve = true;
        item.requirement = ruleOf.value(name, QStringLiteral("R-EXP6"));
        items << item;
    }
    return items;
}

} // namespace lyncdns
