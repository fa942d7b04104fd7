#include "ui/wizard/pages/officewebappspage.h"

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

namespace lyncdns {

OfficeWebAppsPage::OfficeWebAppsPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Office Web Apps"),
               tr("Office Web Apps Server shows PowerPoint decks in meetings: an internal name for internal "
                  "users and, through the reverse proxy, an external name for everyone else."),
               parent)
{
    setEditedRole(EstateRole::OfficeWebApps);
    m_enabled = new WrappingCheckBox(tr("This deployment has an &Office Web Apps Server"), this);
    m_enabled->setObjectName(scoped::elementPath(scope(), EstateRole::OfficeWebApps));

    m_details = new QGroupBox(tr("Office Web Apps Server"), this);
    auto *form = new QFormLayout(m_details);
    auto addField = [&](const QString &path, const QString &label, const QString &accessibleName,
                        const QString &placeholder) {
        auto *edit = new QLineEdit(m_details);
        edit->setObjectName(path);
        edit->setAccessibleName(accessibleName);
        edit->setPlaceholderText(placeholder);
        auto *l = new QLabel(label, m_details);
        l->setBuddy(edit);
        form->addRow(l, edit);
        registerPathField(path, edit);
        connect(edit, &QLineEdit::textChanged, this, [this] { writeToPlan(); });
        return edit;
    };
    m_internalFqdn =
        addField(scoped::elementPath(scope(), EstateRole::OfficeWebApps) + QStringLiteral(".internalFqdn"),
                 tr("&Internal FQDN:"), tr("Internal FQDN"), tr("e.g. owas.contoso.net"));
    m_internalIpv4 =
        addField(scoped::elementPath(scope(), EstateRole::OfficeWebApps) + QStringLiteral(".internalIpv4"),
                 tr("Internal IPv&4 address:"), tr("Internal IPv4 address"), tr("e.g. 192.168.1.5"));
    m_internalIpv6 =
        addField(scoped::elementPath(scope(), EstateRole::OfficeWebApps) + QStringLiteral(".internalIpv6"),
                 tr("Internal IPv&6 address:"), tr("Internal IPv6 address (optional)"), tr("optional"));
    m_externalFqdn =
        addField(scoped::elementPath(scope(), EstateRole::OfficeWebApps) + QStringLiteral(".externalFqdn"),
                 tr("&External FQDN:"), tr("External FQDN (optional)"),
                 tr("e.g. officewebapps01.contoso.com; empty = internal only"));
    // A farm of several servers behind a load balancer: the internal name points at the VIP above,
    // and each member gets its own A record (int-owas).
    m_servers = new ServersTable(m_details);
    const QString serversPath =
        scoped::elementPath(scope(), EstateRole::OfficeWebApps) + QStringLiteral(".servers");
    m_servers->setObjectName(serversPath);
    m_servers->setAccessibleName(tr("Farm member servers"));
    m_servers->setToolTip(tr("Only for a farm behind a load balancer: the servers behind the internal "
                             "address above. A single server needs no list."));
    auto *serversLabel = new QLabel(tr("Farm &members (optional):"), m_details);
    serversLabel->setBuddy(m_servers);
    form->addRow(serversLabel, m_servers);
    registerPathField(serversPath, m_servers);
    connect(m_servers, &ServersTable::serversChanged, this, [this] { writeToPlan(); });
    // A new member is proposed a name from the farm's internal FQDN.
    connect(m_internalFqdn, &QLineEdit::textChanged, m_servers, &ServersTable::setPoolFqdn);

    m_proxyNote = new QLabel(tr("The external name is published at the reverse proxy, and this plan has no "
                                "reverse proxy: no external record is made for it."),
                             m_details);
    m_proxyNote->setWordWrap(true);
    form->addRow(m_proxyNote);

    contentLayout()->addWidget(m_enabled);
    contentLayout()->addWidget(m_details);
    contentLayout()->addStretch(1);

    registerPathField(scoped::elementPath(scope(), EstateRole::OfficeWebApps), m_enabled);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_details->setEnabled(on);
        writeToPlan();
    });
    connect(document, &PlanDocument::changed, this, &OfficeWebAppsPage::updateNotes);
    // A different plan does not inherit the values the previous one kept in an unticked section.
    connect(document, &PlanDocument::reloaded, this, [this] {
        if (scoped::officeWebApps(this->document()->plan(), scope()))
            return;
        m_farm = OfficeWebApps{};
        for (QLineEdit *edit : {m_internalFqdn, m_internalIpv4, m_internalIpv6, m_externalFqdn}) {
            const QSignalBlocker block(edit);
            edit->clear();
        }
        const QSignalBlocker block(m_servers);
        m_servers->setServers({});
        m_servers->setPoolFqdn(QString());
    });
    m_details->setEnabled(false);
    updateNotes();
}

void OfficeWebAppsPage::loadFromPlan()
{
    const std::optional<OfficeWebApps> farm = scoped::officeWebApps(document()->plan(), scope());
    m_enabled->setChecked(farm.has_value());
    m_details->setEnabled(farm.has_value());
    // Unticked: the widgets keep what was typed, for ticking the box again.
    if (farm) {
        m_farm = *farm;
        m_internalFqdn->setText(farm->internalFqdn);
        m_internalIpv4->setText(farm->internalIpv4);
        m_internalIpv6->setText(farm->internalIpv6);
        m_externalFqdn->setText(farm->externalFqdn);
        m_servers->setServers(farm->servers);
    }
    updateNotes();
}

void OfficeWebAppsPage::writeToPlan()
{
    if (isLoading())
        return;
    const bool on = m_enabled->isChecked();
    m_farm.internalFqdn = m_internalFqdn->text().trimmed();
    m_farm.internalIpv4 = m_internalIpv4->text().trimmed();
    m_farm.internalIpv6 = m_internalIpv6->text().trimmed();
    m_farm.externalFqdn = m_externalFqdn->text().trimmed();
    m_farm.servers = m_servers->servers();
    const std::optional<OfficeWebApps> farm = on ? std::optional<OfficeWebApps>(m_farm) : std::nullopt;
    change([&farm, scope = scope()](Plan &p) { scoped::setOfficeWebApps(p, scope, farm); });
    // The site's next farm is its first now: the page shows that one.
    if (!farm && scoped::officeWebApps(document()->plan(), scope()))
        reloadFromPlan();
}

void OfficeWebAppsPage::updateNotes()
{
    // The members' IPv6 column follows the plan's IPv6 switch (a value there shows it anyway).
    m_servers->setIpv6Visible(document()->plan().dns.ipv6);
    m_proxyNote->setVisible(!scoped::reverseProxy(document()->plan(), scope()) &&
                            !m_externalFqdn->text().trimmed().isEmpty());
}

QStringList OfficeWebAppsPage::pathPrefixes() const
{
    return {scoped::elementPath(scope(), EstateRole::OfficeWebApps)};
}

} // namespace lyncdns
