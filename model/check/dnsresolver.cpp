#include "model/check/dnsresolver.h"

namespace lyncdns {

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
