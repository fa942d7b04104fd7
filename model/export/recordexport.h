#pragma once

// The machine-readable record rows of cli.md (CSV, JSON) and the aligned text table.

#include "model/dns/dnsrecord.h"

#include <QByteArray>

namespace lyncdns {

QByteArray recordsToCsv(const RecordSet &records);
// draftErrors > 0 (a forced export of a plan with errors) adds "draft": true beside "records".
QByteArray recordsToJson(const RecordSet &records, int draftErrors = 0);
QByteArray recordsToTable(const RecordSet &records);
// RFC 4180 quoting, and a leading ' for cells a spreadsheet would run as a formula.
QString csvCell(const QString &value);
// Rows as columns padded to their widest cell, one line each; the first row is the header.
QString alignedTable(const QList<QStringList> &rows);

} // namespace lyncdns
