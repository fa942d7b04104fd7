#pragma once

// Writes a plan in the version 2 file format, every key in the order plan-format.md documents them,
// so the same plan always gives the same bytes. A plan read from a version 1 file is saved as version 2.

#include "model/plan/plan.h"

#include <QByteArray>

namespace lyncdns {

QByteArray planToJson(const Plan &plan);
// Atomic: the file is replaced only once the new content is complete (QSaveFile).
bool savePlanFile(const Plan &plan, const QString &fileName, QString *errorMessage);

} // namespace lyncdns
