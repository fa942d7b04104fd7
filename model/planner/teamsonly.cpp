#include "model/planner/teamsonly.h"

#include "model/dns/hostnames.h"
#include "model/plan/estate.h"
#include "model/planner/planner.h"
#include "model/rules/cloudrecords.h"

#include <QCoreApplication>
#include <QSet>

// Rule 12 names the records a moved domain loses by the rules that write them (rules 3-5); the
// requirement id each record carries says which rule wrote it, so the removal reads the ids
// instead of re-deriving every per-domain name.

namespace lyncdns {

namespace {

// Records written once per SIP domain (rules 3 and 4): removed with their domain.
bool isPerDomainRequirement(const QString &id)
{
    static const QSet<QString> ids = {
        QStringLiteral("int-sipinternaltls"),
        QStringLiteral("int-sipinternal"),
        QStringLiteral("int-sipinternal-a"),
        QStringLiteral("int-sip"),
        QStringLiteral("int-lyncdiscoverinternal"),
        QStringLiteral("int-ntp"),
        QStringLiteral("int-ucupdates-r2"),
        QStringLiteral("ext-sip-tls"),
        QStringLiteral("ext-sipfed"),
        QStringLiteral("ext-sipexternal"),
        QStringLiteral("ext-xmpp-srv"),
        QStringLiteral("ext-lyncdiscover"),
    };
    return ids.contains(id);
}

bool isAutodiscoverName(const QString &name)
{
    return name.startsWith(QLatin1String("lyncdiscover.")) ||
           name.startsWith(QLatin1String("lyncdiscoverinternal."));
}

// Meet, Dial-in and Admin hosts (rule 5), GeoDNS CNAMEs of Meet and Dial-in included.
bool isSimpleUrl(const DnsRecord &r)
{
    static const QSet<QString> ids = {QStringLiteral("int-meet"), QStringLiteral("int-dialin"),
                                      QStringLiteral("int-admin"), QStringLiteral("ext-meet"),
                                      QStringLiteral("ext-dialin")};
    return ids.contains(r.requirement) ||
           (r.requirement == QLatin1String("ext-geodns") && !isAutodiscoverName(r.name));
}

bool isMeetOnly(const Plan &plan, const DnsRecord &r, const QSet<QString> &dialinOrAdminHosts)
{
    if (dialinOrAdminHosts.contains(r.name))
        return false;
    return r.requirement == QLatin1String("int-meet") || r.requirement == QLatin1String("ext-meet") ||
           r.data == geoDnsName(plan, GeoDnsService::Meet, r.location);
}

// The longest SIP domain a name falls under; empty for none.
QString sipDomainOf(const QString &name, const QSet<QString> &domains)
{
    for (QString suffix = name; !suffix.isEmpty(); suffix = parentDomain(suffix))
        if (domains.contains(suffix))
            return suffix;
    return {};
}

QString cloudReason(const CloudRecord &c, Cloud cloud, const QString &d)
{
    const QString label = cloudLabel(cloud);
    const QLatin1String id(c.requirement);
    if (id == QLatin1String("ext-m365-sipfed"))
        return QCoreApplication::translate("Planner", "%1: federation of %2, whose users are Teams Only")
            .arg(label, d);
    if (id == QLatin1String("ext-m365-sip-tls"))
        return QCoreApplication::translate("Planner", "%1: sign-in of %2 users (Skype for Business clients, "
                                                      "phones)")
            .arg(label, d);
    if (id == QLatin1String("ext-m365-lyncdiscover"))
        return QCoreApplication::translate("Planner", "%1: Autodiscover of %2; the switch to Teams Only "
                                                      "checks this record")
            .arg(label, d);
    return QCoreApplication::translate("Planner", "%1: sign-in fallback of %2 users").arg(label, d);
}

} // namespace

void applyTeamsOnly(const Plan &plan, RecordSet &records)
{
    if (!plan.migration || plan.migration->phase != MigrationPhase::TeamsOnly)
        return;
    const Cloud cloud = plan.migration->cloud;
    QSet<QString> domains;
    QStringList moved; // in plan order, each once
    for (const QString &d : plan.sipDomains) {
        const QString n = normalizedName(d);
        if (n.isEmpty() || domains.contains(n))
            continue;
        domains.insert(n);
        if (movedToTeams(plan, n))
            moved << n;
    }
    if (moved.isEmpty())
        return;
    const QSet<QString> movedSet(moved.cbegin(), moved.cend());
    // Once every domain moved, no on-premises user is left for the Dial-in and Admin pages either.
    const bool allMoved = moved.size() == domains.size();

    QSet<QString> accessNames; // the Edge pools' own access FQDNs: server names, they stay
    for (const EdgeRef &e : allEdgePools(plan))
        accessNames.insert(normalizedName(effectiveAccessFqdn(plan, *e.edge)));
    QSet<QString> takenExternal; // names the Microsoft 365 records take over, per view
    QSet<QString> takenInternal;
    for (const QString &d : moved)
        for (const CloudRecord &c : cloudRecords(cloud, d)) {
            takenExternal.insert(c.name);
            if (plan.splitBrainFor(d))
                takenInternal.insert(c.name);
        }
    QSet<QString> dialinOrAdminHosts; // a Meet host shared with them serves the domains that remain
    for (const DnsRecord &r : records)
        if (r.requirement == QLatin1String("int-dialin") || r.requirement == QLatin1String("ext-dialin") ||
            r.requirement == QLatin1String("int-admin") ||
            (r.requirement == QLatin1String("ext-geodns") &&
             r.data == geoDnsName(plan, GeoDnsService::Dialin, r.location)))
            dialinOrAdminHosts.insert(r.name);

    records.removeIf([&](const DnsRecord &r) {
        if ((r.location == Location::Internal ? takenInternal : takenExternal).contains(r.name))
            return true;
        const bool inMoved = movedSet.contains(sipDomainOf(r.name, domains));
        if (isSimpleUrl(r))
            return allMoved || (inMoved && isMeetOnly(plan, r, dialinOrAdminHosts));
        if (!inMoved)
            return false;
        if (isPerDomainRequirement(r.requirement) || r.requirement == QLatin1String("ext-geodns"))
            return true;
        // An Edge pool's name under the domain (rule 4), unless it is the pool's own access FQDN.
        return r.requirement == QLatin1String("ext-access") && !accessNames.contains(r.name);
    });

    for (const QString &d : moved) {
        const bool splitBrain = plan.splitBrainFor(d);
        for (const CloudRecord &c : cloudRecords(cloud, d)) {
            DnsRecord r;
            r.name = c.name;
            r.type = c.type;
            r.data = c.data;
            r.ttl = kCloudRecordTtl;
            r.requirement = QLatin1String(c.requirement);
            r.required = true;
            r.reason = cloudReason(c, cloud, d);
            r.location = Location::External;
            records.append(r);
            if (!splitBrain)
                continue;
            r.location = Location::Internal;
            r.reason =
                QCoreApplication::translate(
                    "Planner", "%1 (also internal: the internal zone of %2 would hide the public record)")
                    .arg(r.reason, d);
            records.append(r);
        }
    }
    sortRecords(records);
}

} // namespace lyncdns
