#include "tests/support/testsupport.h"

#include "model/plan/planreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <optional>

namespace lyncdns::test {

namespace {

QtMessageHandler g_previousHandler = nullptr;

void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    g_previousHandler(type, context, message);
}

QJsonValue jsonValue(const char *json)
{
    // Wrapped in an array because the parser only accepts an object or an array at the top.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + json + ']', &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test edit is not JSON: %s", json);
    return doc.array().at(0);
}

struct Step
{
    QString key;    // object member, or
    int index = -1; // array element
};

QList<Step> steps(const char *path)
{
    static const QRegularExpression token(QStringLiteral(R"(([^.\[\]]+)|\[(\d+)\])"));
    QList<Step> out;
    auto it = token.globalMatch(QLatin1String(path));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out << (m.capturedLength(1) > 0 ? Step{m.captured(1), -1} : Step{QString(), m.captured(2).toInt()});
    }
    return out;
}

QJsonValue edited(const QJsonValue &node, const QList<Step> &path, qsizetype depth,
                  const std::optional<QJsonValue> &value)
{
    const Step &step = path.at(depth);
    const bool last = depth + 1 == path.size();
    if (step.index < 0) {
        QJsonObject object = node.toObject();
        if (!last)
            object.insert(step.key, edited(object.value(step.key), path, depth + 1, value));
        else if (value)
            object.insert(step.key, *value);
        else
            object.remove(step.key);
        return object;
    }
    QJsonArray array = node.toArray();
    if (!last)
        array.replace(step.index, edited(array.at(step.index), path, depth + 1, value));
    else if (!value)
        array.removeAt(step.index);
    else if (step.index == array.size())
        array.append(*value);
    else
        array.replace(step.index, *value);
    return array;
}

} // namespace

QByteArray withEdits(const QByteArray &json, std::initializer_list<Edit> edits)
{
    QJsonValue root = QJsonDocument::fromJson(json).object();
    for (const Edit &e : edits)
        root = edited(root, steps(e.path), 0,
                      e.json ? std::optional<QJsonValue>(jsonValue(e.json)) : std::nullopt);
    return QJsonDocument(root.toObject()).toJson();
}

Plan loadPlan(const QString &fileName)
{
    PlanError error;
    const std::optional<Plan> plan = readPlanFile(fileName, &error);
    if (!plan)
        qFatal("cannot load test plan %s: %s", qPrintable(fileName), qPrintable(error.toString()));
    return *plan;
}

Plan planFromJson(const QByteArray &json)
{
    PlanError error;
    const std::optional<Plan> plan = parsePlan(json, QStringLiteral("<inline>"), &error);
    if (!plan)
        qFatal("cannot parse inline plan: %s", qPrintable(error.toString()));
    return *plan;
}

QString dataFile(const QString &relative)
{
    return QStringLiteral(LYNCDNS_TEST_DATA "/") + relative;
}

QString binary()
{
    const QString fromEnv = qEnvironmentVariable("LYNCDNS_BINARY");
    return fromEnv.isEmpty() ? QStringLiteral(LYNCDNS_BINARY) : fromEnv;
}

QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &fileName, const QByteArray &content)
{
    QFile f(fileName);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QString exampleFile(const QString &name)
{
    return QStringLiteral(LYNCDNS_EXAMPLES "/") + name;
}

QStringList examplePlanFiles()
{
    const QDir dir(QStringLiteral(LYNCDNS_EXAMPLES));
    QStringList files = dir.entryList({QStringLiteral("*.lyncplan")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

QString specZone(const Plan &plan, const DnsRecord &record, bool *pinPoint)
{
    const auto isUnder = [](const QString &name, const QString &domain) {
        return name == domain || name.endsWith(QLatin1Char('.') + domain);
    };
    QString best;
    for (const QString &d : plan.sipDomains) {
        const QString domain = d.toLower();
        if (isUnder(record.name, domain) && domain.size() > best.size())
            best = domain;
    }
    *pinPoint = record.location == Location::Internal && !best.isEmpty() && !plan.splitBrainFor(best);
    if (*pinPoint)
        return record.name;
    return best.isEmpty() ? record.name.section(QLatin1Char('.'), 1) : best;
}

QStringList sortedLines(std::initializer_list<const char *> rows)
{
    QStringList out;
    for (const char *row : rows)
        out << QString::fromLatin1(row);
    out.sort();
    return out;
}

QStringList recordLines(const RecordSet &records)
{
    QStringList lines;
    for (const DnsRecord &r : records)
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(locationName(r.location), r.name, recordTypeName(r.type), r.data);
    std::sort(lines.begin(), lines.end());
    return lines;
}

void installOffscreenNoiseFilter()
{
    g_previousHandler = qInstallMessageHandler(dropOffscreenNoise);
}

QString describeDifference(const QStringList &expected, const QStringList &actual)
{
    const QSet<QString> e(expected.begin(), expected.end());
    const QSet<QString> a(actual.begin(), actual.end());
    QStringList missing, extra;
    for (const QString &line : expected)
        if (!a.contains(line))
            missing << line;
    for (const QString &line : actual)
        if (!e.contains(line))
            extra << line;
    if (missing.isEmpty() && extra.isEmpty() && expected.size() == actual.size())
        return {};
    QString out;
    if (!missing.isEmpty())
        out += QStringLiteral("\n  missing:\n    ") + missing.join(QStringLiteral("\n    "));
    if (!extra.isEmpty())
        out += QStringLiteral("\n  unexpected:\n    ") + extra.join(QStringLiteral("\n    "));
    if (out.isEmpty())
        out = QStringLiteral("\n  same lines, different counts (duplicates?)");
    return out;
}

QByteArray domainOfLength(int length)
{
    QByteArray d = "com";
    while (d.size() < length) {
        const int room = static_cast<int>(length - d.size()); // with the dot
        const int label = room > 64 ? (room - 64 >= 2 ? 63 : 61) : room - 1;
        d.prepend(QByteArray(label, 'a') + '.');
    }
    return d;
}

QString ProgramRun::describe(const QString &shownOut) const
{
    return QStringLiteral("exit %1%2%3\n  stdout: %4\n  stderr: %5")
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed)") : QString(),
             timedOut ? QStringLiteral(" (timed out, killed)") : QString(),
             shownOut.isNull() ? QString::fromUtf8(out.left(1000)) : shownOut,
             QString::fromUtf8(err.left(1000)));
}

ProgramRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                      int timeoutMs, const QString &workingDirectory)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    ProgramRun r;
    if (!process.waitForStarted(10000)) {
        r.err = process.errorString().toUtf8();
        return r;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    r.crashed = process.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    return env;
}

ProgramRun runLyncdns(const QStringList &arguments)
{
    return runProgram(binary(), arguments, headlessEnvironment(), 30000);
}

QStringList jsonStrings(const QJsonValue &array)
{
    QStringList out;
    const QJsonArray values = array.toArray();
    for (const QJsonValue value : values)
        out << value.toString();
    return out;
}

} // namespace lyncdns::test
