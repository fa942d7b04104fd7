#include "model/certs/certificateexport.h"

#include "model/dns/hostnames.h"
#include "model/export/recordexport.h"
#include "model/io/printable.h"
#include "model/rules/keywords.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lyncdns {

namespace {

QString notesText(const CertificateRequest &r)
{
    return r.notes.join(QLatin1Char(' '));
}

// Text for a comment or a quoted value of a request file: one line, ASCII only (certreq reads the
// file in the system's code page), accents dropped, anything else a '?', no double quote.
QString infText(const QString &text)
{
    const QString decomposed = printable(text).normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch == QLatin1Char('"'))
            out += QLatin1Char('\'');
        else
            out += ch.unicode() >= 0x20 && ch.unicode() < 0x7f ? ch : QLatin1Char('?');
    }
    return out;
}

// A name certreq may put into the request: a host name (R-NAME1). Others are left out with a comment.
bool isRequestName(const QString &name)
{
    return hostNameProblem(name).isEmpty();
}

// Comment lines of at most about 100 characters, each starting with "; ".
QStringList commentLines(const QString &text, const QString &indent)
{
    QStringList lines;
    QString line;
    for (const QString &word : infText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > 96) {
            lines << QStringLiteral("; ") + indent + line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << QStringLiteral("; ") + indent + line;
    return lines;
}

QString safeFilePart(const QString &text)
{
    QString out;
    for (const QChar ch : text.toLower()) {
        const bool keep = (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
                          (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || ch == QLatin1Char('.') ||
                          ch == QLatin1Char('-');
        out += keep ? ch : QLatin1Char('-');
    }
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1); // never a hidden file
    return out.isEmpty() ? QStringLiteral("unnamed") : out.left(100);
}

} // namespace

QByteArray certificatesToCsv(const QList<CertificateRequest> &requests)
{
    QString out = QStringLiteral("role,site,pool,subject,san,usage,notes\n");
    for (const CertificateRequest &r : requests) {
        const QStringList cells = {keyword(r.role),
                                   r.site,
                                   r.pool,
                                   r.subject,
                                   r.sans.join(QLatin1Char(' ')),
                                   r.usage.join(QLatin1Char(' ')),
                                   notesText(r)};
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvCell(c);
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray certificatesToJson(const QList<CertificateRequest> &requests)
{
    QJsonArray rows;
    for (const CertificateRequest &r : requests)
        rows.append(QJsonObject{{QStringLiteral("role"), keyword(r.role)},
                                {QStringLiteral("site"), r.site},
                                {QStringLiteral("pool"), r.pool},
                                {QStringLiteral("server"), r.server},
                                {QStringLiteral("subject"), r.subject},
                                {QStringLiteral("san"), QJsonArray::fromStringList(r.sans)},
                                {QStringLiteral("usage"), QJsonArray::fromStringList(r.usage)},
                                {QStringLiteral("issuer"), keyword(r.issuer)},
                                {QStringLiteral("exportableKey"), r.exportableKey},
                                {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("certificates"), rows}}).toJson(QJsonDocument::Indented);
}

QByteArray certificatesToTable(const QList<CertificateRequest> &requests)
{
    //: Row labels of the plain-text certificate table (certs --format table).
    const QString subject = QCoreApplication::translate("CertificateExport", "subject");
    const QString san = QCoreApplication::translate("CertificateExport", "SAN");
    const QString usage = QCoreApplication::translate("CertificateExport", "usage");
    const QString notes = QCoreApplication::translate("CertificateExport", "notes");
    const qsizetype width = std::max({subject.size(), san.size(), usage.size(), notes.size()}) + 2;
    const auto row = [width](const QString &label, const QString &value) -> QString {
        return QStringLiteral("  ") + label.leftJustified(width) + printable(value) + QLatin1Char('\n');
    };
    QString out;
    for (const CertificateRequest &r : requests) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        const QString where =
            r.server.isEmpty() || r.server == r.pool
                ? QCoreApplication::translate("CertificateExport", "%1 (site %2)").arg(r.pool, r.site)
                : QCoreApplication::translate("CertificateExport", "%1, server %2 (site %3)")
                      .arg(r.pool, r.server, r.site);
        out += keyword(r.role) + QStringLiteral("  ") + printable(where) + QLatin1Char('\n');
        out += row(subject, r.subject);
        for (qsizetype i = 0; i < r.sans.size(); ++i)
            out += row(i == 0 ? san : QString(), r.sans.at(i));
        const QString issuer = r.issuer == CertificateIssuer::Public
                                   ? QCoreApplication::translate("CertificateExport", "public CA")
                                   : QCoreApplication::translate("CertificateExport", "internal CA");
        const QString key = r.exportableKey
                                ? QCoreApplication::translate("CertificateExport", "exportable key")
                                : QCoreApplication::translate("CertificateExport", "key not exportable");
        out +=
            row(usage, QStringList{r.usage.join(QLatin1Char(' ')), issuer, key}.join(QStringLiteral(", ")));
        for (qsizetype i = 0; i < r.notes.size(); ++i)
            out += row(i == 0 ? notes : QString(), r.notes.at(i));
    }
    return out.toUtf8();
}

QString certificateInfFileName(const CertificateRequest &request)
{
    QString name = keyword(request.role) + QLatin1Char('_') + safeFilePart(request.pool);
    if (!request.server.isEmpty() && request.server != request.pool)
        name += QLatin1Char('_') + safeFilePart(request.server);
    return name + QStringLiteral(".inf");
}

QByteArray certificateInf(const CertificateRequest &r)
{
    QStringList lines;
    const QString host = r.server.isEmpty() ? r.pool : r.server;
    const QString file = certificateInfFileName(r);
    const QString requestFile = file.left(file.size() - 4) + QStringLiteral(".req");
    lines << (r.server.isEmpty()
                  ? QStringLiteral("; certreq.exe request: %1 for %2 (site %3)")
                        .arg(keyword(r.role), infText(r.pool), infText(r.site))
                  : QStringLiteral("; certreq.exe request: %1 for %2 (pool %3, site %4)")
                        .arg(keyword(r.role), infText(r.server), infText(r.pool), infText(r.site)))
          << QStringLiteral("; Written by Lync DNS Planner (lyncdns certs). Make the request on the server "
                            "that is to hold the key:")
          << QStringLiteral(";   certreq -new %1 %2").arg(file, requestFile)
          << (r.issuer == CertificateIssuer::Public
                  ? QStringLiteral("; Send the .req file to a public certification authority.")
                  : QStringLiteral("; Submit it to the internal CA (an enterprise CA: uncomment "
                                   "CertificateTemplate at the end)."));
    if (!r.notes.isEmpty()) {
        lines << QStringLiteral("; Notes:");
        for (const QString &note : r.notes)
            lines << commentLines(note, QStringLiteral("  "));
    }
    lines << QString() << QStringLiteral("[Version]") << QStringLiteral("Signature=\"$Windows NT$\"")
          << QString() << QStringLiteral("[NewRequest]");
    if (isRequestName(r.subject))
        lines << QStringLiteral("Subject = \"CN=%1\"").arg(r.subject);
    else
        lines << QStringLiteral("; Subject left out: \"%1\" is not a host name").arg(infText(r.subject));
    lines << QStringLiteral("FriendlyName = \"lyncdns %1 %2\"").arg(keyword(r.role), infText(host))
          << QStringLiteral("KeyLength = 2048") << QStringLiteral("KeySpec = 1")
          << QStringLiteral("KeyUsage = 0xa0")
          << QStringLiteral("Exportable = %1")
                 .arg(r.exportableKey ? QStringLiteral("TRUE") : QStringLiteral("FALSE"))
          << QStringLiteral("MachineKeySet = TRUE")
          << QStringLiteral("ProviderName = \"Microsoft RSA SChannel Cryptographic Provider\"")
          << QStringLiteral("ProviderType = 12") << QStringLiteral("RequestType = PKCS10")
          << QStringLiteral("HashAlgorithm = sha256") << QString()
          << QStringLiteral("[EnhancedKeyUsageExtension]");
    for (const QString &usage : r.usage)
        if (const QString oid = extendedKeyUsageOid(usage); !oid.isEmpty())
            lines << QStringLiteral("OID=%1 ; %2").arg(oid, usage);
    lines << QString() << QStringLiteral("[Extensions]") << QStringLiteral("2.5.29.17 = \"{text}\"");
    for (const QString &name : r.sans) {
        if (isRequestName(name))
            lines << QStringLiteral("_continue_ = \"dns=%1&\"").arg(name);
        else
            lines << QStringLiteral("; left out, not a host name: %1").arg(infText(name));
    }
    if (r.issuer == CertificateIssuer::Internal)
        lines << QString() << QStringLiteral("[RequestAttributes]")
              << QStringLiteral("; CertificateTemplate = WebServer");
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toLatin1();
}

QList<ExportFile> certificateInfFiles(const QList<CertificateRequest> &requests)
{
    QList<ExportFile> files;
    QHash<QString, int> used;
    for (const CertificateRequest &r : requests) {
        QString name = certificateInfFileName(r);
        // Two objects whose names differ only in characters a file name cannot hold.
        if (const int n = ++used[name]; n > 1)
            name.insert(name.size() - 4, QStringLiteral("-%1").arg(n));
        files << ExportFile{name, certificateInf(r)};
    }
    return files;
}

} // namespace lyncdns
