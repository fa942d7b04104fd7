#include "bench/generatedplan.h"

using namespace lyncdns;

namespace {

QStringList sipDomains(int domains)
{
    QStringList out;
    for (int i = 0; i < domains; ++i)
        out << QStringLiteral("domain%1.example.com").arg(i, 4, 10, QLatin1Char('0'));
    return out;
}

// A DNS load-balanced pool of `servers` servers with its web services on a hardware VIP (R-LB2).
// Addresses: 10.<a>.<b>.1.. for the servers, 10.<a>.<b>.200 for the web VIP.
Pool dnsPool(const QString &name, int servers, int a, int b, const QString &externalWeb)
{
    Pool pool;
    pool.edition = Edition::Enterprise;
    pool.fqdn = name + QStringLiteral(".corp.example.net");
    pool.loadBalancing = LoadBalancing::Dns;
    for (int i = 1; i <= servers; ++i)
        pool.servers << Server{
            QStringLiteral("%1-%2.corp.example.net").arg(name).arg(i, 2, 10, QLatin1Char('0')),
            QStringLiteral("10.%1.%2.%3").arg(a).arg(b).arg(i), QString()};
    pool.webServices = {QStringLiteral("%1-web.corp.example.net").arg(name),
                        QStringLiteral("10.%1.%2.200").arg(a).arg(b), QString(), externalWeb};
    return pool;
}

// A DNS load-balanced Edge pool of two servers behind NAT; public addresses <publicPrefix>.11.. .
Edge dnsEdge(const QString &name, const QString &internalPrefix, const QString &publicPrefix)
{
    Edge edge;
    edge.layout = EdgeLayout::ScaledDns;
    edge.nat = true;
    edge.internalFqdn = name + QStringLiteral(".corp.example.net");
    for (int i = 1; i <= 2; ++i) {
        EdgeServer s;
        s.fqdn = QStringLiteral("%1-%2.corp.example.net").arg(name).arg(i);
        s.internalIpv4 = QStringLiteral("%1.%2").arg(internalPrefix).arg(10 + i);
        s.accessIpv4 = QStringLiteral("%1.%2").arg(publicPrefix).arg(10 + i);
        s.webConferencingIpv4 = QStringLiteral("%1.%2").arg(publicPrefix).arg(20 + i);
        s.avIpv4 = QStringLiteral("%1.%2").arg(publicPrefix).arg(30 + i);
        edge.servers << s;
    }
    return edge;
}

} // namespace

Plan generatedPlan(int domains)
{
    Plan plan;
    plan.title = QStringLiteral("Benchmark: %1 SIP domains").arg(domains);
    plan.sipDomains = sipDomains(domains);
    Site site;
    site.name = QStringLiteral("Site 1");
    Pool pool;
    pool.edition = Edition::Enterprise;
    pool.fqdn = QStringLiteral("pool01.corp.example.net");
    pool.loadBalancing = LoadBalancing::Dns;
    for (int i = 1; i <= 4; ++i)
        pool.servers << Server{QStringLiteral("fe%1.corp.example.net").arg(i),
                               QStringLiteral("10.10.10.%1").arg(i), QString()};
    pool.webServices = {QStringLiteral("webint.corp.example.net"), QStringLiteral("10.10.10.50"), QString(),
                        QStringLiteral("webext.domain0000.example.com")};
    site.frontEndPools << pool;
    Edge edge =
        dnsEdge(QStringLiteral("edgepool"), QStringLiteral("172.25.33"), QStringLiteral("131.107.155"));
    // The version 1 shape: the Edge servers are edge1, edge2.
    for (int i = 0; i < edge.servers.size(); ++i)
        edge.servers[i].fqdn = QStringLiteral("edge%1.corp.example.net").arg(i + 1);
    site.edgePools << edge;
    site.reverseProxies << ReverseProxy{QStringLiteral("reverse-proxy"), QStringLiteral("131.107.155.40"),
                                        QString()};
    plan.sites << site;
    plan.federation = {true, true};
    plan.pushNotifications = true;
    plan.devices.deviceUpdates = true;
    return plan;
}

Plan generatedEstate(int sites, int domains)
{
    Plan plan;
    plan.title = QStringLiteral("Benchmark: %1 sites, %2 SIP domains").arg(sites).arg(domains);
    plan.product = Product::Sfb2015;
    plan.sipDomains = sipDomains(domains);
    for (int s = 0; s < sites; ++s) {
        // Site s owns 10.<s+1>.0.0/16 inside and 131.107.<s+1>.0/24 outside.
        const int net = s + 1;
        const QString tag = QStringLiteral("s%1").arg(s, 2, 10, QLatin1Char('0'));
        const QString publicPrefix = QStringLiteral("131.107.%1").arg(net);
        Site site;
        site.name = QStringLiteral("Site %1").arg(s + 1, 2, 10, QLatin1Char('0'));
        Pool director = dnsPool(tag + QStringLiteral("-dir"), 2, net, 1,
                                QStringLiteral("%1-webdir.domain0000.example.com").arg(tag));
        site.directorPools << director;
        for (int p = 0; p < 2; ++p) {
            const QString name = QStringLiteral("%1-pool%2").arg(tag).arg(p + 1);
            site.frontEndPools << dnsPool(name, 8, net, 10 + p,
                                          QStringLiteral("%1-webext.domain0000.example.com").arg(name));
        }
        Edge edge = dnsEdge(tag + QStringLiteral("-edge"),
                            QStringLiteral("172.%1.%2").arg(16 + s / 100).arg(s % 100), publicPrefix);
        edge.accessFqdn = QStringLiteral("%1-access.domain0000.example.com").arg(tag);
        edge.webConferencingFqdn = QStringLiteral("%1-webcon.domain0000.example.com").arg(tag);
        edge.avFqdn = QStringLiteral("%1-av.domain0000.example.com").arg(tag);
        edge.remoteAccessPriority = s == 0 ? 0 : 10 + s; // the first site's pool is the primary one
        edge.federation = s == 0;
        site.edgePools << edge;
        site.reverseProxies << ReverseProxy{tag + QStringLiteral("-rp"), publicPrefix + QStringLiteral(".40"),
                                            QString()};
        plan.sites << site;
    }
    // Sites 1 and 2, 3 and 4, ... back each other up: each Front End pool is paired with its
    // counterpart in the other site, both ways, as Microsoft's pool pairing is.
    for (int s = 0; s + 1 < sites; s += 2)
        for (int p = 0; p < 2; ++p) {
            Pool &a = plan.sites[s].frontEndPools[p];
            Pool &b = plan.sites[s + 1].frontEndPools[p];
            a.pairedWith = b.fqdn;
            b.pairedWith = a.fqdn;
        }
    plan.federation = {true, true};
    plan.pushNotifications = true;
    return plan;
}
