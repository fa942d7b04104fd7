#include "ui/wizard/pages/directorpage.h"

#include "model/plan/plandocument.h"
#include "ui/widgets/pooleditor.h"
#include "ui/wizard/scopedview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lyncdns {

namespace {

QString choiceOf(const std::optional<Pool> &director)
{
    if (!director)
        return QStringLiteral("none");
    return director->loadBalancing == LoadBalancing::None && director->servers.size() <= 1
               ? QStringLiteral("single")
               : QStringLiteral("pool");
}

} // namespace

DirectorPage::DirectorPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Director"),
               tr("An optional Director (or Director pool) in front of the Front End. When you plan one, "
                  "clients sign in and simple URLs resolve through it; the reverse proxy also publishes its "
                  "external web services. A single Director needs no load balancer; a Director pool uses DNS "
                  "or hardware load balancing like a Front End pool."),
               parent)
{
    setEditedRole(EstateRole::Director);
    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_choice = new QComboBox(body);
    m_choice->setObjectName(scoped::elementPath(scope(), EstateRole::Director));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setAccessibleName(tr("Director"));
    m_choice->addItem(tr("No Director"), QStringLiteral("none"));
    m_choice->addItem(tr("A single Director"), QStringLiteral("single"));
    m_choice->addItem(tr("A Director pool"), QStringLiteral("pool"));
    auto *choiceLabel = new QLabel(tr("&Director:"), body);
    choiceLabel->setBuddy(m_choice);
    auto *form = new QFormLayout;
    form->addRow(choiceLabel, m_choice);
    bodyLayout->addLayout(form);
    m_editor = new PoolEditor(scoped::elementPath(scope(), EstateRole::Director), tr("Director pool"), body);
    m_editor->setKind(PoolEditor::Kind::LoadBalancedPool);
    bodyLayout->addWidget(m_editor);
    bodyLayout->addStretch(1);

    // The plan editor scrolls the whole page (PlanEditor::addPage): a scroll area of its own here
    // would squeeze the form to its minimum height, and QFormLayout then gives rows no height.
    contentLayout()->addWidget(body);

    for (const auto &[path, widget] : m_editor->pathFields())
        registerPathField(path, widget);
    // Findings about the Director as a whole; the editor registered its FQDN field under this path.
    registerPathField(scoped::elementPath(scope(), EstateRole::Director), m_choice);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        applyChoice();
        write();
    });
    connect(m_editor, &PoolEditor::edited, this, &DirectorPage::write);
    connect(document, &PlanDocument::changed, this, &DirectorPage::planChanged);
    // A new or opened plan without a Director must not bring back one typed for the previous plan.
    connect(document, &PlanDocument::reloaded, this, [this] {
        if (scoped::director(this->document()->plan(), scope()))
            return;
        m_editor->setPool(Pool{});
    });
}

QString DirectorPage::choice() const
{
    return m_choice->currentData().toString();
}

void DirectorPage::applyChoice()
{
    const QString c = choice();
    m_editor->setVisible(c != QLatin1String("none"));
    if (c == QLatin1String("single"))
        m_editor->setKind(PoolEditor::Kind::SingleServer);
    else if (c == QLatin1String("pool"))
        m_editor->setKind(PoolEditor::Kind::LoadBalancedPool);
}

Pool DirectorPage::shownPool() const
{
    return m_editor->pool();
}

void DirectorPage::loadFromPlan()
{
    fill(document()->plan());
}

void DirectorPage::fill(const Plan &plan)
{
    const std::optional<Pool> director = scoped::director(plan, scope());
    {
        const QSignalBlocker blocker(m_choice);
        m_choice->setCurrentIndex(m_choice->findData(choiceOf(director)));
    }
    applyChoice();
    m_editor->setEstate(plan, scope().site, scope().director);
    // Without a Director the editor keeps what was typed, so choosing one again restores it.
    if (director)
        m_editor->setPool(*director);
    m_referencedName = director ? director->fqdn : QString();
    m_editor->setIpv6Visible(plan.dns.ipv6);
    m_editor->setExternalFqdnRequired(scoped::directorPublished(plan, scope()));
    refreshFindings(); // the servers table was refilled
}

void DirectorPage::write()
{
    if (isLoading())
        return;
    m_writing = true;
    std::optional<Pool> director;
    if (choice() != QLatin1String("none"))
        director = shownPool();
    change([this, &director, scope = scope()](Plan &p) {
        scoped::setDirector(p, scope, director, &m_referencedName);
    });
    m_writing = false;
    // The site's next Director pool is its first now: the page shows that one.
    if (!director && scoped::director(document()->plan(), scope()))
        reloadFromPlan();
}

void DirectorPage::planChanged()
{
    if (m_writing || isLoading())
        return;
    const Plan &plan = document()->plan();
    const std::optional<Pool> director = scoped::director(plan, scope());
    const bool same = choiceOf(director) == choice() && (!director || *director == shownPool());
    if (!same) {
        fill(plan);
        return;
    }
    m_editor->setEstate(plan, scope().site, scope().director); // a proxy was added or renamed
    m_editor->setExternalFqdnRequired(scoped::directorPublished(plan, scope()));
}

QStringList DirectorPage::pathPrefixes() const
{
    return {scoped::elementPath(scope(), EstateRole::Director)};
}

} // namespace lyncdns
