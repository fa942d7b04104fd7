#include "model/planner/planner.h"

#include "model/dns/hostnames.h"

namespace lyncdns {

QString srvTargetFor(const Pool &pool, const QString &sipDomain, SrvTargetStyle style)
{
    const QString fqdn = normalizedName(pool.fqdn);
    if (fqdn.isEmpty())
        return {}; // a pool without a name yet (a new plan being typed in): no target, no SRV
    if (style == SrvTargetStyle::Sip)
        return QStringLiteral("sip.") + normalizedName(sipDomain);
    if (isUnderDomain(fqdn, sipDomain))
        return fqdn;
    return firstLabel(fqdn) + QLatin1Char('.') + normalizedName(sipDomain);
}

QString edgeDomainLabel(const Plan &plan, const EdgeRef &edge)
{
    if (!edge)
        return {};
    if (edge.edge == primaryEdgePool(plan).edge)
        return QStringLiteral("sip");
    // Every SRV target stays inside its SIP domain (R-SRV1): a further pool under its own first label.
    const QString access = effectiveAccessFqdn(plan, *edge.edge);
    return access.isEmpty() ? QString() : firstLabel(access);
}

QString edgeDomainName(const Plan &plan, const EdgeRef &edge, const QString &sipDomain)
{
    return edgeDomainName(edgeDomainLabel(plan, edge), sipDomain);
}

QString edgeDomainName(const QString &label, const QString &sipDomain)
{
    const QString d = normalizedName(sipDomain);
    return label.isEmpty() || d.isEmpty() ? QString() : label + QLatin1Char('.') + d;
}

ZoneResolver::ZoneResolver(const Plan &plan)
{
    for (const QString &d : plan.sipDomains) {
        m_sipDomains.insert(normalizedName(d));
        if (!plan.splitBrainFor(d))
            m_withoutSplitBrain.insert(normalizedName(d));
    }
}

QString ZoneResolver::zone(Location location, const QString &name, bool *pinPoint) const
{
    // Walk up the name's suffixes: the first that is a SIP domain is the longest one.
    QString best;
    for (QString suffix = normalizedName(name); !suffix.isEmpty(); suffix = parentDomain(suffix)) {
        if (m_sipDomains.contains(suffix)) {
            best = suffix;
            break;
        }
    }
    // Per SIP domain (plan-format.md v2): only the domains without split-brain get pin-point zones.
    const bool pin = location == Location::Internal && !best.isEmpty() && m_withoutSplitBrain.contains(best);
    if (pinPoint)
        *pinPoint = pin;
    if (pin)
        return normalizedName(name);
    return best.isEmpty() ? parentDomain(name) : best;
}

QString zoneFor(const Plan &plan, Location location, const QString &name, bool *pinPoint)
{
    return ZoneResolver(plan).zone(location, name, pinPoint);
}

} // namespace lyncdns
