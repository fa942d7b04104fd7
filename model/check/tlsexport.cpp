#include "model/check/tlsexport.h"

#include "model/check/checkexport.h"
#include "model/export/recordexport.h"
#include "model/rules/keywords.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lyncdns {

QJsonArray tlsResultsToJson(const QList<TlsResult> &results)
{
    QJsonArray endpoints;
    for (const TlsResult &r : results)
        endpoints.append(QJsonObject{
            {QStringLiteral("location"), locationName(r.endpoint.location)},
            {QStringLiteral("host"), r.endpoint.host},
            {QStringLiteral("port"), r.endpoint.port},
            {QStringLiteral("role"), keyword(r.endpoint.role)},
            {QStringLiteral("address"), r.address},
            {QStringLiteral("status"), keyword(r.status)},
            {QStringLiteral("presented"), QJsonArray::fromStringList(r.presented)},
            {QStringLiteral("missingNames"), QJsonArray::fromStringList(r.missingNames)},
            // Empty strings, never null, when no certificate was presented: every key one type.
            {QStringLiteral("notAfter"), r.notAfter.isValid() ? r.notAfter.toString(Qt::ISODate) : QString()},
            {QStringLiteral("issuer"), r.issuer},
            {QStringLiteral("detail"), r.detail}});
    return endpoints;
}

QByteArray checkReportToJson(const CheckReport &report, const QList<TlsResult> &endpoints)
{
    QJsonObject root = QJsonDocument::fromJson(checkReportToJson(report)).object();
    root.insert(QStringLiteral("endpoints"), tlsResultsToJson(endpoints));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray tlsResultsToText(const QList<TlsResult> &results)
{
    QString out = QStringLiteral("\nTLS endpoints: %1 probed: %2\n")
                      .arg(results.size())
                      .arg(results.isEmpty() ? QStringLiteral("nothing probed") : tlsSummary(results));
    if (results.isEmpty())
        return out.toUtf8();
    QList<TlsResult> sorted = results;
    std::stable_sort(sorted.begin(), sorted.end(), [](const TlsResult &a, const TlsResult &b) {
        return static_cast<int>(a.status) < static_cast<int>(b.status);
    });
    QList<QStringList> rows{{QStringLiteral("STATUS"), QStringLiteral("LOCATION"), QStringLiteral("ENDPOINT"),
                             QStringLiteral("ROLE"), QStringLiteral("ADDRESS"), QStringLiteral("NOT AFTER"),
                             QStringLiteral("ISSUER"), QStringLiteral("MISSING NAMES"),
                             QStringLiteral("DETAIL")}};
    const auto orDash = [](const QString &s) -> QString { return s.isEmpty() ? QStringLiteral("-") : s; };
    for (const TlsResult &r : std::as_const(sorted))
        rows << QStringList{keyword(r.status),
                            locationName(r.endpoint.location),
                            QStringLiteral("%1:%2").arg(r.endpoint.host).arg(r.endpoint.port),
                            keyword(r.endpoint.role),
                            orDash(r.address),
                            orDash(r.notAfter.isValid() ? r.notAfter.toString(Qt::ISODate) : QString()),
                            orDash(r.issuer),
                            orDash(r.missingNames.join(QStringLiteral(", "))),
                            r.detail};
    return (out + alignedTable(rows)).toUtf8();
}

} // namespace lyncdns
