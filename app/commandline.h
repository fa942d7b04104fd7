#pragma once

// The headless sub-commands of cli.md: plan, validate, export, --version, --help.

#include <QString>
#include <QStringList>

namespace lyncdns {

enum ExitCode
{
    ExitOk = 0,
    ExitProblems = 1,
    ExitUsage = 2,
    ExitUnreachable = 3
};

// --lang de|en, accepted anywhere on the command line (up to a "--"), before or after the
// sub-command and for the wizard too.
struct LanguageOption
{
    bool given = false;
    QString value; // as given: may be empty or unsupported
};
// Takes every --lang VALUE and --lang=VALUE out of argv (the last one counts), so neither Qt nor
// the sub-commands see it. Needs no QCoreApplication.
LanguageOption takeLanguageOption(int &argc, char **argv);
// Reports an unsupported --lang value on stderr; returns ExitUsage. Needs a QCoreApplication.
int languageUsageError(const QString &value);

// True when the arguments ask for a sub-command rather than the wizard.
bool isCommandLineInvocation(const QStringList &arguments);
// True when the sub-command renders a PDF and so needs a QGuiApplication (offscreen is enough).
bool commandLineRendersPdf(const QStringList &arguments);
// Runs the sub-command; needs a QCoreApplication (a QGuiApplication to render a PDF). Returns the process
// exit code.
int runCommandLine(const QStringList &arguments);

} // namespace lyncdns
