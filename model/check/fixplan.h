#pragma once

// The changes that make a failed check right (issue 13): what the fix script and the change list
// (cli.md: --fix-script, --fix-list) are written from, and what the check window saves.

#include "model/check/checkresult.h"
#include "model/plan/plan.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lyncdns {

enum class FixAction
{
    Add,
    Change,
    Remove
};

// One record value to add, change or remove in one zone (one row of the change list).
struct FixChange
{
    FixAction action = FixAction::Add;
    Location location = Location::Internal;
    QString zone;
    QString name;
    RecordType type = RecordType::A;
    QString oldValue; // empty for add
    QString newValue; // empty for remove; SRV data as in plan --format csv
    QString server;   // the server whose answer asked for it ("a, b" when several asked for the same)
};

// The changes that make one result right on its own, each value once: adds for what is missing,
// change (old → new) for a wrong value, remove for a value not planned or a name that must not be
// public, and remove + add where the name holds another type than planned (a CNAME cannot share
// its name). Nothing for ok, unreachable and server errors (those are no DNS data to change),
// except a refused name planned in a pin-point zone: the zone and its record are added. An SRV
// whose target is a CNAME (R-SRV2) needs its target changed, which fixChanges() takes from the
// target's own result.
QList<FixChange> resultChanges(const CheckResult &result);
// The changes for every problem of a check (isProblem(); notices, the missing optional records,
// are left to the admin), R-SRV2 targets included, each change once however many servers asked
// for it; sorted by location, zone and name, and within a name in the order to apply them
// (removals before the adds they make room for).
QList<FixChange> fixChanges(const Plan &plan, const CheckReport &report);
QString fixActionName(FixAction action); // "add", "change", "remove"
// action,location,zone,name,type,old,new
QByteArray fixListCsv(const QList<FixChange> &changes);
// A Windows DNS Server (DnsServer module) script: idempotent, -WhatIf, removals behind -Confirm.
QByteArray fixScriptPowerShell(const Plan &plan, const QList<FixChange> &changes);

} // namespace lyncdns
