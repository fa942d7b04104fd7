#pragma once

// The plan editor: a step list (every topic with its state: done, has problems, not applicable)
// beside the page of the step, with Back / Next for the guided first run and Save. Any step can be
// opened directly; a finding opens its step, element and field. Pages that edit one element of a
// site (a Front End pool, an Edge pool, ...) show the one the shared EditScope names, which the
// topology page sets. Every answer lives in the PlanDocument at once, so nothing typed is lost by
// moving between steps.

#include "ui/wizard/editscope.h"

#include <QList>
#include <QWidget>

class QAbstractButton;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace lyncdns {

class PlanDocument;
class PlanPage;
class WelcomePage;

class PlanEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanEditor)
public:
    // What the step list says of a step.
    enum class StepState
    {
        Open,          // not visited yet, no problems
        Done,          // visited (or opened from a file), no problems
        Problems,      // an error or warning concerns it
        NotApplicable, // the plan does not use it; Next passes it by
    };

    explicit PlanEditor(PlanDocument *document, QWidget *parent = nullptr);
    ~PlanEditor() override;

    int currentId() const { return m_currentId; }
    QWidget *currentPage() const;
    QString currentTitle() const;
    PlanPage *planPage(int id) const;
    // The next applicable step after the current one in the guided order; -1 after the last.
    int nextId() const;
    // The steps shown since the plan was opened, in order (Back walks them backwards).
    QList<int> visitedIds() const { return m_history; }
    // Opens a step directly, as a click in the step list does.
    bool goToPage(int id);
    // Opens the step, element and field of a JSON path (from a finding); false if no page edits it.
    bool jumpToPath(const QString &jsonPath);
    // Opens the editor page of an element (from the topology page).
    void openElement(EstateRole role, qsizetype site, qsizetype index);
    const EditScope &scope() const { return m_scope; }
    StepState stepState(int id) const;

    QListWidget *stepList() const { return m_steps; }
    QAbstractButton *backButton() const;
    QAbstractButton *nextButton() const;
    QAbstractButton *saveButton() const;

public slots:
    void next();
    void back();
    // A new or opened plan: the first step, the first site, an empty history.
    void restart();

signals:
    void currentIdChanged(int id);
    void newRequested();
    void openRequested();
    void openFileRequested(const QString &fileName);
    void saveRequested();

protected:
    // Scrolling a page with the mouse wheel never changes a choice or a number the pointer passes
    // over: an unfocused combo box or spin box hands the wheel to the page.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addPage(int id, QWidget *page);
    void showStep(int id, bool record);
    void updateButtons();
    void updateSteps();
    void updateHeading();
    int pageIdOf(EstateRole role) const;
    // Visited and left, or the plan came from a file: its problems are worth saying.
    bool isSeen(int id) const;

    PlanDocument *m_document;
    EditScope m_scope;
    QListWidget *m_steps = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_caption = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_save = nullptr;
    WelcomePage *m_welcome = nullptr;
    QList<QWidget *> m_pages;     // by PageId
    QList<QWidget *> m_scrollers; // the scroll area around each page, by PageId
    QList<int> m_history;
    QList<bool> m_visited; // by PageId: left at least once since the plan was opened
    int m_currentId = -1;
    bool m_openedFromFile = false;
};

} // namespace lyncdns
