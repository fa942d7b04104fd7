#include "ui/wizard/scopedview.h"

#include "model/plan/estate.h"
#include "model/plan/estaterolelabels.h"
#include "model/plan/planpaths.h"
#include "model/plan/planreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lyncdns::scoped {

namespace {

// A brand-new or emptied plan has no site yet: the first edit makes the one a version 1 plan is read
// into. A scope past the last site (a site just removed) shows the last one.
qsizetype siteIndex(const Plan &plan, const EditScope &scope)
{
    return qBound<qsizetype>(0, scope.site, qMax<qsizetype>(0, plan.sites.size() - 1));
}

Site &shownSite(Plan &plan, const EditScope &scope)
{
    if (plan.sites.isEmpty()) {
        Site site;
        site.name = firstSiteName();
        plan.sites << site;
    }
    return plan.sites[siteIndex(plan, scope)];
}

const Site *shownSite(const Plan &plan, const EditScope &scope)
{
    return plan.sites.isEmpty() ? nullptr : &plan.sites.at(siteIndex(plan, scope));
}

template<typename T>
std::optional<T> elementOf(const Plan &plan, const EditScope &scope, QList<T> Site::*list, EstateRole role)
{
    const Site *site = shownSite(plan, scope);
    const qsizetype index = scope.index(role);
    if (!site || index < 0 || index >= (site->*list).size())
        return std::nullopt;
    return (site->*list).at(index);
}

// Replaces the element, appends it when the scope points one past the end, or removes that one only.
// A name edited in the element's editor takes the references to it along (followRename): from
// *referencedName, the name they hold as the editor tracks it, else from the name replaced.
template<typename T>
void setElementOf(Plan &plan, const EditScope &scope, QList<T> Site::*list, EstateRole role,
                  const std::optional<T> &value, QString *referencedName = nullptr)
{
    if (!value && plan.sites.isEmpty())
        return;
    QList<T> &elements = shownSite(plan, scope).*list;
    const qsizetype index = scope.index(role);
    if (!value) {
        if (index >= 0 && index < elements.size())
            elements.removeAt(index);
    } else if (index >= 0 && index < elements.size()) {
        const qsizetype site = siteIndex(plan, scope);
        const QString old = referencedName && !referencedName->isEmpty()
                                ? *referencedName
                                : estateElementName(plan, site, role, index);
        elements[index] = *value;
        if (followRename(plan, site, role, index, old) && referencedName)
            *referencedName = estateElementName(plan, site, role, index);
    } else {
        elements << *value;
    }
}

bool proxyNameTaken(const Plan &plan, const EditScope &scope, const QString &name)
{
    const qsizetype shown = siteIndex(plan, scope);
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        for (qsizetype i = 0; i < plan.sites.at(s).reverseProxies.size(); ++i)
            if (!(s == shown && i == scope.reverseProxy) &&
                plan.sites.at(s).reverseProxies.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
    return false;
}

QString newProxyName(const Plan &plan, const EditScope &scope)
{
    const QString base = v1ReverseProxyName();
    QString name = base;
    for (int n = 2; proxyNameTaken(plan, scope, name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

bool published(const Plan &plan, const EditScope &scope, PoolKind kind)
{
    const QList<PoolRef> pools = kind == PoolKind::FrontEnd ? frontEndPools(plan) : directorPools(plan);
    const qsizetype index = kind == PoolKind::FrontEnd ? scope.frontEnd : scope.director;
    for (const PoolRef &pool : pools)
        if (pool.site == siteIndex(plan, scope) && pool.index == index)
            return bool(reverseProxyFor(plan, pool));
    return false;
}

} // namespace

QString elementPath(const EditScope &scope, EstateRole role)
{
    return sitePath(qMax<qsizetype>(0, scope.site), estateRoleList(role), scope.index(role));
}

std::optional<PathScope> scopeOfPath(const QString &jsonPath)
{
    static const QRegularExpression element(QStringLiteral(R"(^sites\[(\d+)\]\.(\w+)\[(\d+)\])"));
    const QRegularExpressionMatch match = element.match(jsonPath);
    if (!match.hasMatch())
        return std::nullopt;
    for (EstateRole role : kEstateRoles)
        if (match.captured(2) == QLatin1String(estateRoleList(role)))
            return PathScope{match.captured(1).toLongLong(), role, match.captured(3).toLongLong()};
    return std::nullopt;
}

QString siteName(const Plan &plan, const EditScope &scope)
{
    const Site *site = shownSite(plan, scope);
    return site ? site->name : QString();
}

QString elementCaption(const Plan &plan, const EditScope &scope, EstateRole role)
{
    const Site *site = shownSite(plan, scope);
    if (!site)
        return {};
    const qsizetype count = estateRoleCount(plan, siteIndex(plan, scope), role);
    const qsizetype index = scope.index(role);
    if (count <= 1 && plan.sites.size() <= 1)
        return {}; // a one-site plan with one of each: nothing to tell apart
    if (index >= count)
        //: Heading of an editor page: %1 a role ("Edge pool"), %2 the site name.
        return QCoreApplication::translate("ScopedView", "New %1 in site %2")
            .arg(estateRoleTitle(role), site->name);
    //: Heading of an editor page: %1 a role ("Edge pool"), %2 its number in the site, %3 how many the
    //: site has, %4 the site name.
    return QCoreApplication::translate("ScopedView", "%1 %2 of %3 in site %4")
        .arg(estateRoleTitle(role))
        .arg(index + 1)
        .arg(count)
        .arg(site->name);
}

const Pool &frontEnd(const Plan &plan, const EditScope &scope)
{
    static const Pool none;
    const Site *site = shownSite(plan, scope);
    const qsizetype index = scope.frontEnd;
    return site && index >= 0 && index < site->frontEndPools.size() ? site->frontEndPools.at(index) : none;
}

void setFrontEnd(Plan &plan, const EditScope &scope, const Pool &pool, QString *referencedName)
{
    setElementOf(plan, scope, &Site::frontEndPools, EstateRole::FrontEnd, std::optional<Pool>(pool),
                 referencedName);
}

std::optional<Pool> director(const Plan &plan, const EditScope &scope)
{
    return elementOf(plan, scope, &Site::directorPools, EstateRole::Director);
}

void setDirector(Plan &plan, const EditScope &scope, const std::optional<Pool> &pool, QString *referencedName)
{
    setElementOf(plan, scope, &Site::directorPools, EstateRole::Director, pool, referencedName);
}

std::optional<Edge> edge(const Plan &plan, const EditScope &scope)
{
    return elementOf(plan, scope, &Site::edgePools, EstateRole::Edge);
}

void setEdge(Plan &plan, const EditScope &scope, const std::optional<Edge> &edge, QString *referencedName)
{
    setElementOf(plan, scope, &Site::edgePools, EstateRole::Edge, edge, referencedName);
}

std::optional<ReverseProxy> reverseProxy(const Plan &plan, const EditScope &scope)
{
    return elementOf(plan, scope, &Site::reverseProxies, EstateRole::ReverseProxy);
}

void setReverseProxy(Plan &plan, const EditScope &scope, const std::optional<ReverseProxy> &proxy)
{
    std::optional<ReverseProxy> named = proxy;
    if (named && named->name.trimmed().isEmpty())
        named->name = newProxyName(plan, scope);
    setElementOf(plan, scope, &Site::reverseProxies, EstateRole::ReverseProxy, named);
}

std::optional<OfficeWebApps> officeWebApps(const Plan &plan, const EditScope &scope)
{
    return elementOf(plan, scope, &Site::officeWebApps, EstateRole::OfficeWebApps);
}

void setOfficeWebApps(Plan &plan, const EditScope &scope, const std::optional<OfficeWebApps> &farm)
{
    setElementOf(plan, scope, &Site::officeWebApps, EstateRole::OfficeWebApps, farm);
}

std::optional<ServerPool> persistentChat(const Plan &plan, const EditScope &scope)
{
    return elementOf(plan, scope, &Site::persistentChatPools, EstateRole::PersistentChat);
}

void setPersistentChat(Plan &plan, const EditScope &scope, const std::optional<ServerPool> &pool)
{
    setElementOf(plan, scope, &Site::persistentChatPools, EstateRole::PersistentChat, pool);
}

std::optional<ServerPool> mediation(const Plan &plan, const EditScope &scope)
{
    return elementOf(plan, scope, &Site::mediationPools, EstateRole::Mediation);
}

void setMediation(Plan &plan, const EditScope &scope, const std::optional<ServerPool> &pool)
{
    setElementOf(plan, scope, &Site::mediationPools, EstateRole::Mediation, pool);
}

bool frontEndPublished(const Plan &plan, const EditScope &scope)
{
    return published(plan, scope, PoolKind::FrontEnd);
}

bool directorPublished(const Plan &plan, const EditScope &scope)
{
    return published(plan, scope, PoolKind::Director);
}

} // namespace lyncdns::scoped
