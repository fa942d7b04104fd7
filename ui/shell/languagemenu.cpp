#include "ui/shell/languagemenu.h"

#include "translations/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>

#include <utility>

namespace lyncdns {

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
            const bool loaded = chosen.load(translationCatalogue(shown));
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
