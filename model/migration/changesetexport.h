#pragma once

// The change set as cli.md writes it: CSV (action,location,name,type,old,new,ttl,step,reason), JSON,
// and the table that prints the runbook before the rows.

#include "model/migration/changeset.h"

#include <QByteArray>

namespace lyncdns {

QByteArray changeSetToCsv(const MigrationChangeSet &set);
QByteArray changeSetToJson(const MigrationChangeSet &set);
QByteArray changeSetToTable(const MigrationChangeSet &set);
// The head of the table: the move, its SIP domains and the runbook with its commands (also the
// application's Migration tab).
QString runbookToText(const MigrationChangeSet &set);

} // namespace lyncdns
