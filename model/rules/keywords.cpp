#include "model/rules/keywords.h"

#include "model/certs/certificates.h"
#include "model/check/checkresult.h"
#include "model/check/tlsresult.h"
#include "model/dns/dnsrecord.h"
#include "model/plan/plan.h"
#include "model/validator/finding.h"

#include <QCoreApplication>

namespace lyncdns {

namespace {

template<typename Enum> struct Entry
{
    Enum value;
    const char *word;
};

// One table per enum, in the order plan-format.md and cli.md list the values.
template<typename Enum> struct Table;

template<> struct Table<Product>
{
    static constexpr Entry<Product> entries[] = {{Product::Lync2013, "lync2013"},
                                                 {Product::Sfb2015, "sfb2015"},
                                                 {Product::Sfb2019, "sfb2019"},
                                                 {Product::SfbSe, "sfbse"}};
};
template<> struct Table<SrvTargetStyle>
{
    static constexpr Entry<SrvTargetStyle> entries[] = {{SrvTargetStyle::Pool, "pool"},
                                                        {SrvTargetStyle::Sip, "sip"}};
};
template<> struct Table<GeoDnsMode>
{
    static constexpr Entry<GeoDnsMode> entries[] = {{GeoDnsMode::RoundRobin, "round-robin"},
                                                    {GeoDnsMode::Failover, "failover"}};
};
template<> struct Table<MigrationPhase>
{
    static constexpr Entry<MigrationPhase> entries[] = {{MigrationPhase::OnPrem, "onprem"},
                                                        {MigrationPhase::Hybrid, "hybrid"},
                                                        {MigrationPhase::TeamsOnly, "teams-only"}};
};
template<> struct Table<Cloud>
{
    static constexpr Entry<Cloud> entries[] = {{Cloud::Commercial, "commercial"},
                                               {Cloud::GccHigh, "gcc-high"},
                                               {Cloud::Dod, "dod"},
                                               {Cloud::China21Vianet, "21vianet"}};
};
template<> struct Table<Edition>
{
    static constexpr Entry<Edition> entries[] = {{Edition::Standard, "standard"},
                                                 {Edition::Enterprise, "enterprise"}};
};
template<> struct Table<LoadBalancing>
{
    static constexpr Entry<LoadBalancing> entries[] = {
        {LoadBalancing::Dns, "dns"}, {LoadBalancing::Hardware, "hardware"}, {LoadBalancing::None, "none"}};
};
template<> struct Table<EdgeLayout>
{
    static constexpr Entry<EdgeLayout> entries[] = {{EdgeLayout::Single, "single"},
                                                    {EdgeLayout::ScaledDns, "scaled-dns"},
                                                    {EdgeLayout::ScaledHardware, "scaled-hardware"}};
};
template<> struct Table<AutodiscoverType>
{
    static constexpr Entry<AutodiscoverType> entries[] = {{AutodiscoverType::Cname, "CNAME"},
                                                          {AutodiscoverType::A, "A"}};
};
template<> struct Table<Location>
{
    static constexpr Entry<Location> entries[] = {{Location::Internal, "internal"},
                                                  {Location::External, "external"}};
};
template<> struct Table<RecordType>
{
    static constexpr Entry<RecordType> entries[] = {{RecordType::A, "A"},
                                                    {RecordType::AAAA, "AAAA"},
                                                    {RecordType::CNAME, "CNAME"},
                                                    {RecordType::SRV, "SRV"}};
};
template<> struct Table<Severity>
{
    static constexpr Entry<Severity> entries[] = {
        {Severity::Error, "error"}, {Severity::Warning, "warning"}, {Severity::Info, "info"}};
};
template<> struct Table<CheckStatus>
{
    static constexpr Entry<CheckStatus> entries[] = {{CheckStatus::Ok, "ok"},
                                                     {CheckStatus::Missing, "missing"},
                                                     {CheckStatus::Mismatch, "mismatch"},
                                                     {CheckStatus::Partial, "partial"},
                                                     {CheckStatus::Extra, "extra"},
                                                     {CheckStatus::Exposed, "exposed"},
                                                     {CheckStatus::Unreachable, "unreachable"},
                                                     {CheckStatus::Error, "error"}};
};

// cli.md "Certificates (certs)": the role column.
template<> struct Table<CertificateRole>
{
    static constexpr Entry<CertificateRole> entries[] = {
        {CertificateRole::FrontEndDefault, "frontend-default"},
        {CertificateRole::FrontEndWebInternal, "frontend-web-internal"},
        {CertificateRole::FrontEndWebExternal, "frontend-web-external"},
        {CertificateRole::DirectorDefault, "director-default"},
        {CertificateRole::DirectorWebInternal, "director-web-internal"},
        {CertificateRole::DirectorWebExternal, "director-web-external"},
        {CertificateRole::EdgeInternal, "edge-internal"},
        {CertificateRole::EdgeExternal, "edge-external"},
        {CertificateRole::ReverseProxy, "reverse-proxy"},
        {CertificateRole::OfficeWebApps, "office-web-apps"},
        {CertificateRole::Mediation, "mediation"},
        {CertificateRole::SurvivableBranch, "sba"}};
};
// Who issues a certificate: the "issuer" key of certs --format json.
template<> struct Table<CertificateIssuer>
{
    static constexpr Entry<CertificateIssuer> entries[] = {{CertificateIssuer::Internal, "internal"},
                                                           {CertificateIssuer::Public, "public"}};
};
// The status of a live TLS check endpoint (cli.md "Certificates", `check --tls`).
template<> struct Table<TlsStatus>
{
    static constexpr Entry<TlsStatus> entries[] = {{TlsStatus::Ok, "ok"},
                                                   {TlsStatus::NameMissing, "name-missing"},
                                                   {TlsStatus::Expired, "expired"},
                                                   {TlsStatus::Untrusted, "untrusted"},
                                                   {TlsStatus::WrongUsage, "wrong-usage"},
                                                   {TlsStatus::Unreachable, "unreachable"},
                                                   {TlsStatus::Error, "error"}};
};

} // namespace

template<typename Enum> QString keyword(Enum value)
{
    for (const Entry<Enum> &e : Table<Enum>::entries)
        if (e.value == value)
            return QLatin1String(e.word);
    return {};
}

template<typename Enum> std::optional<Enum> fromKeyword(const QString &word)
{
    for (const Entry<Enum> &e : Table<Enum>::entries)
        if (word == QLatin1String(e.word))
            return e.value;
    return std::nullopt;
}

template<typename Enum> QStringList keywords()
{
    QStringList words;
    for (const Entry<Enum> &e : Table<Enum>::entries)
        words << QLatin1String(e.word);
    return words;
}

// The header declares the templates; every enum with a table is instantiated here, once.
#define LYNCDNS_KEYWORD_TABLE(Enum)                                                                          \
    template QString keyword<Enum>(Enum);                                                                    \
    template std::optional<Enum> fromKeyword<Enum>(const QString &);                                         \
    template QStringList keywords<Enum>();
LYNCDNS_KEYWORD_TABLE(Product)
LYNCDNS_KEYWORD_TABLE(SrvTargetStyle)
LYNCDNS_KEYWORD_TABLE(GeoDnsMode)
LYNCDNS_KEYWORD_TABLE(MigrationPhase)
LYNCDNS_KEYWORD_TABLE(Cloud)
LYNCDNS_KEYWORD_TABLE(Edition)
LYNCDNS_KEYWORD_TABLE(LoadBalancing)
LYNCDNS_KEYWORD_TABLE(EdgeLayout)
LYNCDNS_KEYWORD_TABLE(AutodiscoverType)
LYNCDNS_KEYWORD_TABLE(Location)
LYNCDNS_KEYWORD_TABLE(RecordType)
LYNCDNS_KEYWORD_TABLE(Severity)
LYNCDNS_KEYWORD_TABLE(CheckStatus)
LYNCDNS_KEYWORD_TABLE(CertificateRole)
LYNCDNS_KEYWORD_TABLE(CertificateIssuer)
LYNCDNS_KEYWORD_TABLE(TlsStatus)
#undef LYNCDNS_KEYWORD_TABLE

QString productName(Product p)
{
    return keyword(p);
}

QString editionName(Edition e)
{
    return keyword(e);
}

QString loadBalancingName(LoadBalancing lb)
{
    return keyword(lb);
}

QString edgeLayoutName(EdgeLayout l)
{
    return keyword(l);
}

QString autodiscoverTypeName(AutodiscoverType t)
{
    return keyword(t);
}

QString locationName(Location l)
{
    return keyword(l);
}

QString recordTypeName(RecordType t)
{
    return keyword(t);
}

QString severityName(Severity s)
{
    return keyword(s);
}

QString checkStatusName(CheckStatus s)
{
    return keyword(s);
}

// The translation contexts below are the ones these strings had before they moved here (the
// report, the check result model), so the catalogues keep their translations.

QString productLabel(Product p)
{
    switch (p) {
    case Product::Lync2013:
        return QStringLiteral("Lync Server 2013");
    case Product::Sfb2015:
        return QStringLiteral("Skype for Business Server 2015");
    case Product::Sfb2019:
        return QStringLiteral("Skype for Business Server 2019");
    case Product::SfbSe:
        return QStringLiteral("Skype for Business Server Subscription Edition");
    }
    return {};
}

QString loadBalancingLabel(LoadBalancing lb)
{
    switch (lb) {
    case LoadBalancing::Dns:
        return QCoreApplication::translate("ReportBuilder", "DNS load balancing");
    case LoadBalancing::Hardware:
        return QCoreApplication::translate("ReportBuilder", "hardware load balancing");
    case LoadBalancing::None:
        return QCoreApplication::translate("ReportBuilder", "no load balancing");
    }
    return {};
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QCoreApplication::translate("ReportBuilder", "error", "severity");
    case Severity::Warning:
        return QCoreApplication::translate("ReportBuilder", "warning", "severity");
    case Severity::Info:
        return QCoreApplication::translate("ReportBuilder", "info", "severity");
    }
    return {};
}

QString checkStatusLabel(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Ok:
        return QCoreApplication::translate("lyncdns::CheckResultModel", "OK");
    case CheckStatus::Missing:
        return QCoreApplication::translate("lyncdns::CheckResultModel", "Missing");
    case CheckStatus::Mismatch:
        return QCoreApplication::translate("lyncdns::CheckResultModel", "Mismatch");
    case CheckStatus::Partial:
        return QCoreApplication::translate("lyncdns::CheckResultModel", "Partial");
    case CheckStatus::Extra:
        return QCoreApplication::translate("lyncdns::CheckResultModel", "Extra");
    case CheckStatus::Exposed:
        return QCoreApplication::translate("lyncdns::CheckResultModel", "Exposed");
    case CheckStatus::Unreachable:
        return QCoreApplication::translate("lyncdns::CheckResultModel", "Unreachable");
    case CheckStatus::Error:
        return QCoreApplication::translate("lyncdns::CheckResultModel", "Error");
    }
    return {};
}

QString checkStatusLowerLabel(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Ok:
        return QCoreApplication::translate("ReportBuilder", "ok", "check status");
    case CheckStatus::Missing:
        return QCoreApplication::translate("ReportBuilder", "missing", "check status");
    case CheckStatus::Mismatch:
        return QCoreApplication::translate("ReportBuilder", "mismatch", "check status");
    case CheckStatus::Partial:
        return QCoreApplication::translate("ReportBuilder", "partial", "check status");
    case CheckStatus::Extra:
        return QCoreApplication::translate("ReportBuilder", "extra", "check status");
    case CheckStatus::Exposed:
        return QCoreApplication::translate("ReportBuilder", "exposed", "check status");
    case CheckStatus::Unreachable:
        return QCoreApplication::translate("ReportBuilder", "unreachable", "check status");
    case CheckStatus::Error:
        return QCoreApplication::translate("ReportBuilder", "error", "check status");
    }
    return {};
}

QString locationLabel(Location l)
{
    //: Where a record lives (internal or external DNS); also the %1 in "%1 server …".
    return l == Location::Internal
               ? QCoreApplication::translate("lyncdns::CheckResultModel", "Internal")
               //: Where a record lives (internal or external DNS); also the %1 in "%1 server …".
               : QCoreApplication::translate("lyncdns::CheckResultModel", "External");
}

QString locationLowerLabel(Location l)
{
    return l == Location::Internal ? QCoreApplication::translate("ReportBuilder", "internal", "location")
                                   : QCoreApplication::translate("ReportBuilder", "external", "location");
}

} // namespace lyncdns
