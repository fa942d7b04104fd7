#include "model/import/addressfill.h"

#include "model/dns/hostnames.h"
#include "model/rules/keywords.h"

#include <QHash>

#include <algorithm>

namespace lyncdns {

namespace {

// Collects the targets while walking the plan: an IPv4 value only when its path is a gap, and its
// IPv6 sibling with it when the plan plans IPv6 and holds none yet.
struct TargetWalk
{
    const Plan &plan;
    QSet<QString> gapPaths;
    QList<AddressTarget> targets;

    // A value pair (IPv4, IPv6) of one server; the accessors reach it in any copy of the plan.
    void addPair(const QString &path, const QString &fqdn, const QString &ipv4Key, const QString &ipv6Key,
                 const QString &currentIpv6, const std::function<QString &(Plan &)> &ipv4,
                 const std::function<QString &(Plan &)> &ipv6)
    {
        const QString ipv4Path = path + QLatin1Char('.') + ipv4Key;
        if (fqdn.isEmpty() || !gapPaths.contains(ipv4Path))
            return;
        targets.append(AddressTarget{ipv4Path, fqdn, RecordType::A, ipv4});
        if (plan.dns.ipv6 && currentIpv6.isEmpty())
            targets.append(AddressTarget{path + QLatin1Char('.') + ipv6Key, fqdn, RecordType::AAAA, ipv6});
    }

    void servers(const QString &path, const QList<Server> &current,
                 const std::function<QList<Server> &(Plan &)> &list)
    {
        for (qsizetype k = 0; k < current.size(); ++k) {
            const auto server = [list, k](Plan &p) -> Server & { return list(p)[k]; };
            addPair(
                QStringLiteral("%1.servers[%2]").arg(path).arg(k), current.at(k).fqdn, QStringLiteral("ipv4"),
                QStringLiteral("ipv6"), current.at(k).ipv6,
                [server](Plan &p) -> QString & { return server(p).ipv4; },
                [server](Plan &p) -> QString & { return server(p).ipv6; });
        }
    }
};

QString sitePath(qsizetype i, const char *list, qsizetype j)
{
    return QStringLiteral("sites[%1].%2[%3]").arg(i).arg(QLatin1String(list)).arg(j);
}

} // namespace

QList<AddressTarget> addressTargets(const Plan &plan, const QList<ImportGap> &gaps)
{
    TargetWalk walk{plan, {}, {}};
    for (const ImportGap &gap : gaps)
        walk.gapPaths.insert(gap.jsonPath);
    // Pools and farms by their member servers' own FQDNs; never the pool FQDN, a VIP's name.
    using PoolList = QList<Pool> Site::*;
    using ServerPoolList = QList<ServerPool> Site::*;
    for (qsizetype i = 0; i < plan.sites.size(); ++i) {
        const Site &site = plan.sites.at(i);
        for (const auto &pools : {std::pair{"frontEndPools", PoolList(&Site::frontEndPools)},
                                  std::pair{"directorPools", PoolList(&Site::directorPools)}}) {
            const PoolList member = pools.second;
            for (qsizetype j = 0; j < (site.*member).size(); ++j)
                walk.servers(
                    sitePath(i, pools.first, j), (site.*member).at(j).servers,
                    [i, j, member](Plan &p) -> QList<Server> & { return (p.sites[i].*member)[j].servers; });
        }
        // Office Web Apps: a farm of one is named after its server, so its internal address is that
        // server's; a farm name of its own is a load-balanced name, and only its members are asked.
        for (qsizetype j = 0; j < site.officeWebApps.size(); ++j) {
            const OfficeWebApps &o = site.officeWebApps.at(j);
            const QString path = sitePath(i, "officeWebApps", j);
            if (o.servers.isEmpty())
                walk.addPair(
                    path, o.internalFqdn, QStringLiteral("internalIpv4"), QStringLiteral("internalIpv6"),
                    o.internalIpv6,
                    [i, j](Plan &p) -> QString & { return p.sites[i].officeWebApps[j].internalIpv4; },
                    [i, j](Plan &p) -> QString & { return p.sites[i].officeWebApps[j].internalIpv6; });
            walk.servers(path, o.servers,
                         [i, j](Plan &p) -> QList<Server> & { return p.sites[i].officeWebApps[j].servers; });
        }
        for (const auto &pools :
             {std::pair{"persistentChatPools", ServerPoolList(&Site::persistentChatPools)},
              std::pair{"mediationPools", ServerPoolList(&Site::mediationPools)}}) {
            const ServerPoolList member = pools.second;
            for (qsizetype j = 0; j < (site.*member).size(); ++j)
                walk.servers(
                    sitePath(i, pools.first, j), (site.*member).at(j).servers,
                    [i, j, member](Plan &p) -> QList<Server> & { return (p.sites[i].*member)[j].servers; });
        }
    }
    for (qsizetype i = 0; i < plan.branchSites.size(); ++i) {
        const QList<Server> &appliances = plan.branchSites.at(i).survivableBranches;
        for (qsizetype k = 0; k < appliances.size(); ++k) {
            const auto server = [i, k](Plan &p) -> Server & {
                return p.branchSites[i].survivableBranches[k];
            };
            walk.addPair(
                QStringLiteral("branchSites[%1].survivableBranches[%2]").arg(i).arg(k), appliances.at(k).fqdn,
                QStringLiteral("ipv4"), QStringLiteral("ipv6"), appliances.at(k).ipv6,
                [server](Plan &p) -> QString & { return server(p).ipv4; },
                [server](Plan &p) -> QString & { return server(p).ipv6; });
        }
    }
    return walk.targets;
}

AddressFill::AddressFill(DnsResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
    connect(m_resolver, &DnsResolver::finished, this, &AddressFill::onAnswer);
    connect(m_resolver, &DnsResolver::slotFreed, this, [this] {
        if (m_running)
            dispatch();
    });
}

void AddressFill::start(const ImportResult &imported, const QString &server)
{
    if (m_running)
        m_resolver->cancelAll(); // our own earlier run: its answers must not count for this one
    m_server = server;
    m_result = imported;
    m_filled.clear();
    m_queries.clear();
    m_queryOf.clear();
    m_queue.clear();
    m_inFlight.clear();
    m_unreachable = false;
    m_unreachableDetail.clear();
    m_targets = imported.plan ? addressTargets(*imported.plan, imported.gaps) : QList<AddressTarget>();
    // One question per distinct name and type: a name listed twice is asked once.
    QHash<QString, int> ids;
    for (qsizetype t = 0; t < m_targets.size(); ++t) {
        const AddressTarget &target = m_targets.at(t);
        const QString key = recordTypeName(target.type) + QLatin1Char(' ') + target.fqdn;
        int id = ids.value(key, -1);
        if (id < 0) {
            id = int(m_queries.size());
            ids.insert(key, id);
            m_queries.append(Query{target.fqdn, target.type, false, {}});
            m_queue.append(id);
        }
        m_queryOf.append(id);
    }
    m_running = true;
    m_probing = !m_queue.isEmpty();
    if (m_queue.isEmpty()) {
        // Nothing to ask: finished() still comes from the event loop, as it would after answers.
        QMetaObject::invokeMethod(this, &AddressFill::complete, Qt::QueuedConnection);
        return;
    }
    dispatch();
}

void AddressFill::dispatch()
{
    // The probe goes out alone; the rest wait for its answer, so a dead server costs one time-out.
    const int limit = m_probing ? 1 : std::max(1, m_resolver->maxInFlight());
    while (!m_queue.isEmpty() && m_inFlight.size() < limit) {
        const int id = m_queue.takeFirst();
        m_inFlight.insert(id);
        m_resolver->lookup(id, m_server, m_queries.at(id).name, m_queries.at(id).type);
    }
}

void AddressFill::onAnswer(int id, const DnsAnswer &answer)
{
    if (!m_running || !m_inFlight.remove(id))
        return;
    Query &q = m_queries[id];
    q.answered = true;
    q.answer = answer;
    if (m_probing) {
        m_probing = false;
        if (answer.outcome == DnsAnswer::Timeout) {
            // Not one answer: nothing is known about any name, and asking the rest would only add
            // their time-outs (cli.md: exit 3, never "not found").
            m_unreachable = true;
            m_unreachableDetail =
                answer.errorText.isEmpty()
                    ? QStringLiteral("%1 did not answer within %2 s")
                          .arg(m_server)
                          .arg(m_resolver->timeoutSeconds())
                    : QStringLiteral("%1 did not answer: %2").arg(m_server, answer.errorText);
            m_queue.clear();
            complete();
            return;
        }
    }
    dispatch();
    if (m_queue.isEmpty() && m_inFlight.isEmpty())
        complete();
}

QString AddressFill::addressOf(const Query &q, const QString &server, QString *why)
{
    const QString type = recordTypeName(q.type);
    const DnsAnswer &a = q.answer;
    switch (a.outcome) {
    case DnsAnswer::Answered:
        break;
    case DnsAnswer::NoData:
        *why = QStringLiteral("%1 has no %2 record on %3").arg(q.name, type, server);
        return {};
    case DnsAnswer::NxDomain:
        *why = QStringLiteral("%1 does not exist on %2").arg(q.name, server);
        return {};
    case DnsAnswer::Timeout:
        *why = QStringLiteral("%1 %2: no answer from %3 in time").arg(q.name, type, server);
        return {};
    default:
        *why = QStringLiteral("%1 %2: %3 answered %4%5")
                   .arg(q.name, type, server, outcomeName(a.outcome),
                        a.errorText.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.errorText));
        return {};
    }
    // An alias may lead to a load balancer or another host: only a server's own record is its address.
    if (!a.cnameChain.isEmpty()) {
        *why = QStringLiteral("%1 is an alias (CNAME) of %2 on %3, not a server's own %4 record")
                   .arg(q.name, a.cnameChain.constLast(), server, type);
        return {};
    }
    QStringList addresses;
    for (const QString &value : a.values) {
        const bool valid = q.type == RecordType::A ? isValidIpv4(value) : isValidIpv6(value);
        const QString address = canonicalAddress(value);
        if (valid && !addresses.contains(address))
            addresses << address;
    }
    if (addresses.isEmpty()) {
        *why = QStringLiteral("%1 has no %2 record on %3").arg(q.name, type, server);
        return {};
    }
    // Several addresses: which one the pool uses is the admin's to say, not ours to guess.
    if (addresses.size() > 1) {
        std::sort(addresses.begin(), addresses.end());
        *why = QStringLiteral("%1 has %2 %3 records on %4 (%5): which one the server uses is yours to choose")
                   .arg(q.name)
                   .arg(addresses.size())
                   .arg(type, server, addresses.join(QStringLiteral(", ")));
        return {};
    }
    return addresses.constFirst();
}

void AddressFill::complete()
{
    if (!m_running)
        return;
    m_running = false;
    if (!m_unreachable && m_result.plan) {
        QSet<QString> filledPaths;
        for (qsizetype t = 0; t < m_targets.size(); ++t) {
            const AddressTarget &target = m_targets.at(t);
            const Query &query = m_queries.at(m_queryOf.at(t));
            QString why = QStringLiteral("not asked");
            const QString address = query.answered ? addressOf(query, m_server, &why) : QString();
            if (address.isEmpty()) {
                m_result.notes << QStringLiteral("--resolve: %1: not filled: %2").arg(target.jsonPath, why);
                continue;
            }
            target.value(*m_result.plan) = address;
            filledPaths.insert(target.jsonPath);
            m_filled.append(FilledAddress{target.jsonPath, target.fqdn, address});
        }
        m_result.gaps.removeIf(
            [&filledPaths](const ImportGap &g) { return filledPaths.contains(g.jsonPath); });
    }
    emit finished();
}

} // namespace lyncdns
