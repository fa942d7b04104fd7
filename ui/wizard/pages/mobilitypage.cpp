#include "ui/wizard/pages/mobilitypage.h"
#include "model/rules/keywords.h"

#include "model/plan/plandocument.h"
#include "ui/widgets/wrappingcheckbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lyncdns {

MobilityPage::MobilityPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Autodiscover and mobility"),
               tr("Lync 2013 clients and mobile apps find their pool through <i>lyncdiscoverinternal</i> "
                  "(internal) and <i>lyncdiscover</i> (external). Push notifications for older mobile "
                  "clients also need the federation SRV record."),
               parent)
{
    auto *form = new QFormLayout;
    m_autodiscover =
        new WrappingCheckBox(tr("&Autodiscover records (lyncdiscover and lyncdiscoverinternal per SIP "
                                "domain)"),
                             this);
    m_autodiscover->setObjectName(QStringLiteral("autodiscover.enabled"));
    m_autodiscover->setAccessibleName(tr("Autodiscover records"));
    form->addRow(m_autodiscover);
    registerPathField(QStringLiteral("autodiscover.enabled"), m_autodiscover);
    registerPathField(QStringLiteral("autodiscover"), m_autodiscover);

    m_recordType = new QComboBox(this);
    m_recordType->setObjectName(QStringLiteral("autodiscover.recordType"));
    m_recordType->setAccessibleName(tr("Autodiscover record type"));
    m_recordType->addItem(tr("CNAME to the external web services FQDN"),
                          autodiscoverTypeName(AutodiscoverType::Cname));
    m_recordType->addItem(tr("A record to the reverse proxy's public address"),
                          autodiscoverTypeName(AutodiscoverType::A));
    form->addRow(tr("Record &type:"), m_recordType);
    registerPathField(QStringLiteral("autodiscover.recordType"), m_recordType);
    m_recordNote = new QLabel(this);
    m_recordNote->setWordWrap(true);
    form->addRow(QString(), m_recordNote);

    m_push = new WrappingCheckBox(
        tr("&Push notifications for Lync mobile clients (adds _sipfederationtls._tcp per SIP "
           "domain)"),
        this);
    m_push->setObjectName(QStringLiteral("mobility.pushNotifications"));
    m_push->setAccessibleName(tr("Push notifications"));
    form->addRow(m_push);
    registerPathField(QStringLiteral("mobility.pushNotifications"), m_push);
    registerPathField(QStringLiteral("mobility"), m_push);
    contentLayout()->addLayout(form);
    contentLayout()->addStretch(1);

    connect(m_autodiscover, &QCheckBox::toggled, this, [this](bool on) {
        updateState();
        if (!filling())
            change([on](Plan &p) { p.autodiscover.enabled = on; });
    });
    connect(m_recordType, &QComboBox::currentIndexChanged, this, [this] {
        updateState();
        if (filling())
            return;
        const AutodiscoverType type = m_recordType->currentData().toString() == QLatin1String("A")
                                          ? AutodiscoverType::A
                                          : AutodiscoverType::Cname;
        change([type](Plan &p) { p.autodiscover.recordType = type; });
    });
    connect(m_push, &QCheckBox::toggled, this, [this](bool on) {
        if (!filling())
            change([on](Plan &p) { p.pushNotifications = on; });
    });
    // The note depends on split-brain DNS, which an earlier page edits.
    connect(document, &PlanDocument::changed, this, &MobilityPage::updateState);
    updateState();
}

void MobilityPage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    m_filling = true;
    m_autodiscover->setChecked(plan.autodiscover.enabled);
    m_recordType->setCurrentIndex(m_recordType->findData(autodiscoverTypeName(plan.autodiscover.recordType)));
    m_push->setChecked(plan.pushNotifications);
    m_filling = false;
    updateState();
}

QStringList MobilityPage::pathPrefixes() const
{
    return {QStringLiteral("autodiscover"), QStringLiteral("mobility")};
}

void MobilityPage::updateState()
{
    m_recordType->setEnabled(m_autodiscover->isChecked());
    QString note;
    if (!document()->plan().dns.splitBrain)
        note =
            tr("Without split-brain DNS, lyncdiscoverinternal is always an A record: it lives in a pin-point "
               "zone, whose apex cannot hold a CNAME.");
    else if (m_recordType->currentData().toString() == QLatin1String("A"))
        note = tr("lyncdiscover points at the reverse proxy; lyncdiscoverinternal at the sign-in pool's web "
                  "address.");
    else
        note = tr("lyncdiscover is an alias of the sign-in pool's external web services FQDN; "
                  "lyncdiscoverinternal of its internal one.");
    m_recordNote->setText(note);
    m_recordNote->setVisible(m_autodiscover->isChecked());
}

} // namespace lyncdns
