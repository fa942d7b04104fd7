#pragma once

// `lyncdns certs PLAN [--format table|csv|json|inf] [-o OUT|--dir DIR]`: the certificates the plan
// implies (cli.md "Certificates (certs)", docs/reference/certificates.md).

#include <QStringList>

namespace lyncdns::cli {

// arguments start with "certs"; returns the process exit code.
int certsCommand(const QStringList &arguments);

} // namespace lyncdns::cli
