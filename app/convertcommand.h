#pragma once

// `lyncdns convert PLAN -o NEW`: a plan file (version 1 or 2) written again as version 2, the
// format every save writes (plan-format.md).

#include <QStringList>

namespace lyncdns::cli {

// arguments start with "convert"; returns the process exit code.
int convertCommand(const QStringList &arguments);

} // namespace lyncdns::cli
