#include "model/plan/planerror.h"

namespace lyncdns {

QString PlanError::toString() const
{
    QString where = fileName.isEmpty() ? QStringLiteral("<plan>") : fileName;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    if (!jsonPath.isEmpty())
        where += QStringLiteral(": ") + jsonPath;
    return where + QStringLiteral(": ") + message;
}

} // namespace lyncdns
