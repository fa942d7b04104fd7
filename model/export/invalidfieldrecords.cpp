#include "model/export/invalidfieldrecords.h"

#include "model/export/exportpolicy.h"
#include "model/plan/plan.h"
#include "model/plan/planwriter.h"
#include "model/rules/where.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace lyncdns {

namespace {

// The keys that name an object in DNS: its records are written under these names.
bool isNameKey(const QString &key)
{
    return key == QLatin1String("fqdn") || key.endsWith(QLatin1String("Fqdn"));
}

// The keys whose value becomes the data of A and AAAA records.
bool isAddressKey(const QString &key, const QString &parent)
{
    return parent == QLatin1String("vips") || key == QLatin1String("ipv4") || key == QLatin1String("ipv6") ||
           key == QLatin1String("vip") || key.endsWith(QLatin1String("Ipv4")) ||
           key.endsWith(QLatin1String("Ipv6")) || key.endsWith(QLatin1String("Vip"));
}

// The first error to reach a name or value gives its words: the validator's order decides.
void addFirst(QHash<QString, QString> &hash, const QString &key, const QString &where)
{
    if (!key.isEmpty() && !hash.contains(key))
        hash.insert(key, where);
}

void addNamesOf(const QJsonObject &object, const QString &where, QHash<QString, QString> &names)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (isNameKey(it.key()) && it.value().isString())
            addFirst(names, it.value().toString().toLower(), where);
}

} // namespace

InvalidFieldRecords::InvalidFieldRecords(const Plan &plan, const Findings &findings)
{
    const Findings errors = errorFindings(findings);
    bool anyPath = false;
    for (const Finding &f : errors)
        anyPath = anyPath || !f.path.isEmpty();
    if (!anyPath)
        return; // the plan is not written out for nothing: an edit of a valid estate stays cheap

    // The plan as its file holds it: finding paths are the file's keys (plan-format.md v2).
    const QJsonObject root = QJsonDocument::fromJson(planToJson(plan)).object();
    static const QRegularExpression indexed(QStringLiteral("^([A-Za-z0-9_]+)\\[(\\d+)\\]$"));
    QHash<QString, QString> names;
    QHash<QString, QString> values;
    for (const Finding &f : errors) {
        if (f.path.isEmpty())
            continue;
        const QString where = planPathInWords(plan, f.path);
        QJsonValue current = root;
        QString key;
        QString parent;
        for (const QString &part : f.path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = indexed.match(part);
            parent = key;
            key = m.hasMatch() ? m.captured(1) : part;
            current = current.toObject().value(key);
            if (m.hasMatch())
                current = current.toArray().at(m.captured(2).toLongLong());
            if (current.isObject())
                addNamesOf(current.toObject(), where, names);
        }
        if (!current.isString())
            continue;
        const QString value = current.toString().trimmed().toLower();
        if (value.isEmpty())
            continue;
        if (isAddressKey(key, parent))
            addFirst(values, value, where);
        else if (value.contains(QLatin1String("://")))
            addFirst(names, QUrl(value).host(), where); // a simple URL: its host's records
    }
    m_names = std::move(names);
    m_values = std::move(values);
}

QString InvalidFieldRecords::invalidField(const DnsRecord &record) const
{
    if (isEmpty())
        return {};
    const auto name = m_names.constFind(record.name);
    if (name != m_names.constEnd())
        return name.value();
    if (record.type == RecordType::A || record.type == RecordType::AAAA) {
        const auto value = m_values.constFind(record.data.toLower());
        if (value != m_values.constEnd())
            return value.value();
    }
    return {};
}

} // namespace lyncdns
