#pragma once

// The change set of a move between migration phases (cli.md "Migration"): the record set of the
// plan at its current phase against the same plan at the target phase, one row per record value,
// each with the runbook step that makes it.

#include "model/dns/dnsrecord.h"
#include "model/migration/runbook.h"
#include "model/plan/plan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace lyncdns {

enum class ChangeAction
{
    Add,
    Change,
    Remove,
    Keep
};

// One record value (cli.md: action,location,name,type,old,new,ttl,step,reason).
struct MigrationChange
{
    ChangeAction action = ChangeAction::Keep;
    Location location = Location::Internal;
    QString zone; // the zone that holds the name (the target's; the current one's for a removal)
    bool pinPoint = false;
    QString name;
    RecordType type = RecordType::A;
    QString oldValue; // empty for add
    QString newValue; // empty for remove
    int oldTtl = 0;   // the TTL the value has now; 0 for add
    int ttl = 0;      // the TTL after the move; the current one for a removal
    int step = 0;     // runbook step; 0 for keep
    QString requirement;
    QString reason; // why the value is there after the move (why it was, for a removal)
};

struct MigrationChangeSet
{
    MigrationPhase from = MigrationPhase::OnPrem;
    MigrationPhase to = MigrationPhase::TeamsOnly;
    Cloud cloud = Cloud::Commercial;
    QStringList moved;     // SIP domains whose records move to Microsoft 365 in this change
    QStringList remaining; // SIP domains that stay on premises
    Plan target;           // the plan at the target phase
    RecordSet targetRecords;
    QList<MigrationChange> changes; // sorted by location, name, type; within a name removals first
    Runbook runbook;
};

// The phase a plan is at: its migration.phase, onprem without a migration.
MigrationPhase currentPhase(const Plan &plan);
// The same plan at another phase; a plan without migration gets commercial and every SIP domain.
Plan planAtPhase(const Plan &plan, MigrationPhase phase);
MigrationChangeSet migrationChangeSet(const Plan &plan, MigrationPhase target);

QString changeActionName(ChangeAction action);   // "add", "change", "remove", "keep"
int countChanges(const MigrationChangeSet &set); // rows that are not keep

} // namespace lyncdns
