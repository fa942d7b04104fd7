#include "model/check/tlsprobe.h"

#include "model/rules/keywords.h"

#include <QFile>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace lyncdns {

QList<QSslCertificate> readTrustedCaFile(const QString &fileName, QString *problem)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read it: %1").arg(file.errorString());
        return {};
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty())
        *problem = QStringLiteral("no certificate in it (expected PEM or DER)");
    return certificates;
}

TlsProbe::TlsProbe(DnsResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
    connect(m_resolver, &DnsResolver::finished, this, &TlsProbe::onAnswer);
}

TlsProbe::~TlsProbe()
{
    // Nobody listens to a probe being destroyed: stop the sockets and lookups without signals.
    blockSignals(true);
    cancel();
}

void TlsProbe::start(const QList<TlsEndpoint> &endpoints, const QString &internalServer,
                     const QString &externalServer)
{
    cancel();
    m_results.clear();
    m_queue.clear();
    m_deadServers.clear();
    m_done = 0;
    m_cancelled = false;
    for (const TlsEndpoint &e : endpoints) {
        const QString &server = e.location == Location::Internal ? internalServer : externalServer;
        if (server.isEmpty())
            continue;
        TlsResult r;
        r.endpoint = e;
        r.server = server;
        r.status = TlsStatus::Unreachable;
        r.detail = QStringLiteral("not probed yet");
        m_queue << int(m_results.size());
        m_results << r;
    }
    // Setting CA certificates turns off Qt's on-demand loading of the system store: give both.
    m_trusted = QSslConfiguration::systemCaCertificates() + m_extraCa;
    m_running = true;
    emit progress(0, int(m_results.size()));
    dispatch();
    maybeFinish();
}

void TlsProbe::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true; // first: settling the running jobs below must not start queued ones
    m_resolver->cancelAll();
    for (int index : std::as_const(m_queue))
        m_results[index].detail = QStringLiteral("cancelled");
    m_queue.clear();
    const QList<int> jobs = m_jobs.keys();
    for (int job : jobs)
        settle(job, TlsStatus::Unreachable, QStringLiteral("cancelled"));
    maybeFinish();
}

void TlsProbe::dispatch()
{
    while (m_jobs.size() < kMaxInFlight && !m_queue.isEmpty()) {
        const int index = m_queue.takeFirst();
        const int job = m_nextId++;
        m_jobs.insert(job, Job{index, RecordType::A, nullptr, nullptr, false, {}, {}});
        m_jobs[job].elapsed.start();
        const QString &server = m_results.at(index).server;
        if (m_deadServers.contains(server))
            settle(job, TlsStatus::Unreachable,
                   QStringLiteral("not resolved: the DNS server %1 did not answer").arg(server));
        else
            lookup(job, RecordType::A);
    }
}

void TlsProbe::lookup(int job, RecordType type)
{
    const int id = m_nextId++;
    m_jobs[job].type = type;
    m_lookups.insert(id, job);
    const TlsResult &r = m_results.at(m_jobs.value(job).result);
    m_resolver->lookup(id, r.server, r.endpoint.host, type);
}

void TlsProbe::onAnswer(int id, const DnsAnswer &answer)
{
    if (!m_lookups.contains(id))
        return; // another client's query, or one cancelled
    const int job = m_lookups.take(id);
    if (!m_jobs.contains(job))
        return;
    const Job &j = m_jobs[job];
    const QString &server = m_results.at(j.result).server;
    if (answer.outcome == DnsAnswer::Answered) {
        for (const QString &value : answer.values)
            if (!QHostAddress(value).isNull()) {
                connectTo(job, value);
                return;
            }
    }
    // No IPv4 address: an IPv6-only host is as reachable.
    if (j.type == RecordType::A &&
        (answer.outcome == DnsAnswer::NoData || answer.outcome == DnsAnswer::Answered)) {
        lookup(job, RecordType::AAAA);
        return;
    }
    switch (answer.outcome) {
    case DnsAnswer::NxDomain:
        settle(job, TlsStatus::Unreachable,
               QStringLiteral("does not resolve through %1: the name does not exist").arg(server));
        break;
    case DnsAnswer::NoData:
    case DnsAnswer::Answered:
        settle(job, TlsStatus::Unreachable,
               QStringLiteral("does not resolve through %1: no address record").arg(server));
        break;
    case DnsAnswer::Timeout:
        m_deadServers.insert(server);
        settle(job, TlsStatus::Unreachable,
               QStringLiteral("not resolved: no answer from the DNS server %1 within %2 s")
                   .arg(server)
                   .arg(m_resolver->timeoutSeconds()));
        break;
    default:
        settle(
            job, TlsStatus::Unreachable,
            QStringLiteral("not resolved through %1: %2%3")
                .arg(server, outcomeName(answer.outcome),
                     answer.errorText.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(answer.errorText)));
        break;
    }
}

void TlsProbe::connectTo(int job, const QString &address)
{
    Job &j = m_jobs[job];
    TlsResult &r = m_results[j.result];
    r.address = address;
    auto *socket = new QSslSocket(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setCaCertificates(m_trusted);
    socket->setSslConfiguration(config);
    j.socket = socket;
    j.timer = new QTimer(this);
    j.timer->setSingleShot(true);
    connect(j.timer, &QTimer::timeout, this, [this, job] { onTimeout(job); });
    connect(socket, &QSslSocket::connected, this, [this, job] { m_jobs[job].connected = true; });
    // Every verification error is judged from the certificate afterwards (judgeCertificate()).
    connect(socket, &QSslSocket::sslErrors, this, [this, job, socket](const QList<QSslError> &errors) {
        m_jobs[job].errors << errors;
        socket->ignoreSslErrors();
    });
    connect(socket, &QSslSocket::encrypted, this, [this, job] { onEncrypted(job); });
    connect(socket, &QSslSocket::errorOccurred, this, [this, job] { onSocketError(job); });
    j.timer->start(m_timeoutSeconds * 1000);
    // The address is connected to; the planned host is the SNI name and the name verified.
    socket->connectToHostEncrypted(address, m_portOverrides.value(r.endpoint.port, r.endpoint.port),
                                   r.endpoint.host);
}

void TlsProbe::onEncrypted(int job)
{
    if (!m_jobs.contains(job))
        return;
    Job &j = m_jobs[job];
    TlsResult &r = m_results[j.result];
    const QSslCertificate leaf = j.socket->peerCertificate();
    if (leaf.isNull()) {
        settle(job, TlsStatus::Error, QStringLiteral("the server presented no certificate"));
        return;
    }
    judgeCertificate(r, leaf, j.errors, QDateTime::currentDateTimeUtc());
    settle(job, r.status, r.detail);
}

void TlsProbe::onSocketError(int job)
{
    if (!m_jobs.contains(job))
        return;
    const Job &j = m_jobs.value(job);
    const QString error = j.socket->errorString();
    if (!j.connected) {
        settle(job, TlsStatus::Unreachable, QStringLiteral("no connection: %1").arg(error));
        return;
    }
    // Connected, then the handshake failed: most often the server offers nothing from TLS 1.2 on.
    settle(job, TlsStatus::Error,
           QStringLiteral("TLS handshake failed (TLS 1.2 or later required): %1").arg(error));
}

void TlsProbe::onTimeout(int job)
{
    if (!m_jobs.contains(job))
        return;
    if (m_jobs.value(job).connected)
        settle(job, TlsStatus::Error,
               QStringLiteral("connected, but no TLS handshake within %1 s").arg(m_timeoutSeconds));
    else
        settle(job, TlsStatus::Unreachable,
               QStringLiteral("no connection within %1 s").arg(m_timeoutSeconds));
}

void TlsProbe::settle(int job, TlsStatus status, const QString &detail)
{
    const int index = m_jobs.value(job).result;
    TlsResult &r = m_results[index];
    r.status = status;
    r.detail = detail;
    r.elapsedMs = m_jobs.value(job).elapsed.elapsed();
    finishJob(job);
    ++m_done;
    emit resultChanged(index);
    emit progress(m_done, int(m_results.size()));
    if (!m_cancelled) {
        dispatch();
        maybeFinish();
    }
}

void TlsProbe::finishJob(int job)
{
    Job j = m_jobs.take(job);
    for (auto it = m_lookups.begin(); it != m_lookups.end();)
        it = it.value() == job ? m_lookups.erase(it) : std::next(it);
    if (j.timer) {
        j.timer->stop();
        j.timer->deleteLater();
    }
    if (j.socket) {
        j.socket->disconnect(this);
        j.socket->abort();
        j.socket->deleteLater();
    }
}

void TlsProbe::maybeFinish()
{
    if (!m_running || !m_jobs.isEmpty() || !m_queue.isEmpty())
        return;
    m_running = false;
    emit finished();
}

} // namespace lyncdns
