#include "model/report/pagerecording.h"

#include <QDataStream>
#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QList>
#include <QMutexLocker>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPixmap>
#include <QRawFont>
#include <QTemporaryFile>
#include <QTransform>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>
#include <vector>

namespace lyncdns {

namespace {

// What a recording holds, one operation after another.
enum Op : quint8
{
    OpState, // the paint state changed: a StateField mask, then each changed field
    OpRects,
    OpLines,
    OpEllipse,
    OpPath,
    OpPoints,
    OpPolygon,
    OpPixmap,
    OpImage,
    OpTiledPixmap,
    OpText, // a font (index into the recorder's fonts), the baseline position and the text
};

enum StateField : quint8
{
    FieldPen = 0x01,
    FieldBrush = 0x02,
    FieldBrushOrigin = 0x04,
    FieldTransform = 0x08,
    FieldClip = 0x10,
    FieldHints = 0x20,
    FieldComposition = 0x40,
    FieldOpacity = 0x80,
    AllFields = 0xff,
};

// The paint engine's state as a PDF engine keeps it: the clip is the list of paths, in device
// coordinates, that every primitive is clipped to in turn (QPdfEngine::updateClipPath()).
struct PaintState
{
    QPen pen;
    QBrush brush;
    QPointF brushOrigin;
    QTransform transform;
    bool clipEnabled = false;
    QList<QPainterPath> clips;
    QPainter::RenderHints hints;
    QPainter::CompositionMode composition = QPainter::CompositionMode_SourceOver;
    qreal opacity = 1;
};

// One character of a recorded font: its glyph and advance (in 1/64 pixel, as the layout keeps
// advances), as the font engine gives them when it maps text without shaping.
struct Glyph
{
    quint32 index = 0;
    qint32 advance = 0;
    bool known = false;
    bool usable = false;
};

// Text is replayed as glyphs only where mapping characters one by one gives what the layout got:
// scripts that need no shaping, no control or format characters, no combining marks.
bool mapsOneToOne(QChar c)
{
    if (c.isSurrogate())
        return false;
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        break;
    }
    switch (c.script()) {
    case QChar::Script_Common:
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
        return true;
    default:
        return false;
    }
}

// A font text was recorded in, with the glyphs of the characters met so far. Font engines
// belong to the thread that loaded them: the recording thread and the replaying one each have
// their own raw font (of the same font file, size and glyphs).
struct RecordedFont
{
    QFont font;
    QRawFont raw;       // the recording thread's
    QRawFont replayRaw; // the replaying thread's
    std::array<Glyph, 256> latin1{};
    QHash<char16_t, Glyph> others;

    const Glyph *find(char16_t c) const
    {
        const Glyph *g = c < latin1.size() ? &latin1[c] : nullptr;
        if (!g) {
            const auto it = others.constFind(c);
            g = it == others.cend() ? nullptr : &it.value();
        }
        return g && g->usable ? g : nullptr;
    }

    const Glyph &glyph(char16_t c)
    {
        Glyph &g = c < latin1.size() ? latin1[c] : others[c];
        if (g.known)
            return g;
        g.known = true;
        if (!mapsOneToOne(QChar(c)))
            return g;
        const QList<quint32> indexes = raw.glyphIndexesForString(QString(QChar(c)));
        // Glyph 0 is "no glyph": the layout took this character from a fallback font.
        if (indexes.size() != 1 || indexes.first() == 0)
            return g;
        const QList<QPointF> advances = raw.advancesForGlyphIndexes(indexes);
        if (advances.size() != 1)
            return g;
        const qreal advance = advances.first().x() * 64;
        if (advance != std::floor(advance) || std::abs(advance) > 1e6)
            return g;
        g.index = indexes.first();
        g.advance = static_cast<qint32>(advance);
        g.usable = true;
        return g;
    }
};

} // namespace

// The engine of the recording device: it keeps the state QPainter sends it and writes every
// primitive, preceded by the state fields that changed since the previous one.
class PageRecorder::Engine : public QPaintEngine
{
public:
    explicit Engine(PaintEngineFeatures features)
        : QPaintEngine(features)
    {
    }

    bool begin(QPaintDevice *) override
    {
        // Made here, in the thread that records.
        m_data.clear();
        m_stream = std::make_unique<QDataStream>(&m_data, QIODevice::WriteOnly);
        m_stream->setByteOrder(QDataStream::LittleEndian);
        m_exact = true;
        // QPainter sends only what changes: start from its defaults.
        m_state = PaintState();
        if (const QPainter *p = painter()) {
            m_state.pen = p->pen();
            m_state.brush = p->brush();
            m_state.brushOrigin = p->brushOrigin();
            m_state.hints = p->renderHints();
            m_state.composition = p->compositionMode();
            m_state.opacity = p->opacity();
        }
        m_changed = AllFields;
        return true;
    }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    std::optional<QByteArray> take()
    {
        m_stream.reset();
        QByteArray data = std::exchange(m_data, QByteArray());
        if (!m_exact)
            return std::nullopt;
        return data;
    }

    // In the order QPdfEngine::updateState() applies them: the transform before the clip, which
    // is mapped to device coordinates with it.
    void updateState(const QPaintEngineState &newState) override
    {
        const DirtyFlags flags = newState.state();
        if (flags & DirtyTransform) {
            m_state.transform = newState.transform();
            m_changed |= FieldTransform;
        }
        if (flags & DirtyPen) {
            m_state.pen = newState.pen();
            m_changed |= FieldPen;
        }
        if (flags & DirtyBrush) {
            m_state.brush = newState.brush();
            m_changed |= FieldBrush;
        }
        if (flags & DirtyBrushOrigin) {
            m_state.brushOrigin = newState.brushOrigin();
            m_changed |= FieldBrushOrigin;
        }
        if (flags & DirtyHints) {
            m_state.hints = newState.renderHints();
            m_changed |= FieldHints;
        }
        if (flags & DirtyCompositionMode) {
            m_state.composition = newState.compositionMode();
            m_changed |= FieldComposition;
        }
        if (flags & DirtyOpacity) {
            m_state.opacity = newState.opacity();
            m_changed |= FieldOpacity;
        }
        if (flags & DirtyClipPath) {
            m_state.clipEnabled = true;
            updateClip(newState.clipPath(), newState.clipOperation());
        } else if (flags & DirtyClipRegion) {
            m_state.clipEnabled = true;
            QPainterPath path;
            for (const QRect &rect : newState.clipRegion())
                path.addRect(rect);
            updateClip(path, newState.clipOperation());
        } else if (flags & DirtyClipEnabled) {
            m_state.clipEnabled = newState.isClipEnabled();
            m_changed |= FieldClip;
        }
        // The font and the background: text is recorded as glyphs in its own font, and QPainter
        // fills an opaque text background itself.
    }

    void drawRects(const QRectF *rects, int count) override
    {
        start(OpRects) << qint32(count);
        m_stream->writeRawData(reinterpret_cast<const char *>(rects), count * int(sizeof(QRectF)));
    }
    void drawLines(const QLineF *lines, int count) override
    {
        start(OpLines) << qint32(count);
        m_stream->writeRawData(reinterpret_cast<const char *>(lines), count * int(sizeof(QLineF)));
    }
    void drawEllipse(const QRectF &rect) override { start(OpEllipse) << rect; }
    void drawPath(const QPainterPath &path) override { start(OpPath) << path; }
    void drawPoints(const QPointF *points, int count) override
    {
        start(OpPoints) << qint32(count);
        m_stream->writeRawData(reinterpret_cast<const char *>(points), count * int(sizeof(QPointF)));
    }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        start(OpPolygon) << quint8(mode) << qint32(count);
        m_stream->writeRawData(reinterpret_cast<const char *>(points), count * int(sizeof(QPointF)));
    }
    void drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source) override
    {
        start(OpPixmap) << rect << pixmap << source;
    }
    void drawImage(const QRectF &rect, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags flags) override
    {
        start(OpImage) << rect << image << source << quint32(flags);
    }
    void drawTiledPixmap(const QRectF &rect, const QPixmap &pixmap, const QPointF &offset) override
    {
        start(OpTiledPixmap) << rect << pixmap << offset;
    }
    // Declared after the overrides they would otherwise hide: QPaintEngine's integer overloads
    // convert to the floating-point ones above.
    using QPaintEngine::drawEllipse;
    using QPaintEngine::drawLines;
    using QPaintEngine::drawPoints;
    using QPaintEngine::drawPolygon;
    using QPaintEngine::drawRects;

    void drawTextItem(const QPointF &position, const QTextItem &item) override
    {
        const QString text = item.text();
        const QFont font = item.font();
        // What the layout shapes otherwise, or draws right to left, is not mapped one to one.
        if ((item.renderFlags() & QTextItem::RightToLeft) ||
            !(font.styleStrategy() & QFont::PreferNoShaping) || font.letterSpacing() != 0 ||
            font.wordSpacing() != 0 || font.capitalization() != QFont::MixedCase) {
            m_exact = false;
            return;
        }
        const int fontIndex = indexOf(font);
        RecordedFont &recorded = m_fonts[fontIndex];
        // The glyphs' advances must add up to the width the layout gave the item.
        qint64 width = 0;
        for (const QChar c : text) {
            const Glyph &g = recorded.glyph(c.unicode());
            if (!g.usable) {
                m_exact = false;
                return;
            }
            width += g.advance;
        }
        const qreal expected = item.width() * 64;
        if (expected != std::floor(expected) || width != static_cast<qint64>(expected)) {
            m_exact = false;
            return;
        }
        start(OpText) << qint32(fontIndex) << position << text;
    }

    void replay(QPainter *painter, const QByteArray &recording);

    void releaseFonts()
    {
        for (RecordedFont &font : m_fonts)
            font.raw = QRawFont();
    }

private:
    int indexOf(const QFont &font)
    {
        // A handful of fonts per report: the last one used first.
        if (m_lastFont >= 0 && m_fonts[m_lastFont].font == font)
            return m_lastFont;
        for (int i = 0; i < static_cast<int>(m_fonts.size()); ++i) {
            if (m_fonts[i].font == font)
                return m_lastFont = i;
        }
        RecordedFont recorded;
        recorded.font = font;
        recorded.raw = QRawFont::fromFont(font);
        m_fonts.push_back(std::move(recorded));
        return m_lastFont = static_cast<int>(m_fonts.size()) - 1;
    }

    // A page sets the same few pens and brushes over and over (every zebra row's background):
    // recordings refer to them by their index.
    template<typename T> static quint32 intern(std::vector<T> &table, const T &value)
    {
        for (size_t i = table.size(); i-- > 0;) {
            if (table[i] == value)
                return static_cast<quint32>(i);
        }
        table.push_back(value);
        return static_cast<quint32>(table.size() - 1);
    }

    void updateClip(const QPainterPath &path, Qt::ClipOperation operation)
    {
        const QPainterPath mapped = m_state.transform.map(path);
        switch (operation) {
        case Qt::NoClip:
            m_state.clipEnabled = false;
            m_state.clips.clear();
            break;
        case Qt::ReplaceClip:
            m_state.clips = {mapped};
            break;
        case Qt::IntersectClip:
            m_state.clips.append(mapped);
            break;
        }
        m_changed |= FieldClip;
    }

    // Starts an operation: first the state it is drawn with, where that changed.
    QDataStream &start(Op op)
    {
        QDataStream &out = *m_stream;
        if (m_changed) {
            out << quint8(OpState) << m_changed;
            if (m_changed & FieldPen)
                out << intern(m_pens, m_state.pen);
            if (m_changed & FieldBrush)
                out << intern(m_brushes, m_state.brush);
            if (m_changed & FieldBrushOrigin)
                out << m_state.brushOrigin;
            if (m_changed & FieldTransform)
                out << m_state.transform;
            if (m_changed & FieldClip)
                out << m_state.clipEnabled << m_state.clips;
            if (m_changed & FieldHints)
                out << quint32(m_state.hints);
            if (m_changed & FieldComposition)
                out << quint32(m_state.composition);
            if (m_changed & FieldOpacity)
                out << m_state.opacity;
            m_changed = 0;
        }
        out << quint8(op);
        return out;
    }

    QByteArray m_data;
    std::unique_ptr<QDataStream> m_stream;
    PaintState m_state;
    quint8 m_changed = AllFields;
    bool m_exact = true;
    // Replaying reads the glyphs, pens and brushes recording found: kept for the recorder's life.
    std::vector<RecordedFont> m_fonts;
    std::vector<QPen> m_pens;
    std::vector<QBrush> m_brushes;
    int m_lastFont = -1;
};

void PageRecorder::Engine::replay(QPainter *painter, const QByteArray &recording)
{
    QDataStream in(recording);
    in.setByteOrder(QDataStream::LittleEndian);
    painter->save();
    QTransform transform;
    QGlyphRun run;
    int runFont = -1;
    std::vector<quint32> glyphs;
    std::vector<QPointF> positions;
    std::vector<char> points; // rects, lines and points, read as they were written
    const auto readArray = [&in, &points](qint32 count, int size) {
        points.resize(static_cast<size_t>(std::max(count, 0)) * static_cast<size_t>(size));
        in.readRawData(points.data(), static_cast<int>(points.size()));
        return points.data();
    };
    while (!in.atEnd() && in.status() == QDataStream::Ok) {
        quint8 op = 0;
        in >> op;
        switch (op) {
        case OpState: {
            quint8 fields = 0;
            in >> fields;
            if (fields & FieldPen) {
                quint32 pen = 0;
                in >> pen;
                painter->setPen(m_pens.at(pen));
            }
            if (fields & FieldBrush) {
                quint32 brush = 0;
                in >> brush;
                painter->setBrush(m_brushes.at(brush));
            }
            if (fields & FieldBrushOrigin) {
                QPointF origin;
                in >> origin;
                painter->setBrushOrigin(origin);
            }
            if (fields & FieldTransform)
                in >> transform;
            if (fields & FieldClip) {
                bool enabled = false;
                QList<QPainterPath> clips;
                in >> enabled >> clips;
                // The paths are in device coordinates: set them without a transform (QPainter
                // hands a clip to the engine at once, with the transform of that moment).
                painter->setWorldTransform(QTransform());
                for (qsizetype i = 0; i < clips.size(); ++i)
                    painter->setClipPath(clips.at(i), i == 0 ? Qt::ReplaceClip : Qt::IntersectClip);
                if (!enabled || clips.isEmpty())
                    painter->setClipping(false);
            }
            if (fields & (FieldTransform | FieldClip))
                painter->setWorldTransform(transform);
            if (fields & FieldHints) {
                quint32 hints = 0;
                in >> hints;
                painter->setRenderHints(QPainter::RenderHints(~hints), false);
                painter->setRenderHints(QPainter::RenderHints(hints), true);
            }
            if (fields & FieldComposition) {
                quint32 mode = 0;
                in >> mode;
                painter->setCompositionMode(QPainter::CompositionMode(mode));
            }
            if (fields & FieldOpacity) {
                qreal opacity = 1;
                in >> opacity;
                painter->setOpacity(opacity);
            }
            break;
        }
        case OpRects: {
            qint32 count = 0;
            in >> count;
            painter->drawRects(reinterpret_cast<const QRectF *>(readArray(count, sizeof(QRectF))), count);
            break;
        }
        case OpLines: {
            qint32 count = 0;
            in >> count;
            painter->drawLines(reinterpret_cast<const QLineF *>(readArray(count, sizeof(QLineF))), count);
            break;
        }
        case OpEllipse: {
            QRectF rect;
            in >> rect;
            painter->drawEllipse(rect);
            break;
        }
        case OpPath: {
            QPainterPath path;
            in >> path;
            painter->drawPath(path);
            break;
        }
        case OpPoints: {
            qint32 count = 0;
            in >> count;
            painter->drawPoints(reinterpret_cast<const QPointF *>(readArray(count, sizeof(QPointF))), count);
            break;
        }
        case OpPolygon: {
            quint8 mode = 0;
            qint32 count = 0;
            in >> mode >> count;
            const auto *polygon = reinterpret_cast<const QPointF *>(readArray(count, sizeof(QPointF)));
            switch (PolygonDrawMode(mode)) {
            case OddEvenMode:
                painter->drawPolygon(polygon, count, Qt::OddEvenFill);
                break;
            case WindingMode:
                painter->drawPolygon(polygon, count, Qt::WindingFill);
                break;
            case ConvexMode:
                painter->drawConvexPolygon(polygon, count);
                break;
            case PolylineMode:
                painter->drawPolyline(polygon, count);
                break;
            }
            break;
        }
        case OpPixmap: {
            QRectF rect, source;
            QPixmap pixmap;
            in >> rect >> pixmap >> source;
            painter->drawPixmap(rect, pixmap, source);
            break;
        }
        case OpImage: {
            QRectF rect, source;
            QImage image;
            quint32 flags = 0;
            in >> rect >> image >> source >> flags;
            painter->drawImage(rect, image, source, Qt::ImageConversionFlags(flags));
            break;
        }
        case OpTiledPixmap: {
            QRectF rect;
            QPixmap pixmap;
            QPointF offset;
            in >> rect >> pixmap >> offset;
            painter->drawTiledPixmap(rect, pixmap, offset);
            break;
        }
        case OpText: {
            qint32 fontIndex = 0;
            QPointF position;
            QString text;
            in >> fontIndex >> position >> text;
            RecordedFont &font = m_fonts.at(fontIndex);
            if (fontIndex != runFont) {
                if (!font.replayRaw.isValid())
                    font.replayRaw = QRawFont::fromFont(font.font);
                run.setRawFont(font.replayRaw);
                runFont = fontIndex;
            }
            // Each glyph where the layout put it: the item's position plus the advances before.
            glyphs.resize(static_cast<size_t>(text.size()));
            positions.resize(static_cast<size_t>(text.size()));
            qint64 x = 0;
            for (qsizetype i = 0; i < text.size(); ++i) {
                // Recording checked every character: a miss means a corrupt recording.
                const Glyph *g = font.find(text.at(i).unicode());
                glyphs[i] = g ? g->index : 0;
                positions[i] = QPointF(static_cast<qreal>(x) / 64, 0);
                x += g ? g->advance : 0;
            }
            run.setRawData(glyphs.data(), positions.data(), static_cast<int>(text.size()));
            painter->drawGlyphRun(position, run);
            break;
        }
        default:
            in.setStatus(QDataStream::ReadCorruptData);
            break;
        }
    }
    painter->restore();
}

// A device with the target's metrics, painted on by the recording engine.
class PageRecorder::Device : public QPaintDevice
{
public:
    Device(const QPaintDevice &target, Engine *engine)
        : m_engine(engine)
    {
        m_metrics[PdmWidth] = target.width();
        m_metrics[PdmHeight] = target.height();
        m_metrics[PdmWidthMM] = target.widthMM();
        m_metrics[PdmHeightMM] = target.heightMM();
        m_metrics[PdmNumColors] = target.colorCount();
        m_metrics[PdmDepth] = target.depth();
        m_metrics[PdmDpiX] = target.logicalDpiX();
        m_metrics[PdmDpiY] = target.logicalDpiY();
        m_metrics[PdmPhysicalDpiX] = target.physicalDpiX();
        m_metrics[PdmPhysicalDpiY] = target.physicalDpiY();
        m_metrics[PdmDevicePixelRatio] = qRound(target.devicePixelRatio());
        m_metrics[PdmDevicePixelRatioScaled] = qRound(target.devicePixelRatio() * devicePixelRatioFScale());
    }
    Device(const Device &) = delete;
    Device &operator=(const Device &) = delete;

    QPaintEngine *paintEngine() const override { return m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        return metric >= 0 && metric < static_cast<int>(m_metrics.size()) ? m_metrics[metric] : 0;
    }

private:
    Engine *m_engine;
    std::array<int, PdmDevicePixelRatioScaled + 1> m_metrics{};
};

namespace {

QPaintEngine::PaintEngineFeatures featuresOf(const QPaintEngine *engine)
{
    QPaintEngine::PaintEngineFeatures features;
    for (int bit = 0; bit < 32; ++bit) {
        const auto feature = QPaintEngine::PaintEngineFeature(1u << bit);
        if (engine && engine->hasFeature(feature))
            features |= feature;
    }
    return features;
}

} // namespace

PageRecorder::PageRecorder(const QPaintDevice &target)
    : m_engine(std::make_unique<Engine>(featuresOf(target.paintEngine())))
    , m_device(std::make_unique<Device>(target, m_engine.get()))
{
}

PageRecorder::~PageRecorder() = default;

bool PageRecorder::canRecordFor(const QPaintDevice &target)
{
    const QPaintEngine *engine = target.paintEngine();
    return engine && engine->type() == QPaintEngine::Pdf;
}

QPaintDevice *PageRecorder::device() const
{
    return m_device.get();
}

std::optional<QByteArray> PageRecorder::takeRecording()
{
    return m_engine->take();
}

void PageRecorder::finishRecording()
{
    m_engine->releaseFonts();
}

void PageRecorder::replay(QPainter *painter, const QByteArray &recording)
{
    m_engine->replay(painter, recording);
}

RecordingSpool::RecordingSpool(qint64 memoryLimit)
    : m_memoryLimit(memoryLimit)
    , m_file(std::make_unique<QTemporaryFile>()) // made here, opened when needed
{
}

RecordingSpool::~RecordingSpool() = default;

std::optional<RecordingSpool::Range> RecordingSpool::append(const QByteArray &data)
{
    const QMutexLocker locker(&m_mutex);
    if (!m_fileOpen && m_memory.size() + data.size() > m_memoryLimit) {
        // Without a temporary file the recordings stay in memory.
        if (m_file->open() && m_file->write(m_memory) == m_memory.size()) {
            m_fileOpen = true;
            m_memory = QByteArray();
        }
    }
    if (m_fileOpen) {
        if (!m_file->seek(m_size) || m_file->write(data) != data.size())
            return std::nullopt;
    } else {
        m_memory += data;
    }
    const Range range{m_size, data.size()};
    m_size += data.size();
    return range;
}

std::optional<QByteArray> RecordingSpool::read(Range range)
{
    const QMutexLocker locker(&m_mutex);
    if (!m_fileOpen)
        return m_memory.mid(range.offset, range.size);
    if (!m_file->seek(range.offset))
        return std::nullopt;
    QByteArray data = m_file->read(range.size);
    if (data.size() != range.size)
        return std::nullopt;
    return data;
}

} // namespace lyncdns
