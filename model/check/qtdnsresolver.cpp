#include "model/check/qtdnsresolver.h"

#include "model/check/resolvconf.h"
#include "model/dns/hostnames.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>
#include <QUrl>

#include <atomic>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

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

namespace {

constexpr quint16 kDnsPort = 53;
constexpr int kHeaderSize = 12;
constexpr int kMaxNameJumps = 32;

constexpr quint16 kWireTypeAny = 255;

quint16 wireType(RecordType type)
{
    switch (type) {
    case RecordType::A:
        return 1;
    case RecordType::AAAA:
        return 28;
    case RecordType::CNAME:
        return 5;
    case RecordType::SRV:
        return 33;
    }
    return 1;
}

quint16 be16(const QByteArray &p, int at)
{
    return quint16((quint8(p.at(at)) << 8) | quint8(p.at(at + 1)));
}

QByteArray aceName(const QString &name)
{
    QByteArray ace = QUrl::toAce(name).toLower();
    if (ace.endsWith('.'))
        ace.chop(1);
    return ace;
}

// Reads the (possibly compressed) name at `at`; `next` is where the data after it starts. False
// for a name that runs off the packet, a bad label or a pointer chain that does not end.
bool readName(const QByteArray &p, int at, int *next, QByteArray *name)
{
    QByteArray out;
    int pos = at;
    int jumps = 0;
    bool jumped = false;
    for (;;) {
        if (pos >= p.size())
            return false;
        const int length = quint8(p.at(pos));
        if ((length & 0xc0) == 0xc0) {
            if (pos + 1 >= p.size())
                return false;
            const int target = ((length & 0x3f) << 8) | quint8(p.at(pos + 1));
            if (!jumped)
                *next = pos + 2;
            jumped = true;
            if (target >= p.size() || ++jumps > kMaxNameJumps)
                return false;
            pos = target;
            continue;
        }
        if ((length & 0xc0) != 0)
            return false;
        if (length == 0) {
            if (!jumped)
                *next = pos + 1;
            break;
        }
        if (pos + 1 + length > p.size() || out.size() + length + 1 > 255)
            return false;
        if (!out.isEmpty())
            out += '.';
        out += p.mid(pos + 1, length).toLower();
        pos += 1 + length;
    }
    *name = out;
    return true;
}

QString rcodeName(int rcode)
{
    static const char *const names[] = {"NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED"};
    return rcode >= 0 && rcode < 6 ? QString::fromLatin1(names[rcode])
                                   : QStringLiteral("rcode %1").arg(rcode);
}

QString cutShort(int announced, int found)
{
    return QCoreApplication::translate("QtDnsResolver",
                                       "the answer is cut short: it announces %1 records but holds %2")
        .arg(announced)
        .arg(found);
}

// Qt 6.4's text for NODATA, a timeout, a closed port, NOTIMP, an unknown rcode… (qt64-notes.md).
bool isAmbiguousInvalidReply(const QString &errorString)
{
    return errorString == QLatin1String("Invalid reply received") ||
           errorString == QCoreApplication::translate("QDnsLookupRunnable", "Invalid reply received");
}

QByteArray queryPacket(quint16 id, const QString &name, quint16 t)
{
    QByteArray q;
    q.append(char(id >> 8)).append(char(id & 0xff));
    q.append("\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10); // RD, one question
    const QList<QByteArray> labels = aceName(name).split('.');
    for (const QByteArray &label : labels) {
        if (label.isEmpty())
            continue;
        q.append(char(label.size())).append(label);
    }
    q.append('\0').append(char(t >> 8)).append(char(t & 0xff)).append("\x00\x01", 2);
    return q;
}

WireReply parseReply(const QByteArray &packet, quint16 id, const QString &name, quint16 type)
{
    WireReply r;
    if (packet.size() < kHeaderSize || be16(packet, 0) != id || (quint8(packet.at(2)) & 0x80) == 0 ||
        be16(packet, 4) != 1)
        return r;
    int at = kHeaderSize;
    QByteArray question;
    if (!readName(packet, at, &at, &question) || at + 4 > packet.size())
        return r;
    // glibc drops a reply to another question; so do we.
    if (question != aceName(name) || be16(packet, at) != type || be16(packet, at + 2) != 1)
        return r;
    at += 4;
    r.matches = true;
    r.rcode = quint8(packet.at(3)) & 0x0f;
    r.truncated = (quint8(packet.at(2)) & 0x02) != 0;
    r.answerCount = be16(packet, 6);
    if (r.truncated)
        return r;
    for (int i = 0; i < r.answerCount; ++i) {
        if (at >= packet.size()) {
            r.problem = cutShort(r.answerCount, i);
            return r;
        }
        QByteArray owner;
        int next = at;
        if (!readName(packet, at, &next, &owner)) {
            r.problem = QCoreApplication::translate(
                "QtDnsResolver", "a name in the answer is malformed (a bad label or compression pointer)");
            return r;
        }
        if (next + 10 > packet.size() || next + 10 + be16(packet, next + 8) > packet.size()) {
            r.problem = cutShort(r.answerCount, i);
            return r;
        }
        const quint16 rrType = be16(packet, next);
        const int length = be16(packet, next + 8);
        const int data = next + 10;
        bool ok = true;
        QByteArray target;
        int end = data;
        if (rrType == 1)
            ok = length == 4;
        else if (rrType == 28)
            ok = length == 16;
        else if (rrType == 5)
            ok = readName(packet, data, &end, &target) && end <= data + length;
        else if (rrType == 33)
            ok = length > 6 && readName(packet, data + 6, &end, &target) && end <= data + length;
        if (!ok) {
            r.problem = QCoreApplication::translate("QtDnsResolver",
                                                    "a record in the answer is malformed (type %1, %2 bytes)")
                            .arg(rrType)
                            .arg(length);
            return r;
        }
        at = data + length;
    }
    return r;
}

} // namespace

QByteArray dnsQueryPacket(quint16 id, const QString &name, RecordType type)
{
    return queryPacket(id, name, wireType(type));
}

WireReply parseDnsReply(const QByteArray &packet, quint16 id, const QString &name, RecordType type)
{
    return parseReply(packet, id, name, wireType(type));
}

void QtDnsResolver::lookup(int id, const QString &server, const QString &name, RecordType type)
{
    start(id, server, name, type, false);
}

void QtDnsResolver::lookupAll(int id, const QString &server, const QString &name)
{
    start(id, server, name, RecordType::A, true);
}

void QtDnsResolver::start(int id, const QString &server, const QString &name, RecordType type, bool all)
{
    auto *l = new QDnsLookup(all ? QDnsLookup::ANY : lookupType(type), name, QHostAddress(server), this);
    Pending p;
    p.id = id;
    p.type = type;
    p.name = normalizedName(name);
    p.server = server;
    p.all = all;
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
    const QList<QSocketNotifier *> notifiers = m_confirmations.keys();
    DnsAnswer cancelled;
    cancelled.outcome = DnsAnswer::Cancelled;
    for (QSocketNotifier *n : notifiers)
        finishConfirmation(n, cancelled);
}

void QtDnsResolver::onFinished(QDnsLookup *l)
{
    l->deleteLater();
    if (!m_pending.contains(l))
        return;
    const Pending p = m_pending.take(l);
    const int timeout = processDnsTimeout();

    DnsAnswer a;
    a.elapsedMs = p.timer.elapsed();
    a.errorText = l->errorString();
    // A failure that took most of the timeout is no answer: glibc waited, dropped what came (wrong
    // ID or question) and gave up, and Qt 6.4 reads the dropped packet's rcode. Real replies come
    // well before glibc gives up; a slow one counted as lost is the safe side.
    const bool late = a.elapsedMs >= qint64(timeout) * 1000 * 3 / 4;
    const QString noAnswer =
        QCoreApplication::translate("QtDnsResolver", "no answer within %1 s").arg(timeout);
    const QString rejected =
        QCoreApplication::translate(
            "QtDnsResolver",
            "no valid answer within %1 s (a reply came but was rejected: wrong ID or question?)")
            .arg(timeout);
    switch (l->error()) {
    case QDnsLookup::NoError: {
        if (p.all) {
            // What the name itself holds; whatever a server adds for other names is not asked for.
            a.values = ownRecords(l, p.name);
            a.outcome = a.values.isEmpty() ? DnsAnswer::NoData : DnsAnswer::Answered;
            a.errorText.clear();
            confirm(p, a);
            return;
        }
        // Follow the CNAME chain from the queried name, every hop, until it ends or loops.
        QHash<QString, QString> cnames;
        for (const QDnsDomainNameRecord &r : l->canonicalNameRecords())
            cnames.insert(normalizedName(r.name()), normalizedName(r.value()));
        QString owner = p.name;
        if (p.type == RecordType::CNAME) {
            if (cnames.contains(owner))
                a.values << cnames.value(owner);
        } else {
            QSet<QString> seen{owner};
            while (cnames.contains(owner)) {
                owner = cnames.value(owner);
                a.cnameChain << owner;
                if (seen.contains(owner)) {
                    a.outcome = DnsAnswer::Malformed;
                    a.errorText = QCoreApplication::translate("QtDnsResolver", "CNAME loop: %1")
                                      .arg((QStringList{p.name} + a.cnameChain).join(QStringLiteral(" → ")));
                    emit finished(p.id, a);
                    return;
                }
                seen.insert(owner);
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
        a.errorText.clear();
        // Qt 6.4 returns what it could read of an answer cut short: the wire says whether it was.
        confirm(p, a);
        return;
    }
    case QDnsLookup::NotFoundError:
        a.outcome = late ? DnsAnswer::Timeout : DnsAnswer::NxDomain;
        break;
    case QDnsLookup::ServerFailureError:
        a.outcome = late ? DnsAnswer::Timeout : DnsAnswer::ServerFailure;
        break;
    case QDnsLookup::ServerRefusedError:
        a.outcome = late ? DnsAnswer::Timeout : DnsAnswer::Refused;
        break;
    case QDnsLookup::InvalidRequestError:
        a.outcome = late ? DnsAnswer::Timeout : DnsAnswer::Malformed;
        break;
    case QDnsLookup::ResolverError:
        a.outcome = DnsAnswer::Malformed;
        break;
    case QDnsLookup::OperationCancelledError:
        a.outcome = DnsAnswer::Cancelled;
        break;
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    case QDnsLookup::TimeoutError:
        a.outcome = DnsAnswer::Timeout;
        a.errorText = noAnswer;
        break;
#endif
    case QDnsLookup::InvalidReplyError:
    default:
        if (late) {
            a.outcome = DnsAnswer::Timeout;
            a.errorText = noAnswer;
        } else if (isAmbiguousInvalidReply(a.errorText)) {
            // NODATA, NOTIMP, an unknown rcode, TC with TCP failing, a closed port: one text.
            a.outcome = DnsAnswer::NoData;
            confirm(p, a);
            return;
        } else {
            a.outcome = DnsAnswer::Malformed; // "Could not expand domain name" and the like
        }
        break;
    }
    if (a.outcome == DnsAnswer::Timeout && a.errorText != noAnswer)
        a.errorText = rejected;
    emit finished(p.id, a);
}

QStringList QtDnsResolver::ownRecords(const QDnsLookup *l, const QString &owner)
{
    QStringList out;
    const auto own = [&owner](const auto &record) { return normalizedName(record.name()) == owner; };
    for (const QDnsDomainNameRecord &r : l->canonicalNameRecords())
        if (own(r))
            out << QStringLiteral("CNAME ") + normalizedName(r.value());
    for (const QDnsHostAddressRecord &r : l->hostAddressRecords())
        if (own(r))
            out << (r.value().protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("AAAA ")
                                                                          : QStringLiteral("A ")) +
                       r.value().toString();
    for (const QDnsServiceRecord &r : l->serviceRecords())
        if (own(r))
            out << QStringLiteral("SRV %1 %2 %3 %4")
                       .arg(r.priority())
                       .arg(r.weight())
                       .arg(r.port())
                       .arg(normalizedName(r.target()));
    for (const QDnsMailExchangeRecord &r : l->mailExchangeRecords())
        if (own(r))
            out << QStringLiteral("MX %1 %2").arg(r.preference()).arg(normalizedName(r.exchange()));
    for (const QDnsDomainNameRecord &r : l->nameServerRecords())
        if (own(r))
            out << QStringLiteral("NS ") + normalizedName(r.value());
    for (const QDnsTextRecord &r : l->textRecords()) {
        if (!own(r))
            continue;
        QStringList strings;
        for (const QByteArray &v : r.values())
            strings << QLatin1Char('"') + QString::fromUtf8(v) + QLatin1Char('"');
        out << QStringLiteral("TXT ") + strings.join(QLatin1Char(' '));
    }
    return out;
}

namespace {

// A non-blocking UDP socket connected to server:53 with the query sent; -1 when that fails.
int sendConfirmation(const QString &server, const QByteArray &query)
{
    const QHostAddress address(server);
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(kDnsPort);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        memcpy(&in6->sin6_addr, bytes.c, 16);
        length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(kDnsPort);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const int fd = ::socket(storage.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&storage), length) != 0 ||
        ::send(fd, query.constData(), size_t(query.size()), 0) != query.size()) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

void QtDnsResolver::confirm(const Pending &pending, const DnsAnswer &answer)
{
    Confirmation c;
    c.pending = pending;
    c.answer = answer;
    c.wireId = quint16(QRandomGenerator::global()->bounded(1, 0x10000));
    // Connected, so the kernel reports a closed port (ICMP) and drops datagrams from elsewhere.
    c.fd = sendConfirmation(pending.server, queryPacket(c.wireId, pending.name,
                                                        pending.all ? kWireTypeAny : wireType(pending.type)));
    if (c.fd < 0) {
        DnsAnswer a = answer;
        a.outcome = DnsAnswer::Malformed;
        a.values.clear();
        a.cnameChain.clear();
        a.errorText = QCoreApplication::translate("QtDnsResolver", "the answer could not be confirmed: %1")
                          .arg(QString::fromLocal8Bit(strerror(errno)));
        emit finished(pending.id, a);
        return;
    }
    c.notifier = new QSocketNotifier(qintptr(c.fd), QSocketNotifier::Read, this);
    c.timer = new QTimer(this);
    c.timer->setSingleShot(true);
    QSocketNotifier *notifier = c.notifier;
    m_confirmations.insert(notifier, c);
    connect(c.timer, &QTimer::timeout, this, [this, notifier] {
        const Confirmation &waiting = m_confirmations[notifier];
        DnsAnswer a = waiting.answer;
        a.outcome = DnsAnswer::Timeout;
        a.values.clear();
        a.cnameChain.clear();
        a.errorText =
            waiting.rejected > 0
                ? QCoreApplication::translate("QtDnsResolver",
                                              "no valid answer to a second query within %1 s (%2 "
                                              "replies rejected: wrong ID or question)")
                      .arg(processDnsTimeout())
                      .arg(waiting.rejected)
                : QCoreApplication::translate("QtDnsResolver", "no answer to a second query within %1 s")
                      .arg(processDnsTimeout());
        finishConfirmation(notifier, a);
    });
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier] { onConfirmReadable(notifier); });
    c.timer->start(processDnsTimeout() * 1000);
    emit slotFreed(); // the lookup left Qt's pool: maxInFlight() grew
}

void QtDnsResolver::onConfirmReadable(QSocketNotifier *notifier)
{
    while (m_confirmations.contains(notifier)) {
        Confirmation &c = m_confirmations[notifier];
        QByteArray packet(4096, Qt::Uninitialized);
        const ssize_t n = ::recv(c.fd, packet.data(), size_t(packet.size()), 0);
        if (n < 0) {
            if (errno == ECONNREFUSED)
                finishConfirmation(notifier, refused(c.answer));
            return; // EAGAIN: wait for the next datagram
        }
        packet.truncate(qsizetype(n));
        const WireReply reply = parseReply(packet, c.wireId, c.pending.name,
                                           c.pending.all ? kWireTypeAny : wireType(c.pending.type));
        if (!reply.matches) {
            ++c.rejected; // as glibc does: ignore it and keep waiting
            continue;
        }
        finishConfirmation(notifier, combined(c, reply));
    }
}

void QtDnsResolver::finishConfirmation(QSocketNotifier *notifier, const DnsAnswer &answer)
{
    const auto it = m_confirmations.find(notifier);
    if (it == m_confirmations.end())
        return;
    const Confirmation c = it.value();
    m_confirmations.erase(it);
    c.timer->stop();
    c.timer->deleteLater();
    notifier->setEnabled(false);
    notifier->deleteLater();
    ::close(c.fd);
    if (answer.outcome == DnsAnswer::Cancelled)
        return; // cancelAll(): nothing more is delivered
    DnsAnswer a = answer;
    a.elapsedMs = c.pending.timer.elapsed();
    emit finished(c.pending.id, a);
}

DnsAnswer QtDnsResolver::refused(const DnsAnswer &answer)
{
    DnsAnswer a = answer;
    a.outcome = DnsAnswer::Timeout;
    a.values.clear();
    a.cnameChain.clear();
    a.errorText = QCoreApplication::translate("QtDnsResolver", "nothing listening on port 53");
    return a;
}

DnsAnswer QtDnsResolver::combined(const Confirmation &c, const WireReply &reply)
{
    DnsAnswer a = c.answer;
    // Qt parsed an answer (NOERROR) unless it gave the ambiguous "Invalid reply received".
    const bool qtParsed = a.errorText.isEmpty();
    const auto malformed = [&a](const QString &why) {
        a.outcome = DnsAnswer::Malformed;
        a.values.clear();
        a.cnameChain.clear();
        a.errorText = why;
        return a;
    };
    if (reply.truncated) {
        if (qtParsed)
            return a; // glibc fetched the whole answer over TCP
        return malformed(QCoreApplication::translate(
            "QtDnsResolver", "the answer is truncated (TC) and could not be fetched over TCP"));
    }
    if (reply.rcode == 0 && !reply.problem.isEmpty())
        return malformed(reply.problem);
    if (reply.rcode == 0 && qtParsed && !(a.outcome == DnsAnswer::Answered && reply.answerCount == 0))
        return a;
    if (reply.rcode == 0 && reply.answerCount == 0) {
        a.outcome = DnsAnswer::NoData;
        a.errorText.clear();
        return a;
    }
    if (reply.rcode == 4)
        return malformed(QCoreApplication::translate("QtDnsResolver",
                                                     "the server does not implement this query (NOTIMP)"));
    if (reply.rcode > 5)
        return malformed(QCoreApplication::translate("QtDnsResolver",
                                                     "the server answered with an unknown response code (%1)")
                             .arg(reply.rcode));
    return malformed(
        QCoreApplication::translate("QtDnsResolver",
                                    "the server answered the same question differently twice (%1, then %2)")
            .arg(qtParsed ? outcomeName(c.answer.outcome) : QStringLiteral("no data"),
                 reply.rcode == 0 ? QStringLiteral("%1 answers").arg(reply.answerCount)
                                  : rcodeName(reply.rcode)));
}

} // namespace lyncdns
