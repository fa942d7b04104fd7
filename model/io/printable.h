#pragma once

// Text from a plan file (or a file name) made safe to show in a terminal, a log or a message:
// control characters that would start a new line, move the cursor or recolour a terminal appear
// escaped, so a value can never forge an output line ("0 errors") or hide text.

#include <QString>

namespace lyncdns {

// C0 controls and DEL as \xNN (newline, carriage return and tab as \n, \r, \t), C1 controls as
// \xNN, and the Unicode line separators and bidirectional overrides as \uNNNN. Everything else,
// backslashes included, is kept; printable(printable(s)) == printable(s).
QString printable(const QString &text);

} // namespace lyncdns
