#pragma once

// What every Windows DNS Server (DnsServer module) script we write shares: quoting, the script's
// parameters, the functions that add zones and records idempotently, and its section per location.
// The export (powershellexporter.h) and the check's fix script (model/check/fixplan.h) use it.

#include "model/dns/dnsrecord.h"

#include <QList>
#include <QString>

namespace lyncdns {

// A single-quoted PowerShell string literal; PowerShell treats ‘ ’ ‚ ‛ as quotes too.
QString psQuote(const QString &value);
// Text safe inside a # comment: no line breaks of any kind, no control characters.
QString psCommentText(const QString &value);
// "#Requires -Modules DnsServer", first line of every script.
QString psRequires();
// [CmdletBinding] and param(-Location, -ComputerName, -FileBackedZones), $ErrorActionPreference.
QString psParameters();
// The same with a mandatory -Step taking one of steps (the migration change and rollback scripts).
QString psParametersWithStep(const QList<int> &steps);
// Add-PlannedZone, Test-PlannedRecord and Add-PlannedRecord (skips a record that exists already).
QString psAddFunctions();
// The owner name relative to its zone, "@" for the zone's apex.
QString psRelativeOwner(const QString &name, const QString &zone);
// "# ---- internal records: run this section on the … ----" and "if ($Location -eq 'internal') {";
// servers, when given, are named in the comment.
QString psSectionStart(Location location, const QString &what, const QString &servers = {});
QString psAddZoneLine(const QString &zone, bool pinPoint);
QString psAddRecordLine(const QString &zone, const QString &name, RecordType type, const QString &data,
                        int ttl, const QString &why);

} // namespace lyncdns
