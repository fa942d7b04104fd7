#pragma once

// Shared by the test suites: loading fixtures and printing record sets readably on failure.

#include "dnsrecord.h"
#include "plan.h"

#include <QString>

namespace lyncdns::test {

// Loads a plan file or fails the calling test (QFAIL) with the reader's message.
Plan loadPlan(const QString &fileName);
// Parses plan JSON given inline; fails the test on any error.
Plan planFromJson(const QByteArray &json);
QString dataFile(const QString &relative);
QString exampleFile(const QString &name);
// "internal pool01.contoso.net A 10.0.0.1" lines, sorted, for readable comparisons.
QStringList recordLines(const RecordSet &records);
// Expected minus actual and actual minus expected, printed; empty when equal.
QString describeDifference(const QStringList &expected, const QStringList &actual);

} // namespace lyncdns::test
