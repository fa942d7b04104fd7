#include "ui/wizard/pages/frontendpage.h"
#include "model/rules/keywords.h"

#include "model/plan/plandocument.h"
#include "ui/widgets/pooleditor.h"
#include "ui/wizard/scopedview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lyncdns {

FrontEndPage::FrontEndPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Front End"),
               tr("The Front End pool (or Standard Edition server) clients sign in to. With DNS load "
                  "balancing the pool name gets one address per server, and web traffic still needs a "
                  "hardware load balancer VIP on a separate internal web services name. Paste servers as "
                  "<i>FQDN&lt;Tab&gt;IPv4</i> lines, e.g. copied from a spreadsheet."),
               parent)
{
    setEditedRole(EstateRole::FrontEnd);
    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_edition = new QComboBox(body);
    m_edition->setObjectName(scoped::elementPath(scope(), EstateRole::FrontEnd) + QStringLiteral(".edition"));
    m_edition->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_edition->setAccessibleName(tr("Edition"));
    m_edition->addItem(tr("Enterprise Edition (a pool)"), editionName(Edition::Enterprise));
    m_edition->addItem(tr("Standard Edition (one server)"), editionName(Edition::Standard));
    auto *editionLabel = new QLabel(tr("&Edition:"), body);
    editionLabel->setBuddy(m_edition);
    m_editor = new PoolEditor(scoped::elementPath(scope(), EstateRole::FrontEnd), tr("Front End pool"), body);
    m_editor->insertLeadingRow(editionLabel, m_edition);
    bodyLayout->addWidget(m_editor);
    bodyLayout->addStretch(1);

    // The plan editor scrolls the whole page (PlanEditor::addPage): a scroll area of its own here
    // would squeeze the form to its minimum height, and QFormLayout then gives rows no height.
    contentLayout()->addWidget(body);

    registerPathField(m_edition->objectName(), m_edition);
    for (const auto &[path, widget] : m_editor->pathFields())
        registerPathField(path, widget);

    connect(m_edition, &QComboBox::currentIndexChanged, this, [this] {
        m_editor->setKind(edition() == Edition::Standard ? PoolEditor::Kind::StandardEdition
                                                         : PoolEditor::Kind::EnterprisePool);
        write();
    });
    connect(m_editor, &PoolEditor::edited, this, &FrontEndPage::write);
    connect(document, &PlanDocument::changed, this, &FrontEndPage::planChanged);
}

Edition FrontEndPage::edition() const
{
    return fromKeyword<Edition>(m_edition->currentData().toString()).value_or(Edition::Enterprise);
}

void FrontEndPage::loadFromPlan()
{
    fill(document()->plan());
}

void FrontEndPage::fill(const Plan &plan)
{
    const Pool &pool = scoped::frontEnd(plan, scope());
    {
        const QSignalBlocker blocker(m_edition);
        m_edition->setCurrentIndex(m_edition->findData(editionName(pool.edition)));
    }
    m_editor->setKind(pool.edition == Edition::Standard ? PoolEditor::Kind::StandardEdition
                                                        : PoolEditor::Kind::EnterprisePool);
    m_editor->setEstate(plan, scope().site, scope().frontEnd);
    m_editor->setPool(pool);
    m_referencedName = pool.fqdn;
    m_editor->setIpv6Visible(plan.dns.ipv6);
    m_editor->setExternalFqdnRequired(scoped::frontEndPublished(plan, scope()));
    refreshFindings(); // the servers table was refilled
}

Pool FrontEndPage::shownPool() const
{
    return m_editor->pool(edition());
}

void FrontEndPage::write()
{
    if (isLoading())
        return;
    m_writing = true;
    const Pool pool = shownPool();
    change(
        [this, &pool, scope = scope()](Plan &p) { scoped::setFrontEnd(p, scope, pool, &m_referencedName); });
    m_writing = false;
}

void FrontEndPage::planChanged()
{
    if (m_writing || isLoading())
        return;
    // Another view changed the plan (or a later page changed something this page shows).
    const Plan &plan = document()->plan();
    if (!(scoped::frontEnd(plan, scope()) == shownPool())) {
        fill(plan);
        return;
    }
    m_editor->setEstate(plan, scope().site, scope().frontEnd); // a proxy or pool was added or renamed
    m_editor->setExternalFqdnRequired(scoped::frontEndPublished(plan, scope()));
}

QStringList FrontEndPage::pathPrefixes() const
{
    return {scoped::elementPath(scope(), EstateRole::FrontEnd)};
}

} // namespace lyncdns
