#include "app/migratecommand.h"

#include "app/commandline.h"
#include "app/commandlinesupport.h"
#include "model/export/zonefileexporter.h"
#include "model/io/exportfile.h"
#include "model/migration/changescript.h"
#include "model/migration/changeset.h"
#include "model/migration/changesetexport.h"
#include "model/planner/planner.h"
#include "model/validator/validator.h"

#include <QCoreApplication>

namespace lyncdns::cli {

namespace {

// The change script and its rollback beside it: both are written, or (on the first failure) the
// error is reported; a change script without its rollback is never left behind.
int writeScripts(const MigrationChangeSet &set, const QString &outFile)
{
    const QString rollbackFile = rollbackScriptPath(outFile);
    if (const int written = writeOutput(rollbackScriptPowerShell(set), rollbackFile); written != ExitOk)
        return written;
    return writeOutput(changeScriptPowerShell(set), outFile);
}

} // namespace

int migrateCommand(const QStringList &arguments)
{
    Parsed p;
    if (!parse(p, arguments,
               {{QStringLiteral("to"),
                 QCoreApplication::translate("CommandLine", "hybrid, teams-only or onprem"),
                 QStringLiteral("PHASE")},
                {QStringLiteral("format"),
                 QCoreApplication::translate("CommandLine", "table, csv, json, powershell or bind"),
                 QStringLiteral("F")},
                {QStringLiteral("o"), QCoreApplication::translate("CommandLine", "output file"),
                 QStringLiteral("OUT")},
                {QStringLiteral("dir"),
                 QCoreApplication::translate("CommandLine", "output folder (bind: the target zones)"),
                 QStringLiteral("DIR")}}))
        return ExitUsage;
    QString format;
    if (!choose(p, QStringLiteral("format"),
                {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"),
                 QStringLiteral("powershell"), QStringLiteral("bind")},
                QStringLiteral("table"), &format))
        return ExitUsage;
    QString to;
    if (!choose(p, QStringLiteral("to"), keywords<MigrationPhase>(), keyword(MigrationPhase::TeamsOnly), &to))
        return ExitUsage;
    const QString outFile = p.parser.value(QStringLiteral("o"));
    const QString dir = p.parser.value(QStringLiteral("dir"));
    const bool bind = format == QLatin1String("bind");
    if (bind && !outFile.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "migrate --format bind writes a folder of zone files: use --dir DIR, not -o"));
    if (bind && dir.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "migrate --format bind writes several files: give --dir DIR"));
    if (!bind && !dir.isEmpty())
        return usageError(
            QCoreApplication::translate("CommandLine", "migrate --format %1 writes one file: use -o OUT")
                .arg(format));
    if (format == QLatin1String("powershell") && outFile.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "migrate --format powershell writes a change script and its rollback beside it: "
                           "give -o FILE.ps1"));

    const std::optional<Plan> plan = load(p.planFile);
    if (!plan)
        return ExitUsage;
    const MigrationChangeSet set = migrationChangeSet(*plan, *fromKeyword<MigrationPhase>(to));
    int written = ExitOk;
    if (bind) {
        QString error;
        if (!writeExportFiles(dir, zoneFiles(set.target, set.targetRecords, todaysZoneSerial()), &error)) {
            err(error);
            written = ExitUsage;
        }
    } else if (format == QLatin1String("powershell")) {
        written = writeScripts(set, outFile);
    } else {
        written = writeOutput(format == QLatin1String("csv")    ? changeSetToCsv(set)
                              : format == QLatin1String("json") ? changeSetToJson(set)
                                                                : changeSetToTable(set),
                              outFile);
    }
    if (written != ExitOk)
        return written;
    // Like `certs`: the change set of a plan with errors is written all the same, the plan's errors
    // and warnings go to stderr, and the exit code is 1.
    const Findings findings = findingsInFile(validatePlan(*plan, planRecords(*plan)), plan->fileVersion);
    reportFindings(p.planFile, findings);
    return hasErrors(findings) ? ExitProblems : ExitOk;
}

} // namespace lyncdns::cli
