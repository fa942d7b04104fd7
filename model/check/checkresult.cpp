#include "model/check/checkresult.h"

namespace lyncdns {

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
