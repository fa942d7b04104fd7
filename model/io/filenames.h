#pragma once

// File names the program proposes (issue 12): from what the admin called the plan, safe on
// Windows and Linux alike.

#include <QString>

namespace lyncdns {

// "Contoso: Redmond/Dublin estate" -> "Contoso-Redmond-Dublin-estate": letters, digits, '.', '-' and
// '_' kept (any script), every other run of characters one '-', at most 80 characters; empty when
// nothing usable is left.
QString fileBaseNameFromTitle(const QString &title);

} // namespace lyncdns
