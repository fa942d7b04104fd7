#include "model/check/fixplan.h"

#include "model/check/checkclassifier.h"
#include "model/check/checkexport.h"
#include "model/planner/planner.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace lyncdns {

namespace {

// What a result found at its name, taken apart again: the CNAME hops, the values of the asked
// type, and the records of other types ("TYPE data").
struct Found
{
    QStringList hops;
    QStringList values;
    QStringList others;
};

Found foundAt(const CheckResult &r)
{
    Found f;
    const qsizetype otherCount = std::min(r.others.size(), r.actual.size());
    const qsizetype end = r.actual.size() - otherCount;
    qsizetype i = 0;
    if (r.item.type != RecordType::CNAME)
        for (; i < end && r.actual.at(i).startsWith(QLatin1String("CNAME ")); ++i)
            f.hops << r.actual.at(i).mid(6);
    for (; i < end; ++i)
        f.values << r.actual.at(i);
    f.others = r.actual.mid(end);
    return f;
}

FixChange change(const CheckResult &r, FixAction action, RecordType type, const QString &oldValue,
                 const QString &newValue)
{
    FixChange c;
    c.action = action;
    c.location = r.item.location;
    c.zone = r.item.zone;
    c.name = r.item.name;
    c.type = type;
    c.oldValue = oldValue;
    c.newValue = newValue;
    c.server = r.server;
    return c;
}

// Removes every record at the name of the types a change list can name; other types (TXT, MX…) stay.
void removeAll(const CheckResult &r, const Found &found, QList<FixChange> &out)
{
    if (!found.hops.isEmpty())
        out << change(r, FixAction::Remove, RecordType::CNAME, found.hops.constFirst(), {});
    else
        for (const QString &v : found.values)
            out << change(r, FixAction::Remove, r.item.type, v, {});
    for (const QString &other : found.others) {
        const QString typeWord = other.section(QLatin1Char(' '), 0, 0);
        if (const std::optional<RecordType> type = fromKeyword<RecordType>(typeWord))
            out << change(r, FixAction::Remove, *type, other.mid(typeWord.size() + 1), {});
    }
}

void addExpected(const CheckResult &r, const QStringList &values, QList<FixChange> &out)
{
    for (const QString &v : values)
        out << change(r, FixAction::Add, r.item.type, {}, v);
}

QStringList normalizedExpected(const CheckItem &item)
{
    QStringList expected;
    for (const QString &e : item.expected)
        expected << normalizedValue(item.type, e);
    return expected;
}

} // namespace

QString fixActionName(FixAction action)
{
    switch (action) {
    case FixAction::Add:
        return QStringLiteral("add");
    case FixAction::Change:
        return QStringLiteral("change");
    case FixAction::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

QList<FixChange> resultChanges(const CheckResult &r)
{
    QList<FixChange> out;
    const Found found = foundAt(r);
    const QStringList expected = normalizedExpected(r.item);
    switch (r.status) {
    case CheckStatus::Ok:
    case CheckStatus::Unreachable:
        return out;
    case CheckStatus::Error:
        if (r.outcome == DnsAnswer::Refused && r.item.pinPoint && !r.item.mustNotResolve)
            addExpected(r, expected, out); // the server holds no zone for it: the pin-point zone is the fix
        return out;
    case CheckStatus::Exposed:
        removeAll(r, found, out);
        return out;
    case CheckStatus::Missing:
        // A CNAME shares its name with nothing; a dangling CNAME where addresses are planned goes.
        if (r.item.type == RecordType::CNAME)
            removeAll(r, Found{{}, {}, found.others}, out);
        else if (!found.hops.isEmpty())
            out << change(r, FixAction::Remove, RecordType::CNAME, found.hops.constFirst(), {});
        addExpected(r, expected, out);
        return out;
    case CheckStatus::Mismatch:
    case CheckStatus::Partial:
    case CheckStatus::Extra:
        break;
    }
    if (!found.hops.isEmpty()) {
        // Addresses planned, a CNAME found: the CNAME is replaced by the planned records.
        out << change(r, FixAction::Remove, RecordType::CNAME, found.hops.constFirst(), {});
        addExpected(r, expected, out);
        return out;
    }
    QStringList missing, unexpected;
    for (const QString &e : expected)
        if (!found.values.contains(e))
            missing << e;
    for (const QString &v : found.values)
        if (!expected.contains(v))
            unexpected << v;
    // A mismatch is a wrong value: old → new in pairs, what is left over added or removed.
    qsizetype paired = 0;
    if (r.status == CheckStatus::Mismatch)
        for (; paired < std::min(missing.size(), unexpected.size()); ++paired)
            out << change(r, FixAction::Change, r.item.type, unexpected.at(paired), missing.at(paired));
    for (qsizetype i = paired; i < unexpected.size(); ++i)
        out << change(r, FixAction::Remove, r.item.type, unexpected.at(i), {});
    addExpected(r, missing.mid(paired), out);
    return out;
}

QList<FixChange> fixChanges(const Plan &plan, const CheckReport &report)
{
    QList<FixChange> out;
    for (const CheckResult &r : report.results) {
        if (!isProblem(r))
            continue;
        out << resultChanges(r);
        if (r.item.type != RecordType::SRV || r.status != CheckStatus::Mismatch)
            continue;
        // R-SRV2: a target answered through a CNAME gets its planned addresses in the CNAME's place,
        // even where its own result is ok (the addresses at the end of the chain are right).
        for (const QString &value : foundAt(r).values) {
            const QString target = value.section(QLatin1Char(' '), 3, 3);
            for (const CheckResult &t : report.results) {
                if (t.server != r.server || t.item.location != r.item.location || t.item.name != target ||
                    t.item.mustNotResolve ||
                    (t.item.type != RecordType::A && t.item.type != RecordType::AAAA))
                    continue;
                const Found targetFound = foundAt(t);
                if (targetFound.hops.isEmpty())
                    continue;
                out << change(t, FixAction::Remove, RecordType::CNAME, targetFound.hops.constFirst(), {});
                addExpected(t, normalizedExpected(t.item), out);
            }
        }
    }
    // Every change once: several servers (or two SRVs with one target) ask for the same one.
    const ZoneResolver zones(plan);
    QList<FixChange> unique;
    QHash<QString, qsizetype> seen;
    for (FixChange &c : out) {
        if (c.zone.isEmpty()) {
            bool pinPoint = false;
            c.zone = zones.zone(c.location, c.name, &pinPoint);
        }
        const QString key = QStringList{fixActionName(c.action),
                                        locationName(c.location),
                                        c.zone,
                                        c.name,
                                        recordTypeName(c.type),
                                        c.oldValue,
                                        c.newValue}
                                .join(QLatin1Char('|'));
        const auto it = seen.constFind(key);
        if (it == seen.cend()) {
            seen.insert(key, unique.size());
            unique << c;
        } else if (!unique.at(*it).server.split(QStringLiteral(", ")).contains(c.server)) {
            unique[*it].server += QStringLiteral(", ") + c.server;
        }
    }
    // Stable: within one name and type, removals (and changes) stay before the adds they make room for.
    std::stable_sort(unique.begin(), unique.end(), [](const FixChange &a, const FixChange &b) {
        return std::make_tuple(a.location, a.zone, a.name) < std::make_tuple(b.location, b.zone, b.name);
    });
    return unique;
}

QByteArray fixListCsv(const QList<FixChange> &changes)
{
    QString out = QStringLiteral("action,location,zone,name,type,old,new\n");
    for (const FixChange &c : changes)
        out += csvRow({fixActionName(c.action), locationName(c.location), c.zone, c.name,
                       recordTypeName(c.type), c.oldValue, c.newValue});
    return out.toUtf8();
}

} // namespace lyncdns
