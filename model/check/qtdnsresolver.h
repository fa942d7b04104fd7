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

class QtDnsResolver final : public DnsResolver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtDnsResolver)
public:
    explicit QtDnsResolver(int timeoutSeconds, QObject *parent = nullptr);
    ~QtDnsResolver() override;

    void lookup(int id, const QString &server, const QString &name, RecordType type) override;
    void cancelAll() override;
    int maxInFlight() const override { return 5; }

    // glibc reads RES_OPTIONS whenever a lookup initialises its resolver state: call this before
    // a run, while no lookup is in flight (the command line does it before its first lookup).
    static void configureSystemTimeout(int timeoutSeconds);
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
    int m_timeoutSeconds;
    QHash<QDnsLookup *, Pending> m_pending;
};

} // namespace lyncdns
