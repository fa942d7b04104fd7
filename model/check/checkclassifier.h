#pragma once

// Compares what a server answered with what the plan expects (cli.md's status table).
// Pure: no DNS traffic, so every status can be tested on its own.

#include "model/check/checkresult.h"
#include "model/check/dnsresolver.h"

#include <QSet>

namespace lyncdns {

// cnameTargets: SRV targets that turned out to be CNAMEs (R-SRV2), for SRV items.
CheckResult classify(const CheckItem &item, const DnsAnswer &answer, const QSet<QString> &cnameTargets = {});
// True when the server is worth one more question about this result's name: what else is there
// (a failing name that exists, a name that must not resolve here).
bool wantsOtherRecords(const CheckResult &result);
// Adds the records of other types the name holds ("TYPE data", DnsAnswer::values of lookupAll())
// to `others` and `actual`, and judges again: a CNAME with a documented alternative published as
// an A record with the right address (CheckItem::acceptedAsA) is ok with a note; a name that must
// not resolve but has an AAAA or CNAME is exposed. The fix follows.
void addOtherRecords(CheckResult &result, const QStringList &records);
// Lower case, no trailing dot, canonical IPv6: the form expected and actual values are compared in.
QString normalizedValue(RecordType type, const QString &value);

} // namespace lyncdns
