#pragma once

// The live TLS check (`check --tls`, docs/reference/tls-check.md): resolves each planned endpoint
// through its location's DNS server (the check's DnsResolver), connects to the address with
// QSslSocket, SNI and the verified name set to the planned host, TLS 1.2 or later only, and judges
// the certificate it presents (tlsresult.h). A few endpoints at a time, each bounded by a time-out;
// a DNS server that times out once is not asked again (its endpoints are unreachable at once), so
// a dead server never costs N × timeout.

#include "model/check/dnsresolver.h"
#include "model/check/tlsresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslCertificate>

class QSslSocket;
class QTimer;

namespace lyncdns {

// The certificates of a CA file trusted besides the system store (`check --ca FILE`, the check
// window's trusted CA file): PEM, any number, or one DER certificate. Empty, with *problem saying
// why ("cannot read it: …", "no certificate in it (expected PEM or DER)"), when there is none.
QList<QSslCertificate> readTrustedCaFile(const QString &fileName, QString *problem);

class TlsProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsProbe)
public:
    static constexpr int kMaxInFlight = 4;            // endpoints being resolved or connected at once
    static constexpr int kDefaultTimeoutSeconds = 10; // per endpoint: TCP connect plus TLS handshake

    // The resolver is asked for A (then AAAA) records; nobody else may use it during a probe.
    explicit TlsProbe(DnsResolver *resolver, QObject *parent = nullptr);
    ~TlsProbe() override;

    // Trusted besides the system store (`--ca FILE`).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    int timeoutSeconds() const { return m_timeoutSeconds; }
    // For tests only: connect to `actual` where an endpoint's planned port is `planned` (443 and
    // 5061 need root and may be taken); the results keep the planned port.
    void setPortOverride(quint16 planned, quint16 actual) { m_portOverrides.insert(planned, actual); }

    // Endpoints of a location without a server are skipped (no result); the results keep the
    // order of the endpoints.
    void start(const QList<TlsEndpoint> &endpoints, const QString &internalServer,
               const QString &externalServer);
    // Stops every lookup and connection; endpoints not judged yet stay unreachable ("cancelled").
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    const QList<TlsResult> &results() const { return m_results; }

signals:
    void progress(int done, int total);
    void resultChanged(int index);
    void finished();

private:
    struct Job
    {
        int result = 0;
        RecordType type = RecordType::A;
        QSslSocket *socket = nullptr;
        QTimer *timer = nullptr;
        bool connected = false;
        QList<QSslError> errors;
        QElapsedTimer elapsed;
    };

    void dispatch();
    void lookup(int job, RecordType type);
    void onAnswer(int id, const DnsAnswer &answer);
    void connectTo(int job, const QString &address);
    void onEncrypted(int job);
    void onSocketError(int job);
    void onTimeout(int job);
    void settle(int job, TlsStatus status, const QString &detail);
    void finishJob(int job);
    void maybeFinish();

    DnsResolver *m_resolver;
    QList<TlsResult> m_results;
    QList<int> m_queue;        // result indexes not started yet
    QHash<int, Job> m_jobs;    // by job id
    QHash<int, int> m_lookups; // the resolver's query id -> job id
    QSet<QString> m_deadServers;
    QList<QSslCertificate> m_extraCa;
    QList<QSslCertificate> m_trusted;        // the system store plus m_extraCa, read once per start()
    QHash<quint16, quint16> m_portOverrides; // tests only: planned port -> port connected to
    int m_timeoutSeconds = kDefaultTimeoutSeconds;
    int m_nextId = 1;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace lyncdns
