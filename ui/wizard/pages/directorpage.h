#pragma once

// Wizard page: Director. None, a single Director or a Director pool (DNS or hardware load
// balanced), edited with the same pool editor as the Front End. It edits the scope's Director
// pool (scopedview.h): choosing none removes that one, not the others.

#include "ui/wizard/planpage.h"

class QComboBox;

namespace lyncdns {

class PoolEditor;

class DirectorPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit DirectorPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    QString choice() const;
    // The pool as the editor shows it, with the plan's values of what it does not show.
    Pool shownPool() const;
    void applyChoice();
    void fill(const Plan &plan);
    void write();
    void planChanged();

    QComboBox *m_choice;
    PoolEditor *m_editor;
    bool m_writing = false;
    // The FQDN the plan's references to this pool hold while it is typed over (followRename).
    QString m_referencedName;
};

} // namespace lyncdns
