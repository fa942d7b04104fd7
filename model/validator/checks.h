#pragma once

// The validator's checks, one file per concept (validatePlan in validator.cpp runs them in order),
// and the finding sink they write to. Internal to model/validator/.

#include "model/dns/dnsrecord.h"
#include "model/plan/plan.h"
#include "model/rules/cloudrecords.h"
#include "model/rules/nameclaims.h"
#include "model/validator/finding.h"

#include <QList>
#include <QString>

namespace lyncdns {

// Collects findings and checks single fields (host names, addresses) on the way.
class FindingSink
{
public:
    void error(const char *rule, const QString &path, const QString &message);
    void warning(const char *rule, const QString &path, const QString &message);
    void info(const char *rule, const QString &path, const QString &message);

    // R-NAME1 for a host name; an empty value is reported (P-MISSING) only when the name is needed.
    void host(const QString &path, const QString &value, bool needed = true);
    void ipv4(const QString &path, const QString &value, bool needed = true);
    void ipv6(const QString &path, const QString &value);
    // R-EXP7: external DNS holds public addresses only.
    void publicAddress(const QString &path, const QString &value);
    // The FQDN and addresses of each server of a list at path ("….servers").
    void servers(const QList<Server> &servers, const QString &path);

    Findings take() { return std::move(m_findings); }

private:
    void add(Severity severity, const char *rule, const QString &path, const QString &message);
    Findings m_findings;
};

// movedToTeams() (model/rules/cloudrecords.h): the per-domain rules (R-SRV1, R-MOB1, R-URL1 and the
// catalogue's one-SRV-per-kind rule) do not apply to a SIP domain moved to Microsoft 365
// (plan-format.md v2 rule 12).
// The SIP domains whose per-domain records stay on premises, as indexes into plan.sipDomains.
QList<qsizetype> onPremisesDomains(const Plan &plan);

// estatechecks.cpp: sites, names that references use, references, GeoDNS, federation routes,
// pool pairing across sites, migration.
void checkEstate(const Plan &plan, FindingSink &out);
// poolchecks.cpp: each Front End, Director, Edge, Mediation and Persistent Chat pool, reverse proxy,
// Office Web Apps farm and Survivable Branch Appliance, field by field and in its own structure.
void checkPools(const Plan &plan, FindingSink &out);
// addresschecks.cpp: addresses across the servers of a pool (P-DUP-ADDRESS, R-LB8), Edge addresses
// (P-EDGE-IPV6, P-EDGE-SHARED-IP) and missing IPv6 addresses (R-IP1).
void checkAddresses(const Plan &plan, FindingSink &out);
// simpleurlchecks.cpp: the global and every site-scoped simple URL collection.
void checkSimpleUrls(const Plan &plan, FindingSink &out);
// namechecks.cpp: one role per name (the name claims), and what the planned records show.
// claims is nameClaims(plan), computed once for both (a big estate has tens of thousands).
void checkNames(const QList<NameClaim> &claims, FindingSink &out);
void checkPlannedRecords(const Plan &plan, const QList<NameClaim> &claims, const RecordSet &records,
                         FindingSink &out);
// hybridchecks.cpp: hybrid with Microsoft 365 (R-HYB1, R-HYB2, R-HYB3).
void checkHybrid(const Plan &plan, FindingSink &out);
// certificatechecks.cpp: names clients reach that the certificate wizards do not add (R-CERT1).
void checkCertificateNames(const Plan &plan, const RecordSet &records, FindingSink &out);

} // namespace lyncdns
