#include "model/report/reportpdf.h"

#include "lyncdns/version.h"
#include "model/export/exportpolicy.h"
#include "model/io/atomicfile.h"
#include "model/report/pagerecording.h"
#include "model/report/reportbuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>
#include <QThread>
#include <QWaitCondition>

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <deque>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

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
// closed and opened again with its header rows. A section heading (a new page) also starts a
// piece: a piece that starts a page does not depend on the ones before it, so the sections are
// laid out side by side.
class ReportPieces
{
public:
    struct Piece
    {
        qsizetype begin = 0, end = 0; // the piece's part of the body
        // The opening of a table cut before the piece, with its header rows: the piece opens it again.
        qsizetype reopenBegin = 0, reopenEnd = 0;
        bool closesTable = false;  // cut at a row break: the piece closes the table
        bool opensSection = false; // starts with a section heading, on a page of its own
    };

    explicit ReportPieces(const QString &html)
        : m_html(html)
    {
        const qsizetype body = html.indexOf(QLatin1String("<body>"));
        const qsizetype bodyEnd = html.lastIndexOf(QLatin1String("</body>"));
        if (body < 0 || bodyEnd < body) { // not the builder's HTML: one piece
            m_whole = true;
            m_pieces.push_back(Piece{0, html.size(), 0, 0, false, false});
            return;
        }
        m_head = QStringView(html).left(body + 6);
        m_tail = QStringView(html).mid(bodyEnd);
        cut(body + 6, bodyEnd);
    }

    const std::vector<Piece> &pieces() const { return m_pieces; }

    // The piece's HTML (safe to call from several threads at once).
    QString text(const Piece &piece) const
    {
        if (m_whole)
            return m_html;
        const QStringView reopen =
            QStringView(m_html).mid(piece.reopenBegin, piece.reopenEnd - piece.reopenBegin);
        const QStringView content = QStringView(m_html).mid(piece.begin, piece.end - piece.begin);
        QString text;
        text.reserve(m_head.size() + reopen.size() + content.size() + m_tail.size() + 32);
        text += m_head;
        text += reopen;
        text += content;
        if (piece.closesTable)
            text += QLatin1String("</tbody></table>\n");
        text += m_tail;
        return text;
    }

private:
    // At the first break at or after every kPieceChars, and before every section heading.
    void cut(qsizetype begin, qsizetype end)
    {
        const QString sectionStart = kReportBlockBreak + QLatin1String("<h2 class=\"section\"");
        std::vector<qsizetype> sections;
        for (qsizetype at = m_html.indexOf(sectionStart, begin); at >= 0 && at < end;
             at = m_html.indexOf(sectionStart, at + 1))
            sections.push_back(at);
        auto nextSection = sections.cbegin();

        Piece piece{begin, end, 0, 0, false, false};
        while (piece.begin < end) {
            // The first break at or after the target size; to the end when there is none.
            qsizetype cut = end;
            bool rowBreak = false;
            const qsizetype from = piece.begin + kPieceChars;
            if (from < end) {
                // The nearest break of either kind, without scanning past the nearest block break.
                const qsizetype block = m_html.indexOf(kReportBlockBreak, from);
                const qsizetype limit = block < 0 || block > end ? end : block;
                const qsizetype rows = QStringView(m_html).mid(from, limit - from).indexOf(kReportRowBreak);
                if (rows >= 0) {
                    cut = from + rows;
                    rowBreak = true;
                } else if (block >= 0 && block < end) {
                    cut = block;
                }
            }
            // A section heading inside: the piece ends before it, and the section starts one.
            while (nextSection != sections.cend() && *nextSection <= piece.begin)
                ++nextSection;
            while (nextSection != sections.cend() && *nextSection < cut) {
                Piece before = piece;
                before.end = *nextSection;
                add(before);
                piece = Piece{*nextSection, end, 0, 0, false, false};
                ++nextSection;
            }
            piece.end = cut;
            piece.closesTable = rowBreak;
            add(piece);
            Piece next{cut, end, 0, 0, false, false};
            if (rowBreak) {
                // The next piece opens the table again: its opening tag up to the header rows.
                const qsizetype table = tableStart(piece, cut);
                const qsizetype tbody = m_html.indexOf(QLatin1String("<tbody>"), table);
                if (table >= 0 && tbody >= 0 && tbody < cut) {
                    next.reopenBegin = table;
                    next.reopenEnd = tbody + 7;
                }
                next.begin = cut + kReportRowBreak.size();
            }
            piece = next;
        }
    }

    void add(Piece piece)
    {
        // A piece that opens with a section heading starts a page of its own (page-break-before).
        QStringView content = QStringView(m_html).mid(piece.begin, piece.end - piece.begin);
        if (content.startsWith(kReportBlockBreak))
            content = content.mid(kReportBlockBreak.size());
        piece.opensSection = piece.reopenBegin == piece.reopenEnd &&
                             content.startsWith(QLatin1String("<h2 class=\"section\""));
        m_pieces.push_back(piece);
    }

    // Where the table cut at `cut` starts: in the piece, or the table the piece opened again.
    qsizetype tableStart(const Piece &piece, qsizetype cut) const
    {
        const qsizetype inPiece =
            QStringView(m_html).mid(piece.begin, cut - piece.begin).lastIndexOf(u"<table");
        if (inPiece >= 0)
            return piece.begin + inPiece;
        if (piece.reopenBegin != piece.reopenEnd)
            return piece.reopenBegin;
        return m_html.lastIndexOf(QLatin1String("<table"), cut);
    }

    const QString &m_html;
    QStringView m_head, m_tail;
    std::vector<Piece> m_pieces;
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

LaidOutPiece layOutPiece(std::unique_ptr<QTextDocument> document, QPaintDevice *layoutDevice,
                         const QSizeF &page, bool draft, qreal startY)
{
    LaidOutPiece piece;
    piece.doc = std::move(document);
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

// Parses the pieces of a section, in order, on a thread of its own, a little ahead of the thread
// that lays them out (parsing does not depend on where a piece starts; laying out does). A
// parsed document is handed over to the laying-out thread, which is the only one to use it then
// (parsing loads no font engine: the layout does, in the thread that lays out).
class PieceParser
{
public:
    PieceParser(const ReportPieces &pieces, size_t first, size_t last)
        : m_pieces(pieces)
        , m_next(first)
        , m_last(last)
        , m_consumer(QThread::currentThread())
        , m_thread(QThread::create([this] { run(); }))
    {
        m_thread->start();
    }
    ~PieceParser()
    {
        {
            const QMutexLocker locker(&m_mutex);
            m_stop = true;
            m_changed.wakeAll();
        }
        m_thread->wait();
    }
    PieceParser(const PieceParser &) = delete;
    PieceParser &operator=(const PieceParser &) = delete;

    // The next piece's document, in order.
    std::unique_ptr<QTextDocument> take()
    {
        QMutexLocker locker(&m_mutex);
        while (m_ready.empty())
            m_changed.wait(&m_mutex);
        std::unique_ptr<QTextDocument> doc = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.wakeAll();
        return doc;
    }

private:
    // One document ahead: parsing takes less time than laying out, and documents cost memory.
    static constexpr size_t kAhead = 1;

    void run()
    {
        for (size_t k = m_next; k < m_last; ++k) {
            {
                QMutexLocker locker(&m_mutex);
                while (!m_stop && m_ready.size() >= kAhead)
                    m_changed.wait(&m_mutex);
                if (m_stop)
                    return;
            }
            std::unique_ptr<QTextDocument> doc(reportDocument(m_pieces.text(m_pieces.pieces()[k])));
            doc->moveToThread(m_consumer);
            const QMutexLocker locker(&m_mutex);
            m_ready.push_back(std::move(doc));
            m_changed.wakeAll();
        }
    }

    const ReportPieces &m_pieces;
    size_t m_next, m_last;
    QThread *m_consumer;
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<std::unique_ptr<QTextDocument>> m_ready;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

// One page of a laid-out piece, painted where it goes on the sheet.
void paintPiecePage(QPainter &painter, const LaidOutPiece &piece, int index, qreal scale, const QSizeF &page)
{
    painter.save();
    painter.scale(scale, scale);
    painter.translate(0, -index * page.height());
    const QRectF view(0, index * page.height(), page.width(), page.height());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    // Without the footer strip: a line starting exactly on the next page's top edge would
    // otherwise be drawn here too, invisible but in the PDF's text.
    context.clip = view.adjusted(0, 0, 0, -mmToLayout(kFooterMm) / 2);
    context.palette.setColor(QPalette::Text, Qt::black);
    piece.doc->documentLayout()->draw(&painter, context);
    painter.restore();
}

// Recordings take some 20 kB a page (5.8 MB for the 275 pages of 208 SIP domains, 55 MB for
// 2,000): beyond this, they go to a temporary file (written once, read once: cheap).
constexpr qint64 kSpoolMemory = 4 * 1024 * 1024;

// What the first pass learnt about a piece, for the second: where it starts, how many pages it
// has, and the recording of each page (when it could be recorded exactly).
struct PieceRecord
{
    qreal startY = 0;
    bool continues = false; // on the sheet the previous piece ended on
    int pages = 0;
    bool recorded = false;
    int recorder = 0; // the thread's, which replays what it recorded
    std::vector<RecordingSpool::Range> recordings;
};

// Pieces [first, last) of a section, laid out one after the other; `size` in HTML characters.
struct Chain
{
    size_t first = 0, last = 0;
    qsizetype size = 0;
};

// The report has a few sections; two of them (internal and external records) hold nearly all of
// a large plan.
constexpr int kMaxThreads = 4;

// The layout device: 96 dpi, so CSS pixels mean the same as on screen whatever the display.
QImage layoutImage()
{
    QImage image(1, 1, QImage::Format_ARGB32);
    image.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
    image.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
    return image;
}

// Records every page of a piece; false when one of them cannot be replayed exactly.
bool recordPages(PageRecorder &recorder, RecordingSpool &spool, const LaidOutPiece &piece, qreal scale,
                 const QSizeF &page, std::vector<RecordingSpool::Range> *recordings)
{
    for (int i = 0; i < piece.pages; ++i) {
        QPainter painter;
        if (!painter.begin(recorder.device()))
            return false;
        paintPiecePage(painter, piece, i, scale, page);
        painter.end();
        const std::optional<QByteArray> recording = recorder.takeRecording();
        if (!recording)
            return false;
        const std::optional<RecordingSpool::Range> range = spool.append(*recording);
        if (!range)
            return false;
        recordings->push_back(*range);
    }
    return true;
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
    QImage layoutDevice = layoutImage();

    const qreal scale = qreal(device->logicalDpiX()) / kLayoutDpi;
    // Whole layout pixels: the layout rounds page boundaries, and a fraction would let the first
    // line of the next page leak (clipped, yet in the PDF's text) into the bottom of this one.
    const QSizeF page(std::floor(device->width() / scale), std::floor(device->height() / scale));
    const bool draft = draftErrors > 0;

    // The report is laid out a piece at a time and each piece dropped once painted, so memory
    // stays bounded whatever the plan's size. "Page N of M" needs M before the first page is
    // painted: the first pass lays every piece out, counts its pages and, on a PDF writer,
    // records them (text as the glyphs the layout chose); the second pass paints the footers
    // and replays the recordings. Laying out is what costs, and this way it happens once. A
    // piece that cannot be recorded exactly, and every piece on another device (a print
    // preview), is laid out again in the second pass (layout is deterministic: it matches).
    const ReportPieces pieces(html);
    const std::vector<ReportPieces::Piece> &parts = pieces.pieces();
    std::vector<PieceRecord> records(parts.size());
    // A piece continues on the page the one before it ended on, unless it starts a section: each
    // section (a chain of pieces) is laid out on its own, the longest first, by as many threads
    // as there are processors and sections. Each thread has its own documents and fonts.
    std::vector<Chain> chains;
    for (size_t k = 0; k < parts.size(); ++k) {
        if (k == 0 || parts[k].opensSection)
            chains.push_back(Chain{k, k, 0});
        chains.back().last = k + 1;
        chains.back().size += parts[k].end - parts[k].begin;
    }
    std::stable_sort(chains.begin(), chains.end(),
                     [](const Chain &a, const Chain &b) { return a.size > b.size; });
    const int threadCount =
        std::min(std::clamp(QThread::idealThreadCount(), 1, kMaxThreads), static_cast<int>(chains.size()));
    std::vector<std::unique_ptr<PageRecorder>> recorders;
    if (PageRecorder::canRecordFor(*device)) {
        for (int i = 0; i < threadCount; ++i)
            recorders.push_back(std::make_unique<PageRecorder>(*device));
    }
    RecordingSpool spool(kSpoolMemory);
    QString title;
    LaidOutPiece firstPiece; // kept when it is the only one and not recorded: laid out once
    std::atomic<size_t> nextChain{0};
    const auto layOutChains = [&](int thread) {
        QImage threadLayoutDevice = layoutImage();
        PageRecorder *recorder = recorders.empty() ? nullptr : recorders[thread].get();
        for (size_t c = nextChain++; c < chains.size(); c = nextChain++) {
            // A section of several pieces is parsed on another thread while this one lays it out.
            std::optional<PieceParser> parser;
            if (chains[c].last - chains[c].first > 1)
                parser.emplace(pieces, chains[c].first, chains[c].last);
            qreal y = 0;
            for (size_t k = chains[c].first; k < chains[c].last; ++k) {
                PieceRecord &record = records[k];
                record.continues = k != chains[c].first;
                record.startY = record.continues ? y : 0;
                std::unique_ptr<QTextDocument> doc =
                    parser ? parser->take()
                           : std::unique_ptr<QTextDocument>(reportDocument(pieces.text(parts[k])));
                LaidOutPiece piece =
                    layOutPiece(std::move(doc), &threadLayoutDevice, page, draft, record.startY);
                record.pages = piece.pages;
                record.recorder = thread;
                record.recorded =
                    recorder && recordPages(*recorder, spool, piece, scale, page, &record.recordings);
                if (!record.recorded)
                    record.recordings.clear();
                if (k == 0)
                    title = piece.doc->metaInformation(QTextDocument::DocumentTitle);
                y = piece.endY;
                // Only this thread's documents are painted in the second pass.
                if (parts.size() == 1 && !record.recorded && thread == 0)
                    firstPiece = std::move(piece);
            }
        }
        if (recorder)
            recorder->finishRecording();
    };
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 1; i < threadCount; ++i) {
        threads.emplace_back(QThread::create(layOutChains, i));
        threads.back()->start();
    }
    layOutChains(0);
    for (const std::unique_ptr<QThread> &thread : threads)
        thread->wait();
    int pages = 0;
    for (const PieceRecord &record : records)
        pages += record.pages - (record.continues ? 1 : 0);
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
    for (size_t k = 0; k < records.size(); ++k) {
        const PieceRecord &record = records[k];
        // A piece not recorded is laid out again, with the start the first pass gave it (the one
        // piece of a short report was kept instead).
        LaidOutPiece piece;
        if (!record.recorded)
            piece = firstPiece.doc
                        ? std::exchange(firstPiece, LaidOutPiece{})
                        : layOutPiece(std::unique_ptr<QTextDocument>(reportDocument(pieces.text(parts[k]))),
                                      &layoutDevice, page, draft, record.startY);
        for (int i = 0; i < record.pages; ++i) {
            if (i > 0 || !record.continues) {
                if (sheet >= 0)
                    device->newPage();
                ++sheet;
                paintDecorations(sheet);
            }
            if (!record.recorded) {
                paintPiecePage(painter, piece, i, scale, page);
                continue;
            }
            const std::optional<QByteArray> recording = spool.read(record.recordings.at(i));
            if (!recording) {
                painter.end();
                if (errorMessage)
                    *errorMessage =
                        QCoreApplication::translate("ReportPdf", "cannot read back the report's pages");
                return false;
            }
            recorders[record.recorder]->replay(&painter, *recording);
        }
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
