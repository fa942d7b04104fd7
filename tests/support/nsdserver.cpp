#include "tests/support/nsdserver.h"

#include "tests/support/testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QThread>
#include <QUdpSocket>

namespace lyncdns::test {

namespace {

constexpr quint16 kDnsPort = 53;

bool udpPortFree(const QString &address)
{
    QUdpSocket socket;
    return socket.bind(QHostAddress(address), kDnsPort, QAbstractSocket::DontShareAddress);
}

// Polls a condition against a deadline (NSD's child may outlive its parent for a moment).
bool waitUntilPortFree(const QString &address, QDeadlineTimer deadline)
{
    while (!udpPortFree(address)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

QByteArray soaQuery(quint16 id, const QString &zone)
{
    QByteArray q;
    q.append(char(id >> 8)).append(char(id & 0xff));
    q.append("\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10); // no flags, one question
    const QStringList labels = zone.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString &label : labels) {
        const QByteArray l = label.toLatin1();
        q.append(char(l.size())).append(l);
    }
    q.append("\x00\x00\x06\x00\x01", 5); // root, type SOA, class IN
    return q;
}

} // namespace

NsdServer::NsdServer(const QString &address, const QString &zoneDir, const QString &workDir)
    : m_address(address)
    , m_zoneDir(zoneDir)
    , m_workDir(workDir)
{
}

NsdServer::~NsdServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    if (!waitUntilPortFree(m_address, QDeadlineTimer(5000)))
        qWarning("%s:53 is still in use 5 s after NSD was stopped", qPrintable(m_address));
}

bool NsdServer::start(QString *error)
{
    const QStringList zoneFiles = QDir(m_zoneDir).entryList({QStringLiteral("*.zone")}, QDir::Files);
    if (zoneFiles.isEmpty()) {
        *error = QStringLiteral("no *.zone files in %1").arg(m_zoneDir);
        return false;
    }
    const QString file = QDir(m_workDir).filePath(QStringLiteral("nsd.conf"));
    const QString base = QDir(m_workDir).filePath(QStringLiteral("nsd"));
    m_logFile = base + QStringLiteral(".log");
    QString conf;
    conf += QStringLiteral("server:\n");
    conf += QStringLiteral("  ip-address: %1\n  port: %2\n").arg(m_address).arg(kDnsPort);
    conf += QStringLiteral("  zonesdir: \"%1\"\n").arg(m_zoneDir);
    conf += QStringLiteral("  pidfile: \"%1.pid\"\n").arg(base);
    conf += QStringLiteral("  database: \"\"\n  username: \"\"\n  chroot: \"\"\n");
    conf += QStringLiteral("  xfrdfile: \"%1.xfrd\"\n").arg(base);
    conf += QStringLiteral("  zonelistfile: \"%1.zonelist\"\n").arg(base);
    conf += QStringLiteral("  xfrdir: \"%1\"\n").arg(m_workDir);
    conf += QStringLiteral("  logfile: \"%1\"\n").arg(m_logFile);
    // Rate limiting on by default would drop answers to a burst of queries.
    conf += QStringLiteral("  rrl-ratelimit: 0\n  server-count: 1\n  verbosity: 1\n");
    conf += QStringLiteral("remote-control:\n  control-enable: no\n");
    for (const QString &zoneFile : zoneFiles) {
        const QString zone = QFileInfo(zoneFile).completeBaseName();
        m_zones << zone;
        conf += QStringLiteral("zone:\n  name: \"%1\"\n  zonefile: \"%2\"\n").arg(zone, zoneFile);
    }
    if (!writeAll(file, conf.toUtf8())) {
        *error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    if (!waitUntilPortFree(m_address, QDeadlineTimer(5000))) {
        *error = QStringLiteral("%1:53 is still in use after 5 s (a stale NSD from an earlier run?)")
                     .arg(m_address);
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(kNsdBinary, {QStringLiteral("-c"), file, QStringLiteral("-d")});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(kNsdBinary, m_process.errorString());
        return false;
    }
    if (!waitUntilAnswering()) {
        *error =
            QStringLiteral("NSD on %1 did not answer within 10 s (%2).\nlog:\n%3\noutput:\n%4\nconfig:\n%5")
                .arg(m_address,
                     m_process.state() == QProcess::NotRunning ? QStringLiteral("it exited")
                                                               : QStringLiteral("still running"),
                     QString::fromUtf8(readAll(m_logFile)), QString::fromUtf8(m_process.readAll()), conf);
        return false;
    }
    return true;
}

// Asks for the SOA of the first zone until any answer comes back, NSD exits or 10 s pass.
bool NsdServer::waitUntilAnswering()
{
    QUdpSocket socket;
    const QDeadlineTimer deadline(10000);
    quint16 id = 0x5700;
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        const QByteArray query = soaQuery(++id, m_zones.constFirst());
        socket.writeDatagram(query, QHostAddress(m_address), kDnsPort);
        if (socket.waitForReadyRead(100)) {
            while (socket.hasPendingDatagrams()) {
                QByteArray reply(int(socket.pendingDatagramSize()), Qt::Uninitialized);
                socket.readDatagram(reply.data(), reply.size());
                if (reply.size() >= 12 && reply.left(2) == query.left(2))
                    return true;
            }
        } else {
            // Not bound yet (the query bounced at once): wait a little, or for NSD to exit.
            m_process.waitForFinished(20);
        }
    }
    return false;
}

} // namespace lyncdns::test
