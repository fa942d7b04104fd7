// lyncdns: the wizard without a sub-command, the headless command line with one (cli.md).

#include "app/commandline.h"
#include "model/check/qtdnsresolver.h"
#include "translations/language.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>

#include <memory>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

namespace {

// check's --timeout, for the process DNS timeout that must be set before anything else: the
// last --timeout S or --timeout=S, else the default. runCommandLine() rejects a bad value before
// any lookup, so one that does not parse here never reaches glibc.
int dnsTimeoutOption(const QStringList &arguments)
{
    int seconds = lyncdns::kDefaultDnsTimeoutSeconds;
    if (arguments.value(1) != QLatin1String("check"))
        return seconds;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        QString value;
        if (argument == QLatin1String("--timeout"))
            value = arguments.value(++i);
        else if (argument.startsWith(QLatin1String("--timeout=")))
            value = argument.mid(10);
        else
            continue;
        bool ok = false;
        const int parsed = value.toInt(&ok);
        if (ok && parsed >= 1 && parsed <= 30)
            seconds = parsed;
    }
    return seconds;
}

#ifdef Q_OS_WIN
// lyncdns.exe is a GUI program (WIN32): for a sub-command started from a console, print there.
void attachParentConsole()
{
    if (GetStdHandle(STD_OUTPUT_HANDLE) != nullptr || !AttachConsole(ATTACH_PARENT_PROCESS))
        return; // redirected to a file or pipe, or not started from a console
    FILE *stream = nullptr;
    freopen_s(&stream, "CONOUT$", "w", stdout);
    freopen_s(&stream, "CONOUT$", "w", stderr);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    // --lang goes before anything else sees the arguments; its value is checked once an application
    // exists to print the error with.
    const lyncdns::LanguageOption language = lyncdns::takeLanguageOption(argc, argv);
    const bool languageValid = !language.given || lyncdns::isSupportedLanguage(language.value);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // One DNS timeout for the whole process, before any lookup thread exists (docs/decisions.md):
    // check's --timeout, else the default; the wizard's check windows all use it.
    const bool commandLine = !languageValid || lyncdns::isCommandLineInvocation(arguments);
    lyncdns::setProcessDnsTimeout(commandLine ? dnsTimeoutOption(arguments)
                                              : lyncdns::kDefaultDnsTimeoutSeconds);

    // Sub-commands never need a display: a QCoreApplication, or for a PDF a QGuiApplication on the
    // offscreen platform (fonts and QPdfWriter need one, a screen they do not).
    if (commandLine) {
#ifdef Q_OS_WIN
        attachParentConsole();
#endif
        std::unique_ptr<QCoreApplication> app;
        if (languageValid && lyncdns::commandLineRendersPdf(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("lyncdns"));
        // The command line follows the system locale unless --lang says otherwise.
        lyncdns::installTranslators(languageValid ? language.value : QString());
        if (!languageValid)
            return lyncdns::languageUsageError(language.value);
        return lyncdns::runCommandLine(arguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lyncdns"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lync DNS Planner")); // a name: not translated
    QApplication::setOrganizationName(QStringLiteral("Lync DNS Planner"));
    // --lang, else the language chosen in the View menu (QSettings needs the names above), else the
    // system's.
    lyncdns::installTranslators(language.given ? language.value : lyncdns::storedLanguage());
    // The installed desktop entry's id, so the desktop shows our icon and name for the window.
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.example.lyncdns"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1/lyncdns.png").arg(size));
    QApplication::setWindowIcon(icon);
    lyncdns::MainWindow window;
    window.show();
    // A plan that was not saved before a crash comes first; the one asked for opens otherwise.
    if (!window.offerRecovery() && arguments.size() > 1)
        window.openPlan(arguments.at(1));
    return QApplication::exec();
}
