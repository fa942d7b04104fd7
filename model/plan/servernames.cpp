#include "model/plan/servernames.h"

#include "model/dns/hostnames.h"

#include <optional>

namespace lyncdns {

namespace {

// "fe01.contoso.net" as prefix "fe", number 1 written in 2 digits, domain "contoso.net".
struct NumberedName
{
    QString prefix;
    qulonglong number = 0;
    qsizetype width = 0;
    QString domain;
};

// More digits than a server number needs would overflow, and are no numbering anyway.
constexpr qsizetype kMaxDigits = 18;

std::optional<NumberedName> numbered(const QString &name)
{
    const QString label = firstLabel(name);
    qsizetype start = label.size();
    // ASCII digits only: QChar::isDigit() also takes other scripts' digits, which toULongLong() does not.
    while (start > 0 && label.at(start - 1) >= QLatin1Char('0') && label.at(start - 1) <= QLatin1Char('9'))
        --start;
    const qsizetype width = label.size() - start;
    if (width == 0 || width > kMaxDigits)
        return std::nullopt;
    bool ok = false;
    const qulonglong number = QStringView(label).mid(start).toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return NumberedName{label.left(start), number, width, parentDomain(name)};
}

} // namespace

ServerNameProposal proposeServerName(const QString &poolFqdn, const QStringList &serverNames,
                                     const QSet<QString> &taken)
{
    std::optional<NumberedName> pattern;
    for (const QString &name : serverNames)
        if (const std::optional<NumberedName> n = numbered(name))
            pattern = n;
    if (pattern) {
        qulonglong highest = pattern->number;
        for (const QString &name : serverNames) {
            const std::optional<NumberedName> n = numbered(name);
            if (n && n->prefix == pattern->prefix && n->domain == pattern->domain)
                highest = std::max(highest, n->number);
        }
        const auto nameOf = [&pattern](qulonglong number) {
            QString text =
                pattern->prefix + QString::number(number).rightJustified(pattern->width, QLatin1Char('0'));
            if (!pattern->domain.isEmpty())
                text += QLatin1Char('.') + pattern->domain;
            return text;
        };
        qulonglong next = highest + 1;
        // Bounded: a plan has finitely many names, so a free number comes within taken.size() + 1.
        for (qsizetype tries = 0; tries <= taken.size() && taken.contains(normalizedName(nameOf(next)));
             ++tries)
            ++next;
        return {nameOf(next), true};
    }
    const QString domain = parentDomain(poolFqdn);
    if (!domain.isEmpty())
        return {QLatin1Char('.') + domain, false};
    return {};
}

QSet<QString> planServerNames(const Plan &plan)
{
    QSet<QString> names;
    const auto add = [&names](const QString &name) {
        if (const QString n = normalizedName(name); !n.isEmpty())
            names.insert(n);
    };
    const auto addServers = [&add](const QList<Server> &servers) {
        for (const Server &s : servers)
            add(s.fqdn);
    };
    for (const Site &site : plan.sites) {
        for (const Pool &pool : site.frontEndPools)
            addServers(pool.servers);
        for (const Pool &pool : site.directorPools)
            addServers(pool.servers);
        for (const Edge &edge : site.edgePools)
            for (const EdgeServer &s : edge.servers)
                add(s.fqdn);
        for (const OfficeWebApps &farm : site.officeWebApps)
            addServers(farm.servers);
        for (const ServerPool &pool : site.persistentChatPools)
            addServers(pool.servers);
        for (const ServerPool &pool : site.mediationPools)
            addServers(pool.servers);
    }
    for (const BranchSite &branch : plan.branchSites)
        addServers(branch.survivableBranches);
    return names;
}

} // namespace lyncdns
