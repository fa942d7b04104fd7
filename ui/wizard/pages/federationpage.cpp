// The page's layout, texts, mnemonics and accessible names live in the form (federationpage.ui);
// here the fields get their JSON paths, edits go into the plan and the notes follow the plan.

#include "ui/wizard/pages/federationpage.h"
#include "ui_federationpage.h"

#include "model/plan/estate.h"
#include "model/plan/plandocument.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace lyncdns {

FederationPage::FederationPage(PlanDocument *document, QWidget *parent)
    : PlanPage(
          document, tr("Federation and XMPP"),
          tr("Federated partners find your Access Edge through <i>_sipfederationtls._tcp</i>; XMPP partners "
             "through <i>_xmpp-server._tcp</i>. Publish them only when you want to be discoverable."),
          parent)
    , m_ui(std::make_unique<Ui::FederationPage>())
{
    auto *body = new QWidget(this);
    m_ui->setupUi(body);
    contentLayout()->addWidget(body);
    contentLayout()->addStretch(1);

    // Tests and fieldForPath() find the fields by JSON path; uic needs C++ names in the form.
    m_ui->enabled->setObjectName(QStringLiteral("federation.enabled"));
    m_ui->discoverable->setObjectName(QStringLiteral("federation.discoverable"));
    m_ui->xmppFqdn->setObjectName(QStringLiteral("xmpp.fqdn"));
    registerPathField(QStringLiteral("federation.enabled"), m_ui->enabled);
    registerPathField(QStringLiteral("federation.discoverable"), m_ui->discoverable);
    registerPathField(QStringLiteral("xmpp"), m_ui->xmpp);
    registerPathField(QStringLiteral("xmpp.fqdn"), m_ui->xmppFqdn);

    connect(m_ui->enabled, &QCheckBox::toggled, this, [this](bool on) {
        // Discoverable only means something with federation on; its tick is kept for re-enabling.
        const bool discoverable = on && m_ui->discoverable->isChecked();
        change([&](Plan &p) {
            p.federation.enabled = on;
            p.federation.discoverable = discoverable;
        });
        updateState();
    });
    connect(m_ui->discoverable, &QCheckBox::toggled, this, [this](bool on) {
        const bool discoverable = on && m_ui->enabled->isChecked();
        change([&](Plan &p) { p.federation.discoverable = discoverable; });
    });
    connect(m_ui->xmpp, &QCheckBox::toggled, this, [this](bool on) {
        const QString fqdn = m_ui->xmppFqdn->text().trimmed();
        change([&](Plan &p) {
            if (on)
                p.xmppFqdn = fqdn;
            else
                p.xmppFqdn.reset();
        });
        updateState();
    });
    connect(m_ui->xmppFqdn, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_ui->xmpp->isChecked()) {
            const QString fqdn = text.trimmed();
            change([&](Plan &p) { p.xmppFqdn = fqdn; });
        }
    });
    // The notes depend on other pages (product, Edge, push): keep them current.
    connect(document, &PlanDocument::changed, this, &FederationPage::updateState);
    // A different plan does not inherit the values the previous one kept in unticked sections.
    connect(document, &PlanDocument::reloaded, this, [this] {
        const Plan &plan = this->document()->plan();
        const QSignalBlocker blockDiscoverable(m_ui->discoverable);
        const QSignalBlocker blockFqdn(m_ui->xmppFqdn);
        if (!plan.federation.enabled)
            m_ui->discoverable->setChecked(false);
        if (!plan.xmppFqdn)
            m_ui->xmppFqdn->clear();
        updateState();
    });
    updateState();
}

FederationPage::~FederationPage() = default;

void FederationPage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    m_ui->enabled->setChecked(plan.federation.enabled);
    // An unchecked "federation" keeps the discoverable tick of the box as typed.
    if (plan.federation.enabled)
        m_ui->discoverable->setChecked(plan.federation.discoverable);
    m_ui->xmpp->setChecked(plan.xmppFqdn.has_value());
    if (plan.xmppFqdn)
        m_ui->xmppFqdn->setText(*plan.xmppFqdn);
    updateState();
}

void FederationPage::updateState()
{
    const Plan &plan = document()->plan();
    const bool sfb2019 = hasSfb2019Roles(plan.product);
    m_ui->discoverable->setEnabled(m_ui->enabled->isChecked());
    m_ui->pushNote->setVisible(plan.pushNotifications);
    m_ui->edgeNote->setVisible(!hasEdge(plan) && (m_ui->enabled->isChecked() || m_ui->xmpp->isChecked()));
    // In 2019 and SE the box stays usable only to take back an XMPP proxy planned for an older product.
    m_ui->xmpp->setEnabled(!sfb2019 || m_ui->xmpp->isChecked());
    m_ui->xmppFqdn->setEnabled(!sfb2019 && m_ui->xmpp->isChecked());
    m_ui->xmppFqdnLabel->setEnabled(m_ui->xmppFqdn->isEnabled());
    m_ui->xmppNote->setVisible(sfb2019);
    if (sfb2019)
        //: %1 is the product, e.g. "Skype for Business Server 2019".
        m_ui->xmppNote->setText(tr("XMPP federation is not in %1.").arg(productLabel(plan.product)));
}

QStringList FederationPage::pathPrefixes() const
{
    return {QStringLiteral("federation"), QStringLiteral("xmpp")};
}

} // namespace lyncdns
