#pragma once

// The "Check DNS" page: asks the internal and external DNS servers for every record of a plan
// (LiveCheck over QtDnsResolver) and shows, filters, re-checks and exports what they answered,
// with what to change for each problem, saved as a fix script or a change list (issue 13). With
// "Check certificates (TLS)" ticked, the planned TLS endpoints are probed after the DNS check
// (TlsProbe through the same servers) and shown in a tab of their own (issue 14).

#include "model/plan/plan.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace lyncdns {

class DnsResolver;
class TlsProbe;

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

    // Asked for the file name of Save Fix Script and Save Change List: the path chosen, or empty
    // when cancelled. The default is a file dialog; tests replace it. An empty function restores it.
    using SaveFilePrompt = std::function<QString(QWidget *parent, const QString &caption,
                                                 const QString &suggestedPath, const QString &filter)>;
    static void setSaveFilePrompt(SaveFilePrompt prompt);
    // Makes the resolver of the windows' next checks (tests: a scripted one); empty: QtDnsResolver.
    using ResolverFactory = std::function<std::unique_ptr<DnsResolver>()>;
    static void setResolverFactory(ResolverFactory factory);
    // Tests: called with each window's TLS probe before its first run (TlsProbe::setPortOverride
    // for servers on ports a test may bind). An empty function: none.
    using TlsProbeSetup = std::function<void(TlsProbe &probe)>;
    static void setTlsProbeSetup(TlsProbeSetup setup);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void run();
    void recheckSelected();
    void exportResults();
    enum class FixFile
    {
        Script,
        ChangeList
    };
    void saveFixes(FixFile kind);
    void copySelected();
    void cancel();
    void onResultChanged(int index);
    void onFinished();
    void startTls();
    void onTlsFinished();
    void startCutover(const QStringList &internalServers, const QString &externalServer);
    void browseCaFile();
    void validateServers();
    void updateActions();
    void updateSummary();
    void updateDetails();
    QList<int> selectedRows() const;
    void ensureEngine();
    void ensureTlsEngine();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lyncdns
