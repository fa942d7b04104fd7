#pragma once

// The Certificates tab beside the record preview: one row per certificate request the plan implies
// (model/certs), its subject, names, usage and notes below, and buttons that copy the names, the
// certreq.exe request file or every certificate as CSV for the PKI team.

#include "model/certs/certificates.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace lyncdns {

class CertificatesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificatesView)
public:
    explicit CertificatesView(QWidget *parent = nullptr);

    // Keeps the selected certificate selected when it is still there (same role, pool, server).
    void setCertificates(const QList<CertificateRequest> &certificates);
    const QList<CertificateRequest> &certificates() const { return m_certificates; }

    QTreeWidget *list() const { return m_list; }
    QPlainTextEdit *details() const { return m_details; }
    QPushButton *copyNamesButton() const { return m_copyNames; }
    QPushButton *copyRequestButton() const { return m_copyRequest; }
    QPushButton *copyAllButton() const { return m_copyAll; }

    // The selected certificate, or null.
    const CertificateRequest *current() const;

private:
    void showCurrent();

    QList<CertificateRequest> m_certificates;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_copyNames = nullptr;
    QPushButton *m_copyRequest = nullptr;
    QPushButton *m_copyAll = nullptr;
};

} // namespace lyncdns
