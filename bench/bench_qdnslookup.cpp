// The floor under lyncdns check: the same queries through bare QDnsLookup, 5 in flight (the
// size of Qt 6.4's private lookup pool), no planning, no classification.
// Usage: bench_qdnslookup SERVER QUERYFILE   (QUERYFILE lines: "<type> <name>", type a|aaaa|cname|srv)

#include <QCoreApplication>
#include <QDnsLookup>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QTextStream>

#include <functional>

int main(int argc, char *argv[])
{
    qputenv("RES_OPTIONS", "timeout:3 attempts:1");
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        QTextStream(stderr) << "usage: bench_qdnslookup SERVER QUERYFILE\n";
        return 2;
    }
    const QHostAddress server(QString::fromLocal8Bit(argv[1]));
    QFile file(QString::fromLocal8Bit(argv[2]));
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    QList<QPair<QDnsLookup::Type, QString>> queries;
    while (!file.atEnd()) {
        const QStringList parts = QString::fromUtf8(file.readLine()).simplified().split(QLatin1Char(' '));
        if (parts.size() != 2)
            continue;
        const QString &t = parts.at(0);
        const QDnsLookup::Type type = t == QLatin1String("srv")     ? QDnsLookup::SRV
                                      : t == QLatin1String("cname") ? QDnsLookup::CNAME
                                      : t == QLatin1String("aaaa")  ? QDnsLookup::AAAA
                                                                    : QDnsLookup::A;
        queries.append({type, parts.at(1)});
    }
    qsizetype sent = 0, done = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> send = [&] {
        if (sent >= queries.size())
            return;
        auto *lookup = new QDnsLookup(queries.at(sent).first, queries.at(sent).second, server);
        ++sent;
        QObject::connect(lookup, &QDnsLookup::finished, &app, [&, lookup] {
            lookup->deleteLater();
            if (++done == queries.size()) {
                QTextStream(stdout) << timer.nsecsElapsed() / 1e6 << "\n";
                QCoreApplication::quit();
            }
            send();
        });
        lookup->lookup();
    };
    for (int i = 0; i < 5; ++i)
        send();
    return queries.isEmpty() ? 0 : QCoreApplication::exec();
}
