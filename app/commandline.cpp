#include "app/commandline.h"

#include "lyncdns/version.h"
#include "model/check/checkexport.h"
#include "model/check/checkplan.h"
#include "model/check/livecheck.h"
#include "model/check/qtdnsresolver.h"
#include "model/export/exportpolicy.h"
#include "model/export/powershellexporter.h"
#include "model/export/recordexport.h"
#include "model/export/zonefileexporter.h"
#include "model/io/atomicfile.h"
#include "model/io/printable.h"
#include "model/plan/planreader.h"
#include "model/planner/planner.h"
#include "model/report/reportbuilder.h"
#include "model/report/reportpdf.h"
#include "model/validator/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace lyncdns {

namespace {

const QStringList kCommands = {QStringLiteral("plan"), QStringLiteral("validate"), QStringLiteral("check"),
                               QStringLiteral("export")};

// The text of --help. Command and option names stay as they are in every language.
QString helpText()
{
    return QCoreApplication::translate(
               "CommandLine", "Lync DNS Planner: plans, exports and checks the DNS records of Lync Server "
                              "2013 and Skype for Business Server 2015/2019.") +
           QStringLiteral("\n\n") +
           QCoreApplication::translate(
               "CommandLine",
               "Usage:\n"
               "  lyncdns [PLAN]                                   open the wizard\n"
               "  lyncdns plan PLAN [--format table|csv|json] [--location internal|external] [-o OUT]\n"
               "  lyncdns validate PLAN [--format text|json]\n"
               "  lyncdns check PLAN --internal-server IP --external-server IP\n"
               "                [--timeout SECONDS] [--format text|json|csv] [--report OUT.pdf|OUT.html]\n"
               "                [--paper a4|letter]\n"
               "  lyncdns export PLAN --format bind|powershell|csv|json|html|pdf [-o OUT|--dir DIR]\n"
               "                [--paper a4|letter] [--force]\n"
               "  lyncdns --version | --help\n"
               "\n"
               "export refuses a plan with validation errors; --force writes it anyway, stamped\n"
               "as a DRAFT, and exits 1.\n"
               "\n"
               "Each of these also takes --lang de|en: the language of messages and the wizard\n"
               "(default: the system's).") +
           QStringLiteral("\n\n") +
           QCoreApplication::translate("CommandLine",
                                       "Exit codes: 0 success, 1 problems found, 2 bad usage or "
                                       "plan file, 3 DNS server unreachable.") +
           QStringLiteral("\n");
}

void err(const QString &message)
{
    QTextStream(stderr) << "lyncdns: " << message << Qt::endl;
}

int usageError(const QString &message)
{
    err(QCoreApplication::translate("CommandLine", "%1 (see lyncdns --help)").arg(message));
    return ExitUsage;
}

// Writes to -o atomically, or to stdout.
int writeOutput(const QByteArray &content, const QString &outFile)
{
    if (outFile.isEmpty()) {
        std::fwrite(content.constData(), 1, static_cast<size_t>(content.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QString error;
    if (!writeFileAtomically(outFile, content, &error)) {
        err(error);
        return ExitUsage;
    }
    return ExitOk;
}

struct Parsed
{
    QCommandLineParser parser;
    QString planFile;
};

// Parses "<command> PLAN [options]"; returns false (after printing why) on bad usage.
bool parse(Parsed &p, const QStringList &arguments, const QList<QCommandLineOption> &options)
{
    p.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.parser.addOptions(options);
    p.parser.addPositionalArgument(QStringLiteral("PLAN"),
                                   QCoreApplication::translate("CommandLine", "the plan file"));
    if (!p.parser.parse(arguments)) {
        usageError(p.parser.errorText());
        return false;
    }
    const QStringList positional = p.parser.positionalArguments();
    if (positional.size() != 1) {
        usageError(positional.isEmpty()
                       ? QCoreApplication::translate("CommandLine", "%1: a plan file is needed")
                             .arg(arguments.value(0))
                       : QCoreApplication::translate("CommandLine", "%1: one plan file only")
                             .arg(arguments.value(0)));
        return false;
    }
    p.planFile = positional.first();
    return true;
}

bool choose(const Parsed &p, const QString &option, const QStringList &allowed, const QString &fallback,
            QString *value)
{
    *value = p.parser.isSet(option) ? p.parser.value(option) : fallback;
    if (allowed.contains(*value))
        return true;
    usageError(QCoreApplication::translate("CommandLine", "--%1 must be one of %2, not \"%3\"")
                   .arg(option, allowed.join(QStringLiteral("|")), *value));
    return false;
}

std::optional<Plan> load(const QString &fileName)
{
    PlanError error;
    std::optional<Plan> plan = readPlanFile(fileName, &error);
    if (!plan)
        err(printable(error.toString()));
    return plan;
}

QCommandLineOption paperOption()
{
    return {QStringLiteral("paper"), QCoreApplication::translate("CommandLine", "a4 or letter (pdf report)"),
            QStringLiteral("PAPER")};
}

bool choosePaper(const Parsed &p, QPageSize::PageSizeId *paper)
{
    *paper = defaultPaper();
    QString value;
    if (!choose(p, QStringLiteral("paper"), {QStringLiteral("a4"), QStringLiteral("letter")},
                *paper == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4"), &value))
        return false;
    *paper = value == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    return true;
}

enum class ReportFormat
{
    None,
    Html,
    Pdf
};

// The report format a file name asks for by its extension.
ReportFormat reportFormatFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    return ReportFormat::None;
}

// Writes the printable report as HTML (to stdout without a file name) or PDF.
int writeReport(const ReportInput &input, ReportFormat format, const QString &outFile,
                QPageSize::PageSizeId paper)
{
    const QString html = buildReportHtml(input);
    if (format == ReportFormat::Html)
        return writeOutput(html.toUtf8(), outFile);
    QString error;
    if (!writeReportPdf(html, outFile, paper, &error, input.draftErrors)) {
        err(error);
        return ExitUsage;
    }
    return ExitOk;
}

// Errors and warnings on stderr, after the records on stdout (notes only in `validate`).
void reportFindings(const QString &fileName, const Findings &findings)
{
    for (const Finding &f : findings) {
        if (f.severity == Severity::Info)
            continue;
        err(printable(
            QStringLiteral("%1: %2: %3 [%4] %5")
                .arg(fileName,
                     f.path.isEmpty() ? QCoreApplication::translate("CommandLine", "(plan)") : f.path,
                     severityName(f.severity), f.rule, f.message)));
    }
}

int planCommand(const QStringList &arguments)
{
    Parsed p;
    if (!parse(p, arguments,
               {{QStringLiteral("format"), QCoreApplication::translate("CommandLine", "table, csv or json"),
                 QStringLiteral("F")},
                {QStringLiteral("location"),
                 QCoreApplication::translate("CommandLine", "internal or external"), QStringLiteral("L")},
                {QStringLiteral("o"), QCoreApplication::translate("CommandLine", "output file"),
                 QStringLiteral("OUT")}}))
        return ExitUsage;
    QString format, location;
    if (!choose(p, QStringLiteral("format"),
                {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")},
                QStringLiteral("table"), &format) ||
        !choose(p, QStringLiteral("location"), keywords<Location>(), keyword(Location::Internal), &location))
        return ExitUsage;
    const std::optional<Plan> plan = load(p.planFile);
    if (!plan)
        return ExitUsage;
    RecordSet records = planRecords(*plan);
    if (p.parser.isSet(QStringLiteral("location")))
        records.removeIf([&location](const DnsRecord &r) { return locationName(r.location) != location; });
    // The table is for a terminal: no control character from the plan reaches it raw.
    if (format == QLatin1String("table"))
        for (DnsRecord &r : records) {
            r.name = printable(r.name);
            r.data = printable(r.data);
            r.reason = printable(r.reason);
        }
    const QByteArray out = format == QLatin1String("csv")    ? recordsToCsv(records)
                           : format == QLatin1String("json") ? recordsToJson(records)
                                                             : recordsToTable(records);
    const int written = writeOutput(out, p.parser.value(QStringLiteral("o")));
    if (written != ExitOk)
        return written;
    const Findings findings = validatePlan(*plan);
    reportFindings(p.planFile, findings);
    return hasErrors(findings) ? ExitProblems : ExitOk;
}

int validateCommand(const QStringList &arguments)
{
    Parsed p;
    if (!parse(p, arguments,
               {{QStringLiteral("format"), QCoreApplication::translate("CommandLine", "text or json"),
                 QStringLiteral("F")}}))
        return ExitUsage;
    QString format;
    if (!choose(p, QStringLiteral("format"), {QStringLiteral("text"), QStringLiteral("json")},
                QStringLiteral("text"), &format))
        return ExitUsage;
    const std::optional<Plan> plan = load(p.planFile);
    if (!plan)
        return ExitUsage;
    const Findings findings = validatePlan(*plan);
    int counts[3] = {0, 0, 0};
    for (const Finding &f : findings)
        ++counts[static_cast<int>(f.severity)];
    QByteArray out;
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const Finding &f : findings)
            rows.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                    {QStringLiteral("severity"), severityName(f.severity)},
                                    {QStringLiteral("path"), f.path},
                                    {QStringLiteral("message"), f.message}});
        out = QJsonDocument(QJsonObject{{QStringLiteral("file"), p.planFile},
                                        {QStringLiteral("valid"), counts[0] == 0},
                                        {QStringLiteral("errors"), counts[0]},
                                        {QStringLiteral("warnings"), counts[1]},
                                        {QStringLiteral("infos"), counts[2]},
                                        {QStringLiteral("findings"), rows}})
                  .toJson(QJsonDocument::Indented);
    } else {
        // One plural string per count: "1 error, 2 warnings", "1 Fehler, 2 Warnungen". (Plain ints:
        // lupdate skips a translate() whose count is an expression such as counts[0].)
        const int errors = counts[0], warnings = counts[1], notes = counts[2];
        // One line per finding, whatever the plan's values hold: a newline in a value cannot forge
        // a line such as "0 errors".
        QString text =
            printable(QStringLiteral("%1: %2, %3, %4")
                          .arg(p.planFile,
                               QCoreApplication::translate("CommandLine", "%n error(s)", nullptr, errors),
                               QCoreApplication::translate("CommandLine", "%n warning(s)", nullptr, warnings),
                               QCoreApplication::translate("CommandLine", "%n note(s)", nullptr, notes))) +
            QLatin1Char('\n');
        for (const Finding &f : findings)
            text += printable(QStringLiteral("%1 %2 %3: %4")
                                  .arg(severityName(f.severity).leftJustified(8), f.rule.leftJustified(16),
                                       f.path.isEmpty() ? QCoreApplication::translate("CommandLine", "(plan)")
                                                        : f.path,
                                       f.message)) +
                    QLatin1Char('\n');
        out = text.toUtf8();
    }
    writeOutput(out, QString());
    return counts[0] > 0 ? ExitProblems : ExitOk;
}

int exportCommand(const QStringList &arguments)
{
    Parsed p;
    if (!parse(p, arguments,
               {{QStringLiteral("format"),
                 QCoreApplication::translate("CommandLine", "bind, powershell, csv, json, html or pdf"),
                 QStringLiteral("F")},
                {QStringLiteral("o"), QCoreApplication::translate("CommandLine", "output file"),
                 QStringLiteral("OUT")},
                {QStringLiteral("dir"), QCoreApplication::translate("CommandLine", "output folder (bind)"),
                 QStringLiteral("DIR")},
                {QStringLiteral("force"),
                 QCoreApplication::translate("CommandLine",
                                             "write a plan with errors anyway, stamped as a draft")},
                paperOption()}))
        return ExitUsage;
    if (!p.parser.isSet(QStringLiteral("format")))
        return usageError(QCoreApplication::translate("CommandLine", "export: --format is required"));
    QString format;
    if (!choose(p, QStringLiteral("format"),
                {QStringLiteral("bind"), QStringLiteral("powershell"), QStringLiteral("csv"),
                 QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("pdf")},
                QString(), &format))
        return ExitUsage;
    const bool report = format == QLatin1String("html") || format == QLatin1String("pdf");
    QPageSize::PageSizeId paper = QPageSize::A4;
    if (!choosePaper(p, &paper))
        return ExitUsage;
    if (!report && p.parser.isSet(QStringLiteral("paper")))
        return usageError(
            QCoreApplication::translate("CommandLine", "export --paper is for the html and pdf report only"));
    const QString outFile = p.parser.value(QStringLiteral("o"));
    if (format == QLatin1String("pdf") && outFile.isEmpty())
        return usageError(
            QCoreApplication::translate("CommandLine", "export --format pdf writes a file: give -o OUT.pdf"));
    const QString dir = p.parser.value(QStringLiteral("dir"));
    if (format == QLatin1String("bind") && !outFile.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "export --format bind writes a folder of zone files: use --dir DIR, not -o"));
    if (format == QLatin1String("bind") && dir.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "export --format bind writes several files: give --dir DIR"));
    if (format != QLatin1String("bind") && !dir.isEmpty())
        return usageError(
            QCoreApplication::translate("CommandLine", "export --format %1 writes one file: use -o OUT")
                .arg(format));

    const std::optional<Plan> plan = load(p.planFile);
    if (!plan)
        return ExitUsage;
    // The export policy (docs/export-policy.md): errors refuse the export; --force writes it
    // stamped as a draft and still exits 1, as every command that ran and found problems does.
    const Findings findings = validatePlan(*plan);
    const int draftErrors = static_cast<int>(errorFindings(findings).size());
    const bool force = p.parser.isSet(QStringLiteral("force"));
    if (draftErrors > 0) {
        err(QStringLiteral("%1: %2").arg(printable(p.planFile), planErrorsText(findings)));
        if (!force) {
            err(QCoreApplication::translate("CommandLine",
                                            "%1: not exported; --force writes it anyway, stamped as a draft")
                    .arg(printable(p.planFile)));
            return ExitProblems;
        }
    }
    const RecordSet records = planRecords(*plan);
    int written = ExitOk;
    if (report) {
        ReportInput input;
        input.plan = &*plan;
        input.records = records;
        input.findings = findings;
        input.planFileName = QFileInfo(p.planFile).fileName();
        input.draftErrors = draftErrors;
        written = writeReport(input, format == QLatin1String("pdf") ? ReportFormat::Pdf : ReportFormat::Html,
                              outFile, paper);
    } else if (format == QLatin1String("bind")) {
        QString error;
        if (!writeExportFiles(dir, zoneFiles(*plan, records, todaysZoneSerial(), draftErrors), &error)) {
            err(error);
            written = ExitUsage;
        }
    } else {
        // CSV keeps cli.md's fixed header: no room for a stamp there; stderr and the exit code say it.
        const QByteArray out = format == QLatin1String("csv") ? recordsToCsv(records)
                               : format == QLatin1String("json")
                                   ? recordsToJson(records, draftErrors)
                                   : powerShellScript(*plan, records, draftErrors);
        written = writeOutput(out, outFile);
    }
    if (written != ExitOk || draftErrors == 0)
        return written;
    err(QCoreApplication::translate("CommandLine", "%1: exported anyway (--force), stamped as a draft")
            .arg(printable(p.planFile)));
    return ExitProblems;
}

int checkCommand(const QStringList &arguments)
{
    Parsed p;
    if (!parse(p, arguments,
               {{QStringLiteral("internal-server"),
                 QCoreApplication::translate("CommandLine", "internal DNS server address"),
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
    const QString internalServer = p.parser.value(QStringLiteral("internal-server"));
    const QString externalServer = p.parser.value(QStringLiteral("external-server"));
    if (internalServer.isEmpty() && externalServer.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "check: give --internal-server IP, --external-server IP or both"));
    for (const auto &[option, address] :
         {std::pair{"--internal-server", internalServer}, std::pair{"--external-server", externalServer}}) {
        if (address.isEmpty())
            continue;
        const QString problem = QtDnsResolver::serverProblem(address);
        if (!problem.isEmpty())
            return usageError(QStringLiteral("%1 %2: %3").arg(QLatin1String(option), address, problem));
    }
    int timeout = 3;
    if (p.parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeout = p.parser.value(QStringLiteral("timeout")).toInt(&ok);
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
        err(QStringLiteral("%1: %2").arg(printable(p.planFile), planErrorsText(findings)));
        err(QCoreApplication::translate("CommandLine", "%1: not checked; fix the validation errors first")
                .arg(printable(p.planFile)));
        return ExitUsage;
    }
    if (internalServer.isEmpty())
        err(QCoreApplication::translate("CommandLine",
                                        "internal records skipped: no --internal-server given"));
    if (externalServer.isEmpty())
        err(QCoreApplication::translate("CommandLine",
                                        "external records skipped: no --external-server given"));

    QtDnsResolver resolver;
    LiveCheck check(&resolver);
    QEventLoop loop;
    QObject::connect(&check, &LiveCheck::finished, &loop, &QEventLoop::quit);
    check.start(checkItems(*plan, planRecords(*plan)), internalServer, externalServer);
    if (check.isRunning())
        loop.exec();
    const CheckReport &report = check.report();
    if (reportFormat != ReportFormat::None) {
        ReportInput input;
        input.plan = &*plan;
        input.records = planRecords(*plan);
        input.findings = findings;
        input.check = &report;
        input.planFileName = QFileInfo(p.planFile).fileName();
        input.hostName = QSysInfo::machineHostName();
        const int written = writeReport(input, reportFormat, reportFile, paper);
        if (written != ExitOk)
            return written;
    }
    const QByteArray out = format == QLatin1String("json")  ? checkReportToJson(report)
                           : format == QLatin1String("csv") ? checkReportToCsv(report)
                                                            : checkReportToText(report);
    const int written = writeOutput(out, p.parser.value(QStringLiteral("o")));
    if (written != ExitOk)
        return written;
    for (const ServerInfo *s : {&report.internalServer, &report.externalServer})
        if (!s->address.isEmpty() && !s->reachable)
            err(s->detail);
    if (report.anyServerUnreachable())
        return ExitUnreachable;
    return report.allOk() ? ExitOk : ExitProblems;
}

} // namespace

LanguageOption takeLanguageOption(int &argc, char **argv)
{
    LanguageOption option;
    int kept = 1;
    bool optionsEnded = false;
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (!optionsEnded && std::strcmp(argument, "--") == 0)
            optionsEnded = true;
        if (!optionsEnded && std::strcmp(argument, "--lang") == 0) {
            option.given = true;
            option.value = i + 1 < argc ? QString::fromLocal8Bit(argv[++i]) : QString();
            continue;
        }
        if (!optionsEnded && std::strncmp(argument, "--lang=", 7) == 0) {
            option.given = true;
            option.value = QString::fromLocal8Bit(argument + 7);
            continue;
        }
        argv[kept++] = argv[i];
    }
    argc = kept;
    argv[argc] = nullptr;
    return option;
}

int languageUsageError(const QString &value)
{
    return usageError(QCoreApplication::translate("CommandLine", "--%1 must be one of %2, not \"%3\"")
                          .arg(QStringLiteral("lang"), QStringLiteral("de|en"), value));
}

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    // The wizard takes at most one plan path; anything longer is a (possibly mistyped) sub-command.
    return kCommands.contains(first) || first.startsWith(QLatin1Char('-')) || arguments.size() > 2;
}

bool commandLineRendersPdf(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command != QLatin1String("export") && command != QLatin1String("check"))
        return false;
    // A light scan: the real parse happens in runCommandLine, this only picks the application type.
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        if (!name.startsWith(QLatin1Char('-')))
            continue;
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        } else {
            value = arguments.value(i + 1);
        }
        if (name == QLatin1String("format") && value.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
            return true;
        if (name == QLatin1String("report") && reportFormatFor(value) == ReportFormat::Pdf)
            return true;
    }
    return false;
}

int runCommandLine(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1); // without the program name
    const QString command = args.value(0);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        QTextStream(stdout) << "lyncdns " << LYNCDNS_VERSION << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        QTextStream(stdout) << helpText();
        return ExitOk;
    }
    if (command == QLatin1String("plan"))
        return planCommand(args);
    if (command == QLatin1String("validate"))
        return validateCommand(args);
    if (command == QLatin1String("export"))
        return exportCommand(args);
    if (command == QLatin1String("check"))
        return checkCommand(args);
    return usageError(
        QCoreApplication::translate("CommandLine", "unknown command or option \"%1\"").arg(command));
}

} // namespace lyncdns
