#include "model/planner/planner.h"

#include "model/dns/hostnames.h"

#include <algorithm>

namespace lyncdns {

QString geoDnsName(const Plan &plan, GeoDnsService service, Location view)
{
    if (!plan.geoDns)
        return {};
    // Microsoft's DR table names them <service>-int and <service>-ext under the GeoDNS zone.
    static const char *const kInternal[] = {"meet-int", "dialin-int", "lyncdiscoverint-int"};
    static const char *const kExternal[] = {"meet-ext", "dialin-ext", "lyncdiscover-ext"};
    const auto i = static_cast<std::size_t>(service);
    return QLatin1String(view == Location::Internal ? kInternal[i] : kExternal[i]) + QLatin1Char('.') +
           normalizedName(plan.geoDns->zone);
}

QList<GeoDnsMember> geoDnsMembers(const Plan &plan)
{
    QList<GeoDnsMember> out;
    if (!plan.geoDns)
        return out;
    for (const GeoDnsService service :
         {GeoDnsService::Meet, GeoDnsService::Dialin, GeoDnsService::Autodiscover})
        for (const Location view : {Location::Internal, Location::External}) {
            const QString name = geoDnsName(plan, service, view);
            for (const QString &fqdn : plan.geoDns->pools) {
                const PoolRef pool = findPool(plan, fqdn);
                if (!pool)
                    continue; // an unknown pool is the validator's to report
                const QString member = view == Location::Internal
                                           ? internalWebFqdn(*pool.pool)
                                           : normalizedName(pool.pool->webServices.externalFqdn);
                if (!member.isEmpty())
                    out << GeoDnsMember{name, view, member, plan.geoDns->mode};
            }
        }
    std::sort(out.begin(), out.end(), [](const GeoDnsMember &a, const GeoDnsMember &b) {
        return std::tie(a.name, a.view, a.member) < std::tie(b.name, b.view, b.member);
    });
    return out;
}

} // namespace lyncdns
