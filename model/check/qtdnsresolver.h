#pragma once

// DnsResolver on QDnsLookup. Qt 6.4 facts (qt64-notes.md) shape it: at most 5 lookups run at
// once, glibc's timeout comes from RES_OPTIONS, and NODATA and a timeout are the same error, so
// elapsed time tells them apart. On Qt 6.6+ the real TimeoutError is used.
// What QDnsLookup cannot tell is asked again on the wire (one UDP query of our own, checked
// header and answer section): NODATA from NOTIMP, an unknown rcode, a TC answer whose TCP retry
// failed, or a closed port; and an answer Qt accepted from one cut short (docs/decisions.md).

#include "model/check/dnsresolver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

class QDnsLookup;
class QSocketNotifier;
class QTimer;

namespace lyncdns {

// One DNS timeout per process (docs/decisions.md). glibc takes it from RES_OPTIONS, which every
// lookup thread reads: changing it while lookups run would change other checks' verdicts (and
// race with getenv), so it is set once, before the first lookup, and never again.
inline constexpr int kDefaultDnsTimeoutSeconds = 3;
// Sets the process timeout (1..30 s) and RES_OPTIONS. Only the first call counts: main() makes it
// with --timeout or the default; later calls (or one after a QtDnsResolver exists) return false.
bool setProcessDnsTimeout(int seconds);
// The process timeout: what setProcessDnsTimeout() set, else the default.
int processDnsTimeout();

// One DNS query on the wire (RD set, no EDNS, as glibc sends it); the name in IDNA form.
QByteArray dnsQueryPacket(quint16 id, const QString &name, RecordType type);

// What a reply on the wire says, checked as far as the live check needs it.
struct WireReply
{
    bool matches = false; // a reply to exactly this query (ID and question); else to be ignored
    int rcode = 0;
    bool truncated = false; // the TC bit
    int answerCount = 0;    // what the header announces
    QString problem;        // why the answer section cannot be trusted; empty when it walks cleanly
};
WireReply parseDnsReply(const QByteArray &packet, quint16 id, const QString &name, RecordType type);

class QtDnsResolver final : public DnsResolver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtDnsResolver)
public:
    // Fixes the process timeout at its default if main() has not set it.
    explicit QtDnsResolver(QObject *parent = nullptr);
    ~QtDnsResolver() override;

    static constexpr int kQtLookupThreads = 5; // Qt 6.4's private QDnsLookup thread pool

    void lookup(int id, const QString &server, const QString &name, RecordType type) override;
    void lookupAll(int id, const QString &server, const QString &name) override;
    void cancelAll() override;
    // Qt's pool runs 5 lookups at once. A query waiting only for its confirmation (our own socket)
    // holds none of them, so up to 5 more wait that way: holding a pool slot for both round trips
    // halved the speed at real distances (bench/bench_distance.sh).
    int maxInFlight() const override
    {
        return kQtLookupThreads + int(qMin(m_confirmations.size(), qsizetype(kQtLookupThreads)));
    }
    int timeoutSeconds() const override { return processDnsTimeout(); }

    // Empty when Qt can query this server; else why not (the Qt < 6.6 address family trap).
    static QString serverProblem(const QString &server,
                                 const QString &resolvConfPath = QStringLiteral("/etc/resolv.conf"));

private:
    struct Pending
    {
        int id = 0;
        RecordType type = RecordType::A;
        QString name;
        QString server;
        bool all = false; // lookupAll(): ANY, every record owned by the name as "TYPE data"
        QElapsedTimer timer;
    };
    // The second, raw query that confirms (or overturns) what QDnsLookup said.
    struct Confirmation
    {
        Pending pending;
        DnsAnswer answer; // QDnsLookup's verdict, waiting for the confirmation
        quint16 wireId = 0;
        int fd = -1; // a plain connected UDP socket: QUdpSocket's own peek swallows ICMP errors
        QSocketNotifier *notifier = nullptr;
        QTimer *timer = nullptr;
        int rejected = 0; // replies that did not match the query
    };

    void start(int id, const QString &server, const QString &name, RecordType type, bool all);
    void onFinished(QDnsLookup *lookup);
    static QStringList ownRecords(const QDnsLookup *lookup, const QString &owner);
    void confirm(const Pending &pending, const DnsAnswer &answer);
    void onConfirmReadable(QSocketNotifier *notifier);
    void finishConfirmation(QSocketNotifier *notifier, const DnsAnswer &answer);
    static DnsAnswer combined(const Confirmation &c, const WireReply &reply);
    static DnsAnswer refused(const DnsAnswer &answer); // the port is closed (ICMP)

    QHash<QDnsLookup *, Pending> m_pending;
    QHash<QSocketNotifier *, Confirmation> m_confirmations;
};

} // namespace lyncdns
