#pragma once

// Renders report HTML to PDF with QTextDocument + QPdfWriter: headless (needs a
// QGuiApplication, which the command line creates on the offscreen platform), fonts embedded,
// page numbers, table headers repeated on every page.

#include <QPageSize>
#include <QString>

class QTextDocument;
class QObject;

namespace lyncdns {

// The document a print preview or a printer renders; laid out for the given paper.
QTextDocument *reportDocument(const QString &html, QObject *parent = nullptr);
// Writes the PDF atomically; A4 or Letter.
bool writeReportPdf(const QString &html, const QString &fileName, QPageSize::PageSizeId paper,
                    QString *errorMessage);
// A4, or Letter where the locale's measurement system is US (as admins in the US print).
QPageSize::PageSizeId defaultPaper();

} // namespace lyncdns
