#include "model/report/reportpdf.h"

#include "lyncdns/version.h"
#include "model/export/exportpolicy.h"
#include "model/io/atomicfile.h"
#include "model/report/reportbuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

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

namespace {

// About this much HTML goes into one laid-out piece (some 20 pages): the piece's layout is what
// costs memory, tens of bytes per character, and laying out one giant document is also slower.
constexpr qsizetype kPieceChars = 150000;

// The report's body cut at the builder's break markers into pieces of about kPieceChars, each a
// complete document of its own: the same <head> (title, style), and a table cut at a row break
// closed and opened again with its header rows.
class ReportPieces
{
public:
    explicit ReportPieces(const QString &html)
        : m_html(html)
    {
        const qsizetype body = html.indexOf(QLatin1String("<body>"));
        const qsizetype bodyEnd = html.lastIndexOf(QLatin1String("</body>"));
        if (body < 0 || bodyEnd < body) { // not the builder's HTML: one piece
            m_begin = 0;
            m_end = html.size();
            m_whole = true;
            return;
        }
        m_begin = body + 6;
        m_end = bodyEnd;
        m_head = QStringView(html).left(m_begin);
        m_tail = QStringView(html).mid(m_end);
    }

    // The HTML of each piece, in order, through next() until it returns false.
    void rewind()
    {
        m_position = m_begin;
        m_reopen.clear();
    }
    bool next(QString *piece, bool *opensSection)
    {
        if (m_position >= m_end)
            return false;
        if (m_whole) {
            *piece = m_html;
            *opensSection = false;
            m_position = m_end;
            return true;
        }
        // The first break at or after the target size; to the end when there is none.
        qsizetype cut = m_end;
        bool rowBreak = false;
        const qsizetype from = m_position + kPieceChars;
        if (from < m_end) {
            // The nearest break of either kind, without scanning past the nearest block break.
            const qsizetype block = m_html.indexOf(kReportBlockBreak, from);
            const qsizetype limit = block < 0 || block > m_end ? m_end : block;
            const qsizetype rows = QStringView(m_html).mid(from, limit - from).indexOf(kReportRowBreak);
            if (rows >= 0) {
                cut = from + rows;
                rowBreak = true;
            } else if (block >= 0 && block < m_end) {
                cut = block;
            }
        }
        const QStringView content = QStringView(m_html).mid(m_position, cut - m_position);
        *opensSection = m_reopen.isEmpty() && startsSection(content);
        QString text;
        text.reserve(m_head.size() + m_reopen.size() + content.size() + m_tail.size() + 32);
        text += m_head;
        text += m_reopen;
        text += content;
        m_reopen.clear();
        if (rowBreak) {
            // Close the table here, and open it again, header included, in the next piece.
            text += QLatin1String("</tbody></table>\n");
            const qsizetype table = m_html.lastIndexOf(QLatin1String("<table"), cut);
            const qsizetype tbody = m_html.indexOf(QLatin1String("<tbody>"), table);
            if (table >= 0 && tbody >= 0 && tbody < cut)
                m_reopen = QStringView(m_html).mid(table, tbody + 7 - table).toString();
            cut += kReportRowBreak.size();
        }
        text += m_tail;
        m_position = cut;
        *piece = std::move(text);
        return true;
    }

private:
    // A piece that opens with a section heading starts a page of its own (page-break-before).
    static bool startsSection(QStringView content)
    {
        if (content.startsWith(kReportBlockBreak))
            content = content.mid(kReportBlockBreak.size());
        return content.startsWith(QLatin1String("<h2 class=\"section\""));
    }

    const QString &m_html;
    QStringView m_head, m_tail;
    QString m_reopen;
    qsizetype m_begin = 0, m_end = 0, m_position = 0;
    bool m_whole = false;
};

// One piece laid out on pages of the given size: starting below `startY` on its first page (the
// part of the page the previous piece filled), or on a page of its own.
struct LaidOutPiece
{
    std::unique_ptr<QTextDocument> doc;
    int pages = 0;
    qreal endY = 0; // where the piece's content ends on its last page
};

LaidOutPiece layOutPiece(const QString &html, QPaintDevice *layoutDevice, const QSizeF &page, bool draft,
                         qreal startY)
{
    LaidOutPiece piece;
    piece.doc.reset(reportDocument(html));
    QTextDocument *doc = piece.doc.get();
    // Everything is set before the layout is made, so it lays the piece out once, at page size.
    QTextFrameFormat frame = doc->rootFrame()->frameFormat();
    // The root frame's top and bottom margins are kept free on every page, not only the first.
    frame.setTopMargin(draft ? mmToLayout(kDraftHeaderMm) : 0);
    frame.setLeftMargin(0);
    frame.setRightMargin(mmToLayout(kRightSafetyMm));
    frame.setBottomMargin(mmToLayout(kFooterMm));
    doc->rootFrame()->setFrameFormat(frame);

    QTextBlock first = doc->begin();
    QTextBlockFormat format = first.blockFormat();
    // The section's own page comes from the renderer; a break at the top would leave a blank one.
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        format.setPageBreakPolicy(format.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
    // A continuation: push the first block down past what the previous piece filled.
    if (startY > frame.topMargin())
        format.setTopMargin(format.topMargin() + startY - frame.topMargin());
    QTextCursor(first).setBlockFormat(format);

    doc->setPageSize(page);
    doc->documentLayout()->setPaintDevice(layoutDevice);
    piece.pages = doc->pageCount();
    // The last block (after a table, the empty one every frame is followed by): the next piece's
    // first block takes its place, so the next piece starts where this one's last block starts.
    const QTextBlock last = doc->lastBlock();
    const QRectF lastRect = doc->documentLayout()->blockBoundingRect(last);
    const qreal lastTop =
        last.length() <= 1 ? lastRect.top() - last.blockFormat().topMargin() : lastRect.bottom();
    piece.endY = lastTop - (piece.pages - 1) * page.height();
    return piece;
}

} // namespace

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

    const qreal scale = qreal(device->logicalDpiX()) / kLayoutDpi;
    // Whole layout pixels: the layout rounds page boundaries, and a fraction would let the first
    // line of the next page leak (clipped, yet in the PDF's text) into the bottom of this one.
    const QSizeF page(std::floor(device->width() / scale), std::floor(device->height() / scale));
    const bool draft = draftErrors > 0;

    // The report is laid out a piece at a time and each piece dropped once painted, so memory
    // stays bounded whatever the plan's size. "Page N of M" needs M first: a first pass lays the
    // pieces out only to count the pages (layout is deterministic: the second pass matches).
    ReportPieces pieces(html);
    QString pieceHtml;
    bool opensSection = false;
    int pages = 0;
    int pieceCount = 0;
    QString title;
    LaidOutPiece firstPiece; // kept when it is the only one: a short report is laid out once
    {
        qreal y = 0;
        pieces.rewind();
        while (pieces.next(&pieceHtml, &opensSection)) {
            const bool continues = pages > 0 && !opensSection;
            LaidOutPiece piece = layOutPiece(pieceHtml, &layoutDevice, page, draft, continues ? y : 0);
            if (pieceCount++ == 0) {
                title = piece.doc->metaInformation(QTextDocument::DocumentTitle);
                firstPiece = std::move(piece);
                pages = firstPiece.pages;
                y = firstPiece.endY;
                continue;
            }
            firstPiece.doc.reset();
            pages += piece.pages - (continues ? 1 : 0);
            y = piece.endY;
        }
    }
    if (auto *writer = dynamic_cast<QPdfWriter *>(device))
        writer->setTitle(title);

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
    // The draft stamp and the footer, once per sheet.
    const auto paintDecorations = [&](int pageIndex) {
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
        painter.drawText(
            footer, Qt::AlignHCenter | Qt::AlignBottom,
            QCoreApplication::translate("ReportPdf", "Page %1 of %2").arg(pageIndex + 1).arg(pages));
        const QString left =
            QFontMetricsF(footerFont, device).elidedText(title, Qt::ElideRight, device->width() * 0.36);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, left);
        painter.restore();
    };

    int sheet = -1; // the page being painted
    qreal y = 0;
    pieces.rewind();
    while (pieces.next(&pieceHtml, &opensSection)) {
        const bool continues = sheet >= 0 && !opensSection;
        // The one piece of a short report was laid out while counting: taken over, not laid out again.
        const LaidOutPiece piece =
            firstPiece.doc ? std::exchange(firstPiece, LaidOutPiece{})
                           : layOutPiece(pieceHtml, &layoutDevice, page, draft, continues ? y : 0);
        for (int i = 0; i < piece.pages; ++i) {
            if (i > 0 || !continues) {
                if (sheet >= 0)
                    device->newPage();
                ++sheet;
                paintDecorations(sheet);
            }
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
            piece.doc->documentLayout()->draw(&painter, context);
            painter.restore();
        }
        y = piece.endY;
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
