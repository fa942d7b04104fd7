#pragma once

// DnsResolver on QDnsLookup. Qt 6.4 facts (qt64-notes.md) shape it: at most 5 lookups run at
// once, glibc's timeout comes from RES_OPTIONS, and NODATA and a timeout are the same error, so
// elapsed time tells them apart. On Qt 6.6+ the real TimeoutError is used.

#include "model/check/dnsresolver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

class QDnsLookup;

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

class QtDnsResolver final : public DnsResolver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtDnsResolver)
public:
    // Fixes the process timeout at its default if main() has not set it.
    explicit QtDnsResolver(QObject *parent = nullptr);
    ~QtDnsResolver() override;

    void lookup(int id, const QString &server, const QString &name, RecordType type) override;
    void cancelAll() override;
    int maxInFlight() const override { return 5; }
    int timeoutSeconds() const override { return processDnsTimeout(); }

    // Empty when Qt can query this server; else why not (the Qt < 6.6 address family trap).
    static QString serverProblem(const QString &server,
                                 const QString &resolvConfPath = QStringLiteral("/etc/resolv.conf"));

private:
    void onFinished(QDnsLookup *lookup);

    struct Pending
    {
        int id = 0;
        RecordType type = RecordType::A;
        QString name;
        QElapsedTimer timer;
    };
    QHash<QDnsLookup *, Pending> m_pending;
};

} // namespace lyncdns
