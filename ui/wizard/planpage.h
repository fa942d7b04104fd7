#pragma once

// Base of every wizard page: a short "why" text, the page's own fields, field problems marked
// where they are, and the validator findings that concern the page. Pages write every edit
// into the PlanDocument at once, so Back never loses anything (cleanupPage does nothing).

#include "model/plan/plan.h"

#include <QHash>
#include <QWizardPage>

#include <functional>

class QLabel;
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
    // JSON path prefixes whose findings this page shows, e.g. {"frontEnd"}.
    virtual QStringList pathPrefixes() const { return {}; }
    // The widget that edits this JSON path, for jumping to it from a finding; nullptr if none.
    virtual QWidget *fieldForPath(const QString &path) const;

    void initializePage() override;
    void cleanupPage() override {} // keep what was typed when going Back
    bool isComplete() const override;

    PlanDocument *document() const { return m_document; }
    // Fields currently marked invalid, with their reasons (for tests and the review page).
    QStringList fieldProblems() const;

protected:
    // Where pages add their widgets (below the why text, above the findings).
    QVBoxLayout *contentLayout() const { return m_content; }
    // Applies an edit to the plan unless the page is filling its own widgets.
    void change(const std::function<void(Plan &)> &edit);
    // Marks a field invalid with the reason (frame, tooltip, message), or clears it (empty reason).
    void setFieldProblem(QWidget *field, const QString &reason);
    // Extra completeness rule of a page (beyond "no field is marked invalid").
    virtual bool pageIsComplete() const { return true; }
    // True while loadFromPlan() runs: widget signals then must not write back.
    bool isLoading() const { return m_loading; }
    // Registers the widget for a JSON path (fieldForPath's default uses this).
    void registerPathField(const QString &jsonPath, QWidget *field);

private:
    void refreshFindings();

    PlanDocument *m_document;
    QLabel *m_why = nullptr;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_findings = nullptr;
    QHash<QWidget *, QString> m_problemByField;
    QHash<QString, QWidget *> m_fieldByPath;
    bool m_loading = false;
    bool m_lastComplete = true;
};

// Checks shared by the pages: empty reason = fine.
QString hostFieldProblem(const QString &text, bool required);
QString ipv4FieldProblem(const QString &text, bool required);
QString ipv6FieldProblem(const QString &text);

} // namespace lyncdns
