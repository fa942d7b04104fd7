#pragma once

// The hand-over report's Print Preview, Print and Export (PDF, HTML) actions, shared by the plan
// and check pages: the page says what goes into the report, these do the rest.

#include "model/report/reportbuilder.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace lyncdns {

enum class ReportFormat
{
    Pdf,
    Html
};

// "<plan base name>-dns-report.pdf" (or .html); "dns-report.pdf" without a plan file.
QString defaultReportFileName(const QString &planFileName, ReportFormat format);

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
    void exportReport(ReportFormat format);

signals:
    void exported(const QString &fileName);

private:
    QWidget *m_window;
    InputProvider m_input;
    QAction *m_printPreview;
    QAction *m_print;
    QAction *m_exportPdf;
    QAction *m_exportHtml;
};

} // namespace lyncdns
