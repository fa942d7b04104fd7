#include "ui/wizard/pages/devicespage.h"

#include "model/plan/plandocument.h"
#include "ui/widgets/wrappingcheckbox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lyncdns {

DevicesPage::DevicesPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Legacy discovery and phones"),
               tr("SRV and host records for clients older than Lync 2013 and for desk phones, the NTP SRV "
                  "record phones take their time from, and the device update name phones use before their "
                  "first sign-in."),
               parent)
{
    auto *legacy = new QGroupBox(tr("Legacy discovery"), this);
    auto *legacyLayout = new QVBoxLayout(legacy);
    m_srv =
        new WrappingCheckBox(tr("&SRV records: _sipinternaltls._tcp (internal) and, with an Edge, _sip._tls "
                                "(external) per SIP domain"),
                             legacy);
    m_srv->setObjectName(QStringLiteral("legacyDiscovery.srv"));
    m_tcp =
        new WrappingCheckBox(tr("SIP over &TCP: _sipinternal._tcp per SIP domain (only where TCP sign-in is "
                                "allowed)"),
                             legacy);
    m_tcp->setObjectName(QStringLiteral("legacyDiscovery.tcp"));
    m_hostRecords = new WrappingCheckBox(
        tr("&Host-name fallbacks: sip and sipinternal (internal) and, with an Edge, sipexternal "
           "(external) per SIP domain"),
        legacy);
    m_hostRecords->setObjectName(QStringLiteral("legacyDiscovery.hostRecords"));
    for (QCheckBox *box : {m_srv, m_tcp, m_hostRecords}) {
        box->setAccessibleName(box->text().remove(QLatin1Char('&')));
        legacyLayout->addWidget(box);
    }

    auto *phones = new QGroupBox(tr("Desk phones"), this);
    auto *phonesLayout = new QFormLayout(phones);
    m_ntpServer = new QLineEdit(phones);
    m_ntpServer->setObjectName(QStringLiteral("devices.ntpServer"));
    m_ntpServer->setPlaceholderText(tr("e.g. dc01.contoso.com; empty = no NTP SRV record"));
    m_ntpServer->setAccessibleName(tr("NTP server FQDN"));
    m_ntpServer->setAccessibleDescription(
        tr("Publishes _ntp._udp per SIP domain. Without it, phones try time.windows.com."));
    auto *ntpLabel = new QLabel(tr("NT&P server:"), phones);
    ntpLabel->setBuddy(m_ntpServer);
    phonesLayout->addRow(ntpLabel, m_ntpServer);
    m_deviceUpdates = new WrappingCheckBox(
        tr("&Device updates: ucupdates-r2 per SIP domain, for phones that have never signed in"), phones);
    m_deviceUpdates->setObjectName(QStringLiteral("devices.deviceUpdates"));
    m_deviceUpdates->setAccessibleName(tr("Device updates"));
    phonesLayout->addRow(m_deviceUpdates);

    contentLayout()->addWidget(legacy);
    contentLayout()->addWidget(phones);
    contentLayout()->addStretch(1);

    registerPathField(QStringLiteral("legacyDiscovery.srv"), m_srv);
    registerPathField(QStringLiteral("legacyDiscovery.tcp"), m_tcp);
    registerPathField(QStringLiteral("legacyDiscovery.hostRecords"), m_hostRecords);
    registerPathField(QStringLiteral("devices.ntpServer"), m_ntpServer);
    registerPathField(QStringLiteral("devices.deviceUpdates"), m_deviceUpdates);

    connect(m_srv, &QCheckBox::toggled, this,
            [this](bool on) { change([&](Plan &p) { p.legacyDiscovery.srv = on; }); });
    connect(m_tcp, &QCheckBox::toggled, this,
            [this](bool on) { change([&](Plan &p) { p.legacyDiscovery.tcp = on; }); });
    connect(m_hostRecords, &QCheckBox::toggled, this,
            [this](bool on) { change([&](Plan &p) { p.legacyDiscovery.hostRecords = on; }); });
    connect(m_deviceUpdates, &QCheckBox::toggled, this,
            [this](bool on) { change([&](Plan &p) { p.devices.deviceUpdates = on; }); });
    connect(m_ntpServer, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString ntp = text.trimmed();
        change([&](Plan &p) { p.devices.ntpServer = ntp; });
    });
}

void DevicesPage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    m_srv->setChecked(plan.legacyDiscovery.srv);
    m_tcp->setChecked(plan.legacyDiscovery.tcp);
    m_hostRecords->setChecked(plan.legacyDiscovery.hostRecords);
    m_ntpServer->setText(plan.devices.ntpServer);
    m_deviceUpdates->setChecked(plan.devices.deviceUpdates);
}

QStringList DevicesPage::pathPrefixes() const
{
    return {QStringLiteral("legacyDiscovery"), QStringLiteral("devices")};
}

} // namespace lyncdns
