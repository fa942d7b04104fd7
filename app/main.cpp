// lyncdns: the wizard without a sub-command, the headless command line with one (cli.md).

#include "app/commandline.h"
#include "translations/language.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>

#include <memory>

int main(int argc, char *argv[])
{
    // --lang goes before anything else sees the arguments; its value is checked once an application
    // exists to print the error with.
    const lyncdns::LanguageOption language = lyncdns::takeLanguageOption(argc, argv);
    const bool languageValid = !language.given || lyncdns::isSupportedLanguage(language.value);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Sub-commands never need a display: a QCoreApplication, or for a PDF a QGuiApplication on the
    // offscreen platform (fonts and QPdfWriter need one, a screen they do not).
    if (!languageValid || lyncdns::isCommandLineInvocation(arguments)) {
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
    return app.exec();
}
