#pragma once

// BIND zone files: <location>/<zone>.zone per zone plus <location>/named.conf.zones (cli.md).

#include "model/dns/dnsrecord.h"
#include "model/io/exportfile.h"
#include "model/plan/plan.h"

namespace lyncdns {

// draftErrors > 0 (a forced export of a plan with errors) stamps every file as a draft.
QList<ExportFile> zoneFiles(const Plan &plan, const RecordSet &records, quint32 serial, int draftErrors = 0);
// The file a zone is written to: <zone>.zone, shortened with a hash where that would pass the
// 255 bytes of a file name.
QString zoneFileName(const QString &zone);
// Today's serial in the usual YYYYMMDD01 form.
quint32 todaysZoneSerial();

} // namespace lyncdns
