#pragma once

// `lyncdns import --resolve SERVER` (docs/reference/import.md, "Filling server addresses from
// DNS"): the server addresses an imported plan lacks, asked of one DNS server through the live
// check's DnsResolver. Only a server's own address is filled (Front End, Director, Mediation,
// Persistent Chat, Office Web Apps and appliance servers): never a VIP, a load-balanced name or an
// Edge address, which a server FQDN's A record does not tell. A name with exactly one address is
// filled; several addresses, an alias (CNAME), no record or a failed answer leave the gap, with a
// note saying why. The first question probes the server: when it gets no answer at all, nothing
// else is asked and the server is unreachable (exit 3); a later time-out leaves only that gap.

#include "model/check/dnsresolver.h"
#include "model/import/importresult.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace lyncdns {

// One value the DNS server filled in.
struct FilledAddress
{
    QString jsonPath; // e.g. sites[0].frontEndPools[0].servers[0].ipv4
    QString fqdn;     // the name asked
    QString address;
    bool operator==(const FilledAddress &o) const
    {
        return jsonPath == o.jsonPath && fqdn == o.fqdn && address == o.address;
    }
};

// A plan value the DNS server may fill: the server FQDN to ask, the record type, the JSON path of
// the value and where it sits in the plan.
struct AddressTarget
{
    QString jsonPath;
    QString fqdn;
    RecordType type = RecordType::A;
    std::function<QString &(Plan &)> value;
};

// The values of the plan that --resolve asks for: each server address whose IPv4 path is a gap
// (A), and with dns.ipv6 on the same server's empty IPv6 address (AAAA); in plan order.
QList<AddressTarget> addressTargets(const Plan &plan, const QList<ImportGap> &gaps);

class AddressFill final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressFill)
public:
    // The resolver is this fill's own: its answers are matched by query id.
    explicit AddressFill(DnsResolver *resolver, QObject *parent = nullptr);

    // Asks server for every target of imported (which must hold a plan); finished() follows
    // exactly once, also when there is nothing to ask.
    void start(const ImportResult &imported, const QString &server);

    // The import with the filled values in its plan, their gaps removed and a note for each value
    // asked but not filled; as imported while the server is unreachable.
    const ImportResult &result() const { return m_result; }
    // What was filled, in plan order.
    const QList<FilledAddress> &filled() const { return m_filled; }
    bool serverUnreachable() const { return m_unreachable; }
    // Why the server counts as unreachable ("127.0.59.9 did not answer: nothing listening on port 53").
    const QString &unreachableDetail() const { return m_unreachableDetail; }

signals:
    void finished();

private:
    struct Query
    {
        QString name;
        RecordType type = RecordType::A;
        bool answered = false;
        DnsAnswer answer;
    };

    void dispatch();
    void onAnswer(int id, const DnsAnswer &answer);
    void complete();
    // The single address an answer gives a target, else empty with *why set.
    static QString addressOf(const Query &q, const QString &server, QString *why);

    DnsResolver *m_resolver;
    QString m_server;
    ImportResult m_result;
    QList<AddressTarget> m_targets;
    QList<Query> m_queries; // one per distinct name and type; id = index
    QList<int> m_queryOf;   // per target: the id of the query that answers it
    QList<int> m_queue;     // ids not yet sent; the first is the probe
    QSet<int> m_inFlight;
    bool m_probing = false; // the first query is out alone: the server's answer proves it alive
    bool m_running = false;
    bool m_unreachable = false;
    QString m_unreachableDetail;
    QList<FilledAddress> m_filled;
};

} // namespace lyncdns
