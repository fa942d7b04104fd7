// The page's layout, texts, mnemonics and accessible names live in the form (mobilitypage.ui); here
// the fields get their JSON paths, the record types their keywords, and edits go into the plan.

#include "ui/wizard/pages/mobilitypage.h"
#include "ui_mobilitypage.h"

#include "model/plan/plandocument.h"
#include "model/rules/keywords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lyncdns {

MobilityPage::MobilityPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Autodiscover and mobility"),
               tr("Lync 2013 clients and mobile apps find their pool through <i>lyncdiscoverinternal</i> "
                  "(internal) and <i>lyncdiscover</i> (external). Push notifications for older mobile "
                  "clients also need the federation SRV record."),
               parent)
    , m_ui(std::make_unique<Ui::MobilityPage>())
{
    auto *body = new QWidget(this);
    m_ui->setupUi(body);
    contentLayout()->addWidget(body);
    contentLayout()->addStretch(1);

    // Tests and fieldForPath() find the fields by JSON path; uic needs C++ names in the form.
    m_ui->autodiscover->setObjectName(QStringLiteral("autodiscover.enabled"));
    m_ui->recordType->setObjectName(QStringLiteral("autodiscover.recordType"));
    m_ui->push->setObjectName(QStringLiteral("mobility.pushNotifications"));
    registerPathField(QStringLiteral("autodiscover.enabled"), m_ui->autodiscover);
    registerPathField(QStringLiteral("autodiscover"), m_ui->autodiscover);
    registerPathField(QStringLiteral("autodiscover.recordType"), m_ui->recordType);
    registerPathField(QStringLiteral("mobility.pushNotifications"), m_ui->push);
    registerPathField(QStringLiteral("mobility"), m_ui->push);

    // The items carry the plan's keyword, which a form cannot hold.
    m_ui->recordType->addItem(tr("CNAME to the external web services FQDN"),
                              autodiscoverTypeName(AutodiscoverType::Cname));
    m_ui->recordType->addItem(tr("A record to the reverse proxy's public address"),
                              autodiscoverTypeName(AutodiscoverType::A));

    connect(m_ui->autodiscover, &QCheckBox::toggled, this, [this](bool on) {
        updateState();
        if (!filling())
            change([on](Plan &p) { p.autodiscover.enabled = on; });
    });
    connect(m_ui->recordType, &QComboBox::currentIndexChanged, this, [this] {
        updateState();
        if (filling())
            return;
        const AutodiscoverType type = m_ui->recordType->currentData().toString() == QLatin1String("A")
                                          ? AutodiscoverType::A
                                          : AutodiscoverType::Cname;
        change([type](Plan &p) { p.autodiscover.recordType = type; });
    });
    connect(m_ui->push, &QCheckBox::toggled, this, [this](bool on) {
        if (!filling())
            change([on](Plan &p) { p.pushNotifications = on; });
    });
    // The note depends on split-brain DNS, which an earlier page edits.
    connect(document, &PlanDocument::changed, this, &MobilityPage::updateState);
    updateState();
}

MobilityPage::~MobilityPage() = default;

void MobilityPage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    m_filling = true;
    m_ui->autodiscover->setChecked(plan.autodiscover.enabled);
    m_ui->recordType->setCurrentIndex(
        m_ui->recordType->findData(autodiscoverTypeName(plan.autodiscover.recordType)));
    m_ui->push->setChecked(plan.pushNotifications);
    m_filling = false;
    updateState();
}

QStringList MobilityPage::pathPrefixes() const
{
    return {QStringLiteral("autodiscover"), QStringLiteral("mobility")};
}

void MobilityPage::updateState()
{
    m_ui->recordType->setEnabled(m_ui->autodiscover->isChecked());
    QString note;
    if (!document()->plan().dns.splitBrain)
        note =
            tr("Without split-brain DNS, lyncdiscoverinternal is always an A record: it lives in a pin-point "
               "zone, whose apex cannot hold a CNAME.");
    else if (m_ui->recordType->currentData().toString() == QLatin1String("A"))
        note = tr("lyncdiscover points at the reverse proxy; lyncdiscoverinternal at the sign-in pool's web "
                  "address.");
    else
        note = tr("lyncdiscover is an alias of the sign-in pool's external web services FQDN; "
                  "lyncdiscoverinternal of its internal one.");
    m_ui->recordNote->setText(note);
    m_ui->recordNote->setVisible(m_ui->autodiscover->isChecked());
}

} // namespace lyncdns
