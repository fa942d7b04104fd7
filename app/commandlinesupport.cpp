#include "app/commandlinesupport.h"

#include "app/commandline.h"
#include "model/io/atomicfile.h"
#include "model/io/printable.h"
#include "model/plan/planpaths.h"
#include "model/plan/planreader.h"
#include "model/report/reportpdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace lyncdns::cli {

void err(const QString &message)
{
    QTextStream(stderr) << "lyncdns: " << message << Qt::endl;
}

int usageError(const QString &message)
{
    err(QCoreApplication::translate("CommandLine", "%1 (see lyncdns --help)").arg(message));
    return ExitUsage;
}

int writeOutput(const QByteArray &content, const QString &outFile)
{
    if (outFile.isEmpty()) {
        std::fwrite(content.constData(), 1, static_cast<size_t>(content.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QString error;
    if (!writeFileAtomically(outFile, content, &error)) {
        err(error);
        return ExitUsage;
    }
    return ExitOk;
}

bool reportUnreachableServers(const CheckReport &report)
{
    for (Location l : {Location::Internal, Location::External})
        for (const ServerInfo &s : report.servers(l))
            if (!s.reachable)
                err(s.detail);
    return report.anyServerUnreachable();
}

bool parse(Parsed &p, const QStringList &arguments, const QList<QCommandLineOption> &options)
{
    p.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.parser.addOptions(options);
    p.parser.addPositionalArgument(QStringLiteral("PLAN"),
                                   QCoreApplication::translate("CommandLine", "the plan file"));
    if (!p.parser.parse(arguments)) {
        usageError(p.parser.errorText());
        return false;
    }
    const QStringList positional = p.parser.positionalArguments();
    if (positional.size() != 1) {
        usageError(positional.isEmpty()
                       ? QCoreApplication::translate("CommandLine", "%1: a plan file is needed")
                             .arg(arguments.value(0))
                       : QCoreApplication::translate("CommandLine", "%1: one plan file only")
                             .arg(arguments.value(0)));
        return false;
    }
    p.planFile = positional.first();
    return true;
}

bool choose(const Parsed &p, const QString &option, const QStringList &allowed, const QString &fallback,
            QString *value)
{
    *value = p.parser.isSet(option) ? p.parser.value(option) : fallback;
    if (allowed.contains(*value))
        return true;
    usageError(QCoreApplication::translate("CommandLine", "--%1 must be one of %2, not \"%3\"")
                   .arg(option, allowed.join(QStringLiteral("|")), *value));
    return false;
}

std::optional<Plan> load(const QString &fileName)
{
    PlanError error;
    std::optional<Plan> plan = readPlanFile(fileName, &error);
    if (!plan)
        err(printable(error.toString()));
    return plan;
}

Findings findingsInFile(const Findings &findings, int fileVersion)
{
    Findings out = findings;
    for (Finding &f : out)
        f.path = pathInFile(f.path, fileVersion);
    return out;
}

QString findingPathText(const Finding &finding)
{
    return finding.path.isEmpty() ? QCoreApplication::translate("CommandLine", "(plan)") : finding.path;
}

void reportFindings(const QString &fileName, const Findings &findings)
{
    for (const Finding &f : findings)
        if (f.severity != Severity::Info)
            err(printable(
                QStringLiteral("%1: %2: %3 [%4] %5")
                    .arg(fileName, findingPathText(f), severityName(f.severity), f.rule, f.message)));
}

QCommandLineOption paperOption()
{
    return {QStringLiteral("paper"), QCoreApplication::translate("CommandLine", "a4 or letter (pdf report)"),
            QStringLiteral("PAPER")};
}

bool choosePaper(const Parsed &p, QPageSize::PageSizeId *paper)
{
    *paper = defaultPaper();
    QString value;
    if (!choose(p, QStringLiteral("paper"), {QStringLiteral("a4"), QStringLiteral("letter")},
                *paper == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4"), &value))
        return false;
    *paper = value == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    return true;
}

ReportFormat reportFormatFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    return ReportFormat::None;
}

int writeReport(const ReportInput &input, ReportFormat format, const QString &outFile,
                QPageSize::PageSizeId paper)
{
    const QString html = buildReportHtml(input);
    if (format == ReportFormat::Html)
        return writeOutput(html.toUtf8(), outFile);
    QString error;
    if (!writeReportPdf(html, outFile, paper, &error, input.draftErrors)) {
        err(error);
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace lyncdns::cli
