#include "ui/report/reportactions.h"

#include "model/export/exportpolicy.h"
#include "model/io/atomicfile.h"
#include "model/io/filenames.h"
#include "model/report/reportpdf.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTextDocument>
#include <QWidget>

#include <memory>

namespace lyncdns {

namespace {

const QString kExportDirKey = QStringLiteral("report/exportDirectory");

// Building and laying out a report of a large plan takes a moment: say so.
class WaitCursor final
{
    Q_DISABLE_COPY_MOVE(WaitCursor)
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
};

QString reportTitle(const ReportInput &input)
{
    if (input.plan && !input.plan->title.isEmpty())
        return input.plan->title;
    return input.planFileName.isEmpty() ? ReportActions::tr("DNS report")
                                        : QFileInfo(input.planFileName).fileName();
}

void setUpPrinter(QPrinter &printer, const ReportInput &input)
{
    printer.setPageSize(QPageSize(defaultPaper()));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter); // as the PDF export
    // The print dialog offers "<document name>.pdf" when printing to a file: no colons or commas.
    printer.setDocName(QFileInfo(defaultReportFileName(input, ReportFormat::Pdf)).completeBaseName());
}

// The model's messages start with the file name, which the dialog already shows.
QString reason(const QString &error, const QString &fileName)
{
    const QString prefix = fileName + QStringLiteral(": ");
    return error.startsWith(prefix) ? error.mid(prefix.size()) : error;
}

bool defaultExportErrorsPrompt(QWidget *parent, const Findings &findings)
{
    QMessageBox box(QMessageBox::Warning, ReportActions::tr("Plan Has Errors"), planErrorsText(findings),
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText); // messages quote what the plan holds, markup included
    box.setInformativeText(ReportActions::tr("Exported anyway, every file and report page is stamped as a "
                                             "DRAFT. Fix the errors first to export the plan for use."));
    QPushButton *anyway = box.addButton(ReportActions::tr("Export &Anyway"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

ExportErrorsPrompt &exportErrorsPrompt()
{
    static ExportErrorsPrompt prompt = defaultExportErrorsPrompt;
    return prompt;
}

// The hand-over report follows the export policy; a report with check evidence records what a
// check found (as check --report does) and is neither refused nor stamped.
bool isHandOver(const ReportInput &input)
{
    return !input.check;
}

} // namespace

void setExportErrorsPrompt(ExportErrorsPrompt prompt)
{
    exportErrorsPrompt() = prompt ? std::move(prompt) : ExportErrorsPrompt(defaultExportErrorsPrompt);
}

std::optional<int> confirmExport(QWidget *parent, const Findings &findings)
{
    const int errors = static_cast<int>(errorFindings(findings).size());
    if (errors == 0)
        return 0;
    if (!exportErrorsPrompt()(parent, findings))
        return std::nullopt;
    return errors;
}

QString defaultReportFileName(const ReportInput &input, ReportFormat format)
{
    const QString suffix = format == ReportFormat::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
    QString base = QFileInfo(input.planFileName).completeBaseName();
    if (base.isEmpty() && input.plan)
        base = fileBaseNameFromTitle(input.plan->title);
    const QString kind = input.check ? QStringLiteral("dns-check-evidence") : QStringLiteral("dns-report");
    return (base.isEmpty() ? kind : base + QLatin1Char('-') + kind) + suffix;
}

ReportActions::ReportActions(QWidget *window, InputProvider input)
    : QObject(window)
    , m_window(window)
    , m_input(std::move(input))
    , m_printPreview(new QAction(tr("Print Pre&view…"), window))
    , m_print(new QAction(tr("&Print…"), window))
    , m_exportPdf(new QAction(tr("&PDF…"), window))
    , m_exportHtml(new QAction(tr("&HTML…"), window))
{
    m_printPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_printPreview->setStatusTip(tr("See the hand-over report page by page, and print it from there"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the hand-over report"));
    m_exportPdf->setStatusTip(tr("Save the hand-over report as a PDF file"));
    m_exportHtml->setStatusTip(tr("Save the hand-over report as an HTML page"));
    for (QAction *a : {m_printPreview, m_print, m_exportPdf, m_exportHtml}) {
        a->setToolTip(a->statusTip());
        // Also part of the window, so the shortcuts work where no menu shows the actions.
        window->addAction(a);
    }
    connect(m_printPreview, &QAction::triggered, this, &ReportActions::printPreview);
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    connect(m_exportPdf, &QAction::triggered, this, [this] { exportReport(ReportFormat::Pdf); });
    connect(m_exportHtml, &QAction::triggered, this, [this] { exportReport(ReportFormat::Html); });
}

void ReportActions::setEnabled(bool enabled)
{
    for (QAction *a : {m_printPreview, m_print, m_exportPdf, m_exportHtml})
        a->setEnabled(enabled);
}

void ReportActions::printPreview()
{
    ReportInput input = m_input();
    // Looking is not exporting: no question, but the pages show the stamp a print would carry.
    if (isHandOver(input))
        input.draftErrors = static_cast<int>(errorFindings(input.findings).size());
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, input);
    QPrintPreviewDialog dialog(&printer, m_window);
    //: Window title; %1 is the plan's title or file name.
    dialog.setWindowTitle(tr("Print Preview — %1").arg(reportTitle(input)));
    QString html;
    {
        const WaitCursor wait;
        html = buildReportHtml(input);
    }
    // The same page painter as the PDF export: margins, footer and page numbers match.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&html, &input](QPrinter *p) {
        const WaitCursor wait;
        paintReport(html, p, nullptr, input.draftErrors);
    });
    // Pages are tall: most of the screen shows one whole at a readable size.
    if (const QScreen *screen = m_window->screen()) {
        const QRect available = screen->availableGeometry();
        dialog.resize(available.width() * 3 / 4, available.height() * 9 / 10);
    }
    dialog.exec();
}

void ReportActions::print()
{
    ReportInput input = m_input();
    if (isHandOver(input)) {
        const std::optional<int> draftErrors = confirmExport(m_window, input.findings);
        if (!draftErrors)
            return;
        input.draftErrors = *draftErrors;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, input);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WaitCursor wait;
    QString error;
    if (!paintReport(buildReportHtml(input), &printer, &error, input.draftErrors))
        QMessageBox::warning(m_window, tr("Print Report"),
                             tr("The report could not be printed: %1").arg(error));
}

void ReportActions::exportReport(ReportFormat format)
{
    const bool pdf = format == ReportFormat::Pdf;
    ReportInput input = m_input();
    if (isHandOver(input)) {
        const std::optional<int> draftErrors = confirmExport(m_window, input.findings);
        if (!draftErrors)
            return;
        input.draftErrors = *draftErrors;
    }
    QString directory = QSettings().value(kExportDirKey).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory =
            input.planFileName.isEmpty() ? QDir::homePath() : QFileInfo(input.planFileName).absolutePath();

    QFileDialog dialog(m_window, pdf ? tr("Export Report as PDF") : tr("Export Report as HTML"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(pdf ? tr("PDF files (*.pdf)") : tr("HTML files (*.html *.htm)"));
    dialog.setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("html"));
    dialog.setDirectory(directory);
    dialog.selectFile(defaultReportFileName(input, format));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    writeReport(input, format, dialog.selectedFiles().constFirst());
}

bool ReportActions::exportReport(ReportFormat format, const QString &fileName)
{
    ReportInput input = m_input();
    if (isHandOver(input)) {
        const std::optional<int> draftErrors = confirmExport(m_window, input.findings);
        if (!draftErrors)
            return false;
        input.draftErrors = *draftErrors;
    }
    return writeReport(input, format, fileName);
}

bool ReportActions::writeReport(const ReportInput &input, ReportFormat format, const QString &fileName)
{
    const bool pdf = format == ReportFormat::Pdf;
    QString error;
    bool ok = false;
    {
        const WaitCursor wait;
        const QString html = buildReportHtml(input);
        ok = pdf ? writeReportPdf(html, fileName, defaultPaper(), &error, input.draftErrors)
                 : writeFileAtomically(fileName, html.toUtf8(), &error);
    }
    if (!ok) {
        QMessageBox::warning(m_window, tr("Export Failed"),
                             tr("The report could not be saved to %1:\n%2")
                                 .arg(QDir::toNativeSeparators(fileName), reason(error, fileName)));
        return false;
    }
    QSettings().setValue(kExportDirKey, QFileInfo(fileName).absolutePath());
    emit exported(fileName);
    return true;
}

} // namespace lyncdns
