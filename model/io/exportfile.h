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

// Writes every file into a new folder beside dir and, once all are written, puts that folder in
// dir's place: dir then holds exactly this export (no zone of an earlier export left beside the new
// ones), and on any failure dir stays as it was. A dir that holds anything an export does not write
// (a file of another kind, a folder of its own) is refused, never replaced.
bool writeExportFiles(const QString &dir, const QList<ExportFile> &files, QString *errorMessage);

} // namespace lyncdns
