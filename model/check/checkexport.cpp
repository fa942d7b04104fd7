#include "model/check/checkexport.h"

#include "model/export/recordexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

namespace lyncdns {

QList<CheckResult> resultsProblemsFirst(const CheckReport &report)
{
    // Stable: the results of one record stay in the order their servers were given.
    QList<CheckResult> sorted = report.results;
    std::stable_sort(sorted.begin(), sorted.end(), [](const CheckResult &a, const CheckResult &b) {
        return std::make_tuple(problemRank(a.status), a.item.location, a.item.name, a.item.type) <
               std::make_tuple(problemRank(b.status), b.item.location, b.item.name, b.item.type);
    });
    return sorted;
}

static QString serverLine(Location location, const ServerInfo &s)
{
    const bool internal = location == Location::Internal;
    if (s.address.isEmpty())
        return (internal ? QCoreApplication::translate(
                               "CheckExport", "internal DNS server: not given, internal records skipped")
                         : QCoreApplication::translate(
                               "CheckExport", "external DNS server: not given, external records skipped")) +
               QLatin1Char('\n');
    //: %1 is the server's address, %2 how it answered (or why not).
    return (internal ? QCoreApplication::translate("CheckExport", "internal DNS server: %1 (%2)")
                     //: %1 is the server's address, %2 how it answered (or why not).
                     : QCoreApplication::translate("CheckExport", "external DNS server: %1 (%2)"))
               .arg(s.address, s.detail) +
           QLatin1Char('\n');
}

QByteArray checkReportToText(const CheckReport &report)
{
    QString out;
    for (Location l : {Location::Internal, Location::External}) {
        const QList<ServerInfo> servers = report.servers(l);
        if (servers.isEmpty())
            out += serverLine(l, ServerInfo());
        for (const ServerInfo &s : servers)
            out += serverLine(l, s);
    }
    QMap<CheckStatus, int> counts;
    for (const CheckResult &r : report.results)
        ++counts[r.status];
    QStringList summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary << QStringLiteral("%1 %2").arg(it.value()).arg(checkStatusName(it.key()));
    //: %1 is the number of checks, %2 counts per status ("3 ok, 1 missing"; the status names stay English),
    //: %3 is empty or " (cancelled)".
    out +=
        QCoreApplication::translate("CheckExport", "%1 checks: %2%3")
            .arg(report.results.size())
            .arg(summary.isEmpty() ? QCoreApplication::translate("CheckExport", "nothing checked")
                                   : summary.join(QStringLiteral(", ")),
                 report.cancelled ? QCoreApplication::translate("CheckExport", " (cancelled)") : QString()) +
        QLatin1Char('\n');

    // Problems (worst first), notices, then what is ok: each its own table.
    QList<CheckResult> problems, notices, ok;
    for (const CheckResult &r : resultsProblemsFirst(report))
        (isProblem(r) ? problems : isNotice(r) ? notices : ok) << r;
    //: %1 problems (they fail the check), %2 notices (optional records that are missing).
    out += QCoreApplication::translate("CheckExport", "problems: %1, notices: %2")
               .arg(problems.size())
               .arg(notices.size()) +
           QLatin1Char('\n');
    // What is ok needs no FIX column.
    const auto table = [](const QString &title, const QList<CheckResult> &results, bool withFix) -> QString {
        if (results.isEmpty())
            return {};
        //: Column headings of the plain-text check report.
        QList<QStringList> rows{{QCoreApplication::translate("CheckExport", "STATUS"),
                                 QCoreApplication::translate("CheckExport", "LOCATION"),
                                 QCoreApplication::translate("CheckExport", "SERVER"),
                                 QCoreApplication::translate("CheckExport", "NAME"),
                                 QCoreApplication::translate("CheckExport", "TYPE"),
                                 QCoreApplication::translate("CheckExport", "REQUIREMENT"),
                                 QCoreApplication::translate("CheckExport", "EXPECTED"),
                                 QCoreApplication::translate("CheckExport", "ACTUAL"),
                                 QCoreApplication::translate("CheckExport", "DETAIL")}};
        if (withFix)
            rows.first() << QCoreApplication::translate("CheckExport", "FIX");
        for (const CheckResult &r : results) {
            rows << QStringList{
                checkStatusName(r.status),
                locationName(r.item.location),
                r.server,
                r.item.name,
                recordTypeName(r.item.type),
                requirementLabel(r.item.requirement),
                r.item.mustNotResolve ? QCoreApplication::translate("CheckExport", "(must not resolve)")
                                      : r.item.expected.join(QStringLiteral(", ")),
                r.actual.isEmpty() ? QStringLiteral("-") : r.actual.join(QStringLiteral(", ")),
                r.note.isEmpty() ? r.detail : QStringLiteral("%1; %2").arg(r.detail, r.note)};
            if (withFix)
                rows.last() << r.fix;
        }
        return QLatin1Char('\n') + title + QLatin1Char('\n') + alignedTable(rows);
    };
    out +=
        table(QCoreApplication::translate("CheckExport", "Problems (they fail the check):"), problems, true);
    out +=
        table(QCoreApplication::translate(
                  "CheckExport", "Notices: optional records that are missing (they do not fail the check):"),
              notices, true);
    out += table(QCoreApplication::translate("CheckExport", "OK:"), ok, false);
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
                                   {QStringLiteral("requirement"), r.item.requirement},
                                   {QStringLiteral("server"), r.server},
                                   {QStringLiteral("required"), r.item.required || r.item.mustNotResolve},
                                   {QStringLiteral("fix"), r.fix},
                                   {QStringLiteral("note"), r.note}});
    auto serverJson = [](const ServerInfo &s) {
        return s.address.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.address);
    };
    auto statusName = [](const ServerInfo &s) {
        return s.address.isEmpty() ? QStringLiteral("skipped")
               : s.reachable       ? QStringLiteral("reachable")
                                   : QStringLiteral("unreachable");
    };
    auto statusJson = [&statusName](const ServerInfo &s) {
        return QJsonObject{{QStringLiteral("status"), statusName(s)}, {QStringLiteral("detail"), s.detail}};
    };
    // "internal" and "external" name the first server of each location, as with one vantage point;
    // "all" lists every server given, several internal ones included.
    QJsonArray all;
    for (Location l : {Location::Internal, Location::External})
        for (const ServerInfo &s : report.servers(l))
            all.append(QJsonObject{{QStringLiteral("location"), locationName(l)},
                                   {QStringLiteral("address"), s.address},
                                   {QStringLiteral("status"), statusName(s)},
                                   {QStringLiteral("detail"), s.detail}});
    const QJsonObject root{{QStringLiteral("servers"),
                            QJsonObject{{QStringLiteral("internal"), serverJson(report.internalServer)},
                                        {QStringLiteral("external"), serverJson(report.externalServer)},
                                        {QStringLiteral("all"), all}}},
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

QString csvRow(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &c : cells)
        quoted << csvCell(c);
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QByteArray checkReportToCsv(const CheckReport &report)
{
    // server, then required, fix and note are appended: cli.md's columns only ever grow at the end.
    QString out = QStringLiteral(
        "location,name,type,expected,actual,status,detail,elapsedMs,server,required,fix,note\n");
    for (const CheckResult &r : report.results)
        out +=
            csvRow({locationName(r.item.location), r.item.name, recordTypeName(r.item.type),
                    r.item.expected.join(QLatin1Char(' ')), r.actual.join(QLatin1Char(' ')),
                    checkStatusName(r.status), r.detail, QString::number(r.elapsedMs), r.server,
                    r.item.required || r.item.mustNotResolve ? QStringLiteral("yes") : QStringLiteral("no"),
                    r.fix, r.note});
    return out.toUtf8();
}

} // namespace lyncdns
