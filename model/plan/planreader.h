#pragma once

// Reads plan files (v1) strictly: unknown keys, wrong types and missing required keys are
// errors that name the JSON path; absent optional keys take the documented defaults.

#include "model/plan/plan.h"
#include "model/plan/planerror.h"

#include <QByteArray>

#include <optional>

namespace lyncdns {

std::optional<Plan> parsePlan(const QByteArray &json, const QString &fileName, PlanError *error);
std::optional<Plan> readPlanFile(const QString &fileName, PlanError *error);

} // namespace lyncdns
