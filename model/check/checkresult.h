#pragma once

// What the live check found for one expectation: statuses exactly as cli.md defines them.

#include "model/check/dnsresolver.h"
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
    QString requirement;   // catalogue id or rule id (R-EXP…) it comes from
    bool required = true;  // the planned record's `required`; a missing optional record is a notice
    QString zone;          // the zone that holds the name in its location (as the bind export puts it)
    bool pinPoint = false; // zone is a pin-point zone named after the record
    // A CNAME the documentation lets an admin publish as an A record instead (lyncdiscover,
    // lyncdiscoverinternal): each entry is a set of IPv4 addresses such an A record may hold, sorted.
    QList<QStringList> acceptedAsA;
};

struct CheckResult
{
    CheckItem item;
    QString server; // the address of the server asked, as given (one per vantage point)
    // "CNAME target" hops first, then the values found, then `others`.
    QStringList actual;
    // Records of other types found at a failing name (one extra query), as "TYPE data": "A 131.107.155.40".
    QStringList others;
    CheckStatus status = CheckStatus::Error;
    DnsAnswer::Outcome outcome = DnsAnswer::Timeout; // how the server answered; Timeout when it did not
    QString detail;
    QString note; // a documented alternative accepted (lyncdiscover as A instead of CNAME), else empty
    QString fix;  // one line saying what to change; empty when ok
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
    // True when a result is a problem (isProblem(const CheckResult &)) or the check was cancelled:
    // what makes `check` exit 1. A missing optional record (a notice) alone does not.
    bool hasProblems() const;
    // True when a server given did not answer: at its probe, or at a re-probe later on.
    bool anyServerUnreachable() const;
};

bool isProblem(CheckStatus s);
// A notice: an optional record (CheckItem::required false) that is missing. It is reported apart
// and does not fail the check; every other status but ok is a problem, for optional records too
// (a wrong record that exists misleads clients). Names that must not resolve are always required.
bool isNotice(const CheckResult &r);
bool isProblem(const CheckResult &r);
// The requirement an admin reads: its plain-language name and id ("Internal automatic sign-in SRV
// (int-sipinternaltls)"), the rule title for an R-EXP id; the id alone when neither knows it.
QString requirementLabel(const QString &id);
// Problems first (unreachable, error, exposed, missing, mismatch, partial, extra), then ok.
int problemRank(CheckStatus s);

} // namespace lyncdns
