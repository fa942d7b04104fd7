#include "model/report/reportpdf.h"

#include "lyncdns/version.h"
#include "model/export/exportpolicy.h"
#include "model/io/atomicfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>

#include <QCoreApplication>
#include <cmath>
#include <memory>

namespace lyncdns {

namespace {

constexpr int kResolution = 300;  // PDF device units per inch
constexpr qreal kLayoutDpi = 96.; // the document is laid out as on screen, then scaled
constexpr qreal kMarginMm = 15.;
constexpr qreal kFooterMm = 9.;      // reserved at the bottom of each page for the page number
constexpr qreal kDraftHeaderMm = 9.; // reserved at the top of each page of a draft for its stamp
constexpr qreal kRightSafetyMm = 3.; // QTBUG-109518: keep content clear of the right edge

qreal mmToLayout(qreal mm)
{
    return mm / 25.4 * kLayoutDpi;
}

QFont reportFont(qreal pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    // No shaping means no ligatures: "office" must keep its f, f and i in a host name (copy and
    // paste, pdftotext). Latin text needs no shaping, and skipping it halves the layout time.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

QTextDocument *reportDocument(const QString &html, QObject *parent)
{
    auto *doc = new QTextDocument(parent);
    doc->setDefaultFont(reportFont(9));
    // Printing scales the layout: design metrics keep glyph advances independent of hinting.
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    return doc;
}

bool paintReport(const QString &html, QPagedPaintDevice *device, QString *errorMessage, int draftErrors)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (errorMessage)
            *errorMessage =
                QCoreApplication::translate("ReportPdf", "rendering a report needs a QGuiApplication");
        return false;
    }
    // A fixed 96 dpi layout device, so CSS pixels mean the same as on screen whatever the display.
    QImage layoutDevice(1, 1, QImage::Format_ARGB32);
    layoutDevice.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
    layoutDevice.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));

    std::unique_ptr<QTextDocument> doc(reportDocument(html));
    doc->documentLayout()->setPaintDevice(&layoutDevice);
    const QString title = doc->metaInformation(QTextDocument::DocumentTitle);
    if (auto *writer = dynamic_cast<QPdfWriter *>(device))
        writer->setTitle(title);

    const qreal scale = qreal(device->logicalDpiX()) / kLayoutDpi;
    // Whole layout pixels: the layout rounds page boundaries, and a fraction would let the first
    // line of the next page leak (clipped, yet in the PDF's text) into the bottom of this one.
    const QSizeF page(std::floor(device->width() / scale), std::floor(device->height() / scale));
    QTextFrameFormat frame = doc->rootFrame()->frameFormat();
    // The root frame's top and bottom margins are kept free on every page, not only the first.
    const bool draft = draftErrors > 0;
    frame.setTopMargin(draft ? mmToLayout(kDraftHeaderMm) : 0);
    frame.setLeftMargin(0);
    frame.setRightMargin(mmToLayout(kRightSafetyMm));
    frame.setBottomMargin(mmToLayout(kFooterMm));
    doc->rootFrame()->setFrameFormat(frame);
    doc->setPageSize(page);
    const int pages = doc->pageCount();

    QPainter painter;
    if (!painter.begin(device)) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("ReportPdf", "cannot start painting the report");
        return false;
    }
    const QFont footerFont = reportFont(7.5);
    QFont draftFont = reportFont(9);
    draftFont.setBold(true);
    const QString draftText = draftBanner(draftErrors);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -i * page.height());
        const QRectF view(0, i * page.height(), page.width(), page.height());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        // Without the footer strip: a line starting exactly on the next page's top edge would
        // otherwise be drawn here too, invisible but in the PDF's text.
        context.clip = view.adjusted(0, 0, 0, -mmToLayout(kFooterMm) / 2);
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        if (draft) {
            // The draft stamp on every page, so no single page can pass for a final hand-over.
            painter.save();
            painter.setFont(draftFont);
            painter.setPen(QColor(0xb0, 0x00, 0x20));
            const qreal height = QFontMetricsF(draftFont, device).height();
            const QRectF header(0, 0, device->width() * 0.97, height);
            const QString text =
                QFontMetricsF(draftFont, device).elidedText(draftText, Qt::ElideRight, header.width());
            painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, text);
            painter.drawLine(QPointF(0, header.bottom() + height * 0.3),
                             QPointF(header.right(), header.bottom() + height * 0.3));
            painter.restore();
        }

        // Footer: the plan title on the left, the page number in the middle, clear of the right edge.
        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x4a, 0x5a, 0x6a));
        const qreal footerHeight = QFontMetricsF(footerFont, device).height();
        const QRectF footer(0, device->height() - footerHeight, device->width(), footerHeight);
        painter.drawLine(QPointF(0, footer.top() - footerHeight * 0.4),
                         QPointF(device->width() * 0.97, footer.top() - footerHeight * 0.4));
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
                         QCoreApplication::translate("ReportPdf", "Page %1 of %2").arg(i + 1).arg(pages));
        const QString left =
            QFontMetricsF(footerFont, device).elidedText(title, Qt::ElideRight, device->width() * 0.36);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, left);
        painter.restore();
    }
    if (!painter.end()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("ReportPdf", "cannot finish painting the report");
        return false;
    }
    return true;
}

bool writeReportPdf(const QString &html, const QString &fileName, QPageSize::PageSizeId paper,
                    QString *errorMessage, int draftErrors)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(paper), QPageLayout::Portrait,
                                         QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                         QPageLayout::Millimeter));
        writer.setCreator(QStringLiteral("Lync DNS Planner %1").arg(QLatin1String(LYNCDNS_VERSION)));
        QString why;
        if (!paintReport(html, &writer, &why, draftErrors)) {
            if (errorMessage)
                *errorMessage = QStringLiteral("%1: %2").arg(fileName, why);
            return false;
        }
    }
    buffer.close();
    return writeFileAtomically(fileName, buffer.data(), errorMessage);
}

QPageSize::PageSizeId defaultPaper()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

} // namespace lyncdns
