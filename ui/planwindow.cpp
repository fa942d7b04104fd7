#include "planwindow.h"

#include "checkwindow.h"
#include "planner.h"
#include "planreader.h"
#include "recordtablemodel.h"
#include "reportactions.h"
#include "validator.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lyncdns {

class PlanWindow::Private
{
public:
    QLabel *summary = nullptr;
    RecordTableModel *internalModel = nullptr;
    RecordTableModel *externalModel = nullptr;
    QTableView *internalView = nullptr;
    QTableView *externalView = nullptr;
    QListWidget *findings = nullptr;
    std::optional<Plan> plan;
    QString planFileName;
    RecordSet records;
    Findings findingList;
    QAction *checkAction = nullptr;
    ReportActions *report = nullptr;
    QPointer<CheckWindow> check; // the current plan's check page, once opened
};

static QTableView *recordView(RecordTableModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // keep the planner's order until the user picks a column
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

PlanWindow::PlanWindow(QWidget *parent)
    : QMainWindow(parent)
    , d(new Private)
{
    setWindowTitle(tr("Lync DNS Planner"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    d->summary = new QLabel(tr("Open a plan file to see its DNS records."), central);
    d->summary->setWordWrap(true);
    layout->addWidget(d->summary);

    auto *splitter = new QSplitter(Qt::Vertical, central);
    auto *tabs = new QTabWidget(splitter);
    d->internalModel = new RecordTableModel(this);
    d->externalModel = new RecordTableModel(this);
    d->internalView = recordView(d->internalModel, tabs);
    d->externalView = recordView(d->externalModel, tabs);
    tabs->addTab(d->internalView, tr("&Internal DNS"));
    tabs->addTab(d->externalView, tr("E&xternal DNS"));
    d->findings = new QListWidget(splitter);
    d->findings->setAccessibleName(tr("Validator findings"));
    splitter->addWidget(tabs);
    splitter->addWidget(d->findings);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        const QString name = QFileDialog::getOpenFileName(this, tr("Open plan"), QString(),
                                                          tr("Lync DNS plans (*.lyncplan *.json)"));
        if (!name.isEmpty())
            openPlan(name);
    });
    file->addSeparator();
    d->report = new ReportActions(this, [this] {
        ReportInput input;
        input.plan = d->plan ? &*d->plan : nullptr;
        input.records = d->records;
        input.findings = d->findingList;
        input.planFileName = d->planFileName;
        return input;
    });
    d->report->setEnabled(false);
    file->addAction(d->report->printPreviewAction());
    file->addAction(d->report->printAction());
    QMenu *exportMenu = file->addMenu(tr("&Export Report"));
    exportMenu->addAction(d->report->exportPdfAction());
    exportMenu->addAction(d->report->exportHtmlAction());
    connect(d->report, &ReportActions::exported, this, [this](const QString &fileName) {
        statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(fileName)));
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *check = menuBar()->addMenu(tr("&Check"));
    d->checkAction =
        check->addAction(tr("&Check DNS…"), QKeySequence(Qt::CTRL | Qt::Key_K), this, &PlanWindow::openCheck);
    d->checkAction->setStatusTip(tr("Ask the DNS servers for the plan's records and compare the answers"));
    d->checkAction->setEnabled(false);
    resize(1100, 700);
}

PlanWindow::~PlanWindow()
{
    delete d->check; // before the rest of the window: it cancels its check
    delete d;
}

void PlanWindow::openCheck()
{
    if (!d->plan)
        return;
    if (!d->check)
        d->check = new CheckWindow(*d->plan, d->planFileName, this);
    d->check->show();
    d->check->raise();
    d->check->activateWindow();
}

bool PlanWindow::openPlan(const QString &fileName)
{
    PlanError error;
    const std::optional<Plan> plan = readPlanFile(fileName, &error);
    if (!plan) {
        d->summary->setText(tr("Cannot open the plan: %1").arg(error.toString()));
        statusBar()->showMessage(error.toString());
        return false;
    }
    const RecordSet records = planRecords(*plan);
    d->plan = plan;
    d->planFileName = fileName;
    d->records = records;
    d->findingList = validatePlan(*plan);
    d->checkAction->setEnabled(true);
    d->report->setEnabled(true);
    if (d->check) {
        // The old plan's check page stays while it is open, so its results are not lost.
        if (d->check->isVisible())
            d->check->setAttribute(Qt::WA_DeleteOnClose);
        else
            d->check->deleteLater();
        d->check = nullptr;
    }
    d->internalModel->setRecords(records, Location::Internal);
    d->externalModel->setRecords(records, Location::External);
    for (QTableView *view : {d->internalView, d->externalView})
        view->resizeColumnsToContents();
    d->findings->clear();
    for (const Finding &f : std::as_const(d->findingList))
        d->findings->addItem(
            QStringLiteral("%1  %2  %3: %4")
                .arg(severityName(f.severity), f.rule, f.path.isEmpty() ? tr("(plan)") : f.path, f.message));
    d->summary->setText(
        tr("<b>%1</b> — %2 — SIP domains: %3 — %4 internal and %5 external records")
            .arg((plan->title.isEmpty() ? QFileInfo(fileName).fileName() : plan->title).toHtmlEscaped(),
                 productName(plan->product), plan->sipDomains.join(QStringLiteral(", ")).toHtmlEscaped())
            .arg(d->internalModel->rowCount())
            .arg(d->externalModel->rowCount()));
    setWindowTitle(tr("%1 — Lync DNS Planner").arg(QFileInfo(fileName).fileName()));
    return true;
}

} // namespace lyncdns
