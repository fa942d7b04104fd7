#include "model/validator/validator.h"

#include "model/dns/hostnames.h"
#include "model/io/printable.h"
#include "model/planner/planner.h"
#include "model/rules/nameclaims.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace lyncdns {

namespace {

class Validator
{
public:
    Validator(const Plan &plan, const RecordSet &records)
        : m_plan(plan)
        , m_records(records)
    {
    }

    Findings run()
    {
        checkSipDomains();
        checkPool(m_plan.frontEnd, QStringLiteral("frontEnd"), true);
        if (m_plan.director)
            checkPool(*m_plan.director, QStringLiteral("director"), false);
        checkEdge();
        checkReverseProxyAndMobility();
        checkSimpleUrls();
        checkApplications();
        checkDevices();
        checkNames();
        checkPlannedRecords();
        checkServerAddresses();
        checkEdgeAddresses();
        checkIpv6();
        checkNotes();
        return m_findings;
    }

private:
    void add(Severity s, const char *rule, const QString &path, const QString &message)
    {
        // Plan values reach messages: their control characters are shown escaped, never raw.
        m_findings << Finding{QLatin1String(rule), s, path, printable(message)};
    }
    void error(const char *rule, const QString &path, const QString &message)
    {
        add(Severity::Error, rule, path, message);
    }
    void warning(const char *rule, const QString &path, const QString &message)
    {
        add(Severity::Warning, rule, path, message);
    }
    void info(const char *rule, const QString &path, const QString &message)
    {
        add(Severity::Info, rule, path, message);
    }

    // R-NAME1 for a host name; an empty value is reported only when the name is needed.
    void host(const QString &path, const QString &value, bool needed = true)
    {
        if (value.isEmpty()) {
            if (needed)
                error("P-MISSING", path,
                      QCoreApplication::translate("Validator", "a host name is needed here"));
            return;
        }
        const QString problem = hostNameProblem(value);
        if (!problem.isEmpty())
            error("R-NAME1", path,
                  QCoreApplication::translate("Validator", "\"%1\" is not a valid host name: %2")
                      .arg(value, problem));
    }

    void ipv4(const QString &path, const QString &value, bool needed = true)
    {
        if (value.isEmpty()) {
            if (needed)
                error("P-MISSING", path,
                      QCoreApplication::translate("Validator", "an IPv4 address is needed here"));
            return;
        }
        if (!isValidIpv4(value))
            error("P-ADDRESS", path,
                  QCoreApplication::translate("Validator", "\"%1\" is not an IPv4 address (expected a.b.c.d)")
                      .arg(value));
    }

    void ipv6(const QString &path, const QString &value)
    {
        if (!value.isEmpty() && !isValidIpv6(value))
            error("P-ADDRESS", path,
                  QCoreApplication::translate("Validator", "\"%1\" is not an IPv6 address").arg(value));
    }

    // R-EXP7: external DNS must hold public addresses (the NAT's public side).
    void publicAddress(const QString &path, const QString &value)
    {
        const QString range = nonPublicRange(value);
        if (!range.isEmpty())
            error("R-EXP7", path,
                  //: %2 names the range, e.g. "RFC 1918 private" or "multicast".
                  QCoreApplication::translate("Validator",
                                              "%1 is not a public address (%2) and cannot be published in "
                                              "external DNS; with NAT, enter the public address the NAT "
                                              "maps to")
                      .arg(value, range));
    }

    void checkSipDomains()
    {
        if (m_plan.sipDomains.isEmpty())
            error("P-MISSING", QStringLiteral("sipDomains"),
                  QCoreApplication::translate("Validator", "at least one SIP domain is needed"));
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < m_plan.sipDomains.size(); ++i) {
            const QString path = indexedPath(QStringLiteral("sipDomains"), i);
            const QString &d = m_plan.sipDomains.at(i);
            host(path, d);
            const QString key = normalizedName(d);
            if (seen.contains(key))
                error("P-SIPDOMAIN-DUP", path,
                      QCoreApplication::translate("Validator",
                                                  "SIP domain %1 is listed twice (also sipDomains[%2])")
                          .arg(d, QString::number(seen.value(key))));
            else
                seen.insert(key, i);
        }
    }

    void checkServers(const QList<Server> &servers, const QString &path)
    {
        for (qsizetype i = 0; i < servers.size(); ++i) {
            host(indexedPath(path, i) + QStringLiteral(".fqdn"), servers.at(i).fqdn);
            ipv4(indexedPath(path, i) + QStringLiteral(".ipv4"), servers.at(i).ipv4);
            ipv6(indexedPath(path, i) + QStringLiteral(".ipv6"), servers.at(i).ipv6);
        }
    }

    void checkPool(const Pool &pool, const QString &path, bool isFrontEnd)
    {
        //: %1 in "the %1 needs at least one server", "a DNS load-balanced %1 …" and "a %1 with %2 servers …".
        const QString what = isFrontEnd ? QCoreApplication::translate("Validator", "Front End pool")
                                        //: %1 in "the %1 needs at least one server" and similar messages.
                                        : QCoreApplication::translate("Validator", "Director pool");
        host(path + QStringLiteral(".fqdn"), pool.fqdn);
        checkServers(pool.servers, path + QStringLiteral(".servers"));
        const QString serversPath = path + QStringLiteral(".servers");
        if (pool.servers.isEmpty())
            error("P-TOPOLOGY", serversPath,
                  QCoreApplication::translate("Validator", "the %1 needs at least one server").arg(what));
        const WebServices &web = pool.webServices;
        host(path + QStringLiteral(".webServices.internalFqdn"), web.internalFqdn, false);
        host(path + QStringLiteral(".webServices.externalFqdn"), web.externalFqdn, false);
        ipv4(path + QStringLiteral(".webServices.internalVip"), web.internalVip, false);
        ipv6(path + QStringLiteral(".webServices.internalVipIpv6"), web.internalVipIpv6);
        ipv4(path + QStringLiteral(".vip"), pool.vip, false);
        ipv6(path + QStringLiteral(".vipIpv6"), pool.vipIpv6);

        if (isFrontEnd && pool.edition == Edition::Standard) {
            if (pool.loadBalancing != LoadBalancing::None)
                error("P-TOPOLOGY", path + QStringLiteral(".loadBalancing"),
                      QCoreApplication::translate(
                          "Validator", "a Standard Edition server is never load balanced; use \"none\""));
            if (pool.servers.size() > 1)
                error("P-TOPOLOGY", serversPath,
                      QCoreApplication::translate("Validator", "Standard Edition has exactly one server"));
            if (!web.internalFqdn.isEmpty() && normalizedName(web.internalFqdn) != normalizedName(pool.fqdn))
                error("P-TOPOLOGY", path + QStringLiteral(".webServices.internalFqdn"),
                      QCoreApplication::translate(
                          "Validator",
                          "the internal web services FQDN of a Standard Edition server is its own FQDN "
                          "and cannot be overridden"));
        }
        switch (pool.loadBalancing) {
        case LoadBalancing::Hardware:
            if (pool.vip.isEmpty())
                error("P-MISSING", path + QStringLiteral(".vip"),
                      QCoreApplication::translate("Validator",
                                                  "hardware load balancing needs the load balancer VIP"));
            break;
        case LoadBalancing::Dns:
            if (pool.servers.size() < 2)
                error("R-LB1", serversPath,
                      QCoreApplication::translate("Validator",
                                                  "a DNS load-balanced %1 needs at least two servers")
                          .arg(what));
            if (web.internalFqdn.isEmpty() || normalizedName(web.internalFqdn) == normalizedName(pool.fqdn))
                error("R-LB2", path + QStringLiteral(".webServices.internalFqdn"),
                      QCoreApplication::translate(
                          "Validator",
                          "with DNS load balancing the pool and its internal web services cannot share "
                          "the FQDN %1: override the internal web services FQDN")
                          .arg(pool.fqdn));
            if (web.internalVip.isEmpty())
                error("R-LB2", path + QStringLiteral(".webServices.internalVip"),
                      QCoreApplication::translate(
                          "Validator",
                          "web traffic cannot use DNS load balancing: give the hardware load balancer "
                          "VIP for internal web services"));
            break;
        case LoadBalancing::None:
            if (pool.servers.size() > 1)
                error("P-TOPOLOGY", path + QStringLiteral(".loadBalancing"),
                      QCoreApplication::translate("Validator",
                                                  "a %1 with %2 servers needs DNS or hardware load balancing")
                          .arg(what, QString::number(pool.servers.size())));
            break;
        }
    }

    void checkEdge()
    {
        if (!m_plan.edge)
            return;
        const Edge &e = *m_plan.edge;
        const QString p = QStringLiteral("edge");
        host(p + QStringLiteral(".internalFqdn"), e.internalFqdn);
        host(p + QStringLiteral(".accessFqdn"), e.accessFqdn, false);
        host(p + QStringLiteral(".webConferencingFqdn"), e.webConferencingFqdn, false);
        host(p + QStringLiteral(".avFqdn"), e.avFqdn, false);
        const bool hlb = e.layout == EdgeLayout::ScaledHardware;
        const QString sp = p + QStringLiteral(".servers");
        if (e.servers.isEmpty())
            error("P-TOPOLOGY", sp,
                  QCoreApplication::translate("Validator", "the Edge needs at least one server"));
        if (e.layout == EdgeLayout::Single && e.servers.size() > 1)
            error(
                "P-TOPOLOGY", p + QStringLiteral(".layout"),
                QCoreApplication::translate(
                    "Validator", "a single Edge has one server; choose scaled-dns or scaled-hardware for %1")
                    .arg(e.servers.size()));
        if (e.layout == EdgeLayout::ScaledDns && e.servers.size() < 2)
            error("R-LB4", sp,
                  QCoreApplication::translate("Validator",
                                              "a DNS load-balanced Edge pool needs at least two servers"));
        for (qsizetype i = 0; i < e.servers.size(); ++i) {
            const EdgeServer &s = e.servers.at(i);
            const QString sip = indexedPath(sp, i) + QLatin1Char('.');
            host(sip + QStringLiteral("fqdn"), s.fqdn, false);
            ipv4(sip + QStringLiteral("internalIpv4"), s.internalIpv4, !hlb);
            ipv4(sip + QStringLiteral("accessIpv4"), s.accessIpv4, !hlb);
            ipv4(sip + QStringLiteral("webConferencingIpv4"), s.webConferencingIpv4, !hlb);
            ipv4(sip + QStringLiteral("avIpv4"), s.avIpv4, !hlb);
            ipv4(sip + QStringLiteral("privateAccessIpv4"), s.privateAccessIpv4, false);
            ipv4(sip + QStringLiteral("privateWebConferencingIpv4"), s.privateWebConferencingIpv4, false);
            ipv4(sip + QStringLiteral("privateAvIpv4"), s.privateAvIpv4, false);
            for (const auto &[key, value] :
                 {std::pair{"internalIpv6", s.internalIpv6}, std::pair{"accessIpv6", s.accessIpv6},
                  std::pair{"webConferencingIpv6", s.webConferencingIpv6}, std::pair{"avIpv6", s.avIpv6}})
                ipv6(sip + QLatin1String(key), value);
            if (!hlb)
                for (const auto &[key, value] :
                     {std::pair{"accessIpv4", s.accessIpv4},
                      std::pair{"webConferencingIpv4", s.webConferencingIpv4}, std::pair{"avIpv4", s.avIpv4},
                      std::pair{"accessIpv6", s.accessIpv6},
                      std::pair{"webConferencingIpv6", s.webConferencingIpv6}, std::pair{"avIpv6", s.avIpv6}})
                    publicAddress(sip + QLatin1String(key), value);
        }
        if (hlb) {
            if (e.nat)
                error("R-LB4", p + QStringLiteral(".nat"),
                      QCoreApplication::translate(
                          "Validator",
                          "an Edge pool behind hardware load balancers needs publicly routable addresses "
                          "without NAT"));
            if (!e.vips) {
                error("P-MISSING", p + QStringLiteral(".vips"),
                      QCoreApplication::translate(
                          "Validator",
                          "a hardware load-balanced Edge needs the internal, access, web conferencing "
                          "and A/V VIPs"));
            } else {
                const EdgeVips &v = *e.vips;
                const QString vp = p + QStringLiteral(".vips.");
                ipv4(vp + QStringLiteral("internal"), v.internal);
                ipv4(vp + QStringLiteral("access"), v.access);
                ipv4(vp + QStringLiteral("webConferencing"), v.webConferencing);
                ipv4(vp + QStringLiteral("av"), v.av);
                for (const auto &[key, value] :
                     {std::pair{"internalIpv6", v.internalIpv6}, std::pair{"accessIpv6", v.accessIpv6},
                      std::pair{"webConferencingIpv6", v.webConferencingIpv6}, std::pair{"avIpv6", v.avIpv6}})
                    ipv6(vp + QLatin1String(key), value);
                for (const auto &[key, value] :
                     {std::pair{"access", v.access}, std::pair{"webConferencing", v.webConferencing},
                      std::pair{"av", v.av}, std::pair{"accessIpv6", v.accessIpv6},
                      std::pair{"webConferencingIpv6", v.webConferencingIpv6}, std::pair{"avIpv6", v.avIpv6}})
                    publicAddress(vp + QLatin1String(key), value);
            }
        } else if (e.vips) {
            warning("P-TOPOLOGY", p + QStringLiteral(".vips"),
                    QCoreApplication::translate(
                        "Validator", "VIPs are used only with the scaled-hardware layout; they are ignored"));
        }
        const QString access = effectiveAccessFqdn(m_plan);
        const QString webcon = effectiveWebConferencingFqdn(m_plan);
        const QString av = effectiveAvFqdn(m_plan);
        if (access == webcon || access == av || webcon == av)
            error("P-TOPOLOGY", p + QStringLiteral(".webConferencingFqdn"),
                  QCoreApplication::translate(
                      "Validator",
                      "the Access, Web Conferencing and A/V Edge FQDNs must be three different names"));
    }

    void checkReverseProxyAndMobility()
    {
        const bool rp = m_plan.reverseProxy.has_value();
        if (rp) {
            ipv4(QStringLiteral("reverseProxy.publicIpv4"), m_plan.reverseProxy->publicIpv4);
            ipv6(QStringLiteral("reverseProxy.publicIpv6"), m_plan.reverseProxy->publicIpv6);
            publicAddress(QStringLiteral("reverseProxy.publicIpv4"), m_plan.reverseProxy->publicIpv4);
            publicAddress(QStringLiteral("reverseProxy.publicIpv6"), m_plan.reverseProxy->publicIpv6);
            if (m_plan.frontEnd.webServices.externalFqdn.isEmpty())
                error("P-MISSING", QStringLiteral("frontEnd.webServices.externalFqdn"),
                      QCoreApplication::translate(
                          "Validator",
                          "the reverse proxy publishes the Front End external web services: name them"));
            if (m_plan.director && m_plan.director->webServices.externalFqdn.isEmpty())
                error("P-MISSING", QStringLiteral("director.webServices.externalFqdn"),
                      QCoreApplication::translate(
                          "Validator",
                          "publish the Director's external web services too (authentication goes there "
                          "first)"));
        }
        if (m_plan.autodiscover.enabled && !rp)
            warning("R-MOB1", QStringLiteral("reverseProxy"),
                    QCoreApplication::translate(
                        "Validator",
                        "without a reverse proxy lyncdiscover.<SIP domain> cannot be published: mobile and "
                        "external clients will not find Autodiscover"));
        if (m_plan.pushNotifications) {
            if (!rp)
                error("R-MOB4", QStringLiteral("mobility.pushNotifications"),
                      QCoreApplication::translate(
                          "Validator",
                          "push notifications are a mobility feature: mobility needs a reverse proxy"));
            if (!m_plan.edge)
                error("R-MOB4", QStringLiteral("mobility.pushNotifications"),
                      QCoreApplication::translate(
                          "Validator",
                          "push notifications need _sipfederationtls._tcp, which points at an Access Edge: "
                          "plan an Edge"));
            if (m_plan.product == Product::Sfb2019)
                warning("R-MOB4", QStringLiteral("mobility.pushNotifications"),
                        QCoreApplication::translate(
                            "Validator",
                            "Skype for Business Server 2019 has no MCX mobility service; push applies only "
                            "to older mobile clients"));
        }
        if (m_plan.federation.discoverable && !m_plan.edge)
            error("P-TOPOLOGY", QStringLiteral("federation.discoverable"),
                  QCoreApplication::translate(
                      "Validator", "discoverable federation publishes the Access Edge: plan an Edge"));
        if (m_plan.federation.discoverable && !m_plan.federation.enabled)
            warning("P-TOPOLOGY", QStringLiteral("federation.discoverable"),
                    QCoreApplication::translate("Validator",
                                                "federation is not enabled, yet it is marked discoverable"));
        if (m_plan.autodiscover.enabled && rp && m_plan.autodiscover.recordType == AutodiscoverType::Cname) {
            const QString target = normalizedName(m_plan.signInPool().webServices.externalFqdn);
            for (qsizetype i = 0; i < m_plan.sipDomains.size() && !target.isEmpty(); ++i)
                if (!isUnderDomain(target, m_plan.sipDomains.at(i)))
                    warning("R-CN2", QStringLiteral("autodiscover.recordType"),
                            QCoreApplication::translate(
                                "Validator",
                                "lyncdiscover.%1 as a CNAME to %2 (another domain) fails over HTTPS; "
                                "publish port 80 (to 8080) on the reverse proxy or use an A record")
                                .arg(normalizedName(m_plan.sipDomains.at(i)), target));
        }
    }

    // R-URL1, R-URL3, R-URL5. Defaults count too: dialin.<domain> may clash with a Meet URL.
    void checkSimpleUrls()
    {
        struct Url
        {
            QString path;
            QString value;
        };
        QList<Url> urls;
        const QStringList meet = effectiveMeetUrls(m_plan);
        const bool meetDefaulted = m_plan.simpleUrls.meet.isEmpty();
        for (qsizetype i = 0; i < meet.size(); ++i)
            urls << Url{meetDefaulted ? QStringLiteral("simpleUrls.meet")
                                      : indexedPath(QStringLiteral("simpleUrls.meet"), i),
                        meet.at(i)};
        urls << Url{QStringLiteral("simpleUrls.dialin"), effectiveDialinUrl(m_plan)};
        if (!m_plan.simpleUrls.admin.isEmpty())
            urls << Url{QStringLiteral("simpleUrls.admin"), m_plan.simpleUrls.admin};

        if (meet.size() < m_plan.sipDomains.size())
            error("R-URL1", QStringLiteral("simpleUrls.meet"),
                  QCoreApplication::translate(
                      "Validator", "there is one Meet URL per SIP domain: %1 SIP domains, %2 Meet URLs")
                      .arg(m_plan.sipDomains.size())
                      .arg(meet.size()));

        // Sets, not pairwise comparisons: a plan with a thousand SIP domains has a thousand Meet URLs.
        QSet<QString> seen;
        QHash<QString, QString> seenByPrefix;    // every "/"-prefix of a seen URL -> that URL
        QHash<QString, QString> sipDomainByName; // normalized -> as written, for R-URL5
        for (const QString &d : m_plan.sipDomains)
            if (!sipDomainByName.contains(normalizedName(d)))
                sipDomainByName.insert(normalizedName(d), d);
        for (const Url &u : urls) {
            QString urlPath; // "/meet" of "https://host/meet" or of "host/meet"
            if (u.value.contains(QLatin1String("://"))) {
                const QUrl url(u.value);
                if (url.scheme() != QLatin1String("https")) {
                    error("R-URL3", u.path,
                          QCoreApplication::translate("Validator", "simple URLs use https:// only"));
                    continue;
                }
                if (url.port() != -1) {
                    error("R-URL3", u.path,
                          QCoreApplication::translate("Validator", "simple URLs cannot carry a port"));
                    continue;
                }
                urlPath = url.path();
            } else if (u.value.contains(QLatin1Char(':'))) {
                error("R-URL3", u.path,
                      QCoreApplication::translate("Validator", "simple URLs cannot carry a port"));
                continue;
            } else if (const qsizetype slash = u.value.indexOf(QLatin1Char('/')); slash >= 0) {
                urlPath = u.value.mid(slash);
            }
            // The host in one form (ACE) whether written with a scheme or without, in Unicode or
            // as xn--: the same host is one host.
            const QString hostName = simpleUrlHost(u.value);
            const QString problem = hostNameProblem(hostName);
            if (!problem.isEmpty())
                error("R-URL3", u.path,
                      QCoreApplication::translate("Validator", "\"%1\" is not a valid simple URL host: %2")
                          .arg(hostName, problem));
            QString key = (hostName + urlPath).toLower();
            while (key.endsWith(QLatin1Char('/')))
                key.chop(1);
            QStringList prefixes; // "host", "host/a" for "host/a/b"
            for (qsizetype slash = key.indexOf(QLatin1Char('/')); slash > 0;
                 slash = key.indexOf(QLatin1Char('/'), slash + 1))
                prefixes << key.left(slash);
            if (seen.contains(key))
                error("R-URL3", u.path,
                      QCoreApplication::translate("Validator", "%1 is used twice; simple URLs must be unique")
                          .arg(u.value));
            for (const QString &prefix : std::as_const(prefixes))
                if (seen.contains(prefix))
                    error("R-URL3", u.path,
                          QCoreApplication::translate(
                              "Validator", "%1 and %2: one simple URL cannot be a prefix of another")
                              .arg(key, prefix));
            if (seenByPrefix.contains(key))
                error("R-URL3", u.path,
                      QCoreApplication::translate("Validator",
                                                  "%1 and %2: one simple URL cannot be a prefix of another")
                          .arg(key, seenByPrefix.value(key)));
            seen.insert(key);
            for (const QString &prefix : std::as_const(prefixes))
                if (!seenByPrefix.contains(prefix))
                    seenByPrefix.insert(prefix, key);
            if (m_plan.product != Product::Lync2013 && sipDomainByName.contains(hostName))
                warning("R-URL5", u.path,
                        QCoreApplication::translate("Validator",
                                                    "the simple URL host must not equal the SIP domain %1")
                            .arg(sipDomainByName.value(hostName)));
        }
    }

    void checkApplications()
    {
        if (m_plan.xmppFqdn) {
            host(QStringLiteral("xmpp.fqdn"), *m_plan.xmppFqdn);
            if (m_plan.product == Product::Sfb2019)
                error("P-SFB2019-ROLES", QStringLiteral("xmpp"),
                      QCoreApplication::translate("Validator",
                                                  "Skype for Business Server 2019 has no XMPP gateway"));
            if (!m_plan.edge)
                error("P-TOPOLOGY", QStringLiteral("xmpp"),
                      QCoreApplication::translate("Validator",
                                                  "the XMPP proxy runs on the Access Edge: plan an Edge"));
            // One XMPP host for every SIP domain is documented and valid (plan-format.md rule 4): the
            // host has to lie in one of them, not in each.
            const bool inASipDomain =
                std::any_of(m_plan.sipDomains.cbegin(), m_plan.sipDomains.cend(),
                            [this](const QString &d) { return isUnderDomain(*m_plan.xmppFqdn, d); });
            if (!inASipDomain && !m_plan.sipDomains.isEmpty())
                error("R-SRV1", QStringLiteral("xmpp.fqdn"),
                      QCoreApplication::translate(
                          "Validator", "_xmpp-server._tcp.%1 would point at %2, outside its SIP domain")
                          .arg(normalizedName(m_plan.primarySipDomain()), normalizedName(*m_plan.xmppFqdn)));
        }
        if (m_plan.persistentChat) {
            const QString p = QStringLiteral("persistentChat");
            host(p + QStringLiteral(".fqdn"), m_plan.persistentChat->fqdn);
            checkServers(m_plan.persistentChat->servers, p + QStringLiteral(".servers"));
            if (m_plan.persistentChat->servers.isEmpty())
                error("P-TOPOLOGY", p + QStringLiteral(".servers"),
                      QCoreApplication::translate("Validator",
                                                  "the Persistent Chat pool needs at least one server"));
            if (m_plan.product == Product::Sfb2019)
                error("P-SFB2019-ROLES", p,
                      QCoreApplication::translate(
                          "Validator", "Skype for Business Server 2019 has no Persistent Chat role"));
        }
        if (m_plan.officeWebApps) {
            const QString p = QStringLiteral("officeWebApps");
            host(p + QStringLiteral(".internalFqdn"), m_plan.officeWebApps->internalFqdn);
            ipv4(p + QStringLiteral(".internalIpv4"), m_plan.officeWebApps->internalIpv4);
            ipv6(p + QStringLiteral(".internalIpv6"), m_plan.officeWebApps->internalIpv6);
            host(p + QStringLiteral(".externalFqdn"), m_plan.officeWebApps->externalFqdn, false);
        }
    }

    void checkDevices()
    {
        if (!m_plan.devices.ntpServer.isEmpty())
            host(QStringLiteral("devices.ntpServer"), m_plan.devices.ntpServer);
    }

    // A name holds one role only (plan-format.md). One finding per pair of owners that collide,
    // under the most specific rule that covers the collision, at the place to change.
    struct Collision
    {
        int rank = 0; // lower = more specific
        const char *rule = nullptr;
        QString path;
        QString message;
    };

    void checkNames()
    {
        const QList<NameClaim> claims = nameClaims(m_plan);
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
            error(c.rule, c.path, c.message);
        }
    }

    // The rule two colliding claims break; a is the earlier claim in plan order.
    static Collision collision(const NameClaim &a, const NameClaim &b)
    {
        const auto either = [&](auto test) -> const NameClaim * {
            return test(b) ? &b : test(a) ? &a : nullptr;
        };
        if (isServerRole(a.role) && isServerRole(b.role))
            return Collision{
                0, "P-DUP-FQDN", b.path,
                QCoreApplication::translate("Validator", "%1 is already used at %2").arg(b.name, a.path)};
        // Two pools under one name: the pool names are the place to change, not their web FQDNs.
        if (isPoolRole(a.role) && isPoolRole(b.role))
            return nameRoles(a, b);
        const bool samePoolWeb =
            (a.role == Role::FrontEndInternalWeb && b.role == Role::FrontEndExternalWeb) ||
            (a.role == Role::DirectorInternalWeb && b.role == Role::DirectorExternalWeb);
        if (samePoolWeb)
            return Collision{
                1, "R-MOB3", b.path,
                QCoreApplication::translate(
                    "Validator", "the external web services FQDN must differ from the internal one (%1)")
                    .arg(b.name)};
        if ((isInternalWebRole(a.role) && isInternalWebRole(b.role)) ||
            (isExternalWebRole(a.role) && isExternalWebRole(b.role)))
            return Collision{2, "R-LB3", b.path,
                             isExternalWebRole(b.role)
                                 ? QCoreApplication::translate(
                                       "Validator", "the Director and the Front End pool need different "
                                                    "external web services FQDNs")
                                 : QCoreApplication::translate(
                                       "Validator", "the Director and the Front End pool need different "
                                                    "internal web services FQDNs")};
        const NameClaim *admin = either([](const NameClaim &c) { return c.role == Role::AdminUrl; });
        if (admin) {
            const NameClaim &published = admin == &a ? b : a;
            if (isPublished(published.role))
                return Collision{
                    3, "R-EXP4", admin->path,
                    QCoreApplication::translate(
                        "Validator",
                        "the Admin URL %1 is internal only, but %2 publishes the same name externally")
                        .arg(admin->name, published.path)};
        }
        const NameClaim *externalWeb = either([](const NameClaim &c) { return isExternalWebRole(c.role); });
        if (externalWeb) {
            const NameClaim &inside = externalWeb == &a ? b : a;
            if (roleExposure(inside.role) == Exposure::InternalOnly)
                return Collision{
                    4, "R-EXP3", externalWeb->path,
                    QCoreApplication::translate(
                        "Validator",
                        "%1 is the %2 and must resolve only inside; choose another external name")
                        .arg(externalWeb->name, roleLabel(inside.role))};
        }
        const NameClaim *url = either([](const NameClaim &c) { return isSimpleUrlRole(c.role); });
        if (url && isPoolRole((url == &a ? b : a).role))
            return Collision{5, "R-URL3", url->path,
                             QCoreApplication::translate("Validator", "a simple URL cannot use a pool FQDN")};
        if (a.cname || b.cname)
            return Collision{
                6, "R-CN1", a.cname ? b.path : a.path,
                QCoreApplication::translate("Validator",
                                            "%1 is an Autodiscover CNAME and cannot also hold other records")
                    .arg(b.name)};
        Collision c = nameRoles(a, b);
        c.rank = 7;
        return c;
    }

    static Collision nameRoles(const NameClaim &a, const NameClaim &b)
    {
        return Collision{1, "P-NAME-ROLES", b.path,
                         QCoreApplication::translate(
                             "Validator", "%1 is both the %2 (%3) and the %4 (%5): a name holds one "
                                          "role only; give one of them another name")
                             .arg(b.name, roleLabel(a.role), a.path, roleLabel(b.role), b.path)};
    }

    // What the record set shows: a name over the DNS limits (P-NAME-LENGTH), a CNAME at a zone apex
    // (R-CN1) and an SRV record whose target is a CNAME (R-SRV2). Each is reported at the plan value
    // that causes it, so that a plan without errors gives zone files that load.
    void checkPlannedRecords()
    {
        const RecordSet &records = m_records;
        const QList<NameClaim> claims = nameClaims(m_plan);
        QHash<QString, qsizetype> sipDomainIndex; // normalized SIP domain -> its first index
        for (qsizetype i = 0; i < m_plan.sipDomains.size(); ++i)
            sipDomainIndex.insert(normalizedName(m_plan.sipDomains.at(i)),
                                  sipDomainIndex.value(normalizedName(m_plan.sipDomains.at(i)), i));
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
            if (i < 0 || !hostNameProblem(m_plan.sipDomains.at(i)).isEmpty())
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
            const QString domain = normalizedName(m_plan.sipDomains.at(it.key()));
            const QString &name = it.value();
            error("P-NAME-LENGTH", indexedPath(sipDomains, it.key()),
                  //: %1 is the start of a generated name, such as "_sipfederationtls._tcp.".
                  QCoreApplication::translate("Validator",
                                              "%1<SIP domain> would be %2 characters long, over the 253 "
                                              "a DNS name can hold (63 per label): use a shorter SIP domain")
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
            // R-CN1 at a zone apex: a SIP domain is a zone, and its apex holds SOA and NS records.
            if (r.zone == r.name) {
                const qsizetype i = sipDomainIndex.value(r.name, -1);
                error("R-CN1", i >= 0 ? indexedPath(sipDomains, i) : QStringLiteral("dns.splitBrain"),
                      QCoreApplication::translate(
                          "Validator",
                          "%1 is the apex of a zone (with its SOA and NS records), yet the plan also makes "
                          "it a CNAME to %2: a CNAME cannot sit at a zone apex; remove or rename the SIP "
                          "domain %1")
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

        // R-SRV2: the planner's SRV records point at names with A/AAAA records, never at a CNAME.
        const QString signInPath =
            m_plan.director ? QStringLiteral("director.fqdn") : QStringLiteral("frontEnd.fqdn");
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
                path = signInPath;
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
            error("R-SRV2", path,
                  QCoreApplication::translate("Validator",
                                              "the SRV record %1 would point at %2, which the plan makes a "
                                              "CNAME: an SRV target needs A/AAAA records of its own")
                      .arg(r.name, target));
        }
    }

    // P-DUP-ADDRESS and R-LB8 over the servers of each pool: one address per server behind DNS load
    // balancing, one IPv6 scope per pool.
    void checkServerAddresses()
    {
        struct Address
        {
            QString path;
            QString value;
        };
        const auto check = [this](const QList<Address> &addresses, bool dnsLb) {
            QHash<QString, QString> seen; // canonical address -> path
            const Address *firstIpv6 = nullptr;
            for (const Address &address : addresses) {
                if (address.value.isEmpty() || !(isValidIpv4(address.value) || isValidIpv6(address.value)))
                    continue;
                const QString key = canonicalAddress(address.value);
                if (dnsLb && seen.contains(key))
                    error("P-DUP-ADDRESS", address.path,
                          QCoreApplication::translate("Validator",
                                                      "%1 is already the address at %2: DNS load "
                                                      "balancing needs one address per server")
                              .arg(address.value, seen.value(key)));
                seen.insert(key, address.path);
                if (!isValidIpv6(address.value))
                    continue;
                if (!firstIpv6) {
                    firstIpv6 = &address;
                } else if (ipv6Scope(address.value) != ipv6Scope(firstIpv6->value)) {
                    warning("R-LB8", address.path,
                            QCoreApplication::translate(
                                "Validator", "%1 is a %2 address but %3 is %4: the servers of a pool "
                                             "should use IPv6 addresses of one scope")
                                .arg(address.value, ipv6ScopeName(ipv6Scope(address.value)), firstIpv6->value,
                                     ipv6ScopeName(ipv6Scope(firstIpv6->value))));
                    firstIpv6 = &address; // one warning per change of scope, not per server
                }
            }
        };
        const auto servers = [](const QList<Server> &list, const QString &path, const char *field) {
            QList<Address> out;
            for (qsizetype i = 0; i < list.size(); ++i)
                out << Address{indexedPath(path, i) + QLatin1Char('.') + QLatin1String(field),
                               QLatin1String(field) == QLatin1String("ipv4") ? list.at(i).ipv4
                                                                             : list.at(i).ipv6};
            return out;
        };
        const auto pool = [&](const QList<Server> &list, const QString &path, bool dnsLb) {
            check(servers(list, path, "ipv4"), dnsLb);
            check(servers(list, path, "ipv6"), dnsLb);
        };
        pool(m_plan.frontEnd.servers, QStringLiteral("frontEnd.servers"),
             m_plan.frontEnd.loadBalancing == LoadBalancing::Dns);
        if (m_plan.director)
            pool(m_plan.director->servers, QStringLiteral("director.servers"),
                 m_plan.director->loadBalancing == LoadBalancing::Dns);
        // Persistent Chat pools are DNS load balanced (plan-format.md rule 1).
        if (m_plan.persistentChat)
            pool(m_plan.persistentChat->servers, QStringLiteral("persistentChat.servers"), true);
        if (!m_plan.edge)
            return;
        const bool dnsLb = m_plan.edge->layout == EdgeLayout::ScaledDns;
        for (const auto &[field, member] :
             {std::pair{"internalIpv4", &EdgeServer::internalIpv4},
              std::pair{"internalIpv6", &EdgeServer::internalIpv6},
              std::pair{"accessIpv4", &EdgeServer::accessIpv4},
              std::pair{"accessIpv6", &EdgeServer::accessIpv6},
              std::pair{"webConferencingIpv4", &EdgeServer::webConferencingIpv4},
              std::pair{"webConferencingIpv6", &EdgeServer::webConferencingIpv6},
              std::pair{"avIpv4", &EdgeServer::avIpv4}, std::pair{"avIpv6", &EdgeServer::avIpv6}}) {
            QList<Address> list;
            for (qsizetype i = 0; i < m_plan.edge->servers.size(); ++i)
                list << Address{indexedPath(QStringLiteral("edge.servers"), i) + QLatin1Char('.') +
                                    QLatin1String(field),
                                m_plan.edge->servers.at(i).*member};
            check(list, dnsLb);
        }
    }

    // P-EDGE-IPV6 and P-EDGE-SHARED-IP, per Edge server (or per set of VIPs for a hardware load balancer).
    void checkEdgeAddresses()
    {
        if (!m_plan.edge)
            return;
        struct Side
        {
            QString path; // "edge.servers[0]." or "edge.vips."
            QString internalIpv6;
            QString access4, webcon4, av4, access6, webcon6, av6;
            QString accessKey4, webconKey4, avKey4, accessKey6, webconKey6, avKey6;
        };
        QList<Side> sides;
        const Edge &e = *m_plan.edge;
        if (e.layout == EdgeLayout::ScaledHardware) {
            if (e.vips)
                sides << Side{QStringLiteral("edge.vips."),
                              e.vips->internalIpv6,
                              e.vips->access,
                              e.vips->webConferencing,
                              e.vips->av,
                              e.vips->accessIpv6,
                              e.vips->webConferencingIpv6,
                              e.vips->avIpv6,
                              QStringLiteral("access"),
                              QStringLiteral("webConferencing"),
                              QStringLiteral("av"),
                              QStringLiteral("accessIpv6"),
                              QStringLiteral("webConferencingIpv6"),
                              QStringLiteral("avIpv6")};
        } else {
            for (qsizetype i = 0; i < e.servers.size(); ++i) {
                const EdgeServer &s = e.servers.at(i);
                sides << Side{indexedPath(QStringLiteral("edge.servers"), i) + QLatin1Char('.'),
                              s.internalIpv6,
                              s.accessIpv4,
                              s.webConferencingIpv4,
                              s.avIpv4,
                              s.accessIpv6,
                              s.webConferencingIpv6,
                              s.avIpv6,
                              QStringLiteral("accessIpv4"),
                              QStringLiteral("webConferencingIpv4"),
                              QStringLiteral("avIpv4"),
                              QStringLiteral("accessIpv6"),
                              QStringLiteral("webConferencingIpv6"),
                              QStringLiteral("avIpv6")};
            }
        }
        for (const Side &side : std::as_const(sides)) {
            const bool externalIpv6 =
                !side.access6.isEmpty() || !side.webcon6.isEmpty() || !side.av6.isEmpty();
            if (!side.internalIpv6.isEmpty() && !externalIpv6)
                error(
                    "P-EDGE-IPV6", side.path + QStringLiteral("internalIpv6"),
                    QCoreApplication::translate(
                        "Validator",
                        "the Edge's internal side is dual-stack but its external side is IPv4 only: give the "
                        "external side IPv6 addresses too, or no IPv6 address on the internal side"));
            sharedAddress(side.path, {{side.accessKey4, side.access4, Role::AccessEdge},
                                      {side.webconKey4, side.webcon4, Role::WebConferencingEdge},
                                      {side.avKey4, side.av4, Role::AvEdge}});
            sharedAddress(side.path, {{side.accessKey6, side.access6, Role::AccessEdge},
                                      {side.webconKey6, side.webcon6, Role::WebConferencingEdge},
                                      {side.avKey6, side.av6, Role::AvEdge}});
        }
    }

    struct EdgeService
    {
        QString field;
        QString address;
        Role role;
    };
    // One public address for several Edge services works only with a distinct port per service.
    void sharedAddress(const QString &path, const QList<EdgeService> &services)
    {
        QString shared;
        QStringList sharing;
        QString lastField;
        for (qsizetype i = 0; i < services.size(); ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                const EdgeService &s = services.at(i);
                const EdgeService &t = services.at(j);
                if (s.address.isEmpty() || canonicalAddress(s.address) != canonicalAddress(t.address))
                    continue;
                shared = s.address;
                if (!sharing.contains(roleLabel(t.role)))
                    sharing << roleLabel(t.role);
                if (!sharing.contains(roleLabel(s.role)))
                    sharing << roleLabel(s.role);
                lastField = s.field;
            }
        }
        if (!shared.isEmpty())
            warning("P-EDGE-SHARED-IP", path + lastField,
                    QCoreApplication::translate(
                        "Validator",
                        "%1 is the address of the %2: one public address for several Edge services works "
                        "only with a distinct port for each service")
                        .arg(shared, sharing.join(QStringLiteral(", "))));
    }

    // R-IP1: with IPv6, every published host needs an AAAA as well.
    void checkIpv6()
    {
        if (!m_plan.dns.ipv6)
            return;
        auto missing = [this](const QString &path, const QString &ipv4, const QString &ipv6,
                              const QString &what) {
            if (!ipv4.isEmpty() && ipv6.isEmpty())
                warning("R-IP1", path,
                        QCoreApplication::translate("Validator",
                                                    "IPv6 is on but %1 has no IPv6 address: no AAAA record")
                            .arg(what));
        };
        auto pool = [&](const Pool &p, const QString &path) {
            for (qsizetype i = 0; i < p.servers.size(); ++i)
                missing(indexedPath(path + QStringLiteral(".servers"), i) + QStringLiteral(".ipv6"),
                        p.servers.at(i).ipv4, p.servers.at(i).ipv6, p.servers.at(i).fqdn);
            if (p.loadBalancing == LoadBalancing::Hardware)
                missing(path + QStringLiteral(".vipIpv6"), p.vip, p.vipIpv6,
                        //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                        QCoreApplication::translate("Validator", "the pool VIP"));
            missing(path + QStringLiteral(".webServices.internalVipIpv6"), p.webServices.internalVip,
                    p.webServices.internalVipIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the internal web VIP"));
        };
        pool(m_plan.frontEnd, QStringLiteral("frontEnd"));
        if (m_plan.director)
            pool(*m_plan.director, QStringLiteral("director"));
        if (m_plan.reverseProxy)
            missing(QStringLiteral("reverseProxy.publicIpv6"), m_plan.reverseProxy->publicIpv4,
                    m_plan.reverseProxy->publicIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the reverse proxy"));
        if (m_plan.officeWebApps)
            missing(QStringLiteral("officeWebApps.internalIpv6"), m_plan.officeWebApps->internalIpv4,
                    m_plan.officeWebApps->internalIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "Office Web Apps"));
        if (m_plan.persistentChat)
            for (qsizetype i = 0; i < m_plan.persistentChat->servers.size(); ++i)
                missing(indexedPath(QStringLiteral("persistentChat.servers"), i) + QStringLiteral(".ipv6"),
                        m_plan.persistentChat->servers.at(i).ipv4, m_plan.persistentChat->servers.at(i).ipv6,
                        m_plan.persistentChat->servers.at(i).fqdn);
        if (!m_plan.edge)
            return;
        const Edge &e = *m_plan.edge;
        if (e.layout == EdgeLayout::ScaledHardware) {
            if (e.vips) {
                const QString vp = QStringLiteral("edge.vips.");
                missing(vp + QStringLiteral("internalIpv6"), e.vips->internal, e.vips->internalIpv6,
                        //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                        QCoreApplication::translate("Validator", "the Edge internal VIP"));
                missing(vp + QStringLiteral("accessIpv6"), e.vips->access, e.vips->accessIpv6,
                        //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                        QCoreApplication::translate("Validator", "the Access Edge VIP"));
                missing(vp + QStringLiteral("webConferencingIpv6"), e.vips->webConferencing,
                        e.vips->webConferencingIpv6,
                        //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                        QCoreApplication::translate("Validator", "the Web Conferencing Edge VIP"));
                missing(vp + QStringLiteral("avIpv6"), e.vips->av, e.vips->avIpv6,
                        //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                        QCoreApplication::translate("Validator", "the A/V Edge VIP"));
            }
            return;
        }
        for (qsizetype i = 0; i < e.servers.size(); ++i) {
            const EdgeServer &s = e.servers.at(i);
            const QString sp = indexedPath(QStringLiteral("edge.servers"), i) + QLatin1Char('.');
            missing(sp + QStringLiteral("internalIpv6"), s.internalIpv4, s.internalIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the Edge internal interface"));
            missing(sp + QStringLiteral("accessIpv6"), s.accessIpv4, s.accessIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the Access Edge"));
            missing(sp + QStringLiteral("webConferencingIpv6"), s.webConferencingIpv4, s.webConferencingIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the Web Conferencing Edge"));
            missing(sp + QStringLiteral("avIpv6"), s.avIpv4, s.avIpv6,
                    //: %1 in "IPv6 is on but %1 has no IPv6 address: no AAAA record".
                    QCoreApplication::translate("Validator", "the A/V Edge"));
        }
    }

    void checkNotes()
    {
        if (!m_plan.dns.splitBrain)
            info("R-SPLIT2", QStringLiteral("dns.splitBrain"),
                 QCoreApplication::translate(
                     "Validator",
                     "no split-brain DNS: internal names in the SIP domains go into pin-point zones"));
        // One reminder, at the first DNS load-balanced part of the plan.
        QString dnsLbPath;
        if (m_plan.frontEnd.loadBalancing == LoadBalancing::Dns)
            dnsLbPath = QStringLiteral("frontEnd.loadBalancing");
        else if (m_plan.director && m_plan.director->loadBalancing == LoadBalancing::Dns)
            dnsLbPath = QStringLiteral("director.loadBalancing");
        else if (m_plan.edge && m_plan.edge->layout == EdgeLayout::ScaledDns)
            dnsLbPath = QStringLiteral("edge.layout");
        if (!dnsLbPath.isEmpty())
            warning("R-LB5", dnsLbPath,
                    QCoreApplication::translate(
                        "Validator",
                        "DNS load balancing works only with round robin enabled on the DNS servers"));
    }

    const Plan &m_plan;
    const RecordSet &m_records; // planRecords(m_plan): the checks on what the planner writes read it
    Findings m_findings;
};

} // namespace

Findings validatePlan(const Plan &plan)
{
    return validatePlan(plan, planRecords(plan));
}

Findings validatePlan(const Plan &plan, const RecordSet &records)
{
    return Validator(plan, records).run();
}

} // namespace lyncdns
