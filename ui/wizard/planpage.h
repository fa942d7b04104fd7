#pragma once

// Base of every wizard page: a short "why" text, the page's own fields, and the validator's
// findings about them. The page checks nothing itself: the findings whose JSON path falls under
// pathPrefixes() frame the field registered for that path (a table cell for a path inside a
// server list), are listed below the fields, and every error keeps Next disabled. Pages write
// every edit into the PlanDocument at once, so Back never loses anything.

#include "model/plan/plan.h"
#include "model/validator/finding.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWizardPage>

#include <functional>

class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace lyncdns {

class PlanDocument;

class PlanPage : public QWizardPage
{
    Q_OBJECT
public:
    PlanPage(PlanDocument *document, const QString &title, const QString &why, QWidget *parent = nullptr);

    // Fills the widgets from the plan: on entering the page and when the plan is replaced.
    virtual void loadFromPlan() = 0;
    // JSON path prefixes whose findings this page shows, e.g. {"sites[0].frontEndPools[0]"}.
    virtual QStringList pathPrefixes() const { return {}; }
    // The widget that edits this JSON path (a server list's table for a path inside it), for
    // jumping to it from a finding; nullptr if none.
    virtual QWidget *fieldForPath(const QString &path) const;
    // True if the path is one of this page's (under one of its prefixes).
    bool ownsPath(const QString &path) const;

    void initializePage() override;
    void cleanupPage() override {} // keep what was typed when going Back
    // No ERROR finding under the page's paths; warnings and notes do not block Next.
    bool isComplete() const override;

    PlanDocument *document() const { return m_document; }
    // Every error on this page, one line each, framed or still pending: why Next is disabled.
    QStringList fieldProblems() const { return m_errorLines; }
    // Frames every error of the page, empty required fields too: once the user has left the page,
    // or jumped to one of its findings.
    void revealProblems();
    // Gives the focus to the field of a path, and to its cell in a table.
    void focusPath(const QString &path);

protected:
    // Where pages add their widgets (below the why text, above the findings).
    QVBoxLayout *contentLayout() const { return m_content; }
    // Applies an edit to the plan unless the page is filling its own widgets.
    void change(const std::function<void(Plan &)> &edit);
    // True while loadFromPlan() runs: widget signals then must not write back.
    bool isLoading() const { return m_loading; }
    // Fills the widgets from the plan again, as on entering the page: after the page removed the
    // element it showed and another one of the site became the first (singlesiteview.h), the page
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

    PlanDocument *m_document;
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
    QStringList m_errorLines;
    bool m_loading = false;
    bool m_lastComplete = true;
};

} // namespace lyncdns
