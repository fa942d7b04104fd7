#pragma once

// Addresses as records hold them: the planner's own helpers, shared by its files.

#include <QString>
#include <QStringList>

namespace lyncdns {

// The canonical form of a valid IPv4 dotted quad or IPv6 address, else nothing. A value the
// validator rejects (P-ADDRESS) never becomes record data, in the preview or in an export:
// QHostAddress alone would read "10.0.0" as 10.0.0.0.
QString recordAddress(const QString &address);
// Appends the record form of a set address (empty for an invalid one); an unset one appends nothing.
void addIfSet(QStringList &list, const QString &address);

} // namespace lyncdns
