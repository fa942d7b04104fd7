// Moving to Teams (issue 15, plan-format.md v2 rule 12, cli.md "Migration"): the teams-only record
// set and the change set between phases, written by hand from rule 12 and Microsoft's cutover
// pages for a one-site plan (tests/data/migration/one-site.lyncplan: contoso.com with split-brain
// DNS, fabrikam.com without) and a multi-site plan (tests/data/estate/two-sites.lyncplan), in all
// four Microsoft 365 clouds. Never pasted from the program's output.
//
// Pages (values in docs/reference/migration.md):
//   commercial: OfficeDocs-SkypeForBusiness Skype/SfbHybrid/hybrid/decommission-manage-dns-entries.md and
//     cloud-consolidation-disabling-hybrid.md ("Update DNS to point to Microsoft 365")
//   GCC High, DoD: microsoft-365-docs microsoft-365/enterprise/dns-records-for-office-365-gcc-high.md,
//     dns-records-for-office-365-dod.md (the "Skype for Business Online" tables)
//   21Vianet: the DNS host pages of Microsoft 365 operated by 21Vianet (sipdir/webdir/sipfed
//     .online.partner.lync.cn)

#include "model/migration/changescript.h"
#include "model/migration/changeset.h"
#include "model/migration/changesetexport.h"
#include "model/planner/planner.h"
#include "model/rules/cloudrecords.h"
#include "model/rules/keywords.h"
#include "model/rules/requirements.h"
#include "model/validator/validator.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lyncdns;

namespace {

QByteArray oneSiteJson()
{
    return test::readAll(test::dataFile(QStringLiteral("migration/one-site.lyncplan")));
}

// The plan's "migration" object.
QByteArray migrationJson(const char *phase, const char *cloud, const char *domains)
{
    return QByteArray("{\"phase\": \"") + phase + "\", \"cloud\": \"" + cloud +
           "\", \"domains\": " + domains + "}";
}

Plan oneSite(const QByteArray &migration)
{
    return test::planFromJson(test::withEdits(oneSiteJson(), {{"migration", migration.constData()}}));
}

Plan twoSites()
{
    return test::planFromJson(test::readAll(test::dataFile(QStringLiteral("estate/two-sites.lyncplan"))));
}

// "3 change external _sip._tls.contoso.com SRV [0 0 443 sip.contoso.com] -> [100 1 443 ...]"
QString changeLine(const MigrationChange &c)
{
    return QStringLiteral("%1 %2 %3 %4 %5 [%6] -> [%7]")
        .arg(c.step)
        .arg(changeActionName(c.action), locationName(c.location), c.name, recordTypeName(c.type), c.oldValue,
             c.newValue);
}

QStringList changeLines(const MigrationChangeSet &set)
{
    QStringList out;
    for (const MigrationChange &c : set.changes)
        if (c.action != ChangeAction::Keep)
            out << changeLine(c);
    out.sort();
    return out;
}

void compareLines(const QStringList &expected, const QStringList &actual)
{
    const QString diff = test::describeDifference(expected, actual);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

struct CloudValues
{
    const char *keyword;
    const char *sipfed;
    const char *sipdir;
    const char *webdir;
};

// Written from the four pages above.
const CloudValues kClouds[] = {
    {"commercial", "sipfed.online.lync.com", "sipdir.online.lync.com", "webdir.online.lync.com"},
    {"gcc-high", "sipfed.online.gov.skypeforbusiness.us", "sipdir.online.gov.skypeforbusiness.us",
     "webdir.online.gov.skypeforbusiness.us"},
    {"dod", "sipfed.online.dod.skypeforbusiness.us", "sipdir.online.dod.skypeforbusiness.us",
     "webdir.online.dod.skypeforbusiness.us"},
    {"21vianet", "sipfed.online.partner.lync.cn", "sipdir.online.partner.lync.cn",
     "webdir.online.partner.lync.cn"},
};

// Microsoft's table for one SIP domain in one view: _sipfederationtls 100 1 5061, _sip._tls 100 1 443,
// lyncdiscover and sip CNAMEs.
QStringList cloudLines(const char *location, const QString &d, const CloudValues &v)
{
    const QString loc = QLatin1String(location);
    return {
        loc + QStringLiteral(" _sipfederationtls._tcp.%1 SRV 100 1 5061 %2").arg(d, QLatin1String(v.sipfed)),
        loc + QStringLiteral(" _sip._tls.%1 SRV 100 1 443 %2").arg(d, QLatin1String(v.sipdir)),
        loc + QStringLiteral(" lyncdiscover.%1 CNAME %2").arg(d, QLatin1String(v.webdir)),
        loc + QStringLiteral(" sip.%1 CNAME %2").arg(d, QLatin1String(v.sipdir))};
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void cloudRecords_matchMicrosoftsTables_data()
    {
        QTest::addColumn<int>("cloud");
        for (int i = 0; i < 4; ++i)
            QTest::newRow(kClouds[i].keyword) << i;
    }

    void cloudRecords_matchMicrosoftsTables()
    {
        QFETCH(int, cloud);
        const CloudValues &v = kClouds[cloud];
        const std::optional<Cloud> c = fromKeyword<Cloud>(QLatin1String(v.keyword));
        QVERIFY(c);
        QStringList actual;
        for (const CloudRecord &r : cloudRecords(*c, QStringLiteral("Contoso.com")))
            actual << QStringLiteral("external %1 %2 %3").arg(r.name, recordTypeName(r.type), r.data);
        QCOMPARE(actual, cloudLines("external", QStringLiteral("contoso.com"), v));
        for (const CloudRecord &r : cloudRecords(*c, QStringLiteral("contoso.com")))
            QVERIFY2(requirementInfo(QLatin1String(r.requirement)), r.requirement);
    }

    // Rule 12: both domains moved. contoso.com (split-brain) gets the four records in both views,
    // fabrikam.com (pin-point zones) externally only; the per-domain records go, the Access Edge
    // name sip.contoso.com becomes the CNAME, servers, pools, web and Edge service names stay.
    void teamsOnly_oneSite_everyCloud_data() { cloudRecords_matchMicrosoftsTables_data(); }

    void teamsOnly_oneSite_everyCloud()
    {
        QFETCH(int, cloud);
        const CloudValues &v = kClouds[cloud];
        const Plan plan = oneSite(migrationJson("teams-only", v.keyword, "[]"));
        QStringList expected = {
            QStringLiteral("internal fe01.contoso.net A 10.0.0.1"),
            QStringLiteral("internal fe02.contoso.net A 10.0.0.2"),
            QStringLiteral("internal pool01.contoso.net A 10.0.0.100"),
            QStringLiteral("internal webint.contoso.net A 10.0.0.10"),
            QStringLiteral("internal edge01.contoso.net A 10.0.1.1"),
            QStringLiteral("external av.contoso.com A 131.107.155.30"),
            QStringLiteral("external webcon.contoso.com A 131.107.155.20"),
            QStringLiteral("external webext.contoso.com A 131.107.155.40"),
        };
        expected << cloudLines("internal", QStringLiteral("contoso.com"), v)
                 << cloudLines("external", QStringLiteral("contoso.com"), v)
                 << cloudLines("external", QStringLiteral("fabrikam.com"), v);
        expected.sort();
        const RecordSet records = planRecords(plan);
        compareLines(expected, test::recordLines(records));
        for (const DnsRecord &r : records) {
            if (!r.requirement.startsWith(QLatin1String("ext-m365-")))
                continue;
            QCOMPARE(r.ttl, 3600); // Microsoft's TTL, not the plan's 1200
            QVERIFY(r.required);
            QVERIFY2(!r.pinPoint, qPrintable(r.name));
            QCOMPARE(r.zone, r.name.endsWith(QLatin1String("fabrikam.com")) ? QStringLiteral("fabrikam.com")
                                                                            : QStringLiteral("contoso.com"));
            QVERIFY2(!r.reason.isEmpty(), qPrintable(r.name));
        }
        // R-SRV1 and its kin do not apply to moved domains: the plan stays free of errors.
        QVERIFY(!hasErrors(validatePlan(plan, records)));
    }

    // Only fabrikam.com moves: contoso.com keeps every record it had in hybrid (its federation SRV
    // included); the Meet URL of fabrikam.com goes, the Dial-in URL (serving contoso.com) stays.
    void teamsOnly_oneDomainMoves_otherDomainStaysHybrid()
    {
        // The plan names the domain that moves; it is in hybrid now.
        const Plan plan = oneSite(migrationJson("hybrid", "commercial", "[\"fabrikam.com\"]"));
        const MigrationChangeSet partial = migrationChangeSet(plan, MigrationPhase::TeamsOnly);
        QCOMPARE(partial.moved, QStringList{QStringLiteral("fabrikam.com")});
        QCOMPARE(partial.remaining, QStringList{QStringLiteral("contoso.com")});
        compareLines(
            QStringList{
                QStringLiteral("7 remove internal _sipinternaltls._tcp.fabrikam.com SRV [0 0 5061 "
                               "pool01.fabrikam.com] -> []"),
                QStringLiteral("7 remove internal lyncdiscoverinternal.fabrikam.com A [10.0.0.10] -> []"),
                QStringLiteral("7 remove internal meet.fabrikam.com A [10.0.0.10] -> []"),
                QStringLiteral("7 remove internal pool01.fabrikam.com A [10.0.0.100] -> []"),
                QStringLiteral("3 change external _sip._tls.fabrikam.com SRV [0 0 443 sip.fabrikam.com] -> "
                               "[100 1 443 sipdir.online.lync.com]"),
                QStringLiteral("3 change external _sipfederationtls._tcp.fabrikam.com SRV [0 0 5061 "
                               "sip.fabrikam.com] -> [100 1 5061 sipfed.online.lync.com]"),
                QStringLiteral("3 change external lyncdiscover.fabrikam.com CNAME [webext.contoso.com] -> "
                               "[webdir.online.lync.com]"),
                QStringLiteral("7 remove external meet.fabrikam.com A [131.107.155.40] -> []"),
                QStringLiteral("3 remove external sip.fabrikam.com A [131.107.155.10] -> []"),
                QStringLiteral("3 add external sip.fabrikam.com CNAME [] -> [sipdir.online.lync.com]"),
            },
            changeLines(partial));
        // The tenant-wide steps wait for contoso.com.
        for (const RunbookStep &s : partial.runbook.steps)
            if (s.commands.contains(
                    QStringLiteral("Grant-CsTeamsUpgradePolicy -PolicyName UpgradeToTeams -Global")) ||
                s.commands.contains(
                    QStringLiteral("Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false")) ||
                s.commands.contains(
                    QStringLiteral("Get-CsHostingProvider|Set-CsHostingProvider -Enabled $false")))
                QVERIFY2(!s.warnings.isEmpty() && s.warnings.first().contains(QLatin1String("contoso.com")),
                         qPrintable(s.title));
        // The domain that stays keeps its federation SRV, required in a hybrid tenant.
        bool fed = false;
        for (const DnsRecord &r : partial.targetRecords)
            if (r.name == QLatin1String("_sipfederationtls._tcp.contoso.com") &&
                r.location == Location::External) {
                QCOMPARE(r.data, QStringLiteral("0 0 5061 sip.contoso.com"));
                QVERIFY(r.required);
                fed = true;
            }
        QVERIFY(fed);
    }

    // The full change set of the one-site plan from hybrid, commercial cloud (cli.md: a name whose
    // type changes is a remove and an add; the same type replaced is a change).
    void changeSet_oneSite_hybridToTeamsOnly()
    {
        const MigrationChangeSet set = migrationChangeSet(
            oneSite(migrationJson("hybrid", "commercial", "[]")), MigrationPhase::TeamsOnly);
        QCOMPARE(set.from, MigrationPhase::Hybrid);
        QCOMPARE(set.moved, (QStringList{QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
        QVERIFY(set.remaining.isEmpty());
        QStringList expected = {
            // internal, contoso.com (split-brain): the cloud records join, the rest goes at the end
            QStringLiteral(
                "3 add internal _sip._tls.contoso.com SRV [] -> [100 1 443 sipdir.online.lync.com]"),
            QStringLiteral("3 add internal _sipfederationtls._tcp.contoso.com SRV [] -> [100 1 5061 "
                           "sipfed.online.lync.com]"),
            QStringLiteral("3 add internal lyncdiscover.contoso.com CNAME [] -> [webdir.online.lync.com]"),
            QStringLiteral("3 add internal sip.contoso.com CNAME [] -> [sipdir.online.lync.com]"),
            QStringLiteral(
                "7 remove internal _sipinternaltls._tcp.contoso.com SRV [0 0 5061 pool01.contoso.com] "
                "-> []"),
            QStringLiteral("7 remove internal pool01.contoso.com A [10.0.0.100] -> []"),
            QStringLiteral(
                "7 remove internal lyncdiscoverinternal.contoso.com CNAME [webint.contoso.net] -> []"),
            QStringLiteral("7 remove internal meet.contoso.com A [10.0.0.10] -> []"),
            QStringLiteral("7 remove internal dialin.contoso.com A [10.0.0.10] -> []"),
            // internal, fabrikam.com (pin-point zones): they go
            QStringLiteral("7 remove internal _sipinternaltls._tcp.fabrikam.com SRV [0 0 5061 "
                           "pool01.fabrikam.com] -> []"),
            QStringLiteral("7 remove internal pool01.fabrikam.com A [10.0.0.100] -> []"),
            QStringLiteral("7 remove internal lyncdiscoverinternal.fabrikam.com A [10.0.0.10] -> []"),
            QStringLiteral("7 remove internal meet.fabrikam.com A [10.0.0.10] -> []"),
            // external
            QStringLiteral("7 remove external meet.contoso.com A [131.107.155.40] -> []"),
            QStringLiteral("7 remove external meet.fabrikam.com A [131.107.155.40] -> []"),
            QStringLiteral("7 remove external dialin.contoso.com A [131.107.155.40] -> []"),
        };
        for (const char *d : {"contoso.com", "fabrikam.com"}) {
            const QString n = QLatin1String(d);
            expected << QStringLiteral("3 change external _sip._tls.%1 SRV [0 0 443 sip.%1] -> [100 1 443 "
                                       "sipdir.online.lync.com]")
                            .arg(n)
                     << QStringLiteral("3 change external _sipfederationtls._tcp.%1 SRV [0 0 5061 sip.%1] -> "
                                       "[100 1 5061 sipfed.online.lync.com]")
                            .arg(n)
                     << QStringLiteral("3 change external lyncdiscover.%1 CNAME [webext.contoso.com] -> "
                                       "[webdir.online.lync.com]")
                            .arg(n)
                     << QStringLiteral("3 remove external sip.%1 A [131.107.155.10] -> []").arg(n)
                     << QStringLiteral("3 add external sip.%1 CNAME [] -> [sipdir.online.lync.com]").arg(n);
        }
        expected.sort();
        compareLines(expected, changeLines(set));
        // Everything else is kept, with its value on both sides.
        QStringList kept;
        for (const MigrationChange &c : set.changes)
            if (c.action == ChangeAction::Keep) {
                QCOMPARE(c.oldValue, c.newValue);
                QCOMPARE(c.step, 0);
                kept << QStringLiteral("%1 %2").arg(locationName(c.location), c.name);
            }
        kept.sort();
        compareLines(
            QStringList{
                QStringLiteral("external av.contoso.com"), QStringLiteral("external webcon.contoso.com"),
                QStringLiteral("external webext.contoso.com"), QStringLiteral("internal edge01.contoso.net"),
                QStringLiteral("internal fe01.contoso.net"), QStringLiteral("internal fe02.contoso.net"),
                QStringLiteral("internal pool01.contoso.net"), QStringLiteral("internal webint.contoso.net")},
            kept);
        // Within a name the removal comes first: the CNAME cannot join the A record.
        for (qsizetype i = 1; i < set.changes.size(); ++i)
            if (set.changes.at(i).name == set.changes.at(i - 1).name &&
                set.changes.at(i).location == set.changes.at(i - 1).location)
                QVERIFY(!(set.changes.at(i).action == ChangeAction::Remove &&
                          set.changes.at(i - 1).action != ChangeAction::Remove));
    }

    // Microsoft's order: TTLs, users, DNS, tenant mode, shared SIP address space, hosting
    // provider, the rest; the exact commands of cloud-consolidation-disabling-hybrid.md.
    void runbook_teamsOnly_followsMicrosoftsOrder()
    {
        const MigrationChangeSet set =
            migrationChangeSet(oneSite(migrationJson("hybrid", "gcc-high", "[]")), MigrationPhase::TeamsOnly);
        const Runbook &book = set.runbook;
        QCOMPARE(book.steps.size(), 7);
        QCOMPARE(book.lowerTtlStep, 1);
        QCOMPARE(book.changeDnsStep, 3);
        QCOMPARE(book.removeStep, 7);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(book.steps.at(i).number, i + 1);
        QVERIFY(book.steps.at(1).commands.contains(QStringLiteral(
            "Move-CsUser -Identity user@contoso.com -Target sipfed.online.gov.skypeforbusiness.us "
            "-Credential $cred")));
        QVERIFY(book.steps.at(1).commands.contains(
            QStringLiteral("Get-CsUser -Filter { HostingProvider -eq \"SRV:\"}")));
        QCOMPARE(
            book.steps.at(3).commands,
            QStringList{QStringLiteral("Grant-CsTeamsUpgradePolicy -PolicyName UpgradeToTeams -Global")});
        QCOMPARE(
            book.steps.at(4).commands,
            QStringList{QStringLiteral("Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false")});
        QCOMPARE(book.steps.at(5).commands,
                 QStringList{QStringLiteral("Get-CsHostingProvider|Set-CsHostingProvider -Enabled $false")});
        QVERIFY(book.steps.at(3).warnings.isEmpty()); // every domain moves: nothing waits
        const QString partners = book.steps.at(2).warnings.join(QLatin1Char(' '));
        QVERIFY2(partners.contains(QLatin1String("ProxyFqdn")) &&
                     partners.contains(QLatin1String("sipfed.online.gov.skypeforbusiness.us")),
                 qPrintable(partners));
    }

    // The multi-site estate, from on premises (no migration key) straight to teams-only in GCC High:
    // two Edge pools (sip and sipeu), a Director sign-in pool with a backup pool, site-scoped simple
    // URLs for Dublin, host records on. Written from the fixture and rule 12.
    void changeSet_twoSites_onPremToTeamsOnly()
    {
        const Plan plan = twoSites();
        QVERIFY(!plan.migration);
        Plan gcc = plan;
        gcc.migration = Migration{MigrationPhase::OnPrem, Cloud::GccHigh, {}};
        const MigrationChangeSet set = migrationChangeSet(gcc, MigrationPhase::TeamsOnly);
        const QString fed = QStringLiteral("sipfed.online.gov.skypeforbusiness.us");
        const QString dir = QStringLiteral("sipdir.online.gov.skypeforbusiness.us");
        const QString web = QStringLiteral("webdir.online.gov.skypeforbusiness.us");
        QStringList expected = {
            QStringLiteral("3 add internal _sip._tls.contoso.com SRV [] -> [100 1 443 %1]").arg(dir),
            QStringLiteral("3 add internal _sipfederationtls._tcp.contoso.com SRV [] -> [100 1 5061 %1]")
                .arg(fed),
            QStringLiteral("3 add internal lyncdiscover.contoso.com CNAME [] -> [%1]").arg(web),
            QStringLiteral("3 remove internal sip.contoso.com A [10.1.1.1] -> []"),
            QStringLiteral("3 remove internal sip.contoso.com A [10.1.1.2] -> []"),
            QStringLiteral("3 add internal sip.contoso.com CNAME [] -> [%1]").arg(dir),
            QStringLiteral(
                "7 remove internal _sipinternaltls._tcp.contoso.com SRV [0 0 5061 dir01.contoso.com] -> []"),
            QStringLiteral("7 remove internal _sipinternaltls._tcp.contoso.com SRV [10 0 5061 "
                           "pool02.contoso.com] -> []"),
            QStringLiteral("7 remove internal dir01.contoso.com A [10.1.1.1] -> []"),
            QStringLiteral("7 remove internal dir01.contoso.com A [10.1.1.2] -> []"),
            QStringLiteral("7 remove internal pool02.contoso.com A [10.2.0.100] -> []"),
            QStringLiteral("7 remove internal sipinternal.contoso.com A [10.1.1.1] -> []"),
            QStringLiteral("7 remove internal sipinternal.contoso.com A [10.1.1.2] -> []"),
            QStringLiteral(
                "7 remove internal lyncdiscoverinternal.contoso.com CNAME [dirweb01.contoso.net] -> []"),
            QStringLiteral("7 remove internal meet.contoso.com A [10.1.1.10] -> []"),
            QStringLiteral("7 remove internal dialin.contoso.com A [10.1.1.10] -> []"),
            QStringLiteral("7 remove internal meeteu.contoso.com A [10.2.0.10] -> []"),
            QStringLiteral("7 remove internal dialineu.contoso.com A [10.2.0.10] -> []"),
            QStringLiteral(
                "3 change external _sip._tls.contoso.com SRV [0 0 443 sip.contoso.com] -> [100 1 443 %1]")
                .arg(dir),
            QStringLiteral("3 remove external _sip._tls.contoso.com SRV [10 0 443 sipeu.contoso.com] -> []"),
            QStringLiteral(
                "3 change external _sipfederationtls._tcp.contoso.com SRV [0 0 5061 sip.contoso.com] -> "
                "[100 1 5061 %1]")
                .arg(fed),
            QStringLiteral("3 change external lyncdiscover.contoso.com CNAME [dirext01.contoso.com] -> [%1]")
                .arg(web),
            QStringLiteral("3 remove external sip.contoso.com A [131.107.155.10] -> []"),
            QStringLiteral("3 add external sip.contoso.com CNAME [] -> [%1]").arg(dir),
            QStringLiteral("7 remove external sipexternal.contoso.com A [131.107.155.10] -> []"),
            QStringLiteral("7 remove external meet.contoso.com A [131.107.155.40] -> []"),
            QStringLiteral("7 remove external dialin.contoso.com A [131.107.155.40] -> []"),
            QStringLiteral("7 remove external meeteu.contoso.com A [198.51.100.40] -> []"),
            QStringLiteral("7 remove external dialineu.contoso.com A [198.51.100.40] -> []"),
        };
        expected.sort();
        compareLines(expected, changeLines(set));
        // The second Edge pool's access FQDN is a server name: it stays.
        bool sipeuKept = false;
        for (const MigrationChange &c : set.changes)
            if (c.name == QLatin1String("sipeu.contoso.com") && c.location == Location::External)
                sipeuKept = c.action == ChangeAction::Keep && c.oldValue == QLatin1String("198.51.100.10");
        QVERIFY(sipeuKept);
        // From on premises the users cannot move before hybrid: step 2 says so.
        QVERIFY(
            set.runbook.steps.at(1).warnings.join(QLatin1Char(' ')).contains(QLatin1String("--to hybrid")));
    }

    // onprem -> hybrid: the federation SRV of every domain (rule 12), nothing else changes.
    void changeSet_onPremToHybrid_addsFederationSrv()
    {
        Plan plan = oneSite(migrationJson("onprem", "commercial", "[]"));
        const MigrationChangeSet set = migrationChangeSet(plan, MigrationPhase::Hybrid);
        // federation.discoverable is false in the fixture: no federation SRV on premises yet.
        compareLines(
            QStringList{QStringLiteral("1 add external _sipfederationtls._tcp.contoso.com SRV [] -> [0 0 "
                                       "5061 sip.contoso.com]"),
                        QStringLiteral("1 add external _sipfederationtls._tcp.fabrikam.com SRV [] -> [0 0 "
                                       "5061 sip.fabrikam.com]")},
            changeLines(set));
        QVERIFY(set.runbook.steps.at(1).commands.contains(QStringLiteral(
            "New-CsHostingProvider -Identity Office365 -ProxyFqdn \"sipfed.online.lync.com\" -Enabled "
            "$true -EnabledSharedAddressSpace $true -HostsOCSUsers $true -VerificationLevel "
            "UseSourceVerification -IsLocal $false -AutodiscoverUrl "
            "https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root")));
        QVERIFY(set.runbook.steps.at(2).commands.contains(
            QStringLiteral("Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true")));
    }

    void changeSet_samePhase_keepsEverything()
    {
        const Plan plan = oneSite(migrationJson("hybrid", "commercial", "[]"));
        const MigrationChangeSet set = migrationChangeSet(plan, MigrationPhase::Hybrid);
        QCOMPARE(countChanges(set), 0);
        QCOMPARE(set.changes.size(), planRecords(plan).size());
        QVERIFY(set.runbook.steps.isEmpty());
    }

    // Rollback is the change set backwards: what a step added goes, what it removed comes back with
    // its old TTL; each step of the change script has its undo.
    void scripts_changeAndRollback_mirrorEachOther()
    {
        const MigrationChangeSet set = migrationChangeSet(
            oneSite(migrationJson("hybrid", "commercial", "[]")), MigrationPhase::TeamsOnly);
        const QString change = QString::fromUtf8(changeScriptPowerShell(set));
        const QString rollback = QString::fromUtf8(rollbackScriptPowerShell(set));
        QVERIFY(change.contains(QLatin1String("[ValidateSet(1, 3, 7)]")));
        QVERIFY(rollback.contains(QLatin1String("[ValidateSet(1, 3, 7)]")));
        QVERIFY(change.contains(QLatin1String("Remove-MigrationRecord -Zone 'contoso.com' -Name 'sip' -Type "
                                              "'A' -Data '131.107.155.10' -Why 'replaced'")));
        QVERIFY(
            change.contains(QLatin1String("Add-PlannedRecord -Zone 'contoso.com' -Name 'sip' -Type 'CNAME' "
                                          "-Data 'sipdir.online.lync.com' -Ttl 3600")));
        QVERIFY(
            rollback.contains(QLatin1String("Remove-MigrationRecord -Zone 'contoso.com' -Name 'sip' -Type "
                                            "'CNAME' -Data 'sipdir.online.lync.com' -Why 'rollback'")));
        QVERIFY(rollback.contains(QLatin1String(
            "Add-PlannedRecord -Zone 'contoso.com' -Name 'sip' -Type 'A' -Data '131.107.155.10' -Ttl 1200")));
        // A pin-point zone of fabrikam.com comes back before its record.
        const qsizetype zone = rollback.indexOf(QLatin1String("Add-PlannedZone -Zone 'pool01.fabrikam.com'"));
        const qsizetype record =
            rollback.indexOf(QLatin1String("Add-PlannedRecord -Zone 'pool01.fabrikam.com'"));
        QVERIFY(zone > 0 && record > zone);
        // Step 1 lowers the TTL of what changes to 300 s; its undo restores the plan's 1200 s.
        QVERIFY(change.contains(QLatin1String("Set-MigrationTtl -Zone 'contoso.com' -Name 'lyncdiscover' "
                                              "-Type 'CNAME' -Data 'webext.contoso.com' -Ttl 300")));
        QVERIFY(rollback.contains(QLatin1String("Set-MigrationTtl -Zone 'contoso.com' -Name 'lyncdiscover' "
                                                "-Type 'CNAME' -Data 'webext.contoso.com' -Ttl 1200")));
        QCOMPARE(rollbackScriptPath(QStringLiteral("/tmp/x/change.ps1")),
                 QStringLiteral("/tmp/x/change.rollback.ps1"));
        QCOMPARE(rollbackScriptPath(QStringLiteral("change.ps1")), QStringLiteral("change.rollback.ps1"));
        QCOMPARE(rollbackScriptPath(QStringLiteral("out/cutover")),
                 QStringLiteral("out/cutover.rollback.ps1"));
    }

    // Hybrid DNS beyond the record set (plan-hybrid-connectivity.md, "DNS settings"): the Edge
    // resolves the federation SRV of every SIP domain, internal clients the Web Conferencing Edge
    // name; without an Edge there is no federation SRV at all.
    void hybridFindings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected"); // "severity rule path", sorted
        const QByteArray hybrid =
            test::withEdits(oneSiteJson(), {{"migration", migrationJson("hybrid", "dod", "[]").constData()}});
        QTest::newRow("hybrid, split-brain contoso.com")
            << hybrid
            << QStringList{QStringLiteral("info R-HYB2 migration.phase"),
                           QStringLiteral("warning R-HYB3 sites[0].edgePools[0].webConferencingFqdn")};
        QTest::newRow("hybrid without an Edge")
            << test::withEdits(hybrid, {{"sites[0].edgePools", "[]"}})
            << QStringList{QStringLiteral("error R-HYB1 migration.phase")};
        QTest::newRow("on premises") << test::withEdits(
                                            oneSiteJson(),
                                            {{"migration", migrationJson("onprem", "dod", "[]").constData()}})
                                     << QStringList{};
        QTest::newRow("every domain moved")
            << test::withEdits(oneSiteJson(),
                               {{"migration", migrationJson("teams-only", "dod", "[]").constData()}})
            << QStringList{};
        // contoso.com stays on premises in a teams-only tenant: still hybrid for it.
        QTest::newRow("fabrikam.com moved")
            << test::withEdits(
                   oneSiteJson(),
                   {{"migration", migrationJson("teams-only", "dod", "[\"fabrikam.com\"]").constData()}})
            << QStringList{QStringLiteral("info R-HYB2 migration.phase"),
                           QStringLiteral("warning R-HYB3 sites[0].edgePools[0].webConferencingFqdn")};
    }

    void hybridFindings()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const Plan plan = test::planFromJson(json);
        QStringList actual;
        QString messages;
        for (const Finding &f : validatePlan(plan, planRecords(plan)))
            if (f.rule.startsWith(QLatin1String("R-HYB"))) {
                actual << QStringLiteral("%1 %2 %3").arg(severityName(f.severity), f.rule, f.path);
                messages += f.message + QLatin1Char('\n');
            }
        actual.sort();
        QCOMPARE(actual, expected);
        if (expected.size() == 2) {
            QVERIFY2(messages.contains(QLatin1String("_sipfederationtls._tcp of contoso.com to")),
                     qPrintable(messages)); // fabrikam.com has no internal zone to hide it
            QVERIFY2(messages.contains(QLatin1String("webcon.contoso.com")) &&
                         messages.contains(QLatin1String("131.107.155.20")),
                     qPrintable(messages));
        }
    }

    void csvAndJson_followCliMd()
    {
        const MigrationChangeSet set = migrationChangeSet(
            oneSite(migrationJson("hybrid", "commercial", "[]")), MigrationPhase::TeamsOnly);
        const QStringList csv =
            QString::fromUtf8(changeSetToCsv(set)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(csv.first(), QStringLiteral("action,location,name,type,old,new,ttl,step,reason"));
        QCOMPARE(csv.size(), set.changes.size() + 1);
        QVERIFY2(
            csv.contains(QStringLiteral("change,external,_sip._tls.contoso.com,SRV,0 0 443 sip.contoso.com,"
                                        "100 1 443 sipdir.online.lync.com,3600,3,\"Microsoft 365: sign-in of "
                                        "contoso.com users (Skype for Business clients, phones)\"")),
            qPrintable(csv.join(QLatin1Char('\n'))));
        QVERIFY(csv.contains(QStringLiteral("keep,internal,fe01.contoso.net,A,10.0.0.1,10.0.0.1,1200,,"
                                            "Front End server fe01.contoso.net: server-to-server traffic and "
                                            "replication")));
        // The reason is the last column, quoted when it holds a comma (RFC 4180).
        const QJsonObject json = QJsonDocument::fromJson(changeSetToJson(set)).object();
        QCOMPARE(json.value(QLatin1String("from")).toString(), QStringLiteral("hybrid"));
        QCOMPARE(json.value(QLatin1String("to")).toString(), QStringLiteral("teams-only"));
        QCOMPARE(json.value(QLatin1String("cloud")).toString(), QStringLiteral("commercial"));
        QCOMPARE(json.value(QLatin1String("runbook")).toArray().size(), 7);
        QCOMPARE(json.value(QLatin1String("changes")).toArray().size(), set.changes.size());
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
