#pragma once

// The "Cutover to Teams Only" tab of the check window (issue 15): the live readiness check's
// verdict per SIP domain (model/migration/readiness.h) — the phase public DNS reflects, ready or
// not, the records that block the switch with what was expected and found, the names the runbook
// removes afterwards that still resolve, and a wildcard under the domain.

#include "model/migration/readiness.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace lyncdns {

class CutoverPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CutoverPanel)
public:
    explicit CutoverPanel(QWidget *parent = nullptr);

    // A run started: no verdicts, the progress of its questions.
    void setProgress(int done, int total);
    // The run finished (cancelled: the verdicts of what was answered, said as such).
    void setResults(const QList<DomainReadiness> &domains, bool cancelled);

private:
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_domains = nullptr;
};

} // namespace lyncdns
