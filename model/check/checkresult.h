#pragma once

// What the live check found for one expectation: statuses exactly as cli.md defines them.

#include "model/dns/dnsrecord.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace lyncdns {

enum class CheckStatus
{
    Ok,
    Missing,
    Mismatch,
    Partial,
    Extra,
    Exposed,
    Unreachable,
    Error
};

// One thing to verify: a planned name/type with every planned value, or a name that must not
// resolve in this location (mustNotResolve).
struct CheckItem
{
    Location location = Location::Internal;
    QString name;
    RecordType type = RecordType::A;
    QStringList expected; // sorted values as in DnsRecord::data
    bool mustNotResolve = false;
    QString requirement; // catalogue id or rule id (R-EXP…) it comes from
};

struct CheckResult
{
    CheckItem item;
    QStringList actual; // "CNAME target" hops first, then the values found
    CheckStatus status = CheckStatus::Error;
    QString detail;
    qint64 elapsedMs = 0;
};

struct ServerInfo
{
    QString address; // empty = not given, the location is skipped
    bool reachable = false;
    QString detail;
};

struct CheckReport
{
    ServerInfo internalServer;
    ServerInfo externalServer;
    int timeoutSeconds = 0;
    QDateTime started;
    QDateTime finished;
    bool cancelled = false;
    QList<CheckResult> results;

    const ServerInfo &server(Location l) const
    {
        return l == Location::Internal ? internalServer : externalServer;
    }
    bool allOk() const;
    bool anyServerUnreachable() const;
};

bool isProblem(CheckStatus s);
// Problems first (unreachable, error, exposed, missing, mismatch, partial, extra), then ok.
int problemRank(CheckStatus s);

} // namespace lyncdns
