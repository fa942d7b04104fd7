#include "app/certscommand.h"

#include "app/commandline.h"
#include "app/commandlinesupport.h"
#include "model/certs/certificateexport.h"
#include "model/certs/certificates.h"
#include "model/planner/planner.h"
#include "model/validator/validator.h"

#include <QCoreApplication>

namespace lyncdns::cli {

int certsCommand(const QStringList &arguments)
{
    Parsed p;
    if (!parse(p, arguments,
               {{QStringLiteral("format"),
                 QCoreApplication::translate("CommandLine", "table, csv, json or inf"), QStringLiteral("F")},
                {QStringLiteral("o"), QCoreApplication::translate("CommandLine", "output file"),
                 QStringLiteral("OUT")},
                {QStringLiteral("dir"),
                 QCoreApplication::translate("CommandLine", "output folder (inf: one request file each)"),
                 QStringLiteral("DIR")}}))
        return ExitUsage;
    QString format;
    if (!choose(
            p, QStringLiteral("format"),
            {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("inf")},
            QStringLiteral("table"), &format))
        return ExitUsage;
    const QString outFile = p.parser.value(QStringLiteral("o"));
    const QString dir = p.parser.value(QStringLiteral("dir"));
    const bool inf = format == QLatin1String("inf");
    if (inf && !outFile.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "certs --format inf writes one file per certificate: use --dir DIR, not -o"));
    if (inf && dir.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "certs --format inf writes one file per certificate: give --dir DIR"));
    if (!inf && !dir.isEmpty())
        return usageError(
            QCoreApplication::translate("CommandLine", "certs --format %1 writes one file: use -o OUT")
                .arg(format));

    const std::optional<Plan> plan = load(p.planFile);
    if (!plan)
        return ExitUsage;
    const RecordSet records = planRecords(*plan);
    const QList<CertificateRequest> requests = certificateRequests(*plan, records);
    int written = ExitOk;
    if (inf) {
        QString error;
        if (!writeExportFiles(dir, certificateInfFiles(requests), &error)) {
            err(error);
            written = ExitUsage;
        }
    } else {
        written = writeOutput(format == QLatin1String("csv")    ? certificatesToCsv(requests)
                              : format == QLatin1String("json") ? certificatesToJson(requests)
                                                                : certificatesToTable(requests),
                              outFile);
    }
    if (written != ExitOk)
        return written;
    // Like `plan`: the certificates of a plan with errors are written all the same, the errors and
    // warnings go to stderr, and the exit code is 1.
    const Findings findings = findingsInFile(validatePlan(*plan, records), plan->fileVersion);
    reportFindings(p.planFile, findings);
    return hasErrors(findings) ? ExitProblems : ExitOk;
}

} // namespace lyncdns::cli
