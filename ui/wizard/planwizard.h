#pragma once

// The planning wizard: one page per topic (pageids.h), branching with nextId(), every answer
// kept in the PlanDocument so Back never loses anything.

#include <QWizard>

namespace lyncdns {

class PlanDocument;
class PlanPage;

class PlanWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanWizard)
public:
    explicit PlanWizard(PlanDocument *document, QWidget *parent = nullptr);

    int nextId() const override;
    PlanPage *planPage(int id) const;
    // The page and widget that edit a JSON path (from a finding); false if no page has it.
    bool jumpToPath(const QString &jsonPath);
    // Goes to a page by walking Next from the start (QWizard has no direct jump).
    bool goToPage(int id);

signals:
    void newRequested();
    void openRequested();
    void openFileRequested(const QString &fileName);

private:
    PlanDocument *m_document;
    int m_shownId = -1;
    bool m_restarting = false;
};

} // namespace lyncdns
