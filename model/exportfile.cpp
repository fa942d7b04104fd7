#include "exportfile.h"

#include "atomicfile.h"

#include <QDir>

namespace lyncdns {

bool writeExportFiles(const QString &dir, const QList<ExportFile> &files, QString *errorMessage)
{
    for (const ExportFile &f : files)
        if (!writeFileAtomically(QDir(dir).filePath(f.relativePath), f.content, errorMessage))
            return false;
    return true;
}

} // namespace lyncdns
