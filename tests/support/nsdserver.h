#pragma once

// One authoritative NSD on a loopback address, port 53 (Qt 6.4's QDnsLookup asks no other port),
// serving every *.zone file of a folder; for the suites that need names to resolve for real.
// Shared by tst_livecheck_nsd, tst_tlscheck (and any suite that needs real DNS answers).

#include <QProcess>
#include <QString>
#include <QStringList>

namespace lyncdns::test {

inline const QString kNsdBinary = QStringLiteral("/usr/sbin/nsd");

class NsdServer final
{
    Q_DISABLE_COPY_MOVE(NsdServer)
public:
    // zone name = file base name of each *.zone in zoneDir; workDir holds the config and log.
    NsdServer(const QString &address, const QString &zoneDir, const QString &workDir);
    // Stops NSD and waits until the port is free, so the next test can start its own.
    ~NsdServer();

    // Starts NSD and waits until it answers; false with the reason (config, log) otherwise.
    bool start(QString *error);

private:
    bool waitUntilAnswering();

    QString m_address;
    QString m_zoneDir;
    QString m_workDir;
    QString m_logFile;
    QStringList m_zones;
    QProcess m_process;
};

} // namespace lyncdns::test
