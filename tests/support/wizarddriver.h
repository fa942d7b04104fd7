#pragma once

// Shared by the plan editor's suites (tst_wizard, tst_estatetyping): a driver that fills the editor's
// pages the way a user does, the topology tree's keys and menus, and the comparisons of an entered
// plan with a plan file and with the command line's records.

#include "model/plan/plan.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QTreeView;

namespace lyncdns {

class PlanEditor;
class PlanPage;
class TopologyPage;

namespace test {

// `lyncdns plan FILE --format csv`, or the reason it failed.
QByteArray cliCsv(const QString &planFile, QString *error);

// The non-empty lines of a text.
QStringList lines(const QByteArray &text);

// Drives a PlanEditor like a user: only widgets of the current page that are shown and enabled
// can be filled. The first thing that fails is kept in error() and everything after it is skipped,
// so a test checks ok() once per page with a message that says which field was refused.
class WizardDriver
{
public:
    explicit WizardDriver(PlanEditor *wizard)
        : m_wizard(wizard)
    {
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QByteArray message() const { return m_error.toUtf8(); }

    template<typename T> T *field(const QString &name)
    {
        if (!ok())
            return nullptr;
        QWidget *page = currentPage();
        T *w = page ? page->findChild<T *>(name) : nullptr;
        if (!w) {
            fail(QStringLiteral("no %1 \"%2\" on this page")
                     .arg(QLatin1String(T::staticMetaObject.className()), name));
            return nullptr;
        }
        if (!w->isVisibleTo(page) || !w->isEnabled()) {
            fail(QStringLiteral("\"%1\" is %2: the user cannot fill it")
                     .arg(name, w->isEnabled() ? QStringLiteral("hidden") : QStringLiteral("disabled")));
            return nullptr;
        }
        return w;
    }

    // Replaces the text the way a user does: select all, then type.
    void type(const QString &name, const QString &text);
    // Multi-line fields (SIP domains, Meet URLs): one value per line.
    void typeLines(const QString &name, const QStringList &values);
    // Picks the item whose data is the plan's value ("dns", "scaled-hardware", ...).
    void choose(const QString &name, const QString &value);
    // Picks the item whose text is exactly text (the pool lists of the routes page, whose items are
    // the pools' FQDNs without data).
    void chooseText(const QString &name, const QString &text);
    void tick(const QString &name, bool on);
    void spin(const QString &name, int value);
    // "fqdn<TAB>ipv4" lines, as copied from a spreadsheet into a pool's servers.
    void pasteServers(const QString &name, const QString &text);
    // Tab-separated Edge rows pasted at the first cell of the first Edge pool's servers, as the user
    // clicks it first.
    void pasteEdgeServers(const QString &text);
    // The same into the Edge servers table of that name ("sites[1].edgePools[0].servers").
    void pasteEdgeServers(const QString &name, const QString &text);

    PlanPage *page() const;
    QAbstractButton *nextButton() const;

    // Presses Next; fails with the page's own problems when it is refused.
    void next(int expectedId);
    void back();

private:
    QWidget *currentPage() const;
    static bool isPassedStep(int id);
    void fail(const QString &what);

    PlanEditor *m_wizard;
    QString m_error;
};

// The differing lines of both plans as JSON; the whole of both goes to the log, since QtTest cuts
// long failure messages short.
QByteArray planDifference(const Plan &expected, const Plan &actual);
// Nothing when both plans are equal (QVERIFY2 builds its message either way), else planDifference.
QByteArray planMismatch(const Plan &expected, const Plan &actual);

// The settings of a plan editor suite, for its initTestCase(): QSettings in test mode (the Welcome
// page reads recent files from them: never the user's own), the suite's own application name, and
// the offscreen noise filter.
void initEditorSuite(const QString &applicationName);
// Shows a new editor as the suites drive it (900×760); false when the window was not exposed.
bool showEditor(PlanEditor *editor);

// Renames the selected row of the topology tree as a user does: F2, type, Enter.
bool renameSelectedRow(QTreeView *tree, const QString &name);
// Add pool ▸ <role> on the topology page, for the site selected.
bool addPoolOfRole(const QWidget *topology, const QString &roleTitle);
// On the topology step (opened by its entry in the step list): selects a site, Add pool ▸ role, and
// Enter on the new element, which opens its editor.
bool addAndOpen(PlanEditor *editor, TopologyPage *topology, const QString &sitePath,
                const QString &roleTitle);

} // namespace test
} // namespace lyncdns
