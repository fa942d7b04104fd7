#pragma once

// Wizard page: the plan in plain words, how many records it makes, every validator finding
// (errors first; activating one jumps to its field) and whether the plan is ready.

#include "ui/wizard/planpage.h"

class QFormLayout;
class QLabel;

namespace lyncdns {

class FindingsList;

class ReviewPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit ReviewPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    // Empty: this page lists every finding itself, errors first, instead of the base's list.
    QStringList pathPrefixes() const override { return {}; }

signals:
    // A finding was activated: the shell opens its step and field.
    void pathActivated(const QString &path);

private:
    void refresh();
    void fillSummary(const Plan &plan);
    void fillFindings();
    void jumpTo(const QString &path);

    QFormLayout *m_summary = nullptr;
    QLabel *m_recordCounts = nullptr;
    QLabel *m_ready = nullptr;
    FindingsList *m_findings = nullptr;
};

} // namespace lyncdns
