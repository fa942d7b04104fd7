#pragma once

// The runbook of a move between migration phases (cli.md "Migration"): Microsoft's order for
// leaving Skype for Business Server — lower the TTLs ahead, move the users, change DNS, then the
// tenant and on-premises commands, then remove the rest — with the exact command of each step
// that is not a DNS change. docs/reference/migration.md cites the Microsoft page of each command.

#include "model/plan/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lyncdns {

enum class RunbookStepKind
{
    Dns,     // DNS changes: rows of the change set carry its number
    Commands // PowerShell an administrator runs (on premises or against the tenant)
};

struct RunbookStep
{
    int number = 0; // 1, 2, ...
    RunbookStepKind kind = RunbookStepKind::Commands;
    QString title;
    QString detail;       // what the step does and where it runs, one paragraph
    QStringList commands; // exact commands, in order; empty for a DNS step
    QStringList warnings; // what can go wrong at this step
};

// The steps and which of them the change set's rows name.
struct Runbook
{
    QList<RunbookStep> steps;
    int lowerTtlStep = 0;  // records that change or go get a short TTL ahead; 0 = no such step
    int changeDnsStep = 0; // adds, changes and the removals that make room for them
    int removeStep = 0;    // removals nothing replaces ("remove the rest"); may equal changeDnsStep
};

// TTL the records that will change get ahead of the window (seconds).
constexpr int kLoweredTtl = 300;

// The runbook from phase from to phase to. moved: the SIP domains that move to Teams in it;
// remaining: the SIP domains that stay on premises (the tenant-wide steps wait for them).
Runbook migrationRunbook(const Plan &plan, MigrationPhase from, MigrationPhase to, const QStringList &moved,
                         const QStringList &remaining);

QString runbookStepKindName(RunbookStepKind kind); // "dns", "commands"

} // namespace lyncdns
