#pragma once

// Writes a plan in the v1 file format, keys in the order plan-format.md documents them.

#include "model/plan/plan.h"

#include <QByteArray>

namespace lyncdns {

QByteArray planToJson(const Plan &plan);
// Atomic: the file is replaced only once the new content is complete (QSaveFile).
bool savePlanFile(const Plan &plan, const QString &fileName, QString *errorMessage);

} // namespace lyncdns
