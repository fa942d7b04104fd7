#include "ui/wizard/pages/persistentchatpage.h"

#include "model/plan/plandocument.h"
#include "ui/widgets/serverstable.h"
#include "ui/widgets/wrappingcheckbox.h"
#include "ui/wizard/singlesiteview.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableWidget>

namespace lyncdns {

PersistentChatPage::PersistentChatPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Persistent Chat"),
               tr("The Persistent Chat pool and its servers get internal records. This role does not exist "
                  "in Skype for Business Server 2019 and Subscription Edition."),
               parent)
{
    m_enabled = new WrappingCheckBox(tr("This deployment has a Persistent &Chat pool"), this);
    m_enabled->setObjectName(singlesite::persistentChatPath());

    m_details = new QGroupBox(tr("Persistent Chat pool"), this);
    auto *form = new QFormLayout(m_details);
    m_fqdn = new QLineEdit(m_details);
    m_fqdn->setObjectName(singlesite::persistentChatPath() + QStringLiteral(".fqdn"));
    m_fqdn->setPlaceholderText(tr("e.g. pchatpool.contoso.net"));
    m_fqdn->setAccessibleName(tr("Persistent Chat pool FQDN"));
    auto *fqdnLabel = new QLabel(tr("Pool &FQDN:"), m_details);
    fqdnLabel->setBuddy(m_fqdn);
    form->addRow(fqdnLabel, m_fqdn);

    m_servers = new ServersTable(m_details);
    m_servers->setObjectName(singlesite::persistentChatPath() + QStringLiteral(".servers"));
    m_servers->table()->setAccessibleName(tr("Persistent Chat servers"));
    auto *serversLabel = new QLabel(tr("Ser&vers:"), m_details);
    serversLabel->setBuddy(m_servers->table());
    form->addRow(serversLabel, m_servers);

    contentLayout()->addWidget(m_enabled);
    contentLayout()->addWidget(m_details, 1);

    setTabOrder(m_enabled, m_fqdn);
    setTabOrder(m_fqdn, m_servers);

    registerPathField(singlesite::persistentChatPath(), m_enabled);
    registerPathField(singlesite::persistentChatPath() + QStringLiteral(".fqdn"), m_fqdn);
    registerPathField(singlesite::persistentChatPath() + QStringLiteral(".servers"), m_servers->table());

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_details->setEnabled(on);
        writeToPlan();
    });
    connect(m_fqdn, &QLineEdit::textChanged, this, [this] { writeToPlan(); });
    connect(m_servers, &ServersTable::serversChanged, this, [this] { writeToPlan(); });
    // A different plan does not inherit the values the previous one kept in an unticked section.
    connect(document, &PlanDocument::reloaded, this, [this] {
        if (singlesite::persistentChat(this->document()->plan()))
            return;
        const QSignalBlocker blockFqdn(m_fqdn);
        const QSignalBlocker blockServers(m_servers);
        m_fqdn->clear();
        m_servers->setServers({});
    });
    m_details->setEnabled(false);
}

void PersistentChatPage::loadFromPlan()
{
    const std::optional<ServerPool> pool = singlesite::persistentChat(document()->plan());
    m_enabled->setChecked(pool.has_value());
    m_details->setEnabled(pool.has_value());
    // Unticked: the widgets keep what was typed, for ticking the box again.
    if (pool) {
        m_fqdn->setText(pool->fqdn);
        m_servers->setServers(pool->servers);
    }
}

void PersistentChatPage::writeToPlan()
{
    if (isLoading())
        return;
    const bool on = m_enabled->isChecked();
    const std::optional<ServerPool> pool =
        on ? std::optional<ServerPool>(ServerPool{m_fqdn->text().trimmed(), m_servers->servers()})
           : std::nullopt;
    change([&pool](Plan &p) { singlesite::setPersistentChat(p, pool); });
    // The site's next Persistent Chat pool is its first now: the page shows that one.
    if (!pool && singlesite::persistentChat(document()->plan()))
        reloadFromPlan();
}

QStringList PersistentChatPage::pathPrefixes() const
{
    return {singlesite::persistentChatPath()};
}

} // namespace lyncdns
