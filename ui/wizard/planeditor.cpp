#include "ui/wizard/planeditor.h"

#include "model/plan/plandocument.h"
#include "ui/widgets/readablecolours.h"
#include "ui/wizard/pageids.h"
#include "ui/wizard/planpage.h"
#include "ui/wizard/scopedview.h"

#include "ui/wizard/pages/devicespage.h"
#include "ui/wizard/pages/directorpage.h"
#include "ui/wizard/pages/dnspage.h"
#include "ui/wizard/pages/edgepage.h"
#include "ui/wizard/pages/federationpage.h"
#include "ui/wizard/pages/frontendpage.h"
#include "ui/wizard/pages/mobilitypage.h"
#include "ui/wizard/pages/officewebappspage.h"
#include "ui/wizard/pages/productpage.h"
#include "ui/wizard/pages/reverseproxypage.h"
#include "ui/wizard/pages/reviewpage.h"
#include "ui/wizard/pages/routespage.h"
#include "ui/wizard/pages/serverpoolpage.h"
#include "ui/wizard/pages/simpleurlspage.h"
#include "ui/wizard/pages/topologypage.h"
#include "ui/wizard/pages/welcomepage.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace lyncdns {

namespace {

// The step's state as item data, for the accessible text and for tests.
constexpr int kStateRole = Qt::UserRole + 1;

// Errors and warnings among the findings a page's step concerns.
struct StepProblems
{
    int errors = 0;
    int warnings = 0;
};

StepProblems problemsOf(const PlanPage *page, const Findings &findings)
{
    StepProblems problems;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Info || !page->concernsPath(f.path))
            continue;
        if (f.severity == Severity::Error)
            ++problems.errors;
        else
            ++problems.warnings;
    }
    return problems;
}

// A plan page's step state from what is known of it; the caller counts the problems, once.
PlanEditor::StepState stateOf(const PlanPage *page, bool seen, const StepProblems &problems)
{
    if (!page->isApplicable())
        return PlanEditor::StepState::NotApplicable;
    // A new plan's steps not visited yet say nothing: their empty fields are still to come.
    if ((problems.errors || problems.warnings) && seen)
        return PlanEditor::StepState::Problems;
    return seen ? PlanEditor::StepState::Done : PlanEditor::StepState::Open;
}

} // namespace

PlanEditor::PlanEditor(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    // Before any page connects: a new plan starts at its first site and step before the pages
    // reload from it.
    connect(document, &PlanDocument::reloaded, this, &PlanEditor::restart);

    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setUniformItemSizes(true);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setTextElideMode(Qt::ElideRight);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("stepCaption"));
    m_caption->setWordWrap(true);
    QPalette captionPalette = m_caption->palette();
    captionPalette.setColor(QPalette::WindowText, secondaryTextColour(captionPalette));
    m_caption->setPalette(captionPalette);

    m_stack = new QStackedWidget(this);
    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    // No mnemonic: the pages own the Alt keys (Ctrl+S saves, as the File menu says).
    m_save = new QPushButton(tr("Save"), this);
    m_save->setToolTip(tr("Save the plan (Ctrl+S)"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(m_back, &QPushButton::clicked, this, &PlanEditor::back);
    connect(m_next, &QPushButton::clicked, this, &PlanEditor::next);
    connect(m_save, &QPushButton::clicked, this, &PlanEditor::saveRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_caption);
    right->addWidget(m_stack, 1);
    right->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(right, 1);

    m_pages.fill(nullptr, Page_Count);
    m_scrollers.fill(nullptr, Page_Count);
    // Rows of combo boxes and spin boxes are added to pages while the editor runs (an Edge pool's
    // routes): the application's filter sees every one of them.
    qApp->installEventFilter(this);
    m_visited.fill(false, Page_Count);
    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::newRequested, this, &PlanEditor::newRequested);
    connect(m_welcome, &WelcomePage::openRequested, this, &PlanEditor::openRequested);
    connect(m_welcome, &WelcomePage::openFileRequested, this, &PlanEditor::openFileRequested);
    addPage(Page_Welcome, m_welcome);
    addPage(Page_Product, new ProductPage(document, this));
    addPage(Page_Dns, new DnsPage(document, this));
    auto *topology = new TopologyPage(document, this);
    connect(topology, &TopologyPage::editRequested, this, &PlanEditor::openElement);
    addPage(Page_Topology, topology);
    addPage(Page_FrontEnd, new FrontEndPage(document, this));
    addPage(Page_Director, new DirectorPage(document, this));
    addPage(Page_Edge, new EdgePage(document, this));
    addPage(Page_ReverseProxy, new ReverseProxyPage(document, this));
    addPage(Page_SimpleUrls, new SimpleUrlsPage(document, this));
    addPage(Page_Mobility, new MobilityPage(document, this));
    addPage(Page_Federation, new FederationPage(document, this));
    addPage(Page_Routes, new RoutesPage(document, this));
    addPage(Page_PersistentChat, new ServerPoolPage(EstateRole::PersistentChat, document, this));
    addPage(Page_OfficeWebApps, new OfficeWebAppsPage(document, this));
    addPage(Page_Mediation, new ServerPoolPage(EstateRole::Mediation, document, this));
    addPage(Page_Devices, new DevicesPage(document, this));
    auto *review = new ReviewPage(document, this);
    connect(review, &ReviewPage::pathActivated, this, [this](const QString &path) { jumpToPath(path); });
    addPage(Page_Review, review);

    // The list is as wide as its longest step, so no title is cut in either language.
    // The state icons come later (updateSteps): their room is counted now.
    const int iconRoom = m_steps->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8;
    m_steps->setFixedWidth(m_steps->sizeHintForColumn(0) + iconRoom + 2 * m_steps->frameWidth() + 8);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_currentId)
            showStep(row, true);
    });
    connect(m_document, &PlanDocument::changed, this, [this] {
        updateSteps();
        updateHeading();
    });
    // Placeholders show the defaults a field takes ("shown in grey"): readable, not faint.
    setReadablePlaceholders(this);
    restart();
}

PlanEditor::~PlanEditor() = default;

bool PlanEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel && event->type() != QEvent::Show)
        return QWidget::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    const bool choice = qobject_cast<QComboBox *>(watched) || qobject_cast<QAbstractSpinBox *>(watched);
    if (!choice || !m_stack->isAncestorOf(widget))
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::Show) {
        // The wheel would give them the focus before any filter sees it (Qt::WheelFocus).
        if (widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return QWidget::eventFilter(watched, event);
    }
    auto *scroller = qobject_cast<QScrollArea *>(m_scrollers.value(m_currentId));
    if (widget->hasFocus() || !scroller || !scroller->isAncestorOf(widget))
        return QWidget::eventFilter(watched, event);
    // The page scrolls as if the pointer were over its background.
    QCoreApplication::sendEvent(scroller->viewport(), event);
    return true;
}

void PlanEditor::addPage(int id, QWidget *page)
{
    // Every page scrolls down when taller than the window, never sideways: it is laid out for the
    // width it gets.
    // Forms put a long label above its field rather than widen the page (German labels run long);
    // a form that puts every label above its field (wide choices) stays so.
    for (QFormLayout *form : page->findChildren<QFormLayout *>())
        if (form->rowWrapPolicy() != QFormLayout::WrapAllRows)
            form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *scroller = new QScrollArea(m_stack);
    scroller->setWidgetResizable(true);
    scroller->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setWidget(page);
    m_stack->addWidget(scroller);
    m_pages[id] = page;
    m_scrollers[id] = scroller;
    auto *item = new QListWidgetItem(m_steps);
    if (auto *planPage = qobject_cast<PlanPage *>(page)) {
        planPage->setScope(&m_scope);
        item->setText(planPage->title());
        connect(planPage, &PlanPage::completeChanged, this, &PlanEditor::updateButtons);
    } else {
        //: The welcome page's entry in the step list.
        item->setText(tr("Start"));
    }
}

QWidget *PlanEditor::currentPage() const
{
    return m_currentId >= 0 ? m_pages.value(m_currentId) : nullptr;
}

QString PlanEditor::currentTitle() const
{
    if (const PlanPage *page = planPage(m_currentId))
        return page->title();
    return m_welcome->title();
}

PlanPage *PlanEditor::planPage(int id) const
{
    return qobject_cast<PlanPage *>(m_pages.value(id));
}

int PlanEditor::nextId() const
{
    for (int id = m_currentId + 1; id < Page_Count; ++id)
        if (stepState(id) != StepState::NotApplicable)
            return id;
    return -1;
}

bool PlanEditor::goToPage(int id)
{
    if (id < 0 || id >= Page_Count)
        return false;
    if (id != m_currentId)
        showStep(id, true);
    return true;
}

void PlanEditor::showStep(int id, bool record)
{
    // A page the user has left shows its empty required fields as problems when it is shown again;
    // restart() (a new plan) is no visit.
    if (PlanPage *left = planPage(m_currentId); left && record) {
        left->revealProblems();
        m_visited[m_currentId] = true;
    }
    if (PlanPage *page = planPage(id))
        page->initializePage();
    else if (id == Page_Welcome)
        m_welcome->initializePage();
    m_currentId = id;
    m_stack->setCurrentWidget(m_scrollers.at(id));
    if (record && (m_history.isEmpty() || m_history.last() != id))
        m_history << id;
    {
        const QSignalBlocker block(m_steps);
        m_steps->setCurrentRow(id);
    }
    updateHeading();
    updateButtons();
    updateSteps();
    emit currentIdChanged(id);
}

void PlanEditor::next()
{
    const int id = nextId();
    if (id >= 0 && m_next->isEnabled())
        showStep(id, true);
}

void PlanEditor::back()
{
    if (m_history.size() < 2)
        return;
    if (PlanPage *left = planPage(m_currentId)) {
        left->revealProblems();
        m_visited[m_currentId] = true;
    }
    m_history.removeLast();
    showStep(m_history.last(), false);
}

void PlanEditor::restart()
{
    m_scope = EditScope();
    m_history.clear();
    m_visited.fill(false);
    m_openedFromFile = !(m_document->plan() == PlanDocument::newPlan());
    m_currentId = -1;
    showStep(Page_Welcome, false);
    m_history << Page_Welcome;
    updateButtons();
}

bool PlanEditor::jumpToPath(const QString &jsonPath)
{
    // An element's path moves the scope to that element first, so its page owns the path.
    if (const std::optional<scoped::PathScope> element = scoped::scopeOfPath(jsonPath)) {
        if (element->index >= estateRoleCount(m_document->plan(), element->site, element->role))
            return false; // no such element: no page would show it, only a new one
        m_scope.site = element->site;
        m_scope.setIndex(element->role, element->index);
    }
    int owner = -1;
    qsizetype longest = -1;
    for (int id = 0; id < Page_Count; ++id) {
        const PlanPage *page = planPage(id);
        const qsizetype length = page ? page->ownedPrefixLength(jsonPath) : -1;
        if (length > longest) {
            longest = length;
            owner = id;
        }
    }
    if (owner < 0)
        return false;
    planPage(owner)->selectElementFor(jsonPath);
    if (owner != m_currentId)
        showStep(owner, true);
    else
        planPage(owner)->initializePage(); // the scope may have moved to another element
    // The user asked for this finding: frame it even if it is an empty field of a new plan.
    planPage(owner)->revealProblems();
    planPage(owner)->focusPath(jsonPath);
    return true;
}

int PlanEditor::pageIdOf(EstateRole role) const
{
    switch (role) {
    case EstateRole::FrontEnd:
        return Page_FrontEnd;
    case EstateRole::Director:
        return Page_Director;
    case EstateRole::Edge:
        return Page_Edge;
    case EstateRole::ReverseProxy:
        return Page_ReverseProxy;
    case EstateRole::OfficeWebApps:
        return Page_OfficeWebApps;
    case EstateRole::PersistentChat:
        return Page_PersistentChat;
    case EstateRole::Mediation:
        return Page_Mediation;
    }
    return Page_Topology;
}

void PlanEditor::openElement(EstateRole role, qsizetype site, qsizetype index)
{
    m_scope.site = site;
    m_scope.setIndex(role, index);
    const int id = pageIdOf(role);
    if (id == m_currentId)
        planPage(id)->initializePage();
    else
        showStep(id, true);
}

PlanEditor::StepState PlanEditor::stepState(int id) const
{
    const PlanPage *page = planPage(id);
    if (!page)
        return m_visited.value(id) || (id == Page_Welcome && m_currentId != Page_Welcome) ? StepState::Done
                                                                                          : StepState::Open;
    return stateOf(page, isSeen(id), problemsOf(page, m_document->findings()));
}

bool PlanEditor::isSeen(int id) const
{
    return m_visited.value(id) || m_openedFromFile;
}

void PlanEditor::updateSteps()
{
    const Findings &findings = m_document->findings();
    // On the list's base colour, still at least 4.5:1.
    const QColor quiet =
        readableBetween(m_steps->palette().color(QPalette::Text), m_steps->palette().color(QPalette::Base));
    for (int id = 0; id < Page_Count; ++id) {
        QListWidgetItem *item = m_steps->item(id);
        const PlanPage *page = planPage(id);
        const StepProblems problems = page ? problemsOf(page, findings) : StepProblems();
        const StepState state = page ? stateOf(page, isSeen(id), problems) : stepState(id);
        QString words;
        QIcon icon;
        switch (state) {
        case StepState::Open:
            words = tr("not visited yet");
            break;
        case StepState::Done:
            words = tr("done");
            icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
            break;
        case StepState::Problems:
            //: A step's state in the step list: %1 "2 errors", %2 "1 warning".
            words = problems.errors ? tr("has problems: %n error(s)", nullptr, problems.errors)
                                    : tr("has problems: %n warning(s)", nullptr, problems.warnings);
            icon = style()->standardIcon(problems.errors ? QStyle::SP_MessageBoxCritical
                                                         : QStyle::SP_MessageBoxWarning);
            break;
        case StepState::NotApplicable:
            words = tr("not applicable to this plan");
            break;
        }
        if (item->data(kStateRole).toInt() == int(state) && item->toolTip() == words)
            continue; // unchanged: no repaint on every keystroke
        item->setData(kStateRole, int(state));
        item->setIcon(icon);
        item->setToolTip(words);
        item->setData(Qt::AccessibleDescriptionRole, words);
        item->setForeground(state == StepState::NotApplicable ? QBrush(quiet) : QBrush());
        QFont font = m_steps->font();
        font.setItalic(state == StepState::NotApplicable);
        item->setFont(font);
    }
}

void PlanEditor::updateHeading()
{
    const PlanPage *page = planPage(m_currentId);
    m_title->setText(currentTitle());
    const QString caption = page ? page->caption() : m_welcome->subTitle();
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
}

void PlanEditor::updateButtons()
{
    m_back->setEnabled(m_history.size() > 1);
    const int nextStep = nextId();
    m_next->setVisible(nextStep >= 0);
    const PlanPage *page = planPage(m_currentId);
    m_next->setEnabled(nextStep >= 0 && (!page || page->isComplete()));
}

QAbstractButton *PlanEditor::backButton() const
{
    return m_back;
}

QAbstractButton *PlanEditor::nextButton() const
{
    return m_next;
}

QAbstractButton *PlanEditor::saveButton() const
{
    return m_save;
}

} // namespace lyncdns
