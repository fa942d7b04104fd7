#pragma once

// The certificates a plan implies (cli.md "Certificates", catalogue §3.6): one request per server
// role that needs one, each with the names a client checks on it. Every name a planned record makes
// a client reach over TLS is on the certificate of the server that answers it; the rest follows
// Microsoft's certificate tables, and docs/reference/certificates.md explains each choice.

#include "model/dns/dnsrecord.h"
#include "model/plan/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lyncdns {

// In cli.md's order; the keywords (frontend-default, ...) are in model/rules/keywords.cpp.
enum class CertificateRole
{
    FrontEndDefault,
    FrontEndWebInternal,
    FrontEndWebExternal,
    DirectorDefault,
    DirectorWebInternal,
    DirectorWebExternal,
    EdgeInternal,
    EdgeExternal,
    ReverseProxy,
    OfficeWebApps,
    Mediation,
    SurvivableBranch
};

// Who issues it: the organisation's own CA, or a public CA that clients on the Internet trust.
enum class CertificateIssuer
{
    Internal,
    Public
};

// A name clients reach on a certificate that the usual certificate wizards (the Deployment Wizard,
// Request-CsCertificate) do not add, so it has to be added to the request by hand; path is the plan
// field whose choice makes the name (the validator's R-CERT1 warning points there).
struct ManualName
{
    QString name;
    QString path;
    // A host-record fallback (sipinternal.<d>, sipexternal.<d>): clients reach it only when no SRV
    // record answers, so leaving it off is a lesser risk than a missing SRV target.
    bool fallback = false;
    bool operator==(const ManualName &o) const
    {
        return name == o.name && path == o.path && fallback == o.fallback;
    }
};

struct CertificateRequest
{
    CertificateRole role = CertificateRole::FrontEndDefault;
    QString site;      // the central site (a Survivable Branch Appliance: its branch's central site)
    QString pool;      // the pool FQDN; the Edge pool's internal FQDN; the proxy's name; the appliance FQDN
    QString server;    // the server of a per-server request (Front End, Director, Mediation); else empty
    QString subject;   // the common name of the subject; never a wildcard
    QStringList sans;  // DNS names, lower case, sorted, without duplicates; the subject is one of them
    QStringList usage; // extended key usages by keyword: "serverAuth"
    CertificateIssuer issuer = CertificateIssuer::Internal;
    bool exportableKey = false; // the same certificate and key go onto more than one server
    QStringList notes;          // sentences: choices, wildcard options, names a wizard does not add
    QList<ManualName> byHand;   // the SANs a wizard does not add, with the plan field behind each
};

// Every certificate of the plan, in the order of CertificateRole, and within a role in plan order
// (site, pool, server). A plan with errors gives what can be derived; the validator reports the rest.
QList<CertificateRequest> certificateRequests(const Plan &plan);
// The same, for a caller that has planned the records already (they must be planRecords(plan)).
QList<CertificateRequest> certificateRequests(const Plan &plan, const RecordSet &records);

// The names of certificateRequests() that a wizard does not add (their byHand), per certificate of a
// pool rather than per server, without deriving the rest: what the validator's R-CERT1 reads.
struct CertificateNamesByHand
{
    CertificateRole role = CertificateRole::FrontEndDefault;
    QString pool;
    QList<ManualName> names;
};
QList<CertificateNamesByHand> certificateNamesByHand(const Plan &plan, const RecordSet &records);

// For people: "Front End, Default", "Edge, external", "Reverse proxy" (translated).
QString certificateRoleTitle(CertificateRole role);

// The object identifier of an extended key usage keyword ("serverAuth" -> 1.3.6.1.5.5.7.3.1).
QString extendedKeyUsageOid(const QString &usage);

} // namespace lyncdns
