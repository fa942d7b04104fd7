#pragma once

// Base of every editor page (a step of the plan editor, planeditor.h): a short "why" text, the
// page's own fields, and the validator's findings about them. The page checks nothing itself: the findings
// whose JSON path falls under pathPrefixes() frame the field registered for that path (a table cell for a
// path inside a server list), are listed below the fields, and every error keeps Next disabled. Pages write
// every edit into the PlanDocument at once, so Back never loses anything.

#include "model/plan/plan.h"
#include "model/validator/finding.h"
#include "ui/wizard/editscope.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace lyncdns {

class PlanDocument;
class ServerGrid;

class PlanPage : public QWidget
{
    Q_OBJECT
public:
    PlanPage(PlanDocument *document, const QString &title, const QString &why, QWidget *parent = nullptr);

    // The step's name in the step list and above the page.
    QString title() const { return m_title; }
    // What exactly the page edits when the estate has several of it ("Edge pool 2 of 3 in site
    // Dublin"); empty for a plan-wide page.
    virtual QString caption() const;
    // The scope the editor shows (the shell's, shared by every page); pages that edit one element
    // of a site read it through scopedview.h.
    void setScope(const EditScope *scope) { m_scope = scope; }
    const EditScope &scope() const;

    // Fills the widgets from the plan: on entering the page and when the plan is replaced.
    virtual void loadFromPlan() = 0;
    // JSON path prefixes whose findings this page shows, e.g. {"sites[0].frontEndPools[0]"}.
    virtual QStringList pathPrefixes() const { return {}; }
    // The widget that edits this JSON path (a server list's table for a path inside it), for
    // jumping to it from a finding; nullptr if none.
    virtual QWidget *fieldForPath(const QString &path) const;
    // True if the path is one of this page's (under one of its prefixes).
    bool ownsPath(const QString &path) const;
    // The length of the longest of the page's prefixes the path is under, -1 if none: of two pages
    // that own a path ("sites[0].edgePools[0]" and "sites[0].edgePools[0].remoteAccessPriority"), the
    // one with the longer prefix edits it.
    qsizetype ownedPrefixLength(const QString &path) const;
    // True if a finding at this path belongs to the page's step in the step list: its own paths, and
    // for an element editor the same role of every site (so the step shows the estate's problems).
    virtual bool concernsPath(const QString &path) const;
    // False when the page does not apply to the plan (Persistent Chat in Skype for Business Server
    // 2019): the step list says so and Next passes it by.
    virtual bool isApplicable() const { return true; }

    // Fills the widgets from the plan on entering the page, with the current scope.
    void initializePage();
    // No ERROR finding under the page's paths; warnings and notes do not block Next.
    bool isComplete() const;

    PlanDocument *document() const { return m_document; }
    // Every error on this page, one line each, framed or still pending: why Next is disabled.
    QStringList fieldProblems() const { return m_errorLines; }
    // Frames every error of the page, empty required fields too: once the user has left the page,
    // or jumped to one of its findings.
    void revealProblems();
    // Before a jump to a finding's path: a page that shows one of several elements itself (a site's
    // simple URLs, a branch site) selects the one the path is in.
    virtual void selectElementFor(const QString &path) { Q_UNUSED(path); }
    // Gives the focus to the field of a path, and to its cell in a table.
    void focusPath(const QString &path);

signals:
    void completeChanged();

protected:
    // The JSON path of the element the page edits in the current scope ("sites[1].edgePools[0]");
    // empty for a plan-wide page. When the scope moves, the page's registered fields and widget
    // names follow from the old prefix to the new one before loadFromPlan() runs.
    virtual QString scopedPrefix() const;
    // Makes the page the editor of one element of a role (Front End pool, Edge pool, ...): its
    // scopedPrefix() and caption() follow the scope, and its step concerns that role in every site.
    void setEditedRole(EstateRole role) { m_role = role; }
    // Where pages add their widgets (below the why text, above the findings).
    QVBoxLayout *contentLayout() const { return m_content; }
    // Applies an edit to the plan unless the page is filling its own widgets.
    void change(const std::function<void(Plan &)> &edit);
    // True while loadFromPlan() runs: widget signals then must not write back.
    bool isLoading() const { return m_loading; }
    // Fills the widgets from the plan again, as on entering the page: after the page removed the
    // element it showed and another one of the site became the first (scopedview.h), the page
    // shows that one, never an element the plan no longer has.
    void reloadFromPlan();
    // Registers the widget for a JSON path (fieldForPath's default uses this). A widget that is or
    // directly holds a QTableWidget edits a list: its column headers carry their JSON key in
    // Qt::UserRole, so "servers[1].ipv4" is row 1 of the "ipv4" column.
    void registerPathField(const QString &jsonPath, QWidget *field);
    // Marks the fields again from the current findings; pages call it after rebuilding widgets
    // (a table refilled loses its cell marks).
    void refreshFindings();

private:
    // pathPrefixes(), built once per plan revision and scope.
    const QStringList &ownedPrefixes() const;
    struct Target
    {
        QWidget *field = nullptr;
        QTableWidget *table = nullptr;
        int row = -1;
        int column = -1;
    };
    Target targetOf(const QString &path) const;
    QString fieldName(const Target &target, const QList<QLabel *> &labels) const;
    bool isEmpty(const Target &target) const;
    void markField(QWidget *field, const QString &errors, const QString &others);
    void markCell(QTableWidget *table, int row, int column, const QString &errors, const QString &others);
    void clearMarks();
    // Renames the registered paths and widget names from the prefix the fields were made for to the
    // current scope's.
    void followScope();

    PlanDocument *m_document;
    QString m_title;
    const EditScope *m_scope = nullptr;
    std::optional<EstateRole> m_role;
    QString m_fieldsPrefix; // the scopedPrefix() the registered paths and widget names carry
    QLabel *m_why = nullptr;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_findings = nullptr;
    QHash<QString, QWidget *> m_fieldByPath;
    // Fields (and tables) the user has edited or left: their empty required values count as errors
    // to frame. Until then a brand-new plan's empty fields only say what is still needed.
    QSet<QWidget *> m_touched;
    bool m_revealAll = false;
    QList<QPointer<QWidget>> m_markedFields;
    QList<QPointer<QTableWidget>> m_markedTables;
    // Grids whose rows carry findings about a whole row ("…servers[1]") in their row headers.
    QList<QPointer<ServerGrid>> m_markedGrids;
    // pathPrefixes() as of a plan revision and scope (ownedPrefixes()).
    mutable QStringList m_prefixes;
    mutable quint64 m_prefixesRevision = 0;
    mutable EditScope m_prefixesScope;
    mutable bool m_prefixesValid = false;
    QStringList m_errorLines;
    bool m_loading = false;
    bool m_lastComplete = true;
};

} // namespace lyncdns
