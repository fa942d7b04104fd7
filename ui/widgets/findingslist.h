#pragma once

// The validator's findings of the plan, worst first, each with its severity's icon and naming the
// object it is about in words ("Edge pool lsedge.contoso.net, Edge server 2 (…), access IPv4
// address: …", planPathInWords); the same finding reached two ways is listed once. Activating one
// asks to go to the field it is about.

#include "model/validator/finding.h"

#include <QListWidget>

namespace lyncdns {

struct Plan;

class FindingsList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsList)
public:
    enum Roles
    {
        PathRole = Qt::UserRole + 1, // the finding's JSON path (what findingActivated() gives)
        SeverityRole,
        RuleRole,
        MessageRole,
    };

    explicit FindingsList(QWidget *parent = nullptr);

    // The findings of plan, each naming its object in words taken from plan.
    void setFindings(const Plan &plan, const Findings &findings);
    // Without the plan: "rule — message", the object unnamed. Kept for callers that have no plan.
    void setFindings(const Findings &findings);
    // "2 errors, 1 warning" or "No problems found".
    QString summary() const { return m_summary; }

signals:
    // The JSON path of the activated finding (empty for findings about the plan as a whole).
    void findingActivated(const QString &path);
    void summaryChanged(const QString &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill(const Plan *plan, const Findings &findings);
    void colourItems();

    QString m_summary;
    // What the list shows, an entry per item (text and path): an unchanged list is not rebuilt.
    QStringList m_shown;
};

} // namespace lyncdns
