#pragma once

// `lyncdns check PLAN --external-server IP --phase teams-only`: the live cutover readiness check
// (cli.md "Migration"; docs/reference/migration.md "Live readiness"). checkcommand.cpp parses the
// options and loads the plan, then hands over here.

#include "model/plan/plan.h"

#include <QString>
#include <QStringList>

namespace lyncdns::cli {

// Asks the servers for the cutover's records, writes the per-domain verdicts (text or json) to
// outFile (stdout when empty) and returns the exit code: 3 when a server given did not answer,
// 1 when a domain is not ready (a record blocks, a wildcard answers), else 0.
int cutoverCheckCommand(const Plan &plan, const QStringList &internalServers, const QString &externalServer,
                        const QString &format, const QString &outFile);

} // namespace lyncdns::cli
