#pragma once

// One window's autosave: <id>.lyncplan (the plan as last autosaved) and <id>.json (its file
// name, title and time) in a shared folder, held with <id>.lock for as long as the store lives.
// Another window or process lists as orphans only autosaves whose lock it can take: those of
// windows that crashed or ended without a clean close, never a live window's work.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace lyncdns {

struct AutosaveEntry
{
    QString id;           // the autosave's file base name, a UUID
    QString fileName;     // the autosaved plan (<id>.lyncplan)
    QString planFileName; // the plan's own file; empty for an untitled plan
    QString title;        // the plan's title when autosaved; may be empty
    QDateTime saved;      // when it was autosaved (UTC)
};

class AutosaveStore final
{
    Q_DISABLE_COPY_MOVE(AutosaveStore)
public:
    // AppDataLocation/autosave.
    static QString defaultDirectory();

    // Takes a new id and its lock; nothing is written until write().
    explicit AutosaveStore(const QString &directory = defaultDirectory());
    // Releases the lock and keeps what was written, so a window destroyed without a clean close
    // leaves an orphan to recover; only remove() deletes it.
    ~AutosaveStore();

    QString directory() const { return m_directory; }
    QString id() const { return m_id; }
    QString fileName() const; // this store's <id>.lyncplan
    bool isLocked() const;
    bool exists() const;

    // Replaces this store's autosave, plan first, each file atomically: a failed write keeps the
    // previous autosave. False with the reason if the lock is not held or a file not written.
    bool write(const QByteArray &planJson, const QString &planFileName, const QString &title,
               QString *errorMessage);
    // Deletes this store's autosave (saved, closed cleanly or discarded); the lock stays held.
    void remove();

    // Other stores' autosaves whose lock can be taken now, newest first. A lock is taken when
    // free or stale (its process is gone; its age does not count) and released again.
    QList<AutosaveEntry> orphans() const;
    // Takes over an orphan: its lock becomes this store's, its files this store's autosave, and
    // this store's own autosave is deleted. False if it is gone or another store holds it.
    bool claim(const QString &id);
    // Deletes an orphan; false if another store holds it.
    bool discard(const QString &id);

    // Brings a single-file autosave of an older version (its plan file name kept elsewhere) into
    // the folder as an orphan, dated by the file's time; the old file is moved, never copied.
    bool importLegacy(const QString &legacyFileName, const QString &planFileName);

private:
    QString path(const QString &id, const QString &suffix) const;
    std::unique_ptr<QLockFile> lockFor(const QString &id) const;
    AutosaveEntry entry(const QString &id) const;

    QString m_directory;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace lyncdns
