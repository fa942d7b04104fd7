#include "app/convertcommand.h"

#include "app/commandline.h"
#include "app/commandlinesupport.h"
#include "model/io/printable.h"
#include "model/plan/planreader.h"
#include "model/plan/planwriter.h"
#include "model/validator/validator.h"

#include <QCoreApplication>

namespace lyncdns::cli {

int convertCommand(const QStringList &arguments)
{
    Parsed p;
    if (!parse(
            p, arguments,
            {{QStringLiteral("o"), QCoreApplication::translate("CommandLine", "the version 2 plan to write"),
              QStringLiteral("NEW")}}))
        return ExitUsage;
    const QString outFile = p.parser.value(QStringLiteral("o"));
    // No stdout form: a plan is a file the wizard opens, and -o keeps it whole (written atomically).
    if (outFile.isEmpty())
        return usageError(
            QCoreApplication::translate("CommandLine", "convert: give -o NEW, the file to write"));
    const std::optional<Plan> plan = load(p.planFile);
    if (!plan)
        return ExitUsage;
    // The writer and the reader must agree on every value, or the conversion would lose one
    // silently: read the new text back before anything is written.
    PlanError readBack;
    const std::optional<Plan> again = parsePlan(planToJson(*plan), outFile, &readBack);
    if (!again || !(*again == *plan)) {
        err(QCoreApplication::translate("CommandLine",
                                        "%1: not converted: the version 2 text does not read back as the "
                                        "same plan (%2); please report this")
                .arg(printable(p.planFile),
                     again ? QCoreApplication::translate("CommandLine", "a value differs")
                           : printable(readBack.toString())));
        return ExitUsage;
    }
    QString error;
    if (!savePlanFile(*plan, outFile, &error)) {
        err(error);
        return ExitUsage;
    }
    // A plan with errors is converted all the same (the wizard saves such plans too); like `plan`,
    // the errors and warnings go to stderr, with the paths of the file that was read, and exit 1.
    const Findings findings = findingsInFile(validatePlan(*plan), plan->fileVersion);
    reportFindings(p.planFile, findings);
    return hasErrors(findings) ? ExitProblems : ExitOk;
}

} // namespace lyncdns::cli
