// Plan + validate + CSV export of a generated plan with many SIP domains; prints timings.
// Targets on the 2-core reference machine (issue #2): plan + validate < 100 ms, CSV < 300 ms
// for 1,000 SIP domains. Run the release preset: build/release/bench/bench_planner [DOMAINS] [RUNS]

#include "bench/benchtiming.h"
#include "bench/generatedplan.h"
#include "model/export/recordexport.h"
#include "model/plan/planreader.h"
#include "model/plan/planwriter.h"
#include "model/planner/planner.h"
#include "model/validator/validator.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace lyncdns;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int domains = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 7;
    const Plan plan = generatedPlan(domains);
    const QByteArray json = planToJson(plan);

    PlanError error;
    if (!parsePlan(json, QStringLiteral("bench"), &error)) {
        QTextStream(stderr) << "generated plan does not parse: " << error.toString() << Qt::endl;
        return 1;
    }
    RecordSet records;
    Findings findings;
    QByteArray csv;
    const double parse = medianMs(runs, [&] { parsePlan(json, QStringLiteral("bench"), nullptr); });
    const double planning = medianMs(runs, [&] { records = planRecords(plan); });
    // As the application does (PlanDocument): the findings of the records just planned.
    const double validating = medianMs(runs, [&] { findings = validatePlan(plan, records); });
    const double csvExport = medianMs(runs, [&] { csv = recordsToCsv(planRecords(plan)); });
    // Issue 17: Skype for Business checks every default Meet URL host against the SIP domains
    // (R-URL5); that was quadratic (20,000 SIP domains: 25 s).
    Plan sfb = plan;
    sfb.product = Product::Sfb2015;
    const RecordSet sfbRecords = planRecords(sfb);
    const double validatingSfb = medianMs(runs, [&] { validatePlan(sfb, sfbRecords); });

    QTextStream out(stdout);
    out << "bench_planner: " << domains << " SIP domains, " << records.size() << " records, "
        << findings.size() << " findings, CSV " << csv.size() / 1024 << " KiB; median of " << runs
        << " runs\n";
    out << QStringLiteral("  parse plan JSON     %1 ms\n").arg(parse, 8, 'f', 2);
    out << QStringLiteral("  plan                %1 ms\n").arg(planning, 8, 'f', 2);
    out << QStringLiteral("  validate            %1 ms\n").arg(validating, 8, 'f', 2);
    out << QStringLiteral("  validate (sfb2015)  %1 ms\n").arg(validatingSfb, 8, 'f', 2);
    out << QStringLiteral("  plan + validate     %1 ms   (target < 100 ms)\n")
               .arg(planning + validating, 8, 'f', 2);
    out << QStringLiteral("  plan + CSV export   %1 ms   (target < 300 ms)\n").arg(csvExport, 8, 'f', 2);
    return 0;
}
