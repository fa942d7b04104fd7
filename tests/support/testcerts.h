#pragma once

// Certificates made at run time with the openssl command line, for the suites that talk to real
// TLS servers (tst_tlscheck's `openssl s_server`s, tst_checkwindow's in-process QSslServer): a CA
// of their own and leaf certificates with the names, usage and validity a test asks for.

#include <QString>
#include <QStringList>

namespace lyncdns::test {

inline const QString kOpensslBinary = QStringLiteral("/usr/bin/openssl");

// Runs a tool to its end; false with its output in *error otherwise.
bool runTool(const QString &program, const QStringList &arguments, QString *error);
// A CA of its own in dir: ca.key, a self-signed ca.pem (CN commonName) and an `openssl ca`
// database with its ca.cnf.
bool makeCa(const QString &dir, const QString &commonName, QString *error);
// A leaf certificate (name.pem, name.key in dir; an EC key, PKCS#8 PEM) issued by the CA in caDir
// with these DNS names (the first is also the subject CN), extended key usage (serverAuth,
// clientAuth …) and validity (`openssl ca` arguments: -days N, or -startdate/-enddate).
bool makeLeaf(const QString &dir, const QString &name, const QString &caDir, const QStringList &sans,
              const QString &usage, const QStringList &validity, QString *error);

} // namespace lyncdns::test
