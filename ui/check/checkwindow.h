#pragma once

// The "Check DNS" page: asks the internal and external DNS servers for every record of a plan
// (LiveCheck over QtDnsResolver) and shows, filters, re-checks and exports what they answered.

#include "model/plan/plan.h"

#include <QWidget>

#include <memory>

namespace lyncdns {

class CheckWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckWindow)
public:
    // A window of its own; with a parent it is destroyed with it, and closing only hides it so
    // the results stay until the parent goes.
    explicit CheckWindow(const Plan &plan, const QString &planFileName, QWidget *parent = nullptr);
    ~CheckWindow() override;

    bool isRunning() const;
    bool hasResults() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void run();
    void recheckSelected();
    void exportResults();
    void copySelected();
    void cancel();
    void onResultChanged(int index);
    void onFinished();
    void validateServers();
    void updateActions();
    void updateSummary();
    void updateDetails();
    QList<int> selectedRows() const;
    void ensureEngine();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lyncdns
