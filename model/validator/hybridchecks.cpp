// checkHybrid() of checks.h: what a hybrid deployment needs from DNS beyond the records the planner
// writes (Microsoft's "DNS settings" of plan-hybrid-connectivity.md, the catalogue's hybrid split-brain
// rule): the federation SRV of every SIP domain through an Edge (R-HYB1), resolvable by the Edge servers
// (R-HYB2), and the Web Conferencing Edge name resolvable from inside (R-HYB3).

#include "model/dns/hostnames.h"
#include "model/plan/estate.h"
#include "model/planner/planner.h"
#include "model/validator/checks.h"

#include <QCoreApplication>

namespace lyncdns {

namespace {

// The SIP domain whose zone holds a name: the longest one it falls under; empty for none.
QString sipDomainOf(const Plan &plan, const QString &name)
{
    QString best;
    for (const QString &d : plan.sipDomains) {
        const QString n = normalizedName(d);
        if (isUnderDomain(name, n) && n.size() > best.size())
            best = n;
    }
    return best;
}

} // namespace

void checkHybrid(const Plan &plan, FindingSink &out)
{
    // Hybrid, or teams-only with SIP domains left on premises: those domains are still hybrid.
    if (!plan.migration || plan.migration->phase == MigrationPhase::OnPrem)
        return;
    QStringList hybridDomains;
    QStringList splitBrain;
    for (const qsizetype i : onPremisesDomains(plan)) {
        const QString d = normalizedName(plan.sipDomains.at(i));
        if (d.isEmpty() || hybridDomains.contains(d))
            continue;
        hybridDomains << d;
        if (plan.splitBrainFor(d))
            splitBrain << d;
    }
    if (hybridDomains.isEmpty())
        return;
    const QString at = QStringLiteral("migration.phase");
    const QList<EdgeRef> edges = allEdgePools(plan);
    if (edges.isEmpty()) {
        out.error("R-HYB1", at,
                  QCoreApplication::translate(
                      "Validator", "hybrid needs an Edge pool: _sipfederationtls._tcp of every SIP "
                                   "domain (%1) must point at an Access Edge, and the plan has none")
                      .arg(hybridDomains.join(QStringLiteral(", "))));
        return;
    }
    if (!splitBrain.isEmpty())
        out.info("R-HYB2", at,
                 QCoreApplication::translate(
                     "Validator",
                     "the Edge servers must resolve _sipfederationtls._tcp of %1 to their Access Edge; an "
                     "internal zone for the domain hides the public SRV from an Edge that asks internal DNS "
                     "servers: add the SRV to that zone too, or point the Edge at external DNS servers")
                     .arg(splitBrain.join(QStringLiteral(", "))));
    for (const EdgeRef &e : edges) {
        const QString webcon = effectiveWebConferencingFqdn(plan, *e.edge);
        const QString d = sipDomainOf(plan, webcon);
        if (webcon.isEmpty() || d.isEmpty() || !plan.splitBrainFor(d))
            continue;
        out.warning(
            "R-HYB3", e.path() + QStringLiteral(".webConferencingFqdn"),
            QCoreApplication::translate(
                "Validator", "internal clients must resolve %1 to the Web Conferencing Edge's external "
                             "address (%2) to share content with online users, and the internal zone "
                             "%3 has no such record: add it there")
                .arg(webcon, edgeWebConferencingAddresses(*e.edge).ipv4.join(QStringLiteral(", ")), d));
    }
}

} // namespace lyncdns
