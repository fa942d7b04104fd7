#include "model/check/tlsresult.h"

#include "model/dns/hostnames.h"
#include "model/rules/keywords.h"

#include <QCoreApplication>
#include <QMap>
#include <QSslCertificateExtension>

#include <algorithm>

namespace lyncdns {

bool tlsNameCovered(const QString &name, const QStringList &presented)
{
    const QString n = normalizedName(name);
    const qsizetype dot = n.indexOf(QLatin1Char('.'));
    for (const QString &p : presented) {
        if (p == n)
            return true;
        // A wildcard stands for exactly one whole left-most label (RFC 6125 as Windows applies it).
        if (p.startsWith(QLatin1String("*.")) && dot > 0 &&
            QStringView(n).mid(dot + 1) == QStringView(p).mid(2))
            return true;
    }
    return false;
}

QStringList tlsMissingNames(const QStringList &planned, const QStringList &presented)
{
    QStringList missing;
    for (const QString &name : planned)
        if (!tlsNameCovered(name, presented))
            missing << name;
    return missing;
}

QStringList tlsPresentedNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto sans = certificate.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it)
        if (it.key() == QSsl::DnsEntry)
            names << it.value().toLower();
    if (names.isEmpty())
        for (const QString &cn : certificate.subjectInfo(QSslCertificate::CommonName))
            names << cn.toLower();
    names.sort();
    names.removeDuplicates();
    return names;
}

bool hasServerAuthUsage(const QSslCertificate &certificate)
{
    for (const QSslCertificateExtension &e : certificate.extensions()) {
        if (e.oid() != QLatin1String("2.5.29.37"))
            continue;
        // Qt 6.4 (OpenSSL backend) gives OpenSSL's printed long names ("TLS Web Server
        // Authentication"), a usage OpenSSL does not know as its OID; the short names are accepted
        // too, should another backend give those.
        static const QStringList serverAuth{QStringLiteral("TLS Web Server Authentication"),
                                            QStringLiteral("serverAuth"),
                                            extendedKeyUsageOid(QStringLiteral("serverAuth")),
                                            QStringLiteral("Any Extended Key Usage"),
                                            QStringLiteral("anyExtendedKeyUsage"),
                                            QStringLiteral("2.5.29.37.0")};
        const QVariantList usages = e.value().toList();
        return std::any_of(usages.cbegin(), usages.cend(),
                           [](const QVariant &u) { return serverAuth.contains(u.toString().trimmed()); });
    }
    // No extended key usage at all: TLS libraries accept it for any purpose, Lync Server does not
    // (its certificate must carry Server Authentication), so neither does the check.
    return false;
}

void judgeCertificate(TlsResult &result, const QSslCertificate &leaf, const QList<QSslError> &errors,
                      const QDateTime &now)
{
    result.presented = tlsPresentedNames(leaf);
    result.missingNames = tlsMissingNames(result.endpoint.names, result.presented);
    result.notAfter = leaf.expiryDate().toUTC();
    result.issuer = leaf.issuerDisplayName();

    QStringList untrusted;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        // Each judged below from the certificate itself, against every planned name and `now`.
        case QSslError::HostNameMismatch:
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
        case QSslError::InvalidPurpose:
            break;
        default:
            untrusted << e.errorString();
            break;
        }
    }
    untrusted.removeDuplicates();

    QString expiry;
    const QString until = result.notAfter.toString(Qt::ISODate);
    if (result.notAfter <= now)
        expiry = QStringLiteral("expired on %1").arg(until);
    else if (leaf.effectiveDate().toUTC() > now)
        expiry =
            QStringLiteral("not valid before %1").arg(leaf.effectiveDate().toUTC().toString(Qt::ISODate));
    else if (now.addDays(kTlsExpiryWarningDays) >= result.notAfter)
        expiry = QStringLiteral("expires within %1 days, on %2 (renew it now)")
                     .arg(kTlsExpiryWarningDays)
                     .arg(until);

    QList<QPair<TlsStatus, QString>> findings;
    if (!untrusted.isEmpty())
        findings.append({TlsStatus::Untrusted,
                         QStringLiteral("untrusted: %1").arg(untrusted.join(QStringLiteral("; ")))});
    if (!expiry.isEmpty())
        findings.append({TlsStatus::Expired, expiry});
    if (!hasServerAuthUsage(leaf))
        findings.append({TlsStatus::WrongUsage,
                         QStringLiteral("no Server Authentication (serverAuth) extended key usage")});
    if (!result.missingNames.isEmpty())
        findings.append(
            {TlsStatus::NameMissing,
             QStringLiteral("names missing: %1").arg(result.missingNames.join(QStringLiteral(", ")))});
    if (findings.isEmpty()) {
        result.status = TlsStatus::Ok;
        result.detail = QStringLiteral("every planned name present, valid until %1").arg(until);
        return;
    }
    result.status = findings.constFirst().first;
    QStringList details;
    for (const auto &f : std::as_const(findings))
        details << f.second;
    result.detail = details.join(QStringLiteral("; "));
}

bool isProblem(TlsStatus s)
{
    return s != TlsStatus::Ok;
}

QString tlsStatusLabel(TlsStatus s)
{
    switch (s) {
    case TlsStatus::Unreachable:
        return QCoreApplication::translate("lyncdns::TlsResultModel", "Unreachable");
    case TlsStatus::Error:
        return QCoreApplication::translate("lyncdns::TlsResultModel", "Error");
    case TlsStatus::Untrusted:
        return QCoreApplication::translate("lyncdns::TlsResultModel", "Untrusted");
    case TlsStatus::Expired:
        return QCoreApplication::translate("lyncdns::TlsResultModel", "Expired");
    case TlsStatus::WrongUsage:
        return QCoreApplication::translate("lyncdns::TlsResultModel", "Wrong usage");
    case TlsStatus::NameMissing:
        return QCoreApplication::translate("lyncdns::TlsResultModel", "Name missing");
    case TlsStatus::Ok:
        return QCoreApplication::translate("lyncdns::TlsResultModel", "OK");
    }
    return {};
}

QString tlsStatusLowerLabel(TlsStatus s)
{
    switch (s) {
    case TlsStatus::Unreachable:
        return QCoreApplication::translate("ReportBuilder", "unreachable", "TLS status");
    case TlsStatus::Error:
        return QCoreApplication::translate("ReportBuilder", "error", "TLS status");
    case TlsStatus::Untrusted:
        return QCoreApplication::translate("ReportBuilder", "untrusted", "TLS status");
    case TlsStatus::Expired:
        return QCoreApplication::translate("ReportBuilder", "expired", "TLS status");
    case TlsStatus::WrongUsage:
        return QCoreApplication::translate("ReportBuilder", "wrong usage", "TLS status");
    case TlsStatus::NameMissing:
        return QCoreApplication::translate("ReportBuilder", "name missing", "TLS status");
    case TlsStatus::Ok:
        return QCoreApplication::translate("ReportBuilder", "ok", "TLS status");
    }
    return {};
}

QString tlsSummary(const QList<TlsResult> &results)
{
    QMap<TlsStatus, int> counts;
    for (const TlsResult &r : results)
        ++counts[r.status];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(keyword(it.key()));
    return parts.join(QStringLiteral(", "));
}

} // namespace lyncdns
