#pragma once

// File > Import Topology: what the import read, and what the topology cannot hold (issue 16). A
// modeless window beside the main window, so the admin works down the list of gaps: activating one
// opens the page of its field.

#include "model/import/importresult.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace lyncdns {

class ImportSummary final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummary)
public:
    ImportSummary(const QString &fileName, const ImportResult &result, QWidget *parent = nullptr);

    QTreeWidget *gapList() const { return m_gaps; }
    QString summaryText() const;

signals:
    // The JSON path of the gap the user activated (Enter or double-click).
    void gapActivated(const QString &jsonPath);

private:
    QLabel *m_summary = nullptr;
    QTreeWidget *m_gaps = nullptr;
};

} // namespace lyncdns
