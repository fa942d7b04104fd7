#include "model/check/qtdnsresolver.h"

#include "model/check/resolvconf.h"
#include "model/dns/hostnames.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QHostAddress>

#include <atomic>

namespace lyncdns {

namespace {
std::atomic<int> g_processDnsTimeout{0}; // 0: not set yet
} // namespace

bool setProcessDnsTimeout(int seconds)
{
    int unset = 0;
    if (!g_processDnsTimeout.compare_exchange_strong(unset, qBound(1, seconds, 30)))
        return false;
    // One attempt per query: the check retries nothing itself, and N × (5 s × 2) must never add up.
    qputenv("RES_OPTIONS", QByteArrayLiteral("timeout:") + QByteArray::number(g_processDnsTimeout.load()) +
                               QByteArrayLiteral(" attempts:1"));
    return true;
}

int processDnsTimeout()
{
    const int seconds = g_processDnsTimeout.load();
    return seconds == 0 ? kDefaultDnsTimeoutSeconds : seconds;
}

QtDnsResolver::QtDnsResolver(QObject *parent)
    : DnsResolver(parent)
{
    // A program whose main() did not set it still gets one timeout, fixed before its first lookup.
    setProcessDnsTimeout(kDefaultDnsTimeoutSeconds);
}

QtDnsResolver::~QtDnsResolver()
{
    cancelAll();
}

QString QtDnsResolver::serverProblem(const QString &server, const QString &resolvConfPath)
{
    const QHostAddress address(server);
    if (address.isNull())
        return QCoreApplication::translate("QtDnsResolver", "\"%1\" is not an IP address").arg(server);
#if QT_VERSION < QT_VERSION_CHECK(6, 6, 0)
    // Qt < 6.6 silently ignores a nameserver whose family differs from the first nameserver in
    // resolv.conf, and the system resolver answers instead: that answer would be a lie.
    QAbstractSocket::NetworkLayerProtocol systemFamily = QAbstractSocket::IPv4Protocol; // glibc's default
    const QHostAddress first(firstNameserver(resolvConfPath));
    if (!first.isNull())
        systemFamily = first.protocol();
    if (address.protocol() != systemFamily)
        return QCoreApplication::translate(
                   "QtDnsResolver",
                   "this Qt version (%1) can query an %2 server only when the first nameserver in %3 is "
                   "%2 too; give the server's %4 address instead")
            .arg(QString::fromLatin1(qVersion()),
                 address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("IPv6")
                                                                     : QStringLiteral("IPv4"),
                 resolvConfPath,
                 systemFamily == QAbstractSocket::IPv6Protocol ? QStringLiteral("IPv6")
                                                               : QStringLiteral("IPv4"));
#else
    Q_UNUSED(resolvConfPath);
#endif
    return {};
}

static QDnsLookup::Type lookupType(RecordType type)
{
    switch (type) {
    case RecordType::A:
        return QDnsLookup::A;
    case RecordType::AAAA:
        return QDnsLookup::AAAA;
    case RecordType::CNAME:
        return QDnsLookup::CNAME;
    case RecordType::SRV:
        return QDnsLookup::SRV;
    }
    return QDnsLookup::A;
}

void QtDnsResolver::lookup(int id, const QString &server, const QString &name, RecordType type)
{
    auto *l = new QDnsLookup(lookupType(type), name, QHostAddress(server), this);
    Pending p;
    p.id = id;
    p.type = type;
    p.name = normalizedName(name);
    p.timer.start();
    m_pending.insert(l, p);
    connect(l, &QDnsLookup::finished, this, [this, l] { onFinished(l); });
    l->lookup();
}

void QtDnsResolver::cancelAll()
{
    // abort() answers at once, but the worker stays in glibc until its timeout; deleting the
    // lookup drops that late answer instead of letting it reach us.
    const QList<QDnsLookup *> lookups = m_pending.keys();
    m_pending.clear();
    for (QDnsLookup *l : lookups) {
        disconnect(l, nullptr, this, nullptr);
        l->abort();
        l->deleteLater();
    }
}

void QtDnsResolver::onFinished(QDnsLookup *l)
{
    l->deleteLater();
    if (!m_pending.contains(l))
        return;
    const Pending p = m_pending.take(l);

    DnsAnswer a;
    a.elapsedMs = p.timer.elapsed();
    a.errorText = l->errorString();
    switch (l->error()) {
    case QDnsLookup::NoError: {
        // Follow the CNAME chain from the queried name; records of other names are ignored.
        QHash<QString, QString> cnames;
        for (const QDnsDomainNameRecord &r : l->canonicalNameRecords())
            cnames.insert(normalizedName(r.name()), normalizedName(r.value()));
        QString owner = p.name;
        if (p.type == RecordType::CNAME) {
            if (cnames.contains(owner))
                a.values << cnames.value(owner);
        } else {
            for (int hops = 0; cnames.contains(owner) && hops < 16; ++hops) {
                owner = cnames.value(owner);
                a.cnameChain << owner;
            }
            if (p.type == RecordType::SRV) {
                for (const QDnsServiceRecord &r : l->serviceRecords())
                    if (normalizedName(r.name()) == owner)
                        a.values << QStringLiteral("%1 %2 %3 %4")
                                        .arg(r.priority())
                                        .arg(r.weight())
                                        .arg(r.port())
                                        .arg(normalizedName(r.target()));
            } else {
                const auto family =
                    p.type == RecordType::A ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol;
                for (const QDnsHostAddressRecord &r : l->hostAddressRecords())
                    if (normalizedName(r.name()) == owner && r.value().protocol() == family)
                        a.values << r.value().toString();
            }
        }
        a.outcome = a.values.isEmpty() && a.cnameChain.isEmpty() ? DnsAnswer::NoData : DnsAnswer::Answered;
        break;
    }
    case QDnsLookup::NotFoundError:
        a.outcome = DnsAnswer::NxDomain;
        break;
    case QDnsLookup::ServerFailureError:
        a.outcome = DnsAnswer::ServerFailure;
        break;
    case QDnsLookup::ServerRefusedError:
        a.outcome = DnsAnswer::Refused;
        break;
    case QDnsLookup::InvalidRequestError:
    case QDnsLookup::ResolverError:
        a.outcome = DnsAnswer::Malformed;
        break;
    case QDnsLookup::OperationCancelledError:
        a.outcome = DnsAnswer::Cancelled;
        break;
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    case QDnsLookup::TimeoutError:
        a.outcome = DnsAnswer::Timeout;
        break;
#endif
    case QDnsLookup::InvalidReplyError:
    default:
        // Qt 6.4 reports NODATA, a timeout and a closed port all as InvalidReplyError. NODATA
        // comes back as fast as any answer; a timeout takes the whole glibc timeout. A closed
        // port is also fast, which is why the check re-probes a server that gave NoData.
        a.outcome = a.elapsedMs < processDnsTimeout() * 1000 / 2 ? DnsAnswer::NoData : DnsAnswer::Timeout;
        break;
    }
    emit finished(p.id, a);
}

} // namespace lyncdns
