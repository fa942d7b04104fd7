#pragma once

// Reads plan files strictly, version 1 and version 2 (plan-format.md): unknown keys, wrong types
// and missing required keys are errors that name the JSON path; absent optional keys take the
// documented defaults. A version 1 file becomes a version 2 plan of one site; its errors name its
// own (version 1) paths.

#include "model/plan/plan.h"
#include "model/plan/planerror.h"

#include <QByteArray>

#include <optional>

namespace lyncdns {

std::optional<Plan> parsePlan(const QByteArray &json, const QString &fileName, PlanError *error);
std::optional<Plan> readPlanFile(const QString &fileName, PlanError *error);

// The site a version 1 plan becomes, and a new plan starts with: "Site 1".
QString firstSiteName();
// The name a version 1 plan's one reverse proxy takes: "reverse-proxy".
QString v1ReverseProxyName();

} // namespace lyncdns
