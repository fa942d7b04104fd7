#pragma once

// `lyncdns migrate PLAN [--to hybrid|teams-only] [--format table|csv|json|powershell|bind]
// [-o OUT|--dir DIR]`: the change set of a move to Teams and its runbook (cli.md "Migration",
// docs/reference/migration.md).

#include <QStringList>

namespace lyncdns::cli {

// arguments start with "migrate"; returns the process exit code.
int migrateCommand(const QStringList &arguments);

} // namespace lyncdns::cli
