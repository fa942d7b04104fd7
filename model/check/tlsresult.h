#pragma once

// What the live TLS check found at one endpoint (cli.md "Certificates", `check --tls`), and the
// one place a presented certificate is judged against the plan. Statuses and their precedence:
// docs/reference/tls-check.md.

#include "model/check/tlsendpoints.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace lyncdns {

// In precedence order: when several apply, the first is the status and the detail names them all.
enum class TlsStatus
{
    Unreachable, // nothing to talk to: the name does not resolve, no answer, refused, timed out
    Error,       // connected, but no TLS 1.2 or later handshake (or a server certificate)
    Untrusted,   // the chain does not verify against the system store and --ca
    Expired,     // past notAfter, not yet valid, or within kTlsExpiryWarningDays of notAfter
    WrongUsage,  // no serverAuth extended key usage
    NameMissing, // a planned name is not among the presented names
    Ok
};

// A certificate that expires within this many days already fails (the issue: "expiring within 30
// days"): the renewal takes longer than the warning gives.
inline constexpr int kTlsExpiryWarningDays = 30;

struct TlsResult
{
    TlsEndpoint endpoint;
    QString server;  // the DNS server the host was resolved through
    QString address; // the address connected to; empty when the host did not resolve
    TlsStatus status = TlsStatus::Unreachable;
    QStringList presented;    // the certificate's DNS names (SAN), lower case, sorted
    QStringList missingNames; // endpoint.names not covered by presented (wildcards: one label)
    QDateTime notAfter;       // UTC; invalid when no certificate was presented
    QString issuer;
    QString detail;
    qint64 elapsedMs = 0;
};

// True when name is covered by a presented name: equal, or "*.rest" with name = one label + ".rest".
bool tlsNameCovered(const QString &name, const QStringList &presented);
// The planned names the presented ones do not cover, in the order planned.
QStringList tlsMissingNames(const QStringList &planned, const QStringList &presented);
// The presented DNS names of a certificate: its SAN dNSNames, lower case, sorted, each once; with
// no SAN dNSName at all, its subject common names (what Windows falls back to).
QStringList tlsPresentedNames(const QSslCertificate &certificate);
// True when the certificate's extended key usage holds serverAuth (or anyExtendedKeyUsage).
bool hasServerAuthUsage(const QSslCertificate &certificate);

// Judges the certificate a server presented after a TLS 1.2+ handshake: fills presented,
// missingNames, notAfter, issuer, status and detail of result. errors are the handshake's
// verification errors (system store plus --ca); now is the time expiry is measured against.
void judgeCertificate(TlsResult &result, const QSslCertificate &leaf, const QList<QSslError> &errors,
                      const QDateTime &now);

bool isProblem(TlsStatus s);
// Labels for people (keyword() is cli.md's word): the check window's cell ("Name missing") and
// the report's lower-case form of cli.md's word ("name missing"), in the reader's language.
QString tlsStatusLabel(TlsStatus s);
QString tlsStatusLowerLabel(TlsStatus s);
// The endpoints' statuses counted ("2 ok, 1 name-missing"), in precedence order.
QString tlsSummary(const QList<TlsResult> &results);

} // namespace lyncdns
