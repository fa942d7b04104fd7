#include "model/check/checkresult.h"

#include "model/rules/requirements.h"
#include "model/rules/ruleinfo.h"

namespace lyncdns {

bool isProblem(CheckStatus s)
{
    return s != CheckStatus::Ok;
}

bool isNotice(const CheckResult &r)
{
    return r.status == CheckStatus::Missing && !r.item.required && !r.item.mustNotResolve;
}

bool isProblem(const CheckResult &r)
{
    return isProblem(r.status) && !isNotice(r);
}

QString requirementLabel(const QString &id)
{
    QString name = requirementName(id);
    if (name.isEmpty())
        name = ruleTitle(id);
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
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

bool CheckReport::hasProblems() const
{
    for (const CheckResult &r : results)
        if (isProblem(r))
            return true;
    return cancelled;
}

QList<ServerInfo> CheckReport::servers(Location l) const
{
    if (l == Location::External)
        return externalServer.address.isEmpty() ? QList<ServerInfo>() : QList<ServerInfo>{externalServer};
    QList<ServerInfo> out;
    if (!internalServer.address.isEmpty())
        out << internalServer;
    return out + otherInternalServers;
}

const ServerInfo *CheckReport::serverOf(const CheckResult &result) const
{
    if (result.item.location == Location::External)
        return externalServer.address == result.server && !result.server.isEmpty() ? &externalServer
                                                                                   : nullptr;
    if (internalServer.address == result.server && !result.server.isEmpty())
        return &internalServer;
    for (const ServerInfo &s : otherInternalServers)
        if (s.address == result.server)
            return &s;
    return nullptr;
}

bool CheckReport::anyServerUnreachable() const
{
    for (Location l : {Location::Internal, Location::External})
        for (const ServerInfo &s : servers(l))
            if (!s.reachable)
                return true;
    return false;
}

} // namespace lyncdns
