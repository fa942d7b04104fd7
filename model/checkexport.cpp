#include "checkexport.h"

#include "recordexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

namespace lyncdns {

QList<CheckResult> resultsProblemsFirst(const CheckReport &report)
{
    QList<CheckResult> sorted = report.results;
    std::stable_sort(sorted.begin(), sorted.end(), [](const CheckResult &a, const CheckResult &b) {
        return std::make_tuple(problemRank(a.status), a.item.location, a.item.name, a.item.type) <
               std::make_tuple(problemRank(b.status), b.item.location, b.item.name, b.item.type);
    });
    return sorted;
}

static QString serverLine(const char *label, const ServerInfo &s)
{
    if (s.address.isEmpty())
        return QStringLiteral("%1 DNS server: not given, %1 records skipped\n").arg(QLatin1String(label));
    return QStringLiteral("%1 DNS server: %2 (%3)\n")
        .arg(QLatin1String(label), s.address, s.reachable ? s.detail : s.detail);
}

QByteArray checkReportToText(const CheckReport &report)
{
    QString out =
        serverLine("internal", report.internalServer) + serverLine("external", report.externalServer);
    QMap<CheckStatus, int> counts;
    for (const CheckResult &r : report.results)
        ++counts[r.status];
    QStringList summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary << QStringLiteral("%1 %2").arg(it.value()).arg(checkStatusName(it.key()));
    out +=
        QStringLiteral("%1 checks: %2%3\n\n")
            .arg(report.results.size())
            .arg(summary.isEmpty() ? QStringLiteral("nothing checked") : summary.join(QStringLiteral(", ")),
                 report.cancelled ? QStringLiteral(" (cancelled)") : QString());
    QList<QStringList> rows{{QStringLiteral("STATUS"), QStringLiteral("LOCATION"), QStringLiteral("NAME"),
                             QStringLiteral("TYPE"), QStringLiteral("EXPECTED"), QStringLiteral("ACTUAL"),
                             QStringLiteral("DETAIL")}};
    for (const CheckResult &r : resultsProblemsFirst(report))
        rows << QStringList{checkStatusName(r.status),
                            locationName(r.item.location),
                            r.item.name,
                            recordTypeName(r.item.type),
                            r.item.mustNotResolve ? QStringLiteral("(must not resolve)")
                                                  : r.item.expected.join(QStringLiteral(", ")),
                            r.actual.isEmpty() ? QStringLiteral("-") : r.actual.join(QStringLiteral(", ")),
                            r.detail};
    out += alignedTable(rows);
    return out.toUtf8();
}

QByteArray checkReportToJson(const CheckReport &report)
{
    QJsonArray results;
    for (const CheckResult &r : report.results)
        results.append(QJsonObject{{QStringLiteral("location"), locationName(r.item.location)},
                                   {QStringLiteral("name"), r.item.name},
                                   {QStringLiteral("type"), recordTypeName(r.item.type)},
                                   {QStringLiteral("expected"), QJsonArray::fromStringList(r.item.expected)},
                                   {QStringLiteral("actual"), QJsonArray::fromStringList(r.actual)},
                                   {QStringLiteral("status"), checkStatusName(r.status)},
                                   {QStringLiteral("detail"), r.detail},
                                   {QStringLiteral("elapsedMs"), r.elapsedMs},
                                   {QStringLiteral("mustNotResolve"), r.item.mustNotResolve},
                                   {QStringLiteral("requirement"), r.item.requirement}});
    auto serverJson = [](const ServerInfo &s) {
        return s.address.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.address);
    };
    auto statusJson = [](const ServerInfo &s) {
        return QJsonObject{{QStringLiteral("status"), s.address.isEmpty() ? QStringLiteral("skipped")
                                                      : s.reachable       ? QStringLiteral("reachable")
                                                                          : QStringLiteral("unreachable")},
                           {QStringLiteral("detail"), s.detail}};
    };
    const QJsonObject root{{QStringLiteral("servers"),
                            QJsonObject{{QStringLiteral("internal"), serverJson(report.internalServer)},
                                        {QStringLiteral("external"), serverJson(report.externalServer)}}},
                           {QStringLiteral("serverStatus"),
                            QJsonObject{{QStringLiteral("internal"), statusJson(report.internalServer)},
                                        {QStringLiteral("external"), statusJson(report.externalServer)}}},
                           {QStringLiteral("timeoutSeconds"), report.timeoutSeconds},
                           {QStringLiteral("started"), report.started.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("finished"), report.finished.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("cancelled"), report.cancelled},
                           {QStringLiteral("results"), results}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray checkReportToCsv(const CheckReport &report)
{
    QString out = QStringLiteral("location,name,type,expected,actual,status,detail,elapsedMs\n");
    for (const CheckResult &r : report.results) {
        const QStringList cells = {locationName(r.item.location),
                                   r.item.name,
                                   recordTypeName(r.item.type),
                                   r.item.expected.join(QLatin1Char(' ')),
                                   r.actual.join(QLatin1Char(' ')),
                                   checkStatusName(r.status),
                                   r.detail,
                                   QString::number(r.elapsedMs)};
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvCell(c);
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace lyncdns
