#pragma once

// The validator's findings of the plan, worst first, each with its severity's icon; activating
// one asks to go to the field it is about.

#include "model/validator/finding.h"

#include <QListWidget>

namespace lyncdns {

class FindingsList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsList)
public:
    enum Roles
    {
        PathRole = Qt::UserRole + 1,
        SeverityRole
    };

    explicit FindingsList(QWidget *parent = nullptr);

    void setFindings(const Findings &findings);
    // "2 errors, 1 warning" or "No problems found".
    QString summary() const { return m_summary; }

signals:
    // The JSON path of the activated finding (empty for findings about the plan as a whole).
    void findingActivated(const QString &path);
    void summaryChanged(const QString &summary);

private:
    QString m_summary;
};

} // namespace lyncdns
