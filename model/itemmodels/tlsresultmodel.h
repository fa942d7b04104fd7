#pragma once

// Table model of the live TLS check's endpoints for the check window's "Certificates (TLS)" tab
// (issue 14): one row per TlsResult, in the probe's order, so a source row is also the index
// TlsProbe::resultChanged() gives. The colours and icons are the DNS results' (CheckResultModel),
// one severity per TLS status.

#include "model/check/tlsresult.h"
#include "model/itemmodels/checkresultmodel.h"

#include <QAbstractTableModel>
#include <QSet>

namespace lyncdns {

// Ok is quiet; nothing known (unreachable, error) reads as an unanswered DNS query; every other
// status fails every client that uses the name (docs/reference/tls-check.md), so it is critical.
StatusSeverity tlsSeverity(TlsStatus status);

class TlsResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsResultModel)
public:
    enum Columns
    {
        StatusColumn,
        LocationColumn,
        EndpointColumn, // host:port
        RoleColumn,     // the certificate that answers it ("Front End, Default")
        AddressColumn,
        MissingColumn, // the planned names the certificate does not cover
        NotAfterColumn,
        IssuerColumn,
        DetailColumn,
        COLUMN_COUNT
    };
    enum Roles
    {
        StatusRole = Qt::UserRole + 1, // int(TlsStatus), on every column
        SeverityRole,                  // int(StatusSeverity)
        PendingRole,                   // bool: queued or being probed
        SortRole,                      // worst first for the status (precedence order)
    };

    explicit TlsResultModel(QObject *parent = nullptr);

    // New results (a reset); pending rows show as being probed until setResult() settles them.
    void setResults(const QList<TlsResult> &results, bool pending);
    void setResult(int row, const TlsResult &result);
    // Every row settled: the whole list again (cancelling settles rows without resultChanged).
    void finish(const QList<TlsResult> &results);
    void clear();

    const QList<TlsResult> &results() const { return m_results; }
    bool isPending(int row) const { return m_pending.contains(row); }
    int pendingCount() const { return int(m_pending.size()); }
    // Settled rows with this status, and settled rows that are not ok.
    int count(TlsStatus status) const;
    int problemCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TlsResult> m_results;
    QSet<int> m_pending;
};

} // namespace lyncdns
