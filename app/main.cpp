// lyncdns: the wizard without a sub-command, the headless command line with one (cli.md).

#include "commandline.h"
#include "planwindow.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Sub-commands never need a display, so they get a QCoreApplication only.
    if (lyncdns::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("lyncdns"));
        return lyncdns::runCommandLine(arguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lyncdns"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lync DNS Planner"));
    QApplication::setOrganizationName(QStringLiteral("Lync DNS Planner"));
    lyncdns::PlanWindow window;
    if (arguments.size() > 1)
        window.openPlan(arguments.at(1));
    window.show();
    return app.exec();
}
