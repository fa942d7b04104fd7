// The page's layout, texts, mnemonics and accessible names live in the form (devicespage.ui); here
// the fields get their JSON paths and their edits go into the plan.

#include "ui/wizard/pages/devicespage.h"
#include "ui_devicespage.h"

#include "model/plan/plandocument.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lyncdns {

DevicesPage::DevicesPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Legacy discovery and phones"),
               tr("SRV and host records for clients older than Lync 2013 and for desk phones, the NTP SRV "
                  "record phones take their time from, and the device update name phones use before their "
                  "first sign-in."),
               parent)
    , m_ui(std::make_unique<Ui::DevicesPage>())
{
    auto *body = new QWidget(this);
    m_ui->setupUi(body);
    contentLayout()->addWidget(body);
    contentLayout()->addStretch(1);

    // The legacy options are read out as their label says, without the mnemonic's '&'.
    for (QCheckBox *box : {m_ui->srv, m_ui->tcp, m_ui->hostRecords})
        box->setAccessibleName(box->text().remove(QLatin1Char('&')));

    // Tests and fieldForPath() find the fields by JSON path; uic needs C++ names in the form.
    const QList<std::pair<QString, QWidget *>> fields = {
        {QStringLiteral("legacyDiscovery.srv"), m_ui->srv},
        {QStringLiteral("legacyDiscovery.tcp"), m_ui->tcp},
        {QStringLiteral("legacyDiscovery.hostRecords"), m_ui->hostRecords},
        {QStringLiteral("devices.ntpServer"), m_ui->ntpServer},
        {QStringLiteral("devices.deviceUpdates"), m_ui->deviceUpdates},
    };
    for (const auto &[path, field] : fields) {
        field->setObjectName(path);
        registerPathField(path, field);
    }

    connect(m_ui->srv, &QCheckBox::toggled, this,
            [this](bool on) { change([&](Plan &p) { p.legacyDiscovery.srv = on; }); });
    connect(m_ui->tcp, &QCheckBox::toggled, this,
            [this](bool on) { change([&](Plan &p) { p.legacyDiscovery.tcp = on; }); });
    connect(m_ui->hostRecords, &QCheckBox::toggled, this,
            [this](bool on) { change([&](Plan &p) { p.legacyDiscovery.hostRecords = on; }); });
    connect(m_ui->deviceUpdates, &QCheckBox::toggled, this,
            [this](bool on) { change([&](Plan &p) { p.devices.deviceUpdates = on; }); });
    connect(m_ui->ntpServer, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString ntp = text.trimmed();
        change([&](Plan &p) { p.devices.ntpServer = ntp; });
    });
}

DevicesPage::~DevicesPage() = default;

void DevicesPage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    m_ui->srv->setChecked(plan.legacyDiscovery.srv);
    m_ui->tcp->setChecked(plan.legacyDiscovery.tcp);
    m_ui->hostRecords->setChecked(plan.legacyDiscovery.hostRecords);
    m_ui->ntpServer->setText(plan.devices.ntpServer);
    m_ui->deviceUpdates->setChecked(plan.devices.deviceUpdates);
}

QStringList DevicesPage::pathPrefixes() const
{
    return {QStringLiteral("legacyDiscovery"), QStringLiteral("devices")};
}

} // namespace lyncdns
