#pragma once

// A read-only preview of a plan's records and findings: the first window, until the wizard
// replaces it.

#include <QMainWindow>

namespace lyncdns {

class PlanWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanWindow)
public:
    explicit PlanWindow(QWidget *parent = nullptr);
    ~PlanWindow() override;
    // Loads and shows a plan; on failure the window shows why instead.
    bool openPlan(const QString &fileName);

private:
    void openCheck();

    class Private;
    Private *d;
};

} // namespace lyncdns
