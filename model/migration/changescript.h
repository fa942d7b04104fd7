#pragma once

// The DNS part of a change set as Windows DNS Server scripts (cli.md: migrate --format powershell):
// the change script runs the runbook's DNS steps one at a time (-Step), the rollback script undoes
// each of them, newest first. Both build on the export's helpers (model/export/powershellscript.h).

#include "model/migration/changeset.h"

#include <QByteArray>
#include <QString>

namespace lyncdns {

QByteArray changeScriptPowerShell(const MigrationChangeSet &set);
QByteArray rollbackScriptPowerShell(const MigrationChangeSet &set);
// Where the rollback script goes beside the change script: change.ps1 -> change.rollback.ps1.
QString rollbackScriptPath(const QString &changeScriptPath);

} // namespace lyncdns
