#pragma once

// `lyncdns import` and File > Import Topology start here: a topology file in any of its three forms
// (docs/reference/import.md) read into a plan and its gaps. The form is told by the content, not the
// name: a zip (Export-CsConfiguration) by its magic bytes, then the XML's root element: Topology
// (Get-CsTopology -AsXml) or TopologyBuilder (.tbxml).

#include "model/import/importresult.h"

#include <QByteArray>
#include <QString>

namespace lyncdns {

ImportResult importTopology(const QString &fileName);
// The same for bytes already read; fileName only names them in errors.
ImportResult importTopologyBytes(const QByteArray &bytes, const QString &fileName);

} // namespace lyncdns
