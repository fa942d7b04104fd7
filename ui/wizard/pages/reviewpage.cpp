#include "ui/wizard/pages/reviewpage.h"
#include "model/rules/keywords.h"

#include "model/plan/estaterolelabels.h"
#include "model/plan/plandocument.h"
#include "model/planner/planner.h"
#include "ui/widgets/findingslist.h"
#include "ui/wizard/scopedview.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace lyncdns {

namespace {

// "1 server", "3 servers": the plural forms come from the translation (lyncdns_en.ts for English).
QString serversText(qsizetype n)
{
    //: The %1 in "pool %1 with %2, %3", "Edge pool of %1 …" and "pool %1 with %2".
    return ReviewPage::tr("%n server(s)", nullptr, int(n));
}

QString nameText(const QString &fqdn)
{
    return fqdn.isEmpty() ? ReviewPage::tr("(no FQDN yet)") : fqdn;
}

QString poolText(const Pool &pool, bool isFrontEnd)
{
    if (isFrontEnd && pool.edition == Edition::Standard)
        return ReviewPage::tr("Standard Edition server %1").arg(nameText(pool.fqdn));
    //: %1 is the pool FQDN, %2 the number of servers ("3 servers"), %3 the load balancing.
    return ReviewPage::tr("pool %1 with %2, %3")
        .arg(nameText(pool.fqdn), serversText(pool.servers.size()), loadBalancingLabel(pool.loadBalancing));
}

QString edgeText(const Plan &plan, const Edge &edge)
{
    const QString n = serversText(edge.servers.size());
    QString layout;
    switch (edge.layout) {
    case EdgeLayout::Single:
        layout = ReviewPage::tr("single Edge server");
        break;
    case EdgeLayout::ScaledDns:
        layout = ReviewPage::tr("Edge pool of %1 with DNS load balancing").arg(n);
        break;
    case EdgeLayout::ScaledHardware:
        layout = ReviewPage::tr("Edge pool of %1 behind hardware load balancers").arg(n);
        break;
    }
    //: %1 is the Edge layout (e.g. "single Edge server"), %2 its internal FQDN, %3-%5 its external FQDNs.
    QString text = ReviewPage::tr("%1 %2; access %3, web conferencing %4, A/V %5")
                       .arg(layout, nameText(edge.internalFqdn), effectiveAccessFqdn(plan, edge),
                            effectiveWebConferencingFqdn(plan, edge), effectiveAvFqdn(plan, edge));
    if (edge.nat)
        //: Appended to the Edge summary ("… A/V av.contoso.com; behind NAT").
        text += ReviewPage::tr("; behind NAT");
    return text;
}

// "2 Front End pools (pool1.contoso.net, pool2.contoso.net); 1 Edge pool (edge.contoso.net)": what a
// site of an estate holds, by role, in the topology page's order.
QString siteText(const Plan &plan, qsizetype index)
{
    QStringList parts;
    for (EstateRole role : kEstateRoles) {
        const qsizetype count = estateRoleCount(plan, index, role);
        if (count == 0)
            continue;
        QStringList names;
        for (qsizetype i = 0; i < count; ++i)
            names << nameText(estateElementName(plan, index, role, i));
        //: %1 is a role with its count ("2 Front End pools"), %2 their names.
        parts << ReviewPage::tr("%1 (%2)").arg(estateRoleCountText(role, count),
                                               names.join(QStringLiteral(", ")));
    }
    return parts.isEmpty() ? ReviewPage::tr("nothing yet") : parts.join(QStringLiteral("; "));
}

QString onOff(bool on)
{
    return on ? ReviewPage::tr("yes") : ReviewPage::tr("no");
}

} // namespace

ReviewPage::ReviewPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Review"),
               tr("Everything this plan asks for. Check the findings, then save the plan, export the records "
                  "or print the report."),
               parent)
{
    m_ready = new QLabel(this);
    m_ready->setObjectName(QStringLiteral("readyStatement"));
    m_ready->setWordWrap(true);
    m_ready->setAccessibleName(tr("Whether the plan is ready"));
    m_ready->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *summaryBox = new QGroupBox(tr("Topology"), this);
    auto *summaryWidget = new QWidget;
    m_summary = new QFormLayout(summaryWidget);
    m_summary->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *scroll = new QScrollArea(summaryBox);
    scroll->setWidget(summaryWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Topology summary"));
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(scroll);

    m_recordCounts = new QLabel(this);
    m_recordCounts->setObjectName(QStringLiteral("recordCounts"));
    m_recordCounts->setAccessibleName(tr("Record counts"));
    m_recordCounts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_findings = new FindingsList(this);
    m_findings->setObjectName(QStringLiteral("reviewFindings"));
    m_findings->setAccessibleDescription(tr("Errors first. Press Enter on a finding to go to its field."));
    auto *findingsLabel = new QLabel(tr("F&indings (errors first; double-click or press Enter to go to the "
                                        "field):"),
                                     this);
    findingsLabel->setBuddy(m_findings);
    findingsLabel->setWordWrap(true);

    auto *hint = new QLabel(tr("Use File ▸ Save to keep the plan, File ▸ Export for the records, and File ▸ "
                               "Print Preview for the report."),
                            this);
    hint->setObjectName(QStringLiteral("reviewHint"));
    hint->setWordWrap(true);

    contentLayout()->addWidget(m_ready);
    contentLayout()->addWidget(summaryBox, 2);
    contentLayout()->addWidget(m_recordCounts);
    contentLayout()->addWidget(findingsLabel);
    contentLayout()->addWidget(m_findings, 1);
    contentLayout()->addWidget(hint);

    connect(m_findings, &FindingsList::findingActivated, this, &ReviewPage::jumpTo);
    // The plan can change under the page (reopened, recovered): keep it current while shown.
    connect(document, &PlanDocument::changed, this, [this] {
        if (isVisible())
            refresh();
    });
}

void ReviewPage::loadFromPlan()
{
    refresh();
}

void ReviewPage::refresh()
{
    const Plan &plan = document()->plan();
    fillSummary(plan);

    const RecordSet records = planRecords(plan);
    const auto internal = std::count_if(records.cbegin(), records.cend(),
                                        [](const DnsRecord &r) { return r.location == Location::Internal; });
    const int internalCount = int(internal);
    const int externalCount = int(records.size() - internal);
    //: %1 is the number of internal records, %2 of external ones.
    m_recordCounts->setText(tr("Records: %1 internal, %2 external.").arg(internalCount).arg(externalCount));
    fillFindings();
}

void ReviewPage::fillSummary(const Plan &plan)
{
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    auto row = [this](const QString &label, const QString &value) {
        auto *v = new QLabel(value);
        v->setWordWrap(true);
        v->setTextFormat(Qt::PlainText);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setAccessibleName(label);
        //: A label in the topology summary, e.g. "Product:".
        m_summary->addRow(tr("%1:").arg(label), v);
    };

    if (!plan.title.isEmpty())
        row(tr("Title"), plan.title);
    row(tr("Product"), productLabel(plan.product));
    row(tr("SIP domains"), plan.sipDomains.isEmpty() ? tr("none yet")
                                                     : tr("%1 (primary: %2)")
                                                           .arg(plan.sipDomains.join(QStringLiteral(", ")),
                                                                plan.primarySipDomain()));
    //: %1 split-brain or not, %2 the TTL in seconds, %3 "IPv4 and IPv6" or "IPv4 only".
    row(tr("DNS"), tr("%1, TTL %2 s, %3")
                       .arg(plan.dns.splitBrain ? tr("split-brain (internal copies of the SIP domain zones)")
                                                : tr("no split-brain (pin-point zones inside)"))
                       .arg(plan.dns.ttl)
                       .arg(plan.dns.ipv6 ? tr("IPv4 and IPv6") : tr("IPv4 only")));
    if (plan.sites.size() > 1 || !plan.branchSites.isEmpty()) {
        // An estate: one row per site, naming what it holds; each element's page has the details.
        for (qsizetype s = 0; s < plan.sites.size(); ++s)
            //: A row of the topology summary: %1 is a site name.
            row(tr("Site %1").arg(plan.sites.at(s).name), siteText(plan, s));
        if (!plan.branchSites.isEmpty())
            //: %n is the number of branch sites.
            row(tr("Branch sites"), tr("%n branch site(s)", nullptr, int(plan.branchSites.size())));
    } else {
        // One site: its first of each, as the guided flow entered them.
        const EditScope first;
        const std::optional<Pool> director = scoped::director(plan, first);
        const std::optional<Edge> edge = scoped::edge(plan, first);
        const std::optional<ReverseProxy> proxy = scoped::reverseProxy(plan, first);
        row(tr("Front End"), poolText(scoped::frontEnd(plan, first), true));
        row(tr("Director"), director ? poolText(*director, false) : tr("none"));
        row(tr("Edge"), edge ? edgeText(plan, *edge) : tr("none (no external access)"));
        row(tr("Reverse proxy"), proxy ? tr("public address %1").arg(proxy->publicIpv4) : tr("none"));
    }
    const QStringList meet = effectiveMeetUrls(plan);
    QString urls = tr("meet %1; dial-in %2").arg(meet.join(QStringLiteral(", ")), effectiveDialinUrl(plan));
    if (!plan.simpleUrls.admin.isEmpty())
        //: Appended to "meet %1; dial-in %2".
        urls += tr("; admin %1 (internal only)").arg(plan.simpleUrls.admin);
    row(tr("Simple URLs"), urls);
    row(tr("Autodiscover"),
        plan.autodiscover.enabled
            ? (plan.autodiscover.recordType == AutodiscoverType::Cname ? tr("lyncdiscover as CNAME records")
                                                                       : tr("lyncdiscover as A records"))
            : tr("off"));
    row(tr("Push notifications"), onOff(plan.pushNotifications));
    row(tr("Federation"), !plan.federation.enabled       ? tr("off")
                          : plan.federation.discoverable ? tr("on, discoverable by partners")
                                                         : tr("on, not discoverable"));
    row(tr("XMPP federation"), plan.xmppFqdn ? tr("proxy %1").arg(*plan.xmppFqdn) : tr("none"));
    const std::optional<ServerPool> chat = scoped::persistentChat(plan, EditScope{});
    if (!hasSfb2019Roles(plan.product) || chat)
        row(tr("Persistent Chat"),
            chat ? tr("pool %1 with %2").arg(nameText(chat->fqdn), serversText(chat->servers.size()))
                 : tr("none"));
    const std::optional<OfficeWebApps> farm = scoped::officeWebApps(plan, EditScope{});
    row(tr("Office Web Apps"),
        farm ? (farm->externalFqdn.isEmpty()
                    ? tr("%1 (internal only)").arg(nameText(farm->internalFqdn))
                    : tr("%1, published as %2").arg(nameText(farm->internalFqdn), farm->externalFqdn))
             : tr("none"));
    QStringList legacy;
    if (plan.legacyDiscovery.srv)
        legacy << tr("SRV records");
    if (plan.legacyDiscovery.tcp)
        legacy << tr("SIP over TCP SRV");
    if (plan.legacyDiscovery.hostRecords)
        legacy << tr("host-name fallbacks");
    row(tr("Legacy discovery"), legacy.isEmpty() ? tr("none") : legacy.join(QStringLiteral(", ")));
    QStringList phones;
    if (!plan.devices.ntpServer.isEmpty())
        phones << tr("NTP server %1").arg(plan.devices.ntpServer);
    if (plan.devices.deviceUpdates)
        phones << tr("device updates (ucupdates-r2)");
    row(tr("Desk phones"), phones.isEmpty() ? tr("nothing extra") : phones.join(QStringLiteral(", ")));
}

void ReviewPage::fillFindings()
{
    const Findings &findings = document()->findings();
    m_findings->setFindings(document()->plan(), findings);
    const auto count = [&](Severity severity) {
        return int(std::count_if(findings.cbegin(), findings.cend(),
                                 [severity](const Finding &f) { return f.severity == severity; }));
    };
    const int errors = count(Severity::Error);
    const int warnings = count(Severity::Warning);
    if (errors == 0) {
        m_ready->setText(
            warnings == 0 ? tr("The plan is ready: no errors.")
                          : tr("The plan is ready: no errors (%n warning(s) to read).", nullptr, warnings));
        m_ready->setStyleSheet(
            QStringLiteral("QLabel#readyStatement { color: #1b5e20; font-weight: bold; }"));
    } else {
        m_ready->setText(tr("The plan is not ready: %n error(s) to fix first.", nullptr, errors));
        m_ready->setStyleSheet(
            QStringLiteral("QLabel#readyStatement { color: #b00020; font-weight: bold; }"));
    }
    m_ready->setProperty("ready", errors == 0);
}

void ReviewPage::jumpTo(const QString &path)
{
    if (path.isEmpty())
        return;
    emit pathActivated(path);
}

} // namespace lyncdns
