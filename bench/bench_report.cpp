// Report of a generated plan with about 5,000 records: HTML build and PDF render; prints timings.
// Target on the reference machine (issue #5): < 3 s for both. Run the release preset:
// build/release/bench/bench_report [DOMAINS]

#include "bench/generatedplan.h"
#include "model/planner/planner.h"
#include "model/report/reportbuilder.h"
#include "model/report/reportpdf.h"
#include "model/validator/validator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lyncdns;

// Every SIP domain adds its SRV, simple URL, Autodiscover and Edge names, internal and external.

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int domains = args.size() > 1 ? args.at(1).toInt() : 208;
    QTextStream out(stdout);

    const Plan plan = generatedPlan(domains);
    ReportInput input;
    input.plan = &plan;
    input.records = planRecords(plan);
    input.findings = validatePlan(plan);

    QElapsedTimer timer;
    timer.start();
    const QString html = buildReportHtml(input);
    const qint64 htmlMs = timer.elapsed();

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    timer.restart();
    const bool written = writeReportPdf(html, pdf, QPageSize::A4, &error);
    const qint64 pdfMs = timer.elapsed();
    if (!written) {
        out << "PDF failed: " << error << Qt::endl;
        return 1;
    }
    out << domains << " SIP domains, " << input.records.size() << " records, " << input.findings.size()
        << " findings\n"
        << "  HTML build: " << htmlMs << " ms (" << html.size() / 1024 << " KiB)\n"
        << "  PDF render: " << pdfMs << " ms (" << QFileInfo(pdf).size() / 1024 << " KiB)\n"
        << "  total:      " << htmlMs + pdfMs << " ms (target < 3000 ms)" << Qt::endl;
    return 0;
}
