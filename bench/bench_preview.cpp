// The record preview with the generated worldwide estate (issue 12: "an edit updates the preview
// within 100 ms"): opens it in a RecordPreview on the offscreen platform, then times an edit as
// the application handles one: plan + validate (PlanDocument), setRecords with the plan and its
// findings, and the view laid out again. Prints the figures; asserts nothing (tests keep
// selection and scroll, tst_preview).
// Run the release preset: build/release/bench/bench_preview [SITES] [DOMAINS] [RUNS]

#include "bench/benchtiming.h"
#include "bench/generatedplan.h"
#include "model/planner/planner.h"
#include "model/validator/validator.h"
#include "ui/widgets/recordpreview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>

using namespace lyncdns;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const int sites = !args.isEmpty() ? args.at(0).toInt() : 50;
    const int domains = args.size() > 1 ? args.at(1).toInt() : 200;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 7;
    if (sites < 1 || domains < 1 || runs < 1) {
        QTextStream(stderr) << "usage: bench_preview [SITES] [DOMAINS] [RUNS]" << Qt::endl;
        return 2;
    }
    Plan plan = generatedEstate(sites, domains);

    RecordPreview preview;
    preview.resize(640, 500); // the preview's half of a 1280×800 window
    preview.show();
    QElapsedTimer open;
    open.start();
    RecordSet records = planRecords(plan);
    Findings findings = validatePlan(plan, records);
    preview.setRecords(records, plan, findings);
    QCoreApplication::processEvents();
    const double opening = open.nsecsElapsed() / 1e6;

    // An edit: one server's address changes, so the records differ a little each run.
    int edit = 0;
    const auto change = [&] {
        ++edit;
        Server &server = plan.sites[0].frontEndPools[0].servers[0];
        server.ipv4 = QStringLiteral("10.0.%1.%2").arg(edit / 250).arg(edit % 250 + 1);
    };
    const double planning = medianMs(runs, [&] {
        change();
        records = planRecords(plan);
        findings = validatePlan(plan, records);
    });
    const double previewing = medianMs(runs, [&] {
        change();
        records = planRecords(plan);
        preview.setRecords(records, plan, findings);
        QCoreApplication::processEvents(); // the view laid out and painted
    });
    // The preview's own share: the records of an edit set and laid out.
    const double settingOnly = medianMs(runs, [&] {
        preview.setRecords(records, plan, findings);
        QCoreApplication::processEvents();
    });
    const double wholeEdit = medianMs(runs, [&] {
        change();
        records = planRecords(plan);
        findings = validatePlan(plan, records);
        preview.setRecords(records, plan, findings);
        QCoreApplication::processEvents();
    });
    // With validation errors the records built from invalid fields are marked as well.
    plan.sites[0].frontEndPools[0].servers[1].ipv4 = QStringLiteral("10.0.0");
    const double withErrors = medianMs(runs, [&] {
        change();
        records = planRecords(plan);
        findings = validatePlan(plan, records);
        preview.setRecords(records, plan, findings);
        QCoreApplication::processEvents();
    });

    QTextStream out(stdout);
    out << "bench_preview: " << sites << " sites, " << domains << " SIP domains, " << records.size()
        << " records in a 640-pixel preview; median of " << runs << " runs\n";
    out << QStringLiteral("  open (plan, validate, show)   %1 ms\n").arg(opening, 8, 'f', 2);
    out << QStringLiteral("  plan + validate               %1 ms\n").arg(planning, 8, 'f', 2);
    out << QStringLiteral("  plan + setRecords + layout    %1 ms\n").arg(previewing, 8, 'f', 2);
    out << QStringLiteral("  setRecords + layout only      %1 ms\n").arg(settingOnly, 8, 'f', 2);
    out << QStringLiteral("  whole edit                    %1 ms   (target < 100 ms)\n")
               .arg(wholeEdit, 8, 'f', 2);
    out << QStringLiteral("  whole edit, plan with errors  %1 ms\n").arg(withErrors, 8, 'f', 2);
    return 0;
}
