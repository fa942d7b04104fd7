#include "model/io/exportfile.h"

#include "model/io/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

namespace lyncdns {

namespace {

// The first entry under dir that no export writes: a file outside the export's folders, or of a
// kind (suffix) the export does not write. Empty when dir holds only an earlier export.
QString foreignEntry(const QString &dir, const QList<ExportFile> &files)
{
    QSet<QString> folders;  // "internal", "external"
    QSet<QString> suffixes; // "zone", "zones"
    for (const ExportFile &f : files) {
        const QFileInfo relative(f.relativePath);
        folders.insert(QDir::cleanPath(relative.path()));
        suffixes.insert(relative.suffix());
    }
    const QDir root(dir);
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo entry = it.fileInfo();
        const QString relative = root.relativeFilePath(entry.filePath());
        if (entry.isDir() && !entry.isSymLink()) {
            if (!folders.contains(relative))
                return relative;
            continue;
        }
        if (!entry.isFile() || entry.isSymLink() || !folders.contains(QFileInfo(relative).path()) ||
            !suffixes.contains(entry.suffix()))
            return relative;
    }
    return {};
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

} // namespace

bool writeExportFiles(const QString &dir, const QList<ExportFile> &files, QString *errorMessage)
{
    const QFileInfo info(dir);
    // A symbolic link to the folder stays a link: the export replaces the folder it points at.
    const QString target =
        info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    if (info.exists() && !info.isDir())
        return fail(errorMessage, QCoreApplication::translate("ExportFile", "%1 is not a folder").arg(dir));
    if (info.exists()) {
        const QString foreign = foreignEntry(target, files);
        if (!foreign.isEmpty())
            return fail(errorMessage,
                        QCoreApplication::translate(
                            "ExportFile",
                            "%1 holds %2, which is not part of a zone export: choose an empty folder or "
                            "the folder of an earlier export")
                            .arg(dir, QDir::toNativeSeparators(foreign)));
    }
    const QString parent = QFileInfo(target).absolutePath();
    const QString name = QFileInfo(target).fileName();
    if (!QDir().mkpath(parent))
        return fail(
            errorMessage,
            QCoreApplication::translate("ExportFile", "%1: cannot create the folder %2").arg(dir, parent));

    // Beside the target, so that the final rename stays on one file system.
    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".%1.new-XXXXXX").arg(name)));
    if (!staging.isValid())
        return fail(errorMessage, QCoreApplication::translate(
                                      "ExportFile", "%1: cannot create a temporary folder beside it: %2")
                                      .arg(dir, staging.errorString()));
    for (const ExportFile &f : files)
        if (!writeFileAtomically(staging.filePath(f.relativePath), f.content, errorMessage))
            return false; // the staging folder goes, the target was never touched

    const QString cannotReplace =
        QCoreApplication::translate("ExportFile", "%1: cannot put the new export in place of the folder");
    if (!info.exists()) {
        if (!QDir().rename(staging.path(), target))
            return fail(errorMessage, cannotReplace.arg(dir));
        staging.setAutoRemove(false);
        return true;
    }
    // The earlier export moves aside into a folder that is removed when this function returns, and
    // comes back if the new one cannot take its place.
    QTemporaryDir previous(QDir(parent).filePath(QStringLiteral(".%1.old-XXXXXX").arg(name)));
    const QString aside = previous.filePath(name);
    if (!previous.isValid() || !QDir().rename(target, aside))
        return fail(errorMessage, cannotReplace.arg(dir));
    if (!QDir().rename(staging.path(), target)) {
        QDir().rename(aside, target);
        return fail(errorMessage, cannotReplace.arg(dir));
    }
    staging.setAutoRemove(false);
    return true;
}

} // namespace lyncdns
