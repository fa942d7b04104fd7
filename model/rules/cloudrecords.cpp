#include "model/rules/cloudrecords.h"

#include "model/dns/hostnames.h"

#include <QCoreApplication>

#include <algorithm>

namespace lyncdns {

const CloudEndpoints &cloudEndpoints(Cloud cloud)
{
    // Commercial (and GCC): decommission-manage-dns-entries.md. GCC High and DoD: the Skype for
    // Business Online tables of dns-records-for-office-365-gcc-high.md / -dod.md. 21Vianet: the
    // DNS host pages of Microsoft 365 operated by 21Vianet. docs/reference/migration.md cites each.
    static const CloudEndpoints commercial{"sipfed.online.lync.com", "sipdir.online.lync.com",
                                           "webdir.online.lync.com"};
    static const CloudEndpoints gccHigh{"sipfed.online.gov.skypeforbusiness.us",
                                        "sipdir.online.gov.skypeforbusiness.us",
                                        "webdir.online.gov.skypeforbusiness.us"};
    static const CloudEndpoints dod{"sipfed.online.dod.skypeforbusiness.us",
                                    "sipdir.online.dod.skypeforbusiness.us",
                                    "webdir.online.dod.skypeforbusiness.us"};
    static const CloudEndpoints china{"sipfed.online.partner.lync.cn", "sipdir.online.partner.lync.cn",
                                      "webdir.online.partner.lync.cn"};
    switch (cloud) {
    case Cloud::Commercial:
        break;
    case Cloud::GccHigh:
        return gccHigh;
    case Cloud::Dod:
        return dod;
    case Cloud::China21Vianet:
        return china;
    }
    return commercial;
}

QString cloudLabel(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Commercial:
        break;
    case Cloud::GccHigh:
        return QCoreApplication::translate("CloudRecords", "Microsoft 365 GCC High");
    case Cloud::Dod:
        return QCoreApplication::translate("CloudRecords", "Microsoft 365 DoD");
    case Cloud::China21Vianet:
        return QCoreApplication::translate("CloudRecords", "Microsoft 365 operated by 21Vianet");
    }
    return QCoreApplication::translate("CloudRecords", "Microsoft 365");
}

QList<CloudRecord> cloudRecords(Cloud cloud, const QString &sipDomain)
{
    const CloudEndpoints &e = cloudEndpoints(cloud);
    const QString d = normalizedName(sipDomain);
    return {
        {QStringLiteral("_sipfederationtls._tcp.") + d, RecordType::SRV,
         QStringLiteral("100 1 5061 ") + QLatin1String(e.sipfed), "ext-m365-sipfed"},
        {QStringLiteral("_sip._tls.") + d, RecordType::SRV,
         QStringLiteral("100 1 443 ") + QLatin1String(e.sipdir), "ext-m365-sip-tls"},
        {QStringLiteral("lyncdiscover.") + d, RecordType::CNAME, QLatin1String(e.webdir),
         "ext-m365-lyncdiscover"},
        {QStringLiteral("sip.") + d, RecordType::CNAME, QLatin1String(e.sipdir), "ext-m365-sip"},
    };
}

bool movedToTeams(const Plan &plan, const QString &sipDomain)
{
    if (!plan.migration || plan.migration->phase != MigrationPhase::TeamsOnly)
        return false;
    const QStringList &moved = plan.migration->domains;
    return moved.isEmpty() || std::any_of(moved.cbegin(), moved.cend(), [&](const QString &d) {
               return normalizedName(d) == normalizedName(sipDomain);
           });
}

} // namespace lyncdns
