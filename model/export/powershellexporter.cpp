#include "model/export/powershellexporter.h"

#include "model/export/exportpolicy.h"
#include "model/export/powershellscript.h"

#include "lyncdns/version.h"

#include <QMap>

namespace lyncdns {

namespace {

// How to run the export; the parameters and functions are every script's (powershellscript.h).
const char *usage = R"PS(# Run it on the DNS server of the location you choose, or point -ComputerName at it:
#   .\lync-dns.ps1 -Location internal -WhatIf      (shows what would change)
#   .\lync-dns.ps1 -Location internal              (creates what is missing)
# Zones and records that already exist with the same data are left alone, so the
# script can be run again safely.
)PS";

} // namespace

QByteArray powerShellScript(const Plan &plan, const RecordSet &records, int draftErrors)
{
    QString out = draftErrors > 0 ? QStringLiteral("# %1\n").arg(draftNotice(draftErrors)) : QString();
    out += QStringLiteral("# Lync DNS Planner %1: DNS records for %2\n")
               .arg(QStringLiteral(LYNCDNS_VERSION),
                    psCommentText(plan.title.isEmpty() ? plan.sipDomains.join(QStringLiteral(", "))
                                                       : plan.title));
    out += psRequires() + QString::fromUtf8(usage) + psParameters() + psAddFunctions();
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
        out += psSectionStart(loc, QStringLiteral("records"));
        for (auto it = zones.cbegin(); it != zones.cend(); ++it)
            out += psAddZoneLine(it.key(), it.value());
        for (const DnsRecord &r : records)
            if (r.location == loc)
                out += psAddRecordLine(r.zone, r.name, r.type, r.data, r.ttl, r.requirement);
        out += QStringLiteral("}\n");
    }
    return out.toUtf8();
}

} // namespace lyncdns
