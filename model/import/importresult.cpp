#include "model/import/importresult.h"

namespace lyncdns {

QString ImportError::toString() const
{
    QString where = fileName;
    if (!member.isEmpty())
        where += QStringLiteral(": ") + member;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where + QStringLiteral(": ") + message;
}

} // namespace lyncdns
