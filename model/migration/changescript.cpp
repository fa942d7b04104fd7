#include "model/migration/changescript.h"

#include "model/export/powershellscript.h"

#include "lyncdns/version.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace lyncdns {

namespace {

// Set-DnsServerResourceRecord replaces a record by a modified clone (Microsoft's example for TTLs).
const char *migrationFunctions = R"PS(
function Set-MigrationTtl {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param([string]$Zone, [string]$Name, [string]$Type, [string]$Data, [int]$Ttl)
    $existing = Get-DnsServerResourceRecord -ComputerName $ComputerName -ZoneName $Zone -Name $Name -RRType $Type -ErrorAction SilentlyContinue
    foreach ($r in @($existing)) {
        if (-not (Test-PlannedRecord -Existing @($r) -Type $Type -Data $Data)) { continue }
        if ($PSCmdlet.ShouldProcess("$Name in $Zone", "Set the TTL of $Type $Data to $Ttl s")) {
            $new = $r.Clone()
            $new.TimeToLive = [TimeSpan]::FromSeconds($Ttl)
            Set-DnsServerResourceRecord -ComputerName $ComputerName -ZoneName $Zone -OldInputObject $r -NewInputObject $new
        }
    }
}

function Remove-MigrationRecord {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param([string]$Zone, [string]$Name, [string]$Type, [string]$Data, [string]$Why)
    $existing = Get-DnsServerResourceRecord -ComputerName $ComputerName -ZoneName $Zone -Name $Name -RRType $Type -ErrorAction SilentlyContinue
    foreach ($r in @($existing)) {
        if ((Test-PlannedRecord -Existing @($r) -Type $Type -Data $Data) -and
            $PSCmdlet.ShouldProcess("$Name in $Zone", "Remove $Type $Data ($Why)")) {
            Remove-DnsServerResourceRecord -ComputerName $ComputerName -ZoneName $Zone -InputObject $r -Force
        }
    }
}
)PS";

// One line of a step block, indented under "if ($Step -eq n) {".
enum class Op
{
    SetTtl,
    Remove,
    Add
};
struct Line
{
    Op op;
    QString zone;
    bool pinPoint;
    QString name;
    RecordType type;
    QString data;
    int ttl;
    QString why;
};

QString lineText(const Line &l)
{
    const QString owner = psQuote(psRelativeOwner(l.name, l.zone));
    switch (l.op) {
    case Op::SetTtl:
        return QStringLiteral("    Set-MigrationTtl -Zone %1 -Name %2 -Type %3 -Data %4 -Ttl %5\n")
            .arg(psQuote(l.zone), owner, psQuote(recordTypeName(l.type)), psQuote(l.data))
            .arg(l.ttl);
    case Op::Remove:
        return QStringLiteral("    Remove-MigrationRecord -Zone %1 -Name %2 -Type %3 -Data %4 -Why %5\n")
            .arg(psQuote(l.zone), owner, psQuote(recordTypeName(l.type)), psQuote(l.data), psQuote(l.why));
    case Op::Add:
        break;
    }
    return psAddRecordLine(l.zone, l.name, l.type, l.data, l.ttl, l.why);
}

QList<int> dnsSteps(const Runbook &book)
{
    QList<int> steps;
    for (const int s : {book.lowerTtlStep, book.changeDnsStep, book.removeStep})
        if (s > 0 && !steps.contains(s))
            steps << s;
    return steps;
}

// The lines of one location and step, in the order given (removals before adds per name).
QString stepBlock(int step, const QString &comment, const QList<Line> &lines)
{
    if (lines.isEmpty())
        return {};
    QString out = QStringLiteral("    # %1\n    if ($Step -eq %2) {\n").arg(psCommentText(comment)).arg(step);
    QSet<QString> zones;
    for (const Line &l : lines)
        if (l.op == Op::Add && l.pinPoint && !zones.contains(l.zone)) {
            zones.insert(l.zone);
            out += QStringLiteral("    ") + psAddZoneLine(l.zone, true);
        }
    for (const Line &l : lines)
        out += QStringLiteral("    ") + lineText(l);
    return out + QStringLiteral("    }\n");
}

QString stepTitle(const Runbook &book, int step)
{
    for (const RunbookStep &s : book.steps)
        if (s.number == step)
            return QStringLiteral("step %1: %2").arg(step).arg(s.title);
    return QStringLiteral("step %1").arg(step);
}

QString header(const MigrationChangeSet &set, const char *what)
{
    QString out =
        QStringLiteral("# Lync DNS Planner %1: %2 of the move %3 -> %4\n")
            .arg(QStringLiteral(LYNCDNS_VERSION), QLatin1String(what), keyword(set.from), keyword(set.to));
    if (!set.moved.isEmpty())
        out += QStringLiteral("# SIP domains moving to Teams: %1\n")
                   .arg(psCommentText(set.moved.join(QStringLiteral(", "))));
    return out + psRequires();
}

Line line(Op op, const MigrationChange &c, const QString &data, int ttl, const QString &why)
{
    return Line{op, c.zone, c.pinPoint, c.name, c.type, data, ttl, why};
}

// What one step does to the records of a location, forwards.
QList<Line> forwardLines(const MigrationChangeSet &set, Location loc, int step)
{
    const Runbook &book = set.runbook;
    QList<Line> lines;
    for (const MigrationChange &c : set.changes) {
        if (c.location != loc || c.action == ChangeAction::Keep)
            continue;
        if (step == book.lowerTtlStep && step != c.step) {
            if (c.action != ChangeAction::Add && c.oldTtl > kLoweredTtl)
                lines << line(Op::SetTtl, c, c.oldValue, kLoweredTtl, QString());
            continue;
        }
        if (c.step != step)
            continue;
        if (c.action != ChangeAction::Add)
            lines << line(Op::Remove, c, c.oldValue, 0,
                          c.step == book.changeDnsStep && book.changeDnsStep != book.removeStep
                              ? QStringLiteral("replaced")
                              : QStringLiteral("moved"));
        if (c.action != ChangeAction::Remove)
            lines << line(Op::Add, c, c.newValue, c.ttl, c.requirement);
    }
    return lines;
}

// What undoes one step, per name: what the step added goes first, then what it removed comes back.
QList<Line> rollbackLines(const MigrationChangeSet &set, Location loc, int step)
{
    const Runbook &book = set.runbook;
    QList<Line> removals;
    QList<Line> adds;
    for (const MigrationChange &c : set.changes) {
        if (c.location != loc || c.action == ChangeAction::Keep)
            continue;
        if (step == book.lowerTtlStep && step != c.step) {
            if (c.action != ChangeAction::Add && c.oldTtl > kLoweredTtl)
                adds << line(Op::SetTtl, c, c.oldValue, c.oldTtl, QString());
            continue;
        }
        if (c.step != step)
            continue;
        if (c.action != ChangeAction::Remove)
            removals << line(Op::Remove, c, c.newValue, 0, QStringLiteral("rollback"));
        if (c.action != ChangeAction::Add) {
            // The value comes back with the TTL it had before the move began.
            Line back = line(Op::Add, c, c.oldValue, c.oldTtl, c.requirement);
            adds << back;
        }
    }
    return removals + adds;
}

QString usage(const MigrationChangeSet &set, bool rollback)
{
    const QList<int> steps = dnsSteps(set.runbook);
    QString out =
        rollback ? QStringLiteral(
                       "# Undoes the DNS steps of the change script, newest first. For each location:\n")
                 : QStringLiteral(
                       "# The DNS steps of the runbook (lyncdns migrate --format table prints it), one at "
                       "a time, each\n# first with -WhatIf, on the DNS server the section names:\n");
    QList<int> order = steps;
    if (rollback)
        std::reverse(order.begin(), order.end());
    for (const int s : std::as_const(order))
        out += QStringLiteral("#   .\\script.ps1 -Location external -Step %1 -WhatIf   (%2)\n")
                   .arg(s)
                   .arg(psCommentText(stepTitle(set.runbook, s)));
    out += rollback ? QStringLiteral("# Each removed value comes back with the TTL it had before the move; "
                                     "the tenant and\n# on-premises commands of the runbook are not undone "
                                     "here.\n")
                    : QStringLiteral("# A value is removed only where it still holds the old data, and added "
                                     "only where it is\n# missing, so every step can run again.\n");
    return out;
}

QByteArray script(const MigrationChangeSet &set, bool rollback)
{
    const QList<int> steps = dnsSteps(set.runbook);
    QString out = header(set, rollback ? "DNS rollback" : "DNS changes") + usage(set, rollback);
    out += psParametersWithStep(steps.isEmpty() ? QList<int>{0} : steps) + psAddFunctions() +
           QString::fromUtf8(migrationFunctions);
    for (const Location loc : {Location::Internal, Location::External}) {
        QString body;
        QList<int> order = steps;
        if (rollback)
            std::reverse(order.begin(), order.end());
        for (const int s : std::as_const(order))
            body += stepBlock(s, (rollback ? QStringLiteral("undo ") : QString()) + stepTitle(set.runbook, s),
                              rollback ? rollbackLines(set, loc, s) : forwardLines(set, loc, s));
        if (body.isEmpty())
            continue;
        out += psSectionStart(loc, rollback ? QStringLiteral("rollback") : QStringLiteral("changes")) + body +
               QStringLiteral("}\n");
    }
    return out.toUtf8();
}

} // namespace

QByteArray changeScriptPowerShell(const MigrationChangeSet &set)
{
    return script(set, false);
}

QByteArray rollbackScriptPowerShell(const MigrationChangeSet &set)
{
    return script(set, true);
}

QString rollbackScriptPath(const QString &changeScriptPath)
{
    const QFileInfo info(changeScriptPath);
    const QString base = info.suffix().compare(QLatin1String("ps1"), Qt::CaseInsensitive) == 0
                             ? info.completeBaseName()
                             : info.fileName();
    const QString dir = info.path();
    const QString name = base + QStringLiteral(".rollback.ps1");
    return dir == QLatin1String(".") && !changeScriptPath.startsWith(QLatin1String("./"))
               ? name
               : dir + QLatin1Char('/') + name;
}

} // namespace lyncdns
