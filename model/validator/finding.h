#pragma once

// One validator finding: the catalogue rule it comes from, how bad it is, and where in the plan.

#include <QList>
#include <QString>

namespace lyncdns {

enum class Severity
{
    Error,
    Warning,
    Info
};

struct Finding
{
    QString rule; // catalogue rule id (R-SRV1 …) or a plan-consistency id (P-…)
    Severity severity = Severity::Error;
    QString path; // JSON path in the plan (version 2), e.g. sites[0].frontEndPools[0].servers[1].ipv4
    QString message;
};

using Findings = QList<Finding>;

QString severityName(Severity s);
bool hasErrors(const Findings &findings);

} // namespace lyncdns
