#include "tests/support/testcerts.h"

#include "tests/support/testsupport.h"

#include <QDir>
#include <QProcess>

namespace lyncdns::test {

bool runTool(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, arguments.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

bool makeCa(const QString &dir, const QString &commonName, QString *error)
{
    if (!QDir().mkpath(dir + QStringLiteral("/db"))) {
        *error = QStringLiteral("cannot create %1/db").arg(dir);
        return false;
    }
    const QString conf = QStringLiteral("[ca]\ndefault_ca = test\n[test]\ndatabase = %1/db/index.txt\n"
                                        "serial = %1/db/serial\nnew_certs_dir = %1/db\ndefault_md = sha256\n"
                                        "policy = anything\nunique_subject = no\ncopy_extensions = none\n"
                                        "[anything]\ncommonName = supplied\n")
                             .arg(dir);
    if (!writeAll(dir + QStringLiteral("/ca.cnf"), conf.toUtf8()) ||
        !writeAll(dir + QStringLiteral("/db/index.txt"), QByteArray()) ||
        !writeAll(dir + QStringLiteral("/db/serial"), "1000\n")) {
        *error = QStringLiteral("cannot write the CA files in %1").arg(dir);
        return false;
    }
    return runTool(kOpensslBinary,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), dir + QStringLiteral("/ca.key"), QStringLiteral("-out"),
                    dir + QStringLiteral("/ca.pem"), QStringLiteral("-days"), QStringLiteral("3650"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName},
                   error);
}

bool makeLeaf(const QString &dir, const QString &name, const QString &caDir, const QStringList &sans,
              const QString &usage, const QStringList &validity, QString *error)
{
    const QString base = dir + QLatin1Char('/') + name;
    QStringList dns;
    for (const QString &s : sans)
        dns << QStringLiteral("DNS:") + s;
    const QString ext = QStringLiteral("basicConstraints = CA:FALSE\nkeyUsage = digitalSignature\n"
                                       "extendedKeyUsage = %1\nsubjectAltName = %2\n")
                            .arg(usage, dns.join(QLatin1Char(',')));
    if (!writeAll(base + QStringLiteral(".ext"), ext.toUtf8())) {
        *error = QStringLiteral("cannot write %1.ext").arg(base);
        return false;
    }
    return runTool(kOpensslBinary,
                   {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"),
                    base + QStringLiteral(".csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + sans.constFirst()},
                   error) &&
           runTool(kOpensslBinary,
                   QStringList{QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
                               QStringLiteral("-config"), caDir + QStringLiteral("/ca.cnf"),
                               QStringLiteral("-cert"), caDir + QStringLiteral("/ca.pem"),
                               QStringLiteral("-keyfile"), caDir + QStringLiteral("/ca.key"),
                               QStringLiteral("-in"), base + QStringLiteral(".csr"), QStringLiteral("-out"),
                               base + QStringLiteral(".pem"), QStringLiteral("-extfile"),
                               base + QStringLiteral(".ext")} +
                       validity,
                   error);
}

} // namespace lyncdns::test
