#include "model/validator/checks.h"

#include "model/dns/hostnames.h"
#include "model/plan/estate.h"
#include "model/planner/planner.h"
#include "model/rules/nameclaims.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

namespace lyncdns {

namespace {

// A name holds one role only (plan-format.md). One finding per pair of owners that collide, under
// the most specific rule that covers the collision, at the place to change.
struct Collision
{
    int rank = 0; // lower = more specific
    const char *rule = nullptr;
    QString path;
    QString message;
};

Collision nameRoles(const NameClaim &a, const NameClaim &b)
{
    return Collision{1, "P-NAME-ROLES", b.path,
                     QCoreApplication::translate(
                         "Validator", "%1 is both the %2 (%3) and the %4 (%5): a name holds one role "
                                      "only; give one of them another name")
                         .arg(b.name, roleLabel(a.role), a.path, roleLabel(b.role), b.path)};
}

// The object a claim's field belongs to: "sites[0].frontEndPools[1]" of
// "sites[0].frontEndPools[1].webServices.externalFqdn" or of "sites[0].frontEndPools[1].fqdn".
QString objectOf(const QString &path)
{
    const qsizetype web = path.indexOf(QLatin1String(".webServices."));
    if (web >= 0)
        return path.left(web);
    return path.section(QLatin1Char('.'), 0, -2);
}

// The rule two colliding claims break; a is the earlier claim in plan order.
Collision collision(const NameClaim &a, const NameClaim &b)
{
    const auto either = [&](auto test) -> const NameClaim * { return test(b) ? &b : test(a) ? &a : nullptr; };
    if (isServerRole(a.role) && isServerRole(b.role))
        return Collision{
            0, "P-DUP-FQDN", b.path,
            QCoreApplication::translate("Validator", "%1 is already used at %2").arg(b.name, a.path)};
    // Two pools under one name: the pool names are the place to change, not their web FQDNs.
    if (isPoolRole(a.role) && isPoolRole(b.role))
        return nameRoles(a, b);
    // The internal and the external web FQDN of one pool (R-MOB3); across two pools it is R-EXP3.
    const bool samePoolWeb = ((isInternalWebRole(a.role) && isExternalWebRole(b.role)) ||
                              (isExternalWebRole(a.role) && isInternalWebRole(b.role))) &&
                             objectOf(a.path) == objectOf(b.path);
    if (samePoolWeb)
        return Collision{1, "R-MOB3", b.path,
                         QCoreApplication::translate(
                             "Validator", "the external web services FQDN must differ from the internal one "
                                          "(%1)")
                             .arg(b.name)};
    // R-LB3: web FQDNs are unique across all pools of the estate, whatever their site.
    if ((isInternalWebRole(a.role) && isInternalWebRole(b.role)) ||
        (isExternalWebRole(a.role) && isExternalWebRole(b.role)))
        return Collision{2, "R-LB3", b.path,
                         isExternalWebRole(b.role)
                             ? QCoreApplication::translate(
                                   "Validator", "%1 is already the external web services FQDN at %2: "
                                                "every pool needs external web services of its own")
                                   .arg(b.name, a.path)
                             : QCoreApplication::translate(
                                   "Validator", "%1 is already the internal web services FQDN at %2: "
                                                "every pool needs internal web services of its own")
                                   .arg(b.name, a.path)};
    const NameClaim *admin = either([](const NameClaim &c) { return c.role == Role::AdminUrl; });
    if (admin) {
        const NameClaim &published = admin == &a ? b : a;
        if (isPublished(published.role))
            return Collision{3, "R-EXP4", admin->path,
                             QCoreApplication::translate(
                                 "Validator", "the Admin URL %1 is internal only, but %2 publishes the "
                                              "same name externally")
                                 .arg(admin->name, published.path)};
    }
    const NameClaim *externalWeb = either([](const NameClaim &c) { return isExternalWebRole(c.role); });
    if (externalWeb) {
        const NameClaim &inside = externalWeb == &a ? b : a;
        if (roleExposure(inside.role) == Exposure::InternalOnly)
            return Collision{4, "R-EXP3", externalWeb->path,
                             QCoreApplication::translate(
                                 "Validator", "%1 is the %2 and must resolve only inside; choose another "
                                              "external name")
                                 .arg(externalWeb->name, roleLabel(inside.role))};
    }
    const NameClaim *url = either([](const NameClaim &c) { return isSimpleUrlRole(c.role); });
    if (url && isPoolRole((url == &a ? b : a).role))
        return Collision{5, "R-URL3", url->path,
                         QCoreApplication::translate("Validator", "a simple URL cannot use a pool FQDN")};
    if (a.cname || b.cname)
        return Collision{6, "R-CN1", a.cname ? b.path : a.path,
                         QCoreApplication::translate(
                             "Validator", "%1 is an Autodiscover CNAME and cannot also hold other records")
                             .arg(b.name)};
    Collision c = nameRoles(a, b);
    c.rank = 7;
    return c;
}

} // namespace

void checkNames(const QList<NameClaim> &claims, FindingSink &out)
{
    QHash<QString, Collision> best; // "owner\nowner" -> the collision reported for that pair
    QStringList order;
    // Only claims on one name can collide: compare each claim with the earlier claims on its name,
    // not with every earlier claim (a plan with 20,000 SIP domains has 100,000 claims).
    QHash<QString, QList<qsizetype>> earlier; // name -> indexes of its claims so far
    for (qsizetype i = 0; i < claims.size(); ++i) {
        QList<qsizetype> &sameName = earlier[claims.at(i).name];
        for (const qsizetype j : std::as_const(sameName)) {
            const NameClaim &a = claims.at(j);
            const NameClaim &b = claims.at(i);
            if (!claimsCollide(a, b))
                continue;
            const QString key = a.owner < b.owner ? a.owner + QLatin1Char('\n') + b.owner
                                                  : b.owner + QLatin1Char('\n') + a.owner;
            const Collision c = collision(a, b);
            if (!best.contains(key))
                order << key;
            else if (best.value(key).rank <= c.rank)
                continue;
            best.insert(key, c);
        }
        sameName << i;
    }
    for (const QString &key : std::as_const(order)) {
        const Collision &c = best[key];
        out.error(c.rule, c.path, c.message);
    }
}

// What the record set shows: a name over the DNS limits (P-NAME-LENGTH), a CNAME at a zone apex
// (R-CN1) and an SRV record whose target is a CNAME (R-SRV2). Each is reported at the plan value
// that causes it, so that a plan without errors gives zone files that load.
void checkPlannedRecords(const Plan &plan, const QList<NameClaim> &claims, const RecordSet &records,
                         FindingSink &out)
{
    QHash<QString, qsizetype> sipDomainIndex; // normalized SIP domain -> its first index
    for (qsizetype i = 0; i < plan.sipDomains.size(); ++i)
        sipDomainIndex.insert(normalizedName(plan.sipDomains.at(i)),
                              sipDomainIndex.value(normalizedName(plan.sipDomains.at(i)), i));
    // The longest SIP domain a name lies under, as an index; -1 for none.
    const auto domainOf = [&sipDomainIndex](const QString &name) -> qsizetype {
        for (QString suffix = name; !suffix.isEmpty(); suffix = parentDomain(suffix))
            if (const auto it = sipDomainIndex.constFind(suffix); it != sipDomainIndex.cend())
                return it.value();
        return -1;
    };
    const QString sipDomains = QStringLiteral("sipDomains");

    // P-NAME-LENGTH: names the planner writes under a SIP domain, and those it has to leave out
    // (a generated name over the limits is not planned: its claim still shows it).
    QMap<qsizetype, QString> tooLong; // SIP domain index -> its longest name over the limits
    const auto measure = [&](const QString &name) {
        if (!exceedsDnsLimits(name))
            return;
        const qsizetype i = domainOf(name);
        if (i < 0 || !hostNameProblem(plan.sipDomains.at(i)).isEmpty())
            return; // a name the plan gives directly is R-NAME1's; an invalid SIP domain too
        if (tooLong.value(i).size() < name.size())
            tooLong.insert(i, name);
    };
    for (const NameClaim &c : claims)
        if (c.path.startsWith(sipDomains))
            measure(c.name);
    for (const DnsRecord &r : records)
        measure(r.name);
    for (auto it = tooLong.cbegin(); it != tooLong.cend(); ++it) {
        const QString domain = normalizedName(plan.sipDomains.at(it.key()));
        const QString &name = it.value();
        out.error("P-NAME-LENGTH", indexedPath(sipDomains, it.key()),
                  //: %1 is the start of a generated name, such as "_sipfederationtls._tcp.".
                  QCoreApplication::translate(
                      "Validator", "%1<SIP domain> would be %2 characters long, over the 253 a DNS name "
                                   "can hold (63 per label): use a shorter SIP domain")
                      .arg(name.left(name.size() - domain.size()), QString::number(name.size())));
    }

    // CNAMEs per view: the planned ones, and the Autodiscover CNAMEs another role's record took
    // the name of (R-CN1 reports that collision; an SRV target there is still a CNAME).
    QSet<QString> cnames; // "location|name"
    const auto key = [](Location location, const QString &name) -> QString {
        return locationName(location) + QLatin1Char('|') + name;
    };
    for (const DnsRecord &r : records) {
        if (r.type != RecordType::CNAME)
            continue;
        cnames.insert(key(r.location, r.name));
        // R-CN1 at a zone apex: a SIP domain is a zone, and its apex holds SOA and NS records. A
        // GeoDNS CNAME in a pin-point zone is the GeoDNS rule's finding (estatechecks.cpp).
        if (r.zone == r.name && !(r.pinPoint && plan.geoDns)) {
            const qsizetype i = sipDomainIndex.value(r.name, -1);
            out.error("R-CN1", i >= 0 ? indexedPath(sipDomains, i) : QStringLiteral("dns.splitBrain"),
                      QCoreApplication::translate(
                          "Validator", "%1 is the apex of a zone (with its SOA and NS records), yet the "
                                       "plan also makes it a CNAME to %2: a CNAME cannot sit at a zone "
                                       "apex; remove or rename the SIP domain %1")
                          .arg(r.name, r.data));
        }
    }
    for (const NameClaim &c : claims) {
        if (!c.cname)
            continue;
        if (hasInternalRecords(c.role))
            cnames.insert(key(Location::Internal, c.name));
        if (isPublished(c.role))
            cnames.insert(key(Location::External, c.name));
    }

    // R-SRV2: the planner's SRV records point at names with A/AAAA records, never at a CNAME. An
    // _sipinternaltls target is reported at the pool it stands for: the sign-in pool or a backup.
    QList<PoolRef> signInPools;
    if (const PoolRef signIn = signInPool(plan))
        signInPools << signIn;
    signInPools << backupPools(plan);
    const auto signInPath = [&](const QString &target, qsizetype domain) -> QString {
        for (const PoolRef &p : std::as_const(signInPools))
            if (domain >= 0 &&
                srvTargetFor(*p.pool, plan.sipDomains.at(domain), plan.signIn.srvTarget) == target)
                return p.path() + QStringLiteral(".fqdn");
        if (plan.signIn.srvTarget == SrvTargetStyle::Sip)
            return QStringLiteral("signIn.srvTarget");
        return signInPools.isEmpty() ? QStringLiteral("signIn.pool")
                                     : signInPools.first().path() + QStringLiteral(".fqdn");
    };
    QSet<QString> reported; // path|target
    for (const DnsRecord &r : records) {
        if (r.type != RecordType::SRV)
            continue;
        const QString target = r.data.section(QLatin1Char(' '), 3);
        if (!cnames.contains(key(r.location, target)))
            continue;
        QString path;
        if (r.requirement == QLatin1String("int-sipinternaltls") ||
            r.requirement == QLatin1String("int-sipinternal"))
            path = signInPath(target, domainOf(r.name));
        else if (r.requirement == QLatin1String("int-ntp"))
            path = QStringLiteral("devices.ntpServer");
        else if (r.requirement == QLatin1String("ext-xmpp-srv"))
            path = QStringLiteral("xmpp.fqdn");
        else if (const qsizetype i = domainOf(r.name); i >= 0)
            path = indexedPath(sipDomains, i);
        else
            path = sipDomains;
        if (reported.contains(path + QLatin1Char('|') + target))
            continue;
        reported.insert(path + QLatin1Char('|') + target);
        out.error("R-SRV2", path,
                  QCoreApplication::translate(
                      "Validator", "the SRV record %1 would point at %2, which the plan makes a CNAME: an "
                                   "SRV target needs A/AAAA records of its own")
                      .arg(r.name, target));
    }
}

} // namespace lyncdns
