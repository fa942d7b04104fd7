#pragma once

// The cutover readiness check's per-domain verdicts as `check --phase` writes them: a text block
// per SIP domain ahead of the check's own tables, and a "phases" array in its JSON
// (docs/reference/migration.md, "Live readiness").

#include "model/migration/readiness.h"

#include <QByteArray>
#include <QJsonArray>

namespace lyncdns {

// The observed phase in words ("on premises", "half moved", "Teams Only", …), for every output.
QString observedPhaseWords(ObservedPhase phase);
// One blocking or left-over result in words: name, type, what was expected, what was found.
QString readinessResultLine(const CheckResult &r);

QByteArray readinessToText(const QList<DomainReadiness> &domains);
// [{"domain","observed","ready","blocking":[…],"leftovers":[…],"wildcard":{"probe","status","records"}}]
QJsonArray readinessToJson(const QList<DomainReadiness> &domains);
// checkReportToJson(report) with the "phases" array added (root JSON as text).
QByteArray addReadinessToJson(const QByteArray &checkJson, const QList<DomainReadiness> &domains);

} // namespace lyncdns
