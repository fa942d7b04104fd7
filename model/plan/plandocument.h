#pragma once

// The plan being edited: the plan itself, its file, whether it has unsaved changes, and its
// findings. Wizard pages change it through update(); views listen to changed().

#include "model/dns/dnsrecord.h"
#include "model/plan/plan.h"
#include "model/plan/planerror.h"
#include "model/validator/finding.h"

#include <QObject>

#include <functional>

namespace lyncdns {

class PlanDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDocument)
public:
    explicit PlanDocument(QObject *parent = nullptr);

    const Plan &plan() const { return m_plan; }
    // Counts the plan's changes (update, reset): what a view derived from the plan keys a cache on.
    quint64 revision() const { return m_revision; }
    // Applies a change, marks the document modified and emits changed().
    void update(const std::function<void(Plan &)> &change);
    // Replaces the whole plan (new, open, recover); fileName may be empty (untitled).
    void reset(const Plan &plan, const QString &fileName, bool modified = false);
    bool load(const QString &fileName, PlanError *error);
    bool save(const QString &fileName, QString *errorMessage);

    QString fileName() const { return m_fileName; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    // The records of the current plan and the validator's findings on it, each computed when
    // first asked after a change: the preview and the findings plan the plan once per edit.
    const RecordSet &records() const;
    const Findings &findings() const;

    // A new plan with sensible defaults: one SIP domain, one site ("Site 1") with a Standard
    // Edition Front End server.
    static Plan newPlan();

signals:
    void changed();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);
    void reloaded(); // the whole plan was replaced: pages refill their widgets

private:
    Plan m_plan;
    QString m_fileName;
    bool m_modified = false;
    quint64 m_revision = 0;
    mutable RecordSet m_records;
    mutable bool m_recordsValid = false;
    mutable Findings m_findings;
    mutable bool m_findingsValid = false;
};

} // namespace lyncdns
