#include "model/validator/checks.h"

#include "model/dns/hostnames.h"
#include "model/plan/planpaths.h"
#include "model/rules/nameclaims.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUrl>

namespace lyncdns {

namespace {

// The simple URLs of the plan, global and site-scoped: each is unique across all of them, since
// the global URLs stay published beside a site's (plan-format.md v2 rule 5).
class SimpleUrlChecker
{
public:
    SimpleUrlChecker(const Plan &plan, FindingSink &out)
        : m_plan(plan)
        , m_out(out)
    {
        for (const QString &d : plan.sipDomains)
            if (!m_sipDomainByName.contains(normalizedName(d)))
                m_sipDomainByName.insert(normalizedName(d), d);
        m_onPremisesDomains = onPremisesDomains(plan).size();
    }

    // R-URL1, R-URL3, R-URL5 over one collection whose fields sit under path ("simpleUrls" or
    // "sites[1].simpleUrls"). Defaults count too: dialin.<domain> may clash with a Meet URL. A site
    // without its Dial-in URL (R-URL4) has no default one to check.
    void collection(const SimpleUrls &urls, const QString &path, bool defaultDialin = true)
    {
        const QString meetPath = path + QStringLiteral(".meet");
        const QStringList meet = effectiveMeetUrls(m_plan, urls);
        const bool meetDefaulted = urls.meet.isEmpty();
        QList<Url> list;
        for (qsizetype i = 0; i < meet.size(); ++i)
            list << Url{meetDefaulted ? meetPath : indexedPath(meetPath, i), meet.at(i)};
        if (defaultDialin || !urls.dialin.isEmpty())
            list << Url{path + QStringLiteral(".dialin"), effectiveDialinUrl(m_plan, urls)};
        if (!urls.admin.isEmpty())
            list << Url{path + QStringLiteral(".admin"), urls.admin};

        // A SIP domain moved to Teams has no Meet URL on premises (plan-format.md v2 rule 12).
        if (meet.size() < m_onPremisesDomains)
            m_out.error("R-URL1", meetPath,
                        QCoreApplication::translate(
                            "Validator", "there is one Meet URL per SIP domain: %1 SIP domains, %2 Meet URLs")
                            .arg(m_onPremisesDomains)
                            .arg(meet.size()));
        for (const Url &u : std::as_const(list))
            url(u);
    }

private:
    struct Url
    {
        QString path;
        QString value;
    };

    void url(const Url &u)
    {
        QString urlPath; // "/meet" of "https://host/meet" or of "host/meet"
        if (u.value.contains(QLatin1String("://"))) {
            const QUrl url(u.value);
            if (url.scheme() != QLatin1String("https")) {
                m_out.error("R-URL3", u.path,
                            QCoreApplication::translate("Validator", "simple URLs use https:// only"));
                return;
            }
            if (url.port() != -1) {
                m_out.error("R-URL3", u.path,
                            QCoreApplication::translate("Validator", "simple URLs cannot carry a port"));
                return;
            }
            urlPath = url.path();
        } else if (u.value.contains(QLatin1Char(':'))) {
            m_out.error("R-URL3", u.path,
                        QCoreApplication::translate("Validator", "simple URLs cannot carry a port"));
            return;
        } else if (const qsizetype slash = u.value.indexOf(QLatin1Char('/')); slash >= 0) {
            urlPath = u.value.mid(slash);
        }
        // The host in one form (ACE) whether written with a scheme or without, in Unicode or as
        // xn--: the same host is one host.
        const QString hostName = simpleUrlHost(u.value);
        const QString problem = hostNameProblem(hostName);
        if (!problem.isEmpty())
            m_out.error("R-URL3", u.path,
                        QCoreApplication::translate("Validator", "\"%1\" is not a valid simple URL host: %2")
                            .arg(hostName, problem));
        QString key = (hostName + urlPath).toLower();
        while (key.endsWith(QLatin1Char('/')))
            key.chop(1);
        QStringList prefixes; // "host", "host/a" for "host/a/b"
        for (qsizetype slash = key.indexOf(QLatin1Char('/')); slash > 0;
             slash = key.indexOf(QLatin1Char('/'), slash + 1))
            prefixes << key.left(slash);
        // Sets, not pairwise comparisons: a plan with a thousand SIP domains has a thousand Meet URLs.
        if (m_seen.contains(key))
            m_out.error(
                "R-URL3", u.path,
                QCoreApplication::translate("Validator", "%1 is used twice; simple URLs must be unique")
                    .arg(u.value));
        for (const QString &prefix : std::as_const(prefixes))
            if (m_seen.contains(prefix))
                m_out.error("R-URL3", u.path,
                            QCoreApplication::translate(
                                "Validator", "%1 and %2: one simple URL cannot be a prefix of another")
                                .arg(key, prefix));
        if (m_seenByPrefix.contains(key))
            m_out.error("R-URL3", u.path,
                        QCoreApplication::translate("Validator",
                                                    "%1 and %2: one simple URL cannot be a prefix of another")
                            .arg(key, m_seenByPrefix.value(key)));
        m_seen.insert(key);
        for (const QString &prefix : std::as_const(prefixes))
            if (!m_seenByPrefix.contains(prefix))
                m_seenByPrefix.insert(prefix, key);
        if (m_plan.product != Product::Lync2013 && m_sipDomainByName.contains(hostName))
            m_out.warning("R-URL5", u.path,
                          QCoreApplication::translate("Validator",
                                                      "the simple URL host must not equal the SIP domain %1")
                              .arg(m_sipDomainByName.value(hostName)));
    }

    const Plan &m_plan;
    FindingSink &m_out;
    qsizetype m_onPremisesDomains = 0;
    QSet<QString> m_seen;
    QHash<QString, QString> m_seenByPrefix;    // every "/"-prefix of a seen URL -> that URL
    QHash<QString, QString> m_sipDomainByName; // normalized -> as written, for R-URL5
};

} // namespace

void checkSimpleUrls(const Plan &plan, FindingSink &out)
{
    SimpleUrlChecker checker(plan, out);
    checker.collection(plan.simpleUrls, QStringLiteral("simpleUrls"));
    for (qsizetype s = 0; s < plan.sites.size(); ++s) {
        const std::optional<SimpleUrls> &urls = plan.sites.at(s).simpleUrls;
        if (!urls)
            continue;
        const QString path = sitePath(s) + QStringLiteral(".simpleUrls");
        // R-URL4: a site-scoped collection replaces the global one at that site, all of it. Left
        // empty, its Dial-in URL would be the global default name pointing at this site's pool.
        if (urls->dialin.isEmpty())
            out.error("R-URL4", path + QStringLiteral(".dialin"),
                      QCoreApplication::translate(
                          "Validator", "site %1 has site-scoped simple URLs, so its Dial-in URL is "
                                       "site-scoped too: give the site its own Dial-in URL")
                          .arg(plan.sites.at(s).name));
        checker.collection(*urls, path, false);
    }
}

} // namespace lyncdns
