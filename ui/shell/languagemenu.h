#pragma once

// The View menu's "Language" submenu: the one place the GUI changes the language of the program.

#include <functional>

class QMenu;
class QWidget;

namespace lyncdns {

// The View menu's "Language" submenu: System default / English / Deutsch, checkable. A choice is
// stored in QSettings and takes effect at the next start; a message box in the chosen language
// offers "Restart Now" (calls restartNow) or "Later". Every string is built at start-up, so a
// restart is the one way to switch everything, Qt's dialogs included, at once.
QMenu *createLanguageMenu(QWidget *parent, std::function<void()> restartNow);

} // namespace lyncdns
