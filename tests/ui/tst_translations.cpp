// Translations (issue #6): the German catalogue is complete and current — lupdate, run here over
// the sources, finds no string it lacks and none it keeps for nothing — its translations keep the
// placeholders and mnemonics of their sources, the English catalogue supplies the plural forms, and
// the running application really speaks German: ours and Qt's strings, with one mnemonic per letter
// in every menu and wizard page.

#include "translations/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/wizard/pageids.h"
#include "ui/wizard/planeditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using namespace lyncdns;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation
    bool numerus = false;
    QString type; // translation type: "", "unfinished", "obsolete", "vanished"
    QString translation;
    QStringList forms; // numerus forms
    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
    QString where() const { return QStringLiteral("[%1] \"%2\"").arg(context, source.left(70)); }
};

QString sourceDir()
{
    return QString::fromLocal8Bit(qgetenv("LYNCDNS_SOURCE_DIR"));
}

QString catalogue(const QString &language)
{
    return sourceDir() + QStringLiteral("/translations/lyncdns_") + language + QStringLiteral(".ts");
}

// The messages of a .ts file; an unreadable or malformed file fails the calling test.
QList<Message> readCatalogue(const QString &fileName, bool *ok)
{
    *ok = false;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("%s: %s", qPrintable(fileName), qPrintable(file.errorString()));
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.translation = xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError()) {
        qWarning("%s:%lld: %s", qPrintable(fileName), xml.lineNumber(), qPrintable(xml.errorString()));
        return {};
    }
    *ok = true;
    return messages;
}

QStringList texts(const Message &m)
{
    return m.numerus ? m.forms : QStringList{m.translation};
}

QStringList placeholders(const QString &text, bool withN)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?[1-9]|%n"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        if (withN || p != QLatin1String("%n"))
            found << p;
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

// Mnemonic ampersands: "&x", not "&&" (a literal one) nor an HTML entity such as "&lt;".
int mnemonics(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(?![a-z]+;|#[0-9]+;)"));
    text.remove(QStringLiteral("&&"));
    return int(text.count(mnemonic));
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "letter: text" for every text with a mnemonic whose letter another text uses too.
QStringList clashes(const QStringList &labels)
{
    QHash<QChar, QStringList> byLetter;
    for (const QString &label : labels)
        if (const QChar letter = mnemonicOf(label); !letter.isNull())
            byLetter[letter] << label;
    QStringList out;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (it.value().size() > 1)
            out << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(" / ")));
    out.sort();
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!sourceDir().isEmpty(), "LYNCDNS_SOURCE_DIR is not set (ctest sets it)");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lyncdns-tests"));
    }

    void cleanup() { installTranslators(QStringLiteral("en")); }

    void germanCatalogueIsComplete()
    {
        bool ok = false;
        const QList<Message> messages = readCatalogue(catalogue(QStringLiteral("de")), &ok);
        QVERIFY(ok);
        QVERIFY2(messages.size() > 500, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1 %2").arg(m.type, m.where());
            else if (m.numerus && m.forms.size() != 2)
                problems << QStringLiteral("German needs 2 plural forms, not %1: %2")
                                .arg(m.forms.size())
                                .arg(m.where());
            else if (texts(m).join(QString()).trimmed().isEmpty())
                problems << QStringLiteral("empty %1").arg(m.where());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A translation that drops %2 or a mnemonic breaks the message or the keyboard; one that keeps
    // the English text was forgotten (names and short codes aside).
    void germanTranslationsKeepPlaceholdersAndMnemonics()
    {
        bool ok = false;
        const QList<Message> messages = readCatalogue(catalogue(QStringLiteral("de")), &ok);
        QVERIFY(ok);
        QStringList problems;
        for (const Message &m : messages) {
            for (const QString &text : texts(m)) {
                if (placeholders(m.source, !m.numerus) != placeholders(text, !m.numerus))
                    problems << QStringLiteral("placeholders %1 -> \"%2\"").arg(m.where(), text);
                if (m.numerus && m.source.contains(QLatin1String("%n")) &&
                    !text.contains(QLatin1String("%n")))
                    problems << QStringLiteral("no %n in a plural form: %1 -> \"%2\"").arg(m.where(), text);
                if (mnemonics(m.source) != mnemonics(text))
                    problems << QStringLiteral("mnemonic %1 -> \"%2\"").arg(m.where(), text);
                if (m.source.count(QLatin1Char('\n')) != text.count(QLatin1Char('\n')))
                    problems << QStringLiteral("line breaks %1 -> \"%2\"").arg(m.where(), text);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate over today's sources and Designer forms (.ui) into a copy of the catalogue: a tr() string
    // the catalogue lacks comes back "unfinished", one it keeps that no source has any more "vanished"
    // or "obsolete".
    void lupdateFindsNothingNewOrGone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("lyncdns_de.ts"));
        QVERIFY(QFile::copy(catalogue(QStringLiteral("de")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(LYNCDNS_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-source-language"), QStringLiteral("en"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"), QStringLiteral("-I"),
                       sourceDir(), sourceDir() + QStringLiteral("/app"),
                       sourceDir() + QStringLiteral("/model"), sourceDir() + QStringLiteral("/ui"),
                       sourceDir() + QStringLiteral("/translations"), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), LYNCDNS_LUPDATE " did not finish");
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

        bool ok = false;
        const QList<Message> updated = readCatalogue(copy, &ok);
        QVERIFY(ok);
        const QList<Message> committed = readCatalogue(catalogue(QStringLiteral("de")), &ok);
        QVERIFY(ok);
        QStringList problems;
        QSet<QString> committedKeys;
        for (const Message &m : committed)
            committedKeys.insert(m.key());
        for (const Message &m : updated) {
            if (!committedKeys.contains(m.key()))
                problems << QStringLiteral("not in lyncdns_de.ts: %1").arg(m.where());
            else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << QStringLiteral("no longer in the sources: %1").arg(m.where());
            else if (!m.type.isEmpty())
                problems << QStringLiteral("%1 %2").arg(m.type, m.where());
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.join(QLatin1Char('\n')) +
                            QStringLiteral(
                                "\n(update with: cmake --build <build dir> --target update_translations)")));
        QCOMPARE(updated.size(), committed.size());
    }

    // lupdate silently skips calls it cannot parse (a plural count such as counts[0] was one), and
    // then the test above cannot see them either. A plain scan for tr("…") and
    // translate("Context", "…") in the sources finds every text in the catalogue.
    void everyTrCallIsInTheCatalogue()
    {
        bool ok = false;
        const QList<Message> messages = readCatalogue(catalogue(QStringLiteral("de")), &ok);
        QVERIFY(ok);
        QSet<QString> sources, contextSources;
        for (const Message &m : messages) {
            sources.insert(m.source);
            contextSources.insert(m.context + QLatin1Char('|') + m.source);
        }
        static const QRegularExpression call(QStringLiteral(
            "\\b(tr|translate)\\(\\s*(?:\"([^\"]*)\"\\s*,\\s*)?((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)"));
        static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        QStringList problems;
        int calls = 0;
        for (const QString &folder : {QStringLiteral("app"), QStringLiteral("model"), QStringLiteral("ui"),
                                      QStringLiteral("translations")}) {
            QDirIterator it(sourceDir() + QLatin1Char('/') + folder,
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString code = QString::fromUtf8(file.readAll());
                for (auto match = call.globalMatch(code); match.hasNext();) {
                    const QRegularExpressionMatch m = match.next();
                    const bool isTranslate = m.captured(1) == QLatin1String("translate");
                    if (isTranslate && m.capturedLength(2) == 0)
                        continue; // translate("Context", variable): its texts are QT_TRANSLATE_NOOP()s
                    QString text;
                    if (!isTranslate && m.capturedLength(2) > 0) {
                        text = m.captured(2); // tr("text", "disambiguation")
                    } else {
                        for (auto part = literal.globalMatch(m.captured(3)); part.hasNext();)
                            text += part.next().captured(1);
                    }
                    text.replace(QLatin1String("\\n"), QLatin1String("\n"))
                        .replace(QLatin1String("\\\""), QLatin1String("\""))
                        .replace(QLatin1String("\\\\"), QLatin1String("\\"));
                    ++calls;
                    const bool known = isTranslate
                                           ? contextSources.contains(m.captured(2) + QLatin1Char('|') + text)
                                           : sources.contains(text);
                    if (!known)
                        problems << QStringLiteral("%1: %2(\"%3\")")
                                        .arg(it.fileName(), m.captured(1), text.left(80));
                }
            }
        }
        QVERIFY2(calls > 500, qPrintable(QString::number(calls)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // English is the source language: its catalogue exists for the plural forms ("1 error").
    void englishCatalogueHasEveryPluralForm()
    {
        bool ok = false;
        const QList<Message> messages = readCatalogue(catalogue(QStringLiteral("en")), &ok);
        QVERIFY(ok);
        QStringList problems;
        int plurals = 0;
        for (const Message &m : messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            if (m.forms.size() != 2 || m.forms.contains(QString()) || m.type == QLatin1String("unfinished"))
                problems << m.where();
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << QStringLiteral("no longer in the sources: %1").arg(m.where());
        }
        QVERIFY(plurals > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("lyncdns::FindingsList", "%n error(s)", nullptr, 1),
                 QStringLiteral("1 error"));
        QCOMPARE(QCoreApplication::translate("lyncdns::FindingsList", "%n error(s)", nullptr, 3),
                 QStringLiteral("3 errors"));
    }

    void germanIsInstalledWithQtsOwnStrings()
    {
        bool ok = false;
        const QList<Message> messages = readCatalogue(catalogue(QStringLiteral("de")), &ok);
        QVERIFY(ok);
        QCOMPARE(installTranslators(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(currentLanguage(), QStringLiteral("de"));
        // Every message of the catalogue comes out of the embedded .qm as written in the .ts.
        QStringList problems;
        for (const Message &m : messages) {
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(),
                             comment = m.comment.toUtf8();
            const QString expected = m.numerus ? m.forms.value(1) : m.translation;
            const QString actual = QCoreApplication::translate(
                context.constData(), source.constData(), comment.isEmpty() ? nullptr : comment.constData(),
                m.numerus ? 2 : -1);
            if (actual != QString(expected).replace(QLatin1String("%n"), QLatin1String("2")) &&
                actual != expected)
                problems << QStringLiteral("%1 -> \"%2\"").arg(m.where(), actual);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Qt's own catalogue (qt6-translations-l10n): the standard buttons of the unsaved-changes
        // question (Save and Cancel; "Don't Save" is the program's own).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"), QStringLiteral("Speichern"));

        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void unsupportedLanguageFallsBackToTheSystems()
    {
        QCOMPARE(installTranslators(QStringLiteral("fr")), systemLanguage());
        QVERIFY(isSupportedLanguage(systemLanguage()));
        QVERIFY(!isSupportedLanguage(QStringLiteral("fr")));
    }

    // In either language, every menu and every wizard page (with the wizard's own buttons) gives
    // each mnemonic letter to one control only.
    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei");
    }

    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        installTranslators(language);
        MainWindow window;
        QStringList problems;
        QStringList titles;
        for (QAction *top : window.menuBar()->actions())
            titles << top->text();
        QVERIFY2(titles.contains(fileMenu), qPrintable(titles.join(QLatin1Char(' '))));
        if (const QStringList c = clashes(titles); !c.isEmpty())
            problems << QStringLiteral("menu bar: ") + c.join(QStringLiteral("; "));
        for (const QMenu *menu : window.findChildren<QMenu *>()) {
            QStringList labels;
            for (QAction *action : menu->actions())
                if (!action->isSeparator())
                    labels << action->text();
            if (const QStringList c = clashes(labels); !c.isEmpty())
                problems << menu->title() + QStringLiteral(": ") + c.join(QStringLiteral("; "));
        }

        auto *editor = window.findChild<PlanEditor *>();
        QVERIFY(editor);
        for (int id = 0; id < Page_Count; ++id) {
            QVERIFY(editor->goToPage(id));
            const QWidget *page = editor->currentPage();
            // Back, Next and Save sit below every page.
            QStringList labels = {editor->backButton()->text(), editor->nextButton()->text(),
                                  editor->saveButton()->text()};
            for (const QLabel *label : page->findChildren<QLabel *>())
                if (label->buddy())
                    labels << label->text();
            for (const QAbstractButton *button : page->findChildren<QAbstractButton *>())
                labels << button->text();
            if (const QStringList c = clashes(labels); !c.isEmpty())
                problems << editor->currentTitle() + QStringLiteral(": ") + c.join(QStringLiteral("; "));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // German runs about a third longer than English. At 1280×800 every label, button and check box
    // of every step's page gets the width it needs and no page needs to scroll sideways, in either
    // language (long check box texts wrap), with an estate of three sites open.
    void noWizardPageIsCutOff_data() { mnemonicsAreUnique_data(); }

    void noWizardPageIsCutOff()
    {
        QFETCH(QString, language);
        installTranslators(language);
        QSettings().clear(); // the default window layout
        MainWindow window;
        QVERIFY(window.openPlan(QStringLiteral(LYNCDNS_EXAMPLES "/three-site-estate.lyncplan")));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *editor = window.findChild<PlanEditor *>();
        QVERIFY(editor);
        QStringList problems;
        for (int id = 0; id < Page_Count; ++id) {
            QVERIFY(editor->goToPage(id));
            const QWidget *page = editor->currentPage();
            const QString title = editor->currentTitle();
            QCoreApplication::processEvents();
            for (QWidget *widget : page->findChildren<QWidget *>()) {
                if (!widget->isVisibleTo(page))
                    continue;
                // A field squeezed below its height is as cut off as a narrow one (QFormLayout gave
                // a row no height when the form sat in a scroll area of its own).
                // Widgets whose height follows their width (wrapping check boxes) and Qt's own
                // parts (a spin box's line edit) size themselves.
                const bool field = (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                                    qobject_cast<QAbstractButton *>(widget)) &&
                                   !widget->hasHeightForWidth() &&
                                   !widget->objectName().startsWith(QLatin1String("qt_"));
                if (field && widget->height() < widget->minimumSizeHint().height())
                    problems << QStringLiteral("%1: %2 is %3 of %4 px high")
                                    .arg(title, widget->objectName().isEmpty() ? widget->accessibleName()
                                                                               : widget->objectName())
                                    .arg(widget->height())
                                    .arg(widget->minimumSizeHint().height());
                if (!(qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget)))
                    continue;
                const auto *label = qobject_cast<QLabel *>(widget);
                // A wrapped text gets the height its lines need at its width (a size policy without
                // height-for-width once cut the topology page's problems in half).
                if (label && label->wordWrap() && !label->text().isEmpty() &&
                    label->height() < label->heightForWidth(label->width()))
                    problems << QStringLiteral("%1: \"%2…\" is %3 of %4 px high")
                                    .arg(title, label->text().left(40))
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()));
                if (label && (label->wordWrap() || label->text().isEmpty()))
                    continue;
                if (widget->width() < widget->minimumSizeHint().width())
                    problems << QStringLiteral("%1: \"%2\" gets %3 of %4 px")
                                    .arg(title, label ? label->text()
                                                      : qobject_cast<QAbstractButton *>(widget)->text())
                                    .arg(widget->width())
                                    .arg(widget->minimumSizeHint().width());
            }
            // The page itself and any scroll area on it: the content fits the width it is given
            // (the editor never shows a sideways scroll bar, so a wider page would be cut off).
            QList<const QScrollArea *> scrollers = page->findChildren<const QScrollArea *>();
            for (const QWidget *w = page; w; w = w->parentWidget())
                if (const auto *outer = qobject_cast<const QScrollArea *>(w)) {
                    scrollers << outer;
                    break;
                }
            for (const QScrollArea *scroll : scrollers)
                if (scroll->horizontalScrollBar()->isVisible() ||
                    scroll->widget()->minimumSizeHint().width() > scroll->viewport()->width())
                    problems << QStringLiteral("%1: scrolls sideways (%2 px content in %3 px)")
                                    .arg(title)
                                    .arg(scroll->widget()->minimumSizeHint().width())
                                    .arg(scroll->viewport()->width());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // View > Language stores the choice and offers, in the language chosen, to restart: "Later"
    // keeps the window, "Restart Now" closes it and starts the program again on the same file.
    void languageMenuStoresTheChoiceAndRestarts_data()
    {
        QTest::addColumn<bool>("restartNow");
        QTest::newRow("later") << false;
        QTest::newRow("restart now") << true;
    }

    void languageMenuStoresTheChoiceAndRestarts()
    {
        QFETCH(bool, restartNow);
        QSettings().remove(QLatin1String(kLanguageSettingsKey));
        QCOMPARE(storedLanguage(), QString());
        QString startedProgram;
        QStringList startedArguments;
        MainWindow::setProgramStarter([&](const QString &program, const QStringList &arguments) {
            startedProgram = program;
            startedArguments = arguments;
            return true;
        });
        const QString plan = QStringLiteral(LYNCDNS_EXAMPLES "/hlb-edge.lyncplan");
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<MainWindow> alive(window);
        QVERIFY(window->openPlan(plan));
        window->show();
        QAction *german = nullptr;
        for (QMenu *menu : window->findChildren<QMenu *>())
            for (QAction *action : menu->actions())
                if (action->text() == QLatin1String("&Deutsch"))
                    german = action;
        QVERIFY2(german, "no menu offers Deutsch");
        QString notice;
        QTimer::singleShot(0, window, [&notice, restartNow] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                notice = box->text();
                for (QAbstractButton *button : box->buttons())
                    if (box->buttonRole(button) ==
                        (restartNow ? QMessageBox::AcceptRole : QMessageBox::RejectRole))
                        button->click();
            }
        });
        german->trigger();
        QCOMPARE(storedLanguage(), QStringLiteral("de"));
        // The notice is in German already: the chosen language, not the running one.
        QVERIFY2(notice.contains(QLatin1String("Lync DNS Planner")) &&
                     !notice.contains(QLatin1String("started again")),
                 qPrintable(notice));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (restartNow) {
            QVERIFY(!alive);
            QCOMPARE(startedProgram, QCoreApplication::applicationFilePath());
            QCOMPARE(startedArguments, QStringList{plan});
        } else {
            QVERIFY(alive && alive->isVisible());
            QVERIFY(startedProgram.isEmpty());
            delete window;
        }
        MainWindow::setProgramStarter({});
        QSettings().remove(QLatin1String(kLanguageSettingsKey));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
