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

ServerNameProposal proposeServerName(const QString &poolFqdn, const QStringList &serverNames)
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
        QString text =
            pattern->prefix + QString::number(highest + 1).rightJustified(pattern->width, QLatin1Char('0'));
        if (!pattern->domain.isEmpty())
            text += QLatin1Char('.') + pattern->domain;
        return {text, true};
    }
    const QString domain = parentDomain(poolFqdn);
    if (!domain.isEmpty())
        return {QLatin1Char('.') + domain, false};
    return {};
}

} // namespace lyncdns
