#include "translations/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace lyncdns {

namespace {

// Parented to the application, so a later QCoreApplication starts without stale pointers.
QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;
QString g_currentLanguage = QStringLiteral("en");

QString appTranslationFile(const QString &language)
{
    return QStringLiteral(":/i18n/lyncdns_") + language + QStringLiteral(".qm");
}

// Where Qt's own catalogues are: the Qt installation's (Debian's qt6-translations-l10n), else a
// deployment's translations folder beside or above the program (windeployqt puts it at the prefix).
QStringList qtTranslationDirectories()
{
    const QString program = QCoreApplication::applicationDirPath();
    return {QLibraryInfo::path(QLibraryInfo::TranslationsPath), program + QStringLiteral("/translations"),
            program + QStringLiteral("/../translations")};
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

bool isSupportedLanguage(const QString &language)
{
    return supportedLanguages().contains(language);
}

QString systemLanguage()
{
    // "de-DE", "de", "en-US", ...: the first one we have wins.
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &uiLanguage : uiLanguages) {
        const QString language =
            uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isSupportedLanguage(language))
            return language;
    }
    return QStringLiteral("en");
}

QString installTranslators(const QString &language)
{
    const QString effective = isSupportedLanguage(language) ? language : systemLanguage();
    removeTranslator(g_appTranslator);
    removeTranslator(g_qtTranslator);
    g_currentLanguage = effective;
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return effective;

    auto *appTranslator = new QTranslator(app);
    if (appTranslator->load(appTranslationFile(effective)) &&
        QCoreApplication::installTranslator(appTranslator))
        g_appTranslator = appTranslator;
    else
        delete appTranslator;
    // Qt's own strings: the wizard's buttons, standard dialogs, command-line parser errors.
    auto *qtTranslator = new QTranslator(app);
    bool qtLoaded = false;
    for (const QString &directory : qtTranslationDirectories()) {
        qtLoaded = qtTranslator->load(QStringLiteral("qtbase_") + effective, directory);
        if (qtLoaded)
            break;
    }
    if (qtLoaded && QCoreApplication::installTranslator(qtTranslator))
        g_qtTranslator = qtTranslator;
    else
        delete qtTranslator;
    return effective;
}

QString currentLanguage()
{
    return g_currentLanguage;
}

QString storedLanguage()
{
    const QString language = QSettings().value(QLatin1String(kLanguageSettingsKey)).toString();
    return isSupportedLanguage(language) ? language : QString();
}

QString translationCatalogue(const QString &language)
{
    return appTranslationFile(language);
}

} // namespace lyncdns
