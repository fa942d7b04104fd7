#include "model/export/powershellexporter.h"

#include "model/export/exportpolicy.h"

#include "lyncdns/version.h"

#include <QMap>

namespace lyncdns {

QString psQuote(const QString &value)
{
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        out += c;
        if (c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) ||
            c == QChar(0x201B))
            out += c; // doubling a quote character escapes it inside a single-quoted string
    }
    return out + QLatin1Char('\'');
}

QString psCommentText(const QString &value)
{
    QString out;
    for (const QChar c : value)
        out += (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029) ||
                c == QChar(0x85))
                   ? QLatin1Char(' ')
                   : c;
    return out;
}

namespace {

const char *header = R"PS(#Requires -Modules DnsServer
# Run it on the DNS server of the location you choose, or point -ComputerName at it:
#   .\lync-dns.ps1 -Location internal -WhatIf      (shows what would change)
#   .\lync-dns.ps1 -Location internal              (creates what is missing)
# Zones and records that already exist with the same data are left alone, so the
# script can be run again safely.
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('internal', 'external')]
    [string]$Location,
    [string]$ComputerName = $env:COMPUTERNAME,
    # New zones are Active Directory-integrated unless this is set (e.g. a stand-alone external server).
    [switch]$FileBackedZones
)
$ErrorActionPreference = 'Stop'

function Add-PlannedZone {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param([string]$Zone, [string]$Why)
    if (Get-DnsServerZone -ComputerName $ComputerName -Name $Zone -ErrorAction SilentlyContinue) {
        Write-Verbose "Zone $Zone exists"
        return
    }
    if ($PSCmdlet.ShouldProcess($Zone, "Add primary zone ($Why)")) {
        if ($FileBackedZones) {
            Add-DnsServerPrimaryZone -ComputerName $ComputerName -Name $Zone -ZoneFile "$Zone.dns"
        } else {
            Add-DnsServerPrimaryZone -ComputerName $ComputerName -Name $Zone -ReplicationScope Domain
        }
    }
}

function Test-PlannedRecord {
    param($Existing, [string]$Type, [string]$Data)
    foreach ($r in $Existing) {
        $d = $r.RecordData
        switch ($Type) {
            'A'     { if ($d.IPv4Address.IPAddressToString -eq $Data) { return $true } }
            'AAAA'  { if ($d.IPv6Address -eq [System.Net.IPAddress]::Parse($Data)) { return $true } }
            'CNAME' { if ($d.HostNameAlias.TrimEnd('.') -eq $Data) { return $true } }
            'SRV'   {
                $p = $Data.Split(' ')
                if ($d.Priority -eq [int]$p[0] -and $d.Weight -eq [int]$p[1] -and $d.Port -eq [int]$p[2] -and
                    $d.DomainName.TrimEnd('.') -eq $p[3]) { return $true }
            }
        }
    }
    return $false
}

function Add-PlannedRecord {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param([string]$Zone, [string]$Name, [string]$Type, [string]$Data, [int]$Ttl, [string]$Why)
    $existing = Get-DnsServerResourceRecord -ComputerName $ComputerName -ZoneName $Zone -Name $Name -RRType $Type -ErrorAction SilentlyContinue
    if (Test-PlannedRecord -Existing $existing -Type $Type -Data $Data) {
        Write-Verbose "$Name in $Zone already has $Type $Data"
        return
    }
    if (-not $PSCmdlet.ShouldProcess("$Name in $Zone", "Add $Type $Data ($Why)")) { return }
    $common = @{ ComputerName = $ComputerName; ZoneName = $Zone; Name = $Name; TimeToLive = [TimeSpan]::FromSeconds($Ttl) }
    switch ($Type) {
        'A'     { Add-DnsServerResourceRecordA @common -IPv4Address $Data }
        'AAAA'  { Add-DnsServerResourceRecordAAAA @common -IPv6Address $Data }
        'CNAME' { Add-DnsServerResourceRecordCName @common -HostNameAlias $Data }
        'SRV'   {
            $p = $Data.Split(' ')
            Add-DnsServerResourceRecord @common -Srv -Priority ([int]$p[0]) -Weight ([int]$p[1]) -Port ([int]$p[2]) -DomainName $p[3]
        }
    }
}
)PS";

QString relativeOwner(const QString &name, const QString &zone)
{
    return name == zone ? QStringLiteral("@") : name.left(name.size() - zone.size() - 1);
}

} // namespace

QByteArray powerShellScript(const Plan &plan, const RecordSet &records, int draftErrors)
{
    QString out = draftErrors > 0 ? QStringLiteral("# %1\n").arg(draftNotice(draftErrors)) : QString();
    out += QStringLiteral("# Lync DNS Planner %1: DNS records for %2\n")
               .arg(QStringLiteral(LYNCDNS_VERSION),
                    psCommentText(plan.title.isEmpty() ? plan.sipDomains.join(QStringLiteral(", "))
                                                       : plan.title));
    out += QString::fromUtf8(header);
    // Also said when it runs: a comment is easily missed by whoever only runs the script.
    if (draftErrors > 0)
        out += QStringLiteral("Write-Warning %1\n").arg(psQuote(draftNotice(draftErrors)));
    for (const Location loc : {Location::Internal, Location::External}) {
        QMap<QString, bool> zones; // zone -> pin-point
        for (const DnsRecord &r : records)
            if (r.location == loc)
                zones[r.zone] = r.pinPoint;
        if (zones.isEmpty())
            continue;
        const QString name = locationName(loc);
        out += QStringLiteral("\n# ---- %1 records: run this section on the %2 ----\n")
                   .arg(name, loc == Location::Internal
                                  ? QStringLiteral("internal DNS server (Active Directory DNS)")
                                  : QStringLiteral("external (public) DNS server"));
        out += QStringLiteral("if ($Location -eq %1) {\n").arg(psQuote(name));
        for (auto it = zones.cbegin(); it != zones.cend(); ++it)
            out += QStringLiteral("    Add-PlannedZone -Zone %1 -Why %2\n")
                       .arg(psQuote(it.key()),
                            psQuote(it.value() ? QStringLiteral("pin-point zone") : QStringLiteral("zone")));
        for (const DnsRecord &r : records) {
            if (r.location != loc)
                continue;
            out +=
                QStringLiteral("    Add-PlannedRecord -Zone %1 -Name %2 -Type %3 -Data %4 -Ttl %5 -Why %6\n")
                    .arg(psQuote(r.zone), psQuote(relativeOwner(r.name, r.zone)),
                         psQuote(recordTypeName(r.type)), psQuote(r.data))
                    .arg(r.ttl)
                    .arg(psQuote(r.requirement));
        }
        out += QStringLiteral("}\n");
    }
    return out.toUtf8();
}

} // namespace lyncdns
