#pragma once

// Wizard page: Front End. The edition, then the shared pool editor: pool FQDN, load balancing,
// VIP, servers and web services. Standard Edition has one server named like the pool. It edits
// the scope's Front End pool (scopedview.h).

#include "ui/wizard/planpage.h"

class QComboBox;

namespace lyncdns {

class PoolEditor;

class FrontEndPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit FrontEndPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    Edition edition() const;
    // The pool as the editor shows it, with the plan's values of what it does not show.
    Pool shownPool() const;
    void fill(const Plan &plan);
    void write();
    void planChanged();

    QComboBox *m_edition;
    PoolEditor *m_editor;
    bool m_writing = false;
    // The FQDN the plan's references to this pool hold while it is typed over (followRename).
    QString m_referencedName;
};

} // namespace lyncdns
