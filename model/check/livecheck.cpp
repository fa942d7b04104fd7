#include "model/check/livecheck.h"

#include "model/check/checkclassifier.h"
#include "model/check/checkplan.h"
#include "model/check/fixtext.h"

#include <QCoreApplication>

namespace lyncdns {

LiveCheck::LiveCheck(DnsResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
    connect(m_resolver, &DnsResolver::finished, this, &LiveCheck::onAnswer);
    connect(m_resolver, &DnsResolver::slotFreed, this, [this] {
        if (m_running)
            dispatch();
    });
}

void LiveCheck::start(const QList<CheckItem> &items, const QString &internalServer,
                      const QString &externalServer)
{
    start(items, internalServer.isEmpty() ? QStringList() : QStringList{internalServer}, externalServer);
}

void LiveCheck::start(const QList<CheckItem> &items, const QStringList &internalServers,
                      const QString &externalServer)
{
    cancel();
    m_report = CheckReport();
    m_report.timeoutSeconds = m_resolver->timeoutSeconds();
    m_report.started = QDateTime::currentDateTime();
    m_servers.clear();
    m_resultServers.clear();
    QStringList internal;
    for (const QString &address : internalServers)
        if (!address.isEmpty() && !internal.contains(address))
            internal << address;
    for (const QString &address : std::as_const(internal)) {
        Server s;
        s.location = Location::Internal;
        s.address = address;
        m_servers << s;
        if (m_report.internalServer.address.isEmpty())
            m_report.internalServer.address = address;
        else
            m_report.otherInternalServers << ServerInfo{address, false, QString()};
    }
    if (!externalServer.isEmpty()) {
        Server s;
        s.location = Location::External;
        s.address = externalServer;
        m_servers << s;
        m_report.externalServer.address = externalServer;
    }
    for (Server &s : m_servers) {
        const int probe = probeItem(items, s.location);
        if (probe < 0)
            continue; // nothing to check there, so nothing to probe
        s.probeName = items.at(probe).name;
        s.probeType = items.at(probe).type;
    }
    QList<int> indexes;
    for (const CheckItem &item : items) {
        for (int server = 0; server < m_servers.size(); ++server) {
            if (m_servers.at(server).location != item.location)
                continue; // a location without a server is skipped
            CheckResult r;
            r.item = item;
            r.server = m_servers.at(server).address;
            r.detail = QCoreApplication::translate("LiveCheck", "not checked yet");
            indexes << int(m_report.results.size());
            m_report.results << r;
            m_resultServers << server;
        }
    }
    runItems(indexes);
}

ServerInfo &LiveCheck::serverInfo(int server)
{
    if (m_servers.at(server).location == Location::External)
        return m_report.externalServer;
    // The internal servers come first in m_servers, in the report's order.
    return server == 0 ? m_report.internalServer : m_report.otherInternalServers[server - 1];
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
    m_awaitingOthers.clear();
    m_pendingResults.clear();
    for (int index : indexes) {
        if (index < 0 || index >= m_report.results.size())
            continue;
        m_pendingResults.insert(index);
        const CheckItem &item = m_report.results.at(index).item;
        m_queries[queryFor(m_resultServers.at(index), item.name, item.type)].items << index;
    }
    m_total = int(m_pendingResults.size());
    emit progress(0, m_total);
    for (int server = 0; server < m_servers.size(); ++server) {
        bool needed = false;
        for (const Query &q : std::as_const(m_queries))
            needed = needed || q.server == server;
        if (needed)
            probe(server);
    }
    dispatch();
    maybeFinish();
}

void LiveCheck::probe(int server)
{
    Server &s = m_servers[server];
    s.phase = s.phase == Phase::Live ? Phase::Suspect : Phase::Probing;
    s.probeId = -m_nextId++;
    s.probeSent = false; // dispatch() sends it when a slot is free
}

QString LiveCheck::queryKey(int server, const QString &name, RecordType type, bool all) const
{
    return QString::number(server) + QLatin1Char('|') + name + QLatin1Char('|') +
           (all ? QStringLiteral("*") : recordTypeName(type));
}

int LiveCheck::queryFor(int server, const QString &name, RecordType type, bool all)
{
    const QString key = queryKey(server, name, type, all);
    const auto it = m_queryIds.constFind(key);
    if (it != m_queryIds.cend())
        return it.value();
    const int id = m_nextId++;
    Query q;
    q.server = server;
    q.name = name;
    q.type = type;
    q.all = all;
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
        const Server &s = m_servers.at(q.server);
        if (s.phase != Phase::Live) {
            ++i; // held until the server's probe says it is alive
            continue;
        }
        m_queue.removeAt(i);
        q.sent = true;
        m_inFlight.insert(id);
        if (q.all)
            m_resolver->lookupAll(id, s.address, q.name);
        else
            m_resolver->lookup(id, s.address, q.name, q.type);
    }
}

void LiveCheck::onAnswer(int id, const DnsAnswer &answer)
{
    if (!m_running)
        return;
    for (int server = 0; server < m_servers.size(); ++server) {
        if (m_servers.at(server).probeId == id) {
            onProbeAnswer(server, answer);
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
    // A timeout from a live server: hold its other queries and find out whether it went away.
    if (answer.outcome == DnsAnswer::Timeout && m_servers.at(q.server).phase == Phase::Live)
        probe(q.server);
    onQueryAnswer(id);
    dispatch();
    maybeFinish();
}

void LiveCheck::onProbeAnswer(int server, const DnsAnswer &answer)
{
    Server &s = m_servers[server];
    s.probeId = -1;
    if (answer.outcome == DnsAnswer::Cancelled)
        return;
    ServerInfo &info = serverInfo(server);
    // Any reply that arrived in time and matched the question, even NXDOMAIN, NODATA, REFUSED or
    // a broken one, proves the server alive; the resolver reports everything else as a timeout.
    if (answer.outcome != DnsAnswer::Timeout) {
        s.phase = Phase::Live;
        info.reachable = true;
        info.detail = QCoreApplication::translate("LiveCheck", "answered in %1 ms").arg(answer.elapsedMs);
        // The probe asked a planned question: its answer is that record's answer as well.
        const int id = m_queryIds.value(queryKey(server, s.probeName, s.probeType), -1);
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
    failServer(server, info.detail);
}

void LiveCheck::failServer(int server, const QString &detail)
{
    m_servers[server].phase = Phase::Dead;
    // Nothing more is sent to it; every result still waiting on it is unreachable.
    QList<int> unsent;
    for (auto it = m_queries.cbegin(); it != m_queries.cend(); ++it)
        if (it->server == server && !it->answered && !m_inFlight.contains(it.key()))
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
        if (m_resultServers.at(index) != server)
            continue;
        CheckResult r;
        r.item = m_report.results.at(index).item;
        r.status = CheckStatus::Unreachable;
        r.detail = detail;
        // Results still waiting on in-flight queries get the late answer's verdict instead.
        bool waitingInFlight = false;
        for (int id : std::as_const(m_inFlight))
            waitingInFlight = waitingInFlight || m_queries.value(id).items.contains(index) ||
                              m_queries.value(id).otherWaiters.contains(index);
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
                targets << queryFor(q.server, v.section(QLatin1Char(' '), 3, 3).toLower(), RecordType::A);
            for (int t : std::as_const(targets))
                m_queries[t].srvWaiters << index;
            m_srvTargets.insert(index, targets);
            trySettleSrv(index);
            continue;
        }
        CheckResult r = classify(item, q.answer);
        if (q.answer.outcome == DnsAnswer::Timeout && !q.answer.errorText.isEmpty())
            r.detail = q.answer.errorText;
        settleOrAskOthers(index, r);
    }
    for (int index : q.srvWaiters)
        trySettleSrv(index);
    for (int index : q.otherWaiters)
        finishOthers(index, q);
}

void LiveCheck::settleOrAskOthers(int index, const CheckResult &result)
{
    if (!m_pendingResults.contains(index) || m_awaitingOthers.contains(index))
        return;
    if (!wantsOtherRecords(result)) {
        settle(index, result);
        return;
    }
    m_awaitingOthers.insert(index, result);
    // One more question per name: its A record where an A is the documented alternative (every
    // server answers that, while some answer ANY minimally), else every type at once.
    const bool all = result.item.acceptedAsA.isEmpty();
    const int id = queryFor(m_resultServers.at(index), result.item.name, RecordType::A, all);
    Query &q = m_queries[id];
    q.otherWaiters << index;
    if (q.answered)
        finishOthers(index, q);
}

void LiveCheck::finishOthers(int index, const Query &others)
{
    const auto it = m_awaitingOthers.constFind(index);
    if (it == m_awaitingOthers.cend())
        return;
    CheckResult r = it.value();
    m_awaitingOthers.erase(it);
    QStringList records;
    if (others.answer.outcome == DnsAnswer::Answered) {
        if (others.all)
            records = others.answer.values;
        else if (!others.answer.cnameChain.isEmpty())
            records << QStringLiteral("CNAME ") + others.answer.cnameChain.constFirst();
        else
            for (const QString &v : others.answer.values)
                records << QStringLiteral("A ") + v;
    }
    // No answer, or none usable: the verdict stands as the first question gave it.
    if (!records.isEmpty())
        addOtherRecords(r, records);
    settle(index, r);
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
    const int srvQuery = m_queryIds.value(queryKey(m_resultServers.at(index), item.name, item.type));
    settleOrAskOthers(index, classify(item, m_queries.value(srvQuery).answer, cnameTargets));
}

void LiveCheck::settle(int index, const CheckResult &result)
{
    if (!m_pendingResults.remove(index))
        return;
    m_awaitingOthers.remove(index);
    const QString server = m_report.results.at(index).server;
    CheckResult &r = m_report.results[index];
    r = result;
    r.server = server; // classify() knows the answer, not who gave it
    // What to check about a server names it, and only now is it known.
    if (r.status == CheckStatus::Unreachable || r.status == CheckStatus::Error)
        r.fix = fixText(r);
    emit resultChanged(index);
    if (m_running) // a resultChanged slot may have cancelled the check
        emit progress(m_total - int(m_pendingResults.size()), m_total);
}

void LiveCheck::maybeFinish()
{
    if (!m_running || !m_pendingResults.isEmpty() || !m_inFlight.isEmpty())
        return;
    for (const Server &s : std::as_const(m_servers))
        if (s.probeId != -1)
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
        CheckResult &r = m_report.results[index];
        const auto known = m_awaitingOthers.constFind(index);
        if (known != m_awaitingOthers.cend()) {
            // Answered already; only the question about the rest of its name was cut short.
            const QString server = r.server;
            r = known.value();
            r.server = server;
            continue;
        }
        r.status = CheckStatus::Error;
        r.outcome = DnsAnswer::Cancelled;
        r.detail = QCoreApplication::translate("LiveCheck", "not checked: the check was cancelled");
        r.fix = fixText(r);
    }
    m_pendingResults.clear();
    m_awaitingOthers.clear();
    for (Server &s : m_servers)
        s.probeId = -1;
    m_report.cancelled = true;
    m_report.finished = QDateTime::currentDateTime();
    emit finished();
}

} // namespace lyncdns
