#pragma once

// Compares what a server answered with what the plan expects (cli.md's status table).
// Pure: no DNS traffic, so every status can be tested on its own.

#include "model/check/checkresult.h"
#include "model/check/dnsresolver.h"

#include <QSet>

namespace lyncdns {

// cnameTargets: SRV targets that turned out to be CNAMEs (R-SRV2), for SRV items.
CheckResult classify(const CheckItem &item, const DnsAnswer &answer, const QSet<QString> &cnameTargets = {});
// Lower case, no trailing dot, canonical IPv6: the form expected and actual values are compared in.
QString normalizedValue(RecordType type, const QString &value);

} // namespace lyncdns
