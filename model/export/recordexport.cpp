#include "model/export/recordexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lyncdns {

QString csvCell(const QString &value)
{
    QString v = value;
    // A cell starting with = + - @ is a formula to Excel; our data never needs to start so.
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r')) || v != value)
        return QLatin1Char('"') + QString(v).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return v;
}

QByteArray recordsToCsv(const RecordSet &records)
{
    // Version 2 appends zone and site (cli.md): scripts reading columns by name keep working.
    QString out = QStringLiteral("location,name,type,data,ttl,requirement,required,reason,zone,site\n");
    for (const DnsRecord &r : records) {
        const QStringList cells = {locationName(r.location),
                                   r.name,
                                   recordTypeName(r.type),
                                   r.data,
                                   QString::number(r.ttl),
                                   r.requirement,
                                   r.required ? QStringLiteral("yes") : QStringLiteral("no"),
                                   r.reason,
                                   r.zone,
                                   r.site};
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvCell(c);
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray recordsToJson(const RecordSet &records, int draftErrors)
{
    QJsonArray rows;
    for (const DnsRecord &r : records)
        rows.append(QJsonObject{
            {QStringLiteral("location"), locationName(r.location)},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("type"), recordTypeName(r.type)},
            {QStringLiteral("data"), r.data},
            {QStringLiteral("ttl"), r.ttl},
            {QStringLiteral("requirement"), r.requirement},
            {QStringLiteral("required"), r.required ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("zone"), r.zone},
            {QStringLiteral("site"), r.site}});
    QJsonObject root{{QStringLiteral("records"), rows}};
    // An added key keeps cli.md's shape for readers that look up "records"; absent when clean.
    if (draftErrors > 0)
        root.insert(QStringLiteral("draft"), true);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray recordsToTable(const RecordSet &records)
{
    //: Column headings of the plain-text record table; REQ says whether the record is required.
    const QStringList header = {QCoreApplication::translate("RecordExport", "LOCATION"),
                                QCoreApplication::translate("RecordExport", "NAME"),
                                QCoreApplication::translate("RecordExport", "TYPE"),
                                QCoreApplication::translate("RecordExport", "DATA"),
                                QCoreApplication::translate("RecordExport", "TTL"),
                                QCoreApplication::translate("RecordExport", "REQ"),
                                QCoreApplication::translate("RecordExport", "REQUIREMENT"),
                                QCoreApplication::translate("RecordExport", "REASON")};
    //: The REQ column of the plain-text record table: the record is required.
    const QString yes = QCoreApplication::translate("RecordExport", "yes");
    //: The REQ column of the plain-text record table: the record is optional.
    const QString no = QCoreApplication::translate("RecordExport", "no");
    QList<QStringList> rows{header};
    for (const DnsRecord &r : records)
        rows << QStringList{locationName(r.location),
                            r.name,
                            recordTypeName(r.type),
                            r.data,
                            QString::number(r.ttl),
                            r.required ? yes : no,
                            r.requirement,
                            r.reason};
    return alignedTable(rows).toUtf8();
}

QString alignedTable(const QList<QStringList> &rows)
{
    // The last column is not padded: it is free text (reasons, details) and may run long.
    QList<qsizetype> widths(rows.isEmpty() ? 0 : rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c + 1 < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line +=
                c + 1 < row.size() && c < widths.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace lyncdns
