#include "model/migration/changeset.h"

#include "model/dns/hostnames.h"
#include "model/planner/planner.h"
#include "model/rules/cloudrecords.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace lyncdns {

namespace {

MigrationChange fromRecord(ChangeAction action, const DnsRecord *old, const DnsRecord *now, int step)
{
    MigrationChange c;
    const DnsRecord *base = now ? now : old; // what the name is after the move (before, for a removal)
    if (!base)
        return c;
    const DnsRecord &r = *base;
    c.action = action;
    c.location = r.location;
    c.zone = r.zone;
    c.pinPoint = r.pinPoint;
    c.name = r.name;
    c.type = r.type;
    c.oldValue = old ? old->data : QString();
    c.newValue = now ? now->data : QString();
    c.oldTtl = old ? old->ttl : 0;
    c.ttl = r.ttl;
    c.step = step;
    c.requirement = r.requirement;
    c.reason = r.reason;
    return c;
}

// The records of one name in one view, before and after.
struct NameRecords
{
    QList<const DnsRecord *> before;
    QList<const DnsRecord *> after;
};

// One name: values in both sets are kept; what is left of one type pairs up as changes (in data
// order), the rest are removals and adds. Another type at the name is a removal and an add (cli.md).
void diffName(const NameRecords &n, const Runbook &book, QList<MigrationChange> &out)
{
    QList<MigrationChange> rows;
    for (const RecordType type : {RecordType::A, RecordType::AAAA, RecordType::CNAME, RecordType::SRV}) {
        QList<const DnsRecord *> before;
        QList<const DnsRecord *> after;
        for (const DnsRecord *r : n.before)
            if (r->type == type)
                before << r;
        for (const DnsRecord *r : n.after)
            if (r->type == type)
                after << r;
        QList<const DnsRecord *> gone;
        QList<const DnsRecord *> fresh;
        for (const DnsRecord *r : before) {
            const auto same = std::find_if(after.cbegin(), after.cend(),
                                           [r](const DnsRecord *a) { return a->data == r->data; });
            if (same == after.cend())
                gone << r;
            else
                rows << fromRecord(ChangeAction::Keep, r, *same, 0);
        }
        for (const DnsRecord *a : after)
            if (std::none_of(before.cbegin(), before.cend(),
                             [a](const DnsRecord *r) { return r->data == a->data; }))
                fresh << a;
        const qsizetype paired = std::min(gone.size(), fresh.size());
        for (qsizetype i = 0; i < paired; ++i)
            rows << fromRecord(ChangeAction::Change, gone.at(i), fresh.at(i), book.changeDnsStep);
        for (qsizetype i = paired; i < gone.size(); ++i)
            rows << fromRecord(ChangeAction::Remove, gone.at(i), nullptr, 0);
        for (qsizetype i = paired; i < fresh.size(); ++i)
            rows << fromRecord(ChangeAction::Add, nullptr, fresh.at(i), book.changeDnsStep);
    }
    // A removal makes room for what the name gets in the DNS step, or is part of removing the rest.
    const bool getsData = std::any_of(rows.cbegin(), rows.cend(), [](const MigrationChange &c) {
        return c.action == ChangeAction::Add || c.action == ChangeAction::Change;
    });
    for (MigrationChange &c : rows)
        if (c.action == ChangeAction::Remove)
            c.step = getsData ? book.changeDnsStep : book.removeStep;
    out << rows;
}

int actionRank(ChangeAction a)
{
    return a == ChangeAction::Remove ? 0 : 1; // removals first within a name: they make room
}

bool changeLessThan(const MigrationChange &a, const MigrationChange &b)
{
    if (a.location != b.location)
        return a.location < b.location;
    if (a.name != b.name)
        return a.name < b.name;
    if (actionRank(a.action) != actionRank(b.action))
        return actionRank(a.action) < actionRank(b.action);
    if (a.type != b.type)
        return a.type < b.type;
    if (a.oldValue != b.oldValue)
        return a.oldValue < b.oldValue;
    return a.newValue < b.newValue;
}

} // namespace

MigrationPhase currentPhase(const Plan &plan)
{
    return plan.migration ? plan.migration->phase : MigrationPhase::OnPrem;
}

Plan planAtPhase(const Plan &plan, MigrationPhase phase)
{
    Plan p = plan;
    if (!p.migration)
        p.migration = Migration{};
    p.migration->phase = phase;
    return p;
}

MigrationChangeSet migrationChangeSet(const Plan &plan, MigrationPhase target)
{
    MigrationChangeSet set;
    set.from = currentPhase(plan);
    set.to = target;
    set.cloud = plan.migration ? plan.migration->cloud : Cloud::Commercial;
    set.target = planAtPhase(plan, target);
    QSet<QString> seen;
    for (const QString &d : plan.sipDomains) {
        const QString n = normalizedName(d);
        if (n.isEmpty() || seen.contains(n))
            continue;
        seen.insert(n);
        const bool after = movedToTeams(set.target, n);
        if (after && !movedToTeams(plan, n))
            set.moved << n;
        if (!after)
            set.remaining << n;
    }
    set.runbook = migrationRunbook(set.target, set.from, target, set.moved, set.remaining);

    const RecordSet current = planRecords(plan);
    set.targetRecords = planRecords(set.target);
    QMap<std::pair<int, QString>, NameRecords> names;
    for (const DnsRecord &r : current)
        names[{static_cast<int>(r.location), r.name}].before << &r;
    for (const DnsRecord &r : std::as_const(set.targetRecords))
        names[{static_cast<int>(r.location), r.name}].after << &r;
    for (const NameRecords &n : std::as_const(names))
        diffName(n, set.runbook, set.changes);
    std::stable_sort(set.changes.begin(), set.changes.end(), changeLessThan);
    return set;
}

QString changeActionName(ChangeAction action)
{
    switch (action) {
    case ChangeAction::Add:
        return QStringLiteral("add");
    case ChangeAction::Change:
        return QStringLiteral("change");
    case ChangeAction::Remove:
        return QStringLiteral("remove");
    case ChangeAction::Keep:
        break;
    }
    return QStringLiteral("keep");
}

int countChanges(const MigrationChangeSet &set)
{
    return static_cast<int>(
        std::count_if(set.changes.cbegin(), set.changes.cend(),
                      [](const MigrationChange &c) { return c.action != ChangeAction::Keep; }));
}

} // namespace lyncdns
