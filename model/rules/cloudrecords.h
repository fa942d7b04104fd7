#pragma once

// The Microsoft 365 side of a move to Teams (plan-format.md v2 rule 12): which SIP domains of a plan
// have moved, and the four public records each of them then holds, per Microsoft 365 cloud. The
// one place these values are written; the planner, the change set and the docs read them here
// (docs/reference/migration.md gives each value's Microsoft page).

#include "model/dns/dnsrecord.h"
#include "model/plan/plan.h"

#include <QList>
#include <QString>

namespace lyncdns {

// The Skype for Business Online endpoints of one Microsoft 365 cloud.
struct CloudEndpoints
{
    const char *sipfed; // federation edge: _sipfederationtls._tcp target
    const char *sipdir; // sign-in: _sip._tls target and the sip CNAME
    const char *webdir; // Autodiscover: the lyncdiscover CNAME
};
const CloudEndpoints &cloudEndpoints(Cloud cloud);
// "Microsoft 365 (commercial)", "Microsoft 365 GCC High", ...: how the runbook and reasons name it.
QString cloudLabel(Cloud cloud);

// Microsoft's TTL for the four records, whatever dns.ttl says.
constexpr int kCloudRecordTtl = 3600;

// One of the four records of a moved SIP domain; name and data lower case without trailing dot.
struct CloudRecord
{
    QString name;
    RecordType type = RecordType::CNAME;
    QString data; // SRV: "priority weight port target"
    const char *requirement;
};
// _sipfederationtls._tcp SRV 100 1 5061 <sipfed>, _sip._tls SRV 100 1 443 <sipdir>,
// lyncdiscover CNAME <webdir>, sip CNAME <sipdir>, in Microsoft's table order.
QList<CloudRecord> cloudRecords(Cloud cloud, const QString &sipDomain);

// A SIP domain whose records moved to Microsoft 365: phase teams-only and the domain in
// migration.domains (an empty list moves every domain).
bool movedToTeams(const Plan &plan, const QString &sipDomain);

} // namespace lyncdns
