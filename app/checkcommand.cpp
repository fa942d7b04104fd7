#include "app/checkcommand.h"

#include "app/commandline.h"
#include "app/commandlinesupport.h"
#include "model/check/checkexport.h"
#include "model/check/checkplan.h"
#include "model/check/fixplan.h"
#include "model/check/livecheck.h"
#include "model/check/qtdnsresolver.h"
#include "model/export/exportpolicy.h"
#include "model/io/printable.h"
#include "model/planner/planner.h"
#include "model/validator/validator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QSysInfo>

namespace lyncdns::cli {

namespace {

// One usage problem of a server address ("--internal-server dns01: not an IP address"); empty
// when it can be asked.
QString serverUsageProblem(const char *option, const QString &address)
{
    const QString problem = QtDnsResolver::serverProblem(address);
    return problem.isEmpty() ? QString()
                             : QStringLiteral("%1 %2: %3").arg(QLatin1String(option), address, problem);
}

} // namespace

int checkCommand(const QStringList &arguments)
{
    Parsed p;
    if (!parse(p, arguments,
               {{QStringLiteral("internal-server"),
                 QCoreApplication::translate("CommandLine",
                                             "internal DNS server address (repeat it for one per site)"),
                 QStringLiteral("IP")},
                {QStringLiteral("external-server"),
                 QCoreApplication::translate("CommandLine", "external DNS server address"),
                 QStringLiteral("IP")},
                {QStringLiteral("timeout"),
                 QCoreApplication::translate("CommandLine", "seconds per query (1-30)"), QStringLiteral("S")},
                {QStringLiteral("format"), QCoreApplication::translate("CommandLine", "text, json or csv"),
                 QStringLiteral("F")},
                {QStringLiteral("o"), QCoreApplication::translate("CommandLine", "output file"),
                 QStringLiteral("OUT")},
                {QStringLiteral("report"), QCoreApplication::translate("CommandLine", "printable report"),
                 QStringLiteral("OUT")},
                {QStringLiteral("fix-script"),
                 QCoreApplication::translate(
                     "CommandLine", "Windows DNS Server script that makes the failing records right"),
                 QStringLiteral("FIX.ps1")},
                {QStringLiteral("fix-list"),
                 QCoreApplication::translate("CommandLine", "the same changes as CSV rows"),
                 QStringLiteral("FIX.csv")},
                paperOption()}))
        return ExitUsage;
    QString format;
    if (!choose(p, QStringLiteral("format"),
                {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")},
                QStringLiteral("text"), &format))
        return ExitUsage;
    const QString reportFile = p.parser.value(QStringLiteral("report"));
    const ReportFormat reportFormat = reportFormatFor(reportFile);
    if (p.parser.isSet(QStringLiteral("report")) && reportFormat == ReportFormat::None)
        return usageError(QCoreApplication::translate(
                              "CommandLine", "check --report %1: the file name must end in .pdf or .html")
                              .arg(reportFile));
    QPageSize::PageSizeId paper = QPageSize::A4;
    if (!choosePaper(p, &paper))
        return ExitUsage;
    if (reportFormat == ReportFormat::None && p.parser.isSet(QStringLiteral("paper")))
        return usageError(
            QCoreApplication::translate("CommandLine", "check --paper is for the --report file only"));

    const QString fixScript = p.parser.value(QStringLiteral("fix-script"));
    const QString fixList = p.parser.value(QStringLiteral("fix-list"));
    for (const char *option : {"fix-script", "fix-list"})
        if (p.parser.isSet(QLatin1String(option)) && p.parser.value(QLatin1String(option)).isEmpty())
            return usageError(QCoreApplication::translate("CommandLine", "--%1 needs a file name")
                                  .arg(QLatin1String(option)));

    // --internal-server may be repeated: one vantage point per site. An empty value counts as not
    // given (as it always has); the same address twice is a mistake worth saying.
    QStringList internalServers;
    for (const QString &address : p.parser.values(QStringLiteral("internal-server"))) {
        if (address.isEmpty())
            continue;
        if (internalServers.contains(address))
            return usageError(
                QCoreApplication::translate("CommandLine", "--internal-server %1 is given twice")
                    .arg(address));
        internalServers << address;
    }
    // The last --external-server counts, as for every other single-valued option.
    const QString externalServer = p.parser.value(QStringLiteral("external-server"));
    if (internalServers.isEmpty() && externalServer.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "check: give --internal-server IP, --external-server IP or both"));
    for (const QString &address : std::as_const(internalServers)) {
        const QString problem = serverUsageProblem("--internal-server", address);
        if (!problem.isEmpty())
            return usageError(problem);
    }
    if (!externalServer.isEmpty()) {
        const QString problem = serverUsageProblem("--external-server", externalServer);
        if (!problem.isEmpty())
            return usageError(problem);
    }
    if (p.parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int timeout = p.parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeout < 1 || timeout > 30)
            return usageError(QCoreApplication::translate(
                                  "CommandLine", "--timeout takes whole seconds from 1 to 30, not \"%1\"")
                                  .arg(p.parser.value(QStringLiteral("timeout"))));
    }
    // main() has made it the process's DNS timeout already, before any lookup could start.

    const std::optional<Plan> plan = load(p.planFile);
    if (!plan)
        return ExitUsage;
    // A plan with validation errors is not checked: its records are not worth asking the servers
    // for, and a malformed name would not even make a question (the export policy's words).
    const Findings findings = validatePlan(*plan);
    if (!errorFindings(findings).isEmpty()) {
        err(QStringLiteral("%1: %2").arg(printable(p.planFile),
                                         planErrorsText(findingsInFile(findings, plan->fileVersion))));
        err(QCoreApplication::translate("CommandLine", "%1: not checked; fix the validation errors first")
                .arg(printable(p.planFile)));
        return ExitUsage;
    }
    if (internalServers.isEmpty())
        err(QCoreApplication::translate("CommandLine",
                                        "internal records skipped: no --internal-server given"));
    if (externalServer.isEmpty())
        err(QCoreApplication::translate("CommandLine",
                                        "external records skipped: no --external-server given"));

    const RecordSet records = planRecords(*plan);
    QtDnsResolver resolver;
    LiveCheck check(&resolver);
    QEventLoop loop;
    QObject::connect(&check, &LiveCheck::finished, &loop, &QEventLoop::quit);
    check.start(checkItems(*plan, records), internalServers, externalServer);
    if (check.isRunning())
        loop.exec();
    const CheckReport &report = check.report();
    if (reportFormat != ReportFormat::None) {
        ReportInput input;
        input.plan = &*plan;
        input.records = records;
        input.findings = findings;
        input.check = &report;
        input.planFileName = QFileInfo(p.planFile).fileName();
        input.hostName = QSysInfo::machineHostName();
        const int written = writeReport(input, reportFormat, reportFile, paper);
        if (written != ExitOk)
            return written;
    }
    if (!fixScript.isEmpty() || !fixList.isEmpty()) {
        const QList<FixChange> changes = fixChanges(*plan, report);
        if (!fixScript.isEmpty()) {
            const int written = writeOutput(fixScriptPowerShell(*plan, changes), fixScript);
            if (written != ExitOk)
                return written;
        }
        if (!fixList.isEmpty()) {
            const int written = writeOutput(fixListCsv(changes), fixList);
            if (written != ExitOk)
                return written;
        }
    }
    const QByteArray out = format == QLatin1String("json")  ? checkReportToJson(report)
                           : format == QLatin1String("csv") ? checkReportToCsv(report)
                                                            : checkReportToText(report);
    const int written = writeOutput(out, p.parser.value(QStringLiteral("o")));
    if (written != ExitOk)
        return written;
    for (Location l : {Location::Internal, Location::External})
        for (const ServerInfo &s : report.servers(l))
            if (!s.reachable)
                err(s.detail);
    // Any server given that did not answer makes the check incomplete: exit 3, even when the other
    // servers answered (their results are written all the same).
    if (report.anyServerUnreachable())
        return ExitUnreachable;
    // A missing optional record is a notice: reported, not a failure (cli.md v2).
    return report.hasProblems() ? ExitProblems : ExitOk;
}

} // namespace lyncdns::cli
