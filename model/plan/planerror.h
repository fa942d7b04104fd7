#pragma once

// Why a plan file could not be read: the file, where in it, and what was expected.

#include <QString>

namespace lyncdns {

struct PlanError
{
    QString fileName;
    QString jsonPath; // e.g. frontEnd.servers[1].ipv4; empty for syntax and I/O errors
    int line = 0;     // 1-based; 0 when not known
    int column = 0;
    QString message;

    // One line: "plan.lyncplan: frontEnd.servers[1].ipv4: expected a string, got a number".
    QString toString() const;
};

} // namespace lyncdns
