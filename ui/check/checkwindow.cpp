#include "ui/check/checkwindow.h"

#include "model/check/checkexport.h"
#include "model/check/checkplan.h"
#include "model/check/fixplan.h"
#include "model/check/livecheck.h"
#include "model/check/qtdnsresolver.h"
#include "model/check/resolvconf.h"
#include "model/check/tlsendpoints.h"
#include "model/check/tlsexport.h"
#include "model/check/tlsprobe.h"
#include "model/export/exportpolicy.h"
#include "model/io/atomicfile.h"
#include "model/itemmodels/checkresultmodel.h"
#include "model/itemmodels/tlsresultmodel.h"
#include "model/migration/readiness.h"
#include "model/planner/planner.h"
#include "model/rules/where.h"
#include "model/validator/validator.h"
#include "ui/check/cutoverpanel.h"
#include "ui/check/tlspanel.h"
#include "ui/report/reportactions.h"
#include "ui/widgets/readablecolours.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lyncdns {

namespace {

// Settings keys: what the user typed survives closing the window and the program.
const QString kInternalServerKey = QStringLiteral("check/internalServer");
const QString kExternalServerKey = QStringLiteral("check/externalServer");
const QString kExportDirKey = QStringLiteral("check/exportDirectory");
// The CA file is remembered; the TLS box is not: a run connects to every planned endpoint only
// when the admin asks for it this time.
const QString kCaFileKey = QStringLiteral("check/trustedCaFile");

// The text filter over every column, and "problems and notices only" (the ok rows hidden); rows
// still being checked stay visible.
class ResultFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setProblemsOnly(bool on)
    {
        m_problemsOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_problemsOnly) {
            const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
            if (StatusSeverity(i.data(CheckResultModel::SeverityRole).toInt()) == StatusSeverity::Ok &&
                !i.data(CheckResultModel::PendingRole).toBool())
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    bool m_problemsOnly = false;
};

// Columns as wide as their contents, within limits that keep the fix in sight in a window 1280
// pixels wide: long values are elided (tooltips and the details show them whole), and the detail,
// the last section, stretches into whatever width is left.
void fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    const int character = view->fontMetrics().averageCharWidth();
    const auto cap = [view, character](int column, int characters) {
        view->setColumnWidth(column, qMin(view->columnWidth(column), characters * character));
    };
    for (int c = 0; c < CheckResultModel::COLUMN_COUNT; ++c) {
        switch (c) {
        case CheckResultModel::NameColumn:
            cap(c, 36);
            break;
        case CheckResultModel::ExpectedColumn:
        case CheckResultModel::ActualColumn:
            cap(c, 26);
            break;
        case CheckResultModel::FixColumn:
            cap(c, 64);
            break;
        default:
            cap(c, 44);
        }
    }
    view->setColumnWidth(CheckResultModel::DetailColumn,
                         view->horizontalHeader()->sectionSizeHint(CheckResultModel::DetailColumn));
    // Room for the widest status, so the column does not jump while results come in.
    view->setColumnWidth(
        CheckResultModel::StatusColumn,
        qMax(view->columnWidth(CheckResultModel::StatusColumn),
             view->fontMetrics().horizontalAdvance(checkStatusLabel(CheckStatus::Unreachable)) + 48));
}

// The internal servers typed into one field: an estate may have one per site ("10.0.0.53, 10.2.0.53").
QStringList serverList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

CheckWindow::SaveFilePrompt &saveFilePrompt()
{
    static CheckWindow::SaveFilePrompt prompt;
    return prompt;
}

CheckWindow::ResolverFactory &resolverFactory()
{
    static CheckWindow::ResolverFactory factory;
    return factory;
}

// A resolver of its own for each engine (DNS check, TLS probe, cutover): the test's, else Qt's.
std::unique_ptr<DnsResolver> makeResolver()
{
    return resolverFactory() ? resolverFactory()() : std::make_unique<QtDnsResolver>();
}

CheckWindow::TlsProbeSetup &tlsProbeSetup()
{
    static CheckWindow::TlsProbeSetup setup;
    return setup;
}

QString htmlLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &l : lines)
        escaped << l.toHtmlEscaped();
    return escaped.join(QStringLiteral("<br>"));
}

} // namespace

struct CheckWindow::Private
{
    Plan plan;
    QString planFileName;
    RecordSet records;
    QList<CheckItem> items;

    // The resolver outlives the check that talks to it: members are destroyed bottom up.
    std::unique_ptr<DnsResolver> resolver;
    std::unique_ptr<LiveCheck> check;
    // The TLS probe's own resolver (the check's may still answer a re-check), from the same factory.
    std::unique_ptr<DnsResolver> tlsResolver;
    std::unique_ptr<TlsProbe> tlsProbe;
    bool tlsPending = false; // the TLS probe follows when the DNS check of this run finishes
    QStringList tlsInternalServers;
    QString tlsExternalServer;
    QList<QSslCertificate> extraCa;
    // The cutover readiness check (issue 15): questions of its own, its own resolver and check,
    // run beside the DNS check when "Check the cutover to Teams Only" is ticked.
    std::unique_ptr<DnsResolver> cutoverResolver;
    std::unique_ptr<LiveCheck> cutoverLive;
    CutoverCheck cutoverQuestions;

    QLineEdit *internalServer = nullptr;
    QLineEdit *externalServer = nullptr;
    QAction *internalWarning = nullptr;
    QAction *externalWarning = nullptr;
    QSpinBox *timeout = nullptr;
    QCheckBox *tls = nullptr;
    QCheckBox *cutover = nullptr;
    CutoverPanel *cutoverPanel = nullptr;
    QLineEdit *caFile = nullptr;
    QPushButton *browseCa = nullptr;
    QTabWidget *tabs = nullptr;
    TlsPanel *tlsPanel = nullptr;
    QLabel *serverHint = nullptr;
    QPushButton *run = nullptr;
    QPushButton *cancel = nullptr;
    QProgressBar *progress = nullptr;
    QCheckBox *problemsOnly = nullptr;
    QLineEdit *filter = nullptr;
    CheckResultModel *model = nullptr;
    ResultFilterModel *proxy = nullptr;
    QTableView *view = nullptr;
    QTextBrowser *details = nullptr;
    QPushButton *recheck = nullptr;
    QPushButton *saveFixScript = nullptr;
    QPushButton *saveChangeList = nullptr;
    QAction *saveFixScriptAction = nullptr;
    QAction *saveChangeListAction = nullptr;
    QList<FixChange> changes; // what the last finished run asks to change; empty while running
    bool autoSorted = false;  // worst first by the window, not by the admin: undone for the next run
    QPushButton *exportButton = nullptr;
    QPushButton *reportButton = nullptr;
    ReportActions *report = nullptr;
    QPushButton *close = nullptr;
    QAction *copyAction = nullptr;
    QAction *recheckAction = nullptr;
    QLabel *summary = nullptr;
    QLabel *servers = nullptr;
    QString lastMessage; // the outcome of the last export, until the next run
    bool serversValid = true;
    QString planErrors; // the export policy's refusal text: a plan with errors is not checked
};

CheckWindow::CheckWindow(const Plan &plan, const QString &planFileName, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , d(std::make_unique<Private>())
{
    d->plan = plan;
    d->planFileName = planFileName;
    d->records = planRecords(plan);
    d->items = checkItems(plan, d->records);
    d->planErrors = planErrorsText(validatePlan(plan));
    //: Window title; %1 is the plan's file name.
    setWindowTitle(tr("Check DNS — %1").arg(QFileInfo(planFileName).fileName()));

    // Placeholders are the fields' help: darker than the style's light grey, at least 4.5:1.
    setReadablePlaceholders(this);

    auto *layout = new QVBoxLayout(this);
    int internalCount = 0;
    for (const CheckItem &item : std::as_const(d->items))
        internalCount += item.location == Location::Internal ? 1 : 0;
    const int externalCount = int(d->items.size()) - internalCount;
    auto *intro = new QLabel(
        //: %1 is the plan's title or file name, %2 the number of internal checks, %n of external ones.
        tr("Asks your DNS servers for every record of <b>%1</b> and compares the answers with the plan: "
           "%2 internal and %n external check(s). Leave a server empty to skip its records.",
           nullptr, externalCount)
            .arg((plan.title.isEmpty() ? QFileInfo(planFileName).fileName() : plan.title).toHtmlEscaped(),
                 QString::number(internalCount)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Servers, timeout, Run/Cancel and progress.
    auto *serverBox = new QGroupBox(tr("DNS servers"), this);
    auto *form = new QFormLayout(serverBox);
    // Addresses and seconds are short: fields at their own width read better than full-width bars.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto serverField = [&](QLineEdit *&edit, QAction *&warning, const QString &label,
                           const QString &accessible, const QString &placeholder) {
        edit = new QLineEdit(serverBox);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(placeholder) + 60);
        warning =
            edit->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
        warning->setVisible(false);
        form->addRow(label, edit);
    };
    serverField(d->internalServer, d->internalWarning, tr("&Internal DNS servers:"),
                tr("Internal DNS servers"),
                tr("IP addresses, one per site, separated by commas; empty skips the internal records"));
    serverField(d->externalServer, d->externalWarning, tr("E&xternal DNS server:"), tr("External DNS server"),
                tr("IP address, or empty to skip the external records"));
    // The process's timeout, shown but not editable: glibc has one per process, and changing it
    // here would change the verdicts of every other check window (docs/decisions.md).
    d->timeout = new QSpinBox(serverBox);
    d->timeout->setObjectName(QStringLiteral("check.timeout"));
    d->timeout->setRange(1, 30);
    d->timeout->setValue(processDnsTimeout());
    d->timeout->setReadOnly(true);
    d->timeout->setButtonSymbols(QAbstractSpinBox::NoButtons);
    //: Suffix of the timeout spin box: seconds, with a leading space.
    d->timeout->setSuffix(tr(" s"));
    d->timeout->setAccessibleName(tr("Timeout per query in seconds"));
    d->timeout->setToolTip(tr("How long to wait for each answer before calling a server unreachable. "
                              "One value for the whole program, fixed when it starts; "
                              "the command line takes it from check --timeout."));
    form->addRow(tr("&Timeout per query:"), d->timeout);
    // The live TLS check (issue 14): after the DNS check, through the same servers.
    d->tls = new QCheckBox(tr("Check certificates (TL&S)"), serverBox);
    d->tls->setObjectName(QStringLiteral("check.tls"));
    d->tls->setToolTip(tr("After the DNS check, connect to every planned TLS endpoint (pools on 5061, web "
                          "services, Office Web Apps, Access Edge and reverse proxy on 443) and compare the "
                          "certificate it presents with the plan"));
    form->addRow(QString(), d->tls);
    // The live readiness check of the move to Teams (issue 15): public DNS only, so it needs the
    // external server.
    d->cutover = new QCheckBox(tr("Check the cutover to Teams &Only"), serverBox);
    d->cutover->setObjectName(QStringLiteral("check.cutover"));
    d->cutover->setToolTip(
        tr("Also ask the external server, for every SIP domain moving to Teams, whether its "
           "four Microsoft 365 records are in place, which on-premises names are left and "
           "whether a wildcard answers under it: ready for the switch to Teams Only or not. "
           "Needs the external DNS server."));
    form->addRow(QString(), d->cutover);
    auto *caRow = new QHBoxLayout;
    d->caFile = new QLineEdit(serverBox);
    d->caFile->setObjectName(QStringLiteral("check.caFile"));
    d->caFile->setAccessibleName(tr("Trusted CA file"));
    d->caFile->setPlaceholderText(tr("Optional: PEM or DER file of your internal CA; the system's CAs are "
                                     "always trusted"));
    d->caFile->setClearButtonEnabled(true);
    d->caFile->setMinimumWidth(d->caFile->fontMetrics().horizontalAdvance(d->caFile->placeholderText()) + 60);
    d->browseCa = new QPushButton(tr("&Browse…"), serverBox);
    d->browseCa->setToolTip(
        tr("Choose the certificate file of the CA that issued your internal certificates"));
    caRow->addWidget(d->caFile, 1);
    caRow->addWidget(d->browseCa);
    auto *caLabel = new QLabel(tr("Trusted C&A file:"), serverBox);
    caLabel->setBuddy(d->caFile);
    form->addRow(caLabel, caRow);
    d->internalServer->setObjectName(QStringLiteral("check.internalServer"));
    d->externalServer->setObjectName(QStringLiteral("check.externalServer"));
    d->serverHint = new QLabel(serverBox);
    d->serverHint->setWordWrap(true);
    d->serverHint->setAccessibleName(tr("Server problems"));
    d->serverHint->setStyleSheet(QStringLiteral("color: #a31212;"));
    d->serverHint->hide();

    auto *runRow = new QHBoxLayout;
    d->run = new QPushButton(tr("&Run Check"), serverBox);
    d->run->setObjectName(QStringLiteral("check.run"));
    d->run->setToolTip(tr("Ask the servers for every record now (Enter in a server field, or Ctrl+Enter)"));
    d->cancel = new QPushButton(tr("&Cancel"), serverBox);
    d->cancel->setToolTip(tr("Stop the check; results so far are kept (Esc)"));
    for (QPushButton *b : {d->run, d->cancel})
        b->setAutoDefault(true); // Enter presses the focused button, as in a dialog
    d->progress = new QProgressBar(serverBox);
    d->progress->setAccessibleName(tr("Check progress"));
    //: Progress bar text: %v is the number of records checked so far, %m the total.
    d->progress->setFormat(tr("%v of %m checked"));
    d->progress->setRange(0, 1);
    d->progress->setValue(0);
    d->progress->setTextVisible(false);
    d->progress->setMinimumWidth(240);
    runRow->addWidget(d->run);
    runRow->addWidget(d->cancel);
    runRow->addWidget(d->progress, 1);
    form->addRow(runRow);
    // Below the buttons, so they do not move when a problem appears.
    form->addRow(d->serverHint);
    layout->addWidget(serverBox);

    // Filters.
    auto *filterRow = new QHBoxLayout;
    d->problemsOnly = new QCheckBox(tr("&Problems and notices only"), this);
    d->problemsOnly->setToolTip(tr("Hide the records the servers answered as planned"));
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    d->filter = new QLineEdit(this);
    d->filter->setPlaceholderText(tr("Name, type, value, detail or fix"));
    d->filter->setClearButtonEnabled(true);
    d->filter->setAccessibleName(tr("Filter results"));
    filterLabel->setBuddy(d->filter);
    filterRow->addWidget(d->problemsOnly);
    filterRow->addSpacing(12);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(d->filter, 1);
    layout->addLayout(filterRow);

    // Results and the details of the current one.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    d->model = new CheckResultModel(this);
    d->proxy = new ResultFilterModel(this);
    d->proxy->setSourceModel(d->model);
    d->proxy->setSortRole(CheckResultModel::SortRole);
    d->proxy->setFilterKeyColumn(-1);
    d->proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    d->view = new QTableView(splitter);
    d->view->setModel(d->proxy);
    d->view->setAccessibleName(tr("Check results"));
    const int iconSize = d->view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, d->view);
    d->view->setIconSize(QSize(iconSize, iconSize));
    d->view->setSortingEnabled(true);
    d->view->sortByColumn(-1, Qt::AscendingOrder); // the plan's order until the user picks a column
    d->view->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    d->view->setWordWrap(false);
    d->view->setAlternatingRowColors(true);
    d->view->verticalHeader()->hide();
    d->view->verticalHeader()->setDefaultSectionSize(d->view->fontMetrics().height() + 8);
    // Shown as Status, Required, Location, Server, Name, Type, Fix, Expected, Actual, Time, Detail:
    // whether the record counts beside its status, what to do right after the record, and the long
    // detail last, taking the spare width. The model keeps the export's column order.
    QHeaderView *header = d->view->horizontalHeader();
    header->moveSection(header->visualIndex(CheckResultModel::RequiredColumn), 1);
    header->moveSection(header->visualIndex(CheckResultModel::FixColumn),
                        header->visualIndex(CheckResultModel::TypeColumn) + 1);
    header->moveSection(header->visualIndex(CheckResultModel::DetailColumn),
                        CheckResultModel::COLUMN_COUNT - 1);
    d->view->horizontalHeader()->setStretchLastSection(true);
    d->view->horizontalHeader()->setHighlightSections(false);
    d->view->setContextMenuPolicy(Qt::ActionsContextMenu);
    d->view->setObjectName(QStringLiteral("check.results"));
    d->details = new QTextBrowser(splitter);
    d->details->setObjectName(QStringLiteral("check.details"));
    d->details->setAccessibleName(tr("Details of the selected result"));
    d->details->setOpenLinks(false);
    splitter->addWidget(d->view);
    splitter->addWidget(d->details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({330, 170});
    auto *resultsLabel = new QLabel(tr("Res&ults:"), this);
    resultsLabel->setBuddy(d->view);
    layout->addWidget(resultsLabel);
    // The DNS results, and beside them the TLS endpoints once a run checks certificates.
    d->tabs = new QTabWidget(this);
    d->tabs->setObjectName(QStringLiteral("check.tabs"));
    d->tabs->setDocumentMode(true);
    d->tabs->addTab(splitter, tr("DNS records"));
    d->tlsPanel = new TlsPanel(d->tabs);
    d->tabs->addTab(d->tlsPanel, tr("Certificates (TLS)"));
    d->tabs->setTabVisible(1, false);
    d->cutoverPanel = new CutoverPanel(d->tabs);
    d->tabs->addTab(d->cutoverPanel, tr("Cutover to Teams Only"));
    d->tabs->setTabVisible(2, false);
    layout->addWidget(d->tabs, 1);

    d->recheckAction = new QAction(tr("Re-c&heck Selected"), this);
    d->recheckAction->setShortcut(QKeySequence(Qt::Key_F5));
    d->recheckAction->setShortcutContext(Qt::WidgetShortcut);
    d->copyAction = new QAction(tr("&Copy"), this);
    d->copyAction->setShortcut(QKeySequence::Copy);
    d->copyAction->setShortcutContext(Qt::WidgetShortcut);
    d->view->addAction(d->recheckAction);
    d->view->addAction(d->copyAction);

    // Summary, then the buttons that act on the results.
    d->summary = new QLabel(this);
    d->summary->setObjectName(QStringLiteral("check.summary"));
    d->summary->setWordWrap(true);
    d->summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->summary->setAccessibleName(tr("Result counts"));
    d->servers = new QLabel(this);
    d->servers->setWordWrap(true);
    d->servers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->servers->setAccessibleName(tr("Server reachability"));
    layout->addWidget(d->summary);
    layout->addWidget(d->servers);

    auto *buttons = new QHBoxLayout;
    d->recheck = new QPushButton(tr("Re-c&heck Selected"), this);
    d->recheck->setToolTip(
        tr("Ask the servers of the last run again for the selected rows (F5 in the table)"));
    // What the DNS team applies: the same changes as a script and as a list (fixplan.h).
    d->saveFixScriptAction = new QAction(tr("&Save Fix Script…"), this);
    d->saveFixScriptAction->setToolTip(
        tr("Save a Windows DNS Server PowerShell script that adds the missing records and corrects the "
           "wrong ones (run it with -WhatIf first)"));
    d->saveChangeListAction = new QAction(tr("Save Chan&ge List…"), this);
    d->saveChangeListAction->setToolTip(
        tr("Save the same changes as a CSV list (action, location, zone, name, type, old, new) for DNS "
           "teams that do not run PowerShell"));
    d->saveFixScript = new QPushButton(d->saveFixScriptAction->text(), this);
    d->saveFixScript->setObjectName(QStringLiteral("check.saveFixScript"));
    d->saveFixScript->setToolTip(d->saveFixScriptAction->toolTip());
    d->saveChangeList = new QPushButton(d->saveChangeListAction->text(), this);
    d->saveChangeList->setObjectName(QStringLiteral("check.saveChangeList"));
    d->saveChangeList->setToolTip(d->saveChangeListAction->toolTip());
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    d->view->addAction(separator);
    d->view->addAction(d->saveFixScriptAction);
    d->view->addAction(d->saveChangeListAction);
    d->exportButton = new QPushButton(tr("Exp&ort…"), this);
    d->exportButton->setToolTip(tr("Save every result, not only the visible ones, as CSV or JSON"));
    // The hand-over report with this check as its on-site evidence.
    d->report = new ReportActions(this, [this] {
        ReportInput input;
        input.plan = &d->plan;
        input.records = d->records;
        input.findings = validatePlan(d->plan);
        input.check = &d->model->report();
        if (!d->tabs->isTabVisible(1) || d->tlsPanel->model()->rowCount() == 0)
            input.tls = nullptr;
        else
            input.tls = &d->tlsPanel->model()->results();
        input.planFileName = d->planFileName;
        input.hostName = QSysInfo::machineHostName();
        return input;
    });
    d->report->exportPdfAction()->setText(tr("Export &PDF…"));
    d->report->exportHtmlAction()->setText(tr("Export &HTML…"));
    d->reportButton = new QPushButton(tr("R&eport"), this);
    d->reportButton->setToolTip(
        tr("Print or export the DNS check evidence: these results, each problem with its fix, and the "
           "planned records (Ctrl+Shift+P previews it)"));
    auto *reportMenu = new QMenu(d->reportButton);
    reportMenu->addAction(d->report->printPreviewAction());
    reportMenu->addAction(d->report->printAction());
    reportMenu->addSeparator();
    reportMenu->addAction(d->report->exportPdfAction());
    reportMenu->addAction(d->report->exportHtmlAction());
    d->reportButton->setMenu(reportMenu);
    d->close = new QPushButton(tr("C&lose"), this);
    for (QPushButton *b :
         {d->recheck, d->saveFixScript, d->saveChangeList, d->exportButton, d->reportButton, d->close})
        b->setAutoDefault(true);
    buttons->addWidget(d->recheck);
    buttons->addWidget(d->saveFixScript);
    buttons->addWidget(d->saveChangeList);
    buttons->addWidget(d->exportButton);
    buttons->addWidget(d->reportButton);
    buttons->addStretch(1);
    buttons->addWidget(d->close);
    layout->addLayout(buttons);

    setTabOrder(d->internalServer, d->externalServer);
    setTabOrder(d->externalServer, d->timeout);
    setTabOrder(d->timeout, d->tls);
    setTabOrder(d->tls, d->caFile);
    setTabOrder(d->caFile, d->browseCa);
    setTabOrder(d->browseCa, d->run);
    setTabOrder(d->run, d->cancel);
    setTabOrder(d->cancel, d->problemsOnly);
    setTabOrder(d->problemsOnly, d->filter);
    setTabOrder(d->filter, d->view);
    setTabOrder(d->view, d->details);
    setTabOrder(d->details, d->recheck);
    setTabOrder(d->recheck, d->saveFixScript);
    setTabOrder(d->saveFixScript, d->saveChangeList);
    setTabOrder(d->saveChangeList, d->exportButton);
    setTabOrder(d->exportButton, d->reportButton);
    setTabOrder(d->reportButton, d->close);

    // What the user typed last time, else the system resolver for the internal side.
    const QSettings settings;
    d->internalServer->setText(settings.value(kInternalServerKey, firstNameserver()).toString());
    d->externalServer->setText(settings.value(kExternalServerKey).toString());
    d->caFile->setText(settings.value(kCaFileKey).toString());

    for (QLineEdit *edit : {d->internalServer, d->externalServer}) {
        connect(edit, &QLineEdit::textChanged, this, &CheckWindow::validateServers);
        connect(edit, &QLineEdit::returnPressed, this, &CheckWindow::run);
    }
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)})
        connect(new QShortcut(key, d->timeout, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
                &QShortcut::activated, this, &CheckWindow::run);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &CheckWindow::run);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        d->filter->setFocus(Qt::ShortcutFocusReason);
        d->filter->selectAll();
    });
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this,
            [this] { isRunning() ? cancel() : static_cast<void>(close()); });
    connect(new QShortcut(QKeySequence::Close, this), &QShortcut::activated, this, &QWidget::close);
    connect(d->run, &QPushButton::clicked, this, &CheckWindow::run);
    connect(d->browseCa, &QPushButton::clicked, this, &CheckWindow::browseCaFile);
    connect(d->tls, &QCheckBox::toggled, this, [this](bool on) {
        d->caFile->setEnabled(on);
        d->browseCa->setEnabled(on);
    });
    d->caFile->setEnabled(false);
    d->browseCa->setEnabled(false);
    const auto cutoverAvailable = [this] {
        d->cutover->setEnabled(!d->externalServer->text().trimmed().isEmpty());
    };
    connect(d->externalServer, &QLineEdit::textChanged, this, cutoverAvailable);
    connect(d->cancel, &QPushButton::clicked, this, &CheckWindow::cancel);
    connect(d->recheck, &QPushButton::clicked, this, &CheckWindow::recheckSelected);
    connect(d->recheckAction, &QAction::triggered, this, &CheckWindow::recheckSelected);
    connect(d->copyAction, &QAction::triggered, this, &CheckWindow::copySelected);
    connect(d->exportButton, &QPushButton::clicked, this, &CheckWindow::exportResults);
    connect(d->saveFixScript, &QPushButton::clicked, d->saveFixScriptAction, &QAction::trigger);
    connect(d->saveChangeList, &QPushButton::clicked, d->saveChangeListAction, &QAction::trigger);
    connect(d->saveFixScriptAction, &QAction::triggered, this, [this] { saveFixes(FixFile::Script); });
    connect(d->saveChangeListAction, &QAction::triggered, this, [this] { saveFixes(FixFile::ChangeList); });
    connect(d->report, &ReportActions::exported, this, [this](const QString &fileName) {
        d->lastMessage = tr("Report saved to %1.").arg(QDir::toNativeSeparators(fileName));
        updateSummary();
    });
    connect(d->close, &QPushButton::clicked, this, &QWidget::close);
    // A column the admin sorts by stays theirs.
    connect(d->view->horizontalHeader(), &QHeaderView::sectionClicked, this,
            [this] { d->autoSorted = false; });
    connect(d->problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        d->proxy->setProblemsOnly(on);
        d->view->scrollTo(d->view->currentIndex());
    });
    connect(d->filter, &QLineEdit::textChanged, d->proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(d->view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CheckWindow::updateActions);
    connect(d->view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CheckWindow::updateDetails);
    connect(d->model, &QAbstractItemModel::dataChanged, this, &CheckWindow::updateDetails);
    connect(d->model, &QAbstractItemModel::modelReset, this, &CheckWindow::updateDetails);

    validateServers();
    cutoverAvailable();
    updateSummary();
    updateDetails();
    resize(1240, 770);
}

CheckWindow::~CheckWindow()
{
    if (d->check) {
        // The widgets go after this body: no late signal may reach them.
        disconnect(d->check.get(), nullptr, this, nullptr);
        d->check->cancel();
    }
    if (d->tlsProbe) {
        disconnect(d->tlsProbe.get(), nullptr, this, nullptr);
        d->tlsProbe->cancel();
    }
    if (d->cutoverLive) {
        disconnect(d->cutoverLive.get(), nullptr, this, nullptr);
        d->cutoverLive->cancel();
    }
}

bool CheckWindow::isRunning() const
{
    return (d->check && d->check->isRunning()) || (d->tlsProbe && d->tlsProbe->isRunning()) ||
           d->tlsPending || (d->cutoverLive && d->cutoverLive->isRunning());
}

bool CheckWindow::hasResults() const
{
    return d->model->rowCount() > 0;
}

void CheckWindow::closeEvent(QCloseEvent *event)
{
    // Closing stops the traffic; the results stay for when the window comes back.
    cancel();
    QWidget::closeEvent(event);
}

void CheckWindow::validateServers()
{
    QStringList problems;
    bool anyServer = false;
    for (const auto &[edit, warning, label, several] :
         {std::tuple{d->internalServer, d->internalWarning, tr("Internal DNS servers"), true},
          std::tuple{d->externalServer, d->externalWarning, tr("External DNS server"), false}}) {
        const QStringList addresses = serverList(edit->text());
        anyServer = anyServer || !addresses.isEmpty();
        QStringList wrong;
        for (const QString &address : addresses)
            if (const QString problem = QtDnsResolver::serverProblem(address); !problem.isEmpty())
                wrong << problem;
        if (!several && addresses.size() > 1)
            wrong << tr("give one external server");
        wrong.removeDuplicates();
        const QString problem = wrong.join(QStringLiteral("; "));
        warning->setVisible(!problem.isEmpty());
        warning->setToolTip(problem);
        edit->setToolTip(problem);
        edit->setAccessibleDescription(problem);
        edit->setStyleSheet(problem.isEmpty()
                                ? QString()
                                : QStringLiteral("QLineEdit { border: 2px solid #c62828; border-radius: 3px; "
                                                 "padding: 1px 2px; }"));
        if (!problem.isEmpty())
            //: %1 is "Internal DNS server" or "External DNS server", %2 what is wrong with its address.
            problems << tr("%1: %2", "server field problem").arg(label, problem);
    }
    d->serversValid = problems.isEmpty() && anyServer;
    if (problems.isEmpty() && !anyServer)
        problems << tr("Give at least one DNS server to check.");
    d->serverHint->setText(problems.join(QLatin1Char('\n')));
    d->serverHint->setVisible(!problems.isEmpty());
    updateActions();
}

void CheckWindow::ensureEngine()
{
    if (d->check)
        return;
    d->resolver = makeResolver();
    d->check = std::make_unique<LiveCheck>(d->resolver.get());
    connect(d->check.get(), &LiveCheck::progress, this, [this](int done, int total) {
        d->progress->setRange(0, qMax(1, total));
        d->progress->setValue(total == 0 ? 1 : done);
        updateSummary();
    });
    connect(d->check.get(), &LiveCheck::resultChanged, this, &CheckWindow::onResultChanged);
    connect(d->check.get(), &LiveCheck::finished, this, &CheckWindow::onFinished);
}

void CheckWindow::run()
{
    validateServers();
    if (isRunning() || !d->serversValid || !d->planErrors.isEmpty())
        return;
    const QStringList internalServers = serverList(d->internalServer->text());
    const QString externalServer = d->externalServer->text().trimmed();
    // An unreadable CA file is said before anything runs: a TLS check without the CA the admin
    // meant would call every internal certificate untrusted.
    QList<QSslCertificate> extraCa;
    if (d->tls->isChecked() && !d->caFile->text().trimmed().isEmpty()) {
        const QString caFile = d->caFile->text().trimmed();
        QString problem;
        extraCa = readTrustedCaFile(caFile, &problem);
        if (extraCa.isEmpty()) {
            //: %1 is the file name, %2 why it cannot be used (in English, from the check).
            d->serverHint->setText(
                tr("Trusted CA file %1: %2. Choose a readable PEM or DER certificate file, "
                   "or clear the field to trust the system's CAs only.")
                    .arg(QDir::toNativeSeparators(caFile), problem));
            d->serverHint->setVisible(true);
            d->caFile->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    QSettings settings;
    settings.setValue(kInternalServerKey, internalServers.join(QStringLiteral(", ")));
    settings.setValue(kExternalServerKey, externalServer);
    if (d->tls->isChecked())
        settings.setValue(kCaFileKey, d->caFile->text().trimmed());

    ensureEngine();
    d->lastMessage.clear();
    d->changes.clear();
    // The TLS tab shows this run's endpoints or none: results of an earlier run would read as new.
    d->tlsPending = d->tls->isChecked();
    d->tlsInternalServers = internalServers;
    d->tlsExternalServer = externalServer;
    d->extraCa = extraCa;
    if (d->tlsProbe)
        d->tlsProbe->cancel();
    d->tlsPanel->model()->clear();
    d->tabs->setTabVisible(1, d->tlsPending);
    //: Progress bar text: %v is the number of records checked so far, %m the total.
    d->progress->setFormat(tr("%v of %m checked"));
    if (d->autoSorted)
        d->view->sortByColumn(-1, Qt::AscendingOrder); // the plan's order again while answers arrive
    d->progress->setTextVisible(true);
    d->check->start(d->items, internalServers, externalServer);
    startCutover(internalServers, externalServer);
    const CheckReport &report = d->check->report();
    QList<int> pending;
    if (d->check->isRunning())
        for (int i = 0; i < report.results.size(); ++i)
            pending << i;
    d->model->setReport(report, pending);
    d->progress->setRange(0, qMax(1, int(report.results.size())));
    d->progress->setValue(d->check->isRunning() ? 0 : d->progress->maximum());
    fitColumns(d->view);
    updateActions();
    updateSummary();
    // Keyboard users land where the results come in; Esc cancels from there.
    d->view->setFocus(Qt::OtherFocusReason);
}

void CheckWindow::cancel()
{
    d->tlsPending = false; // a cancelled run probes nothing more
    if (d->check && d->check->isRunning())
        d->check->cancel(); // finished() follows at once
    if (d->tlsProbe && d->tlsProbe->isRunning())
        d->tlsProbe->cancel(); // finished() follows at once
    if (d->cutoverLive && d->cutoverLive->isRunning())
        d->cutoverLive->cancel(); // finished() follows at once
    updateActions();
    updateSummary();
}

void CheckWindow::recheckSelected()
{
    const QList<int> rows = selectedRows();
    if (isRunning() || !d->check || rows.isEmpty())
        return;
    d->lastMessage.clear();
    d->changes.clear();
    d->check->recheck(rows);
    if (d->check->isRunning())
        d->model->setPending(rows);
    //: Progress bar text: %v is the number of records checked so far, %m the total.
    d->progress->setFormat(tr("%v of %m checked"));
    d->progress->setTextVisible(true);
    updateActions();
    updateSummary();
}

void CheckWindow::onResultChanged(int index)
{
    if (index >= 0 && index < d->check->report().results.size())
        d->model->setResult(index, d->check->report().results.at(index));
    updateSummary();
}

void CheckWindow::onFinished()
{
    // Cancelling settles the waiting rows without resultChanged: take the whole report.
    d->model->updateReport(d->check->report());
    d->model->clearPending();
    d->changes = fixChanges(d->plan, d->model->report());
    // Worst first once the answers are in, unless the admin sorted by a column of their choice:
    // the rows stay in the plan's order while they arrive, so nothing jumps under the pointer.
    const int sorted = d->view->horizontalHeader()->sortIndicatorSection();
    if (sorted < 0 || sorted >= CheckResultModel::COLUMN_COUNT || d->autoSorted) {
        d->view->sortByColumn(CheckResultModel::StatusColumn, Qt::AscendingOrder);
        d->autoSorted = true;
    }
    d->progress->setValue(d->progress->maximum());
    // Columns sized while everything said "Checking…" are too narrow for the answers (and the
    // sizes come from the rows in sight: after the sort, the problems and their fixes).
    fitColumns(d->view);
    updateActions();
    updateSummary();
    updateDetails();
    if (d->tlsPending) {
        d->tlsPending = false;
        if (!d->check->report().cancelled)
            startTls();
        updateActions();
        updateSummary();
    }
}

// The readiness check of the move to Teams beside the DNS check: new questions each run (a new
// random name under every domain), answered through a resolver of the window's factory.
void CheckWindow::startCutover(const QStringList &internalServers, const QString &externalServer)
{
    const bool on = d->cutover->isChecked() && !externalServer.isEmpty();
    d->tabs->setTabVisible(2, on);
    if (!on)
        return;
    if (!d->cutoverLive) {
        d->cutoverResolver = makeResolver();
        d->cutoverLive = std::make_unique<LiveCheck>(d->cutoverResolver.get());
        connect(d->cutoverLive.get(), &LiveCheck::progress, this,
                [this](int done, int total) { d->cutoverPanel->setProgress(done, total); });
        connect(d->cutoverLive.get(), &LiveCheck::finished, this, [this] {
            CheckReport report = d->cutoverLive->report();
            d->cutoverPanel->setResults(cutoverReadiness(d->cutoverQuestions, report), report.cancelled);
            updateActions();
            updateSummary();
        });
    }
    d->cutoverQuestions = cutoverCheck(d->plan);
    d->cutoverPanel->setProgress(0, int(d->cutoverQuestions.items.size()));
    d->cutoverLive->start(d->cutoverQuestions.items, internalServers, externalServer);
}

void CheckWindow::ensureTlsEngine()
{
    if (d->tlsProbe)
        return;
    d->tlsResolver = makeResolver();
    d->tlsProbe = std::make_unique<TlsProbe>(d->tlsResolver.get());
    if (tlsProbeSetup())
        tlsProbeSetup()(*d->tlsProbe);
    connect(d->tlsProbe.get(), &TlsProbe::progress, this, [this](int done, int total) {
        d->progress->setRange(0, qMax(1, total));
        d->progress->setValue(total == 0 ? 1 : done);
        updateSummary();
    });
    connect(d->tlsProbe.get(), &TlsProbe::resultChanged, this, [this](int index) {
        if (index >= 0 && index < d->tlsProbe->results().size())
            d->tlsPanel->model()->setResult(index, d->tlsProbe->results().at(index));
        updateSummary();
    });
    connect(d->tlsProbe.get(), &TlsProbe::finished, this, &CheckWindow::onTlsFinished);
}

// The TLS probe after the DNS check, as `check --tls` does: the first internal server resolves the
// internal endpoints (the probe connects from this machine whichever site's server answered).
void CheckWindow::startTls()
{
    ensureTlsEngine();
    d->tlsProbe->setExtraCaCertificates(d->extraCa);
    //: Progress bar text: %v is the number of TLS endpoints checked so far, %m the total.
    d->progress->setFormat(tr("%v of %m endpoints checked"));
    d->progress->setTextVisible(true);
    d->tlsProbe->start(tlsEndpoints(d->plan, d->records), d->tlsInternalServers.value(0),
                       d->tlsExternalServer);
    d->tlsPanel->model()->setResults(d->tlsProbe->results(), d->tlsProbe->isRunning());
    if (!d->tlsProbe->isRunning())
        onTlsFinished();
}

void CheckWindow::onTlsFinished()
{
    d->tlsPanel->model()->finish(d->tlsProbe->results());
    d->tlsPanel->settled();
    d->progress->setValue(d->progress->maximum());
    updateActions();
    updateSummary();
}

void CheckWindow::browseCaFile()
{
    const QString current = d->caFile->text().trimmed();
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Trusted CA File"), current.isEmpty() ? QFileInfo(d->planFileName).absolutePath() : current,
        tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!fileName.isEmpty())
        d->caFile->setText(QDir::toNativeSeparators(fileName));
}

QList<int> CheckWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : d->view->selectionModel()->selectedRows())
        rows << d->proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void CheckWindow::updateActions()
{
    const bool running = isRunning();
    const bool selection = d->view->selectionModel()->hasSelection();
    d->run->setEnabled(!running && d->serversValid && d->planErrors.isEmpty());
    d->cancel->setEnabled(running);
    d->recheck->setEnabled(!running && d->check && selection);
    d->recheckAction->setEnabled(d->recheck->isEnabled());
    d->copyAction->setEnabled(selection);
    d->exportButton->setEnabled(!running && hasResults());
    // Something to fix: the last finished run asked for changes (notices alone ask for none).
    const bool fixes = !running && !d->changes.isEmpty();
    for (QAction *a : {d->saveFixScriptAction, d->saveChangeListAction})
        a->setEnabled(fixes);
    d->saveFixScript->setEnabled(fixes);
    d->saveChangeList->setEnabled(fixes);
    d->reportButton->setEnabled(d->exportButton->isEnabled());
    d->report->setEnabled(d->exportButton->isEnabled());
}

void CheckWindow::updateSummary()
{
    const CheckReport &report = d->check ? d->check->report() : d->model->report();
    QString counts;
    if (!d->check && !d->planErrors.isEmpty()) {
        // As `lyncdns check` refuses: the records of a plan with errors are not worth asking for.
        counts =
            d->planErrors + QLatin1Char('\n') + tr("Fix the plan first: a plan with errors is not checked.");
    } else if (!d->check) {
        counts = tr("Not run yet.");
    } else {
        QList<CheckStatus> statuses{CheckStatus::Ok,          CheckStatus::Missing, CheckStatus::Mismatch,
                                    CheckStatus::Partial,     CheckStatus::Extra,   CheckStatus::Exposed,
                                    CheckStatus::Unreachable, CheckStatus::Error};
        std::sort(statuses.begin(), statuses.end(),
                  [](CheckStatus a, CheckStatus b) { return problemRank(a) < problemRank(b); });
        QStringList parts;
        const int notices = d->model->noticeCount();
        for (CheckStatus s : std::as_const(statuses)) {
            // The missing optional records are counted apart, as notices.
            const int n = d->model->count(s) - (s == CheckStatus::Missing ? notices : 0);
            if (n > 0 && s != CheckStatus::Ok)
                //: Summary of the check: %1 is a result status (e.g. "Missing"), %2 how many rows have it.
                parts << tr("%1: %2", "status count").arg(checkStatusLabel(s)).arg(n);
        }
        if (notices > 0)
            //: Summary of the check: %1 is how many optional records are missing.
            parts << tr("Notices (optional, missing): %1").arg(notices);
        if (const int ok = d->model->count(CheckStatus::Ok))
            parts << tr("%1: %2", "status count").arg(checkStatusLabel(CheckStatus::Ok)).arg(ok);
        if (d->model->pendingCount() > 0)
            parts << tr("Waiting: %1").arg(d->model->pendingCount());
        const int total = d->model->rowCount();
        counts = total == 0 ? tr("Nothing was checked.")
                            : (parts << tr("Total: %1").arg(total)).join(QStringLiteral("  ·  "));
        if (d->check->isRunning())
            counts = tr("Checking… %1").arg(counts);
        else if (report.cancelled)
            counts = tr("Cancelled. %1").arg(counts);
        else if (report.allOk())
            counts = tr("All records are as planned. %1").arg(counts);
        else if (!report.hasProblems())
            counts = tr("No problems: the records the plan needs are as planned. %1").arg(counts);
        else if (!d->changes.isEmpty())
            //: %n is how many DNS changes the fix script and the change list hold.
            counts = tr("%n change(s) to make: see the Fix column, or save them as a script or a list. %1",
                        nullptr, int(d->changes.size()))
                         .arg(counts);
    }
    // The TLS endpoints of this run, counted as the records are: problems in precedence order.
    if (d->check && d->tabs->isTabVisible(1)) {
        const TlsResultModel *tls = d->tlsPanel->model();
        QStringList parts;
        for (TlsStatus s : {TlsStatus::Unreachable, TlsStatus::Error, TlsStatus::Untrusted,
                            TlsStatus::Expired, TlsStatus::WrongUsage, TlsStatus::NameMissing, TlsStatus::Ok})
            if (const int n = tls->count(s))
                parts << tr("%1: %2", "status count").arg(tlsStatusLabel(s)).arg(n);
        if (tls->pendingCount() > 0)
            parts << tr("Waiting: %1").arg(tls->pendingCount());
        QString text;
        if (d->tlsPending)
            text = tr("Certificates (TLS): checked after the records.");
        else if (tls->rowCount() == 0)
            text = tr("Certificates (TLS): no endpoint to check.");
        else if (d->tlsProbe && d->tlsProbe->isRunning())
            text = tr("Checking certificates (TLS)… %1").arg(parts.join(QStringLiteral("  ·  ")));
        else if (tls->problemCount() == 0)
            text = tr("Certificates (TLS): every endpoint presents the planned names. %1")
                       .arg(parts.join(QStringLiteral("  ·  ")));
        else
            //: %n is how many TLS endpoints are not OK, %1 the counts per status.
            text = tr("Certificates (TLS): %n endpoint(s) with a problem. %1", nullptr, tls->problemCount())
                       .arg(parts.join(QStringLiteral("  ·  ")));
        if (d->tlsProbe && d->tlsProbe->wasCancelled() && !d->tlsProbe->isRunning())
            text = tr("Cancelled. %1").arg(text);
        counts += QLatin1Char('\n') + text;
    }
    if (!d->lastMessage.isEmpty())
        counts += QStringLiteral("  —  ") + d->lastMessage;
    d->summary->setText(counts);

    QStringList lines;
    if (d->check) {
        for (Location l : {Location::Internal, Location::External}) {
            QList<ServerInfo> servers = report.servers(l);
            if (servers.isEmpty()) {
                //: %1 is "Internal" or "External".
                lines << tr("%1 server: not given, its records are skipped.").arg(locationLabel(l));
                continue;
            }
            for (const ServerInfo &s : std::as_const(servers)) {
                if (s.reachable)
                    //: %1 is "Internal" or "External", %2 the server's address, %3 how it answered.
                    lines << tr("%1 server %2: reachable (%3).").arg(locationLabel(l), s.address, s.detail);
                else if (!s.detail.isEmpty())
                    //: %1 is "Internal" or "External", %2 why the server could not be reached.
                    lines << tr("%1 server: %2.").arg(locationLabel(l), s.detail);
                else if (d->check->isRunning())
                    lines << tr("%1 server %2: waiting for an answer…").arg(locationLabel(l), s.address);
                else
                    lines << tr("%1 server %2: not asked.").arg(locationLabel(l), s.address);
            }
        }
    }
    d->servers->setText(lines.join(QLatin1Char('\n')));
    d->servers->setVisible(!lines.isEmpty());
}

void CheckWindow::updateDetails()
{
    const QModelIndex current = d->proxy->mapToSource(d->view->currentIndex());
    if (!current.isValid()) {
        d->details->setHtml(hasResults()
                                ? tr("<p>Select a result to see what was expected and what the server "
                                     "answered.</p>")
                                : tr("<p>Run the check to see the results here.</p>"));
        return;
    }
    const int row = current.row();
    const CheckResult &r = d->model->report().results.at(row);
    const bool pending = d->model->isPending(row);
    const QString prefix = QStringLiteral("CNAME ");
    QStringList values;
    for (const QString &a : r.actual)
        if (!a.startsWith(prefix))
            values << a;
    const QString chain = CheckResultModel::cnameChain(r);

    auto line = [](const QString &label, const QString &html) -> QString {
        return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), html);
    };
    const QModelIndex statusIndex = d->model->index(row, CheckResultModel::StatusColumn);
    const QColor statusColor = statusIndex.data(Qt::ForegroundRole).value<QBrush>().color();
    const bool notice = statusIndex.data(CheckResultModel::NoticeRole).toBool();
    QString html =
        QStringLiteral("<p><b>%1</b> &nbsp;%2 &nbsp;%3 &nbsp;—&nbsp; "
                       "<b><span style=\"color:%4\">%5</span></b>%6</p><table>")
            .arg(r.item.name.toHtmlEscaped(), recordTypeName(r.item.type),
                 locationLabel(r.item.location).toHtmlEscaped(), statusColor.name(),
                 statusIndex.data().toString().toHtmlEscaped(),
                 notice ? QStringLiteral(" <span style=\"color:%1\">%2</span>")
                              .arg(statusColor.name(),
                                   tr("(an optional record: a notice, not a problem)").toHtmlEscaped())
                        : QString());
    if (!pending && !r.fix.isEmpty())
        html += line(tr("Fix"), QStringLiteral("<b>%1</b>").arg(r.fix.toHtmlEscaped()));
    html += line(tr("Expected"), r.item.mustNotResolve ? tr("must not resolve on this server").toHtmlEscaped()
                                                       : htmlLines(r.item.expected));
    if (pending) {
        html += line(tr("Actual"), tr("being checked…").toHtmlEscaped());
    } else {
        // Everything the server returned at the name: the values, and records of other types.
        html += line(tr("Actual"), values.isEmpty() ? tr("nothing").toHtmlEscaped() : htmlLines(values));
        html += line(tr("CNAME chain"), chain.isEmpty() ? tr("none").toHtmlEscaped() : chain.toHtmlEscaped());
        html += line(tr("Detail"), r.detail.isEmpty() && r.status == CheckStatus::Ok
                                       ? tr("as planned").toHtmlEscaped()
                                       : r.detail.toHtmlEscaped());
        if (!r.note.isEmpty())
            html += line(tr("Note"), r.note.toHtmlEscaped());
    }
    html += line(tr("Required"), (r.item.required || r.item.mustNotResolve
                                      ? tr("yes: the plan needs this record")
                                      : tr("no: an optional record; missing, it is a notice"))
                                     .toHtmlEscaped());
    if (!r.item.requirement.isEmpty())
        html += line(tr("Requirement"), requirementLabel(r.item.requirement).toHtmlEscaped());
    html += line(tr("Where"), dnsPlaceInWords(r.item.location, r.item.zone, r.item.pinPoint).toHtmlEscaped());
    html += line(tr("Server"), (r.server.isEmpty() ? tr("none given") : r.server).toHtmlEscaped());
    if (!pending)
        html += line(tr("Time"), r.status == CheckStatus::Unreachable && r.elapsedMs == 0
                                     ? tr("not asked: the server did not answer").toHtmlEscaped()
                                     //: Response time in milliseconds.
                                     : tr("%1 ms").arg(r.elapsedMs).toHtmlEscaped());
    html += QStringLiteral("</table>");
    d->details->setHtml(html);
}

void CheckWindow::copySelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QStringList lines;
    QStringList header;
    for (int c = 0; c < CheckResultModel::COLUMN_COUNT; ++c)
        header << d->model->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row : rows) {
        QStringList cells;
        for (int c = 0; c < CheckResultModel::COLUMN_COUNT; ++c)
            cells << d->model->index(row, c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void CheckWindow::exportResults()
{
    if (isRunning() || !hasResults())
        return;
    QSettings settings;
    const QFileInfo planFile(d->planFileName);
    const QString directory = settings.value(kExportDirKey, planFile.absolutePath()).toString();
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonFilter = tr("JSON files (*.json)");

    QFileDialog dialog(this, tr("Export Check Results"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters({csvFilter, jsonFilter});
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.setDirectory(directory);
    dialog.selectFile(planFile.completeBaseName() + QStringLiteral("-check.csv"));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&](const QString &filter) {
        const QString suffix = filter == jsonFilter ? QStringLiteral("json") : QStringLiteral("csv");
        dialog.setDefaultSuffix(suffix);
        dialog.selectFile(planFile.completeBaseName() + QStringLiteral("-check.") + suffix);
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString fileName = dialog.selectedFiles().constFirst();
    // The file name decides, so "x.json" typed under the CSV filter is still JSON.
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool json = suffix == QLatin1String("json") ||
                      (suffix != QLatin1String("csv") && dialog.selectedNameFilter() == jsonFilter);
    const CheckReport &report = d->model->report();
    QString error;
    // JSON carries the TLS endpoints as `check --tls` writes them; the CSV is one table of records.
    const bool tls = d->tabs->isTabVisible(1) && d->tlsPanel->model()->rowCount() > 0;
    const QByteArray contents = !json ? checkReportToCsv(report)
                                : tls ? checkReportToJson(report, d->tlsPanel->model()->results())
                                      : checkReportToJson(report);
    if (!writeFileAtomically(fileName, contents, &error)) {
        QMessageBox::warning(
            this, tr("Export Failed"),
            tr("The results could not be saved to %1:\n%2").arg(QDir::toNativeSeparators(fileName), error));
        return;
    }
    settings.setValue(kExportDirKey, QFileInfo(fileName).absolutePath());
    d->lastMessage = tr("All results saved to %1.").arg(QDir::toNativeSeparators(fileName));
    updateSummary();
}

void CheckWindow::setSaveFilePrompt(SaveFilePrompt prompt)
{
    saveFilePrompt() = std::move(prompt);
}

void CheckWindow::setResolverFactory(ResolverFactory factory)
{
    resolverFactory() = std::move(factory);
}

void CheckWindow::setTlsProbeSetup(TlsProbeSetup setup)
{
    tlsProbeSetup() = std::move(setup);
}

void CheckWindow::saveFixes(FixFile kind)
{
    if (isRunning() || d->changes.isEmpty())
        return;
    const bool script = kind == FixFile::Script;
    QSettings settings;
    const QFileInfo planFile(d->planFileName);
    const QString directory = settings.value(kExportDirKey, planFile.absolutePath()).toString();
    const QString base =
        planFile.completeBaseName().isEmpty() ? QStringLiteral("dns") : planFile.completeBaseName();
    const QString suffix = script ? QStringLiteral("ps1") : QStringLiteral("csv");
    const QString suggested = QDir(directory).filePath(base + QStringLiteral("-fix.") + suffix);
    const QString caption = script ? tr("Save Fix Script") : tr("Save Change List");
    const QString filter = script ? tr("PowerShell scripts (*.ps1)") : tr("CSV files (*.csv)");

    QString fileName;
    if (saveFilePrompt()) {
        fileName = saveFilePrompt()(this, caption, suggested, filter);
    } else {
        QFileDialog dialog(this, caption);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setFileMode(QFileDialog::AnyFile);
        dialog.setNameFilter(filter);
        dialog.setDefaultSuffix(suffix);
        dialog.selectFile(suggested);
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
            fileName = dialog.selectedFiles().constFirst();
    }
    if (fileName.isEmpty())
        return;
    const QByteArray contents = script ? fixScriptPowerShell(d->plan, d->changes) : fixListCsv(d->changes);
    QString error;
    if (!writeFileAtomically(fileName, contents, &error)) {
        QMessageBox::warning(
            this, tr("Save Failed"),
            tr("The changes could not be saved to %1:\n%2").arg(QDir::toNativeSeparators(fileName), error));
        return;
    }
    settings.setValue(kExportDirKey, QFileInfo(fileName).absolutePath());
    d->lastMessage = (script
                          //: %n is how many DNS changes the file holds, %1 the file.
                          ? tr("Fix script with %n change(s) saved to %1.", nullptr, int(d->changes.size()))
                          : tr("Change list with %n change(s) saved to %1.", nullptr, int(d->changes.size())))
                         .arg(QDir::toNativeSeparators(fileName));
    updateSummary();
}

} // namespace lyncdns
