#include "ui/wizard/pages/edgepage.h"
#include "model/rules/keywords.h"

#include "model/dns/hostnames.h"
#include "model/plan/plandocument.h"
#include "ui/widgets/edgeserverstable.h"
#include "ui/widgets/wrappingcheckbox.h"
#include "ui/wizard/scopedview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace lyncdns {

namespace {

const char *const noneLayout = "none";

} // namespace

EdgePage::EdgePage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Edge"),
               tr("The Edge Server lets remote users sign in, federate and join meetings. External DNS must "
                  "hold the public addresses of its Access, Web Conferencing and A/V services (behind NAT: "
                  "the public side of the NAT); its internal FQDN stays in internal DNS."),
               parent)
{
    setEditedRole(EstateRole::Edge);
    m_edge.servers << EdgeServer{};

    auto *top = new QFormLayout;
    m_layout = new QComboBox(this);
    m_layout->setObjectName(scoped::elementPath(scope(), EstateRole::Edge));
    m_layout->addItem(tr("No Edge Server"), QLatin1String(noneLayout));
    m_layout->addItem(tr("Single Edge Server"), edgeLayoutName(EdgeLayout::Single));
    m_layout->addItem(tr("Scaled Edge pool, DNS load balancing"), edgeLayoutName(EdgeLayout::ScaledDns));
    m_layout->addItem(tr("Scaled Edge pool, hardware load balancer"),
                      edgeLayoutName(EdgeLayout::ScaledHardware));
    m_layout->setAccessibleName(tr("Edge topology"));
    top->addRow(tr("Edge &topology:"), m_layout);
    contentLayout()->addLayout(top);
    registerPathField(scoped::elementPath(scope(), EstateRole::Edge), m_layout);
    registerPathField(scoped::elementPath(scope(), EstateRole::Edge) + QStringLiteral(".layout"), m_layout);

    m_details = new QWidget(this);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    contentLayout()->addWidget(m_details, 1);

    auto *form = new QFormLayout;
    details->addLayout(form);
    m_nat = new WrappingCheckBox(
        tr("E&xternal interfaces are behind NAT (enter the public addresses the NAT maps to)"), m_details);
    m_nat->setObjectName(scoped::elementPath(scope(), EstateRole::Edge) + QStringLiteral(".nat"));
    m_nat->setAccessibleName(tr("External interfaces behind NAT"));
    form->addRow(m_nat);
    registerPathField(scoped::elementPath(scope(), EstateRole::Edge) + QStringLiteral(".nat"), m_nat);

    auto lineEdit = [this, form](const QString &path, const QString &label, const QString &accessible) {
        auto *edit = new QLineEdit(m_details);
        edit->setObjectName(path);
        edit->setAccessibleName(accessible);
        form->addRow(label, edit);
        registerPathField(path, edit);
        return edit;
    };
    m_internalFqdn =
        lineEdit(scoped::elementPath(scope(), EstateRole::Edge) + QStringLiteral(".internalFqdn"),
                 tr("&Internal FQDN:"), tr("Edge internal FQDN"));
    m_internalFqdn->setPlaceholderText(tr("e.g. lsedge.contoso.net (internal DNS only)"));
    m_accessFqdn = lineEdit(scoped::elementPath(scope(), EstateRole::Edge) + QStringLiteral(".accessFqdn"),
                            tr("A&ccess Edge FQDN:"), tr("Access Edge FQDN"));
    m_webConferencingFqdn =
        lineEdit(scoped::elementPath(scope(), EstateRole::Edge) + QStringLiteral(".webConferencingFqdn"),
                 tr("&Web Conferencing FQDN:"), tr("Web Conferencing Edge FQDN"));
    m_avFqdn = lineEdit(scoped::elementPath(scope(), EstateRole::Edge) + QStringLiteral(".avFqdn"),
                        tr("A/&V Edge FQDN:"), tr("A/V Edge FQDN"));
    auto *defaultsHint =
        new QLabel(tr("Leave an external FQDN empty to use the default shown in grey."), m_details);
    defaultsHint->setWordWrap(true);
    form->addRow(QString(), defaultsHint);

    auto *serversLabel = new QLabel(tr("Edge &servers:"), m_details);
    details->addWidget(serversLabel);
    m_servers = new EdgeServersTable(m_details);
    m_servers->setObjectName(scoped::elementPath(scope(), EstateRole::Edge) + QStringLiteral(".servers"));
    m_servers->setAccessibleName(tr("Edge servers"));
    serversLabel->setBuddy(m_servers);
    details->addWidget(m_servers, 1);
    registerPathField(scoped::elementPath(scope(), EstateRole::Edge) + QStringLiteral(".servers"), m_servers);
    // A new Edge server row is proposed a name from the pool's internal FQDN (issue 12), however the
    // FQDN got there: typed, or filled from the plan.
    connect(m_internalFqdn, &QLineEdit::textChanged, m_servers, &EdgeServersTable::setPoolFqdn);

    m_vipBox = new QGroupBox(tr("Hardware load balancer VIPs"), m_details);
    m_vipBox->setObjectName(QStringLiteral("edgeVips"));
    auto *grid = new QGridLayout(m_vipBox);
    grid->addWidget(new QLabel(tr("IPv4"), m_vipBox), 0, 1);
    grid->addWidget(new QLabel(tr("IPv6 (optional)"), m_vipBox), 0, 2);
    struct VipRow
    {
        QString label;
        QString name;
        QString key;
        QString EdgeVips::*v4;
        QString EdgeVips::*v6;
    };
    const VipRow rows[] = {
        {tr("Interna&l VIP:"), tr("Internal VIP"), QStringLiteral("internal"), &EdgeVips::internal,
         &EdgeVips::internalIpv6},
        {tr("Acc&ess VIP:"), tr("Access VIP"), QStringLiteral("access"), &EdgeVips::access,
         &EdgeVips::accessIpv6},
        {tr("Web Con&ferencing VIP:"), tr("Web Conferencing VIP"), QStringLiteral("webConferencing"),
         &EdgeVips::webConferencing, &EdgeVips::webConferencingIpv6},
        {tr("A/V VI&P:"), tr("A/V VIP"), QStringLiteral("av"), &EdgeVips::av, &EdgeVips::avIpv6},
    };
    int r = 1;
    for (const VipRow &row : rows) {
        const QString path =
            scoped::elementPath(scope(), EstateRole::Edge) + QStringLiteral(".vips.") + row.key;
        auto *label = new QLabel(row.label, m_vipBox);
        QLineEdit *v4 = addVipField(path, row.v4);
        QLineEdit *v6 = addVipField(path + QStringLiteral("Ipv6"), row.v6);
        //: Accessible name of a VIP field; %1 is e.g. "Access VIP".
        v4->setAccessibleName(tr("%1 IPv4").arg(row.name));
        //: Accessible name of a VIP field; %1 is e.g. "Access VIP".
        v6->setAccessibleName(tr("%1 IPv6").arg(row.name));
        label->setBuddy(v4);
        grid->addWidget(label, r, 0);
        grid->addWidget(v4, r, 1);
        grid->addWidget(v6, r, 2);
        ++r;
    }
    registerPathField(scoped::elementPath(scope(), EstateRole::Edge) + QStringLiteral(".vips"),
                      m_vipFields.first().edit);
    details->addWidget(m_vipBox);

    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] {
        if (filling())
            return;
        if (hasEdge()) {
            m_edge.layout = chosenLayout();
            // A pool has at least two servers: offer the second row right away; a single Edge drops
            // the blank rows a pool layout offered.
            QList<EdgeServer> servers = m_servers->servers();
            const qsizetype before = servers.size();
            if (m_edge.layout == EdgeLayout::Single)
                while (servers.size() > 1 && servers.last() == EdgeServer{})
                    servers.removeLast();
            else
                while (servers.size() < 2)
                    servers << EdgeServer{};
            if (servers.size() != before) {
                m_filling = true;
                m_servers->setServers(servers);
                m_filling = false;
                m_edge.servers = servers;
            }
        }
        updateVisibility();
        commit();
    });
    connect(m_nat, &QCheckBox::toggled, this, [this](bool on) {
        if (filling())
            return;
        m_edge.nat = on;
        if (on)
            m_servers->setPrivateColumnsVisible(true);
        commit();
    });
    const std::pair<QLineEdit *, QString Edge::*> fqdns[] = {
        {m_internalFqdn, &Edge::internalFqdn},
        {m_accessFqdn, &Edge::accessFqdn},
        {m_webConferencingFqdn, &Edge::webConferencingFqdn},
        {m_avFqdn, &Edge::avFqdn}};
    for (const auto &[edit, member] : fqdns) {
        QString Edge::*m = member;
        connect(edit, &QLineEdit::textChanged, this, [this, m](const QString &text) {
            if (filling())
                return;
            m_edge.*m = text.trimmed();
            commit();
        });
    }
    connect(m_servers, &EdgeServersTable::serversChanged, this, [this] {
        if (filling())
            return;
        m_edge.servers = m_servers->servers();
        commit();
    });
    // Defaults follow the primary SIP domain, which an earlier page edits.
    connect(document, &PlanDocument::changed, this, &EdgePage::updatePlaceholders);
    // A replaced plan without an Edge must not inherit the previous plan's typed Edge.
    connect(document, &PlanDocument::reloaded, this, [this] {
        if (scoped::edge(this->document()->plan(), scope()))
            return;
        m_edge = Edge{};
        m_edge.servers << EdgeServer{};
        m_vips = EdgeVips{};
        m_filling = true;
        fillWidgets();
        m_filling = false;
    });

    updateVisibility();
}

QLineEdit *EdgePage::addVipField(const QString &path, QString EdgeVips::*member)
{
    auto *edit = new QLineEdit(m_vipBox);
    edit->setObjectName(path);
    registerPathField(path, edit);
    m_vipFields << VipField{edit, member};
    connect(edit, &QLineEdit::textChanged, this, [this, member](const QString &text) {
        if (filling())
            return;
        m_vips.*member = text.trimmed();
        commit();
    });
    return edit;
}

void EdgePage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    const std::optional<Edge> edge = scoped::edge(plan, scope());
    m_referencedName = edge ? edge->internalFqdn : QString();
    if (edge) {
        // The whole pool, so what the page does not show (priorities, federation, XMPP) is kept.
        m_edge = *edge;
        if (edge->vips)
            m_vips = *edge->vips;
    }
    m_filling = true;
    m_layout->setCurrentIndex(edge ? m_layout->findData(edgeLayoutName(edge->layout))
                                   : m_layout->findData(QLatin1String(noneLayout)));
    fillWidgets();
    m_filling = false;
    if (plan.dns.ipv6)
        m_servers->setIpv6ColumnsVisible(true);
    updatePlaceholders();
    updateVisibility();
}

QStringList EdgePage::pathPrefixes() const
{
    return {scoped::elementPath(scope(), EstateRole::Edge)};
}

bool EdgePage::hasEdge() const
{
    return m_layout->currentData().toString() != QLatin1String(noneLayout);
}

EdgeLayout EdgePage::chosenLayout() const
{
    const QString key = m_layout->currentData().toString();
    if (key == edgeLayoutName(EdgeLayout::ScaledDns))
        return EdgeLayout::ScaledDns;
    if (key == edgeLayoutName(EdgeLayout::ScaledHardware))
        return EdgeLayout::ScaledHardware;
    return EdgeLayout::Single;
}

std::optional<Edge> EdgePage::edgeToWrite() const
{
    if (!hasEdge())
        return std::nullopt;
    Edge edge = m_edge;
    edge.layout = chosenLayout();
    // VIPs belong to a hardware load-balanced pool only; the typed ones stay in the page.
    if (edge.layout == EdgeLayout::ScaledHardware)
        edge.vips = m_vips;
    else
        edge.vips.reset();
    return edge;
}

void EdgePage::fillWidgets()
{
    m_nat->setChecked(m_edge.nat);
    m_internalFqdn->setText(m_edge.internalFqdn);
    m_accessFqdn->setText(m_edge.accessFqdn);
    m_webConferencingFqdn->setText(m_edge.webConferencingFqdn);
    m_avFqdn->setText(m_edge.avFqdn);
    m_servers->setServers(m_edge.servers);
    if (m_edge.nat)
        m_servers->setPrivateColumnsVisible(true);
    for (const VipField &f : std::as_const(m_vipFields))
        f.edit->setText(m_vips.*(f.member));
}

void EdgePage::updatePlaceholders()
{
    const QString primary = normalizedName(document()->plan().primarySipDomain());
    const auto placeholder = [&primary](const char *prefix) {
        //: Placeholder of an external Edge FQDN before a SIP domain is known; %1 is a prefix like "sip.".
        return primary.isEmpty() ? tr("default: %1<primary SIP domain>").arg(QLatin1String(prefix))
                                 : QLatin1String(prefix) + primary;
    };
    m_accessFqdn->setPlaceholderText(placeholder("sip."));
    m_webConferencingFqdn->setPlaceholderText(placeholder("webcon."));
    m_avFqdn->setPlaceholderText(placeholder("av."));
}

void EdgePage::updateVisibility()
{
    const bool edge = hasEdge();
    m_details->setVisible(edge);
    m_details->setEnabled(edge);
    m_vipBox->setVisible(edge && chosenLayout() == EdgeLayout::ScaledHardware);
}

void EdgePage::commit()
{
    const std::optional<Edge> edge = edgeToWrite();
    change([this, &edge, scope = scope()](Plan &p) { scoped::setEdge(p, scope, edge, &m_referencedName); });
    // The site's next Edge pool is its first now: the page shows that one.
    if (!edge && scoped::edge(document()->plan(), scope()))
        reloadFromPlan();
}

} // namespace lyncdns
