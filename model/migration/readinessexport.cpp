#include "model/migration/readinessexport.h"

#include "model/rules/keywords.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace lyncdns {

namespace {

QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QJsonObject resultJson(const CheckResult &r)
{
    return QJsonObject{{QStringLiteral("location"), locationName(r.item.location)},
                       {QStringLiteral("name"), r.item.name},
                       {QStringLiteral("type"), recordTypeName(r.item.type)},
                       {QStringLiteral("expected"), strings(r.item.expected)},
                       {QStringLiteral("actual"), strings(r.actual)},
                       {QStringLiteral("status"), checkStatusName(r.status)},
                       {QStringLiteral("detail"), r.detail},
                       {QStringLiteral("fix"), r.fix}};
}

} // namespace

QString observedPhaseWords(ObservedPhase phase)
{
    switch (phase) {
    case ObservedPhase::None:
        return QCoreApplication::translate("ReadinessExport", "no Skype for Business records");
    case ObservedPhase::OnPrem:
        return QCoreApplication::translate("ReadinessExport", "on premises");
    case ObservedPhase::Mixed:
        return QCoreApplication::translate("ReadinessExport", "half moved");
    case ObservedPhase::TeamsOnly:
        return QCoreApplication::translate("ReadinessExport", "Teams Only");
    case ObservedPhase::Unknown:
        break;
    }
    return QCoreApplication::translate("ReadinessExport", "not known, the server did not say");
}

// "lyncdiscover.contoso.com CNAME → webdir.online.lync.com expected, found webext.contoso.com"
QString readinessResultLine(const CheckResult &r)
{
    const QString found = r.actual.isEmpty() ? r.detail : r.actual.join(QStringLiteral(", "));
    //: %1 name, %2 type, %3 expected values, %4 what the server has (or why nothing), %5 location.
    return QCoreApplication::translate("ReadinessExport", "%1 %2 → %3 expected (%5), found %4")
        .arg(r.item.name, recordTypeName(r.item.type), r.item.expected.join(QStringLiteral(", ")), found,
             locationName(r.item.location));
}

QByteArray readinessToText(const QList<DomainReadiness> &domains)
{
    QString out =
        QCoreApplication::translate("ReadinessExport", "Cutover readiness (teams-only):") + QLatin1Char('\n');
    if (domains.isEmpty())
        out +=
            QCoreApplication::translate("ReadinessExport", "  no SIP domain moves to Teams in this plan\n");
    for (const DomainReadiness &d : domains) {
        //: %1 the SIP domain, %2 the phase in words, %3 its keyword, %4 ready / not ready.
        out += QCoreApplication::translate("ReadinessExport", "%1: %2 (%3), %4")
                   .arg(d.domain, observedPhaseWords(d.observed), observedPhaseName(d.observed),
                        d.ready() ? QCoreApplication::translate("ReadinessExport", "ready")
                                  : QCoreApplication::translate("ReadinessExport", "not ready")) +
               QLatin1Char('\n');
        for (const CheckResult &r : d.blocking) {
            const bool unanswered = r.status == CheckStatus::Unreachable || r.status == CheckStatus::Error;
            out += (unanswered ? QCoreApplication::translate("ReadinessExport", "  not answered: %1")
                               : QCoreApplication::translate("ReadinessExport", "  blocks: %1"))
                       .arg(readinessResultLine(r)) +
                   QLatin1Char('\n');
        }
        for (const CheckResult &r : d.leftovers)
            //: %1 name, %2 type, %3 what it resolves to, %4 why it is listed.
            out += QCoreApplication::translate("ReadinessExport", "  left over: %1 %2 %3 (%4)")
                       .arg(r.item.name, recordTypeName(r.item.type), r.actual.join(QStringLiteral(", ")),
                            r.detail) +
                   QLatin1Char('\n');
        switch (d.wildcard) {
        case WildcardState::Present:
            //: %1 the wildcard name, %2 what it answers, %3 the random name asked.
            out += QCoreApplication::translate("ReadinessExport", "  wildcard %1 answers %2 (asked %3)")
                       .arg(QStringLiteral("*.") + d.domain, d.wildcardRecords.join(QStringLiteral(", ")),
                            d.probeName);
            break;
        case WildcardState::Absent:
            out += QCoreApplication::translate("ReadinessExport", "  no wildcard (%1 does not resolve)")
                       .arg(d.probeName);
            break;
        case WildcardState::Unknown:
            out += QCoreApplication::translate("ReadinessExport", "  wildcard unknown (%1 was not answered)")
                       .arg(d.probeName);
            break;
        }
        out += QLatin1Char('\n');
    }
    return out.toUtf8() + '\n';
}

QJsonArray readinessToJson(const QList<DomainReadiness> &domains)
{
    QJsonArray out;
    for (const DomainReadiness &d : domains) {
        QJsonArray blocking;
        for (const CheckResult &r : d.blocking)
            blocking << resultJson(r);
        QJsonArray leftovers;
        for (const CheckResult &r : d.leftovers)
            leftovers << resultJson(r);
        out << QJsonObject{{QStringLiteral("domain"), d.domain},
                           {QStringLiteral("observed"), observedPhaseName(d.observed)},
                           {QStringLiteral("ready"), d.ready()},
                           {QStringLiteral("blocking"), blocking},
                           {QStringLiteral("leftovers"), leftovers},
                           {QStringLiteral("wildcard"),
                            QJsonObject{{QStringLiteral("probe"), d.probeName},
                                        {QStringLiteral("status"), wildcardStateName(d.wildcard)},
                                        {QStringLiteral("records"), strings(d.wildcardRecords)}}}};
    }
    return out;
}

QByteArray addReadinessToJson(const QByteArray &checkJson, const QList<DomainReadiness> &domains)
{
    QJsonObject root = QJsonDocument::fromJson(checkJson).object();
    root.insert(QStringLiteral("phases"), readinessToJson(domains));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace lyncdns
