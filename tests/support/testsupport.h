#pragma once

// Shared by the test suites: loading fixtures and printing record sets readably on failure.

#include "model/dns/dnsrecord.h"
#include "model/plan/plan.h"

#include <QByteArray>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace lyncdns::test {

// Loads a plan file or fails the calling test (QFAIL) with the reader's message.
Plan loadPlan(const QString &fileName);
// Parses plan JSON given inline; fails the test on any error.
Plan planFromJson(const QByteArray &json);
QString dataFile(const QString &relative);
// The lyncdns executable under test: $LYNCDNS_BINARY (ctest sets it), else the one of this build.
QString binary();
// A file's bytes, empty when it cannot be read; writeAll is true when every byte was written.
QByteArray readAll(const QString &fileName);
bool writeAll(const QString &fileName, const QByteArray &content);
QString exampleFile(const QString &name);
// Every examples/*.lyncplan, sorted, with full paths.
QStringList examplePlanFiles();
// The zone cli.md puts a record in, written out from the spec independently of DnsRecord::zone:
// the longest SIP domain the name falls under, else its parent domain; without split-brain,
// internal names under a SIP domain get a pin-point zone named after them.
QString specZone(const Plan &plan, const DnsRecord &record, bool *pinPoint);
// Expected record lines written by hand, sorted like recordLines().
QStringList sortedLines(std::initializer_list<const char *> rows);
// "internal pool01.contoso.net A 10.0.0.1" lines, sorted, for readable comparisons.
QStringList recordLines(const RecordSet &records);
// Expected minus actual and actual minus expected, printed; empty when equal.
QString describeDifference(const QStringList &expected, const QStringList &actual);

// Installs a message handler that drops the offscreen platform's warning on every resize of a shown
// window (nothing a test can act on) and passes everything else to the handler before it.
void installOffscreenNoiseFilter();

// One change to a plan's JSON: the value at a path such as frontEnd.servers[1].ipv4, written as
// JSON text; a null json pointer removes the key.
struct Edit
{
    const char *path;
    const char *json;
};
// The JSON object with the edits applied, in order.
QByteArray withEdits(const QByteArray &json, std::initializer_list<Edit> edits);

// A valid SIP domain of exactly length characters (labels of at most 63), ending in .com.
QByteArray domainOfLength(int length);

// One run of a program to its end, for the suites that run the built binary.
struct ProgramRun
{
    int exitCode = -1; // -1 after a crash
    bool crashed = false;
    bool timedOut = false; // killed after the timeout
    QByteArray out;
    QByteArray err;

    // "exit 2 (crashed)\n  stdout: …\n  stderr: …" for failure messages; shownOut replaces the raw
    // standard output where a suite has a more readable form of it.
    QString describe(const QString &shownOut = QString()) const;
};
// Starts program with arguments in env (and workingDirectory, if given), closes its input and
// waits up to timeoutMs for it to finish, killing it after that.
ProgramRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                      int timeoutMs, const QString &workingDirectory = QString());
// No display of any kind and no platform override: what a build server or an SSH session offers;
// the command line must choose offscreen by itself.
QProcessEnvironment headlessEnvironment();
// The built lyncdns with arguments in headlessEnvironment(), up to 30 s.
ProgramRun runLyncdns(const QStringList &arguments);
// The strings of a JSON array (a program's JSON output), in order.
QStringList jsonStrings(const QJsonValue &array);

} // namespace lyncdns::test
