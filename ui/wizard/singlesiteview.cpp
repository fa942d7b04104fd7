#include "ui/wizard/singlesiteview.h"

#include "model/plan/estate.h"
#include "model/plan/planpaths.h"
#include "model/plan/planreader.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace lyncdns::singlesite {

namespace {

// A brand-new or emptied plan has no site yet: the wizard's first edit makes the one a version 1
// plan is read into.
Site &shownSite(Plan &plan)
{
    if (plan.sites.isEmpty()) {
        Site site;
        site.name = firstSiteName();
        plan.sites << site;
    }
    return plan.sites[kSite];
}

const Site *shownSite(const Plan &plan)
{
    return plan.sites.isEmpty() ? nullptr : &plan.sites.at(kSite);
}

template<typename T> std::optional<T> firstOf(const Plan &plan, QList<T> Site::*list)
{
    const Site *site = shownSite(plan);
    if (!site || (site->*list).isEmpty())
        return std::nullopt;
    return (site->*list).first();
}

// Replaces the first element, adds it to an empty list, or removes the first one only.
template<typename T> void setFirstOf(Plan &plan, QList<T> Site::*list, const std::optional<T> &value)
{
    if (!value && plan.sites.isEmpty())
        return;
    QList<T> &elements = shownSite(plan).*list;
    if (!value) {
        if (!elements.isEmpty())
            elements.removeFirst();
    } else if (elements.isEmpty()) {
        elements << *value;
    } else {
        elements.first() = *value;
    }
}

bool proxyNameTaken(const Plan &plan, const QString &name)
{
    for (qsizetype s = 0; s < plan.sites.size(); ++s)
        for (qsizetype i = 0; i < plan.sites.at(s).reverseProxies.size(); ++i)
            if (!(s == kSite && i == 0) &&
                plan.sites.at(s).reverseProxies.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
    return false;
}

QString newProxyName(const Plan &plan)
{
    const QString base = v1ReverseProxyName();
    QString name = base;
    for (int n = 2; proxyNameTaken(plan, name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

bool published(const Plan &plan, PoolKind kind)
{
    const QList<PoolRef> pools = kind == PoolKind::FrontEnd ? frontEndPools(plan) : directorPools(plan);
    for (const PoolRef &pool : pools)
        if (pool.site == kSite && pool.index == 0)
            return bool(reverseProxyFor(plan, pool));
    return false;
}

} // namespace

QString frontEndPath()
{
    return sitePath(kSite, "frontEndPools", 0);
}

QString directorPath()
{
    return sitePath(kSite, "directorPools", 0);
}

QString edgePath()
{
    return sitePath(kSite, "edgePools", 0);
}

QString reverseProxyPath()
{
    return sitePath(kSite, "reverseProxies", 0);
}

QString officeWebAppsPath()
{
    return sitePath(kSite, "officeWebApps", 0);
}

QString persistentChatPath()
{
    return sitePath(kSite, "persistentChatPools", 0);
}

QString siteName(const Plan &plan)
{
    const Site *site = shownSite(plan);
    return site ? site->name : QString();
}

const Pool &frontEnd(const Plan &plan)
{
    static const Pool none;
    const Site *site = shownSite(plan);
    return site && !site->frontEndPools.isEmpty() ? site->frontEndPools.first() : none;
}

void setFrontEnd(Plan &plan, const Pool &pool)
{
    setFirstOf(plan, &Site::frontEndPools, std::optional<Pool>(pool));
}

std::optional<Pool> director(const Plan &plan)
{
    return firstOf(plan, &Site::directorPools);
}

void setDirector(Plan &plan, const std::optional<Pool> &pool)
{
    setFirstOf(plan, &Site::directorPools, pool);
}

std::optional<Edge> edge(const Plan &plan)
{
    return firstOf(plan, &Site::edgePools);
}

void setEdge(Plan &plan, const std::optional<Edge> &edge)
{
    setFirstOf(plan, &Site::edgePools, edge);
}

std::optional<ReverseProxy> reverseProxy(const Plan &plan)
{
    return firstOf(plan, &Site::reverseProxies);
}

void setReverseProxy(Plan &plan, const std::optional<ReverseProxy> &proxy)
{
    std::optional<ReverseProxy> named = proxy;
    if (named && named->name.trimmed().isEmpty())
        named->name = newProxyName(plan);
    setFirstOf(plan, &Site::reverseProxies, named);
}

std::optional<OfficeWebApps> officeWebApps(const Plan &plan)
{
    return firstOf(plan, &Site::officeWebApps);
}

void setOfficeWebApps(Plan &plan, const std::optional<OfficeWebApps> &farm)
{
    setFirstOf(plan, &Site::officeWebApps, farm);
}

std::optional<ServerPool> persistentChat(const Plan &plan)
{
    return firstOf(plan, &Site::persistentChatPools);
}

void setPersistentChat(Plan &plan, const std::optional<ServerPool> &pool)
{
    setFirstOf(plan, &Site::persistentChatPools, pool);
}

Pool withUnshownFields(Pool edited, const Pool &stored)
{
    edited.reverseProxy = stored.reverseProxy;
    edited.edgePool = stored.edgePool;
    edited.pairedWith = stored.pairedWith;
    return edited;
}

bool frontEndPublished(const Plan &plan)
{
    return published(plan, PoolKind::FrontEnd);
}

bool directorPublished(const Plan &plan)
{
    return published(plan, PoolKind::Director);
}

QString scopeNote(const Plan &plan)
{
    const Site *site = shownSite(plan);
    if (!site)
        return {};
    QStringList sentences;
    const QString name = site->name;
    if (plan.sites.size() > 1)
        //: %n is the number of central sites (always more than one), %1 the name of the one the wizard
        //: shows.
        sentences << QCoreApplication::translate("SingleSiteView",
                                                 "This plan has %n sites; the wizard shows site \"%1\" — "
                                                 "every site's records are in the preview and exports.",
                                                 nullptr, int(plan.sites.size()))
                         .arg(name);

    // Lists of which the wizard shows the first element only.
    const auto n = [site](const auto &list) { return int(list.size()); };
    const std::pair<int, QString> lists[] = {
        {n(site->frontEndPools), QCoreApplication::translate("SingleSiteView", "%n Front End pool(s)",
                                                             nullptr, n(site->frontEndPools))},
        {n(site->directorPools), QCoreApplication::translate("SingleSiteView", "%n Director pool(s)", nullptr,
                                                             n(site->directorPools))},
        {n(site->edgePools),
         QCoreApplication::translate("SingleSiteView", "%n Edge pool(s)", nullptr, n(site->edgePools))},
        {n(site->reverseProxies), QCoreApplication::translate("SingleSiteView", "%n reverse proxy(ies)",
                                                              nullptr, n(site->reverseProxies))},
        {n(site->officeWebApps), QCoreApplication::translate("SingleSiteView", "%n Office Web Apps farm(s)",
                                                             nullptr, n(site->officeWebApps))},
        {n(site->persistentChatPools),
         QCoreApplication::translate("SingleSiteView", "%n Persistent Chat pool(s)", nullptr,
                                     n(site->persistentChatPools))},
    };
    QStringList more;
    for (const auto &[count, text] : lists)
        if (count > 1)
            more << text;
    if (!more.isEmpty())
        //: %1 is the site name, %2 a list such as "2 Front End pools, 3 Edge pools".
        sentences << QCoreApplication::translate(
                         "SingleSiteView", "Site \"%1\" has %2: the wizard shows the first of each; the "
                                           "others are kept and their records are in the preview and "
                                           "exports.")
                         .arg(name, more.join(QStringLiteral(", ")));

    // What no page shows at all; the wizard keeps it as it is.
    QStringList unshown;
    const bool mediation = std::any_of(plan.sites.cbegin(), plan.sites.cend(),
                                       [](const Site &s) { return !s.mediationPools.isEmpty(); });
    const bool siteUrls = std::any_of(plan.sites.cbegin(), plan.sites.cend(),
                                      [](const Site &s) { return s.simpleUrls.has_value(); });
    //: Listed in "It also holds %1, which the wizard does not show".
    if (mediation)
        unshown << QCoreApplication::translate("SingleSiteView", "Mediation pools");
    if (!plan.branchSites.isEmpty())
        unshown << QCoreApplication::translate("SingleSiteView", "branch sites");
    if (siteUrls)
        unshown << QCoreApplication::translate("SingleSiteView", "site simple URLs");
    if (!(plan.signIn == SignIn{}))
        unshown << QCoreApplication::translate("SingleSiteView", "sign-in settings");
    if (plan.geoDns)
        unshown << QCoreApplication::translate("SingleSiteView", "GeoDNS");
    if (plan.migration)
        unshown << QCoreApplication::translate("SingleSiteView", "a migration to Teams");
    if (plan.internalExternalWeb)
        unshown << QCoreApplication::translate("SingleSiteView",
                                               "internal records of the external web names");
    if (!unshown.isEmpty())
        //: %1 is a list such as "Mediation pools, branch sites, GeoDNS".
        sentences << QCoreApplication::translate("SingleSiteView",
                                                 "It also holds %1, which the wizard does not show: they are "
                                                 "kept as they are.")
                         .arg(unshown.join(QStringLiteral(", ")));
    return sentences.join(QLatin1Char(' '));
}

} // namespace lyncdns::singlesite
