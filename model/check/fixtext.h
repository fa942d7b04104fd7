#pragma once

// The one line that says what to change for a check result (CheckResult::fix), in words, from the
// changes resultChanges() (fixplan.h) makes: what the check window, the report, `check`'s outputs
// and the fix script's change list say stays one story. Translated; names in `backquotes`.

#include "model/check/checkresult.h"

#include <QString>

namespace lyncdns {

// Empty for ok.
QString fixText(const CheckResult &result);
// An SRV whose target is a CNAME (R-SRV2): the target needs address records of its own.
QString srvTargetFixText(const QString &target);

} // namespace lyncdns
