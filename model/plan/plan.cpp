#include "model/plan/plan.h"

#include "model/dns/hostnames.h"

#include <QUrl>

namespace lyncdns {

bool Plan::operator==(const Plan &o) const
{
    return title == o.title && product == o.product && sipDomains == o.sipDomains && dns == o.dns &&
           frontEnd == o.frontEnd && director == o.director && edge == o.edge &&
           reverseProxy == o.reverseProxy && simpleUrls == o.simpleUrls && autodiscover == o.autodiscover &&
           pushNotifications == o.pushNotifications && federation == o.federation && xmppFqdn == o.xmppFqdn &&
           persistentChat == o.persistentChat && officeWebApps == o.officeWebApps &&
           legacyDiscovery == o.legacyDiscovery && devices == o.devices;
}

QString productName(Product p)
{
    switch (p) {
    case Product::Lync2013:
        return QStringLiteral("lync2013");
    case Product::Sfb2015:
        return QStringLiteral("sfb2015");
    case Product::Sfb2019:
        return QStringLiteral("sfb2019");
    }
    return {};
}

QString editionName(Edition e)
{
    return e == Edition::Standard ? QStringLiteral("standard") : QStringLiteral("enterprise");
}

QString loadBalancingName(LoadBalancing lb)
{
    switch (lb) {
    case LoadBalancing::Dns:
        return QStringLiteral("dns");
    case LoadBalancing::Hardware:
        return QStringLiteral("hardware");
    case LoadBalancing::None:
        return QStringLiteral("none");
    }
    return {};
}

QString edgeLayoutName(EdgeLayout l)
{
    switch (l) {
    case EdgeLayout::Single:
        return QStringLiteral("single");
    case EdgeLayout::ScaledDns:
        return QStringLiteral("scaled-dns");
    case EdgeLayout::ScaledHardware:
        return QStringLiteral("scaled-hardware");
    }
    return {};
}

QString autodiscoverTypeName(AutodiscoverType t)
{
    return t == AutodiscoverType::Cname ? QStringLiteral("CNAME") : QStringLiteral("A");
}

static QString orDefault(const QString &value, const QString &prefix, const Plan &plan)
{
    if (!value.isEmpty())
        return normalizedName(value);
    return prefix + normalizedName(plan.primarySipDomain());
}

QString effectiveAccessFqdn(const Plan &plan)
{
    return plan.edge ? orDefault(plan.edge->accessFqdn, QStringLiteral("sip."), plan) : QString();
}

QString effectiveWebConferencingFqdn(const Plan &plan)
{
    return plan.edge ? orDefault(plan.edge->webConferencingFqdn, QStringLiteral("webcon."), plan) : QString();
}

QString effectiveAvFqdn(const Plan &plan)
{
    return plan.edge ? orDefault(plan.edge->avFqdn, QStringLiteral("av."), plan) : QString();
}

QStringList effectiveMeetUrls(const Plan &plan)
{
    if (!plan.simpleUrls.meet.isEmpty())
        return plan.simpleUrls.meet;
    QStringList urls;
    for (const QString &domain : plan.sipDomains)
        urls << QStringLiteral("meet.") + normalizedName(domain);
    return urls;
}

QString effectiveDialinUrl(const Plan &plan)
{
    return orDefault(plan.simpleUrls.dialin, QStringLiteral("dialin."), plan);
}

QString simpleUrlHost(const QString &url)
{
    if (!url.contains(QLatin1String("://")))
        return normalizedName(url.section(QLatin1Char('/'), 0, 0));
    return normalizedName(QUrl(url).host());
}

QString internalWebFqdn(const Pool &pool)
{
    return normalizedName(pool.webServices.internalFqdn.isEmpty() ? pool.fqdn
                                                                  : pool.webServices.internalFqdn);
}

} // namespace lyncdns
