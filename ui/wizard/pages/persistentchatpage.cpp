#include "ui/wizard/pages/persistentchatpage.h"

#include "model/plan/plandocument.h"
#include "ui/widgets/serverstable.h"
#include "ui/widgets/wrappingcheckbox.h"

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
                  "in Skype for Business Server 2019."),
               parent)
{
    m_enabled = new WrappingCheckBox(tr("This deployment has a Persistent &Chat pool"), this);
    m_enabled->setObjectName(QStringLiteral("persistentChat"));

    m_details = new QGroupBox(tr("Persistent Chat pool"), this);
    auto *form = new QFormLayout(m_details);
    m_fqdn = new QLineEdit(m_details);
    m_fqdn->setObjectName(QStringLiteral("persistentChat.fqdn"));
    m_fqdn->setPlaceholderText(tr("e.g. pchatpool.contoso.net"));
    m_fqdn->setAccessibleName(tr("Persistent Chat pool FQDN"));
    auto *fqdnLabel = new QLabel(tr("Pool &FQDN:"), m_details);
    fqdnLabel->setBuddy(m_fqdn);
    form->addRow(fqdnLabel, m_fqdn);

    m_servers = new ServersTable(m_details);
    m_servers->setObjectName(QStringLiteral("persistentChat.servers"));
    m_servers->table()->setAccessibleName(tr("Persistent Chat servers"));
    auto *serversLabel = new QLabel(tr("Ser&vers:"), m_details);
    serversLabel->setBuddy(m_servers->table());
    form->addRow(serversLabel, m_servers);

    contentLayout()->addWidget(m_enabled);
    contentLayout()->addWidget(m_details, 1);

    setTabOrder(m_enabled, m_fqdn);
    setTabOrder(m_fqdn, m_servers);

    registerPathField(QStringLiteral("persistentChat"), m_enabled);
    registerPathField(QStringLiteral("persistentChat.fqdn"), m_fqdn);
    registerPathField(QStringLiteral("persistentChat.servers"), m_servers->table());

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_details->setEnabled(on);
        writeToPlan();
    });
    connect(m_fqdn, &QLineEdit::textChanged, this, [this] { writeToPlan(); });
    connect(m_servers, &ServersTable::serversChanged, this, [this] { writeToPlan(); });
    // A different plan does not inherit the values the previous one kept in an unticked section.
    connect(document, &PlanDocument::reloaded, this, [this] {
        if (this->document()->plan().persistentChat)
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
    const Plan &plan = document()->plan();
    m_enabled->setChecked(plan.persistentChat.has_value());
    m_details->setEnabled(plan.persistentChat.has_value());
    // Unticked: the widgets keep what was typed, for ticking the box again.
    if (plan.persistentChat) {
        m_fqdn->setText(plan.persistentChat->fqdn);
        m_servers->setServers(plan.persistentChat->servers);
    }
}

void PersistentChatPage::writeToPlan()
{
    if (isLoading())
        return;
    const bool on = m_enabled->isChecked();
    PersistentChat chat{m_fqdn->text().trimmed(), m_servers->servers()};
    change([&](Plan &p) {
        if (on)
            p.persistentChat = chat;
        else
            p.persistentChat.reset();
    });
}

QStringList PersistentChatPage::pathPrefixes() const
{
    return {QStringLiteral("persistentChat")};
}

} // namespace lyncdns
