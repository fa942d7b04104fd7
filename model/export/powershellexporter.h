#pragma once

// A Windows DNS Server (DnsServer module) script that creates the planned zones and records:
// idempotent, honours -WhatIf, one section per location.

#include "model/dns/dnsrecord.h"
#include "model/export/powershellscript.h" // psQuote(), psCommentText()
#include "model/plan/plan.h"

#include <QByteArray>

namespace lyncdns {

// draftErrors > 0 (a forced export of a plan with errors) stamps the script as a draft: a header
// comment, and a warning when it runs.
QByteArray powerShellScript(const Plan &plan, const RecordSet &records, int draftErrors = 0);

} // namespace lyncdns
