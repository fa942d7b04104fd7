// The autosave store (issue 17): two stores in one process stand for two windows. A store's
// autosave is another's orphan only once its lock is released or stale (its process is gone),
// never while it is held, however old; orphans come newest first; claim and discard take the lock
// first; a failed write keeps the previous autosave.

#include "model/plan/autosavestore.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace lyncdns;

namespace {

QStringList ids(const QList<AutosaveEntry> &entries)
{
    QStringList out;
    for (const AutosaveEntry &e : entries)
        out << e.id;
    return out;
}

QString describe(const QList<AutosaveEntry> &entries)
{
    QStringList out;
    for (const AutosaveEntry &e : entries)
        out << QStringLiteral("%1 (%2, \"%3\", %4)")
                   .arg(e.id, e.planFileName, e.title, e.saved.toString(Qt::ISODateWithMs));
    return QStringLiteral("orphans: [%1]").arg(out.join(QStringLiteral(", ")));
}

// A lock file as its owner's process would have left it when it died: our own lock's contents
// with a process id no system hands out (Linux PIDs stay below 2^22).
bool writeDeadOwnersLock(const QString &lockFileName)
{
    QByteArray content;
    {
        QLockFile live(lockFileName);
        if (!live.tryLock(0))
            return false;
        content = test::readAll(lockFileName);
    }
    const qsizetype firstLineEnd = content.indexOf('\n');
    if (firstLineEnd < 0)
        return false;
    return test::writeAll(lockFileName, QByteArray("4194309") + content.mid(firstLineEnd));
}

} // namespace

class TestAutosaveStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void write_otherLiveStore_seesNoOrphan();
    void liveLockOlderThanStaleTime_isNotOrphan();
    void destroyedWithoutRemove_isOrphanWithItsName();
    void staleLockOfDeadProcess_isOrphan();
    void unreadableOldLock_isOrphan();
    void remove_leavesNothingToRecover();
    void orphans_newestFirst();
    void claim_takesOverOrphanAndItsLock();
    void claim_liveStore_fails();
    void discard_removesOnlyThatOrphan();
    void failedWrite_keepsPreviousAutosave();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAutosaveStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
}

void TestAutosaveStore::write_otherLiveStore_seesNoOrphan()
{
    AutosaveStore first(m_dir->path());
    AutosaveStore second(m_dir->path());
    QVERIFY(first.isLocked());
    QVERIFY(second.isLocked());
    QVERIFY(first.id() != second.id());
    QString error;
    QVERIFY2(first.write("{}", QStringLiteral("/plans/a.lyncplan"), QStringLiteral("A"), &error),
             qPrintable(error));
    QVERIFY2(second.write("{ }", QString(), QStringLiteral("B"), &error), qPrintable(error));
    QVERIFY(first.fileName() != second.fileName());
    QCOMPARE(test::readAll(first.fileName()), QByteArray("{}"));
    QCOMPARE(test::readAll(second.fileName()), QByteArray("{ }"));

    QVERIFY2(first.orphans().isEmpty(), qPrintable(describe(first.orphans())));
    QVERIFY2(second.orphans().isEmpty(), qPrintable(describe(second.orphans())));
    AutosaveStore third(m_dir->path());
    QVERIFY2(third.orphans().isEmpty(), qPrintable(describe(third.orphans())));
    // Looking did not take or break anyone's lock.
    QVERIFY(first.isLocked());
    QVERIFY(second.isLocked());
    QVERIFY2(third.orphans().isEmpty(), qPrintable(describe(third.orphans())));
}

void TestAutosaveStore::liveLockOlderThanStaleTime_isNotOrphan()
{
    AutosaveStore live(m_dir->path());
    QVERIFY(live.write("{}", QString(), QString(), nullptr));
    // A window open for a day: QLockFile's default would call its lock stale after 30 s.
    QFile lock(QDir(m_dir->path()).filePath(live.id() + QStringLiteral(".lock")));
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime));
    lock.close();
    AutosaveStore other(m_dir->path());
    QVERIFY2(other.orphans().isEmpty(), qPrintable(describe(other.orphans())));
    QVERIFY(!other.claim(live.id()));
}

void TestAutosaveStore::destroyedWithoutRemove_isOrphanWithItsName()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QString crashedId, crashedFile;
    {
        AutosaveStore crashed(m_dir->path());
        QVERIFY(crashed.write("{\"title\": \"x\"}", QStringLiteral("/plans/contoso.lyncplan"),
                              QStringLiteral("Contoso"), nullptr));
        crashedId = crashed.id();
        crashedFile = crashed.fileName();
    }
    AutosaveStore next(m_dir->path());
    const QList<AutosaveEntry> orphans = next.orphans();
    QCOMPARE(ids(orphans), QStringList{crashedId});
    QCOMPARE(orphans.first().fileName, crashedFile);
    QCOMPARE(orphans.first().planFileName, QStringLiteral("/plans/contoso.lyncplan"));
    QCOMPARE(orphans.first().title, QStringLiteral("Contoso"));
    QVERIFY2(orphans.first().saved >= before && orphans.first().saved <= QDateTime::currentDateTimeUtc(),
             qPrintable(describe(orphans)));
    // Listing left it there for the next look.
    QCOMPARE(ids(next.orphans()), QStringList{crashedId});
}

void TestAutosaveStore::staleLockOfDeadProcess_isOrphan()
{
    QString crashedId;
    {
        AutosaveStore crashed(m_dir->path());
        QVERIFY(crashed.write("{}", QString(), QStringLiteral("Fabrikam"), nullptr));
        crashedId = crashed.id();
    }
    const QString lockFileName = QDir(m_dir->path()).filePath(crashedId + QStringLiteral(".lock"));
    QVERIFY(writeDeadOwnersLock(lockFileName));
    QVERIFY(QFileInfo::exists(lockFileName));

    AutosaveStore next(m_dir->path());
    const QList<AutosaveEntry> orphans = next.orphans();
    QCOMPARE(ids(orphans), QStringList{crashedId});
    QCOMPARE(orphans.first().title, QStringLiteral("Fabrikam"));
    QVERIFY(next.claim(crashedId));
    QVERIFY(next.isLocked());
}

void TestAutosaveStore::unreadableOldLock_isOrphan()
{
    QString crashedId;
    {
        AutosaveStore crashed(m_dir->path());
        QVERIFY(crashed.write("{}", QString(), QString(), nullptr));
        crashedId = crashed.id();
    }
    // Its process died between creating the lock file and writing its owner into it.
    QFile lock(QDir(m_dir->path()).filePath(crashedId + QStringLiteral(".lock")));
    QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-120), QFileDevice::FileModificationTime));
    lock.close();
    AutosaveStore next(m_dir->path());
    QCOMPARE(ids(next.orphans()), QStringList{crashedId});
}

void TestAutosaveStore::remove_leavesNothingToRecover()
{
    {
        AutosaveStore saved(m_dir->path());
        QVERIFY(saved.write("{}", QString(), QString(), nullptr));
        QVERIFY(saved.exists());
        saved.remove();
        QVERIFY(!saved.exists());
        QVERIFY(saved.isLocked());
    }
    AutosaveStore next(m_dir->path());
    QVERIFY2(next.orphans().isEmpty(), qPrintable(describe(next.orphans())));
    // Closed cleanly: no lock, plan or description files left behind, only the live one's lock.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{next.id() + QStringLiteral(".lock")});
}

void TestAutosaveStore::orphans_newestFirst()
{
    // Old-version autosaves are dated by their file time: three with times set here.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const struct
    {
        const char *title;
        int minutesAgo;
    } saves[] = {{"middle", 20}, {"newest", 5}, {"oldest", 60}};
    AutosaveStore store(m_dir->path());
    for (const auto &save : saves) {
        const QString legacy = QDir(m_dir->path()).filePath(QStringLiteral("legacy.lyncplan"));
        QVERIFY(test::writeAll(
            legacy, QStringLiteral("{\"title\": \"%1\"}").arg(QLatin1String(save.title)).toUtf8()));
        QFile file(legacy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(now.addSecs(-60 * save.minutesAgo), QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(
            store.importLegacy(legacy, QStringLiteral("/plans/%1.lyncplan").arg(QLatin1String(save.title))));
        QVERIFY2(!QFileInfo::exists(legacy), "the old autosave was copied, not moved");
    }
    const QList<AutosaveEntry> orphans = store.orphans();
    QStringList titles;
    for (const AutosaveEntry &e : orphans)
        titles << e.title;
    QCOMPARE(titles,
             (QStringList{QStringLiteral("newest"), QStringLiteral("middle"), QStringLiteral("oldest")}));
    QCOMPARE(orphans.first().planFileName, QStringLiteral("/plans/newest.lyncplan"));
    QCOMPARE(orphans.first().saved.toSecsSinceEpoch(), now.addSecs(-5 * 60).toSecsSinceEpoch());
    QCOMPARE(test::readAll(orphans.first().fileName), QByteArray("{\"title\": \"newest\"}"));
}

void TestAutosaveStore::claim_takesOverOrphanAndItsLock()
{
    QString crashedId, crashedFile;
    {
        AutosaveStore crashed(m_dir->path());
        QVERIFY(crashed.write("crashed", QString(), QStringLiteral("Crashed"), nullptr));
        crashedId = crashed.id();
        crashedFile = crashed.fileName();
    }
    AutosaveStore recovering(m_dir->path());
    QVERIFY(recovering.write("own", QString(), QString(), nullptr));
    const QString ownFile = recovering.fileName();
    QVERIFY(recovering.claim(crashedId));
    QCOMPARE(recovering.id(), crashedId);
    QCOMPARE(recovering.fileName(), crashedFile);
    QVERIFY(recovering.isLocked());
    QVERIFY2(!QFileInfo::exists(ownFile), "its own autosave was kept beside the claimed one");

    // Claimed, it is a live window's work: nobody else is offered it or can take it.
    AutosaveStore other(m_dir->path());
    QVERIFY2(other.orphans().isEmpty(), qPrintable(describe(other.orphans())));
    QVERIFY(!other.claim(crashedId));
    QVERIFY(!other.discard(crashedId));

    // The recovered plan is autosaved in place until saved.
    QVERIFY(recovering.write("recovered and edited", QString(), QStringLiteral("Crashed"), nullptr));
    QCOMPARE(test::readAll(crashedFile), QByteArray("recovered and edited"));
    recovering.remove();
    QVERIFY(!QFileInfo::exists(crashedFile));
}

void TestAutosaveStore::claim_liveStore_fails()
{
    AutosaveStore live(m_dir->path());
    QVERIFY(live.write("live", QString(), QString(), nullptr));
    AutosaveStore other(m_dir->path());
    QVERIFY(!other.claim(live.id()));
    QVERIFY(!other.discard(live.id()));
    QCOMPARE(test::readAll(live.fileName()), QByteArray("live"));
    QVERIFY(live.isLocked());
}

void TestAutosaveStore::discard_removesOnlyThatOrphan()
{
    QString first, second;
    for (QString *id : {&first, &second}) {
        AutosaveStore crashed(m_dir->path());
        QVERIFY(crashed.write("{}", QString(), QString(), nullptr));
        *id = crashed.id();
    }
    AutosaveStore next(m_dir->path());
    QVERIFY(next.discard(first));
    QCOMPARE(ids(next.orphans()), QStringList{second});
}

void TestAutosaveStore::failedWrite_keepsPreviousAutosave()
{
#ifdef Q_OS_UNIX
    AutosaveStore store(m_dir->path());
    QVERIFY(store.write("previous", QStringLiteral("/plans/a.lyncplan"), QStringLiteral("A"), nullptr));
    // A file size limit fails the next write even for root, whom permissions would not stop.
    rlimit saved{};
    QVERIFY(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tiny = saved;
    tiny.rlim_cur = 16;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &tiny) == 0);
    QString error;
    const bool written =
        store.write(QByteArray(4096, 'x'), QStringLiteral("/plans/b.lyncplan"), QStringLiteral("B"), &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    // QTBUG-75077: QSaveFile::commit() succeeds after its buffer failed to flush, leaving the
    // truncated file; writeFileAtomically flushes before it commits.
    QVERIFY2(!written, "the write should have failed");
    QVERIFY2(!error.isEmpty(), "a failed write must say why");
    QCOMPARE(test::readAll(store.fileName()), QByteArray("previous"));
    QVERIFY(store.isLocked());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.lyncplan")}, QDir::Files),
             QStringList{store.id() + QStringLiteral(".lyncplan")});
#else
    QSKIP("needs a file size limit (POSIX setrlimit) to make a write fail");
#endif
}

QTEST_GUILESS_MAIN(TestAutosaveStore)
#include "tst_autosavestore.moc"
