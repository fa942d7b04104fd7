#pragma once

// Every file we write goes through here: QSaveFile, so a failed write never leaves half a file.

#include <QByteArray>
#include <QString>

namespace lyncdns {

bool writeFileAtomically(const QString &fileName, const QByteArray &content, QString *errorMessage);

} // namespace lyncdns
