// Report of a generated plan with about 5,000 records: HTML build and PDF render; prints timings.
// Target on the reference machine (issue #5): < 3 s for both. Run the release preset:
// build/release/bench/bench_report [DOMAINS]

#include "planner.h"
#include "reportbuilder.h"
#include "reportpdf.h"
#include "validator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lyncdns;

// Every SIP domain adds its SRV, simple URL, Autodiscover and Edge names, internal and external.
static Plan generatedPlan(int domains)
{
    Plan plan;
    plan.title = QStringLiteral("Benchmark: %1 SIP domains").arg(domains);
    plan.product = Product::Sfb2015;
    for (int i = 0; i < domains; ++i)
        plan.sipDomains << QStringLiteral("domain%1.example.com").arg(i, 4, 10, QLatin1Char('0'));
    plan.frontEnd.edition = Edition::Enterprise;
    plan.frontEnd.fqdn = QStringLiteral("pool01.corp.example.net");
    plan.frontEnd.loadBalancing = LoadBalancing::Dns;
    for (int i = 1; i <= 4; ++i)
        plan.frontEnd.servers << Server{QStringLiteral("fe%1.corp.example.net").arg(i),
                                        QStringLiteral("10.10.10.%1").arg(i), QString()};
    plan.frontEnd.webServices = {QStringLiteral("webint.corp.example.net"), QStringLiteral("10.10.10.50"),
                                 QString(), QStringLiteral("webext.domain0000.example.com")};
    Edge edge;
    edge.layout = EdgeLayout::ScaledDns;
    edge.nat = true;
    edge.internalFqdn = QStringLiteral("edgepool.corp.example.net");
    for (int i = 1; i <= 2; ++i) {
        EdgeServer s;
        s.fqdn = QStringLiteral("edge%1.corp.example.net").arg(i);
        s.internalIpv4 = QStringLiteral("172.25.33.%1").arg(10 + i);
        s.accessIpv4 = QStringLiteral("131.107.155.%1").arg(10 + i);
        s.webConferencingIpv4 = QStringLiteral("131.107.155.%1").arg(20 + i);
        s.avIpv4 = QStringLiteral("131.107.155.%1").arg(30 + i);
        edge.servers << s;
    }
    plan.edge = edge;
    plan.reverseProxy = ReverseProxy{QStringLiteral("131.107.155.40"), QString()};
    plan.federation = {true, true};
    plan.pushNotifications = true;
    plan.devices.deviceUpdates = true;
    return plan;
}

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
