#include "model/check/dnsresolver.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace lyncdns {

void DnsResolver::lookupAll(int id, const QString &server, const QString &name)
{
    Q_UNUSED(server);
    Q_UNUSED(name);
    DnsAnswer a;
    a.outcome = DnsAnswer::Malformed;
    a.errorText = QCoreApplication::translate("DnsResolver", "this resolver cannot ask for every type");
    // Later, as a real answer would come: never inside the caller's own lookupAll() call.
    QMetaObject::invokeMethod(
        this, [this, id, a] { emit finished(id, a); }, Qt::QueuedConnection);
}

QString outcomeName(DnsAnswer::Outcome outcome)
{
    switch (outcome) {
    case DnsAnswer::Answered:
        return QStringLiteral("answered");
    case DnsAnswer::NoData:
        return QStringLiteral("no data");
    case DnsAnswer::NxDomain:
        return QStringLiteral("NXDOMAIN");
    case DnsAnswer::Timeout:
        return QStringLiteral("timeout");
    case DnsAnswer::ServerFailure:
        return QStringLiteral("SERVFAIL");
    case DnsAnswer::Refused:
        return QStringLiteral("REFUSED");
    case DnsAnswer::Malformed:
        return QStringLiteral("malformed");
    case DnsAnswer::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace lyncdns
