#include "model/io/exportfile.h"

#include "model/io/atomicfile.h"

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
