#include "testsupport.h"

#include "planreader.h"

#include <QSet>
#include <QTest>

#include <algorithm>

namespace lyncdns::test {

Plan loadPlan(const QString &fileName)
{
    PlanError error;
    const std::optional<Plan> plan = readPlanFile(fileName, &error);
    if (!plan)
        qFatal("cannot load test plan %s: %s", qPrintable(fileName), qPrintable(error.toString()));
    return *plan;
}

Plan planFromJson(const QByteArray &json)
{
    PlanError error;
    const std::optional<Plan> plan = parsePlan(json, QStringLiteral("<inline>"), &error);
    if (!plan)
        qFatal("cannot parse inline plan: %s", qPrintable(error.toString()));
    return *plan;
}

QString dataFile(const QString &relative)
{
    return QStringLiteral(LYNCDNS_TEST_DATA "/") + relative;
}

QString exampleFile(const QString &name)
{
    return QStringLiteral(LYNCDNS_EXAMPLES "/") + name;
}

QStringList recordLines(const RecordSet &records)
{
    QStringList lines;
    for (const DnsRecord &r : records)
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(locationName(r.location), r.name, recordTypeName(r.type), r.data);
    std::sort(lines.begin(), lines.end());
    return lines;
}

QString describeDifference(const QStringList &expected, const QStringList &actual)
{
    const QSet<QString> e(expected.begin(), expected.end());
    const QSet<QString> a(actual.begin(), actual.end());
    QStringList missing, extra;
    for (const QString &line : expected)
        if (!a.contains(line))
            missing << line;
    for (const QString &line : actual)
        if (!e.contains(line))
            extra << line;
    if (missing.isEmpty() && extra.isEmpty() && expected.size() == actual.size())
        return {};
    QString out;
    if (!missing.isEmpty())
        out += QStringLiteral("\n  missing:\n    ") + missing.join(QStringLiteral("\n    "));
    if (!extra.isEmpty())
        out += QStringLiteral("\n  unexpected:\n    ") + extra.join(QStringLiteral("\n    "));
    if (out.isEmpty())
        out = QStringLiteral("\n  same lines, different counts (duplicates?)");
    return out;
}

} // namespace lyncdns::test
