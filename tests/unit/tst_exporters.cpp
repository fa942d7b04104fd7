// The exporters against cli.md: BIND zone files (checked by named-checkzone), CSV and JSON record
// rows, and the PowerShell script (checked as text: there is no PowerShell here); the draft
// stamps of the export policy, and that an invalid field value never becomes a record.

#include "model/dns/hostnames.h"
#include "model/export/exportpolicy.h"
#include "model/export/powershellexporter.h"
#include "model/export/recordexport.h"
#include "model/export/zonefileexporter.h"
#include "model/io/exportfile.h"
#include "model/plan/planpaths.h"
#include "model/planner/planner.h"
#include "model/validator/validator.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace lyncdns;

namespace {

constexpr quint32 kSerial = 2024010101;
constexpr int kDraftErrors = 3;
const QString kDraftNotice =
    QStringLiteral("DRAFT: this plan has 3 validation errors; do not load into production DNS");

QString namedCheckzone()
{
    return QStandardPaths::findExecutable(QStringLiteral("named-checkzone"),
                                          {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
}

// named-checkzone's verdict on one zone file: empty when it loads, else what it said.
// The zone a zone file is for: its $ORIGIN, without the final dot.
QString originOf(const QByteArray &content)
{
    static const QRegularExpression origin(QStringLiteral("^\\$ORIGIN (\\S+)\\.$"),
                                           QRegularExpression::MultilineOption);
    return origin.match(QString::fromUtf8(content)).captured(1);
}

QString checkZoneFile(const QString &checker, const QString &zone, const QString &path)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(checker, {zone, path});
    if (!process.waitForFinished(60000))
        return process.errorString();
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    return QStringLiteral("exit %1: %2")
        .arg(process.exitCode())
        .arg(QString::fromLocal8Bit(process.readAll()));
}

QJsonObject planJson(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(fileName));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The example as written, or with dns.splitBrain forced off (pin-point zones).
Plan planVariant(const QString &fileName, bool forceNoSplitBrain)
{
    QJsonObject json = planJson(fileName);
    if (forceNoSplitBrain) {
        QJsonObject dns = json.value(QStringLiteral("dns")).toObject();
        dns.insert(QStringLiteral("splitBrain"), false);
        json.insert(QStringLiteral("dns"), dns);
    }
    return test::planFromJson(QJsonDocument(json).toJson());
}

// One _data() row per example plan, and one per example with split-brain DNS off.
void addExampleRows()
{
    QTest::addColumn<QString>("planFile");
    QTest::addColumn<bool>("noSplitBrain");
    const QStringList files = test::examplePlanFiles();
    if (files.isEmpty())
        qFatal("no example plans in %s", LYNCDNS_EXAMPLES);
    for (const QString &f : files) {
        const QString base = QFileInfo(f).completeBaseName();
        QTest::newRow(qPrintable(base)) << f << false;
        QTest::newRow(qPrintable(base + QStringLiteral(" (no split-brain)"))) << f << true;
    }
}

// Every file under dir with its content, relative paths sorted: what a folder holds.
QMap<QString, QByteArray> folderContents(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), test::readAll(path));
    }
    return files;
}

QString recordLine(const QString &location, const QString &name, const QString &type, const QString &data)
{
    return QStringList{location, name, type, data}.join(QLatin1Char(' '));
}

QString recordLine(const DnsRecord &r)
{
    return recordLine(locationName(r.location), r.name, recordTypeName(r.type), r.data);
}

// A record read back from a zone file.
struct ZoneEntry
{
    QString file; // relative path, e.g. internal/contoso.com.zone
    QString zone;
    QString owner; // as written: "@" or relative
    QString line;  // "internal name type data", comparable with recordLine()
};

QString stripDot(const QString &s)
{
    return s.endsWith(QLatin1Char('.')) ? s.chopped(1) : s;
}

// Reads the records (not SOA/NS) of a zone file written in the exporter's one-record-per-line form.
QList<ZoneEntry> readZoneFile(const QString &location, const QString &relativePath, const QByteArray &content,
                              QString *problem)
{
    QList<ZoneEntry> entries;
    QString origin;
    const QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')))
            continue;
        const QStringList t = line.split(QRegularExpression(QStringLiteral("\\s+")));
        if (t.first() == QLatin1String("$ORIGIN")) {
            origin = stripDot(t.value(1));
            continue;
        }
        if (t.first().startsWith(QLatin1Char('$')))
            continue;
        // owner [ttl] IN type rdata; SOA and NS (placeholders) carry no TTL of their own
        const qsizetype in = t.indexOf(QStringLiteral("IN"));
        if (in < 1 || in > 2 || t.size() < in + 3) {
            *problem = QStringLiteral("%1: unexpected line \"%2\"").arg(relativePath, line);
            return {};
        }
        const QString &type = t.at(in + 1);
        if (type == QLatin1String("SOA") || type == QLatin1String("NS"))
            continue;
        if (in != 2) {
            *problem = QStringLiteral("%1: record without a TTL \"%2\"").arg(relativePath, line);
            return {};
        }
        const QString name = t.at(0) == QLatin1String("@") ? origin : t.at(0) + QLatin1Char('.') + origin;
        QStringList rdata = t.mid(in + 2);
        if (type == QLatin1String("CNAME") || type == QLatin1String("SRV"))
            rdata.last() = stripDot(rdata.last());
        entries << ZoneEntry{relativePath, origin, t.at(0),
                             recordLine(location, name, type, rdata.join(QLatin1Char(' ')))};
    }
    return entries;
}

// RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks; rows end in LF or CRLF.
QList<QStringList> parseCsv(const QString &text, QString *problem)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, cellWasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!cell.isEmpty() || cellWasQuoted) {
                *problem = QStringLiteral("quote inside an unquoted cell at offset %1").arg(i);
                return {};
            }
            quoted = cellWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            cellWasQuoted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellWasQuoted = false;
        } else {
            if (cellWasQuoted) {
                *problem = QStringLiteral("text after a closing quote at offset %1").arg(i);
                return {};
            }
            cell += c;
        }
    }
    if (quoted) {
        *problem = QStringLiteral("unterminated quoted cell");
        return {};
    }
    if (!cell.isEmpty() || !row.isEmpty() || cellWasQuoted) {
        row << cell;
        rows << row;
    }
    return rows;
}

QStringList recordFields(const DnsRecord &r)
{
    return {locationName(r.location),
            r.name,
            recordTypeName(r.type),
            r.data,
            QString::number(r.ttl),
            r.requirement,
            r.required ? QStringLiteral("yes") : QStringLiteral("no"),
            r.reason,
            r.zone,
            r.site};
}

bool isNormalizedName(const QString &name)
{
    return !name.isEmpty() && name == name.toLower() && !name.endsWith(QLatin1Char('.'));
}

// Host names inside the data cell (CNAME/SRV targets) must be normalised too.
QString dataTarget(const QString &type, const QString &data)
{
    if (type == QLatin1String("CNAME"))
        return data;
    if (type == QLatin1String("SRV"))
        return data.split(QLatin1Char(' ')).value(3);
    return {};
}

// Every way a PowerShell (or editor) line can end: a title must never reach a new line.
const QRegularExpression
    kAnyLineBreak(QStringLiteral("\\r\\n|[\\n\\r\\x{2028}\\x{2029}\\x{85}\\x{0B}\\x{0C}]"));

const QString kHostileTitle =
    QStringLiteral("Contoso 'HQ' \u2019x\u2018 \u201Ay\u201B\nINJECTED-LF Write-Host pwned\r"
                   "INJECTED-CR\u2028INJECTED-LS $(Remove-Item C:\\) #> <# \"INJECTED-DQ\"") +
    QChar(0x2029) + QStringLiteral("INJECTED-PS") + QChar(0x85) + QStringLiteral("INJECTED-NEL");

const QStringList kPayloadMarkers = {QStringLiteral("Remove-Item"), QStringLiteral("INJECTED-"),
                                     QStringLiteral("Write-Host pwned"), QStringLiteral("<#"),
                                     QStringLiteral("#>")};

Plan hostilePlan(bool noSplitBrain)
{
    QJsonObject json = planJson(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
    json.insert(QStringLiteral("title"), kHostileTitle);
    if (noSplitBrain) {
        QJsonObject dns = json.value(QStringLiteral("dns")).toObject();
        dns.insert(QStringLiteral("splitBrain"), false);
        json.insert(QStringLiteral("dns"), dns);
    }
    return test::planFromJson(QJsonDocument(json).toJson());
}

// An Add-PlannedRecord call read back from the script.
struct ScriptRecord
{
    QString section;
    QString zone;
    QString line;
};

// psQuote's inverse for the values our script holds: '...' with doubled quote characters.
QString psUnquote(const QString &quoted)
{
    QString inner = quoted.mid(1, quoted.size() - 2);
    for (const QChar q : {QChar(0x27), QChar(0x2018), QChar(0x2019), QChar(0x201A), QChar(0x201B)})
        inner.replace(QString(2, q), QString(q));
    return inner;
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT
private slots:
    // ---- BIND zone files ----

    void zoneFiles_passNamedCheckzone_data() { addExampleRows(); }
    void zoneFiles_passNamedCheckzone()
    {
        QFETCH(QString, planFile);
        QFETCH(bool, noSplitBrain);
        const QString checker = QStandardPaths::findExecutable(
            QStringLiteral("named-checkzone"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
        if (checker.isEmpty())
            QFAIL("named-checkzone is not installed: .ci/install-deps installs it (package bind9-utils)");
        const Plan plan = planVariant(planFile, noSplitBrain);
        const QList<ExportFile> files = zoneFiles(plan, planRecords(plan), kSerial);
        QTemporaryDir dir;
        QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
        int checked = 0;
        for (const ExportFile &f : files) {
            const QString path = dir.filePath(f.relativePath);
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QFile out(path);
            QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(out.errorString()));
            out.write(f.content);
            out.close();
            if (!f.relativePath.endsWith(QLatin1String(".zone")))
                continue;
            const QString zone = originOf(f.content);
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(checker, {zone, path});
            QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     qPrintable(
                         QStringLiteral("named-checkzone %1 %2 exited %3:\n%4\n--- zone file:\n%5")
                             .arg(zone, f.relativePath)
                             .arg(process.exitCode())
                             .arg(QString::fromLocal8Bit(process.readAll()), QString::fromUtf8(f.content))));
            ++checked;
        }
        QVERIFY2(checked > 0, "no .zone files were produced");
    }

    // Issue 17: a plan the validator passes gives zone files that load. Plans that put generated
    // names on SIP domains or past DNS limits are either errors, or their zones pass named-checkzone.
    void validPlan_zoneFilesLoad_data()
    {
        QTest::addColumn<QByteArray>("sipDomains");
        QTest::addColumn<QByteArray>("xmpp");
        QTest::addColumn<QByteArray>("ntpServer");
        QTest::addColumn<bool>("noSplitBrain");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *name, const QByteArray &domains, const QByteArray &xmpp,
                            const QByteArray &ntp, bool valid) {
            QTest::newRow(name) << domains << xmpp << ntp << false << valid;
            QTest::newRow(qPrintable(QStringLiteral("%1 (no split-brain)").arg(QLatin1String(name))))
                << domains << xmpp << ntp << true << valid;
        };
        const QByteArray contoso = R"(["contoso.com"])";
        row("lyncdiscover.<d> a SIP domain", R"(["contoso.com", "lyncdiscover.contoso.com"])", {}, {}, false);
        QTest::newRow("lyncdiscoverinternal.<d> a SIP domain")
            << QByteArray(R"(["contoso.com", "lyncdiscoverinternal.contoso.com"])") << QByteArray()
            << QByteArray() << false << false;
        // Without split-brain lyncdiscoverinternal is an A record: at a zone apex that is fine.
        QTest::newRow("lyncdiscoverinternal.<d> a SIP domain (no split-brain)")
            << QByteArray(R"(["contoso.com", "lyncdiscoverinternal.contoso.com"])") << QByteArray()
            << QByteArray() << true << true;
        row("sip.<d> a SIP domain", R"(["contoso.com", "sip.contoso.com"])", {}, {}, true);
        row("meet.<d> a SIP domain", R"(["contoso.com", "meet.contoso.com"])", {}, {}, true);
        row("web FQDN a SIP domain", R"(["contoso.com", "webext.contoso.com"])", {}, {}, true);
        row("245-character SIP domain", "[\"" + test::domainOfLength(245) + "\"]", {}, {}, false);
        row("240-character second SIP domain", "[\"contoso.com\", \"" + test::domainOfLength(240) + "\"]", {},
            {}, false);
        row("230-character SIP domain", "[\"" + test::domainOfLength(230) + "\"]", {}, {}, true);
        row("XMPP host is lyncdiscover.<d>", contoso, "lyncdiscover.contoso.com", {}, false);
        row("XMPP host in the SIP domain", contoso, "xmpp.contoso.com", {}, true);
        QTest::newRow("NTP server is lyncdiscoverinternal.<d>")
            << contoso << QByteArray() << QByteArray("lyncdiscoverinternal.contoso.com") << false << false;
    }
    void validPlan_zoneFilesLoad()
    {
        QFETCH(QByteArray, sipDomains);
        QFETCH(QByteArray, xmpp);
        QFETCH(QByteArray, ntpServer);
        QFETCH(bool, noSplitBrain);
        QFETCH(bool, valid);
        const QByteArray xmppJson = xmpp.isEmpty() ? QByteArray("null") : "{\"fqdn\": \"" + xmpp + "\"}";
        const QByteArray ntpJson = ntpServer.isEmpty() ? QByteArray("null") : '"' + ntpServer + '"';
        const Plan plan = test::planFromJson(test::withEdits(
            test::readAll(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan"))),
            {{"sipDomains", sipDomains.constData()},
             {"dns.splitBrain", noSplitBrain ? "false" : "true"},
             {"edge.accessFqdn", nullptr},
             {"edge.webConferencingFqdn", nullptr},
             {"edge.avFqdn", nullptr},
             {"xmpp", xmppJson.constData()},
             {"devices.ntpServer", ntpJson.constData()}}));
        const Findings findings = validatePlan(plan);
        QString errors;
        for (const Finding &f : findings)
            if (f.severity == Severity::Error)
                errors += QStringLiteral("\n  %1 %2 %3").arg(f.rule, f.path, f.message);
        QVERIFY2(errors.isEmpty() == valid,
                 qPrintable(valid ? QStringLiteral("rejected:") + errors : QStringLiteral("accepted")));
        if (!valid)
            return;
        const QString checker = namedCheckzone();
        if (checker.isEmpty())
            QFAIL("named-checkzone is not installed: .ci/install-deps installs it (package bind9-utils)");
        QTemporaryDir dir;
        QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
        int n = 0;
        for (const ExportFile &f : zoneFiles(plan, planRecords(plan), kSerial)) {
            if (!f.relativePath.endsWith(QLatin1String(".zone")))
                continue;
            // The zone's content is on trial here; zoneFileName_fitsTheFileSystem covers the names.
            const QString path = dir.filePath(QStringLiteral("%1.zone").arg(++n));
            QVERIFY(test::writeAll(path, f.content));
            const QString verdict = checkZoneFile(checker, originOf(f.content), path);
            QVERIFY2(verdict.isEmpty(),
                     qPrintable(f.relativePath + QStringLiteral(": ") + verdict +
                                QStringLiteral("\n--- zone file:\n") + QString::fromUtf8(f.content)));
        }
    }

    // ---- writing a folder of files ----

    // A failure part-way leaves the earlier export as it was: no mix of old and new zones.
    void writeExportFiles_failureMidway_leavesPreviousExportIntact()
    {
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        const QString dir = parent.filePath(QStringLiteral("zones"));
        const QList<ExportFile> first = {{QStringLiteral("internal/contoso.com.zone"), "old internal\n"},
                                         {QStringLiteral("internal/named.conf.zones"), "old conf\n"},
                                         {QStringLiteral("external/contoso.com.zone"), "old external\n"}};
        QString error;
        QVERIFY2(writeExportFiles(dir, first, &error), qPrintable(error));
        const QMap<QString, QByteArray> before = folderContents(dir);
        QCOMPARE(before.size(), 3);
        // The second file cannot be created: its folder would be the first file.
        const QList<ExportFile> second = {{QStringLiteral("internal/contoso.com.zone"), "new internal\n"},
                                          {QStringLiteral("internal/contoso.com.zone/x.zone"), "new\n"},
                                          {QStringLiteral("external/contoso.com.zone"), "new external\n"}};
        QVERIFY(!writeExportFiles(dir, second, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(folderContents(dir), before);
        // Nothing is left beside it either.
        QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("zones")});
    }

    // The new export replaces the earlier one whole: a zone the plan no longer has is gone.
    void writeExportFiles_replacesPreviousExportWhole()
    {
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        const QString dir = parent.filePath(QStringLiteral("zones"));
        QString error;
        QVERIFY2(writeExportFiles(dir, {{QStringLiteral("internal/fabrikam.com.zone"), "old\n"}}, &error),
                 qPrintable(error));
        QVERIFY2(writeExportFiles(dir, {{QStringLiteral("internal/contoso.com.zone"), "new\n"}}, &error),
                 qPrintable(error));
        QCOMPARE(folderContents(dir),
                 (QMap<QString, QByteArray>{{QStringLiteral("internal/contoso.com.zone"), "new\n"}}));
        QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("zones")});
    }

    // A folder that holds anything an export does not write is never replaced (nor deleted).
    void writeExportFiles_folderWithOtherFiles_isRefused_data()
    {
        QTest::addColumn<QString>("foreign");
        QTest::newRow("a file at the top") << QStringLiteral("notes.txt");
        QTest::newRow("another kind of file in a location folder") << QStringLiteral("internal/readme.md");
        QTest::newRow("a folder of its own") << QStringLiteral("backup/contoso.com.zone");
    }
    void writeExportFiles_folderWithOtherFiles_isRefused()
    {
        QFETCH(QString, foreign);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir().mkpath(QFileInfo(dir.filePath(foreign)).absolutePath()));
        QVERIFY(test::writeAll(dir.filePath(foreign), "keep me\n"));
        const QMap<QString, QByteArray> before = folderContents(dir.path());
        QString error;
        QVERIFY(
            !writeExportFiles(dir.path(), {{QStringLiteral("internal/contoso.com.zone"), "new\n"}}, &error));
        // The message names the first entry that is not an export's: the file, or the foreign folder.
        QVERIFY2(error.contains(foreign.section(QLatin1Char('/'), 0, 0)), qPrintable(error));
        QCOMPARE(folderContents(dir.path()), before);
    }

    void zoneFiles_holdEveryRecordOnceInItsZone_data() { addExampleRows(); }
    void zoneFiles_holdEveryRecordOnceInItsZone()
    {
        QFETCH(QString, planFile);
        QFETCH(bool, noSplitBrain);
        const Plan plan = planVariant(planFile, noSplitBrain);
        const RecordSet records = planRecords(plan);
        const QList<ExportFile> files = zoneFiles(plan, records, kSerial);

        QList<ZoneEntry> entries;
        for (const ExportFile &f : files) {
            if (!f.relativePath.endsWith(QLatin1String(".zone")))
                continue;
            const QString location = f.relativePath.section(QLatin1Char('/'), 0, 0);
            QVERIFY2(
                location == QLatin1String("internal") || location == QLatin1String("external"),
                qPrintable(QStringLiteral("zone file outside internal/ and external/: ") + f.relativePath));
            QString problem;
            const QList<ZoneEntry> read = readZoneFile(location, f.relativePath, f.content, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const QString fileName = QFileInfo(f.relativePath).fileName();
            for (const ZoneEntry &e : read)
                QVERIFY2(zoneFileName(e.zone) == fileName,
                         qPrintable(QStringLiteral("%1: $ORIGIN %2 differs from the file name")
                                        .arg(f.relativePath, e.zone)));
            entries << read;
        }

        QStringList expected, actual;
        for (const DnsRecord &r : records)
            expected << recordLine(r);
        for (const ZoneEntry &e : entries)
            actual << e.line;
        expected.sort();
        actual.sort();
        const QString diff = test::describeDifference(expected, actual);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("zone files vs plan records:") + diff));

        for (const DnsRecord &r : records) {
            QStringList holders;
            for (const ZoneEntry &e : entries)
                if (e.line == recordLine(r))
                    holders << e.file;
            bool pin = false;
            const QString zone = test::specZone(plan, r, &pin);
            const QString expectedFile =
                locationName(r.location) + QLatin1Char('/') + zone + QStringLiteral(".zone");
            QVERIFY2(holders == QStringList{expectedFile},
                     qPrintable(QStringLiteral("%1: expected only in %2, found in [%3]")
                                    .arg(recordLine(r), expectedFile, holders.join(QStringLiteral(", ")))));
        }
    }

    void namedConfZones_declaresEveryZoneFile_data() { addExampleRows(); }
    void namedConfZones_declaresEveryZoneFile()
    {
        QFETCH(QString, planFile);
        QFETCH(bool, noSplitBrain);
        const Plan plan = planVariant(planFile, noSplitBrain);
        const QList<ExportFile> files = zoneFiles(plan, planRecords(plan), kSerial);
        QMap<QString, QStringList> zoneFilesByLocation;
        QMap<QString, QByteArray> confByLocation;
        for (const ExportFile &f : files) {
            const QString location = f.relativePath.section(QLatin1Char('/'), 0, 0);
            const QString name = f.relativePath.section(QLatin1Char('/'), 1);
            if (name == QLatin1String("named.conf.zones"))
                confByLocation.insert(location, f.content);
            else if (name.endsWith(QLatin1String(".zone")))
                zoneFilesByLocation[location] << name;
            else
                QFAIL(qPrintable(QStringLiteral("unexpected export file ") + f.relativePath));
        }
        QVERIFY2(!zoneFilesByLocation.isEmpty(), "no zone files");
        const QRegularExpression decl(
            QStringLiteral(R"re(zone\s+"([^"]+)"\s*\{[^}]*\bfile\s+"([^"]+)"\s*;[^}]*\}\s*;)re"));
        for (auto it = zoneFilesByLocation.cbegin(); it != zoneFilesByLocation.cend(); ++it) {
            QVERIFY2(confByLocation.contains(it.key()),
                     qPrintable(QStringLiteral("no %1/named.conf.zones").arg(it.key())));
            const QString conf = QString::fromUtf8(confByLocation.value(it.key()));
            QStringList declared;
            auto matches = decl.globalMatch(conf);
            while (matches.hasNext()) {
                const QRegularExpressionMatch m = matches.next();
                QVERIFY2(
                    m.captured(2) == m.captured(1) + QStringLiteral(".zone"),
                    qPrintable(
                        QStringLiteral("zone %1 declared with file %2").arg(m.captured(1), m.captured(2))));
                declared << m.captured(2);
            }
            QStringList present = it.value();
            present.sort();
            declared.sort();
            const QString diff = test::describeDifference(present, declared);
            QVERIFY2(
                diff.isEmpty(),
                qPrintable(
                    QStringLiteral("%1/named.conf.zones vs zone files:%2\n%3").arg(it.key(), diff, conf)));
        }
    }

    void noSplitBrain_internalSipNamesInPinPointZones_data()
    {
        QTest::addColumn<QString>("planFile");
        for (const QString &f : test::examplePlanFiles())
            QTest::newRow(qPrintable(QFileInfo(f).completeBaseName())) << f;
    }
    void noSplitBrain_internalSipNamesInPinPointZones()
    {
        QFETCH(QString, planFile);
        const Plan plan = planVariant(planFile, true);
        QVERIFY(!plan.dns.splitBrain);
        const RecordSet records = planRecords(plan);
        QList<ZoneEntry> entries;
        for (const ExportFile &f : zoneFiles(plan, records, kSerial)) {
            if (!f.relativePath.endsWith(QLatin1String(".zone")))
                continue;
            QString problem;
            entries << readZoneFile(f.relativePath.section(QLatin1Char('/'), 0, 0), f.relativePath, f.content,
                                    &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        int pinPointRecords = 0;
        for (const DnsRecord &r : records) {
            bool pin = false;
            test::specZone(plan, r, &pin);
            if (!pin)
                continue;
            ++pinPointRecords;
            const QString expectedFile = QStringLiteral("internal/") + r.name + QStringLiteral(".zone");
            bool found = false;
            for (const ZoneEntry &e : entries) {
                if (e.line != recordLine(r))
                    continue;
                found = true;
                QVERIFY2(e.file == expectedFile && e.owner == QLatin1String("@"),
                         qPrintable(QStringLiteral("%1: expected owner @ in %2, got owner %3 in %4")
                                        .arg(recordLine(r), expectedFile, e.owner, e.file)));
            }
            QVERIFY2(found, qPrintable(QStringLiteral("%1 is in no zone file").arg(recordLine(r))));
        }
        QVERIFY2(pinPointRecords > 0, "the plan has no internal names under a SIP domain");
    }

    // ---- CSV ----

    void csv_oneSortedRowPerRecord_data() { addExampleRows(); }
    void csv_oneSortedRowPerRecord()
    {
        QFETCH(QString, planFile);
        QFETCH(bool, noSplitBrain);
        const Plan plan = planVariant(planFile, noSplitBrain);
        const RecordSet records = planRecords(plan);
        QVERIFY(!records.isEmpty());
        const QByteArray csv = recordsToCsv(records);
        QString problem;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!rows.isEmpty());
        // cli.md: the version 1 columns, then zone and site appended.
        QCOMPARE(rows.first().join(QLatin1Char(',')),
                 QStringLiteral("location,name,type,data,ttl,requirement,required,reason,zone,site"));
        QVERIFY2(csv.startsWith("location,name,type,data,ttl,requirement,required,reason,zone,site\n") ||
                     csv.startsWith("location,name,type,data,ttl,requirement,required,reason,zone,site\r\n"),
                 csv.left(80).constData());
        QCOMPARE(rows.size() - 1, records.size());
        QStringList siteNames;
        for (const Site &site : plan.sites)
            siteNames << site.name;

        QSet<QString> seen;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            const QString where = QStringLiteral("row %1: %2").arg(i).arg(row.join(QLatin1Char('|')));
            QVERIFY2(row.size() == 10, qPrintable(where));
            bool pin = false;
            QVERIFY2(row.at(8) == test::specZone(plan, records.at(i - 1), &pin), qPrintable(where));
            // A central site of the plan; per-domain records belong to no site.
            QVERIFY2(row.at(9).isEmpty() || siteNames.contains(row.at(9)), qPrintable(where));
            QVERIFY2(row == recordFields(records.at(i - 1)),
                     qPrintable(where + QStringLiteral("\n  expected: ") +
                                recordFields(records.at(i - 1)).join(QLatin1Char('|'))));
            QVERIFY2(row.at(0) == QLatin1String("internal") || row.at(0) == QLatin1String("external"),
                     qPrintable(where));
            QVERIFY2(isNormalizedName(row.at(1)), qPrintable(where));
            QVERIFY2(QStringList({QStringLiteral("A"), QStringLiteral("AAAA"), QStringLiteral("CNAME"),
                                  QStringLiteral("SRV")})
                         .contains(row.at(2)),
                     qPrintable(where));
            const QString target = dataTarget(row.at(2), row.at(3));
            QVERIFY2(target.isNull() || isNormalizedName(target), qPrintable(where));
            bool ttlOk = false;
            QVERIFY2(row.at(4).toInt(&ttlOk) > 0 && ttlOk, qPrintable(where));
            QVERIFY2(!row.at(5).isEmpty(), qPrintable(where));
            QVERIFY2(row.at(6) == QLatin1String("yes") || row.at(6) == QLatin1String("no"),
                     qPrintable(where));
            const QString key = row.mid(0, 4).join(QLatin1Char(' '));
            QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("duplicate ") + where));
            seen.insert(key);
            if (i > 1) {
                const QStringList &prev = rows.at(i - 1);
                const auto sortKey = [](const QStringList &r) {
                    return std::make_tuple(r.at(0) == QLatin1String("internal") ? 0 : 1, r.at(1), r.at(2),
                                           r.at(3));
                };
                QVERIFY2(sortKey(prev) < sortKey(row),
                         qPrintable(QStringLiteral("out of order:\n  %1\n  %2")
                                        .arg(prev.join(QLatin1Char('|')), row.join(QLatin1Char('|')))));
            }
        }
    }

    void csvCell_neutralisesFormulasAndQuotes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("pool01.contoso.com");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
        QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0");
        QTest::newRow("minus") << QStringLiteral("-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)");
        QTest::newRow("comma") << QStringLiteral("a, b");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"");
        QTest::newRow("newline") << QStringLiteral("line1\nline2");
        QTest::newRow("cr") << QStringLiteral("line1\rline2");
        QTest::newRow("formula with comma") << QStringLiteral("=1,2");
        QTest::newRow("empty") << QString();
    }
    void csvCell_neutralisesFormulasAndQuotes()
    {
        QFETCH(QString, value);
        const QString cell = csvCell(value);
        QString problem;
        const QList<QStringList> rows = parseCsv(cell + QStringLiteral(",end\n"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + cell));
        QVERIFY2(rows.size() == 1 && rows.first().size() == 2,
                 qPrintable(QStringLiteral("cell %1 does not parse as one cell").arg(cell)));
        const QString back = rows.first().first();
        const bool formula = !value.isEmpty() && QStringLiteral("=+-@").contains(value.front());
        if (formula) {
            QVERIFY2(!QStringLiteral("=+-@").contains(back.front()),
                     qPrintable(QStringLiteral("%1 reads back as %2, still a formula").arg(value, back)));
            QVERIFY2(back.endsWith(value),
                     qPrintable(QStringLiteral("%1 reads back as %2").arg(value, back)));
        } else {
            QCOMPARE(back, value);
        }
    }

    // ---- JSON ----

    void json_recordsWithExactKeys_data() { addExampleRows(); }
    void json_recordsWithExactKeys()
    {
        QFETCH(QString, planFile);
        QFETCH(bool, noSplitBrain);
        const RecordSet records = planRecords(planVariant(planFile, noSplitBrain));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(recordsToJson(records), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().keys(), QStringList{QStringLiteral("records")});
        const QJsonArray rows = doc.object().value(QStringLiteral("records")).toArray();
        QCOMPARE(rows.size(), records.size());
        QStringList expectedKeys = {QStringLiteral("location"), QStringLiteral("name"),
                                    QStringLiteral("type"), QStringLiteral("data"), QStringLiteral("ttl"),
                                    QStringLiteral("requirement"), QStringLiteral("required"),
                                    QStringLiteral("reason"),
                                    // version 2 (cli.md): the zone and the central site
                                    QStringLiteral("zone"), QStringLiteral("site")};
        expectedKeys.sort();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject o = rows.at(i).toObject();
            const QString where =
                QStringLiteral("record %1: %2")
                    .arg(i)
                    .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            QStringList keys = o.keys();
            keys.sort();
            QVERIFY2(keys == expectedKeys, qPrintable(where));
            QVERIFY2(o.value(QStringLiteral("ttl")).isDouble(), qPrintable(where));
            for (const QString &k : expectedKeys)
                if (k != QLatin1String("ttl"))
                    QVERIFY2(o.value(k).isString(),
                             qPrintable(where + QStringLiteral(" (") + k + QLatin1Char(')')));
            const DnsRecord &r = records.at(i);
            const QStringList actual = {o.value(QStringLiteral("location")).toString(),
                                        o.value(QStringLiteral("name")).toString(),
                                        o.value(QStringLiteral("type")).toString(),
                                        o.value(QStringLiteral("data")).toString(),
                                        QString::number(o.value(QStringLiteral("ttl")).toInt()),
                                        o.value(QStringLiteral("requirement")).toString(),
                                        o.value(QStringLiteral("required")).toString(),
                                        o.value(QStringLiteral("reason")).toString(),
                                        o.value(QStringLiteral("zone")).toString(),
                                        o.value(QStringLiteral("site")).toString()};
            QVERIFY2(actual == recordFields(r), qPrintable(where + QStringLiteral("\n  expected: ") +
                                                           recordFields(r).join(QLatin1Char('|'))));
        }
    }

    // ---- PowerShell ----

    void psQuote_doublesEveryQuoteCharacter_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("contoso.com") << QStringLiteral("'contoso.com'");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("apostrophe") << QStringLiteral("it's") << QStringLiteral("'it''s'");
        QTest::newRow("left single") << QStringLiteral("a\u2018b") << QStringLiteral("'a\u2018\u2018b'");
        QTest::newRow("right single") << QStringLiteral("a\u2019b") << QStringLiteral("'a\u2019\u2019b'");
        QTest::newRow("low-9") << QStringLiteral("a\u201Ab") << QStringLiteral("'a\u201A\u201Ab'");
        QTest::newRow("reversed-9") << QStringLiteral("a\u201Bb") << QStringLiteral("'a\u201B\u201Bb'");
        QTest::newRow("breakout") << QStringLiteral("x\u2019; Remove-Item C:\\ #")
                                  << QStringLiteral("'x\u2019\u2019; Remove-Item C:\\ #'");
        QTest::newRow("dollar stays literal") << QStringLiteral("$(calc)") << QStringLiteral("'$(calc)'");
    }
    void psQuote_doublesEveryQuoteCharacter()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(psQuote(value), expected);
    }

    void powerShell_hostileTitleStaysInComment_data()
    {
        QTest::addColumn<bool>("noSplitBrain");
        QTest::newRow("split-brain") << false;
        QTest::newRow("no split-brain") << true;
    }
    void powerShell_hostileTitleStaysInComment()
    {
        QFETCH(bool, noSplitBrain);
        const Plan plan = hostilePlan(noSplitBrain);
        QCOMPARE(plan.title, kHostileTitle);
        const QString script = QString::fromUtf8(powerShellScript(plan, planRecords(plan)));
        const QStringList lines = script.split(kAnyLineBreak);
        bool titleSeen = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            for (const QString &marker : kPayloadMarkers) {
                if (!line.contains(marker))
                    continue;
                QVERIFY2(line.startsWith(QLatin1Char('#')),
                         qPrintable(QStringLiteral("line %1 carries \"%2\" outside a comment:\n  %3")
                                        .arg(i + 1)
                                        .arg(marker, line)));
            }
            if (line.contains(QLatin1String("Contoso 'HQ'"))) {
                titleSeen = true;
                QVERIFY2(line.startsWith(QLatin1Char('#')), qPrintable(line));
                for (const QString &marker : {QStringLiteral("INJECTED-LF"), QStringLiteral("INJECTED-CR"),
                                              QStringLiteral("INJECTED-LS"), QStringLiteral("INJECTED-PS"),
                                              QStringLiteral("INJECTED-NEL"), QStringLiteral("Remove-Item")})
                    QVERIFY2(
                        line.contains(marker),
                        qPrintable(QStringLiteral("the title was split: %1 is not on its comment line:\n  %2")
                                       .arg(marker, line)));
            }
        }
        QVERIFY2(titleSeen, "the title is not in the script");
        // Whatever line-ending rule a reader applies, the comment is one line: only LF in the file.
        for (const QChar c : script)
            QVERIFY2(c == QLatin1Char('\n') || (c.category() != QChar::Other_Control && c != QChar(0x2028) &&
                                                c != QChar(0x2029) && c != QChar(0x85)),
                     qPrintable(QStringLiteral("control or separator character U+%1 in the script")
                                    .arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    }

    void powerShell_everyRecordAddedInItsSection_data() { addExampleRows(); }
    void powerShell_everyRecordAddedInItsSection()
    {
        QFETCH(QString, planFile);
        QFETCH(bool, noSplitBrain);
        const Plan plan = planVariant(planFile, noSplitBrain);
        const RecordSet records = planRecords(plan);
        const QString script = QString::fromUtf8(powerShellScript(plan, records));
        const QString q =
            QStringLiteral("('(?:[^'\\x{2018}\\x{2019}\\x{201A}\\x{201B}]|''|\\x{2018}\\x{2018}|"
                           "\\x{2019}\\x{2019}|\\x{201A}\\x{201A}|\\x{201B}\\x{201B})*')");
        const QRegularExpression section(
            QStringLiteral("^if \\(\\$Location -eq '(internal|external)'\\) \\{$"));
        const QRegularExpression add(
            QStringLiteral("^\\s*Add-PlannedRecord -Zone %1 -Name %1 -Type %1 -Data %1 "
                           "-Ttl (\\d+) -Why %1$")
                .arg(q));
        const QRegularExpression zoneLine(QStringLiteral("^\\s*Add-PlannedZone -Zone %1 -Why %1$").arg(q));

        QString current;
        QStringList actual;
        QMap<QString, QSet<QString>> zonesBySection;
        QSet<QString> sectionsWithServerComment;
        QString previousLine;
        for (const QString &line : script.split(QLatin1Char('\n'))) {
            if (const QRegularExpressionMatch sm = section.match(line); sm.hasMatch()) {
                current = sm.captured(1);
                QVERIFY2(previousLine.startsWith(QLatin1Char('#')) && previousLine.contains(current) &&
                             previousLine.contains(QLatin1String("server")),
                         qPrintable(QStringLiteral(
                                        "the %1 section has no comment naming its server; line before: %2")
                                        .arg(current, previousLine)));
                sectionsWithServerComment.insert(current);
            } else if (line == QLatin1String("}")) {
                current.clear();
            } else if (line.contains(QLatin1String("Add-PlannedRecord -Zone"))) {
                const QRegularExpressionMatch m = add.match(line);
                QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("unparsable record line: ") + line));
                QVERIFY2(!current.isEmpty(),
                         qPrintable(QStringLiteral("record line outside a section: ") + line));
                const QString zone = psUnquote(m.captured(1));
                const QString owner = psUnquote(m.captured(2));
                const QString name = owner == QLatin1String("@") ? zone : owner + QLatin1Char('.') + zone;
                actual << recordLine(current, name, psUnquote(m.captured(3)), psUnquote(m.captured(4))) +
                              QStringLiteral(" zone=") + zone + QStringLiteral(" ttl=") + m.captured(5);
            } else if (line.contains(QLatin1String("Add-PlannedZone -Zone"))) {
                const QRegularExpressionMatch m = zoneLine.match(line);
                QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("unparsable zone line: ") + line));
                QVERIFY2(!current.isEmpty(),
                         qPrintable(QStringLiteral("zone line outside a section: ") + line));
                zonesBySection[current].insert(psUnquote(m.captured(1)));
            }
            previousLine = line;
        }

        QStringList expected;
        for (const DnsRecord &r : records) {
            bool pin = false;
            const QString zone = test::specZone(plan, r, &pin);
            expected << recordLine(r) + QStringLiteral(" zone=") + zone + QStringLiteral(" ttl=") +
                            QString::number(r.ttl);
            QVERIFY2(sectionsWithServerComment.contains(locationName(r.location)),
                     qPrintable(QStringLiteral("no %1 section").arg(locationName(r.location))));
            if (pin)
                QVERIFY2(zonesBySection.value(QStringLiteral("internal")).contains(r.name),
                         qPrintable(QStringLiteral("no Add-PlannedZone for the pin-point zone ") + r.name));
        }
        expected.sort();
        actual.sort();
        const QString diff = test::describeDifference(expected, actual);
        QVERIFY2(diff.isEmpty(),
                 qPrintable(QStringLiteral("Add-PlannedRecord lines vs plan records:") + diff));
    }

    void powerShell_honoursWhatIfAndIsIdempotent()
    {
        const Plan plan = hostilePlan(true);
        const QString script = QString::fromUtf8(powerShellScript(plan, planRecords(plan)));
        // The script itself must take -WhatIf, not only its functions.
        const qsizetype cmdletBinding =
            script.indexOf(QLatin1String("[CmdletBinding(SupportsShouldProcess = $true)]"));
        const qsizetype firstFunction = script.indexOf(QLatin1String("function "));
        QVERIFY2(cmdletBinding >= 0 && cmdletBinding < firstFunction &&
                     script.indexOf(QLatin1String("param(")) > cmdletBinding,
                 "no script-level [CmdletBinding(SupportsShouldProcess = $true)] before param()");
        QVERIFY2(script.count(QLatin1String("$PSCmdlet.ShouldProcess(")) >= 2,
                 "zones and records are not both guarded by ShouldProcess");
        QVERIFY(script.contains(QLatin1String("Add-DnsServerPrimaryZone")));

        const qsizetype fn = script.indexOf(QLatin1String("function Add-PlannedRecord"));
        QVERIFY2(fn >= 0, "no Add-PlannedRecord function");
        const qsizetype get = script.indexOf(QLatin1String("Get-DnsServerResourceRecord"), fn);
        const qsizetype test = script.indexOf(QLatin1String("Test-PlannedRecord"), fn);
        const qsizetype should = script.indexOf(QLatin1String("ShouldProcess("), fn);
        const qsizetype addCmd = script.indexOf(QLatin1String("Add-DnsServerResourceRecord"), fn);
        QVERIFY2(get > fn && get < test && test < should && should < addCmd,
                 qPrintable(QStringLiteral(
                                "Add-PlannedRecord must look up (%1), compare (%2), ask ShouldProcess (%3) "
                                "and only then add (%4)")
                                .arg(get)
                                .arg(test)
                                .arg(should)
                                .arg(addCmd)));
        const qsizetype zoneFn = script.indexOf(QLatin1String("function Add-PlannedZone"));
        const qsizetype getZone = script.indexOf(QLatin1String("Get-DnsServerZone"), zoneFn);
        const qsizetype addZone = script.indexOf(QLatin1String("Add-DnsServerPrimaryZone"), zoneFn);
        QVERIFY2(zoneFn >= 0 && getZone > zoneFn && getZone < addZone,
                 "Add-PlannedZone does not check for the zone first");
    }

    // ---- the export policy's draft stamps (docs/export-policy.md) ----

    void draftNotice_countsErrors()
    {
        QCOMPARE(draftNotice(1),
                 QStringLiteral("DRAFT: this plan has 1 validation error; do not load into production DNS"));
        QCOMPARE(draftNotice(kDraftErrors), kDraftNotice);
    }

    void planErrorsText_listsFirstErrorsAndCount()
    {
        Findings findings;
        findings << Finding{QStringLiteral("R-WARN"), Severity::Warning, QStringLiteral("a.b"),
                            QStringLiteral("only a warning")};
        for (int i = 0; i < kListedErrors + 2; ++i)
            findings << Finding{QStringLiteral("P-ADDRESS"), Severity::Error,
                                QStringLiteral("frontEnd.servers[%1].ipv4").arg(i),
                                QStringLiteral("not an address")};
        const QString text = planErrorsText(findings);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("The plan has %1 validation errors:").arg(kListedErrors + 2));
        QCOMPARE(planErrorsText({findings.at(1)}).section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("The plan has 1 validation error:"));
        QCOMPARE(lines.value(1), QStringLiteral("  P-ADDRESS frontEnd.servers[0].ipv4: not an address"));
        QCOMPARE(lines.size(), kListedErrors + 2);
        QCOMPARE(lines.constLast(), QStringLiteral("  … and 2 more"));
        QVERIFY2(!text.contains(QLatin1String("R-WARN")), qPrintable(text));
        QVERIFY(planErrorsText({findings.constFirst()}).isEmpty());
    }

    void draftZoneFiles_stampedAndPassNamedCheckzone()
    {
        const Plan plan =
            planVariant(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")), true);
        const RecordSet records = planRecords(plan);
        const QString checker = namedCheckzone();
        QTemporaryDir dir;
        QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
        const QList<ExportFile> files = zoneFiles(plan, records, kSerial, kDraftErrors);
        QVERIFY(!files.isEmpty());
        for (const ExportFile &f : files) {
            const QString firstLine = QString::fromUtf8(f.content).section(QLatin1Char('\n'), 0, 0);
            const bool zone = f.relativePath.endsWith(QLatin1String(".zone"));
            const QString expected = (zone ? QStringLiteral("; ") : QStringLiteral("// ")) + kDraftNotice;
            QVERIFY2(firstLine == expected, qPrintable(QStringLiteral("%1 starts with\n  %2\nnot\n  %3")
                                                           .arg(f.relativePath, firstLine, expected)));
            if (!zone || checker.isEmpty())
                continue;
            const QString path = dir.filePath(f.relativePath);
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QVERIFY(test::writeAll(path, f.content));
            const QString verdict = checkZoneFile(checker, originOf(f.content), path);
            QVERIFY2(verdict.isEmpty(), qPrintable(f.relativePath + QStringLiteral(": ") + verdict));
        }
        // A clean export carries no stamp.
        for (const ExportFile &f : zoneFiles(plan, records, kSerial))
            QVERIFY2(!f.content.contains("DRAFT"), qPrintable(f.relativePath));
        if (checker.isEmpty())
            QFAIL("named-checkzone is not installed: .ci/install-deps installs it (package bind9-utils)");
    }

    void draftPowerShell_headerCommentAndWarning()
    {
        const Plan plan =
            test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
        const RecordSet records = planRecords(plan);
        const QString script = QString::fromUtf8(powerShellScript(plan, records, kDraftErrors));
        QCOMPARE(script.section(QLatin1Char('\n'), 0, 0), QStringLiteral("# ") + kDraftNotice);
        // Said again when it runs, after param() (which must stay the first statement).
        const qsizetype warning = script.indexOf(QStringLiteral("\nWrite-Warning '%1'\n").arg(kDraftNotice));
        QVERIFY2(warning > script.indexOf(QLatin1String("param(")), "no Write-Warning after param()");
        QVERIFY2(warning < script.indexOf(QLatin1String("if ($Location")),
                 "the warning comes after the records");
        // The rest is the clean script.
        const QString clean = QString::fromUtf8(powerShellScript(plan, records));
        QVERIFY(!clean.contains(QLatin1String("DRAFT")));
        QCOMPARE(QString(script)
                     .remove(QStringLiteral("Write-Warning '%1'\n").arg(kDraftNotice))
                     .section(QLatin1Char('\n'), 1),
                 clean);
    }

    void draftJson_addsDraftKeyOnly()
    {
        const Plan plan =
            test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
        const RecordSet records = planRecords(plan);
        const QJsonObject draft = QJsonDocument::fromJson(recordsToJson(records, kDraftErrors)).object();
        const QJsonObject clean = QJsonDocument::fromJson(recordsToJson(records)).object();
        QCOMPARE(clean.keys(), QStringList{QStringLiteral("records")});
        QCOMPARE(draft.keys(), (QStringList{QStringLiteral("draft"), QStringLiteral("records")}));
        QCOMPARE(draft.value(QStringLiteral("draft")), QJsonValue(true));
        QCOMPARE(draft.value(QStringLiteral("records")), clean.value(QStringLiteral("records")));
    }

    // ---- invalid field values never become records ----

    void invalidAddress_neverBecomesARecord_data()
    {
        QTest::addColumn<QString>("value");
        // QHostAddress reads "10.0.0" as 10.0.0.0: the typo would become a different address.
        QTest::newRow("three octets") << QStringLiteral("10.0.0");
        QTest::newRow("octet over 255") << QStringLiteral("10.10.10.999");
    }
    void invalidAddress_neverBecomesARecord()
    {
        QFETCH(QString, value);
        const QByteArray quoted = '"' + value.toUtf8() + '"';
        const QByteArray json = test::withEdits(
            test::readAll(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan"))),
            {{"frontEnd.servers[0].ipv4", quoted.constData()}});
        const Plan plan = test::planFromJson(json);
        QCOMPARE(plan.sites.value(0).frontEndPools.value(0).servers.value(0).ipv4, value);
        const Findings findings = validatePlan(plan);
        QVERIFY2(std::any_of(findings.cbegin(), findings.cend(),
                             [](const Finding &f) {
                                 return f.severity == Severity::Error &&
                                        pathInFile(f.path, 1) == QLatin1String("frontEnd.servers[0].ipv4");
                             }),
                 "the validator does not flag frontEnd.servers[0].ipv4");
        const int errors = static_cast<int>(errorFindings(findings).size());
        const RecordSet records = planRecords(plan);

        // The value as typed, and as QHostAddress reads it, each as a whole token (not in 10.0.0.1).
        QStringList forms{value};
        const QHostAddress parsed(value);
        if (!parsed.isNull() && !forms.contains(parsed.toString()))
            forms << parsed.toString();
        QStringList alternatives;
        for (const QString &f : std::as_const(forms))
            alternatives << QRegularExpression::escape(f);
        const QRegularExpression token(
            QStringLiteral("(?<![0-9.])(?:%1)(?![0-9]|\\.[0-9])").arg(alternatives.join(QLatin1Char('|'))));

        // What the preview shows (tst_mainwindow: the preview equals planRecords) and what every
        // forced export writes.
        QStringList carriers;
        for (const DnsRecord &r : records)
            if (r.data.contains(token) || ((r.type == RecordType::A && !isValidIpv4(r.data)) ||
                                           (r.type == RecordType::AAAA && !isValidIpv6(r.data))))
                carriers
                    << QStringLiteral("planRecords: %1 %2 %3").arg(r.name, recordTypeName(r.type), r.data);
        QList<std::pair<QString, QByteArray>> exports = {
            {QStringLiteral("csv"), recordsToCsv(records)},
            {QStringLiteral("json"), recordsToJson(records, errors)},
            {QStringLiteral("powershell"), powerShellScript(plan, records, errors)}};
        for (const ExportFile &f : zoneFiles(plan, records, kSerial, errors))
            exports.append({f.relativePath, f.content});
        for (const auto &[name, content] : std::as_const(exports))
            for (const QString &line : QString::fromUtf8(content).split(QLatin1Char('\n')))
                if (line.contains(token))
                    carriers << QStringLiteral("%1: %2").arg(name, line.trimmed());
        QVERIFY2(carriers.isEmpty(),
                 qPrintable(QStringLiteral("the invalid address became record data:\n  ") +
                            carriers.join(QStringLiteral("\n  "))));
    }

    // A pin-point zone of a long name (a 230-character SIP domain without split-brain) would
    // make a file name over the 255 bytes a file system allows: the name is shortened, stays
    // unique and is what named.conf.zones declares.
    void zoneFileName_fitsTheFileSystem()
    {
        // 230 characters: the longest SIP domain P-NAME-LENGTH lets through.
        const QString label = QString(60, QLatin1Char('a'));
        const QString base = label + QLatin1Char('.') + label + QLatin1Char('.') + label + QLatin1Char('.') +
                             QString(43, QLatin1Char('b')) + QStringLiteral(".com");
        const QString zone1 = QStringLiteral("lyncdiscoverinternal.") + base;
        const QString zone2 =
            QStringLiteral("lyncdiscoverinternal.") + base.chopped(4) + QStringLiteral(".org");
        QCOMPARE(zoneFileName(QStringLiteral("contoso.com")), QStringLiteral("contoso.com.zone"));
        for (const QString &zone : {zone1, zone2}) {
            QVERIFY2(zone.size() + 5 > 255, qPrintable(QString::number(zone.size())));
            QVERIFY2(zoneFileName(zone).toUtf8().size() <= 255, qPrintable(zoneFileName(zone)));
            QVERIFY(zoneFileName(zone).endsWith(QLatin1String(".zone")));
        }
        QVERIFY(zoneFileName(zone1) != zoneFileName(zone2));

        Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
        plan.dns.splitBrain = false;
        plan.sipDomains = QStringList{base};
        const QList<ExportFile> files = zoneFiles(plan, planRecords(plan), kSerial);
        QTemporaryDir dir;
        QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
        QString errorMessage;
        QVERIFY2(writeExportFiles(dir.path(), files, &errorMessage), qPrintable(errorMessage));
        const QString conf =
            QString::fromUtf8(test::readAll(dir.filePath(QStringLiteral("internal/named.conf.zones"))));
        QVERIFY2(conf.contains(QStringLiteral("file \"%1\"").arg(zoneFileName(zone1))), qPrintable(conf));
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
