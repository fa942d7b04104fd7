#include "ui/shell/mainwindow.h"

#include "lyncdns/version.h"
#include "model/certs/certificates.h"
#include "model/export/powershellexporter.h"
#include "model/export/recordexport.h"
#include "model/export/zonefileexporter.h"
#include "model/import/topologyfile.h"
#include "model/io/atomicfile.h"
#include "model/io/filenames.h"
#include "model/plan/plandocument.h"
#include "model/plan/planreader.h"
#include "model/plan/planwriter.h"
#include "model/planner/planner.h"
#include "translations/language.h"
#include "ui/check/checkwindow.h"
#include "ui/report/reportactions.h"
#include "ui/shell/importsummary.h"
#include "ui/shell/languagemenu.h"
#include "ui/widgets/certificatesview.h"
#include "ui/widgets/findingslist.h"
#include "ui/widgets/migrationview.h"
#include "ui/widgets/recordpreview.h"
#include "ui/wizard/pageids.h"
#include "ui/wizard/pages/welcomepage.h"
#include "ui/wizard/planeditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace lyncdns {

namespace {

const QString kRecentFilesKey = QStringLiteral("recentFiles");
// The plan file of an older version's single autosave.lyncplan; offerRecovery imports both.
const QString kLegacyAutosaveFileNameKey = QStringLiteral("autosave/fileName");
const QString kPlanDirectoryKey = QStringLiteral("plan/directory");
const QString kExportDirectoryKey = QStringLiteral("export/directory");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kPreviewSplitterKey = QStringLiteral("mainWindow/previewSplitter");
constexpr int kMaxRecentFiles = 8;
constexpr int kPreviewDelayMs = 300;   // typing pauses this long before the records are replanned
constexpr int kAutosaveDelayMs = 3000; // at most this much typing is lost in a crash

// How the recovery prompt and its messages name an autosaved plan: its file, else its title.
QString autosaveName(const AutosaveEntry &entry)
{
    if (!entry.planFileName.isEmpty())
        return QFileInfo(entry.planFileName).fileName();
    return entry.title.isEmpty() ? MainWindow::tr("Untitled") : entry.title;
}

// Lists every orphan; Discard deletes the selected one at once, Recover opens it, Keep for Later
// (or closing the dialog) leaves the rest for the next start.
MainWindow::RecoveryChoice defaultRecoveryPrompt(QWidget *parent, const QList<AutosaveEntry> &orphans)
{
    MainWindow::RecoveryChoice choice;
    QDialog dialog(parent);
    dialog.setWindowTitle(MainWindow::tr("Recover Unsaved Plans"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text =
        new QLabel(MainWindow::tr("Lync DNS Planner did not close normally while these plans had unsaved "
                                  "changes. Recover one to go on working on it, or keep them for the "
                                  "next start. A discarded plan is lost."),
                   &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *list = new QTreeWidget(&dialog);
    list->setRootIsDecorated(false);
    list->setHeaderLabels({MainWindow::tr("Plan"), MainWindow::tr("Autosaved")});
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(false);
    for (const AutosaveEntry &entry : orphans) {
        auto *item = new QTreeWidgetItem(
            list, {autosaveName(entry), QLocale().toString(entry.saved.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, entry.id);
        if (!entry.planFileName.isEmpty())
            item->setToolTip(0, QDir::toNativeSeparators(entry.planFileName));
    }
    list->setCurrentItem(list->topLevelItem(0));
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *recover = buttons->addButton(MainWindow::tr("&Recover"), QDialogButtonBox::AcceptRole);
    QPushButton *discard = buttons->addButton(MainWindow::tr("&Discard"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(MainWindow::tr("&Keep for Later"), QDialogButtonBox::RejectRole);
    recover->setDefault(true);
    layout->addWidget(buttons);
    QObject::connect(list, &QTreeWidget::currentItemChanged, &dialog,
                     [recover, discard](QTreeWidgetItem *current) {
                         recover->setEnabled(current);
                         discard->setEnabled(current);
                     });
    QObject::connect(list, &QTreeWidget::itemActivated, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(discard, &QPushButton::clicked, &dialog, [&dialog, &choice, list] {
        QTreeWidgetItem *item = list->currentItem();
        if (!item)
            return;
        choice.discardIds << item->data(0, Qt::UserRole).toString();
        delete item;
        if (list->topLevelItemCount() == 0)
            dialog.reject();
    });
    dialog.resize(dialog.sizeHint().expandedTo(QSize(520, 300)));
    if (dialog.exec() == QDialog::Accepted && list->currentItem())
        choice.recoverId = list->currentItem()->data(0, Qt::UserRole).toString();
    return choice;
}

MainWindow::RecoveryPrompt &recoveryPrompt()
{
    static MainWindow::RecoveryPrompt prompt = defaultRecoveryPrompt;
    return prompt;
}

// The model's messages start with the file name, which the dialogs already show.
QString withoutFileName(const QString &error, const QString &fileName)
{
    const QString prefix = fileName + QStringLiteral(": ");
    return error.startsWith(prefix) ? error.mid(prefix.size()) : error;
}

} // namespace

struct MainWindow::Private
{
    QSplitter *splitter = nullptr;
    QSplitter *previewSplitter = nullptr;
    QLabel *findingsLabel = nullptr;
    QLabel *statusSummary = nullptr;
    QTabWidget *resultTabs = nullptr;         // Records | Certificates | Migration
    CertificatesView *certificates = nullptr; // derived when its tab is shown
    bool certificatesStale = true;            // the plan changed since they were derived
    MigrationView *migration = nullptr;       // derived when its tab is shown, like the certificates
    bool migrationStale = true;
    QTimer previewTimer;
    QTimer autosaveTimer;
    AutosaveStore autosave; // this window's: its lock is held until the window is destroyed
    QMenu *recentMenu = nullptr;
    QAction *checkAction = nullptr;
    ReportActions *report = nullptr;
    QPointer<CheckWindow> check;           // the check page of the plan as it was when opened
    QPointer<ImportSummary> importSummary; // the gaps of the last import, while its window is open
    bool checkStale = false;               // the plan changed since the check page was made
};

static bool startDetached(const QString &program, const QStringList &arguments)
{
    return QProcess::startDetached(program, arguments);
}

static MainWindow::ProgramStarter &programStarter()
{
    static MainWindow::ProgramStarter starter = startDetached;
    return starter;
}

void MainWindow::setProgramStarter(ProgramStarter starter)
{
    programStarter() = starter ? std::move(starter) : ProgramStarter(startDetached);
}

void MainWindow::setRecoveryPrompt(RecoveryPrompt prompt)
{
    recoveryPrompt() = prompt ? std::move(prompt) : RecoveryPrompt(defaultRecoveryPrompt);
}

QString MainWindow::autosaveFileName() const
{
    return d->autosave.fileName();
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , d(std::make_unique<Private>())
    , m_document(new PlanDocument(this))
{
    d->splitter = new QSplitter(Qt::Horizontal, this);
    d->splitter->setChildrenCollapsible(false);

    m_editor = new PlanEditor(m_document, d->splitter);
    m_editor->setObjectName(QStringLiteral("planEditor"));
    connect(m_editor, &PlanEditor::saveRequested, this, &MainWindow::save);
    connect(m_editor, &PlanEditor::newRequested, this, &MainWindow::newPlan);
    connect(m_editor, &PlanEditor::openRequested, this, &MainWindow::open);
    connect(m_editor, &PlanEditor::openFileRequested, this, &MainWindow::openRequested);

    d->previewSplitter = new QSplitter(Qt::Vertical, d->splitter);
    d->previewSplitter->setChildrenCollapsible(false);
    d->previewSplitter->setMinimumWidth(380);
    // The records and the certificates their names imply, one tab each above the findings.
    d->resultTabs = new QTabWidget(d->previewSplitter);
    d->resultTabs->setObjectName(QStringLiteral("resultTabs"));
    m_preview = new RecordPreview(d->resultTabs);
    m_preview->setMinimumHeight(200);
    d->certificates = new CertificatesView(d->resultTabs);
    d->certificates->setObjectName(QStringLiteral("certificatesView"));
    // No mnemonics: the editor pages own the Alt keys; View > Certificates (Ctrl+4) switches.
    d->resultTabs->addTab(m_preview, tr("Records"));
    d->resultTabs->addTab(d->certificates, tr("Certificates"));
    d->migration = new MigrationView(d->resultTabs);
    d->migration->setObjectName(QStringLiteral("migrationView"));
    d->resultTabs->addTab(d->migration, tr("Migration"));
    connect(d->resultTabs, &QTabWidget::currentChanged, this, [this] { refreshDerivedTabs(); });
    auto *findingsPane = new QWidget(d->previewSplitter);
    auto *findingsLayout = new QVBoxLayout(findingsPane);
    findingsLayout->setContentsMargins(0, 0, 4, 0);
    d->findingsLabel = new QLabel(findingsPane);
    m_findings = new FindingsList(findingsPane);
    m_findings->setMinimumHeight(80);
    d->findingsLabel->setBuddy(m_findings);
    findingsLayout->addWidget(d->findingsLabel);
    findingsLayout->addWidget(m_findings, 1);
    d->previewSplitter->addWidget(d->resultTabs);
    d->previewSplitter->addWidget(findingsPane);
    d->previewSplitter->setStretchFactor(0, 3);
    d->previewSplitter->setStretchFactor(1, 1);

    d->splitter->addWidget(m_editor);
    d->splitter->addWidget(d->previewSplitter);
    d->splitter->setStretchFactor(0, 1);
    d->splitter->setStretchFactor(1, 1);
    setCentralWidget(d->splitter);

    connect(m_findings, &FindingsList::summaryChanged, this, [this](const QString &summary) {
        //: %1 is the findings summary, e.g. "2 errors, 1 warning" or "No problems".
        d->findingsLabel->setText(tr("Findin&gs: %1").arg(summary));
    });
    connect(m_findings, &FindingsList::findingActivated, this, &MainWindow::goToPath);
    // A topology file or a plan dropped onto the window opens like File > Import / Open.
    setAcceptDrops(true);

    d->previewTimer.setSingleShot(true);
    d->previewTimer.setInterval(kPreviewDelayMs);
    connect(&d->previewTimer, &QTimer::timeout, this, &MainWindow::refreshPreview);
    d->autosaveTimer.setSingleShot(true);
    bool intervalOk = false;
    const int interval = qEnvironmentVariableIntValue("LYNCDNS_AUTOSAVE_MS", &intervalOk);
    d->autosaveTimer.setInterval(intervalOk && interval > 0 ? interval : kAutosaveDelayMs);
    connect(&d->autosaveTimer, &QTimer::timeout, this, [this] {
        if (m_document->isModified())
            autosave();
    });

    connect(m_document, &PlanDocument::changed, this, [this] {
        d->previewTimer.start();
        d->checkStale = true;
        // Not restarted by every keystroke: while typing goes on, it still saves every few seconds.
        if (m_document->isModified() && !d->autosaveTimer.isActive())
            d->autosaveTimer.start();
    });
    connect(m_document, &PlanDocument::reloaded, this, [this] {
        d->previewTimer.stop();
        refreshPreview();
    });
    connect(m_document, &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::fileNameChanged, this, &MainWindow::updateTitle);

    d->statusSummary = new QLabel(this);
    statusBar()->addPermanentWidget(d->statusSummary);

    createMenus();
    readSettings();
    refreshPreview();
    updateTitle();
}

MainWindow::~MainWindow()
{
    delete d->check; // before the rest of the window: it cancels its check
    // Widgets torn down below must not reach the preview and autosave through d any more.
    disconnect(m_document, nullptr, this, nullptr);
    d->previewTimer.stop();
    d->autosaveTimer.stop();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Plan"), QKeySequence::New, this, &MainWindow::newPlan)
        ->setStatusTip(tr("Start a new plan"));
    file->addAction(tr("&Open Plan…"), QKeySequence::Open, this, &MainWindow::open)
        ->setStatusTip(tr("Open a plan file"));
    d->recentMenu = file->addMenu(tr("Open &Recent"));
    connect(d->recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu(); // so the menu is not empty (and disabled-looking) before it is first shown
    file->addSeparator();
    file->addAction(tr("&Import Topology…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                    &MainWindow::importTopology)
        ->setStatusTip(tr("Read a Get-CsTopology -AsXml file, a Topology Builder file or an "
                          "Export-CsConfiguration zip into a new plan"));
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save)
        ->setStatusTip(tr("Save the plan"));
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs)
        ->setStatusTip(tr("Save the plan under a new name"));
    file->addSeparator();

    d->report = new ReportActions(this, [this] {
        ReportInput input;
        input.plan = &m_document->plan();
        input.records = planRecords(m_document->plan());
        input.findings = m_document->findings();
        input.planFileName = m_document->fileName();
        return input;
    });
    connect(d->report, &ReportActions::exported, this, [this](const QString &fileName) {
        statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    });
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Records as &CSV…"), this, [this] { exportRecords(RecordFormat::Csv); })
        ->setStatusTip(tr("Save every planned record as comma-separated values"));
    exportMenu->addAction(tr("Records as &JSON…"), this, [this] { exportRecords(RecordFormat::Json); })
        ->setStatusTip(tr("Save every planned record as JSON"));
    exportMenu->addAction(tr("&BIND Zone Files…"), this, [this] { exportZoneFiles(); })
        ->setStatusTip(tr("Write one zone file per zone and location into a folder"));
    exportMenu
        ->addAction(tr("&PowerShell Script…"), this, [this] { exportRecords(RecordFormat::PowerShell); })
        ->setStatusTip(tr("Save a Windows DNS Server script that creates the planned zones and records"));
    exportMenu->addSeparator();
    d->report->exportPdfAction()->setText(tr("Report as P&DF…"));
    d->report->exportHtmlAction()->setText(tr("Report as &HTML…"));
    exportMenu->addAction(d->report->exportPdfAction());
    exportMenu->addAction(d->report->exportHtmlAction());
    file->addAction(d->report->printPreviewAction());
    file->addAction(d->report->printAction());
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_preview->copyAction());
    edit->addAction(m_preview->copyCsvAction());
    edit->addSeparator();
    edit->addAction(tr("&Find Records"), QKeySequence::Find, this, [this] {
        m_preview->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_preview->filterEdit()->selectAll();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Internal Records"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] {
        d->resultTabs->setCurrentWidget(m_preview);
        m_preview->showLocation(Location::Internal);
        m_preview->view(Location::Internal)->setFocus(Qt::ShortcutFocusReason);
    });
    view->addAction(tr("&External Records"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] {
        d->resultTabs->setCurrentWidget(m_preview);
        m_preview->showLocation(Location::External);
        m_preview->view(Location::External)->setFocus(Qt::ShortcutFocusReason);
    });
    view->addAction(tr("&Findings"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                    [this] { m_findings->setFocus(Qt::ShortcutFocusReason); });
    view->addAction(tr("&Certificates"), QKeySequence(Qt::CTRL | Qt::Key_4), this, [this] {
        showCertificates();
        d->certificates->list()->setFocus(Qt::ShortcutFocusReason);
    });
    view->addAction(tr("&Migration to Teams"), QKeySequence(Qt::CTRL | Qt::Key_5), this, [this] {
        showMigration();
        d->migration->targetBox()->setFocus(Qt::ShortcutFocusReason);
    });
    view->addAction(tr("&Plan Steps"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                    [this] { m_editor->stepList()->setFocus(Qt::ShortcutFocusReason); });
    view->addSeparator();
    view->addMenu(createLanguageMenu(this, [this] { restart(); }));

    QMenu *check = menuBar()->addMenu(tr("&Check"));
    d->checkAction =
        check->addAction(tr("&Check DNS…"), QKeySequence(Qt::CTRL | Qt::Key_K), this, &MainWindow::openCheck);
    d->checkAction->setStatusTip(tr("Ask the DNS servers for the plan's records and compare the answers"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lync DNS Planner"), this, [this] {
        QMessageBox::about(this, tr("About Lync DNS Planner"),
                           //: %1 is the version number.
                           tr("<b>Lync DNS Planner</b> %1<p>Plans, exports and checks the DNS records of "
                              "Lync Server 2013 and Skype for Business Server 2015/2019.</p>")
                               .arg(QStringLiteral(LYNCDNS_VERSION)));
    });
}

void MainWindow::refreshPreview()
{
    const RecordSet &records = m_document->records();
    const Findings &findings = m_document->findings();
    // The plan lets the preview mark records built from an invalid field and the findings name
    // the object in words.
    m_preview->setRecords(records, m_document->plan(), findings);
    m_findings->setFindings(m_document->plan(), findings);
    d->certificatesStale = true;
    d->migrationStale = true;
    refreshDerivedTabs();
    int internal = 0;
    for (const DnsRecord &r : records)
        internal += r.location == Location::Internal ? 1 : 0;
    const int external = int(records.size()) - internal;
    //: Status bar: %1 is the number of internal records, %n of external ones, %2 the findings summary
    //: (e.g. "2 errors, 1 warning").
    d->statusSummary->setText(tr("%1 internal, %n external record(s) · %2", nullptr, external)
                                  .arg(QString::number(internal), m_findings->summary()));
}

CertificatesView *MainWindow::certificatesView() const
{
    return d->certificates;
}

void MainWindow::showCertificates()
{
    d->resultTabs->setCurrentWidget(d->certificates);
}

// The certificates and the migration change set are derived only while their tab is shown: a
// keystroke in a big estate costs neither.
void MainWindow::refreshDerivedTabs()
{
    if (d->certificatesStale && d->resultTabs->currentWidget() == d->certificates) {
        d->certificatesStale = false;
        d->certificates->setCertificates(certificateRequests(m_document->plan(), m_document->records()));
    }
    if (d->migrationStale && d->resultTabs->currentWidget() == d->migration) {
        d->migrationStale = false;
        d->migration->setPlan(m_document->plan());
    }
}

MigrationView *MainWindow::migrationView() const
{
    return d->migration;
}

void MainWindow::showMigration()
{
    d->resultTabs->setCurrentWidget(d->migration);
}

void MainWindow::updateTitle()
{
    const QString fileName = m_document->fileName();
    const QString shown = fileName.isEmpty() ? tr("Untitled") : QFileInfo(fileName).fileName();
    // The platform appends the application's display name.
    setWindowTitle(shown + QStringLiteral("[*]"));
    setWindowFilePath(fileName);
    setWindowModified(m_document->isModified());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString fileName = m_document->fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    fileName.isEmpty()
                        ? tr("Do you want to save the new plan?")
                        : tr("Do you want to save the changes to %1?").arg(QFileInfo(fileName).fileName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("If you do not save, your changes are lost."));
    box.button(QMessageBox::Discard)->setText(tr("&Don't Save"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::restart()
{
    // An untitled plan that the user saves in closeEvent has its file name by then.
    if (!close())
        return;
    QStringList arguments;
    if (!m_document->fileName().isEmpty())
        arguments << m_document->fileName();
    if (!programStarter()(QCoreApplication::applicationFilePath(), arguments))
        QMessageBox::warning(nullptr, tr("Restart"),
                             tr("Lync DNS Planner could not be started again. Start it from the "
                                "application menu."));
}

void MainWindow::newPlan()
{
    if (!maybeSave())
        return;
    removeAutosave();
    m_document->reset(PlanDocument::newPlan(), QString(), false);
    m_editor->goToPage(Page_Product);
    statusBar()->showMessage(tr("New plan"), 3000);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    QString directory = m_document->fileName().isEmpty() ? QSettings().value(kPlanDirectoryKey).toString()
                                                         : QFileInfo(m_document->fileName()).absolutePath();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QDir::homePath();
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Open Plan"), directory, tr("Lync DNS plans (*.lyncplan *.json);;All files (*)"));
    if (!fileName.isEmpty())
        openPlan(fileName);
}

void MainWindow::openRequested(const QString &fileName)
{
    if (!maybeSave())
        return;
    const QString examples = QDir(WelcomePage::examplesDirectory()).canonicalPath();
    if (!examples.isEmpty() && QFileInfo(fileName).canonicalPath() == examples)
        openExample(fileName);
    else
        openPlan(fileName);
}

bool MainWindow::openPlan(const QString &name)
{
    // Absolute, so the title, the recent list and a recovery do not depend on the working directory.
    const QString fileName = QFileInfo(name).absoluteFilePath();
    PlanError error;
    if (!m_document->load(fileName, &error)) {
        QMessageBox::warning(this, tr("Open Plan"),
                             tr("The plan %1 could not be opened:\n%2")
                                 .arg(QDir::toNativeSeparators(fileName), error.toString()));
        return false;
    }
    removeAutosave();
    addRecentFile(fileName);
    QSettings().setValue(kPlanDirectoryKey, QFileInfo(fileName).absolutePath());
    m_editor->goToPage(Page_Product);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    return true;
}

// An example opens as a new, untitled plan, so saving never overwrites the example.
void MainWindow::goToPath(const QString &path)
{
    if (path.isEmpty() || !m_editor->jumpToPath(path))
        statusBar()->showMessage(path.isEmpty()
                                     ? tr("This finding is about the plan as a whole.")
                                     //: %1 is a JSON path in the plan, e.g. "sites[0].edgePools[0].vips".
                                     : tr("No step edits %1.").arg(path),
                                 5000);
}

void MainWindow::importTopology()
{
    if (!maybeSave())
        return;
    QString directory = QSettings().value(kPlanDirectoryKey).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QDir::homePath();
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import Topology"), directory,
        tr("Lync and Skype for Business topologies (*.xml *.tbxml *.zip);;All files (*)"));
    if (!fileName.isEmpty())
        importTopologyFile(fileName);
}

bool MainWindow::importTopologyFile(const QString &fileName)
{
    const ImportResult result = lyncdns::importTopology(fileName);
    if (!result.plan) {
        QMessageBox::warning(this, tr("Import Topology"),
                             tr("The topology could not be read:\n%1").arg(result.error.toString()));
        return false;
    }
    removeAutosave();
    // A new, unsaved plan: nothing is written until the admin saves it under a name of their own.
    m_document->reset(*result.plan, QString(), true);
    m_editor->goToPage(Page_Product);
    delete d->importSummary;
    d->importSummary = new ImportSummary(fileName, result, this);
    d->importSummary->setAttribute(Qt::WA_DeleteOnClose);
    connect(d->importSummary, &ImportSummary::gapActivated, this, &MainWindow::goToPath);
    d->importSummary->show();
    statusBar()->showMessage(
        tr("Imported %1 as a new plan: Save asks where to keep it").arg(QFileInfo(fileName).fileName()),
        8000);
    return true;
}

ImportSummary *MainWindow::importSummary() const
{
    return d->importSummary;
}

// One local file: a plan opens, anything else is read as a topology.
static QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString fileName = droppedFile(event->mimeData());
    if (fileName.isEmpty())
        return;
    event->acceptProposedAction();
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("lyncplan") || suffix == QLatin1String("json")) {
        openRequested(fileName);
    } else if (maybeSave()) {
        importTopologyFile(fileName);
    }
}

bool MainWindow::openExample(const QString &fileName)
{
    PlanError error;
    const std::optional<Plan> plan = readPlanFile(fileName, &error);
    if (!plan) {
        QMessageBox::warning(this, tr("Open Example"),
                             tr("The example %1 could not be opened:\n%2")
                                 .arg(QDir::toNativeSeparators(fileName), error.toString()));
        return false;
    }
    removeAutosave();
    m_document->reset(*plan, QString(), false);
    m_editor->goToPage(Page_Product);
    statusBar()->showMessage(tr("Opened the example %1 as a new plan: Save asks where to keep it")
                                 .arg(QFileInfo(fileName).fileName()),
                             8000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    return saveTo(m_document->fileName());
}

bool MainWindow::saveAs()
{
    const QString current = m_document->fileName();
    QString directory = current.isEmpty() ? QSettings().value(kPlanDirectoryKey).toString()
                                          : QFileInfo(current).absolutePath();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QDir::homePath();
    QFileDialog dialog(this, tr("Save Plan As"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(tr("Lync DNS plans (*.lyncplan)"));
    dialog.setDefaultSuffix(QStringLiteral("lyncplan"));
    dialog.setDirectory(directory);
    // A new plan is offered under its title ("Contoso estate" -> Contoso-estate.lyncplan).
    const QString fromTitle = fileBaseNameFromTitle(m_document->plan().title);
    //: Default file name offered for a new plan without a title; keep the .lyncplan suffix.
    const QString fresh = fromTitle.isEmpty() ? tr("plan.lyncplan") : fromTitle + QStringLiteral(".lyncplan");
    dialog.selectFile(current.isEmpty() ? fresh : QFileInfo(current).fileName());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    return saveTo(dialog.selectedFiles().constFirst());
}

bool MainWindow::saveTo(const QString &fileName)
{
    QString error;
    if (!m_document->save(fileName, &error)) {
        QMessageBox::warning(this, tr("Save Failed"),
                             tr("The plan could not be saved to %1:\n%2")
                                 .arg(QDir::toNativeSeparators(fileName), withoutFileName(error, fileName)));
        return false;
    }
    removeAutosave();
    addRecentFile(fileName);
    QSettings().setValue(kPlanDirectoryKey, QFileInfo(fileName).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    return true;
}

void MainWindow::addRecentFile(const QString &fileName)
{
    const QString path = QFileInfo(fileName).absoluteFilePath();
    QSettings settings;
    QStringList recent = settings.value(kRecentFilesKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(kRecentFilesKey, recent);
}

void MainWindow::rebuildRecentMenu()
{
    d->recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentFilesKey).toStringList();
    int number = 0;
    for (const QString &fileName : recent) {
        if (!QFileInfo::exists(fileName))
            continue;
        ++number;
        // &1 … &8: a digit to press in the open menu.
        QAction *a = d->recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(number).arg(
                QFileInfo(fileName).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))),
            this, [this, fileName] { openRequested(fileName); });
        a->setStatusTip(QDir::toNativeSeparators(fileName));
        a->setToolTip(a->statusTip());
    }
    if (number == 0) {
        d->recentMenu->addAction(tr("No recent plans"))->setEnabled(false);
        return;
    }
    d->recentMenu->addSeparator();
    d->recentMenu->addAction(tr("&Clear List"), this, [] { QSettings().remove(kRecentFilesKey); });
}

bool MainWindow::autosave()
{
    QString error;
    if (!d->autosave.write(planToJson(m_document->plan()), m_document->fileName(), m_document->plan().title,
                           &error)) {
        // The previous autosave stays: the next change tries again.
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 5000);
        return false;
    }
    return true;
}

void MainWindow::removeAutosave()
{
    d->autosaveTimer.stop();
    d->autosave.remove();
}

bool MainWindow::offerRecovery()
{
    // Recovering replaces the plan, and with it this window's own autosave.
    if (m_document->isModified())
        return false;
    const QString legacy = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("autosave.lyncplan"));
    if (QFileInfo::exists(legacy) &&
        d->autosave.importLegacy(legacy, QSettings().value(kLegacyAutosaveFileNameKey).toString()))
        QSettings().remove(kLegacyAutosaveFileNameKey);

    const QList<AutosaveEntry> orphans = d->autosave.orphans();
    if (orphans.isEmpty())
        return false;
    RecoveryChoice choice;
    const QString answer = qEnvironmentVariable("LYNCDNS_RECOVER").trimmed().toLower();
    if (answer == QLatin1String("yes")) {
        choice.recoverId = orphans.constFirst().id;
    } else if (answer == QLatin1String("no")) {
        for (const AutosaveEntry &entry : orphans)
            choice.discardIds << entry.id;
    } else if (answer != QLatin1String("keep")) {
        choice = recoveryPrompt()(this, orphans);
    }
    for (const QString &id : std::as_const(choice.discardIds))
        if (id != choice.recoverId)
            d->autosave.discard(id);
    const auto entry = std::find_if(orphans.cbegin(), orphans.cend(),
                                    [&choice](const AutosaveEntry &e) { return e.id == choice.recoverId; });
    if (entry == orphans.cend())
        return false;
    if (!d->autosave.claim(entry->id)) {
        QMessageBox::warning(this, tr("Recover Unsaved Plan"),
                             tr("The unsaved plan %1 could not be recovered: another window recovered or "
                                "discarded it first.")
                                 .arg(autosaveName(*entry)));
        return false;
    }
    // Claimed, the autosave is this window's own: kept until the recovered plan is saved.
    const QString fileName = d->autosave.fileName();
    QFile file(fileName);
    PlanError error;
    std::optional<Plan> plan;
    if (file.open(QIODevice::ReadOnly))
        plan = parsePlan(file.readAll(), fileName, &error);
    if (!plan) {
        QMessageBox::warning(this, tr("Recover Unsaved Plan"),
                             tr("The unsaved plan could not be recovered:\n%1").arg(error.toString()));
        removeAutosave();
        return false;
    }
    m_document->reset(*plan, entry->planFileName, true);
    m_editor->goToPage(Page_Product);
    statusBar()->showMessage(tr("Recovered the unsaved plan: save it to keep it"), 8000);
    return true;
}

void MainWindow::openCheck()
{
    if (d->check && d->checkStale) {
        // The old plan's check page stays while it is open, so its results are not lost.
        if (d->check->isVisible())
            d->check->setAttribute(Qt::WA_DeleteOnClose);
        else
            d->check->deleteLater();
        d->check = nullptr;
    }
    if (!d->check) {
        d->check = new CheckWindow(m_document->plan(), m_document->fileName(), this);
        d->checkStale = false;
    }
    d->check->show();
    d->check->raise();
    d->check->activateWindow();
}

QString MainWindow::exportDirectory() const
{
    const QString saved = QSettings().value(kExportDirectoryKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return m_document->fileName().isEmpty() ? QDir::homePath()
                                            : QFileInfo(m_document->fileName()).absolutePath();
}

void MainWindow::exportRecords(RecordFormat format)
{
    // The export policy first: no file dialog for an export the admin then cancels.
    const std::optional<int> draftErrors = confirmExport(this, m_document->findings());
    if (!draftErrors)
        return;
    const QString base = m_document->fileName().isEmpty()
                             ? QStringLiteral("dns")
                             : QFileInfo(m_document->fileName()).completeBaseName();
    QString title, filter, suffix, name;
    switch (format) {
    case RecordFormat::Csv:
        title = tr("Export Records as CSV");
        filter = tr("CSV files (*.csv)");
        suffix = QStringLiteral("csv");
        name = base + QStringLiteral("-records.csv");
        break;
    case RecordFormat::Json:
        title = tr("Export Records as JSON");
        filter = tr("JSON files (*.json)");
        suffix = QStringLiteral("json");
        name = base + QStringLiteral("-records.json");
        break;
    case RecordFormat::PowerShell:
        title = tr("Export PowerShell Script");
        filter = tr("PowerShell scripts (*.ps1)");
        suffix = QStringLiteral("ps1");
        name = base + QStringLiteral("-dns.ps1");
        break;
    }
    QFileDialog dialog(this, title);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(filter);
    dialog.setDefaultSuffix(suffix);
    dialog.setDirectory(exportDirectory());
    dialog.selectFile(name);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    writeRecords(format, dialog.selectedFiles().constFirst(), *draftErrors);
}

bool MainWindow::exportRecords(RecordFormat format, const QString &fileName)
{
    const std::optional<int> draftErrors = confirmExport(this, m_document->findings());
    return draftErrors && writeRecords(format, fileName, *draftErrors);
}

bool MainWindow::writeRecords(RecordFormat format, const QString &fileName, int draftErrors)
{
    const Plan &plan = m_document->plan();
    const RecordSet records = planRecords(plan);
    // CSV keeps cli.md's fixed header, so it has no stamp (docs/export-policy.md).
    const QByteArray content = format == RecordFormat::Csv    ? recordsToCsv(records)
                               : format == RecordFormat::Json ? recordsToJson(records, draftErrors)
                                                              : powerShellScript(plan, records, draftErrors);
    QString error;
    if (!writeFileAtomically(fileName, content, &error)) {
        QMessageBox::warning(this, tr("Export Failed"),
                             tr("The records could not be saved to %1:\n%2")
                                 .arg(QDir::toNativeSeparators(fileName), withoutFileName(error, fileName)));
        return false;
    }
    QSettings().setValue(kExportDirectoryKey, QFileInfo(fileName).absolutePath());
    statusBar()->showMessage(draftErrors > 0
                                 ? tr("Exported to %1 as a draft").arg(QDir::toNativeSeparators(fileName))
                                 : tr("Exported to %1").arg(QDir::toNativeSeparators(fileName)),
                             5000);
    return true;
}

void MainWindow::exportZoneFiles()
{
    const std::optional<int> draftErrors = confirmExport(this, m_document->findings());
    if (!draftErrors)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export BIND Zone Files To"),
                                                          exportDirectory(), QFileDialog::ShowDirsOnly);
    if (dir.isEmpty())
        return;
    writeZoneFiles(dir, *draftErrors);
}

bool MainWindow::exportZoneFiles(const QString &dir)
{
    const std::optional<int> draftErrors = confirmExport(this, m_document->findings());
    return draftErrors && writeZoneFiles(dir, *draftErrors);
}

bool MainWindow::writeZoneFiles(const QString &dir, int draftErrors)
{
    const Plan &plan = m_document->plan();
    QString error;
    if (!writeExportFiles(dir, zoneFiles(plan, planRecords(plan), todaysZoneSerial(), draftErrors), &error)) {
        QMessageBox::warning(
            this, tr("Export Failed"),
            tr("The zone files could not be written to %1:\n%2").arg(QDir::toNativeSeparators(dir), error));
        return false;
    }
    QSettings().setValue(kExportDirectoryKey, dir);
    statusBar()->showMessage(
        draftErrors > 0 ? tr("Zone files written to %1 as a draft").arg(QDir::toNativeSeparators(dir))
                        : tr("Zone files written to %1").arg(QDir::toNativeSeparators(dir)),
        5000);
    return true;
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        QSize size(1280, 800);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableGeometry().size());
        resize(size);
        // The editor's step list and page beside the preview: half each.
        d->splitter->setSizes({size.width() / 2, size.width() / 2});
    }
    restoreState(settings.value(kStateKey).toByteArray());
    d->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    if (!d->previewSplitter->restoreState(settings.value(kPreviewSplitterKey).toByteArray()))
        d->previewSplitter->setSizes({500, 200});
    m_preview->restoreSettings();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, d->splitter->saveState());
    settings.setValue(kPreviewSplitterKey, d->previewSplitter->saveState());
    m_preview->saveSettings();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    // Saved, unchanged or discarded: nothing left to recover.
    removeAutosave();
    if (d->check)
        d->check->close();
    event->accept();
}

} // namespace lyncdns
