#pragma once

// Table model of a live check's results for the check page: one row per CheckReport result, in
// the report's order, so a source row is also the index LiveCheck::recheck() takes. Colours and
// icons per severity come from here (painted, so they look the same under every style and theme).

#include "model/check/checkresult.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSet>

namespace lyncdns {

// How a result reads to the admin, for icons and colours (issue 13).
enum class StatusSeverity
{
    Ok,         // as planned (a documented alternative included): quiet
    Notice,     // an optional record that is missing (isNotice): worth knowing, not a problem
    Warning,    // a problem on an optional record: it exists and misleads clients
    Critical,   // a problem on a required record, or a name exposed where it must not resolve
    Unanswered, // unreachable or a server error: nothing is known about the record yet
};

StatusSeverity statusSeverity(const CheckResult &result);

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
        RequiredColumn, // "Required" or "Optional"; the requirement's name in the tooltip
        ExpectedColumn,
        ActualColumn, // everything the server returned at the name, other types included
        FixColumn,    // one line saying what to change (CheckResult::fix)
        DetailColumn, // why, and the note when a documented alternative was accepted
        TimeColumn,
        COLUMN_COUNT
    };
    enum Roles
    {
        StatusRole = Qt::UserRole + 1, // int(CheckStatus), on every column
        SeverityRole,                  // int(StatusSeverity)
        ProblemRole,                   // bool: a settled result that is a problem (notices are not)
        PendingRole,                   // bool: queued or being checked; the status is not known yet
        SortRole,                      // worst first for the status, numbers for the time
        RequiredRole,                  // bool: the planned record is required
        NoticeRole,                    // bool: a settled missing optional record
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
    // Settled results that are problems (isProblem), and notices (isNotice).
    int problemCount() const;
    int noticeCount() const;
    int pendingCount() const { return int(m_pending.size()); }

    // The icon of a severity, or of a row still being checked; its name() says which
    // ("lyncdns-check-critical", "lyncdns-check-pending").
    static QIcon severityIcon(StatusSeverity severity);
    static QIcon pendingIcon();
    // The colours of a severity (other result tables use them too, the TLS tab's): the status
    // text, the row tint (invalid for ok: untinted), and the text of the other cells of a tinted
    // row. Each text colour has at least 4.5:1 on its tint.
    static QColor severityTextColor(StatusSeverity severity);
    static QColor severityBackground(StatusSeverity severity);
    static QColor tintedTextColor();
    static QColor pendingTextColor();

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
