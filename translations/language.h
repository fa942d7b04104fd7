#pragma once

// The language of the program, GUI and command line alike: our own translations (embedded under
// :/i18n by this target) and Qt's (qtbase_<lang>.qm from the system's Qt translations), chosen by
// --lang, the "language" setting or the system locale. Links Qt Core only.

#include <QString>
#include <QStringList>

namespace lyncdns {

// The languages lyncdns is translated into, as ISO 639-1 codes: "en", "de".
QStringList supportedLanguages();
bool isSupportedLanguage(const QString &language);

// The supported language the system locale asks for (QLocale::system().uiLanguages()), "en" when
// it asks for none of them.
QString systemLanguage();

// Installs the translators for language ("" = the system's) on the running QCoreApplication,
// replacing those of an earlier call. Returns the language in effect.
QString installTranslators(const QString &language);

// The language installTranslators() put in effect last ("en" before any call).
QString currentLanguage();

// The QSettings key of the language chosen in the GUI; absent or "" = the system's.
inline constexpr const char kLanguageSettingsKey[] = "language";

// "" or a supported language: the GUI's stored choice, invalid values read as "".
QString storedLanguage();

// The embedded catalogue of language (":/i18n/lyncdns_de.qm").
QString translationCatalogue(const QString &language);

} // namespace lyncdns
