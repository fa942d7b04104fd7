#pragma once

// `lyncdns import TOPOLOGY [-o PLAN] [--resolve SERVER]`: a deployed topology (Get-CsTopology -AsXml,
// a Topology Builder file or an Export-CsConfiguration zip) written as a version 2 plan, with every
// value the topology cannot hold listed on stderr by its JSON path (cli.md, "Import"); --resolve
// first fills the server addresses that DNS server knows (model/import/addressfill.h).

#include <QStringList>

namespace lyncdns::cli {

// arguments start with "import"; returns the process exit code.
int importCommand(const QStringList &arguments);

} // namespace lyncdns::cli
