#pragma once

// What every sub-command of the command line shares: its one-line errors, parsing "<command> PLAN
// [options]", loading the plan, writing -o atomically, the printable report, and the JSON paths of
// findings as the plan's own file spells them.

#include "model/check/checkresult.h"
#include "model/plan/plan.h"
#include "model/report/reportbuilder.h"
#include "model/validator/finding.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace lyncdns::cli {

// "lyncdns: message" on stderr.
void err(const QString &message);
// The message and a pointer to --help on stderr; returns ExitUsage.
int usageError(const QString &message);
// Writes to outFile atomically, or to stdout when it is empty; ExitOk or ExitUsage (after the error).
int writeOutput(const QByteArray &content, const QString &outFile);
// Says on standard error why each server of a check that did not answer is unreachable; true if
// any did not (the caller exits 3: a dead server proves nothing either way).
bool reportUnreachableServers(const CheckReport &report);

struct Parsed
{
    QCommandLineParser parser;
    QString planFile;
};
// Parses "<command> PLAN [options]"; false (after printing why) on bad usage.
bool parse(Parsed &p, const QStringList &arguments, const QList<QCommandLineOption> &options);
// The value of --option (fallback when not given), which must be one of allowed; false (after
// printing why) otherwise.
bool choose(const Parsed &p, const QString &option, const QStringList &allowed, const QString &fallback,
            QString *value);

// Reads a plan file (version 1 or 2); nullopt after printing the reader's one-line error.
std::optional<Plan> load(const QString &fileName);

// The findings with each path as the plan's file spells it: a version 1 file's "frontEnd.fqdn",
// not the "sites[0].frontEndPools[0].fqdn" it is read into (plan-format.md: v1 = one site).
Findings findingsInFile(const Findings &findings, int fileVersion);
// "(plan)" for a finding about the plan as a whole, else its path.
QString findingPathText(const Finding &finding);
// The errors and warnings on stderr, one line each ("PLAN: path: error [rule] message"), as the
// commands that write something else to stdout report them; notes only `validate` shows.
void reportFindings(const QString &fileName, const Findings &findings);

QCommandLineOption paperOption();
bool choosePaper(const Parsed &p, QPageSize::PageSizeId *paper);

enum class ReportFormat
{
    None,
    Html,
    Pdf
};
// The report format a file name asks for by its extension.
ReportFormat reportFormatFor(const QString &fileName);
// Writes the printable report as HTML (to stdout without a file name) or PDF.
int writeReport(const ReportInput &input, ReportFormat format, const QString &outFile,
                QPageSize::PageSizeId paper);

} // namespace lyncdns::cli
