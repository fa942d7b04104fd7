#include "ui/wizard/pages/serverpoolpage.h"

#include "model/plan/plandocument.h"
#include "ui/widgets/serverstable.h"
#include "ui/widgets/wrappingcheckbox.h"
#include "ui/wizard/scopedview.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableWidget>

#include <algorithm>

namespace lyncdns {

namespace {

// The words of each kind, in one place.
struct PoolTexts
{
    QString title, why, enable, group, placeholder, fqdnName, serversName;
};

PoolTexts textsOf(EstateRole role)
{
    if (role == EstateRole::Mediation)
        return {ServerPoolPage::tr("Mediation"),
                ServerPoolPage::tr(
                    "A Mediation pool connects Enterprise Voice to a PSTN gateway or SIP trunk. Its "
                    "pool and servers get internal records."),
                ServerPoolPage::tr("This site has a &Mediation pool"),
                ServerPoolPage::tr("Mediation pool"),
                ServerPoolPage::tr("e.g. medpool.contoso.net"),
                ServerPoolPage::tr("Mediation pool FQDN"),
                ServerPoolPage::tr("Mediation servers")};
    return {ServerPoolPage::tr("Persistent Chat"),
            ServerPoolPage::tr(
                "The Persistent Chat pool and its servers get internal records. This role does not "
                "exist in Skype for Business Server 2019 and Subscription Edition."),
            ServerPoolPage::tr("This deployment has a Persistent &Chat pool"),
            ServerPoolPage::tr("Persistent Chat pool"),
            ServerPoolPage::tr("e.g. pchatpool.contoso.net"),
            ServerPoolPage::tr("Persistent Chat pool FQDN"),
            ServerPoolPage::tr("Persistent Chat servers")};
}

} // namespace

ServerPoolPage::ServerPoolPage(EstateRole role, PlanDocument *document, QWidget *parent)
    : PlanPage(document, textsOf(role).title, textsOf(role).why, parent)
    , m_role(role)
{
    setEditedRole(role);
    const PoolTexts texts = textsOf(role);
    const QString path = scoped::elementPath(scope(), role);
    m_enabled = new WrappingCheckBox(texts.enable, this);
    m_enabled->setObjectName(path);

    m_details = new QGroupBox(texts.group, this);
    auto *form = new QFormLayout(m_details);
    m_fqdn = new QLineEdit(m_details);
    m_fqdn->setObjectName(path + QStringLiteral(".fqdn"));
    m_fqdn->setPlaceholderText(texts.placeholder);
    m_fqdn->setAccessibleName(texts.fqdnName);
    auto *fqdnLabel = new QLabel(tr("Pool &FQDN:"), m_details);
    fqdnLabel->setBuddy(m_fqdn);
    form->addRow(fqdnLabel, m_fqdn);

    m_servers = new ServersTable(m_details);
    m_servers->setObjectName(path + QStringLiteral(".servers"));
    m_servers->table()->setAccessibleName(texts.serversName);
    auto *serversLabel = new QLabel(tr("Ser&vers:"), m_details);
    serversLabel->setBuddy(m_servers->table());
    form->addRow(serversLabel, m_servers);

    contentLayout()->addWidget(m_enabled);
    contentLayout()->addWidget(m_details, 1);

    setTabOrder(m_enabled, m_fqdn);
    setTabOrder(m_fqdn, m_servers);

    registerPathField(path, m_enabled);
    registerPathField(path + QStringLiteral(".fqdn"), m_fqdn);
    registerPathField(path + QStringLiteral(".servers"), m_servers->table());

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_details->setEnabled(on);
        writeToPlan();
    });
    connect(m_fqdn, &QLineEdit::textChanged, this, [this] { writeToPlan(); });
    // A new server row is proposed a name from the pool FQDN (issue 12), typed or filled from the plan.
    connect(m_fqdn, &QLineEdit::textChanged, m_servers, &ServersTable::setPoolFqdn);
    connect(m_servers, &ServersTable::serversChanged, this, [this] { writeToPlan(); });
    // A different plan does not inherit the values the previous one kept in an unticked section.
    connect(document, &PlanDocument::reloaded, this, [this] {
        if (stored())
            return;
        const QSignalBlocker blockFqdn(m_fqdn);
        const QSignalBlocker blockServers(m_servers);
        m_fqdn->clear();
        m_servers->setServers({});
        m_servers->setPoolFqdn(QString());
    });
    m_details->setEnabled(false);
}

std::optional<ServerPool> ServerPoolPage::stored() const
{
    return m_role == EstateRole::Mediation ? scoped::mediation(document()->plan(), scope())
                                           : scoped::persistentChat(document()->plan(), scope());
}

bool ServerPoolPage::isApplicable() const
{
    // Skype for Business Server 2019 and SE have no Persistent Chat role: the page applies only while
    // the plan still has such a pool, so that the admin can remove it here.
    if (m_role != EstateRole::PersistentChat || !hasSfb2019Roles(document()->plan().product))
        return true;
    const Plan &plan = document()->plan();
    return std::any_of(plan.sites.cbegin(), plan.sites.cend(),
                       [](const Site &site) { return !site.persistentChatPools.isEmpty(); });
}

void ServerPoolPage::loadFromPlan()
{
    const std::optional<ServerPool> pool = stored();
    m_enabled->setChecked(pool.has_value());
    m_details->setEnabled(pool.has_value());
    // Unticked: the widgets keep what was typed, for ticking the box again.
    if (pool) {
        m_fqdn->setText(pool->fqdn);
        m_servers->setServers(pool->servers);
    }
}

void ServerPoolPage::writeToPlan()
{
    if (isLoading())
        return;
    const bool on = m_enabled->isChecked();
    const std::optional<ServerPool> pool =
        on ? std::optional<ServerPool>(ServerPool{m_fqdn->text().trimmed(), m_servers->servers()})
           : std::nullopt;
    change([&pool, scope = scope(), role = m_role](Plan &p) {
        if (role == EstateRole::Mediation)
            scoped::setMediation(p, scope, pool);
        else
            scoped::setPersistentChat(p, scope, pool);
    });
    // The site's next pool of the kind takes the removed one's place: the page shows that one.
    if (!pool && stored())
        reloadFromPlan();
}

QStringList ServerPoolPage::pathPrefixes() const
{
    return {scoped::elementPath(scope(), m_role)};
}

} // namespace lyncdns
