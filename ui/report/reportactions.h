#pragma once

// The hand-over report's Print Preview, Print and Export (PDF, HTML) actions, shared by the plan
// and check pages: the page says what goes into the report, these do the rest.

#include "model/report/reportbuilder.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace lyncdns {

enum class ReportFormat
{
    Pdf,
    Html
};

// "<plan base name>-dns-report.pdf" (or .html), named after the plan's title when it has no file
// yet, "dns-report.pdf" with neither; a check's evidence "<…>-dns-check-evidence.pdf", so it never
// replaces the hand-over report by accident.
QString defaultReportFileName(const ReportInput &input, ReportFormat format);

// The export policy's question (docs/export-policy.md), asked before a plan with validation errors
// is exported or printed: true exports it anyway, stamped as a draft. The default lists the errors
// (planErrorsText) and offers Export Anyway or Cancel, Cancel the default. Tests replace it; an
// empty function restores the dialog.
using ExportErrorsPrompt = std::function<bool(QWidget *parent, const Findings &findings)>;
void setExportErrorsPrompt(ExportErrorsPrompt prompt);
// Every export of the main window and the report goes through here: 0 for a plan without errors,
// the number of errors to stamp the export with when the admin chose Export Anyway, nothing when
// they cancelled.
std::optional<int> confirmExport(QWidget *parent, const Findings &findings);

class ReportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportActions)
public:
    // Asked each time an action fires; the pointers in the input only need to live that long.
    using InputProvider = std::function<ReportInput()>;

    // The actions' shortcuts work anywhere in the window.
    ReportActions(QWidget *window, InputProvider input);

    QAction *printPreviewAction() const { return m_printPreview; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportHtmlAction() const { return m_exportHtml; }
    void setEnabled(bool enabled);

    void printPreview();
    void print();
    // Asks about errors (confirmExport), then for a file name, then writes the report.
    void exportReport(ReportFormat format);
    // The same without the file dialog (tests, scripts); false if cancelled or not written.
    bool exportReport(ReportFormat format, const QString &fileName);

signals:
    void exported(const QString &fileName);

private:
    bool writeReport(const ReportInput &input, ReportFormat format, const QString &fileName);

    QWidget *m_window;
    InputProvider m_input;
    QAction *m_printPreview;
    QAction *m_print;
    QAction *m_exportPdf;
    QAction *m_exportHtml;
};

} // namespace lyncdns
