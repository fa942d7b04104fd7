#pragma once

// The main window: the plan editor (steps and pages) on the left, the live record preview and the findings on
// the right; files (new, open, save, recent, autosave and recovery), exports, report and check.

#include "model/plan/autosavestore.h"

#include <QList>
#include <QMainWindow>
#include <QStringList>

#include <functional>
#include <memory>

namespace lyncdns {

class PlanDocument;
class PlanEditor;
class RecordPreview;
class FindingsList;
class CertificatesView;
class ImportSummary;
class MigrationView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // What becomes of the autosaves that windows left when they did not close cleanly.
    struct RecoveryChoice
    {
        QString recoverId;      // the AutosaveEntry::id to open as an unsaved plan; empty: none
        QStringList discardIds; // deleted for good; every other one is kept for a later start
    };
    // Asked on start when there are such orphaned autosaves, given newest first. Tests replace it;
    // the environment variable LYNCDNS_RECOVER answers without asking, before any prompt: yes
    // recovers the newest and keeps the rest, no discards them all, keep keeps them all.
    using RecoveryPrompt =
        std::function<RecoveryChoice(QWidget *parent, const QList<AutosaveEntry> &orphans)>;
    static void setRecoveryPrompt(RecoveryPrompt prompt);
    // Starts the program again after a language change (View > Language > Restart Now), with
    // the plan file as argument; QProcess::startDetached unless a test replaces it.
    using ProgramStarter = std::function<bool(const QString &program, const QStringList &arguments)>;
    static void setProgramStarter(ProgramStarter starter);
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanDocument *document() const { return m_document; }
    PlanEditor *editor() const { return m_editor; }
    RecordPreview *preview() const { return m_preview; }
    FindingsList *findingsList() const { return m_findings; }
    // The Certificates tab beside the records; showCertificates() brings it to the front.
    CertificatesView *certificatesView() const;
    void showCertificates();
    // The Migration tab: the change set of a move to Teams, now and after.
    MigrationView *migrationView() const;
    void showMigration();

    // Opens a plan without asking about unsaved changes (the caller did); false shows why.
    bool openPlan(const QString &fileName);
    // File > Import Topology without its file dialog (the caller asked about unsaved changes): the
    // topology becomes a new unsaved plan and the summary of its gaps opens; false shows why.
    bool importTopologyFile(const QString &fileName);
    // The summary of the last import while it is open, else null.
    ImportSummary *importSummary() const;
    // Offers the autosaves of windows that did not close cleanly, never a live window's; true if
    // one was recovered. Does nothing while this window has unsaved changes of its own.
    bool offerRecovery();
    // Writes this window's autosave now (the timer does this a few seconds after a change).
    bool autosave();
    // This window's own autosave file (AutosaveStore), locked while the window lives; removed
    // when the plan is saved, replaced or the window closes cleanly.
    QString autosaveFileName() const;

    bool save();
    bool saveAs();
    // Saves, discards or cancels unsaved changes; false if the user cancelled.
    bool maybeSave();
    // Closes the window (asking about unsaved changes first) and starts the program again on the
    // same file; nothing happens when the user cancels.
    void restart();

    enum class RecordFormat
    {
        Csv,
        Json,
        PowerShell
    };
    // The File > Export actions without their file dialogs (tests): a plan with errors asks first
    // (confirmExport in reportactions.h) and is written stamped as a draft; false if cancelled or
    // not written.
    bool exportRecords(RecordFormat format, const QString &fileName);
    bool exportZoneFiles(const QString &dir);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void newPlan();
    void open();
    void openRequested(const QString &fileName);
    void importTopology();
    // Opens the page of a plan field (a finding's or an import gap's path), or says why not.
    void goToPath(const QString &path);
    bool openExample(const QString &fileName);
    bool saveTo(const QString &fileName);
    void openCheck();
    void refreshPreview();
    void refreshDerivedTabs();
    void updateTitle();
    void addRecentFile(const QString &fileName);
    void rebuildRecentMenu();
    void removeAutosave();
    void exportRecords(RecordFormat format);
    void exportZoneFiles();
    bool writeRecords(RecordFormat format, const QString &fileName, int draftErrors);
    bool writeZoneFiles(const QString &dir, int draftErrors);
    QString exportDirectory() const;
    void readSettings();
    void writeSettings() const;

    struct Private;
    std::unique_ptr<Private> d;
    PlanDocument *m_document = nullptr;
    PlanEditor *m_editor = nullptr;
    RecordPreview *m_preview = nullptr;
    FindingsList *m_findings = nullptr;
};

} // namespace lyncdns
