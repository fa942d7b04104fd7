// lyncdns: the wizard without a sub-command, the headless command line with one (cli.md).

#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Sub-commands never need a display: a QCoreApplication, or for a PDF a QGuiApplication on the
    // offscreen platform (fonts and QPdfWriter need one, a screen they do not).
    if (lyncdns::isCommandLineInvocation(arguments)) {
        std::unique_ptr<QCoreApplication> app;
        if (lyncdns::commandLineRendersPdf(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("lyncdns"));
        return lyncdns::runCommandLine(arguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lyncdns"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lync DNS Planner"));
    QApplication::setOrganizationName(QStringLiteral("Lync DNS Planner"));
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
