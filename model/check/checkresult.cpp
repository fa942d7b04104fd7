#include "model/check/checkresult.h"

namespace lyncdns {

QString checkStatusName(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Ok:
        return QStringLiteral("ok");
    case CheckStatus::Missing:
        return QStringLiteral("missing");
    case CheckStatus::Mismatch:
        return QStringLiteral("mismatch");
    case CheckStatus::Partial:
        return QStringLiteral("partial");
    case CheckStatus::Extra:
        return QStringLiteral("extra");
    case CheckStatus::Exposed:
        return QStringLiteral("exposed");
    case CheckStatus::Unreachable:
        return QStringLiteral("unreachable");
    case CheckStatus::Error:
        return QStringLiteral("error");
    }
    return {};
}

bool isProblem(CheckStatus s)
{
    return s != CheckStatus::Ok;
}

int problemRank(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Unreachable:
        return 0;
    case CheckStatus::Error:
        return 1;
    case CheckStatus::Exposed:
        return 2;
    case CheckStatus::Missing:
        return 3;
    case CheckStatus::Mismatch:
        return 4;
    case CheckStatus::Partial:
        return 5;
    case CheckStatus::Extra:
        return 6;
    case CheckStatus::Ok:
        return 7;
    }
    return 8;
}

bool CheckReport::allOk() const
{
    for (const CheckResult &r : results)
        if (r.status != CheckStatus::Ok)
            return false;
    return !cancelled;
}

bool CheckReport::anyServerUnreachable() const
{
    return (!internalServer.address.isEmpty() && !internalServer.reachable) ||
           (!externalServer.address.isEmpty() && !externalServer.reachable);
}

} // namespace lyncdns
