#include "model/io/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace lyncdns {

bool writeFileAtomically(const QString &fileName, const QByteArray &content, QString *errorMessage)
{
    const QFileInfo info(fileName);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("AtomicFile", "%1: cannot create the folder %2")
                                .arg(fileName, info.absolutePath());
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("AtomicFile", "%1: cannot write: %2")
                                .arg(fileName, file.errorString());
        return false;
    }
    // flush() first: Qt 6.4's commit() reports success even when its own final flush failed
    // (QTBUG-75077), and a full disk would then swap a truncated file in place of a good one.
    if (file.write(content) != content.size() || !file.flush() || !file.commit()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("AtomicFile", "%1: cannot write: %2")
                                .arg(fileName, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace lyncdns
