#pragma once

// A scripted DnsResolver for the live check's tests: answers per (server, name, type) after a
// short QTimer delay, or in manual mode only when the test releases them; records every lookup it
// receives, and plays servers that are dead (timeout for everything, probes included) or die in the
// middle of a run. Probes are planned questions too: they get the scripted answers.
// A plain subclass with no signals or slots of its own, so it needs no moc.

#include "model/check/dnsresolver.h"

#include <QHash>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <optional>

namespace lyncdns::test {

class FakeResolver final : public DnsResolver
{
public:
    struct Lookup
    {
        int id = 0;
        QString server;
        QString name;
        RecordType type = RecordType::A;
        bool all = false;    // lookupAll(): every type at the name
        int sentSeq = 0;     // position in the event sequence when it was sent
        int answeredSeq = 0; // when its answer was delivered; 0 = never (in flight or cancelled)
        DnsAnswer::Outcome outcome = DnsAnswer::Cancelled;
        bool afterDeath = false;                // answered by a server that had died already
        bool isProbe() const { return id < 0; } // LiveCheck gives probes negative ids
    };

    using DnsResolver::DnsResolver;

    // Answers with these values (an A/AAAA through a CNAME chain when chain is given).
    void setAnswer(const QString &server, const QString &name, RecordType type, const QStringList &values,
                   const QStringList &chain = {})
    {
        DnsAnswer a;
        a.outcome = DnsAnswer::Answered;
        a.values = values;
        a.cnameChain = chain;
        m_answers.insert(key(server, name, type), a);
    }
    // What lookupAll() of the name answers: every record there as "TYPE data".
    void setEverything(const QString &server, const QString &name, const QStringList &records)
    {
        DnsAnswer a;
        a.outcome = records.isEmpty() ? DnsAnswer::NoData : DnsAnswer::Answered;
        a.values = records;
        m_answers.insert(key(server, name, std::nullopt), a);
    }
    // Answers with a bare outcome (NxDomain, NoData, ServerFailure, Timeout…) and its text.
    void setOutcome(const QString &server, const QString &name, RecordType type, DnsAnswer::Outcome outcome,
                    const QString &errorText = {})
    {
        DnsAnswer a;
        a.outcome = outcome;
        a.errorText = errorText;
        m_answers.insert(key(server, name, type), a);
    }
    // What unscripted names get from a live server (NXDOMAIN unless told otherwise).
    void setUnscripted(const QString &server, DnsAnswer::Outcome outcome)
    {
        m_unscripted.insert(server, outcome);
    }
    // A wildcard record *.domain: unscripted names under domain answer type with these values.
    void setWildcard(const QString &server, const QString &domain, RecordType type, const QStringList &values)
    {
        DnsAnswer a;
        a.outcome = DnsAnswer::Answered;
        a.values = values;
        m_wildcards.insert(key(server, domain, type), a);
    }
    void setDelay(const QString &server, int ms) { m_delays.insert(server, ms); }
    void setProbeDelay(const QString &server, int ms) { m_probeDelays.insert(server, ms); }
    // The delay is also the answer's elapsedMs, in manual mode too.
    void setDefaultDelay(int ms) { m_defaultDelay = ms; }
    // How long a Timeout takes to arrive.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxInFlight(int n) { m_maxInFlight = n; }
    // What timeoutSeconds() reports (the check puts it into its report).
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    // Manual mode: answers are held until release() or releaseAll(), so the test, not a timer,
    // decides what arrives when. Set it before the check starts.
    void setManual(bool on) { m_manual = on; }
    // Delivers the held answers of the lookups `which` accepts, in the order they were sent (one
    // cancelled on the way is dropped); returns how many it delivered. Lookups the answers cause
    // stay held.
    int release(const std::function<bool(const Lookup &)> &which)
    {
        QList<int> indexes;
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            if (which(m_lookups.at(it.key())))
                indexes << it.key();
        std::sort(indexes.begin(), indexes.end());
        int delivered = 0;
        for (int index : indexes)
            delivered += deliver(index) ? 1 : 0;
        return delivered;
    }
    // Delivers every held answer, and those of the lookups they cause, until nothing is held.
    int releaseAll()
    {
        int delivered = 0;
        for (int n = release([](const Lookup &) { return true; }); n > 0;
             n = release([](const Lookup &) { return true; }))
            delivered += n;
        return delivered;
    }
    // The server answers its first `afterLookups` lookups (probes included) as scripted, then every
    // further one with `how`: Timeout after the timeout (dead).
    void killServer(const QString &server, DnsAnswer::Outcome how = DnsAnswer::Timeout, int afterLookups = 0)
    {
        m_deaths.insert(server, Death{how, afterLookups});
    }
    // The server is back: it answers as scripted again.
    void reviveServer(const QString &server) { m_deaths.remove(server); }

    void lookup(int id, const QString &server, const QString &name, RecordType type) override
    {
        send(id, server, name, type);
    }
    void lookupAll(int id, const QString &server, const QString &name) override
    {
        send(id, server, name, std::nullopt);
    }

    void send(int id, const QString &server, const QString &name, std::optional<RecordType> type)
    {
        Lookup l;
        l.id = id;
        l.server = server;
        l.name = name;
        l.type = type.value_or(RecordType::A);
        l.all = !type;
        l.sentSeq = ++m_seq;
        const int received = int(std::count_if(m_lookups.cbegin(), m_lookups.cend(),
                                               [&server](const Lookup &o) { return o.server == server; }));
        m_lookups << l;
        const int index = int(m_lookups.size()) - 1;

        DnsAnswer a;
        int delay = m_delays.value(server, m_defaultDelay);
        if (l.isProbe() && m_probeDelays.contains(server))
            delay = m_probeDelays.value(server);
        const auto death = m_deaths.constFind(server);
        if (death != m_deaths.cend() && received >= death->afterLookups) {
            a.outcome = death->how;
            m_lookups[index].afterDeath = true;
            delay = death->how == DnsAnswer::Timeout ? m_timeoutMs : 0;
        } else if (!type && !m_answers.contains(key(server, name, type))) {
            a.outcome = DnsAnswer::NoData; // nothing scripted for this name: it holds nothing more
        } else if (m_answers.contains(key(server, name, type))) {
            a = m_answers.value(key(server, name, type));
            if (a.outcome == DnsAnswer::Timeout)
                delay = m_timeoutMs;
        } else if (const QString parent = name.section(QLatin1Char('.'), 1);
                   type && m_wildcards.contains(key(server, parent, type))) {
            a = m_wildcards.value(key(server, parent, type));
        } else {
            a.outcome = m_unscripted.value(server, DnsAnswer::NxDomain);
            if (a.outcome == DnsAnswer::Timeout)
                delay = m_timeoutMs;
        }
        a.elapsedMs = delay;
        m_pending.insert(index, a);
        m_maxSeenInFlight = std::max(m_maxSeenInFlight, int(m_pending.size()));
        if (!m_manual)
            QTimer::singleShot(delay, this, [this, index] { deliver(index); });
    }

    void cancelAll() override
    {
        ++m_cancelAllCalls;
        m_pending.clear();
    }
    int maxInFlight() const override { return m_maxInFlight; }
    int timeoutSeconds() const override { return m_timeoutSeconds; }

    const QList<Lookup> &lookups() const { return m_lookups; }
    QList<Lookup> lookupsTo(const QString &server) const
    {
        QList<Lookup> out;
        for (const Lookup &l : m_lookups)
            if (l.server == server)
                out << l;
        return out;
    }
    int count(const QString &server, const QString &name, RecordType type) const
    {
        return int(std::count_if(m_lookups.cbegin(), m_lookups.cend(), [&](const Lookup &l) {
            return l.server == server && l.name == name && l.type == type && !l.all;
        }));
    }
    int countAll(const QString &server, const QString &name) const
    {
        return int(std::count_if(m_lookups.cbegin(), m_lookups.cend(), [&](const Lookup &l) {
            return l.server == server && l.name == name && l.all;
        }));
    }
    int inFlight() const { return int(m_pending.size()); }
    int maxSeenInFlight() const { return m_maxSeenInFlight; }
    int cancelAllCalls() const { return m_cancelAllCalls; }
    int sequence() const { return m_seq; }

private:
    struct Death
    {
        DnsAnswer::Outcome how = DnsAnswer::Timeout;
        int afterLookups = 0;
    };

    static QString key(const QString &server, const QString &name, std::optional<RecordType> type)
    {
        return server + QLatin1Char('|') + name + QLatin1Char('|') +
               (type ? recordTypeName(*type) : QStringLiteral("*"));
    }

    bool deliver(int index)
    {
        if (!m_pending.contains(index))
            return false; // cancelled
        const DnsAnswer a = m_pending.take(index);
        m_lookups[index].answeredSeq = ++m_seq;
        m_lookups[index].outcome = a.outcome;
        emit finished(m_lookups.at(index).id, a);
        return true;
    }

    QHash<QString, DnsAnswer> m_answers;
    QHash<QString, DnsAnswer::Outcome> m_unscripted;
    QHash<QString, DnsAnswer> m_wildcards; // key(server, parent domain, type)
    QHash<QString, int> m_delays;
    QHash<QString, int> m_probeDelays;
    QHash<QString, Death> m_deaths;
    QHash<int, DnsAnswer> m_pending; // index into m_lookups -> answer still to deliver
    QList<Lookup> m_lookups;
    int m_defaultDelay = 2;
    int m_timeoutMs = 40;
    int m_maxInFlight = 5;
    int m_timeoutSeconds = 2;
    bool m_manual = false;
    int m_maxSeenInFlight = 0;
    int m_cancelAllCalls = 0;
    int m_seq = 0;
};

} // namespace lyncdns::test
