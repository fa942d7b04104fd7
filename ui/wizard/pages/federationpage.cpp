#include "ui/wizard/pages/federationpage.h"

#include "model/plan/estate.h"
#include "model/plan/plandocument.h"
#include "ui/widgets/wrappingcheckbox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
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
{
    auto *federation = new QGroupBox(tr("SIP federation"), this);
    auto *federationLayout = new QVBoxLayout(federation);
    m_enabled = new WrappingCheckBox(tr("&Federate with other organizations"), federation);
    m_enabled->setObjectName(QStringLiteral("federation.enabled"));
    m_discoverable = new WrappingCheckBox(
        tr("Let partners &discover this organization (publish _sipfederationtls._tcp per SIP domain)"),
        federation);
    m_discoverable->setObjectName(QStringLiteral("federation.discoverable"));
    m_pushNote = new QLabel(tr("Push notifications are on (Mobility page), so _sipfederationtls._tcp is "
                               "published in any case."),
                            federation);
    m_pushNote->setWordWrap(true);
    m_edgeNote = new QLabel(tr("Federation and XMPP run through the Access Edge, and this plan has no Edge: "
                               "plan one on the Edge page first."),
                            this);
    m_edgeNote->setWordWrap(true);
    federationLayout->addWidget(m_enabled);
    federationLayout->addWidget(m_discoverable);
    federationLayout->addWidget(m_pushNote);

    m_xmppGroup = new QGroupBox(tr("XMPP federation"), this);
    auto *xmppLayout = new QFormLayout(m_xmppGroup);
    m_xmpp = new WrappingCheckBox(tr("&XMPP federation"), m_xmppGroup);
    m_xmpp->setObjectName(QStringLiteral("xmpp"));
    m_xmpp->setAccessibleName(tr("XMPP federation"));
    m_xmppFqdn = new QLineEdit(m_xmppGroup);
    m_xmppFqdn->setObjectName(QStringLiteral("xmpp.fqdn"));
    m_xmppFqdn->setPlaceholderText(tr("e.g. xmpp.contoso.com"));
    m_xmppFqdn->setAccessibleName(tr("XMPP proxy FQDN"));
    m_xmppFqdnLabel = new QLabel(tr("XMPP proxy F&QDN:"), m_xmppGroup);
    m_xmppFqdnLabel->setBuddy(m_xmppFqdn);
    m_xmppNote = new QLabel(m_xmppGroup);
    m_xmppNote->setWordWrap(true);
    m_xmppNote->setObjectName(QStringLiteral("xmppNote"));
    xmppLayout->addRow(m_xmpp);
    xmppLayout->addRow(m_xmppFqdnLabel, m_xmppFqdn);
    xmppLayout->addRow(m_xmppNote);

    contentLayout()->addWidget(m_edgeNote);
    contentLayout()->addWidget(federation);
    contentLayout()->addWidget(m_xmppGroup);
    contentLayout()->addStretch(1);

    registerPathField(QStringLiteral("federation.enabled"), m_enabled);
    registerPathField(QStringLiteral("federation.discoverable"), m_discoverable);
    registerPathField(QStringLiteral("xmpp"), m_xmpp);
    registerPathField(QStringLiteral("xmpp.fqdn"), m_xmppFqdn);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        // Discoverable only means something with federation on; its tick is kept for re-enabling.
        const bool discoverable = on && m_discoverable->isChecked();
        change([&](Plan &p) {
            p.federation.enabled = on;
            p.federation.discoverable = discoverable;
        });
        updateState();
    });
    connect(m_discoverable, &QCheckBox::toggled, this, [this](bool on) {
        const bool discoverable = on && m_enabled->isChecked();
        change([&](Plan &p) { p.federation.discoverable = discoverable; });
    });
    connect(m_xmpp, &QCheckBox::toggled, this, [this](bool on) {
        const QString fqdn = m_xmppFqdn->text().trimmed();
        change([&](Plan &p) {
            if (on)
                p.xmppFqdn = fqdn;
            else
                p.xmppFqdn.reset();
        });
        updateState();
    });
    connect(m_xmppFqdn, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_xmpp->isChecked()) {
            const QString fqdn = text.trimmed();
            change([&](Plan &p) { p.xmppFqdn = fqdn; });
        }
    });
    // The notes depend on other pages (product, Edge, push): keep them current.
    connect(document, &PlanDocument::changed, this, &FederationPage::updateState);
    // A different plan does not inherit the values the previous one kept in unticked sections.
    connect(document, &PlanDocument::reloaded, this, [this] {
        const Plan &plan = this->document()->plan();
        const QSignalBlocker blockDiscoverable(m_discoverable);
        const QSignalBlocker blockFqdn(m_xmppFqdn);
        if (!plan.federation.enabled)
            m_discoverable->setChecked(false);
        if (!plan.xmppFqdn)
            m_xmppFqdn->clear();
        updateState();
    });
    updateState();
}

void FederationPage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    m_enabled->setChecked(plan.federation.enabled);
    // An unchecked "federation" keeps the discoverable tick of the box as typed.
    if (plan.federation.enabled)
        m_discoverable->setChecked(plan.federation.discoverable);
    m_xmpp->setChecked(plan.xmppFqdn.has_value());
    if (plan.xmppFqdn)
        m_xmppFqdn->setText(*plan.xmppFqdn);
    updateState();
}

void FederationPage::updateState()
{
    const Plan &plan = document()->plan();
    const bool sfb2019 = hasSfb2019Roles(plan.product);
    m_discoverable->setEnabled(m_enabled->isChecked());
    m_pushNote->setVisible(plan.pushNotifications);
    m_edgeNote->setVisible(!hasEdge(plan) && (m_enabled->isChecked() || m_xmpp->isChecked()));
    // In 2019 and SE the box stays usable only to take back an XMPP proxy planned for an older product.
    m_xmpp->setEnabled(!sfb2019 || m_xmpp->isChecked());
    m_xmppFqdn->setEnabled(!sfb2019 && m_xmpp->isChecked());
    m_xmppFqdnLabel->setEnabled(m_xmppFqdn->isEnabled());
    m_xmppNote->setVisible(sfb2019);
    if (sfb2019)
        //: %1 is the product, e.g. "Skype for Business Server 2019".
        m_xmppNote->setText(tr("XMPP federation is not in %1.").arg(productLabel(plan.product)));
}

QStringList FederationPage::pathPrefixes() const
{
    return {QStringLiteral("federation"), QStringLiteral("xmpp")};
}

} // namespace lyncdns
