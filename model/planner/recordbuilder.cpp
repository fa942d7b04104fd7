#include "model/planner/recordbuilder.h"

#include "model/dns/hostnames.h"

namespace lyncdns {

namespace {

// An owner name or target the validator accepts (R-NAME1); an SRV owner's service and protocol
// labels (_sip._tls.) are the planner's own and are skipped.
bool isRecordName(const QString &name, RecordType type)
{
    QString host = name;
    if (type == RecordType::SRV)
        while (host.startsWith(QLatin1Char('_')))
            host = host.section(QLatin1Char('.'), 1);
    return hostNameProblem(host).isEmpty();
}

bool isValidData(RecordType type, const QString &data)
{
    switch (type) {
    case RecordType::A:
        return isValidIpv4(data);
    case RecordType::AAAA:
        return isValidIpv6(data);
    case RecordType::CNAME:
    case RecordType::SRV:
        break; // names: RecordBuilder::isValidName
    }
    return false;
}

} // namespace

bool RecordBuilder::isValidName(const QString &name, RecordType type)
{
    // An SRV owner may start with service labels, a host name may not: one cache per kind.
    QHash<QString, bool> &cache = type == RecordType::SRV ? m_validSrvNames : m_validNames;
    const auto known = cache.constFind(name);
    if (known != cache.cend())
        return known.value();
    const bool valid = isRecordName(name, type);
    cache.insert(name, valid);
    return valid;
}

RecordBuilder::RecordBuilder(const Plan &plan)
    : m_plan(plan)
{
}

void RecordBuilder::addHost(Location loc, const QString &owner, const QString &name,
                            const AddressSet &addresses, const char *requirement, bool required,
                            const QString &reason)
{
    for (const QString &a : addresses.ipv4)
        add(loc, owner, name, RecordType::A, a, requirement, required, reason);
    if (m_plan.dns.ipv6)
        for (const QString &a : addresses.ipv6)
            add(loc, owner, name, RecordType::AAAA, a, requirement, required, reason);
}

void RecordBuilder::addCname(Location loc, const QString &owner, const QString &name, const QString &target,
                             const char *requirement, bool required, const QString &reason)
{
    add(loc, owner, name, RecordType::CNAME, normalizedName(target), requirement, required, reason);
}

void RecordBuilder::addSrv(Location loc, const QString &name, int priority, int port, const QString &target,
                           const char *requirement, bool required, const QString &reason)
{
    add(loc, normalizedName(name), name, RecordType::SRV,
        QStringLiteral("%1 0 %2 %3").arg(priority).arg(port).arg(normalizedName(target)), requirement,
        required, reason);
}

void RecordBuilder::add(Location loc, const QString &owner, const QString &name, RecordType type,
                        const QString &data, const char *requirement, bool required, const QString &reason)
{
    const QString n = normalizedName(name);
    if (n.isEmpty() || data.isEmpty() || !isValidName(n, type))
        return; // an invalid field is reported by the validator, never planned as if it were real
    const bool validData = type == RecordType::CNAME ? isValidName(data, RecordType::A)
                           : type == RecordType::SRV
                               ? isValidName(data.section(QLatin1Char(' '), 3), RecordType::A)
                               : isValidData(type, data);
    if (!validData)
        return;
    QHash<QString, QString> &owners = loc == Location::Internal ? m_internalOwners : m_externalOwners;
    const auto held = owners.constFind(n);
    if (held == owners.cend())
        owners.insert(n, owner);
    else if (held.value() != owner)
        return;
    DnsRecord r;
    r.location = loc;
    r.name = n;
    r.type = type;
    r.data = data;
    r.ttl = m_plan.dns.ttl;
    r.requirement = QLatin1String(requirement);
    r.required = required;
    r.reason = reason;
    r.site = m_site;
    m_records.append(std::move(r));
}

RecordSet RecordBuilder::take()
{
    // Sorted as cli.md prescribes; of records with the same data the first written stays (the sort
    // is stable), with its reason.
    sortRecords(m_records);
    RecordSet out;
    out.reserve(m_records.size());
    for (DnsRecord &r : m_records)
        if (out.isEmpty() || !out.constLast().sameRecord(r))
            out.append(std::move(r));
    m_records.clear();
    return out;
}

} // namespace lyncdns
