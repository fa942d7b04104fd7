#pragma once

// The live cutover readiness check (`check PLAN --external-server IP --phase teams-only`, cli.md
// "Migration"): what public DNS must say for each SIP domain the plan moves to Teams, asked through
// the ordinary live check (LiveCheck runs the items), and the answers read back per domain: which
// phase DNS reflects now, the records that still block the switch to Teams Only, the records the
// runbook removes afterwards that are still there, and a wildcard under the domain.
// docs/reference/migration.md, "Live readiness", says what each word means.

#include "model/check/checkresult.h"
#include "model/plan/plan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lyncdns {

// What public DNS of one SIP domain reflects now.
enum class ObservedPhase
{
    None,      // none of the four Microsoft 365 names holds anything
    OnPrem,    // none of them points at Microsoft 365, and something is published there
    Mixed,     // some point at Microsoft 365, some do not (a half-done cutover)
    TeamsOnly, // all four are exactly Microsoft's records
    Unknown    // a question went unanswered or failed: nothing can be said
};
QString observedPhaseName(ObservedPhase phase); // "none", "onprem", "mixed", "teams-only", "unknown"

enum class WildcardState
{
    Absent,  // the random name does not resolve
    Present, // it resolves: a wildcard record answers for every name under the domain
    Unknown  // the question went unanswered or failed
};
QString wildcardStateName(WildcardState state); // "absent", "present", "unknown"

// What a CutoverCheck item is about.
enum class CutoverItemRole
{
    CloudRecord, // one of the four Microsoft 365 records (cloudRecords())
    Leftover,    // a name the change set removes and nothing replaces: it must not resolve
    Wildcard     // the random name under the domain: it must not resolve
};

// The questions of the readiness check of one plan.
struct CutoverCheck
{
    Cloud cloud = Cloud::Commercial;
    QStringList domains;                // the SIP domains moved at teams-only, in plan order
    QHash<QString, QString> probeNames; // domain -> the random name asked for under it
    int removeStep = 0;                 // the runbook step that removes the leftovers
    QList<CheckItem> items;             // for LiveCheck::start()
    QList<QString> itemDomains;         // per item: its domain
    QList<CutoverItemRole> itemRoles;   // per item: what it is about
};

// The questions for a plan moving to teams-only: for each moved domain (migration.domains, every
// SIP domain without a migration block) its four Microsoft 365 records in the external view (and
// the internal view where the domain has split-brain DNS, asked only when an internal server is
// given), every external name the change set removes with nothing in its place (must not
// resolve), and `<probeLabel>.<domain>` (A and CNAME; must not resolve). probeLabel empty: a random
// `lyncdns-probe-<16 hex digits>` label, a new one per domain.
CutoverCheck cutoverCheck(const Plan &plan, const QString &probeLabel = QString());

struct DomainReadiness
{
    QString domain;
    ObservedPhase observed = ObservedPhase::Unknown;
    // The Microsoft 365 records not in place (every status but ok; unreachable or error when the
    // server did not say), external first: they block
    // the switch to Teams Only (Microsoft's check reads lyncdiscover, the DNS step sets all four).
    QList<CheckResult> blocking;
    // Names the runbook's last step removes that still resolve (exposed): reported, not blocking (Microsoft's
    // order removes them after the switch).
    QList<CheckResult> leftovers;
    QString probeName;
    WildcardState wildcard = WildcardState::Unknown;
    QStringList wildcardRecords; // what the random name resolved to ("A 192.0.2.80", "CNAME www.x")

    // Ready for the switch: the four records in place and no wildcard.
    bool ready() const
    {
        return observed == ObservedPhase::TeamsOnly && blocking.isEmpty() &&
               wildcard == WildcardState::Absent;
    }
};

// The report's results read per domain (report.results as LiveCheck made them from check.items;
// results of a location without a server are not there). Also rewrites the detail and fix of the
// wildcard and leftover results in the report, so every output says the same thing.
QList<DomainReadiness> cutoverReadiness(const CutoverCheck &check, CheckReport &report);
// True when any domain is not ready (what makes `check --phase` exit 1).
bool anyNotReady(const QList<DomainReadiness> &domains);

} // namespace lyncdns
