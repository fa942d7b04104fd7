#include "model/migration/changesetexport.h"

#include "model/export/recordexport.h"
#include "model/rules/cloudrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lyncdns {

namespace {

QString stepText(int step)
{
    return step > 0 ? QString::number(step) : QString();
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

QByteArray changeSetToCsv(const MigrationChangeSet &set)
{
    QString out = QStringLiteral("action,location,name,type,old,new,ttl,step,reason\n");
    for (const MigrationChange &c : set.changes) {
        const QStringList cells = {changeActionName(c.action),
                                   locationName(c.location),
                                   c.name,
                                   recordTypeName(c.type),
                                   c.oldValue,
                                   c.newValue,
                                   QString::number(c.ttl),
                                   stepText(c.step),
                                   c.reason};
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << csvCell(cell);
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray changeSetToJson(const MigrationChangeSet &set)
{
    QJsonArray steps;
    for (const RunbookStep &s : set.runbook.steps)
        steps.append(QJsonObject{{QStringLiteral("step"), s.number},
                                 {QStringLiteral("kind"), runbookStepKindName(s.kind)},
                                 {QStringLiteral("title"), s.title},
                                 {QStringLiteral("detail"), s.detail},
                                 {QStringLiteral("commands"), strings(s.commands)},
                                 {QStringLiteral("warnings"), strings(s.warnings)}});
    QJsonArray rows;
    for (const MigrationChange &c : set.changes)
        rows.append(QJsonObject{{QStringLiteral("action"), changeActionName(c.action)},
                                {QStringLiteral("location"), locationName(c.location)},
                                {QStringLiteral("zone"), c.zone},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("type"), recordTypeName(c.type)},
                                {QStringLiteral("old"), c.oldValue},
                                {QStringLiteral("new"), c.newValue},
                                {QStringLiteral("ttl"), c.ttl},
                                {QStringLiteral("oldTtl"), c.oldTtl},
                                {QStringLiteral("step"), c.step},
                                {QStringLiteral("requirement"), c.requirement},
                                {QStringLiteral("reason"), c.reason}});
    const QJsonObject root{{QStringLiteral("from"), keyword(set.from)},
                           {QStringLiteral("to"), keyword(set.to)},
                           {QStringLiteral("cloud"), keyword(set.cloud)},
                           {QStringLiteral("moved"), strings(set.moved)},
                           {QStringLiteral("remaining"), strings(set.remaining)},
                           {QStringLiteral("runbook"), steps},
                           {QStringLiteral("changes"), rows}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString runbookToText(const MigrationChangeSet &set)
{
    QString out = QStringLiteral("Migration %1 -> %2 (%3)\n")
                      .arg(keyword(set.from), keyword(set.to), cloudLabel(set.cloud));
    if (!set.moved.isEmpty())
        out += QStringLiteral("SIP domains moving to Teams: %1\n").arg(set.moved.join(QStringLiteral(", ")));
    if (!set.remaining.isEmpty())
        out += QStringLiteral("SIP domains staying on premises: %1\n")
                   .arg(set.remaining.join(QStringLiteral(", ")));
    if (set.runbook.steps.isEmpty())
        out += QStringLiteral("\nNothing to do: the plan is at that phase already.\n");
    else
        out += QStringLiteral("\nRunbook\n");
    for (const RunbookStep &s : set.runbook.steps) {
        out += QStringLiteral("\n%1. %2%3\n")
                   .arg(s.number)
                   .arg(s.title, s.kind == RunbookStepKind::Dns
                                     ? QStringLiteral(" [DNS: rows with step %1]").arg(s.number)
                                     : QString());
        out += QStringLiteral("   ") + s.detail + QLatin1Char('\n');
        for (const QString &c : s.commands)
            out += QStringLiteral("     PS> ") + c + QLatin1Char('\n');
        for (const QString &w : s.warnings)
            out += QStringLiteral("   Warning: ") + w + QLatin1Char('\n');
    }
    return out;
}

QByteArray changeSetToTable(const MigrationChangeSet &set)
{
    QString out = runbookToText(set);
    const int changed = countChanges(set);
    out += QStringLiteral("\nChange set: %1 changes, %2 records kept\n\n")
               .arg(changed)
               .arg(set.changes.size() - changed);
    QList<QStringList> rows{{QStringLiteral("STEP"), QStringLiteral("ACTION"), QStringLiteral("LOCATION"),
                             QStringLiteral("NAME"), QStringLiteral("TYPE"), QStringLiteral("OLD"),
                             QStringLiteral("NEW"), QStringLiteral("TTL")}};
    for (const MigrationChange &c : set.changes)
        rows << QStringList{stepText(c.step), changeActionName(c.action), locationName(c.location),
                            c.name,           recordTypeName(c.type),     c.oldValue,
                            c.newValue,       QString::number(c.ttl)};
    out += alignedTable(rows);
    return out.toUtf8();
}

} // namespace lyncdns
