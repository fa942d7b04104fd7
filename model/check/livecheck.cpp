#include "model/check/livecheck.h"

#include "model/check/checkclassifier.h"
#include "model/check/checkplan.h"

#include <QCoreApplication>

namespace lyncdns {

LiveCheck::LiveCheck(DnsResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
    connect(m_resolver, &DnsResolver::finished, this, &LiveCheck::onAnswer);
}

void LiveCheck::start(const QList<CheckItem> &items, const QString &internalServer,
                      const QString &externalServer)
{
    cancel();
    m_report = CheckReport();
    m_report.internalServer.address = internalServer;
    m_report.externalServer.address = externalServer;
    m_report.timeoutSeconds = m_resolver->timeoutSeconds();
    m_report.started = QDateTime::currentDateTime();
    m_servers = {};
    m_servers[0].address = internalServer;
    m_servers[1].address = externalServer;
    for (Location l : {Location::Internal, Location::External}) {
        const int probe = probeItem(items, l);
        if (probe < 0)
            continue; // nothing to check there, so nothing to probe
        server(l).probeName = items.at(probe).name;
        server(l).probeType = items.at(probe).type;
    }
    QList<int> indexes;
    for (const CheckItem &item : items) {
        if (server(item.location).address.isEmpty())
            continue; // skipped: no server given for this location
        CheckResult r;
        r.item = item;
        r.detail = QCoreApplication::translate("LiveCheck", "not checked yet");
        indexes << int(m_report.results.size());
        m_report.results << r;
    }
    runItems(indexes);
}

void LiveCheck::recheck(const QList<int> &indexes)
{
    if (m_running)
        return;
    m_report.cancelled = false;
    for (Server &s : m_servers)
        s.phase = Phase::Idle; // probe again: the server may have come back or gone away
    runItems(indexes);
}

void LiveCheck::runItems(const QList<int> &indexes)
{
    m_running = true;
    m_queries.clear();
    m_queryIds.clear();
    m_queue.clear();
    m_srvTargets.clear();
    m_pendingResults.clear();
    for (int index : indexes) {
        if (index < 0 || index >= m_report.results.size())
            continue;
        m_pendingResults.insert(index);
        const CheckItem &item = m_report.results.at(index).item;
        m_queries[queryFor(item.location, item.name, item.type)].items << index;
    }
    m_total = int(m_pendingResults.size());
    emit progress(0, m_total);
    for (Location l : {Location::Internal, Location::External}) {
        bool needed = false;
        for (const Query &q : std::as_const(m_queries))
            needed = needed || q.location == l;
        if (needed)
            probe(l);
    }
    dispatch();
    maybeFinish();
}

void LiveCheck::probe(Location location)
{
    Server &s = server(location);
    s.phase = s.phase == Phase::Live ? Phase::Suspect : Phase::Probing;
    s.probeId = -m_nextId++;
    s.probeSent = false; // dispatch() sends it when a slot is free
}

int LiveCheck::queryFor(Location location, const QString &name, RecordType type)
{
    const QString key =
        locationName(location) + QLatin1Char('|') + name + QLatin1Char('|') + recordTypeName(type);
    const auto it = m_queryIds.constFind(key);
    if (it != m_queryIds.cend())
        return it.value();
    const int id = m_nextId++;
    Query q;
    q.location = location;
    q.name = name;
    q.type = type;
    m_queries.insert(id, q);
    m_queryIds.insert(key, id);
    m_queue << id;
    return id;
}

void LiveCheck::dispatch()
{
    // Probes go first and share the resolver's slots with the queries.
    int probesInFlight = 0;
    for (Server &s : m_servers) {
        if (s.probeId != -1 && !s.probeSent &&
            m_inFlight.size() + probesInFlight < m_resolver->maxInFlight()) {
            s.probeSent = true;
            m_resolver->lookup(s.probeId, s.address, s.probeName, s.probeType);
        }
        probesInFlight += s.probeId != -1 && s.probeSent ? 1 : 0;
    }
    const int freeSlots = m_resolver->maxInFlight() - probesInFlight;
    for (int i = 0; i < m_queue.size() && m_inFlight.size() < freeSlots;) {
        const int id = m_queue.at(i);
        Query &q = m_queries[id];
        const Server &s = server(q.location);
        if (s.phase != Phase::Live) {
            ++i; // held until the server's probe says it is alive
            continue;
        }
        m_queue.removeAt(i);
        q.sent = true;
        m_inFlight.insert(id);
        m_resolver->lookup(id, s.address, q.name, q.type);
    }
}

void LiveCheck::onAnswer(int id, const DnsAnswer &answer)
{
    if (!m_running)
        return;
    for (Location l : {Location::Internal, Location::External}) {
        if (server(l).probeId == id) {
            onProbeAnswer(l, answer);
            dispatch();
            maybeFinish();
            return;
        }
    }
    if (!m_inFlight.remove(id))
        return;
    Query &q = m_queries[id];
    q.answered = true;
    q.answer = answer;
    const Server &s = server(q.location);
    // A timeout from a live server: hold its other queries and find out whether it went away.
    if (answer.outcome == DnsAnswer::Timeout && s.phase == Phase::Live)
        probe(q.location);
    onQueryAnswer(id);
    dispatch();
    maybeFinish();
}

void LiveCheck::onProbeAnswer(Location location, const DnsAnswer &answer)
{
    Server &s = server(location);
    s.probeId = -1;
    if (answer.outcome == DnsAnswer::Cancelled)
        return;
    ServerInfo &info = location == Location::Internal ? m_report.internalServer : m_report.externalServer;
    // Any reply that arrived in time and matched the question, even NXDOMAIN, NODATA, REFUSED or
    // a broken one, proves the server alive; the resolver reports everything else as a timeout.
    if (answer.outcome != DnsAnswer::Timeout) {
        s.phase = Phase::Live;
        info.reachable = true;
        info.detail = QCoreApplication::translate("LiveCheck", "answered in %1 ms").arg(answer.elapsedMs);
        // The probe asked a planned question: its answer is that record's answer as well.
        const int id = m_queryIds.value(locationName(location) + QLatin1Char('|') + s.probeName +
                                            QLatin1Char('|') + recordTypeName(s.probeType),
                                        -1);
        if (id != -1 && !m_queries.value(id).sent && !m_queries.value(id).answered) {
            m_queue.removeAll(id);
            Query &q = m_queries[id];
            q.sent = true;
            q.answered = true;
            q.answer = answer;
            onQueryAnswer(id);
        }
        return;
    }
    const QString why =
        answer.errorText.isEmpty()
            ? QCoreApplication::translate("LiveCheck", "no answer within %1 s").arg(m_report.timeoutSeconds)
            : answer.errorText;
    info.reachable = false;
    info.detail = QCoreApplication::translate("LiveCheck", "%1 is unreachable: %2").arg(s.address, why);
    failServer(location, info.detail);
}

void LiveCheck::failServer(Location location, const QString &detail)
{
    server(location).phase = Phase::Dead;
    // Nothing more is sent to it; every result still waiting on it is unreachable.
    QList<int> unsent;
    for (auto it = m_queries.cbegin(); it != m_queries.cend(); ++it)
        if (it->location == location && !it->answered && !m_inFlight.contains(it.key()))
            unsent << it.key();
    for (int id : std::as_const(unsent)) {
        m_queue.removeAll(id);
        Query &q = m_queries[id];
        q.answered = true;
        q.answer.outcome = DnsAnswer::Timeout;
        q.answer.errorText = detail;
        onQueryAnswer(id);
    }
    for (int index : QSet<int>(m_pendingResults)) {
        if (m_report.results.at(index).item.location != location)
            continue;
        CheckResult r;
        r.item = m_report.results.at(index).item;
        r.status = CheckStatus::Unreachable;
        r.detail = detail;
        // Results still waiting on in-flight queries get the late answer's verdict instead.
        bool waitingInFlight = false;
        for (int id : std::as_const(m_inFlight))
            waitingInFlight = waitingInFlight || m_queries.value(id).items.contains(index);
        if (!waitingInFlight)
            settle(index, r);
    }
}

void LiveCheck::onQueryAnswer(int queryId)
{
    const Query q = m_queries.value(queryId);
    for (int index : q.items) {
        const CheckItem &item = m_report.results.at(index).item;
        if (item.type == RecordType::SRV && q.answer.outcome == DnsAnswer::Answered && !item.mustNotResolve) {
            // R-SRV2: ask for each target's A record to see whether it is a CNAME.
            QList<int> targets;
            for (const QString &v : q.answer.values)
                targets << queryFor(item.location, v.section(QLatin1Char(' '), 3, 3).toLower(),
                                    RecordType::A);
            for (int t : std::as_const(targets))
                m_queries[t].srvWaiters << index;
            m_srvTargets.insert(index, targets);
            trySettleSrv(index);
            continue;
        }
        CheckResult r = classify(item, q.answer);
        if (q.answer.outcome == DnsAnswer::Timeout && !q.answer.errorText.isEmpty())
            r.detail = q.answer.errorText;
        settle(index, r);
    }
    for (int index : q.srvWaiters)
        trySettleSrv(index);
}

void LiveCheck::trySettleSrv(int index)
{
    if (!m_pendingResults.contains(index))
        return;
    QSet<QString> cnameTargets;
    for (int t : m_srvTargets.value(index)) {
        const Query &target = m_queries[t];
        if (!target.answered)
            return;
        if (target.answer.outcome == DnsAnswer::Answered && !target.answer.cnameChain.isEmpty())
            cnameTargets.insert(target.name);
    }
    const CheckItem &item = m_report.results.at(index).item;
    const int srvQuery = m_queryIds.value(locationName(item.location) + QLatin1Char('|') + item.name +
                                          QLatin1Char('|') + recordTypeName(item.type));
    settle(index, classify(item, m_queries.value(srvQuery).answer, cnameTargets));
}

void LiveCheck::settle(int index, const CheckResult &result)
{
    if (!m_pendingResults.remove(index))
        return;
    m_report.results[index] = result;
    emit resultChanged(index);
    if (m_running) // a resultChanged slot may have cancelled the check
        emit progress(m_total - int(m_pendingResults.size()), m_total);
}

void LiveCheck::maybeFinish()
{
    if (!m_running || !m_pendingResults.isEmpty() || !m_inFlight.isEmpty())
        return;
    for (Location l : {Location::Internal, Location::External})
        if (server(l).probeId != -1)
            return;
    m_running = false;
    m_report.finished = QDateTime::currentDateTime();
    emit finished();
}

void LiveCheck::cancel()
{
    if (!m_running)
        return;
    m_resolver->cancelAll();
    m_running = false;
    m_inFlight.clear();
    m_queue.clear();
    for (int index : std::as_const(m_pendingResults)) {
        m_report.results[index].status = CheckStatus::Error;
        m_report.results[index].detail =
            QCoreApplication::translate("LiveCheck", "not checked: the check was cancelled");
    }
    m_pendingResults.clear();
    for (Server &s : m_servers)
        s.probeId = -1;
    m_report.cancelled = true;
    m_report.finished = QDateTime::currentDateTime();
    emit finished();
}

} // namespace lyncdns
