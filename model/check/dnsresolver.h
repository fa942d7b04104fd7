#pragma once

// The small interface the live check talks to: one query to one server, answered once.
// QtDnsResolver implements it with QDnsLookup; tests use a fake.

#include "model/dns/dnsrecord.h"

#include <QObject>
#include <QStringList>

namespace lyncdns {

struct DnsAnswer
{
    enum Outcome
    {
        Answered,      // NOERROR with data of the asked type (after following CNAMEs)
        NoData,        // NOERROR but no data of that type
        NxDomain,      // the name does not exist
        Timeout,       // no answer in time (or nothing listening)
        ServerFailure, // SERVFAIL
        Refused,       // REFUSED
        Malformed,     // FORMERR, bad reply
        Cancelled,
    };
    Outcome outcome = NoData;
    QStringList cnameChain; // CNAME targets followed from the queried name, in order
    // A/AAAA addresses, CNAME target, or "priority weight port target"; for lookupAll() every record
    // owned by the name as "TYPE data" ("A 131.107.155.40", "TXT \"v=spf1 -all\"").
    QStringList values;
    qint64 elapsedMs = 0;
    QString errorText;
};

class DnsResolver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Sends one query; finished(id, …) follows exactly once unless cancelAll() came first.
    virtual void lookup(int id, const QString &server, const QString &name, RecordType type) = 0;
    // Asks for every type at the name at once (ANY), to show what a failing name holds instead;
    // finished(id, …) follows exactly once unless cancelAll() came first. A server may answer ANY
    // minimally (RFC 8482) or not at all: what comes back is shown, never judged. The default
    // answers that this resolver cannot ask (Malformed), so the result stands as it was.
    virtual void lookupAll(int id, const QString &server, const QString &name);
    // Stops delivering answers for everything in flight.
    virtual void cancelAll() = 0;
    // Queries the resolver can have in flight at once; it may grow while they run (slotFreed()).
    virtual int maxInFlight() const = 0;
    // How long a query may go unanswered before it counts as a timeout (the check reports it).
    virtual int timeoutSeconds() const = 0;

signals:
    void finished(int id, const lyncdns::DnsAnswer &answer);
    // maxInFlight() grew before any finished(): a query left the scarce slot early; send more.
    void slotFreed();
};

QString outcomeName(DnsAnswer::Outcome outcome);

} // namespace lyncdns
