#include "model/export/powershellscript.h"

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

// %1: further mandatory parameters after -Location (the migration scripts' -Step), or nothing.
const char *parameters = R"PS([CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('internal', 'external')]
    [string]$Location,%1
    [string]$ComputerName = $env:COMPUTERNAME,
    # New zones are Active Directory-integrated unless this is set (e.g. a stand-alone external server).
    [switch]$FileBackedZones
)
$ErrorActionPreference = 'Stop'
)PS";

const char *addFunctions = R"PS(
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

} // namespace

QString psRequires()
{
    return QStringLiteral("#Requires -Modules DnsServer\n");
}

QString psParameters()
{
    return QString::fromUtf8(parameters).arg(QString());
}

QString psParametersWithStep(const QList<int> &steps)
{
    QStringList values;
    for (const int s : steps)
        values << QString::number(s);
    return QString::fromUtf8(parameters)
        .arg(QStringLiteral("\n    [Parameter(Mandatory = $true)]\n    [ValidateSet(%1)]\n    [int]$Step,")
                 .arg(values.join(QStringLiteral(", "))));
}

QString psAddFunctions()
{
    return QString::fromUtf8(addFunctions);
}

QString psRelativeOwner(const QString &name, const QString &zone)
{
    return name == zone ? QStringLiteral("@") : name.left(name.size() - zone.size() - 1);
}

QString psSectionStart(Location location, const QString &what, const QString &servers)
{
    const QString name = locationName(location);
    QString server = location == Location::Internal
                         ? QStringLiteral("internal DNS server (Active Directory DNS)")
                         : QStringLiteral("external (public) DNS server");
    if (!servers.isEmpty())
        server += QStringLiteral(": ") + psCommentText(servers);
    return QStringLiteral("\n# ---- %1 %2: run this section on the %3 ----\n").arg(name, what, server) +
           QStringLiteral("if ($Location -eq %1) {\n").arg(psQuote(name));
}

QString psAddZoneLine(const QString &zone, bool pinPoint)
{
    return QStringLiteral("    Add-PlannedZone -Zone %1 -Why %2\n")
        .arg(psQuote(zone), psQuote(pinPoint ? QStringLiteral("pin-point zone") : QStringLiteral("zone")));
}

QString psAddRecordLine(const QString &zone, const QString &name, RecordType type, const QString &data,
                        int ttl, const QString &why)
{
    return QStringLiteral("    Add-PlannedRecord -Zone %1 -Name %2 -Type %3 -Data %4 -Ttl %5 -Why %6\n")
        .arg(psQuote(zone), psQuote(psRelativeOwner(name, zone)), psQuote(recordTypeName(type)),
             psQuote(data))
        .arg(ttl)
        .arg(psQuote(why));
}

} // namespace lyncdns
