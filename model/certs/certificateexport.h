#pragma once

// The certificate rows of cli.md ("Certificates (certs)"): CSV, JSON, the aligned text table, and
// one certreq.exe request file (INF) per certificate.

#include "model/certs/certificates.h"
#include "model/io/exportfile.h"

#include <QByteArray>
#include <QList>

namespace lyncdns {

// Header role,site,pool,subject,san,usage,notes; san and usage space-separated, notes one cell.
QByteArray certificatesToCsv(const QList<CertificateRequest> &requests);
// {"certificates":[{"role","site","pool","server","subject","san":[...],"usage":[...],"issuer",
// "exportableKey","notes":[...]}, ...]}
QByteArray certificatesToJson(const QList<CertificateRequest> &requests);
// For people: one block of rows per certificate, a SAN per row, then its notes.
QByteArray certificatesToTable(const QList<CertificateRequest> &requests);
// One request file per certificate, named after its role, pool and server; plain ASCII, CRLF.
QList<ExportFile> certificateInfFiles(const QList<CertificateRequest> &requests);
// The text of one request file.
QByteArray certificateInf(const CertificateRequest &request);
// "frontend-default_pool01.contoso.net_fe01.contoso.net.inf": letters, digits, '.', '-' and '_' only.
QString certificateInfFileName(const CertificateRequest &request);

} // namespace lyncdns
