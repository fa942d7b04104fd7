#pragma once

// The endpoints the live TLS check connects to (cli.md "Certificates", `check --tls`;
// docs/reference/tls-check.md): each a host a planned record makes a client reach over TLS, the
// port it listens on, and the names the certificate of the server that answers must carry. The
// names are the certificate requests' (model/certs/certificates.h, the one owner of which names a
// server's certificate carries); this file only says which endpoint answers with which request.

#include "model/certs/certificates.h"
#include "model/dns/dnsrecord.h"
#include "model/plan/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lyncdns {

struct TlsEndpoint
{
    Location location = Location::Internal; // the DNS server the host is resolved through
    QString host;                           // normalized; also the SNI name and the name verified
    quint16 port = 443;
    CertificateRole role = CertificateRole::FrontEndDefault; // the request that answers it
    QStringList names; // the names its certificate must carry: lower case, sorted, each once
};

// In this order: pools on 5061 (Front End then Director, internal), internal web services on 443,
// Office Web Apps on 443 (internal), Access Edge on 443 and 5061 (external), then every name the
// reverse proxies publish on 443 (external). Within a kind, the certificate requests' order. Only
// hosts with a planned record in their location (no client reaches the others); each
// location/host/port once, the first kind to name it keeps it.
QList<TlsEndpoint> tlsEndpoints(const Plan &plan, const RecordSet &records);
QList<TlsEndpoint> tlsEndpoints(const Plan &plan);

} // namespace lyncdns
