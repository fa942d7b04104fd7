#pragma once

// Table model of a live check's results for the check page: one row per CheckReport result, in
// the report's order, so a source row is also the index LiveCheck::recheck() takes. Colours per
// status come from here; icons are a Widgets matter and belong to the view.

#include "model/check/checkresult.h"

#include <QAbstractTableModel>
#include <QSet>

namespace lyncdns {

// How bad a status is, for icons and colours: ok, worth a look, or wrong.
enum class StatusSeverity
{
    Ok,
    Warning,
    Critical
};

StatusSeverity statusSeverity(CheckStatus s);

class CheckResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckResultModel)
public:
    enum Columns
    {
        StatusColumn,
        LocationColumn,
        ServerColumn, // the server asked: several internal ones in an estate with one per site
        NameColumn,
        TypeColumn,
        ExpectedColumn,
        ActualColumn,
        DetailColumn,
        TimeColumn,
        COLUMN_COUNT
    };
    enum Roles
    {
        StatusRole = Qt::UserRole + 1, // int(CheckStatus), on every column
        SeverityRole,                  // int(StatusSeverity)
        ProblemRole,                   // bool: a settled result that is not ok
        PendingRole,                   // bool: queued or being checked; the status is not known yet
        SortRole                       // worst first for the status, numbers for the time
    };

    explicit CheckResultModel(QObject *parent = nullptr);

    // A new report: a reset. pendingRows are shown as being checked until setResult() settles them.
    void setReport(const CheckReport &report, const QList<int> &pendingRows = {});
    // The same results again, some changed: only the changed rows are announced. A report with
    // other results than the current one is a reset.
    void updateReport(const CheckReport &report);
    // One result settled (LiveCheck::resultChanged); rows out of range are ignored.
    void setResult(int row, const CheckResult &result);
    void setPending(const QList<int> &rows);
    void clearPending();

    const CheckReport &report() const { return m_report; }
    bool isPending(int row) const { return m_pending.contains(row); }
    // Settled results with this status.
    int count(CheckStatus status) const;
    int pendingCount() const { return int(m_pending.size()); }

    // "CNAME a", "CNAME b", "10.0.0.1" → "name → a → b"; empty without CNAMEs.
    static QString cnameChain(const CheckResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rowsChanged(const QList<int> &rows);

    CheckReport m_report;
    QSet<int> m_pending;
};

} // namespace lyncdns
