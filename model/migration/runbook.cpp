#include "model/migration/runbook.h"

#include "model/rules/cloudrecords.h"

#include <QCoreApplication>

namespace lyncdns {

namespace {

// cloud-consolidation-disabling-hybrid.md: what breaks for partners when the SRVs move.
QString partnerWarning(const Cloud cloud)
{
    return QCoreApplication::translate(
               "Runbook",
               "Federated partners that use Direct Federation (an allowed-domain entry with a fixed "
               "ProxyFqdn, \"Allowed Partner Server\") must remove that ProxyFqdn, and purely "
               "on-premises partners need an enabled hosting provider for %1, or federation with them "
               "stops at this step: tell your partners before the window.")
        .arg(QLatin1String(cloudEndpoints(cloud).sipfed));
}

QString notYet(const QStringList &remaining)
{
    return QCoreApplication::translate(
               "Runbook", "Not yet: %1 still on premises. Run this step once the last SIP domain has moved.")
        .arg(remaining.join(QStringLiteral(", ")));
}

void add(Runbook &book, RunbookStep step)
{
    step.number = static_cast<int>(book.steps.size()) + 1;
    book.steps << step;
}

// A tenant-wide command step: it waits for the SIP domains still on premises.
void addTenantStep(Runbook &book, const QString &title, const QString &detail, const QString &command,
                   const QStringList &remaining)
{
    RunbookStep step;
    step.title = title;
    step.detail = detail;
    step.commands = {command};
    if (!remaining.isEmpty())
        step.warnings << notYet(remaining);
    add(book, step);
}

void teamsOnlySteps(const Plan &plan, MigrationPhase from, const QStringList &moved,
                    const QStringList &remaining, Runbook &book)
{
    const CloudEndpoints &cloud = cloudEndpoints(plan.migration ? plan.migration->cloud : Cloud::Commercial);
    const Cloud c = plan.migration ? plan.migration->cloud : Cloud::Commercial;
    const QString domains = moved.join(QStringLiteral(", "));

    RunbookStep ttl;
    ttl.kind = RunbookStepKind::Dns;
    ttl.title = QCoreApplication::translate("Runbook", "Lower the TTLs ahead of the window");
    ttl.detail = QCoreApplication::translate(
                     "Runbook",
                     "At least %1 seconds (the TTL the records have now) before the DNS change, set the TTL "
                     "of every record that changes or goes to %2 seconds, so that resolvers see the "
                     "change, and a rollback, within minutes. The change script does it with -Step %3.")
                     .arg(plan.dns.ttl)
                     .arg(kLoweredTtl)
                     .arg(book.steps.size() + 1);
    add(book, ttl);
    book.lowerTtlStep = book.steps.constLast().number;

    RunbookStep users;
    users.title = QCoreApplication::translate("Runbook", "Move the users to Teams");
    users.detail = QCoreApplication::translate(
        "Runbook", "In the Skype for Business Server Management Shell: list the users still homed on "
                   "premises and move every one who stays in use to Microsoft 365 (Target: the "
                   "hosting provider's ProxyFqdn); disable the accounts nobody needs. Export the "
                   "hybrid application endpoints, to replace them with resource accounts in the same "
                   "window as the DNS change.");
    const QString sampleUser =
        QStringLiteral("user@") + (moved.isEmpty() ? QStringLiteral("contoso.com") : moved.constFirst());
    users.commands = {
        QStringLiteral("Get-CsUser -Filter { HostingProvider -eq \"SRV:\"}"),
        QStringLiteral("$cred = Get-Credential"),
        QStringLiteral("Move-CsUser -Identity %1 -Target %2 -Credential $cred")
            .arg(sampleUser, QLatin1String(cloud.sipfed)),
        QStringLiteral("Get-CsHybridApplicationEndpoint|select Sipaddress, DisplayName, ApplicationID, "
                       "LineUri |Export-Csv -Path \"c:\\backup\\HybridEndpoints.csv\""),
    };
    if (from == MigrationPhase::OnPrem)
        users.warnings << QCoreApplication::translate(
            "Runbook", "Users move only through a hybrid configuration: set the plan up for hybrid "
                       "first (lyncdns migrate PLAN --to hybrid) and run that runbook.");
    users.warnings << QCoreApplication::translate(
        "Runbook", "Hybrid application endpoints are not discoverable between the DNS change and "
                   "their move to resource accounts: do both in one maintenance window.");
    add(book, users);

    RunbookStep dns;
    dns.kind = RunbookStepKind::Dns;
    dns.title = QCoreApplication::translate("Runbook", "Point the DNS records at %1").arg(cloudLabel(c));
    dns.detail =
        QCoreApplication::translate(
            "Runbook", "For %1: the federation and sign-in SRVs, lyncdiscover and sip now point at %2, TTL "
                       "%3, on the external DNS servers and, where a domain has split-brain DNS, on the "
                       "internal ones too (their zone would hide the public records). A name that changes "
                       "type (sip from A to CNAME) loses its old records first. The change script does it "
                       "with -Step %4.")
            .arg(domains, cloudLabel(c))
            .arg(kCloudRecordTtl)
            .arg(book.steps.size() + 1);
    dns.warnings << partnerWarning(c);
    add(book, dns);
    book.changeDnsStep = book.steps.constLast().number;

    addTenantStep(book, QCoreApplication::translate("Runbook", "Switch the tenant to Teams Only"),
                  QCoreApplication::translate(
                      "Runbook",
                      "In Teams PowerShell (or Teams admin center, Org-wide settings, Teams upgrade). "
                      "Microsoft checks lyncdiscover of every SIP domain here and refuses while one "
                      "points on premises; the error names the records at fault."),
                  QStringLiteral("Grant-CsTeamsUpgradePolicy -PolicyName UpgradeToTeams -Global"), remaining);
    addTenantStep(book, QCoreApplication::translate("Runbook", "Disable the shared SIP address space"),
                  QCoreApplication::translate(
                      "Runbook", "In Teams PowerShell: the tenant stops sharing its SIP domains with the "
                                 "on-premises deployment."),
                  QStringLiteral("Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false"),
                  remaining);
    addTenantStep(book, QCoreApplication::translate("Runbook", "Disable the hosting provider on premises"),
                  QCoreApplication::translate(
                      "Runbook", "In the Skype for Business Server Management Shell: the deployment stops "
                                 "communicating with Microsoft 365."),
                  QStringLiteral("Get-CsHostingProvider|Set-CsHostingProvider -Enabled $false"), remaining);

    RunbookStep rest;
    rest.kind = RunbookStepKind::Dns;
    rest.title = QCoreApplication::translate("Runbook", "Remove the rest");
    rest.detail =
        QCoreApplication::translate(
            "Runbook", "The on-premises records of %1 that nothing replaces (internal sign-in SRVs, "
                       "lyncdiscoverinternal, sipinternal, sipexternal, simple URLs, the Edge's names under "
                       "the domain): nothing uses them once the tenant is Teams Only. Server and pool "
                       "records stay until the servers are decommissioned. The change script does it with "
                       "-Step %2.")
            .arg(domains)
            .arg(book.steps.size() + 1);
    add(book, rest);
    book.removeStep = book.steps.constLast().number;
}

void hybridSteps(const Plan &plan, Runbook &book)
{
    const Cloud c = plan.migration ? plan.migration->cloud : Cloud::Commercial;
    const CloudEndpoints &cloud = cloudEndpoints(c);

    RunbookStep dns;
    dns.kind = RunbookStepKind::Dns;
    dns.title = QCoreApplication::translate("Runbook", "Publish the federation SRV of every SIP domain");
    dns.detail =
        QCoreApplication::translate(
            "Runbook", "Every external record keeps pointing on premises; _sipfederationtls._tcp of every "
                       "SIP domain points at the Access Edge. The change script does it with -Step %1.")
            .arg(book.steps.size() + 1);
    dns.warnings << QCoreApplication::translate(
                        "Runbook",
                        "The Edge servers must resolve _sipfederationtls._tcp of every SIP domain to their "
                        "own Access Edge (strict name matching): if they ask internal DNS servers with a "
                        "zone for the domain, that zone needs the SRV too.")
                 << QCoreApplication::translate(
                        "Runbook",
                        "Internal clients must resolve each Web Conferencing Edge FQDN to its external "
                        "address, to present in meetings with online users.")
                 << QCoreApplication::translate(
                        "Runbook",
                        "lyncdiscover of every SIP domain must point on premises in public DNS before the "
                        "domain is verified in Microsoft 365, or the tenant stays Teams Only.");
    add(book, dns);
    book.changeDnsStep = book.steps.constLast().number;
    book.removeStep = book.changeDnsStep;

    RunbookStep edge;
    edge.title = QCoreApplication::translate(
        "Runbook", "Federate the Edge with Microsoft 365 and share the SIP address space");
    edge.detail =
        QCoreApplication::translate(
            "Runbook", "In the Skype for Business Server Management Shell: federation through DNS SRV "
                       "routing, and a hosting provider for %1 with shared address space (remove an "
                       "existing hosting provider with that ProxyFqdn first).")
            .arg(cloudLabel(c));
    const QString fed = QLatin1String(cloud.sipfed);
    edge.commands = {
        QStringLiteral("Set-CSAccessEdgeConfiguration -AllowOutsideUsers $True -AllowFederatedUsers $True "
                       "-EnablePartnerDiscovery $True -UseDnsSrvRouting"),
        QStringLiteral("Get-CsHostingProvider | ?{ $_.ProxyFqdn -eq \"%1\" } | Remove-CsHostingProvider")
            .arg(fed),
        QStringLiteral("New-CsHostingProvider -Identity Office365 -ProxyFqdn \"%1\" -Enabled $true "
                       "-EnabledSharedAddressSpace $true -HostsOCSUsers $true -VerificationLevel "
                       "UseSourceVerification -IsLocal $false -AutodiscoverUrl "
                       "https://%2/Autodiscover/AutodiscoverService.svc/root")
            .arg(fed, QLatin1String(cloud.webdir)),
    };
    if (c != Cloud::Commercial)
        edge.warnings << QCoreApplication::translate(
                             "Runbook",
                             "Microsoft's page shows these commands with the commercial endpoints; here "
                             "they carry those of %1.")
                             .arg(cloudLabel(c));
    add(book, edge);

    RunbookStep tenant;
    tenant.title = QCoreApplication::translate("Runbook", "Share the SIP address space in the tenant");
    tenant.detail = QCoreApplication::translate(
        "Runbook", "In Teams PowerShell. It stays $true until the last user has moved.");
    tenant.commands = {QStringLiteral("Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true")};
    add(book, tenant);
}

} // namespace

Runbook migrationRunbook(const Plan &plan, MigrationPhase from, MigrationPhase to, const QStringList &moved,
                         const QStringList &remaining)
{
    Runbook book;
    if (from == to)
        return book;
    if (to == MigrationPhase::TeamsOnly) {
        teamsOnlySteps(plan, from, moved, remaining, book);
        return book;
    }
    if (to == MigrationPhase::Hybrid && from == MigrationPhase::OnPrem) {
        hybridSteps(plan, book);
        return book;
    }
    // Back from Teams Only, or from hybrid to on premises: only the records are planned here.
    RunbookStep dns;
    dns.kind = RunbookStepKind::Dns;
    dns.title = QCoreApplication::translate("Runbook", "Change the DNS records");
    dns.detail = QCoreApplication::translate(
        "Runbook", "Put the records of the target phase in place. Moving users back and the tenant and "
                   "on-premises settings of that phase are outside this runbook. The change script "
                   "does it with -Step 1.");
    add(book, dns);
    book.changeDnsStep = 1;
    book.removeStep = 1;
    return book;
}

QString runbookStepKindName(RunbookStepKind kind)
{
    return kind == RunbookStepKind::Dns ? QStringLiteral("dns") : QStringLiteral("commands");
}

} // namespace lyncdns
