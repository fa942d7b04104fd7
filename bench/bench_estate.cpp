// Plan + validate + CSV export of a generated worldwide estate; prints timings.
// The estate: 50 central sites, each a Director pool, two Front End pools of 8 servers (DNS load
// balancing), an Edge pool and a reverse proxy, with 200 SIP domains (plan-format.md version 2).
// Targets on the 2-core reference machine (issue 11): plan + validate < 100 ms, CSV < 300 ms.
// Run the release preset: build/release/bench/bench_estate [SITES] [DOMAINS] [RUNS]
// bench_estate --write-plan FILE [SITES] [DOMAINS] writes the generated estate instead, for
// `lyncdns validate FILE` or `lyncdns export FILE`.

#include "bench/benchtiming.h"
#include "bench/generatedplan.h"
#include "model/export/recordexport.h"
#include "model/plan/planreader.h"
#include "model/plan/planwriter.h"
#include "model/planner/planner.h"
#include "model/validator/validator.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

using namespace lyncdns;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString planFile;
    if (args.size() >= 2 && args.first() == QLatin1String("--write-plan")) {
        planFile = args.at(1);
        args = args.mid(2);
    }
    const int sites = !args.isEmpty() ? args.at(0).toInt() : 50;
    const int domains = args.size() > 1 ? args.at(1).toInt() : 200;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 7;
    if (sites < 1 || domains < 1 || runs < 1) {
        QTextStream(stderr) << "usage: bench_estate [--write-plan FILE] [SITES] [DOMAINS] [RUNS]" << Qt::endl;
        return 2;
    }
    const Plan plan = generatedEstate(sites, domains);
    if (!planFile.isEmpty()) {
        QString error;
        if (!savePlanFile(plan, planFile, &error)) {
            QTextStream(stderr) << "cannot write the plan: " << error << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << "wrote " << planFile << " (" << sites << " sites, " << domains
                            << " SIP domains)" << Qt::endl;
        return 0;
    }
    const QByteArray json = planToJson(plan);
    PlanError error;
    if (!parsePlan(json, QStringLiteral("bench"), &error)) {
        QTextStream(stderr) << "generated estate does not parse: " << error.toString() << Qt::endl;
        return 1;
    }

    RecordSet records;
    Findings findings;
    QByteArray csv;
    const double parse = medianMs(runs, [&] { parsePlan(json, QStringLiteral("bench"), nullptr); });
    const double planning = medianMs(runs, [&] { records = planRecords(plan); });
    // As the application does (PlanDocument): the findings of the records just planned.
    const double validating = medianMs(runs, [&] { findings = validatePlan(plan, records); });
    const double planAndValidate = medianMs(runs, [&] {
        const RecordSet planned = planRecords(plan);
        validatePlan(plan, planned);
    });
    const double csvExport = medianMs(runs, [&] { csv = recordsToCsv(planRecords(plan)); });

    const auto errors = std::count_if(findings.cbegin(), findings.cend(),
                                      [](const Finding &f) { return f.severity == Severity::Error; });
    QTextStream out(stdout);
    out << "bench_estate: " << sites << " sites, " << domains << " SIP domains, " << records.size()
        << " records, " << findings.size() << " findings (" << errors << " errors), CSV " << csv.size() / 1024
        << " KiB; median of " << runs << " runs\n";
    out << QStringLiteral("  parse plan JSON     %1 ms\n").arg(parse, 8, 'f', 2);
    out << QStringLiteral("  plan                %1 ms\n").arg(planning, 8, 'f', 2);
    out << QStringLiteral("  validate            %1 ms\n").arg(validating, 8, 'f', 2);
    out << QStringLiteral("  plan + validate     %1 ms   (target < 100 ms)\n")
               .arg(planAndValidate, 8, 'f', 2);
    out << QStringLiteral("  plan + CSV export   %1 ms   (target < 300 ms)\n").arg(csvExport, 8, 'f', 2);
    // A generated estate with errors measures the wrong thing: say which, so it gets fixed.
    for (const Finding &f : std::as_const(findings))
        if (f.severity == Severity::Error)
            out << "  error " << f.rule << " at " << f.path << ": " << f.message << '\n';
    return 0;
}
