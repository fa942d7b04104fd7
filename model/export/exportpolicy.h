#pragma once

// The one policy for exporting a plan with validation errors (docs/export-policy.md): an export
// refuses and names the errors; an explicit override (--force, "Export Anyway") writes the files
// stamped as a draft. The command line and the GUI take their words from here.

#include "model/validator/finding.h"

#include <QString>

namespace lyncdns {

// How many errors a refusal lists before "… and N more".
inline constexpr int kListedErrors = 5;

// The findings of severity Error, in the validator's order.
Findings errorFindings(const Findings &findings);
// "The plan has 3 validation errors:" and one indented line per error ("R-… path: message"), at
// most kListedErrors of them, then "… and N more". Translated; empty when there is no error. Paths
// as the plan file spells them (a version 1 file's "frontEnd.fqdn", model/plan/planpaths.h).
QString planErrorsText(const Findings &findings, int fileVersion = 2);
// The stamp in files whose comments are English (zone files, named.conf, PowerShell), without a
// comment marker: "DRAFT: this plan has 3 validation errors; do not load into production DNS".
QString draftNotice(int errors);
// The same stamp in the user's language: the report's banner and its page header.
QString draftBanner(int errors);

} // namespace lyncdns
