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
    QStringList values;     // A/AAAA addresses, CNAME target, or "priority weight port target"
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
    // Stops delivering answers for everything in flight.
    virtual void cancelAll() = 0;
    // Queries the resolver can have in flight at once.
    virtual int maxInFlight() const = 0;
    // How long a query may go unanswered before it counts as a timeout (the check reports it).
    virtual int timeoutSeconds() const = 0;

signals:
    void finished(int id, const lyncdns::DnsAnswer &answer);
};

QString outcomeName(DnsAnswer::Outcome outcome);

} // namespace lyncdns
