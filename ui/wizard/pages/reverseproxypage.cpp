#include "ui/wizard/pages/reverseproxypage.h"

#include "model/dns/hostnames.h"
#include "model/plan/estate.h"
#include "model/plan/plandocument.h"
#include "ui/widgets/wrappingcheckbox.h"
#include "ui/wizard/scopedview.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lyncdns {

ReverseProxyPage::ReverseProxyPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Reverse proxy"),
               tr("The reverse proxy publishes web services, meetings, dial-in, Office Web Apps and "
                  "Autodiscover to the Internet. Without it, mobile clients and external meeting "
                  "participants cannot reach those names."),
               parent)
{
    setEditedRole(EstateRole::ReverseProxy);
    m_enabled = new WrappingCheckBox(tr("&Publish through a reverse proxy"), this);
    m_enabled->setObjectName(scoped::elementPath(scope(), EstateRole::ReverseProxy));
    m_enabled->setAccessibleName(tr("Publish through a reverse proxy"));
    contentLayout()->addWidget(m_enabled);
    registerPathField(scoped::elementPath(scope(), EstateRole::ReverseProxy), m_enabled);

    m_details = new QWidget(this);
    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    m_ipv4 = new QLineEdit(m_details);
    m_ipv4->setObjectName(scoped::elementPath(scope(), EstateRole::ReverseProxy) +
                          QStringLiteral(".publicIpv4"));
    m_ipv4->setAccessibleName(tr("Reverse proxy public IPv4 address"));
    m_ipv4->setPlaceholderText(tr("e.g. 131.107.155.40"));
    form->addRow(tr("Public IPv&4 address:"), m_ipv4);
    registerPathField(m_ipv4->objectName(), m_ipv4);
    m_ipv6 = new QLineEdit(m_details);
    m_ipv6->setObjectName(scoped::elementPath(scope(), EstateRole::ReverseProxy) +
                          QStringLiteral(".publicIpv6"));
    m_ipv6->setAccessibleName(tr("Reverse proxy public IPv6 address"));
    m_ipv6->setPlaceholderText(tr("optional"));
    form->addRow(tr("Public IPv&6 address:"), m_ipv6);
    registerPathField(m_ipv6->objectName(), m_ipv6);
    m_published = new QLabel(m_details);
    m_published->setWordWrap(true);
    m_published->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_published);
    contentLayout()->addWidget(m_details);
    contentLayout()->addStretch(1);

    connect(m_enabled, &QCheckBox::toggled, this, [this] {
        if (filling())
            return;
        updateState();
        commit();
    });
    connect(m_ipv4, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (filling())
            return;
        m_proxy.publicIpv4 = text.trimmed();
        commit();
    });
    connect(m_ipv6, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (filling())
            return;
        m_proxy.publicIpv6 = text.trimmed();
        commit();
    });
    // A replaced plan without a reverse proxy must not inherit the previous plan's addresses.
    connect(document, &PlanDocument::reloaded, this, [this] {
        if (scoped::reverseProxy(this->document()->plan(), scope()))
            return;
        m_proxy = ReverseProxy{};
        m_filling = true;
        m_ipv4->clear();
        m_ipv6->clear();
        m_filling = false;
    });
    updateState();
}

void ReverseProxyPage::loadFromPlan()
{
    const std::optional<ReverseProxy> proxy = scoped::reverseProxy(document()->plan(), scope());
    // The whole proxy, so its name (which pools may refer to) is kept.
    if (proxy)
        m_proxy = *proxy;
    m_filling = true;
    m_enabled->setChecked(proxy.has_value());
    m_ipv4->setText(m_proxy.publicIpv4);
    m_ipv6->setText(m_proxy.publicIpv6);
    m_filling = false;
    updateState();
}

QStringList ReverseProxyPage::pathPrefixes() const
{
    return {scoped::elementPath(scope(), EstateRole::ReverseProxy)};
}

void ReverseProxyPage::updateState()
{
    m_details->setEnabled(m_enabled->isChecked());
    // Which external names the proxy's address goes to, so the choice is made knowingly: those of
    // the plan as it would be with this proxy (plan-format.md, rules 2, 5 and 7).
    Plan plan = document()->plan();
    scoped::setReverseProxy(plan, scope(), m_proxy);
    // The scope's site (the plan has one now: setReverseProxy made it if it had none).
    const qsizetype siteIndex = qBound<qsizetype>(0, scope().site, plan.sites.size() - 1);
    const auto isThisProxy = [this, siteIndex](const ProxyRef &proxy) {
        return proxy && proxy.site == siteIndex && proxy.index == scope().reverseProxy;
    };
    QStringList names;
    const auto add = [&names](const QString &name) {
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    };
    for (const PoolRef &pool : allPools(plan))
        if (isThisProxy(reverseProxyFor(plan, pool)))
            add(normalizedName(pool.pool->webServices.externalFqdn));
    if (isThisProxy(reverseProxyFor(plan, webPool(plan)))) {
        for (const QString &url : effectiveMeetUrls(plan))
            add(simpleUrlHost(url));
        add(simpleUrlHost(effectiveDialinUrl(plan)));
        if (plan.autodiscover.enabled)
            for (const QString &domain : plan.sipDomains)
                add(QStringLiteral("lyncdiscover.") + normalizedName(domain));
    }
    const Site &site = plan.sites.at(siteIndex);
    if (site.simpleUrls) {
        for (const QString &url : effectiveMeetUrls(plan, *site.simpleUrls))
            add(simpleUrlHost(url));
        add(simpleUrlHost(effectiveDialinUrl(plan, *site.simpleUrls)));
    }
    for (const OfficeWebApps &farm : site.officeWebApps)
        add(normalizedName(farm.externalFqdn));
    //: %1 is a comma-separated list of host names.
    m_published->setText(tr("External DNS will point these names at the proxy: %1")
                             .arg(names.isEmpty() ? tr("(none yet)") : names.join(QStringLiteral(", "))));
}

void ReverseProxyPage::commit()
{
    const std::optional<ReverseProxy> proxy =
        m_enabled->isChecked() ? std::optional<ReverseProxy>(m_proxy) : std::nullopt;
    change([&proxy, scope = scope()](Plan &p) { scoped::setReverseProxy(p, scope, proxy); });
    // The site's next reverse proxy is its first now: the page shows that one.
    if (!proxy && scoped::reverseProxy(document()->plan(), scope()))
        reloadFromPlan();
    // A new proxy got its name in the plan: keep it, so unticking and ticking again keeps it too.
    if (const std::optional<ReverseProxy> stored = scoped::reverseProxy(document()->plan(), scope());
        stored && proxy)
        m_proxy.name = stored->name;
    updateState();
}

} // namespace lyncdns
