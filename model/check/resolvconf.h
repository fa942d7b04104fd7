#pragma once

// What the system resolver is configured with, read as glibc reads it: the check window offers its
// first nameserver, and the Qt < 6.6 address family trap depends on that server's family.

#include <QString>

namespace lyncdns {

// The address of the first "nameserver" line, without an IPv6 zone suffix ("fe80::1%eth0" ->
// "fe80::1"); empty when the file cannot be read or names no server.
QString firstNameserver(const QString &resolvConfPath = QStringLiteral("/etc/resolv.conf"));

} // namespace lyncdns
