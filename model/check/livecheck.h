#pragma once

// The live check: probes each DNS server, then asks it for every planned record through a
// DnsResolver, a few queries at a time, and classifies the answers (checkclassifier.h).
// The probe is a planned question the server must answer itself (probeItem(), checkplan.h); any
// reply in time proves it alive and is that record's verdict too. A server that does not answer
// the probe is unreachable: its records are not queried, so N queries × timeout never add up; a
// timeout later on is re-probed, and a dead re-probe stops the rest. Identical queries are sent once.
// Several internal servers (one vantage point per site) each get every internal item: one result
// per item and server, each probed and failed on its own.
// A failing name that exists gets one more question (wantsOtherRecords(), checkclassifier.h): every
// type at once (ANY), or for a CNAME with a documented A alternative its A record, which every
// server answers; what comes back is added to the result before it settles.

#include "model/check/checkresult.h"
#include "model/check/dnsresolver.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace lyncdns {

class LiveCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveCheck)
public:
    explicit LiveCheck(DnsResolver *resolver, QObject *parent = nullptr);

    // Items of a location without a server are skipped; each internal item is checked on every
    // internal server (empty and repeated addresses are dropped), its results in the order the
    // servers were given. The timeout is the resolver's (for QtDnsResolver the process's): a check
    // never sets one.
    void start(const QList<CheckItem> &items, const QStringList &internalServers,
               const QString &externalServer);
    // One internal server (or none, when empty).
    void start(const QList<CheckItem> &items, const QString &internalServer, const QString &externalServer);
    // Checks these results again (indexes into report().results), probing their servers first.
    void recheck(const QList<int> &indexes);
    void cancel();
    bool isRunning() const { return m_running; }
    const CheckReport &report() const { return m_report; }

signals:
    void progress(int done, int total);
    void resultChanged(int index);
    void finished();

private:
    enum class Phase
    {
        Idle,
        Probing,
        Live,
        Suspect,
        Dead
    };
    struct Server
    {
        Location location = Location::Internal;
        QString address;
        Phase phase = Phase::Idle;
        int probeId = -1; // negative: probes and record queries never share an id
        bool probeSent = false;
        QString probeName;
        RecordType probeType = RecordType::A;
    };
    struct Query
    {
        int server = 0; // index into m_servers
        QString name;
        RecordType type = RecordType::A;
        bool all = false; // every type at the name (DnsResolver::lookupAll())
        bool sent = false;
        bool answered = false;
        DnsAnswer answer;
        QList<int> items;        // results waiting for this answer
        QList<int> srvWaiters;   // SRV results waiting for this target's A answer (R-SRV2)
        QList<int> otherWaiters; // results waiting for what else their name holds
    };

    void runItems(const QList<int> &indexes);
    void probe(int server);
    QString queryKey(int server, const QString &name, RecordType type, bool all = false) const;
    int queryFor(int server, const QString &name, RecordType type, bool all = false);
    void dispatch();
    void onAnswer(int id, const DnsAnswer &answer);
    void onProbeAnswer(int server, const DnsAnswer &answer);
    void onQueryAnswer(int queryId);
    void trySettleSrv(int index);
    // Settles the result, or first asks what else its name holds (wantsOtherRecords()).
    void settleOrAskOthers(int index, const CheckResult &result);
    void finishOthers(int index, const Query &others);
    void settle(int index, const CheckResult &result);
    void failServer(int server, const QString &detail);
    void maybeFinish();
    ServerInfo &serverInfo(int server); // the report's entry for m_servers[server]

    DnsResolver *m_resolver;
    CheckReport m_report;
    QList<Server> m_servers;        // the internal servers in the order given, then the external one
    QList<int> m_resultServers;     // per result: the index of its server in m_servers
    QHash<int, Query> m_queries;    // by id
    QHash<QString, int> m_queryIds; // "server|name|type" -> id, to send identical queries once
    QList<int> m_queue;             // query ids not yet sent
    QSet<int> m_inFlight;
    QHash<int, QList<int>> m_srvTargets; // SRV result index -> target query ids
    QHash<int, CheckResult>
        m_awaitingOthers; // result index -> its verdict, until its extra question is answered
    QSet<int> m_pendingResults;
    int m_nextId = 1;
    int m_total = 0;
    bool m_running = false;
};

} // namespace lyncdns
