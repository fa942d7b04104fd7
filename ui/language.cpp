#include "language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>

#include <utility>

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

QMenu *createLanguageMenu(QWidget *parent, std::function<void()> restartNow)
{
    auto *menu = new QMenu(QCoreApplication::translate("Language", "&Language"), parent);
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString stored = storedLanguage();
    // Language names in their own language: whoever cannot read the current one still finds theirs.
    const std::pair<QString, QString> choices[] = {
        {QString(), QCoreApplication::translate("Language", "&System Default")},
        {QStringLiteral("en"), QStringLiteral("&English")},
        {QStringLiteral("de"), QStringLiteral("&Deutsch")},
    };
    for (const auto &[language, label] : choices) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(language == stored);
        action->setData(language);
        group->addAction(action);
    }
    QObject::connect(
        group, &QActionGroup::triggered, menu, [parent, restartNow = std::move(restartNow)](QAction *action) {
            const QString language = action->data().toString();
            QSettings settings;
            if (language.isEmpty())
                settings.remove(QLatin1String(kLanguageSettingsKey));
            else
                settings.setValue(QLatin1String(kLanguageSettingsKey), language);
            const QString shown = language.isEmpty() ? systemLanguage() : language;
            if (shown == currentLanguage())
                return; // nothing changes
            // The notice speaks the language just chosen, whatever the running one is.
            QTranslator chosen;
            const bool loaded = chosen.load(appTranslationFile(shown));
            const auto say = [&chosen, loaded](const char *sourceText) {
                const QString text = loaded ? chosen.translate("Language", sourceText) : QString();
                return text.isEmpty() ? QString::fromUtf8(sourceText) : text;
            };
            QMessageBox box(QMessageBox::Information, say(QT_TRANSLATE_NOOP("Language", "Language")),
                            say(QT_TRANSLATE_NOOP("Language", "The language changes when Lync DNS "
                                                              "Planner is started again.")),
                            QMessageBox::NoButton, parent);
            QPushButton *restart =
                box.addButton(say(QT_TRANSLATE_NOOP("Language", "&Restart Now")), QMessageBox::AcceptRole);
            QPushButton *later =
                box.addButton(say(QT_TRANSLATE_NOOP("Language", "&Later")), QMessageBox::RejectRole);
            box.setDefaultButton(later);
            box.setEscapeButton(later);
            box.exec();
            if (box.clickedButton() == restart && restartNow)
                restartNow();
        });
    return menu;
}

} // namespace lyncdns
