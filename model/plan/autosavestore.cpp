#include "model/plan/autosavestore.h"

#include "model/io/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace lyncdns {

namespace {

const QString kPlanSuffix = QStringLiteral(".lyncplan");
const QString kInfoSuffix = QStringLiteral(".json");
const QString kLockSuffix = QStringLiteral(".lock");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A lock file without a readable owner (its process died while creating it) is never stale to
// QLockFile with no stale time; after this long it cannot be a lock still being written.
constexpr qint64 kUnreadableLockStaleMs = 30 * 1000;

bool tryLockOrphan(QLockFile &lock)
{
    if (lock.tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    if (lock.error() != QLockFile::LockFailedError || lock.getLockInfo(&pid, &host, &app))
        return false;
    const QString lockFileName = lock.fileName();
    const QDateTime modified = QFileInfo(lockFileName).lastModified();
    if (!modified.isValid() || qAbs(modified.msecsTo(QDateTime::currentDateTime())) <= kUnreadableLockStaleMs)
        return false;
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

QByteArray infoJson(const QString &planFileName, const QString &title, const QDateTime &saved)
{
    QJsonObject info;
    info.insert(QStringLiteral("planFileName"), planFileName);
    info.insert(QStringLiteral("title"), title);
    info.insert(QStringLiteral("saved"), saved.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(info).toJson();
}

} // namespace

QString AutosaveStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("autosave"));
}

AutosaveStore::AutosaveStore(const QString &directory)
    : m_directory(QDir(directory).absolutePath())
    , m_id(newId())
{
    QDir().mkpath(m_directory);
    m_lock = lockFor(m_id);
    // A fresh UUID: nobody else can hold it. If the folder cannot be written, write() says so.
    m_lock->tryLock(0);
}

AutosaveStore::~AutosaveStore() = default;

QString AutosaveStore::path(const QString &id, const QString &suffix) const
{
    return QDir(m_directory).filePath(id + suffix);
}

std::unique_ptr<QLockFile> AutosaveStore::lockFor(const QString &id) const
{
    auto lock = std::make_unique<QLockFile>(path(id, kLockSuffix));
    // Only a dead owner makes a lock stale: a window may live for days without touching it.
    lock->setStaleLockTime(0);
    return lock;
}

QString AutosaveStore::fileName() const
{
    return path(m_id, kPlanSuffix);
}

bool AutosaveStore::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

bool AutosaveStore::exists() const
{
    return QFileInfo::exists(fileName());
}

bool AutosaveStore::write(const QByteArray &planJson, const QString &planFileName, const QString &title,
                          QString *errorMessage)
{
    if (!isLocked() && !m_lock->tryLock(0)) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("AutosaveStore", "%1: cannot lock")
                                .arg(QDir::toNativeSeparators(path(m_id, kLockSuffix)));
        return false;
    }
    // The plan before its description: if only the plan is written, the entry is still offered.
    return writeFileAtomically(fileName(), planJson, errorMessage) &&
           writeFileAtomically(path(m_id, kInfoSuffix),
                               infoJson(planFileName, title, QDateTime::currentDateTimeUtc()), errorMessage);
}

void AutosaveStore::remove()
{
    QFile::remove(fileName());
    QFile::remove(path(m_id, kInfoSuffix));
}

AutosaveEntry AutosaveStore::entry(const QString &id) const
{
    AutosaveEntry e;
    e.id = id;
    e.fileName = path(id, kPlanSuffix);
    QFile file(path(id, kInfoSuffix));
    const QJsonObject info =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    e.planFileName = info.value(QStringLiteral("planFileName")).toString();
    e.title = info.value(QStringLiteral("title")).toString();
    e.saved = QDateTime::fromString(info.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
    if (!e.saved.isValid()) // no or a broken description: the plan file's own time
        e.saved = QFileInfo(e.fileName).lastModified().toUTC();
    return e;
}

QList<AutosaveEntry> AutosaveStore::orphans() const
{
    const QDir dir(m_directory);
    QSet<QString> ids;
    for (const QString &name :
         dir.entryList({QStringLiteral("*") + kPlanSuffix, QStringLiteral("*") + kInfoSuffix,
                        QStringLiteral("*") + kLockSuffix},
                       QDir::Files))
        ids.insert(QFileInfo(name).completeBaseName());
    ids.remove(m_id);

    QList<AutosaveEntry> entries;
    for (const QString &id : std::as_const(ids)) {
        const std::unique_ptr<QLockFile> lock = lockFor(id);
        if (!tryLockOrphan(*lock))
            continue; // a live window's (or being looked at by another process right now)
        // Checked under the lock: its window may have removed it after the folder was listed.
        if (QFileInfo::exists(path(id, kPlanSuffix)))
            entries << entry(id);
        else
            QFile::remove(path(id, kInfoSuffix)); // left over; unlock() removes the lock file too
    }
    std::sort(entries.begin(), entries.end(), [](const AutosaveEntry &a, const AutosaveEntry &b) {
        return a.saved != b.saved ? a.saved > b.saved : a.id < b.id;
    });
    return entries;
}

bool AutosaveStore::claim(const QString &id)
{
    if (id == m_id)
        return exists();
    std::unique_ptr<QLockFile> lock = lockFor(id);
    if (!tryLockOrphan(*lock))
        return false;
    if (!QFileInfo::exists(path(id, kPlanSuffix)))
        return false;
    remove();
    m_lock = std::move(lock); // the old lock's destructor releases it and removes its file
    m_id = id;
    return true;
}

bool AutosaveStore::discard(const QString &id)
{
    if (id == m_id)
        return false;
    const std::unique_ptr<QLockFile> lock = lockFor(id);
    if (!tryLockOrphan(*lock))
        return false;
    QFile::remove(path(id, kPlanSuffix));
    QFile::remove(path(id, kInfoSuffix));
    return true;
}

bool AutosaveStore::importLegacy(const QString &legacyFileName, const QString &planFileName)
{
    const QFileInfo legacy(legacyFileName);
    if (!legacy.isFile())
        return false;
    QString title;
    QFile file(legacyFileName);
    if (file.open(QIODevice::ReadOnly))
        title = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("title")).toString();
    file.close();
    const QString id = newId();
    // Held while both files appear, so no other store takes a half-imported entry for left-overs.
    const std::unique_ptr<QLockFile> lock = lockFor(id);
    if (!lock->tryLock(0) ||
        !writeFileAtomically(path(id, kInfoSuffix), infoJson(planFileName, title, legacy.lastModified()),
                             nullptr))
        return false;
    if (!QFile::rename(legacyFileName, path(id, kPlanSuffix))) {
        QFile::remove(path(id, kInfoSuffix));
        return false;
    }
    return true;
}

} // namespace lyncdns
