#pragma once

// The check window's "Certificates (TLS)" tab (issue 14): the live TLS check's endpoints with the
// DNS results' status colours, and the details of the selected one (presented against missing
// names, validity, issuer, why). A view only: the window runs the TlsProbe and fills model().

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace lyncdns {

class TlsResultModel;

class TlsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsPanel)
public:
    explicit TlsPanel(QWidget *parent = nullptr);

    TlsResultModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Every endpoint settled: worst first (unless the admin sorted by a column), columns fitted.
    void settled();

private:
    void updateDetails();

    TlsResultModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    bool m_autoSorted = false; // worst first by the panel, not by the admin
};

} // namespace lyncdns
