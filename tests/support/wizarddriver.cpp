#include "tests/support/wizarddriver.h"

#include "model/plan/planwriter.h"
#include "tests/support/testsupport.h"
#include "ui/widgets/edgeserverstable.h"
#include "ui/widgets/serverstable.h"
#include "ui/wizard/pageids.h"
#include "ui/wizard/pages/topologypage.h"
#include "ui/wizard/planeditor.h"
#include "ui/wizard/planpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

namespace lyncdns::test {

QByteArray cliCsv(const QString &planFile, QString *error)
{
    QProcess process;
    process.start(test::binary(),
                  {QStringLiteral("plan"), planFile, QStringLiteral("--format"), QStringLiteral("csv")});
    if (!process.waitForStarted(10000) || !process.waitForFinished(30000)) {
        *error = process.errorString();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("exit %1: %2")
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void WizardDriver::type(const QString &name, const QString &text)
{
    if (auto *edit = field<QLineEdit>(name)) {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
        if (edit->text() != text)
            fail(QStringLiteral("\"%1\" shows \"%2\" after typing \"%3\"").arg(name, edit->text(), text));
    }
}

void WizardDriver::typeLines(const QString &name, const QStringList &values)
{
    if (auto *edit = field<QPlainTextEdit>(name))
        edit->setPlainText(values.join(QLatin1Char('\n')));
}

void WizardDriver::choose(const QString &name, const QString &value)
{
    if (auto *combo = field<QComboBox>(name)) {
        const int index = combo->findData(value);
        if (index < 0) {
            QStringList offered;
            for (int i = 0; i < combo->count(); ++i)
                offered << combo->itemData(i).toString();
            fail(QStringLiteral("\"%1\" offers no \"%2\" (only %3)")
                     .arg(name, value, offered.join(QStringLiteral(", "))));
            return;
        }
        combo->setCurrentIndex(index);
    }
}

void WizardDriver::chooseText(const QString &name, const QString &text)
{
    if (auto *combo = field<QComboBox>(name)) {
        const int index = combo->findText(text, Qt::MatchExactly);
        if (index < 0) {
            QStringList offered;
            for (int i = 0; i < combo->count(); ++i)
                offered << combo->itemText(i);
            fail(QStringLiteral("\"%1\" offers no \"%2\" (only %3)")
                     .arg(name, text, offered.join(QStringLiteral(", "))));
            return;
        }
        combo->setCurrentIndex(index);
        if (combo->currentText() != text)
            fail(QStringLiteral("\"%1\" shows \"%2\" after choosing \"%3\"")
                     .arg(name, combo->currentText(), text));
    }
}

void WizardDriver::tick(const QString &name, bool on)
{
    if (auto *box = field<QCheckBox>(name)) {
        if (box->isChecked() != on)
            box->click();
        if (box->isChecked() != on)
            fail(QStringLiteral("\"%1\" did not change to %2").arg(name).arg(on));
    }
}

void WizardDriver::spin(const QString &name, int value)
{
    if (auto *box = field<QSpinBox>(name))
        box->setValue(value);
}

void WizardDriver::pasteServers(const QString &name, const QString &text)
{
    if (auto *table = field<ServersTable>(name)) {
        if (table->pasteText(text) == 0)
            fail(QStringLiteral("\"%1\" took none of the pasted lines").arg(name));
    }
}

void WizardDriver::pasteEdgeServers(const QString &text)
{
    pasteEdgeServers(QStringLiteral("sites[0].edgePools[0].servers"), text);
}

void WizardDriver::pasteEdgeServers(const QString &name, const QString &text)
{
    if (auto *editor = field<EdgeServersTable>(name)) {
        editor->table()->setCurrentCell(0, EdgeServersTable::FqdnColumn);
        if (!editor->pasteText(text))
            fail(QStringLiteral("\"%1\" took none of the pasted lines").arg(name));
    }
}

PlanPage *WizardDriver::page() const
{
    return m_wizard->planPage(m_wizard->currentId());
}

QAbstractButton *WizardDriver::nextButton() const
{
    return m_wizard->nextButton();
}

QWidget *WizardDriver::currentPage() const
{
    return m_wizard->currentPage();
}

void WizardDriver::next(int expectedId)
{
    if (!ok())
        return;
    const int before = m_wizard->currentId();
    QAbstractButton *button = nextButton();
    if (!button->isEnabled() || !button->isVisible()) {
        const PlanPage *p = page();
        fail(QStringLiteral("Next is disabled on page %1: %2")
                 .arg(before)
                 .arg(p ? p->fieldProblems().join(QStringLiteral(" | ")) : QStringLiteral("(no plan page)")));
        return;
    }
    button->click();
    // The estate's steps (sites and pools, sign-in and routes, Mediation) sit between the steps a
    // one-site plan fills; a test that goes past them presses Next there too, as a user would.
    for (int guard = 0; guard < 3 && m_wizard->currentId() != expectedId &&
                        isPassedStep(m_wizard->currentId()) && nextButton()->isEnabled();
         ++guard)
        nextButton()->click();
    if (m_wizard->currentId() != expectedId)
        fail(QStringLiteral("Next went from page %1 to %2, expected %3")
                 .arg(before)
                 .arg(m_wizard->currentId())
                 .arg(expectedId));
}

void WizardDriver::back()
{
    if (!ok())
        return;
    QAbstractButton *button = m_wizard->backButton();
    if (!button->isEnabled()) {
        fail(QStringLiteral("Back is disabled"));
        return;
    }
    button->click();
    // Back walks the steps shown, the estate's steps a test passed by included.
    for (int guard = 0; guard < 3 && isPassedStep(m_wizard->currentId()) && button->isEnabled(); ++guard)
        button->click();
}

bool WizardDriver::isPassedStep(int id)
{
    return id == Page_Topology || id == Page_Routes || id == Page_Mediation;
}

void WizardDriver::fail(const QString &what)
{
    if (ok())
        m_error = QStringLiteral("page \"%1\": %2").arg(m_wizard->currentTitle(), what);
}

QByteArray planDifference(const Plan &expected, const Plan &actual)
{
    const QByteArray e = planToJson(expected);
    const QByteArray a = planToJson(actual);
    qInfo().noquote() << "--- expected plan:\n" << e << "\n--- plan entered in the wizard:\n" << a;
    return (QStringLiteral("plan differs from the example (both in full above):") +
            test::describeDifference(lines(e), lines(a)))
        .toUtf8();
}

QByteArray planMismatch(const Plan &expected, const Plan &actual)
{
    return actual == expected ? QByteArray() : planDifference(expected, actual);
}

void initEditorSuite(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("lyncdns-tests"));
    QCoreApplication::setApplicationName(applicationName);
    installOffscreenNoiseFilter();
}

bool showEditor(PlanEditor *editor)
{
    editor->resize(900, 760);
    editor->show();
    return QTest::qWaitForWindowExposed(editor);
}

bool renameSelectedRow(QTreeView *tree, const QString &name)
{
    QTest::keyClick(tree, Qt::Key_F2);
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!edit)
        return false;
    edit->selectAll();
    QTest::keyClicks(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits from a queued call
    return true;
}

bool addPoolOfRole(const QWidget *topology, const QString &roleTitle)
{
    const auto *add = topology->findChild<QPushButton *>(QStringLiteral("addPool"));
    if (!add || !add->isEnabled() || !add->menu())
        return false;
    for (QAction *action : add->menu()->actions())
        if (action->text() == roleTitle && action->isEnabled()) {
            action->trigger();
            return true;
        }
    return false;
}

bool addAndOpen(PlanEditor *editor, TopologyPage *topology, const QString &sitePath, const QString &roleTitle)
{
    editor->stepList()->setCurrentRow(Page_Topology);
    if (editor->currentId() != Page_Topology || !topology->selectPath(sitePath) ||
        !addPoolOfRole(topology, roleTitle))
        return false;
    topology->tree()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(topology->tree(), Qt::Key_Return);
    return true;
}

} // namespace lyncdns::test
