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
    const QString host = normalizedName(
        url.contains(QLatin1String("://")) ? QUrl(url).host() : url.section(QLatin1Char('/'), 0, 0));
    // One form for comparing and checking: QUrl shows some xn-- hosts in Unicode, and a host typed
    // in Unicode is published under its ACE name. A host that cannot be converted stays as typed,
    // for R-URL3 to report.
    const QByteArray ace = QUrl::toAce(host);
    return ace.isEmpty() ? host : QString::fromLatin1(ace).toLower();
}

QString internalWebFqdn(const Pool &pool)
{
    return normalizedName(pool.webServices.internalFqdn.isEmpty() ? pool.fqdn
                                                                  : pool.webServices.internalFqdn);
}

} // namespace lyncdns
