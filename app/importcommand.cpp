#include "app/importcommand.h"

#include "app/commandline.h"
#include "app/commandlinesupport.h"
#include "model/check/qtdnsresolver.h"
#include "model/import/addressfill.h"
#include "model/import/topologyfile.h"
#include "model/io/printable.h"
#include "model/plan/planwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace lyncdns::cli {

namespace {

// The import with the server addresses SERVER knows filled in (docs/reference/import.md,
// "--resolve"); the resolver lives only as long as the fill, before the application ends.
struct Resolved
{
    ImportResult result;
    QList<FilledAddress> filled;
    QString unreachable; // why the server did not answer at all; empty when it did
};

Resolved resolveAddresses(const ImportResult &imported, const QString &server)
{
    QtDnsResolver resolver;
    AddressFill fill(&resolver);
    QEventLoop loop;
    QObject::connect(&fill, &AddressFill::finished, &loop, &QEventLoop::quit);
    fill.start(imported, server);
    loop.exec();
    return {fill.result(), fill.filled(), fill.serverUnreachable() ? fill.unreachableDetail() : QString()};
}

} // namespace

int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("o"), QCoreApplication::translate("CommandLine", "the plan to write"),
                      QStringLiteral("PLAN")});
    // Not translated yet (translations/*.ts belong to the lead): English, as the messages are.
    parser.addOption({QStringLiteral("resolve"),
                      QStringLiteral("fill server addresses from this DNS server's answers"),
                      QStringLiteral("SERVER")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments(); // parse() takes "import" as the program name
    if (positional.size() != 1)
        return usageError(
            positional.isEmpty()
                ? QCoreApplication::translate("CommandLine", "import: a topology file is needed")
                : QCoreApplication::translate("CommandLine", "import: one topology file only"));
    const QString server = parser.value(QStringLiteral("resolve"));
    if (parser.isSet(QStringLiteral("resolve"))) {
        const QString problem = QtDnsResolver::serverProblem(server);
        if (!problem.isEmpty())
            return usageError(QStringLiteral("import --resolve %1: %2").arg(printable(server), problem));
    }
    Resolved resolved{importTopology(positional.first()), {}, {}};
    const ImportResult &result = resolved.result;
    if (!result.plan) {
        err(printable(result.error.toString()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("resolve")))
        resolved = resolveAddresses(result, server);
    const int written = writeOutput(planToJson(*result.plan), parser.value(QStringLiteral("o")));
    if (written != ExitOk)
        return written;
    // What was read but has no place in a plan, what --resolve filled, then what the admin must
    // fill in: one line each, the gaps as "<json path>: <what is missing>" for scripts and the
    // wizard alike.
    QTextStream out(stderr);
    for (const QString &note : result.notes)
        out << "note: " << printable(note) << '\n';
    for (const FilledAddress &f : resolved.filled)
        out << "filled: " << f.jsonPath << ": " << f.address << " (" << printable(f.fqdn) << " via " << server
            << ")\n";
    for (const ImportGap &gap : result.gaps)
        out << gap.jsonPath << ": " << printable(gap.what) << '\n';
    out.flush();
    // A server that never answered leaves every gap open, and says so (cli.md: exit 3).
    if (!resolved.unreachable.isEmpty()) {
        err(QStringLiteral("import --resolve: %1").arg(printable(resolved.unreachable)));
        return ExitUnreachable;
    }
    return result.gaps.isEmpty() ? ExitOk : ExitProblems;
}

} // namespace lyncdns::cli
