#include "app/checkcommand.h"

#include "app/commandline.h"
#include "app/commandlinesupport.h"
#include "app/cutovercheck.h"
#include "model/check/checkexport.h"
#include "model/check/checkplan.h"
#include "model/check/fixplan.h"
#include "model/check/livecheck.h"
#include "model/check/qtdnsresolver.h"
#include "model/check/tlsendpoints.h"
#include "model/check/tlsexport.h"
#include "model/check/tlsprobe.h"
#include "model/export/exportpolicy.h"
#include "model/io/printable.h"
#include "model/planner/planner.h"
#include "model/validator/validator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSysInfo>

#include <algorithm>
#include <optional>

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

// The certificates of a --ca file (readTrustedCaFile()); nullopt after a one-line error naming it.
std::optional<QList<QSslCertificate>> readCaFile(const QString &fileName)
{
    QString problem;
    const QList<QSslCertificate> certificates = readTrustedCaFile(fileName, &problem);
    if (certificates.isEmpty()) {
        err(QStringLiteral("check --ca %1: %2").arg(printable(fileName), problem));
        return std::nullopt;
    }
    return certificates;
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
                {QStringLiteral("tls"),
                 QCoreApplication::translate(
                     "CommandLine", "also connect to every planned TLS endpoint and check its certificate")},
                {QStringLiteral("ca"),
                 QCoreApplication::translate("CommandLine",
                                             "CA certificates trusted besides the system's (--tls)"),
                 QStringLiteral("FILE")},
                {QStringLiteral("phase"),
                 QCoreApplication::translate(
                     "CommandLine", "check the cutover to this migration phase instead (teams-only)"),
                 QStringLiteral("PHASE")},
                paperOption()}))
        return ExitUsage;
    QString format;
    if (!choose(p, QStringLiteral("format"),
                {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")},
                QStringLiteral("text"), &format))
        return ExitUsage;
    // --phase teams-only: the cutover readiness check (app/cutovercheck.cpp) replaces the record check.
    const bool phase = p.parser.isSet(QStringLiteral("phase"));
    if (phase) {
        if (p.parser.value(QStringLiteral("phase")) != QLatin1String("teams-only"))
            return usageError(QStringLiteral("check --phase %1: expected teams-only")
                                  .arg(p.parser.value(QStringLiteral("phase"))));
        if (p.parser.value(QStringLiteral("external-server")).isEmpty())
            return usageError(QStringLiteral("check --phase teams-only needs --external-server IP"));
        if (format == QLatin1String("csv"))
            return usageError(QStringLiteral("check --phase writes text or json, not csv"));
        for (const char *option : {"report", "fix-script", "fix-list", "tls", "paper"})
            if (p.parser.isSet(QLatin1String(option)))
                return usageError(
                    QStringLiteral("check --phase cannot be combined with --%1").arg(QLatin1String(option)));
    }
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

    // The TLS probe's endpoints go into the text and the JSON; CSV is one table of records.
    const bool tls = p.parser.isSet(QStringLiteral("tls"));
    if (!tls && p.parser.isSet(QStringLiteral("ca")))
        return usageError(QStringLiteral("check --ca is for --tls only"));
    if (tls && format == QLatin1String("csv"))
        return usageError(QStringLiteral("check --tls writes its endpoints as text or json, not csv"));
    QList<QSslCertificate> extraCa;
    if (p.parser.isSet(QStringLiteral("ca"))) {
        const auto certificates = readCaFile(p.parser.value(QStringLiteral("ca")));
        if (!certificates)
            return ExitUsage;
        extraCa = *certificates;
    }

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
    if (phase)
        return cutoverCheckCommand(*plan, internalServers, externalServer, format,
                                   p.parser.value(QStringLiteral("o")));
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
    // The TLS probe after the DNS check, with a resolver of its own: the check's is done with.
    QList<TlsResult> endpoints;
    if (tls) {
        QtDnsResolver tlsResolver;
        TlsProbe probe(&tlsResolver);
        probe.setExtraCaCertificates(extraCa);
        QEventLoop tlsLoop;
        QObject::connect(&probe, &TlsProbe::finished, &tlsLoop, &QEventLoop::quit);
        probe.start(tlsEndpoints(*plan, records), internalServers.value(0), externalServer);
        if (probe.isRunning())
            tlsLoop.exec();
        endpoints = probe.results();
    }
    if (reportFormat != ReportFormat::None) {
        ReportInput input;
        input.plan = &*plan;
        input.records = records;
        input.findings = findings;
        input.check = &report;
        input.planFileName = QFileInfo(p.planFile).fileName();
        input.hostName = QSysInfo::machineHostName();
        if (tls)
            input.tls = &endpoints;
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
    QByteArray out = format == QLatin1String("json")  ? checkReportToJson(report)
                     : format == QLatin1String("csv") ? checkReportToCsv(report)
                                                      : checkReportToText(report);
    if (tls)
        out = format == QLatin1String("json") ? checkReportToJson(report, endpoints)
                                              : out + tlsResultsToText(endpoints);
    const int written = writeOutput(out, p.parser.value(QStringLiteral("o")));
    if (written != ExitOk)
        return written;
    // Any server given that did not answer makes the check incomplete: exit 3, even when the other
    // servers answered (their results are written all the same).
    if (reportUnreachableServers(report))
        return ExitUnreachable;
    // A missing optional record is a notice: reported, not a failure (cli.md v2).
    // Any TLS endpoint not ok is a problem (cli.md "Certificates").
    const bool tlsProblems = std::any_of(endpoints.cbegin(), endpoints.cend(),
                                         [](const TlsResult &r) { return isProblem(r.status); });
    return report.hasProblems() || tlsProblems ? ExitProblems : ExitOk;
}

} // namespace lyncdns::cli
