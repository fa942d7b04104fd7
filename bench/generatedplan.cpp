#include "bench/generatedplan.h"

using namespace lyncdns;

Plan generatedPlan(int domains)
{
    Plan plan;
    plan.title = QStringLiteral("Benchmark: %1 SIP domains").arg(domains);
    for (int i = 0; i < domains; ++i)
        plan.sipDomains << QStringLiteral("domain%1.example.com").arg(i, 4, 10, QLatin1Char('0'));
    plan.frontEnd.edition = Edition::Enterprise;
    plan.frontEnd.fqdn = QStringLiteral("pool01.corp.example.net");
    plan.frontEnd.loadBalancing = LoadBalancing::Dns;
    for (int i = 1; i <= 4; ++i)
        plan.frontEnd.servers << Server{QStringLiteral("fe%1.corp.example.net").arg(i),
                                        QStringLiteral("10.10.10.%1").arg(i), QString()};
    plan.frontEnd.webServices = {QStringLiteral("webint.corp.example.net"), QStringLiteral("10.10.10.50"),
                                 QString(), QStringLiteral("webext.domain0000.example.com")};
    Edge edge;
    edge.layout = EdgeLayout::ScaledDns;
    edge.nat = true;
    edge.internalFqdn = QStringLiteral("edgepool.corp.example.net");
    for (int i = 1; i <= 2; ++i) {
        EdgeServer s;
        s.fqdn = QStringLiteral("edge%1.corp.example.net").arg(i);
        s.internalIpv4 = QStringLiteral("172.25.33.%1").arg(10 + i);
        s.accessIpv4 = QStringLiteral("131.107.155.%1").arg(10 + i);
        s.webConferencingIpv4 = QStringLiteral("131.107.155.%1").arg(20 + i);
        s.avIpv4 = QStringLiteral("131.107.155.%1").arg(30 + i);
        edge.servers << s;
    }
    plan.edge = edge;
    plan.reverseProxy = ReverseProxy{QStringLiteral("131.107.155.40"), QString()};
    plan.federation = {true, true};
    plan.pushNotifications = true;
    plan.devices.deviceUpdates = true;
    return plan;
}
