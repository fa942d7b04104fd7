#include "model/plan/plan.h"

#include "model/dns/hostnames.h"

#include <QUrl>

namespace lyncdns {

bool Plan::operator==(const Plan &o) const
{
    // fileVersion is where the plan came from, not what it says.
    return title == o.title && product == o.product && sipDomains == o.sipDomains &&
           splitBrainOverrides == o.splitBrainOverrides && dns == o.dns && signIn == o.signIn &&
           sites == o.sites && branchSites == o.branchSites && simpleUrls == o.simpleUrls &&
           geoDns == o.geoDns && autodiscover == o.autodiscover && pushNotifications == o.pushNotifications &&
           internalExternalWeb == o.internalExternalWeb && migration == o.migration &&
           federation == o.federation && xmppFqdn == o.xmppFqdn && legacyDiscovery == o.legacyDiscovery &&
           devices == o.devices;
}

bool Plan::splitBrainFor(const QString &sipDomain) const
{
    return splitBrainOverrides.value(normalizedName(sipDomain), dns.splitBrain);
}

static QString orDefault(const QString &value, const QString &prefix, const Plan &plan)
{
    if (!value.isEmpty())
        return normalizedName(value);
    return prefix + normalizedName(plan.primarySipDomain());
}

QString effectiveAccessFqdn(const Plan &plan, const Edge &edge)
{
    return orDefault(edge.accessFqdn, QStringLiteral("sip."), plan);
}

QString effectiveWebConferencingFqdn(const Plan &plan, const Edge &edge)
{
    return orDefault(edge.webConferencingFqdn, QStringLiteral("webcon."), plan);
}

QString effectiveAvFqdn(const Plan &plan, const Edge &edge)
{
    return orDefault(edge.avFqdn, QStringLiteral("av."), plan);
}

QStringList effectiveMeetUrls(const Plan &plan, const SimpleUrls &urls)
{
    if (!urls.meet.isEmpty())
        return urls.meet;
    QStringList meet;
    for (const QString &domain : plan.sipDomains)
        meet << QStringLiteral("meet.") + normalizedName(domain);
    return meet;
}

QString effectiveDialinUrl(const Plan &plan, const SimpleUrls &urls)
{
    return orDefault(urls.dialin, QStringLiteral("dialin."), plan);
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
