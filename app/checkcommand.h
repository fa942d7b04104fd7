#pragma once

// `lyncdns check`: the live DNS check of a plan against its internal server(s) and external
// server (cli.md, "check results"; docs/reference/command-line.md).

#include <QStringList>

namespace lyncdns::cli {

// arguments start with "check"; returns the process exit code.
int checkCommand(const QStringList &arguments);

} // namespace lyncdns::cli
