#pragma once

// The headless sub-commands of cli.md: plan, validate, export, --version, --help.

#include <QStringList>

namespace lyncdns {

enum ExitCode
{
    ExitOk = 0,
    ExitProblems = 1,
    ExitUsage = 2,
    ExitUnreachable = 3
};

// True when the arguments ask for a sub-command rather than the wizard.
bool isCommandLineInvocation(const QStringList &arguments);
// True when the sub-command renders a PDF and so needs a QGuiApplication (offscreen is enough).
bool commandLineRendersPdf(const QStringList &arguments);
// Runs the sub-command; needs a QCoreApplication (a QGuiApplication to render a PDF). Returns the process
// exit code.
int runCommandLine(const QStringList &arguments);

} // namespace lyncdns
