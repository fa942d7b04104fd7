#pragma once

// The live check's results as cli.md prescribes: text (problems first, then the notices, the
// missing optional records, apart, then what is ok), JSON and CSV.

#include "model/check/checkresult.h"

#include <QByteArray>

namespace lyncdns {

QByteArray checkReportToText(const CheckReport &report);
QByteArray checkReportToJson(const CheckReport &report);
QByteArray checkReportToCsv(const CheckReport &report);
// Results ordered problems first (worst first), then by location and name.
QList<CheckResult> resultsProblemsFirst(const CheckReport &report);
// One CSV line: each cell quoted as csvCell() does, a newline at the end.
QString csvRow(const QStringList &cells);

} // namespace lyncdns
