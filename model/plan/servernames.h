#pragma once

// The name a pool's next server is likely to get (issue 12: a new server row prefilled from the
// pool name). Servers are numbered in practice (fe01, fe02 …), so the next number of the listed
// pattern is a complete guess; without one, the pool's domain is the part the admin would type
// anyway, and the host label in front of it is left to the admin.

#include "model/plan/plan.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace lyncdns {

struct ServerNameProposal
{
    QString text;          // empty: nothing to propose
    bool complete = false; // a whole FQDN (fe03.contoso.net), not a partial one (".contoso.net")
};

// The last listed server whose first label ends in digits sets the pattern: the next number after
// the highest of the listed servers with its prefix and domain, as wide as its digits (zero-padded),
// in its domain ("fe01", "fe02" -> "fe03.contoso.net"; "edge9" -> "edge10"). Else, when the pool
// FQDN has a domain, ".<domain>" for the host label to be typed in front. Else nothing. Names come
// back in normalized form (lower case, no trailing dot). A counted-up name another server of the
// plan already has (`taken`, normalized: planServerNames()) is skipped: estates number servers
// across pools (pool01 fe01-03, pool02 fe04-06), so pool01's next is fe07, not fe04.
ServerNameProposal proposeServerName(const QString &poolFqdn, const QStringList &serverNames,
                                     const QSet<QString> &taken = {});

// Every server name of the plan, normalized: the servers of each pool, Edge pool, Office Web Apps
// farm, Persistent Chat and Mediation pool, and each Survivable Branch appliance.
QSet<QString> planServerNames(const Plan &plan);

} // namespace lyncdns
