#include "app/cutovercheck.h"

#include "app/commandline.h"
#include "app/commandlinesupport.h"
#include "model/check/checkexport.h"
#include "model/check/livecheck.h"
#include "model/check/qtdnsresolver.h"
#include "model/migration/readiness.h"
#include "model/migration/readinessexport.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <algorithm>

namespace lyncdns::cli {

int cutoverCheckCommand(const Plan &plan, const QStringList &internalServers, const QString &externalServer,
                        const QString &format, const QString &outFile)
{
    const CutoverCheck questions = cutoverCheck(plan);
    // The internal view holds the Microsoft 365 records only where a moved domain has split-brain
    // DNS; a server with nothing to be asked is not asked (it would count as unreachable).
    const bool internalItems =
        std::any_of(questions.items.cbegin(), questions.items.cend(),
                    [](const CheckItem &item) { return item.location == Location::Internal; });
    QStringList internal = internalServers;
    if (!internal.isEmpty() && !internalItems) {
        err(QCoreApplication::translate(
            "CommandLine", "--internal-server not asked: no moved SIP domain has split-brain DNS"));
        internal.clear();
    }
    QtDnsResolver resolver;
    LiveCheck check(&resolver);
    QEventLoop loop;
    QObject::connect(&check, &LiveCheck::finished, &loop, &QEventLoop::quit);
    check.start(questions.items, internal, externalServer);
    if (check.isRunning())
        loop.exec();
    CheckReport report = check.report();
    const QList<DomainReadiness> domains = cutoverReadiness(questions, report);

    const QByteArray out = format == QLatin1String("json")
                               ? addReadinessToJson(checkReportToJson(report), domains)
                               : readinessToText(domains) + checkReportToText(report);
    const int written = writeOutput(out, outFile);
    if (written != ExitOk)
        return written;
    // A dead server proves nothing either way: unreachable, never "missing" or "ready".
    if (reportUnreachableServers(report))
        return ExitUnreachable;
    return anyNotReady(domains) ? ExitProblems : ExitOk;
}

} // namespace lyncdns::cli
