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
    QString server;     // the address of the server asked, as given (one per vantage point)
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

// The servers asked, in the order given. An estate may name one internal server per site (each
// internal record is checked on every one); the first stays in internalServer, so code written for
// one vantage point (the report, the check window) reads it as before, and the others follow in
// otherInternalServers.
struct CheckReport
{
    ServerInfo internalServer;
    QList<ServerInfo> otherInternalServers;
    ServerInfo externalServer;
    int timeoutSeconds = 0;
    QDateTime started;
    QDateTime finished;
    bool cancelled = false;
    QList<CheckResult> results;

    // The first server of a location (its address is empty when none was given).
    const ServerInfo &server(Location l) const
    {
        return l == Location::Internal ? internalServer : externalServer;
    }
    // Every server given for a location, in the order given; empty when none was.
    QList<ServerInfo> servers(Location l) const;
    // The server a result came from; nullptr for a result of no server given.
    const ServerInfo *serverOf(const CheckResult &result) const;
    bool allOk() const;
    // True when a server given did not answer: at its probe, or at a re-probe later on.
    bool anyServerUnreachable() const;
};

bool isProblem(CheckStatus s);
// Problems first (unreachable, error, exposed, missing, mismatch, partial, extra), then ok.
int problemRank(CheckStatus s);

} // namespace lyncdns
