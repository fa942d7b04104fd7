#include "model/plan/planpaths.h"

#include <QStringList>

namespace lyncdns {

QString sitePath(qsizetype site)
{
    return QStringLiteral("sites[%1]").arg(site);
}

QString sitePath(qsizetype site, const char *list, qsizetype index)
{
    return QStringLiteral("sites[%1].%2[%3]").arg(site).arg(QLatin1String(list)).arg(index);
}

QString branchSitePath(qsizetype branch)
{
    return QStringLiteral("branchSites[%1]").arg(branch);
}

QString pathInFile(const QString &path, int fileVersion)
{
    if (fileVersion != 1)
        return path;
    // The objects a version 1 plan holds at the top level, and where its reader puts them.
    static const std::pair<const char *, const char *> kV1Objects[] = {
        {"sites[0].frontEndPools[0]", "frontEnd"},
        {"sites[0].directorPools[0]", "director"},
        {"sites[0].edgePools[0]", "edge"},
        {"sites[0].reverseProxies[0]", "reverseProxy"},
        {"sites[0].officeWebApps[0]", "officeWebApps"},
        {"sites[0].persistentChatPools[0]", "persistentChat"},
    };
    for (const auto &[v2, v1] : kV1Objects) {
        const QLatin1String prefix(v2);
        if (path == prefix)
            return QLatin1String(v1);
        if (path.startsWith(prefix) && path.at(prefix.size()) == QLatin1Char('.'))
            return QLatin1String(v1) + path.mid(prefix.size());
    }
    return path;
}

} // namespace lyncdns
