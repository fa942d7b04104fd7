#include "model/check/checkclassifier.h"

#include "model/check/fixtext.h"
#include "model/dns/hostnames.h"

#include <QHostAddress>

#include <QCoreApplication>
#include <algorithm>

namespace lyncdns {

QString normalizedValue(RecordType type, const QString &value)
{
    switch (type) {
    case RecordType::A:
    case RecordType::AAAA: {
        const QHostAddress a(value.trimmed());
        return a.isNull() ? value.trimmed().toLower() : a.toString();
    }
    case RecordType::CNAME:
        return normalizedName(value);
    case RecordType::SRV: {
        QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() == 4)
            parts[3] = normalizedName(parts[3]);
        return parts.join(QLatin1Char(' '));
    }
    }
    return value;
}

static QString srvTarget(const QString &value)
{
    return value.section(QLatin1Char(' '), 3, 3);
}

static CheckResult classifyAnswer(const CheckItem &item, const DnsAnswer &answer,
                                  const QSet<QString> &cnameTargets)
{
    CheckResult r;
    r.item = item;
    r.elapsedMs = answer.elapsedMs;
    for (const QString &hop : answer.cnameChain)
        r.actual << QStringLiteral("CNAME ") + normalizedName(hop);
    QStringList values;
    for (const QString &v : answer.values)
        values << normalizedValue(item.type, v);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    r.actual << values;

    switch (answer.outcome) {
    case DnsAnswer::Timeout:
        r.status = CheckStatus::Unreachable;
        r.detail = QCoreApplication::translate(
            "CheckClassifier", "no answer within the timeout; nothing is known about this record");
        return r;
    case DnsAnswer::Cancelled:
        r.status = CheckStatus::Error;
        r.detail = QCoreApplication::translate("CheckClassifier", "cancelled");
        return r;
    case DnsAnswer::ServerFailure:
        r.status = CheckStatus::Error;
        r.detail =
            QCoreApplication::translate("CheckClassifier", "the server failed: %1").arg(answer.errorText);
        return r;
    case DnsAnswer::Malformed:
        // Nothing in a broken answer is evidence: no actual values from it.
        r.actual.clear();
        r.status = CheckStatus::Error;
        r.detail = QCoreApplication::translate("CheckClassifier", "the answer cannot be used: %1")
                       .arg(answer.errorText);
        return r;
    case DnsAnswer::Refused:
        if (item.mustNotResolve) {
            r.status = CheckStatus::Ok;
            r.detail = QCoreApplication::translate("CheckClassifier", "does not resolve here (refused)");
            return r;
        }
        r.status = CheckStatus::Error;
        r.detail = QCoreApplication::translate(
            "CheckClassifier", "the server refused the query: it holds no zone for this name");
        return r;
    case DnsAnswer::NxDomain:
    case DnsAnswer::NoData:
        if (item.mustNotResolve) {
            r.status = CheckStatus::Ok;
            r.detail =
                QCoreApplication::translate("CheckClassifier", "does not resolve here, as it must not");
            return r;
        }
        r.status = CheckStatus::Missing;
        r.detail =
            answer.outcome == DnsAnswer::NxDomain
                ? QCoreApplication::translate("CheckClassifier", "the name does not exist")
                : QCoreApplication::translate("CheckClassifier", "the name exists but has no %1 record")
                      .arg(recordTypeName(item.type));
        return r;
    case DnsAnswer::Answered:
        break;
    }

    if (item.mustNotResolve) {
        const bool resolves = !values.isEmpty() || !answer.cnameChain.isEmpty();
        r.status = resolves ? CheckStatus::Exposed : CheckStatus::Ok;
        r.detail = resolves ? QCoreApplication::translate("CheckClassifier",
                                                          "resolves here although it must stay internal (%1)")
                                  .arg(item.requirement)
                            : QCoreApplication::translate("CheckClassifier",
                                                          "does not resolve here, as it must not");
        return r;
    }
    if (values.isEmpty()) {
        r.status = CheckStatus::Missing;
        r.detail =
            answer.cnameChain.isEmpty()
                ? QCoreApplication::translate("CheckClassifier", "no %1 record")
                      .arg(recordTypeName(item.type))
                : QCoreApplication::translate("CheckClassifier", "the CNAME chain ends without a %1 record")
                      .arg(recordTypeName(item.type));
        return r;
    }

    QStringList expected;
    for (const QString &e : item.expected)
        expected << normalizedValue(item.type, e);
    int found = 0;
    for (const QString &e : std::as_const(expected))
        found += values.contains(e) ? 1 : 0;
    int unexpected = 0;
    for (const QString &v : std::as_const(values))
        unexpected += expected.contains(v) ? 0 : 1;

    if (item.type == RecordType::SRV) {
        for (const QString &v : std::as_const(values)) {
            if (cnameTargets.contains(srvTarget(v))) {
                r.status = CheckStatus::Mismatch;
                r.detail = QCoreApplication::translate(
                               "CheckClassifier",
                               "the SRV target %1 is a CNAME; it must have its own A/AAAA records (R-SRV2)")
                               .arg(srvTarget(v));
                r.fix = srvTargetFixText(srvTarget(v));
                return r;
            }
        }
    }
    if (found == expected.size() && unexpected == 0) {
        r.status = CheckStatus::Ok;
        if (!answer.cnameChain.isEmpty())
            r.detail = QCoreApplication::translate("CheckClassifier", "through CNAME %1")
                           .arg(answer.cnameChain.join(QStringLiteral(" → ")));
    } else if (found == 0) {
        r.status = CheckStatus::Mismatch;
        r.detail = QCoreApplication::translate("CheckClassifier", "none of the expected values is there");
    } else if (found == expected.size()) {
        r.status = CheckStatus::Extra;
        r.detail =
            QCoreApplication::translate("CheckClassifier", "every expected value is there, plus %1 more")
                .arg(unexpected);
    } else {
        r.status = CheckStatus::Partial;
        r.detail = QCoreApplication::translate("CheckClassifier", "%1 of %2 expected values are there")
                       .arg(found)
                       .arg(expected.size());
    }
    return r;
}

CheckResult classify(const CheckItem &item, const DnsAnswer &answer, const QSet<QString> &cnameTargets)
{
    CheckResult r = classifyAnswer(item, answer, cnameTargets);
    r.outcome = answer.outcome;
    if (r.fix.isEmpty())
        r.fix = fixText(r);
    return r;
}

bool wantsOtherRecords(const CheckResult &r)
{
    // NODATA: the name exists and holds something else; a leaked name may hold more than its A.
    return (r.status == CheckStatus::Missing && r.outcome == DnsAnswer::NoData) ||
           r.status == CheckStatus::Exposed || (r.item.mustNotResolve && r.outcome == DnsAnswer::NoData);
}

void addOtherRecords(CheckResult &r, const QStringList &records)
{
    // What actual shows already: the asked type's values and the first CNAME hop.
    QSet<QString> shown;
    for (const QString &a : std::as_const(r.actual))
        shown.insert(a.startsWith(QLatin1String("CNAME ")) && r.item.type != RecordType::CNAME
                         ? a
                         : recordTypeName(r.item.type) + QLatin1Char(' ') + a);
    for (const QString &record : records) {
        const QString type = record.section(QLatin1Char(' '), 0, 0);
        const std::optional<RecordType> known = fromKeyword<RecordType>(type);
        const QString normalized =
            known ? type + QLatin1Char(' ') + normalizedValue(*known, record.mid(type.size() + 1)) : record;
        if (shown.contains(normalized) || r.others.contains(normalized))
            continue;
        r.others << normalized;
    }
    std::sort(r.others.begin(), r.others.end());
    r.actual << r.others;
    if (r.others.isEmpty())
        return;

    QStringList addresses;
    bool cname = false;
    bool resolves = false;
    for (const QString &o : std::as_const(r.others)) {
        if (o.startsWith(QLatin1String("A ")))
            addresses << o.mid(2);
        cname = cname || o.startsWith(QLatin1String("CNAME "));
        resolves = resolves || o.startsWith(QLatin1String("A ")) || o.startsWith(QLatin1String("AAAA ")) ||
                   o.startsWith(QLatin1String("CNAME "));
    }
    if (r.item.mustNotResolve && r.status == CheckStatus::Ok && resolves) {
        // No A record, but an AAAA or a CNAME: the name resolves all the same.
        r.status = CheckStatus::Exposed;
        r.detail = QCoreApplication::translate("CheckClassifier",
                                               "resolves here although it must stay internal (%1)")
                       .arg(r.item.requirement);
    } else if (r.status == CheckStatus::Missing && r.item.type == RecordType::CNAME && !cname) {
        // The documented alternative: A records with the addresses the CNAME would lead to (an AAAA
        // beside them is not judged: the A query of the check asks for IPv4 only).
        for (const QStringList &accepted : r.item.acceptedAsA) {
            if (addresses != accepted)
                continue;
            r.status = CheckStatus::Ok;
            r.detail = QCoreApplication::translate("CheckClassifier", "an A record instead of the CNAME");
            //: %1 the addresses, %2 the CNAME target the plan has.
            r.note = QCoreApplication::translate("CheckClassifier",
                                                 "a documented alternative: an A record with the address "
                                                 "its CNAME target %2 has in the plan (%1)")
                         .arg(addresses.join(QStringLiteral(", ")), r.item.expected.value(0));
            break;
        }
    }
    r.fix = fixText(r);
}

} // namespace lyncdns
