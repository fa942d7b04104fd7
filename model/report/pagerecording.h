#pragma once

// Page recordings for the PDF report: what QTextDocument paints on a page, kept so that the page
// can be painted again, exactly, once the number of pages is known ("Page N of M"). The report
// is then laid out once instead of twice.
//
// A recording holds the paint engine's view of the page: every state change and every primitive,
// with text as the glyphs and positions the layout chose (glyph indexes and advances are taken
// from the same font engine, and every text item is checked against the width the layout gave
// it). Whatever cannot be replayed exactly (complex scripts, fallback fonts, right-to-left text)
// makes the recording fail, and the caller paints that part the slow way.

#include <QByteArray>
#include <QMutex>
#include <QtGlobal>

#include <memory>
#include <optional>

class QPaintDevice;
class QPainter;
class QTemporaryFile;

namespace lyncdns {

class PageRecorder
{
public:
    // Records for `target`: the recorder has the target's metrics and its paint engine's
    // features, so QPainter hands the recorder exactly what it would hand the target.
    explicit PageRecorder(const QPaintDevice &target);
    ~PageRecorder();
    PageRecorder(const PageRecorder &) = delete;
    PageRecorder &operator=(const PageRecorder &) = delete;

    // Whether recordings replay exactly on `target`: text is replayed as glyph runs, which a PDF
    // engine writes as the same text (a print preview would draw them as outlines).
    static bool canRecordFor(const QPaintDevice &target);

    // The device to paint one page on. Every QPainter::begin() on it starts a new recording.
    QPaintDevice *device() const;
    // The recording of what was painted since the last QPainter::begin(); std::nullopt when some
    // of it cannot be replayed exactly.
    std::optional<QByteArray> takeRecording();
    // Called by the thread that recorded, when it is done: font engines belong to the thread that
    // loaded them, and the replaying thread loads its own.
    void finishRecording();
    // Paints a recording made by this recorder onto a painter on the target; the painter's state
    // is saved and restored around it.
    void replay(QPainter *painter, const QByteArray &recording);

private:
    class Engine;
    class Device;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Device> m_device;
};

// Recordings of a whole report: in memory up to a limit, then in a temporary file, so memory
// stays bounded whatever the report's size. Several threads may append and read at once.
class RecordingSpool
{
public:
    struct Range
    {
        qint64 offset = 0;
        qint64 size = 0;
    };

    explicit RecordingSpool(qint64 memoryLimit);
    ~RecordingSpool();
    RecordingSpool(const RecordingSpool &) = delete;
    RecordingSpool &operator=(const RecordingSpool &) = delete;

    // Where the data was stored; std::nullopt when it could not be (the disk is full).
    std::optional<Range> append(const QByteArray &data);
    std::optional<QByteArray> read(Range range);

private:
    QMutex m_mutex;
    qint64 m_memoryLimit;
    qint64 m_size = 0;
    QByteArray m_memory;
    std::unique_ptr<QTemporaryFile> m_file;
    bool m_fileOpen = false;
};

} // namespace lyncdns
