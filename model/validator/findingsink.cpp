#include "model/validator/checks.h"

#include "model/dns/hostnames.h"
#include "model/io/printable.h"
#include "model/rules/nameclaims.h"

#include <QCoreApplication>

namespace lyncdns {

void FindingSink::add(Severity severity, const char *rule, const QString &path, const QString &message)
{
    // Plan values reach messages: their control characters are shown escaped, never raw.
    m_findings << Finding{QLatin1String(rule), severity, path, printable(message)};
}

void FindingSink::error(const char *rule, const QString &path, const QString &message)
{
    add(Severity::Error, rule, path, message);
}

void FindingSink::warning(const char *rule, const QString &path, const QString &message)
{
    add(Severity::Warning, rule, path, message);
}

void FindingSink::info(const char *rule, const QString &path, const QString &message)
{
    add(Severity::Info, rule, path, message);
}

void FindingSink::host(const QString &path, const QString &value, bool needed)
{
    if (value.isEmpty()) {
        if (needed)
            error("P-MISSING", path, QCoreApplication::translate("Validator", "a host name is needed here"));
        return;
    }
    const QString problem = hostNameProblem(value);
    if (!problem.isEmpty())
        error("R-NAME1", path,
              QCoreApplication::translate("Validator", "\"%1\" is not a valid host name: %2")
                  .arg(value, problem));
}

void FindingSink::ipv4(const QString &path, const QString &value, bool needed)
{
    if (value.isEmpty()) {
        if (needed)
            error("P-MISSING", path,
                  QCoreApplication::translate("Validator", "an IPv4 address is needed here"));
        return;
    }
    if (!isValidIpv4(value))
        error("P-ADDRESS", path,
              QCoreApplication::translate("Validator", "\"%1\" is not an IPv4 address (expected a.b.c.d)")
                  .arg(value));
}

void FindingSink::ipv6(const QString &path, const QString &value)
{
    if (!value.isEmpty() && !isValidIpv6(value))
        error("P-ADDRESS", path,
              QCoreApplication::translate("Validator", "\"%1\" is not an IPv6 address").arg(value));
}

void FindingSink::publicAddress(const QString &path, const QString &value)
{
    const QString range = nonPublicRange(value);
    if (!range.isEmpty())
        error("R-EXP7", path,
              //: %2 names the range, e.g. "RFC 1918 private" or "multicast".
              QCoreApplication::translate("Validator",
                                          "%1 is not a public address (%2) and cannot be published in "
                                          "external DNS; with NAT, enter the public address the NAT "
                                          "maps to")
                  .arg(value, range));
}

void FindingSink::servers(const QList<Server> &servers, const QString &path)
{
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const QString p = indexedPath(path, i);
        host(p + QStringLiteral(".fqdn"), servers.at(i).fqdn);
        ipv4(p + QStringLiteral(".ipv4"), servers.at(i).ipv4);
        ipv6(p + QStringLiteral(".ipv6"), servers.at(i).ipv6);
    }
}

} // namespace lyncdns
