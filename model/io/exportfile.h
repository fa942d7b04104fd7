#pragma once

// A file an exporter produces, relative to the folder the user chose.

#include <QByteArray>
#include <QList>
#include <QString>

namespace lyncdns {

struct ExportFile
{
    QString relativePath;
    QByteArray content;
};

// Writes every file under dir, each atomically; stops at the first failure.
bool writeExportFiles(const QString &dir, const QList<ExportFile> &files, QString *errorMessage);

} // namespace lyncdns
