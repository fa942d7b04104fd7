#pragma once

// Renders report HTML to PDF with QTextDocument + QPdfWriter: headless (needs a
// QGuiApplication, which the command line creates on the offscreen platform), fonts embedded,
// page numbers, table headers repeated on every page.

#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;
class QObject;

namespace lyncdns {

// The report's document with its fonts and style (not yet paginated).
QTextDocument *reportDocument(const QString &html, QObject *parent = nullptr);
// Paints the report page by page, with the footer and page numbers, onto a PDF writer or a
// printer (print preview included), so paper and PDF look the same. draftErrors > 0 (a plan with
// errors exported anyway, ReportInput::draftErrors) adds a DRAFT header to every page. The
// report's sections are laid out on worker threads (one per processor, up to four); the call
// returns when the last page is painted.
bool paintReport(const QString &html, QPagedPaintDevice *device, QString *errorMessage = nullptr,
                 int draftErrors = 0);
// Writes the PDF atomically; A4 or Letter.
bool writeReportPdf(const QString &html, const QString &fileName, QPageSize::PageSizeId paper,
                    QString *errorMessage, int draftErrors = 0);
// A4, or Letter where the locale's measurement system is US (as admins in the US print).
QPageSize::PageSizeId defaultPaper();

} // namespace lyncdns
