#pragma once

// Collects the planned records: writes A plus AAAA where asked, keeps the first of any duplicates,
// and keeps one role per name. A name belongs to the first owner that writes it in a view: a second
// owner's records are left out, never merged in (the validator reports the name as P-NAME-ROLES,
// R-CN1 or a more specific rule). Owners are the ones nameClaims() gives (model/rules/nameclaims.h).

#include "model/dns/dnsrecord.h"
#include "model/planner/planner.h"

#include <QHash>
#include <QSet>

namespace lyncdns {

class RecordBuilder
{
public:
    explicit RecordBuilder(const Plan &plan);

    // The central site the records written next belong to; empty for per-domain records.
    void setSite(const QString &site) { m_site = site; }

    void addHost(Location loc, const QString &owner, const QString &name, const AddressSet &addresses,
                 const char *requirement, bool required, const QString &reason);
    void addCname(Location loc, const QString &owner, const QString &name, const QString &target,
                  const char *requirement, bool required, const QString &reason);
    // SRV owner names carry underscores, which no host name of the plan can (R-NAME1): the SRV name
    // is its own owner.
    void addSrv(Location loc, const QString &name, int priority, int port, const QString &target,
                const char *requirement, bool required, const QString &reason);

    // The records written, sorted (cli.md) and without duplicates.
    RecordSet take();

private:
    void add(Location loc, const QString &owner, const QString &name, RecordType type, const QString &data,
             const char *requirement, bool required, const QString &reason);
    // R-NAME1 for an owner name or a target, remembered: an SRV name recurs once per pool.
    bool isValidName(const QString &name, RecordType type);

    const Plan &m_plan;
    QString m_site;
    QHash<QString, QString> m_internalOwners; // name -> the owner that holds it in the view
    QHash<QString, QString> m_externalOwners;
    QHash<QString, bool> m_validNames;
    QHash<QString, bool> m_validSrvNames;
    RecordSet m_records;
};

} // namespace lyncdns
