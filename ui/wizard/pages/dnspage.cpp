#include "ui/wizard/pages/dnspage.h"

#include "model/plan/plandocument.h"
#include "ui/widgets/wrappingcheckbox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <limits>

namespace lyncdns {

DnsPage::DnsPage(PlanDocument *document, QWidget *parent)
    : PlanPage(
          document, tr("DNS"),
          tr("Whether your internal DNS holds its own copy of each SIP domain (split-brain DNS). Without it, "
             "internal names in a SIP domain need pin-point zones, which this tool creates for you. The TTL "
             "goes into every record; IPv6 adds AAAA records wherever you give an IPv6 address."),
          parent)
{
    auto *form = new QFormLayout;
    contentLayout()->addLayout(form);

    m_splitBrain = new WrappingCheckBox(
        tr("&Split-brain DNS: internal DNS hosts its own copy of each SIP domain zone"), this);
    m_splitBrain->setObjectName(QStringLiteral("dns.splitBrain"));
    m_splitBrain->setAccessibleName(tr("Split-brain DNS"));
    form->addRow(m_splitBrain);
    m_splitBrainNote = new QLabel(this);
    m_splitBrainNote->setWordWrap(true);
    form->addRow(m_splitBrainNote);

    m_ttl = new QSpinBox(this);
    m_ttl->setObjectName(QStringLiteral("dns.ttl"));
    m_ttl->setAccessibleName(tr("Time to live of every record, in seconds"));
    m_ttl->setRange(0, std::numeric_limits<int>::max());
    m_ttl->setSingleStep(300);
    //: Suffix of the TTL spin box: seconds, with a leading space.
    m_ttl->setSuffix(tr(" s"));
    m_ttl->setAccelerated(true);
    m_ttlNote = new QLabel(this);
    auto *ttlLabel = new QLabel(tr("Record &TTL:"), this);
    ttlLabel->setBuddy(m_ttl);
    form->addRow(ttlLabel, m_ttl);
    form->addRow(QString(), m_ttlNote);

    m_ipv6 = new WrappingCheckBox(
        tr("&IPv6: add an AAAA record next to each A record that has an IPv6 address"), this);
    m_ipv6->setObjectName(QStringLiteral("dns.ipv6"));
    m_ipv6->setAccessibleName(tr("IPv6 (AAAA records)"));
    form->addRow(m_ipv6);
    contentLayout()->addStretch(1);

    registerPathField(QStringLiteral("dns.splitBrain"), m_splitBrain);
    registerPathField(QStringLiteral("dns.ttl"), m_ttl);
    registerPathField(QStringLiteral("dns.ipv6"), m_ipv6);
    registerPathField(QStringLiteral("dns"), m_splitBrain);

    connect(m_splitBrain, &QCheckBox::toggled, this, [this](bool on) {
        updateNotes();
        change([on](Plan &p) { p.dns.splitBrain = on; });
    });
    connect(m_ttl, &QSpinBox::valueChanged, this, [this](int ttl) {
        updateNotes();
        change([ttl](Plan &p) { p.dns.ttl = ttl; });
    });
    connect(m_ipv6, &QCheckBox::toggled, this,
            [this](bool on) { change([on](Plan &p) { p.dns.ipv6 = on; }); });
}

void DnsPage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    m_splitBrain->setChecked(plan.dns.splitBrain);
    m_ttl->setValue(plan.dns.ttl);
    m_ipv6->setChecked(plan.dns.ipv6);
    updateNotes();
}

void DnsPage::updateNotes()
{
    m_splitBrainNote->setText(
        m_splitBrain->isChecked()
            ? tr("Internal records for names in a SIP domain go into the internal copy of that zone.")
            : tr("Internal names inside a SIP domain get pin-point zones (a zone for exactly that name), so "
                 "the rest of the domain still resolves from public DNS."));
    const int ttl = m_ttl->value();
    QString note;
    if (ttl == 0)
        note = tr("0 seconds: resolvers will not cache these records.");
    else if (ttl % 86400 == 0)
        note = tr("%n day(s)", nullptr, ttl / 86400);
    else if (ttl % 3600 == 0)
        note = tr("%n hour(s)", nullptr, ttl / 3600);
    else if (ttl % 60 == 0)
        note = tr("%n minute(s)", nullptr, ttl / 60);
    if (ttl == 3600)
        //: %1 is the TTL in words, e.g. "1 hour".
        note = tr("%1 (the default)").arg(note);
    m_ttlNote->setText(note);
    m_ttlNote->setVisible(!note.isEmpty());
}

QStringList DnsPage::pathPrefixes() const
{
    return {QStringLiteral("dns")};
}

} // namespace lyncdns
