#pragma once

// The live check's results as cli.md prescribes: text (problems first), JSON and CSV.

#include "model/check/checkresult.h"

#include <QByteArray>

namespace lyncdns {

QByteArray checkReportToText(const CheckReport &report);
QByteArray checkReportToJson(const CheckReport &report);
QByteArray checkReportToCsv(const CheckReport &report);
// Results ordered problems first (worst first), then by location and name.
QList<CheckResult> resultsProblemsFirst(const CheckReport &report);

} // namespace lyncdns
