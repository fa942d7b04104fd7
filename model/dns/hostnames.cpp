#include "model/dns/hostnames.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

namespace lyncdns {

namespace {

// The common case in one pass without allocating: a well-formed host name (the rules below, all
// met). Anything else goes through the full check, which says what is wrong.
bool isPlainHostName(const QString &name)
{
    qsizetype size = name.size();
    if (size > 0 && name.at(size - 1) == QLatin1Char('.'))
        --size;
    if (size == 0 || name.size() > 253)
        return false;
    int labels = 0;
    qsizetype labelStart = 0;
    bool labelAllDigits = true;
    for (qsizetype i = 0; i <= size; ++i) {
        const char16_t c = i < size ? name.at(i).unicode() : u'.';
        if (c == u'.') {
            const qsizetype length = i - labelStart;
            if (length == 0 || length > 63 || name.at(labelStart) == QLatin1Char('-') ||
                name.at(i - 1) == QLatin1Char('-'))
                return false;
            ++labels;
            if (i == size && labelAllDigits)
                return false;
            labelStart = i + 1;
            labelAllDigits = true;
            continue;
        }
        const bool digit = c >= u'0' && c <= u'9';
        if (!(digit || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-'))
            return false;
        labelAllDigits = labelAllDigits && digit;
    }
    return labels >= 2;
}

} // namespace

QString hostNameProblem(const QString &name)
{
    if (isPlainHostName(name))
        return {};
    if (name.isEmpty())
        return QCoreApplication::translate("HostNames", "the name is empty");
    if (name.size() > 253)
        return QCoreApplication::translate("HostNames", "the name is longer than 253 characters");
    QString n = name;
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    const QStringList labels = n.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return QCoreApplication::translate(
            "HostNames", "a single-label name is not supported; use a fully qualified name");
    for (const QString &label : labels) {
        if (label.isEmpty())
            return QCoreApplication::translate("HostNames", "the name has an empty label");
        if (label.size() > 63)
            return QCoreApplication::translate("HostNames", "a label is longer than 63 characters");
        for (const QChar c : label) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                            (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
            if (c == QLatin1Char('_'))
                return QCoreApplication::translate("HostNames", "underscores are not allowed in host names");
            if (!ok)
                return QCoreApplication::translate(
                           "HostNames", "only letters A-Z, digits and hyphens are allowed (found '%1')")
                    .arg(c);
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return QCoreApplication::translate("HostNames", "a label cannot start or end with a hyphen");
    }
    const QString &tld = labels.last();
    bool allDigits = true;
    for (const QChar c : tld)
        allDigits = allDigits && c.isDigit();
    if (allDigits)
        return QCoreApplication::translate("HostNames",
                                           "the last label cannot be numeric (is this an address?)");
    return {};
}

bool exceedsDnsLimits(const QString &name)
{
    QString n = name;
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.size() > 253)
        return true;
    for (const QStringView label : QStringView(n).split(QLatin1Char('.')))
        if (label.size() > 63)
            return true;
    return false;
}

bool isValidIpv4(const QString &address)
{
    // The dotted quad only: QHostAddress accepts "10.1" and similar shorthand, DNS data may not.
    // Four decimal parts of one to three digits, each at most 255, no leading zero. Scanned by
    // hand: the planner asks for every address of every record (a regex was a tenth of its time).
    int parts = 0;
    int digits = 0;
    int value = 0;
    for (const QChar c : address) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            if (digits > 0 && value == 0)
                return false; // a leading zero
            value = value * 10 + (c.unicode() - '0');
            if (++digits > 3 || value > 255)
                return false;
        } else if (c == QLatin1Char('.') && digits > 0 && parts < 3) {
            ++parts;
            digits = 0;
            value = 0;
        } else {
            return false;
        }
    }
    return parts == 3 && digits > 0;
}

bool isValidIpv6(const QString &address)
{
    if (!address.contains(QLatin1Char(':')) || address.contains(QLatin1Char('%')))
        return false;
    QHostAddress a;
    return a.setAddress(address) && a.protocol() == QAbstractSocket::IPv6Protocol;
}

namespace {

struct Range
{
    QPair<QHostAddress, int> subnet;
    const char *what; // translated in context "HostNames"
};

// The ranges that are not public, in the order they are tested (the first match names the range).
const QList<Range> &nonPublicRanges()
{
    static const QList<Range> ranges = [] {
        const auto subnet = [](const char *text) { return QHostAddress::parseSubnet(QLatin1String(text)); };
        return QList<Range>{
            {subnet("0.0.0.0/8"),
             QT_TRANSLATE_NOOP("HostNames", "unspecified or \"this network\" (0.0.0.0/8)")},
            {subnet("10.0.0.0/8"), QT_TRANSLATE_NOOP("HostNames", "RFC 1918 private")},
            {subnet("100.64.0.0/10"), QT_TRANSLATE_NOOP("HostNames", "carrier-grade NAT (100.64.0.0/10)")},
            {subnet("127.0.0.0/8"), QT_TRANSLATE_NOOP("HostNames", "loopback")},
            {subnet("169.254.0.0/16"), QT_TRANSLATE_NOOP("HostNames", "link-local")},
            {subnet("172.16.0.0/12"), QT_TRANSLATE_NOOP("HostNames", "RFC 1918 private")},
            {subnet("192.168.0.0/16"), QT_TRANSLATE_NOOP("HostNames", "RFC 1918 private")},
            {subnet("224.0.0.0/4"), QT_TRANSLATE_NOOP("HostNames", "multicast")},
            {subnet("240.0.0.0/4"), QT_TRANSLATE_NOOP("HostNames", "reserved or broadcast (240.0.0.0/4)")},
            {subnet("::/128"), QT_TRANSLATE_NOOP("HostNames", "unspecified")},
            {subnet("::1/128"), QT_TRANSLATE_NOOP("HostNames", "loopback")},
            {subnet("fc00::/7"), QT_TRANSLATE_NOOP("HostNames", "IPv6 unique-local (fc00::/7)")},
            {subnet("fe80::/10"), QT_TRANSLATE_NOOP("HostNames", "link-local")},
            {subnet("fec0::/10"), QT_TRANSLATE_NOOP("HostNames", "IPv6 site-local (fec0::/10)")},
            {subnet("ff00::/8"), QT_TRANSLATE_NOOP("HostNames", "multicast")},
        };
    }();
    return ranges;
}

// The range a valid address falls in, or nullptr when it is public.
const char *nonPublicRangeOf(const QString &address)
{
    QHostAddress a(address);
    // ::ffff:10.0.0.1 reaches 10.0.0.1 on the wire: judge it as that.
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const quint32 ipv4 = a.toIPv4Address(&mapped);
        if (mapped)
            a = QHostAddress(ipv4);
    }
    for (const Range &range : nonPublicRanges())
        if (a.isInSubnet(range.subnet))
            return range.what;
    return nullptr;
}

} // namespace

bool isPublicAddress(const QString &address)
{
    return (isValidIpv4(address) || isValidIpv6(address)) && !nonPublicRangeOf(address);
}

QString nonPublicRange(const QString &address)
{
    if (!isValidIpv4(address) && !isValidIpv6(address))
        return {};
    const char *what = nonPublicRangeOf(address);
    return what ? QCoreApplication::translate("HostNames", what) : QString();
}

Ipv6Scope ipv6Scope(const QString &address)
{
    const QHostAddress a(address);
    if (a.isNull() || a.protocol() != QAbstractSocket::IPv6Protocol || a.isLoopback() ||
        a == QHostAddress::AnyIPv6)
        return Ipv6Scope::Other;
    static const auto siteLocal = QHostAddress::parseSubnet(QStringLiteral("fec0::/10"));
    if (a.isInSubnet(siteLocal))
        return Ipv6Scope::SiteLocal;
    if (a.isLinkLocal())
        return Ipv6Scope::LinkLocal;
    if (a.isUniqueLocalUnicast())
        return Ipv6Scope::UniqueLocal;
    return Ipv6Scope::Global;
}

QString ipv6ScopeName(Ipv6Scope scope)
{
    switch (scope) {
    case Ipv6Scope::Global:
        //: An IPv6 address scope.
        return QCoreApplication::translate("HostNames", "global");
    case Ipv6Scope::UniqueLocal:
        //: An IPv6 address scope (fc00::/7).
        return QCoreApplication::translate("HostNames", "unique-local");
    case Ipv6Scope::LinkLocal:
        //: An IPv6 address scope (fe80::/10).
        return QCoreApplication::translate("HostNames", "link-local");
    case Ipv6Scope::SiteLocal:
        //: An IPv6 address scope (fec0::/10, deprecated).
        return QCoreApplication::translate("HostNames", "site-local");
    case Ipv6Scope::Other:
        break;
    }
    //: An IPv6 address that is loopback or unspecified.
    return QCoreApplication::translate("HostNames", "other");
}

QString canonicalAddress(const QString &address)
{
    const QHostAddress a(address);
    return a.isNull() ? address.trimmed() : a.toString();
}

QString normalizedName(const QString &name)
{
    // Most names are already normalized (the planner's own, and names read back): shared, not copied.
    bool plain = !name.isEmpty() && name.back() != QLatin1Char('.') && name.front() != QLatin1Char(' ') &&
                 name.back() != QLatin1Char(' ');
    for (qsizetype i = 0; plain && i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        plain = c > u' ' && c < 0x7f && !(c >= u'A' && c <= u'Z');
    }
    if (plain)
        return name;
    QString n = name.trimmed().toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

bool isUnderDomain(const QString &name, const QString &domain)
{
    const QString n = normalizedName(name);
    const QString d = normalizedName(domain);
    if (d.isEmpty())
        return false;
    return n == d || n.endsWith(QLatin1Char('.') + d);
}

QString parentDomain(const QString &name)
{
    const QString n = normalizedName(name);
    const int dot = n.indexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : n.mid(dot + 1);
}

QString firstLabel(const QString &name)
{
    const QString n = normalizedName(name);
    return n.section(QLatin1Char('.'), 0, 0);
}

} // namespace lyncdns
