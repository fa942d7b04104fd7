#pragma once

// The live TLS check's results in the check's outputs (cli.md "Certificates", `check --tls`):
// the JSON "endpoints" array exactly as cli.md lists its keys, and a text section.

#include "model/check/checkresult.h"
#include "model/check/tlsresult.h"

#include <QByteArray>
#include <QJsonArray>

namespace lyncdns {

QJsonArray tlsResultsToJson(const QList<TlsResult> &results);
// The check's JSON document (checkReportToJson()) with "endpoints" added.
QByteArray checkReportToJson(const CheckReport &report, const QList<TlsResult> &endpoints);
// "TLS endpoints: ..." then one table, problems first (in precedence order), then ok.
QByteArray tlsResultsToText(const QList<TlsResult> &results);

} // namespace lyncdns
