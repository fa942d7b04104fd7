#pragma once

// The main window: the planning wizard on the left, the live record preview and the findings on
// the right; files (new, open, save, recent, autosave and recovery), exports, report and check.

#include <QMainWindow>

#include <functional>
#include <memory>

class QDateTime;

namespace lyncdns {

class PlanDocument;
class PlanWizard;
class RecordPreview;
class FindingsList;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // Asked on start when an autosaved plan exists: true recovers it. Tests replace it; the
    // environment variable LYNCDNS_RECOVER=yes|no answers without asking, before any prompt.
    using RecoveryPrompt =
        std::function<bool(QWidget *parent, const QDateTime &saved, const QString &originalFileName)>;
    static void setRecoveryPrompt(RecoveryPrompt prompt);
    // Starts the program again after a language change (View > Language > Restart Now), with
    // the plan file as argument; QProcess::startDetached unless a test replaces it.
    using ProgramStarter = std::function<bool(const QString &program, const QStringList &arguments)>;
    static void setProgramStarter(ProgramStarter starter);
    // Where the unsaved plan is written every few seconds after a change.
    static QString autosaveFileName();

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanDocument *document() const { return m_document; }
    PlanWizard *wizard() const { return m_wizard; }
    RecordPreview *preview() const { return m_preview; }
    FindingsList *findingsList() const { return m_findings; }

    // Opens a plan without asking about unsaved changes (the caller did); false shows why.
    bool openPlan(const QString &fileName);
    // Offers to recover an autosaved plan; true if one was recovered.
    bool offerRecovery();
    // Writes the autosave file now (the timer does this a few seconds after a change).
    bool autosave();

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
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void createMenus();
    void newPlan();
    void open();
    void openRequested(const QString &fileName);
    bool openExample(const QString &fileName);
    bool saveTo(const QString &fileName);
    void openCheck();
    void refreshPreview();
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
    PlanWizard *m_wizard = nullptr;
    RecordPreview *m_preview = nullptr;
    FindingsList *m_findings = nullptr;
};

} // namespace lyncdns
