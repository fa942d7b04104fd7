#include "model/migration/readiness.h"

#include "model/check/checkplan.h"
#include "model/dns/hostnames.h"
#include "model/migration/changeset.h"
#include "model/rules/cloudrecords.h"
#include "model/rules/keywords.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace lyncdns {

namespace {

// The moved domain a name falls under (the longest one), empty for none.
QString domainOf(const QStringList &domains, const QString &name)
{
    QString best;
    for (const QString &d : domains)
        if ((name == d || name.endsWith(QLatin1Char('.') + d)) && d.size() > best.size())
            best = d;
    return best;
}

QString itemKey(const CheckItem &item)
{
    return locationName(item.location) + QLatin1Char('|') + item.name + QLatin1Char('|') +
           recordTypeName(item.type) + (item.mustNotResolve ? QStringLiteral("|not") : QString());
}

QString randomProbeLabel()
{
    // 8 random bytes, 16 hex digits: no zone holds such a name by chance.
    const quint64 value = QRandomGenerator::system()->generate64();
    return QStringLiteral("lyncdns-probe-%1").arg(value, 16, 16, QLatin1Char('0'));
}

bool unanswered(const CheckResult &r)
{
    return r.status == CheckStatus::Unreachable || r.status == CheckStatus::Error;
}

// What a random name resolved to, as "TYPE data".
QStringList resolvedRecords(const CheckResult &r)
{
    QStringList records;
    for (const QString &a : r.actual) {
        if (r.others.contains(a) || a.startsWith(QLatin1String("CNAME ")))
            records << a;
        else
            records << recordTypeName(r.item.type) + QLatin1Char(' ') + a;
    }
    return records;
}

} // namespace

QString observedPhaseName(ObservedPhase phase)
{
    switch (phase) {
    case ObservedPhase::None:
        return QStringLiteral("none");
    case ObservedPhase::OnPrem:
        return QStringLiteral("onprem");
    case ObservedPhase::Mixed:
        return QStringLiteral("mixed");
    case ObservedPhase::TeamsOnly:
        return QStringLiteral("teams-only");
    case ObservedPhase::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString wildcardStateName(WildcardState state)
{
    switch (state) {
    case WildcardState::Absent:
        return QStringLiteral("absent");
    case WildcardState::Present:
        return QStringLiteral("present");
    case WildcardState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

CutoverCheck cutoverCheck(const Plan &plan, const QString &probeLabel)
{
    CutoverCheck check;
    // The change set from the phase before the cutover: a plan that says teams-only already is
    // compared from hybrid, so the names it removes are known all the same.
    const Plan before =
        currentPhase(plan) == MigrationPhase::TeamsOnly ? planAtPhase(plan, MigrationPhase::Hybrid) : plan;
    const MigrationChangeSet set = migrationChangeSet(before, MigrationPhase::TeamsOnly);
    check.cloud = set.cloud;
    check.removeStep = set.runbook.removeStep;
    for (const QString &d : plan.sipDomains) {
        const QString n = normalizedName(d);
        if (!n.isEmpty() && !check.domains.contains(n) && movedToTeams(set.target, n))
            check.domains << n;
    }

    const auto add = [&check](const CheckItem &item, const QString &domain, CutoverItemRole role) {
        check.items << item;
        check.itemDomains << domain;
        check.itemRoles << role;
    };
    // The four records as the planner writes them at teams-only (zone, both views), one item each.
    const QList<CheckItem> targetItems = checkItems(set.target, set.targetRecords);
    QSet<QString> targetNames; // external names that hold something after the move
    for (const DnsRecord &r : set.targetRecords)
        if (r.location == Location::External)
            targetNames.insert(r.name);
    for (const QString &d : std::as_const(check.domains)) {
        for (Location location : {Location::External, Location::Internal}) {
            for (const CloudRecord &cloud : cloudRecords(check.cloud, d)) {
                for (CheckItem item : targetItems) {
                    if (item.location != location || item.mustNotResolve || item.name != cloud.name ||
                        item.type != cloud.type)
                        continue;
                    item.acceptedAsA.clear(); // Microsoft's check wants the CNAME itself
                    add(item, d, CutoverItemRole::CloudRecord);
                }
            }
        }
    }
    // What the change set removes externally with nothing left at the name, once per name and type.
    QSet<QString> seen;
    for (const MigrationChange &c : set.changes) {
        if (c.action != ChangeAction::Remove || c.location != Location::External ||
            targetNames.contains(c.name))
            continue;
        const QString domain = domainOf(check.domains, c.name);
        if (domain.isEmpty())
            continue; // a name of a domain that stays (the change set moves no other)
        CheckItem item;
        item.location = Location::External;
        item.name = c.name;
        item.type = c.type;
        item.mustNotResolve = true;
        item.requirement = c.requirement;
        item.zone = c.zone;
        item.pinPoint = c.pinPoint;
        if (seen.contains(itemKey(item)))
            continue;
        seen.insert(itemKey(item));
        add(item, domain, CutoverItemRole::Leftover);
    }
    // A random name under each domain: anything there comes from a wildcard record.
    for (const QString &d : std::as_const(check.domains)) {
        const QString name = (probeLabel.isEmpty() ? randomProbeLabel() : probeLabel) + QLatin1Char('.') + d;
        check.probeNames.insert(d, name);
        for (RecordType type : {RecordType::A, RecordType::CNAME}) {
            CheckItem item;
            item.location = Location::External;
            item.name = name;
            item.type = type;
            item.mustNotResolve = true;
            item.zone = d;
            add(item, d, CutoverItemRole::Wildcard);
        }
    }
    return check;
}

QList<DomainReadiness> cutoverReadiness(const CutoverCheck &check, CheckReport &report)
{
    QHash<QString, int> itemIndex;
    for (int i = 0; i < check.items.size(); ++i)
        itemIndex.insert(itemKey(check.items.at(i)), i);

    QList<DomainReadiness> domains;
    for (const QString &d : check.domains) {
        DomainReadiness readiness;
        readiness.domain = d;
        readiness.probeName = check.probeNames.value(d);
        domains << readiness;
    }
    // Per domain: the external Microsoft 365 results, to tell the phase.
    QHash<QString, QList<CheckResult>> external;
    QHash<QString, bool> probeUnanswered;
    QHash<QString, bool> probeAsked;
    for (CheckResult &r : report.results) {
        const int i = itemIndex.value(itemKey(r.item), -1);
        if (i < 0)
            continue;
        const QString &d = check.itemDomains.at(i);
        const auto it = std::find_if(domains.begin(), domains.end(),
                                     [&d](const DomainReadiness &x) { return x.domain == d; });
        if (it == domains.end())
            continue;
        switch (check.itemRoles.at(i)) {
        case CutoverItemRole::CloudRecord:
            if (r.item.location == Location::External)
                external[d] << r;
            if (r.status != CheckStatus::Ok)
                it->blocking << r;
            break;
        case CutoverItemRole::Leftover:
            if (r.status == CheckStatus::Exposed)
                r.detail = QCoreApplication::translate("Readiness",
                                                       "still published; runbook step %1 removes it after "
                                                       "the switch to Teams Only")
                               .arg(check.removeStep);
            if (r.status == CheckStatus::Exposed) // unanswered: not known to be left over
                it->leftovers << r;
            break;
        case CutoverItemRole::Wildcard:
            probeAsked[d] = true;
            if (r.status == CheckStatus::Exposed) {
                it->wildcard = WildcardState::Present;
                for (const QString &record : resolvedRecords(r))
                    if (!it->wildcardRecords.contains(record))
                        it->wildcardRecords << record;
                //: %1 the SIP domain.
                r.detail = QCoreApplication::translate(
                               "Readiness",
                               "a random name resolves: a wildcard record under %1 answers for every name "
                               "without records of its own, lyncdiscover included")
                               .arg(d);
                //: %1 the wildcard name in backquotes.
                r.fix = QCoreApplication::translate("Readiness",
                                                    "delete the wildcard record %1 from the public zone")
                            .arg(QStringLiteral("`*.") + d + QLatin1Char('`'));
            } else if (unanswered(r)) {
                probeUnanswered[d] = true;
            }
            break;
        }
    }
    for (DomainReadiness &x : domains) {
        std::sort(x.wildcardRecords.begin(), x.wildcardRecords.end());
        if (x.wildcard != WildcardState::Present)
            x.wildcard = probeAsked.value(x.domain) && !probeUnanswered.value(x.domain)
                             ? WildcardState::Absent
                             : WildcardState::Unknown;
        const QList<CheckResult> results = external.value(x.domain);
        if (results.isEmpty() || std::any_of(results.cbegin(), results.cend(), unanswered)) {
            x.observed = ObservedPhase::Unknown;
            continue;
        }
        int ok = 0;
        int inCloud = 0;   // a Microsoft 365 value is there (perhaps beside an on-premises one)
        int published = 0; // something is there at all
        for (const CheckResult &r : results) {
            ok += r.status == CheckStatus::Ok ? 1 : 0;
            inCloud += r.status == CheckStatus::Ok || r.status == CheckStatus::Extra ? 1 : 0;
            published += r.status != CheckStatus::Missing || !r.others.isEmpty() ? 1 : 0;
        }
        if (ok == results.size())
            x.observed = ObservedPhase::TeamsOnly;
        else if (inCloud > 0)
            x.observed = ObservedPhase::Mixed;
        else if (published > 0)
            x.observed = ObservedPhase::OnPrem;
        else
            x.observed = ObservedPhase::None;
    }
    return domains;
}

bool anyNotReady(const QList<DomainReadiness> &domains)
{
    return std::any_of(domains.cbegin(), domains.cend(), [](const DomainReadiness &d) { return !d.ready(); });
}

} // namespace lyncdns
