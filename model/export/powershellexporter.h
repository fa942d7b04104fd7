#pragma once

// A Windows DNS Server (DnsServer module) script that creates the planned zones and records:
// idempotent, honours -WhatIf, one section per location.

#include "model/dns/dnsrecord.h"
#include "model/plan/plan.h"

#include <QByteArray>

namespace lyncdns {

// draftErrors > 0 (a forced export of a plan with errors) stamps the script as a draft: a header
// comment, and a warning when it runs.
QByteArray powerShellScript(const Plan &plan, const RecordSet &records, int draftErrors = 0);
// A single-quoted PowerShell string literal; PowerShell treats ‘ ’ ‚ ‛ as quotes too.
QString psQuote(const QString &value);
// Text safe inside a # comment: no line breaks of any kind, no control characters.
QString psCommentText(const QString &value);

} // namespace lyncdns
