#include "model/check/tlsendpoints.h"

#include "model/dns/hostnames.h"
#include "model/plan/estate.h"
#include "model/planner/planner.h"
#include "model/rules/keywords.h"

#include <QSet>

#include <optional>

namespace lyncdns {

namespace {

// The names a client can connect to: owners of planned address and alias records, per location.
QSet<QString> hostNames(const RecordSet &records, Location location)
{
    QSet<QString> names;
    for (const DnsRecord &r : records)
        if (r.location == location &&
            (r.type == RecordType::A || r.type == RecordType::AAAA || r.type == RecordType::CNAME))
            names.insert(normalizedName(r.name));
    return names;
}

// The names every request of a role and pool shares. Front End, Director and Mediation requests
// are per server (each adds its own FQDN); behind the pool name any server may answer, so only
// the names on all of them are the endpoint's.
QStringList sharedNames(const QList<CertificateRequest> &requests, CertificateRole role, const QString &pool)
{
    std::optional<QSet<QString>> shared;
    for (const CertificateRequest &r : requests) {
        if (r.role != role || r.pool != pool)
            continue;
        const QSet<QString> names(r.sans.cbegin(), r.sans.cend());
        if (shared)
            shared->intersect(names);
        else
            shared = names;
    }
    QStringList names = shared ? QStringList(shared->cbegin(), shared->cend()) : QStringList();
    names.sort();
    return names;
}

class Builder
{
public:
    explicit Builder(const RecordSet &records)
        : m_internal(hostNames(records, Location::Internal))
        , m_external(hostNames(records, Location::External))
    {
    }
    void add(Location location, const QString &host, quint16 port, CertificateRole role,
             const QStringList &names)
    {
        const QString h = normalizedName(host);
        if (h.isEmpty() || names.isEmpty() ||
            !(location == Location::Internal ? m_internal : m_external).contains(h))
            return;
        const QString key = QStringLiteral("%1|%2|%3").arg(keyword(location), h).arg(port);
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_endpoints.append({location, h, port, role, names});
    }
    QList<TlsEndpoint> endpoints() const { return m_endpoints; }

private:
    QSet<QString> m_internal;
    QSet<QString> m_external;
    QSet<QString> m_seen;
    QList<TlsEndpoint> m_endpoints;
};

} // namespace

QList<TlsEndpoint> tlsEndpoints(const Plan &plan, const RecordSet &records)
{
    const QList<CertificateRequest> requests = certificateRequests(plan, records);
    Builder b(records);
    const QList<PoolRef> pools = frontEndPools(plan) + directorPools(plan);
    const auto defaultRole = [](const PoolRef &p) {
        return p.kind == PoolKind::Director ? CertificateRole::DirectorDefault
                                            : CertificateRole::FrontEndDefault;
    };
    const auto webRole = [](const PoolRef &p) {
        return p.kind == PoolKind::Director ? CertificateRole::DirectorWebInternal
                                            : CertificateRole::FrontEndWebInternal;
    };
    // SIP over TLS: clients and servers reach a pool on 5061 under its FQDN (and the sign-in names
    // that point at it, which its Default certificate carries and this endpoint checks).
    for (const PoolRef &p : pools) {
        const QString fqdn = normalizedName(p.pool->fqdn);
        b.add(Location::Internal, fqdn, 5061, defaultRole(p), sharedNames(requests, defaultRole(p), fqdn));
    }
    // Web services: internal clients reach the internal web FQDN on 443. The external web FQDN is
    // the reverse proxy's to answer (below): the pool's own external listener (4443) sits behind it.
    for (const PoolRef &p : pools) {
        const QString fqdn = normalizedName(p.pool->fqdn);
        b.add(Location::Internal, internalWebFqdn(*p.pool), 443, webRole(p),
              sharedNames(requests, webRole(p), fqdn));
    }
    for (const CertificateRequest &r : requests)
        if (r.role == CertificateRole::OfficeWebApps)
            b.add(Location::Internal, r.pool, 443, r.role, r.sans);
    // The Access Edge: remote users sign in on 443, federated partners connect on 5061.
    for (const CertificateRequest &r : requests) {
        if (r.role != CertificateRole::EdgeExternal)
            continue;
        const EdgeRef edge = findEdgePool(plan, r.pool);
        if (!edge)
            continue;
        for (const quint16 port : {quint16(443), quint16(5061)})
            b.add(Location::External, effectiveAccessFqdn(plan, *edge.edge), port, r.role, r.sans);
    }
    // The reverse proxy answers every name it publishes with its one certificate; each name is
    // probed with its own SNI (it may resolve to another listener).
    for (const CertificateRequest &r : requests)
        if (r.role == CertificateRole::ReverseProxy)
            for (const QString &host : r.sans)
                b.add(Location::External, host, 443, r.role, r.sans);
    return b.endpoints();
}

QList<TlsEndpoint> tlsEndpoints(const Plan &plan)
{
    return tlsEndpoints(plan, planRecords(plan));
}

} // namespace lyncdns
