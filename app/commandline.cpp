#include "app/commandline.h"

#include "app/certscommand.h"
#include "app/checkcommand.h"
#include "app/commandlinesupport.h"
#include "app/convertcommand.h"
#include "app/importcommand.h"
#include "app/migratecommand.h"
#include "lyncdns/version.h"
#include "model/export/exportpolicy.h"
#include "model/export/powershellexporter.h"
#include "model/export/recordexport.h"
#include "model/export/zonefileexporter.h"
#include "model/io/printable.h"
#include "model/planner/planner.h"
#include "model/report/reportbuilder.h"
#include "model/validator/validator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstring>

namespace lyncdns {

using namespace cli;

namespace {

const QStringList kCommands = {QStringLiteral("plan"),   QStringLiteral("validate"), QStringLiteral("check"),
                               QStringLiteral("export"), QStringLiteral("convert"),  QStringLiteral("certs"),
                               QStringLiteral("import"), QStringLiteral("migrate")};

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
               "  lyncdns plan PLAN [--format table|csv|json|geodns] [--location internal|external]\n"
               "                [-o OUT]\n"
               "  lyncdns validate PLAN [--format text|json]\n"
               "  lyncdns check PLAN --internal-server IP [--internal-server IP ...]\n"
               "                --external-server IP\n"
               "                [--timeout SECONDS] [--format text|json|csv] [--report OUT.pdf|OUT.html]\n"
               "                [--paper a4|letter] [--fix-script FIX.ps1] [--fix-list FIX.csv]\n"
               "  lyncdns export PLAN --format bind|powershell|csv|json|html|pdf [-o OUT|--dir DIR]\n"
               "                [--paper a4|letter] [--force]\n"
               "  lyncdns convert PLAN -o NEW                      a version 1 plan saved as version 2\n"
               "  lyncdns certs PLAN [--format table|csv|json|inf] [-o OUT|--dir DIR]\n"
               "  lyncdns import TOPOLOGY [-o PLAN]                a topology exported from the deployment, "
               "as a plan\n"
               "  lyncdns migrate PLAN [--to hybrid|teams-only] [--format table|csv|json|powershell|bind]\n"
               "                [-o OUT|--dir DIR]                  the change set of a move to Teams\n"
               "  lyncdns --version | --help\n"
               "\n"
               "export refuses a plan with validation errors; --force writes it anyway, stamped\n"
               "as a DRAFT, and exits 1.\n"
               "check asks every --internal-server (one per site) for every internal record; a\n"
               "missing optional record is a notice and does not fail it. --fix-script and\n"
               "--fix-list write what would make the failing records right.\n"
               "\n"
               "Each of these also takes --lang de|en: the language of messages and the wizard\n"
               "(default: the system's).") +
           QStringLiteral("\n\n") +
           QCoreApplication::translate("CommandLine",
                                       "Exit codes: 0 success, 1 problems found, 2 bad usage or "
                                       "plan file, 3 DNS server unreachable.") +
           QStringLiteral("\n");
}

// The GeoDNS names of the plan (plan-format.md v2 rule 6) as cli.md's CSV: one row per member.
// They configure the GeoDNS device and are no zone records, so they have a table of their own.
QByteArray geoDnsToCsv(const QList<GeoDnsMember> &members)
{
    QString out = QStringLiteral("geodns_name,view,member,mode\n");
    for (const GeoDnsMember &m : members)
        out += QStringList{csvCell(m.name), csvCell(locationName(m.view)), csvCell(m.member),
                           csvCell(keyword(m.mode))}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    return out.toUtf8();
}

int planCommand(const QStringList &arguments)
{
    Parsed p;
    if (!parse(
            p, arguments,
            {{QStringLiteral("format"),
              QCoreApplication::translate("CommandLine", "table, csv, json or geodns"), QStringLiteral("F")},
             {QStringLiteral("location"), QCoreApplication::translate("CommandLine", "internal or external"),
              QStringLiteral("L")},
             {QStringLiteral("o"), QCoreApplication::translate("CommandLine", "output file"),
              QStringLiteral("OUT")}}))
        return ExitUsage;
    QString format, location;
    if (!choose(p, QStringLiteral("format"),
                {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"),
                 QStringLiteral("geodns")},
                QStringLiteral("table"), &format) ||
        !choose(p, QStringLiteral("location"), keywords<Location>(), keyword(Location::Internal), &location))
        return ExitUsage;
    const std::optional<Plan> plan = load(p.planFile);
    if (!plan)
        return ExitUsage;
    const bool filtered = p.parser.isSet(QStringLiteral("location"));
    QByteArray out;
    if (format == QLatin1String("geodns")) {
        QList<GeoDnsMember> members = geoDnsMembers(*plan);
        // --location keeps one view, as it keeps one side of the records.
        if (filtered)
            members.removeIf([&location](const GeoDnsMember &m) { return locationName(m.view) != location; });
        // Without geoDns the table is its header alone: a script gets the same shape for every plan.
        if (!plan->geoDns)
            err(QCoreApplication::translate("CommandLine", "%1: the plan has no GeoDNS names (no geoDns)")
                    .arg(printable(p.planFile)));
        out = geoDnsToCsv(members);
    } else {
        RecordSet records = planRecords(*plan);
        if (filtered)
            records.removeIf(
                [&location](const DnsRecord &r) { return locationName(r.location) != location; });
        // The table is for a terminal: no control character from the plan reaches it raw (a site
        // is named by the admin).
        if (format == QLatin1String("table"))
            for (DnsRecord &r : records) {
                r.name = printable(r.name);
                r.data = printable(r.data);
                r.reason = printable(r.reason);
                r.zone = printable(r.zone);
                r.site = printable(r.site);
            }
        out = format == QLatin1String("csv")    ? recordsToCsv(records)
              : format == QLatin1String("json") ? recordsToJson(records)
                                                : recordsToTable(records);
    }
    const int written = writeOutput(out, p.parser.value(QStringLiteral("o")));
    if (written != ExitOk)
        return written;
    const Findings findings = findingsInFile(validatePlan(*plan), plan->fileVersion);
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
    // Paths as the file spells them: a version 1 user keeps seeing "frontEnd.servers[0].ipv4".
    const Findings findings = findingsInFile(validatePlan(*plan), plan->fileVersion);
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
                                       findingPathText(f), f.message)) +
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
        err(QStringLiteral("%1: %2").arg(printable(p.planFile),
                                         planErrorsText(findingsInFile(findings, plan->fileVersion))));
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
    if (command == QLatin1String("convert"))
        return convertCommand(args);
    if (command == QLatin1String("certs"))
        return certsCommand(args);
    if (command == QLatin1String("import"))
        return importCommand(args);
    if (command == QLatin1String("migrate"))
        return migrateCommand(args);
    return usageError(
        QCoreApplication::translate("CommandLine", "unknown command or option \"%1\"").arg(command));
}

} // namespace lyncdns
