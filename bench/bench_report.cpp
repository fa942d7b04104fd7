// Report of a generated plan: HTML build and PDF render; prints wall time, processor time and
// peak RSS.
// Targets on the 2-core reference machine: < 3 s for both at 208 SIP domains (issue #5, about
// 5,000 records); at 2,000 SIP domains the PDF streams page by page, < 15 s and < 200 MB peak RSS
// (issue 17). Run the release preset: build/release/bench/bench_report [DOMAINS]
// bench_report --write-plan FILE [DOMAINS] writes the generated plan instead, for
// `/usr/bin/time -v lyncdns export FILE --format pdf`; bench_report --pdf FILE [DOMAINS] keeps the
// PDF it renders (to compare the renderer's output before and after a change).

#include "bench/generatedplan.h"
#include "model/plan/planwriter.h"
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

#include <sys/resource.h>

using namespace lyncdns;

namespace {

// The process's peak resident set so far, in MiB (Linux reports ru_maxrss in KiB).
long peakRssMib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The processor time the process has used so far, all threads, in milliseconds: on a machine
// other jobs share, it shows the work done where the wall time shows the waiting too.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

} // namespace

// Every SIP domain adds its SRV, simple URL, Autodiscover and Edge names, internal and external.

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QString planFile;
    QString keptPdf;
    if (args.size() >= 2 && args.first() == QLatin1String("--write-plan")) {
        planFile = args.at(1);
        args = args.mid(2);
    } else if (args.size() >= 2 && args.first() == QLatin1String("--pdf")) {
        keptPdf = args.at(1);
        args = args.mid(2);
    }
    const int domains = !args.isEmpty() ? args.first().toInt() : 208;

    const Plan plan = generatedPlan(domains);
    if (!planFile.isEmpty()) {
        QString error;
        if (!savePlanFile(plan, planFile, &error)) {
            out << "cannot write the plan: " << error << Qt::endl;
            return 1;
        }
        out << "wrote " << planFile << " (" << domains << " SIP domains)" << Qt::endl;
        return 0;
    }
    ReportInput input;
    input.plan = &plan;
    input.records = planRecords(plan);
    input.findings = validatePlan(plan);
    const long baseRss = peakRssMib();

    QElapsedTimer timer;
    timer.start();
    const QString html = buildReportHtml(input);
    const qint64 htmlMs = timer.elapsed();

    QTemporaryDir dir;
    const QString pdf = keptPdf.isEmpty() ? dir.filePath(QStringLiteral("report.pdf")) : keptPdf;
    QString error;
    const qint64 cpuBefore = cpuMs();
    timer.restart();
    const bool written = writeReportPdf(html, pdf, QPageSize::A4, &error);
    const qint64 pdfMs = timer.elapsed();
    const qint64 pdfCpuMs = cpuMs() - cpuBefore;
    if (!written) {
        out << "PDF failed: " << error << Qt::endl;
        return 1;
    }
    out << domains << " SIP domains, " << input.records.size() << " records, " << input.findings.size()
        << " findings\n"
        << "  HTML build: " << htmlMs << " ms (" << html.size() / 1024 << " KiB)\n"
        << "  PDF render: " << pdfMs << " ms (" << QFileInfo(pdf).size() / 1024 << " KiB; " << pdfCpuMs
        << " ms of processor time, all threads)\n"
        << "  total:      " << htmlMs + pdfMs << " ms (target < 3000 ms at 208 domains, < 15000 ms at 2000)\n"
        << "  peak RSS:   " << peakRssMib() << " MiB (" << baseRss
        << " MiB before the report; target < 200 MiB at 2000 domains)" << Qt::endl;
    return 0;
}
