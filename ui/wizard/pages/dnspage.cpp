// The page's layout, texts, mnemonics, accessible names and the TTL's range live in the form
// (dnspage.ui); here the fields get their JSON paths, edits go into the plan and the notes follow.

#include "ui/wizard/pages/dnspage.h"
#include "ui_dnspage.h"

#include "model/dns/hostnames.h"
#include "model/plan/plandocument.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lyncdns {

DnsPage::DnsPage(PlanDocument *document, QWidget *parent)
    : PlanPage(
          document, tr("DNS"),
          tr("Whether your internal DNS holds its own copy of each SIP domain (split-brain DNS). Without it, "
             "internal names in a SIP domain need pin-point zones, which this tool creates for you. The TTL "
             "goes into every record; IPv6 adds AAAA records wherever you give an IPv6 address."),
          parent)
    , m_ui(std::make_unique<Ui::DnsPage>())
{
    auto *body = new QWidget(this);
    m_ui->setupUi(body);
    contentLayout()->addWidget(body);
    contentLayout()->addStretch(1);

    // Tests and fieldForPath() find the fields by JSON path; uic needs C++ names in the form.
    m_ui->splitBrain->setObjectName(QStringLiteral("dns.splitBrain"));
    m_ui->ttl->setObjectName(QStringLiteral("dns.ttl"));
    m_ui->ipv6->setObjectName(QStringLiteral("dns.ipv6"));
    registerPathField(QStringLiteral("dns.splitBrain"), m_ui->splitBrain);
    registerPathField(QStringLiteral("dns.ttl"), m_ui->ttl);
    registerPathField(QStringLiteral("dns.ipv6"), m_ui->ipv6);
    registerPathField(QStringLiteral("dns"), m_ui->splitBrain);

    // One line per SIP domain, ticked where internal DNS holds that domain's zone: a domain that
    // differs from the setting above is an exception of the plan ({ "name", "splitBrain" }).
    m_ui->splitBrainDomains->setObjectName(QStringLiteral("splitBrainPerDomain"));
    const QFontMetrics fm(m_ui->splitBrainDomains->font());
    m_ui->splitBrainDomains->setMaximumHeight(fm.lineSpacing() * 7);
    // A long line ("fabrikam.com (differs from the setting above)") is elided, its whole text in the
    // tooltip: a sideways scroll bar took the height of the second domain.
    m_ui->splitBrainDomains->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_ui->splitBrainDomains, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString domain = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        change([&domain, on](Plan &p) {
            // Like the setting above: no exception. Else an exception for this domain.
            if (on == p.dns.splitBrain)
                p.splitBrainOverrides.remove(normalizedName(domain));
            else
                p.splitBrainOverrides.insert(normalizedName(domain), on);
        });
        updateNotes();
    });
    connect(document, &PlanDocument::changed, this, &DnsPage::fillDomains); // the SIP domains changed

    connect(m_ui->splitBrain, &QCheckBox::toggled, this, [this](bool on) {
        updateNotes();
        change([on](Plan &p) { p.dns.splitBrain = on; });
    });
    connect(m_ui->ttl, &QSpinBox::valueChanged, this, [this](int ttl) {
        updateNotes();
        change([ttl](Plan &p) { p.dns.ttl = ttl; });
    });
    connect(m_ui->ipv6, &QCheckBox::toggled, this,
            [this](bool on) { change([on](Plan &p) { p.dns.ipv6 = on; }); });
}

DnsPage::~DnsPage() = default;

void DnsPage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    m_ui->splitBrain->setChecked(plan.dns.splitBrain);
    m_ui->ttl->setValue(plan.dns.ttl);
    m_ui->ipv6->setChecked(plan.dns.ipv6);
    fillDomains();
    updateNotes();
}

void DnsPage::fillDomains()
{
    const Plan &plan = document()->plan();
    QStringList domains;
    for (const QString &d : plan.sipDomains)
        if (!normalizedName(d).isEmpty() && !domains.contains(normalizedName(d)))
            domains << normalizedName(d);
    // One SIP domain without an exception: the setting above says it all. (An exception of a domain
    // no longer listed is kept while the list is typed, but neither shown nor written.)
    const bool shown =
        domains.size() > 1 || (domains.size() == 1 && plan.splitBrainOverrides.contains(domains.first()));
    m_ui->splitBrainDomainsLabel->setVisible(shown);
    m_ui->splitBrainDomains->setVisible(shown);
    m_ui->splitBrainDomainsNote->setVisible(shown);
    const QSignalBlocker blocker(m_ui->splitBrainDomains);
    QListWidget *list = m_ui->splitBrainDomains;
    if (list->count() != domains.size())
        list->clear();
    for (int i = 0; i < int(domains.size()); ++i) {
        QListWidgetItem *item = list->item(i);
        if (!item) {
            item = new QListWidgetItem(list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        }
        const QString &domain = domains.at(i);
        const bool exception = plan.splitBrainFor(domain) != plan.dns.splitBrain;
        item->setData(Qt::UserRole, domain);
        item->setText(exception ? tr("%1 (differs from the setting above)").arg(domain) : domain);
        item->setToolTip(item->text());
        item->setCheckState(plan.splitBrainFor(domain) ? Qt::Checked : Qt::Unchecked);
    }
    int rows = 0;
    for (int i = 0; i < list->count(); ++i)
        rows += list->sizeHintForRow(i);
    list->setFixedHeight(std::min(list->maximumHeight(), std::max(rows, list->fontMetrics().lineSpacing()) +
                                                             2 * list->frameWidth()));
}

void DnsPage::updateNotes()
{
    m_ui->splitBrainNote->setText(
        m_ui->splitBrain->isChecked()
            ? tr("Internal records for names in a SIP domain go into the internal copy of that zone.")
            : tr("Internal names inside a SIP domain get pin-point zones (a zone for exactly that name), so "
                 "the rest of the domain still resolves from public DNS."));
    const int ttl = m_ui->ttl->value();
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
    m_ui->ttlNote->setText(note);
    m_ui->ttlNote->setVisible(!note.isEmpty());
}

QStringList DnsPage::pathPrefixes() const
{
    return {QStringLiteral("dns")};
}

} // namespace lyncdns
