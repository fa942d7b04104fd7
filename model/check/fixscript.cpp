// fixScriptPowerShell() of fixplan.h: the change list as a Windows DNS Server script, built from
// the same parameters and functions as the export's script (model/export/powershellscript.h).

#include "model/check/fixplan.h"

#include "model/export/powershellscript.h"
#include "model/planner/planner.h"

#include "lyncdns/version.h"

#include <QHash>
#include <QSet>

namespace lyncdns {

namespace {

const char *usage =
    R"PS(# Makes right what the live check found missing or wrong. Run each section on the DNS server
# it names, or point -ComputerName at it, first with -WhatIf:
#   .\fix.ps1 -Location internal -WhatIf      (shows what would change)
#   .\fix.ps1 -Location internal              (makes the changes)
# A record that exists already with the planned data is left alone, so the script can run again.
# A wrong value is removed and the planned one added. A record that nothing replaces (a name
# that must not be public, a value the plan does not have) is removed only once you confirm it
# (ConfirmImpact High; -Confirm:$false removes without asking).
)PS";

const char *removeFunctions = R"PS(
function Get-MatchingRecord {
    param([string]$Zone, [string]$Name, [string]$Type, [string]$Data)
    $existing = Get-DnsServerResourceRecord -ComputerName $ComputerName -ZoneName $Zone -Name $Name -RRType $Type -ErrorAction SilentlyContinue
    foreach ($r in $existing) {
        if (Test-PlannedRecord -Existing @($r) -Type $Type -Data $Data) { $r }
    }
}

# A wrong value the planned one replaces: a change like any other (-WhatIf, -Confirm).
function Remove-ReplacedRecord {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param([string]$Zone, [string]$Name, [string]$Type, [string]$Data, [string]$Why)
    foreach ($r in @(Get-MatchingRecord -Zone $Zone -Name $Name -Type $Type -Data $Data)) {
        if ($PSCmdlet.ShouldProcess("$Name in $Zone", "Remove $Type $Data ($Why)")) {
            Remove-DnsServerResourceRecord -ComputerName $ComputerName -ZoneName $Zone -InputObject $r -Force
        }
    }
}

# A record nothing replaces: asks before it removes anything.
function Remove-UnplannedRecord {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
    param([string]$Zone, [string]$Name, [string]$Type, [string]$Data, [string]$Why)
    foreach ($r in @(Get-MatchingRecord -Zone $Zone -Name $Name -Type $Type -Data $Data)) {
        if ($PSCmdlet.ShouldProcess("$Name in $Zone", "Remove $Type $Data ($Why)")) {
            Remove-DnsServerResourceRecord -ComputerName $ComputerName -ZoneName $Zone -InputObject $r -Force
        }
    }
}
)PS";

QString recordKey(Location location, const QString &name, RecordType type, const QString &data)
{
    return QStringList{locationName(location), name, recordTypeName(type), data}.join(QLatin1Char('|'));
}

QString removeLine(const char *function, const FixChange &c, const QString &why)
{
    return QStringLiteral("    %1 -Zone %2 -Name %3 -Type %4 -Data %5 -Why %6\n")
        .arg(QLatin1String(function), psQuote(c.zone), psQuote(psRelativeOwner(c.name, c.zone)),
             psQuote(recordTypeName(c.type)), psQuote(c.oldValue), psQuote(why));
}

} // namespace

QByteArray fixScriptPowerShell(const Plan &plan, const QList<FixChange> &changes)
{
    QHash<QString, const DnsRecord *> planned;
    const RecordSet records = planRecords(plan);
    for (const DnsRecord &r : records)
        planned.insert(recordKey(r.location, r.name, r.type, r.data), &r);

    QString out = QStringLiteral("# Lync DNS Planner %1: DNS fixes for %2\n")
                      .arg(QStringLiteral(LYNCDNS_VERSION),
                           psCommentText(plan.title.isEmpty() ? plan.sipDomains.join(QStringLiteral(", "))
                                                              : plan.title));
    out += psRequires() + QString::fromUtf8(usage) + psParameters() + psAddFunctions() +
           QString::fromUtf8(removeFunctions);
    const ZoneResolver zones(plan);
    for (const Location loc : {Location::Internal, Location::External}) {
        QStringList servers;
        QStringList pinPointZones;
        QSet<QString> namesGettingRecords; // a removal at such a name makes room: no confirmation
        bool any = false;
        for (const FixChange &c : changes) {
            if (c.location != loc)
                continue;
            any = true;
            for (const QString &server : c.server.split(QStringLiteral(", "), Qt::SkipEmptyParts))
                if (!servers.contains(server))
                    servers << server;
            if (c.action == FixAction::Remove)
                continue;
            namesGettingRecords.insert(c.name);
            bool pinPoint = false;
            if (zones.zone(loc, c.name, &pinPoint) == c.zone && pinPoint && !pinPointZones.contains(c.zone))
                pinPointZones << c.zone;
        }
        if (!any)
            continue;
        out += psSectionStart(loc, QStringLiteral("fixes"), servers.join(QStringLiteral(", ")));
        for (const QString &zone : std::as_const(pinPointZones))
            out += psAddZoneLine(zone, true);
        for (const FixChange &c : changes) {
            if (c.location != loc)
                continue;
            if (c.action != FixAction::Add)
                out += namesGettingRecords.contains(c.name)
                           ? removeLine("Remove-ReplacedRecord", c, QStringLiteral("replaced"))
                           : removeLine("Remove-UnplannedRecord", c, QStringLiteral("not planned here"));
            if (c.action == FixAction::Remove)
                continue;
            const DnsRecord *p = planned.value(recordKey(loc, c.name, c.type, c.newValue));
            out += psAddRecordLine(c.zone, c.name, c.type, c.newValue, p ? p->ttl : plan.dns.ttl,
                                   p ? p->requirement : QStringLiteral("planned"));
        }
        out += QStringLiteral("}\n");
    }
    return out.toUtf8();
}

} // namespace lyncdns
