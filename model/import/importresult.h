#pragma once

// What importing a deployed topology gives (docs/reference/import.md): the plan, the gaps the
// topology cannot fill (each with the JSON path the admin must fill in), notes about what was read
// but has no place in a plan, or the error that stopped the import.

#include "model/plan/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lyncdns {

// Why a topology file could not be read: the file, where in it, and what was expected.
struct ImportError
{
    QString fileName;
    QString member; // the zip member the text came from (DocItemSet.xml); empty for a plain file
    int line = 0;   // 1-based; 0 when not known
    int column = 0;
    QString message;

    // One line: "config.zip: DocItemSet.xml:12:5: expected ...".
    QString toString() const;
};

// A value of the plan the topology does not hold: left empty (or at the default named in what).
struct ImportGap
{
    QString jsonPath; // e.g. sites[0].frontEndPools[0].servers[1].ipv4
    QString what;     // what is missing, one line
    bool operator==(const ImportGap &o) const { return jsonPath == o.jsonPath && what == o.what; }
};

struct ImportResult
{
    std::optional<Plan> plan; // unset after an error
    QList<ImportGap> gaps;    // in the order the plan file writes the values
    QStringList notes;        // read but not planned: PSTN gateways, unknown roles, versions
    ImportError error;
};

} // namespace lyncdns
