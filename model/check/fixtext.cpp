#include "model/check/fixtext.h"

#include "model/check/fixplan.h"

#include <QCoreApplication>

namespace lyncdns {

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('`') + name + QLatin1Char('`');
}

// "A 10.10.10.1, 10.10.10.2" for the values of one type.
QString typed(RecordType type, const QStringList &values)
{
    return recordTypeName(type) + QLatin1Char(' ') + values.join(QStringLiteral(", "));
}

QString serverText(const CheckResult &r)
{
    return r.server.isEmpty() ? QCoreApplication::translate("FixText", "the DNS server") : r.server;
}

// What the server's failure asks the admin to look at; the pin-point zone it may lack aside.
QString serverFix(const CheckResult &r)
{
    if (r.status == CheckStatus::Unreachable)
        return r.server.isEmpty()
                   ? QCoreApplication::translate("FixText",
                                                 "give a server for this location to check this record")
                   //: %1 is the DNS server's address.
                   : QCoreApplication::translate("FixText", "check that %1 runs and answers DNS queries (UDP "
                                                            "and TCP port 53) from this computer")
                         .arg(r.server);
    switch (r.outcome) {
    case DnsAnswer::Cancelled:
        return QCoreApplication::translate("FixText", "not checked: run the check again");
    case DnsAnswer::Refused:
        //: %1 is the DNS server, %2 the zone (in backquotes).
        return QCoreApplication::translate(
                   "FixText",
                   "%1 holds no zone for this name: create zone %2 there, or check against the server "
                   "that holds it")
            .arg(serverText(r), quoted(r.item.zone));
    case DnsAnswer::ServerFailure:
        //: %1 is the zone (in backquotes), %2 the DNS server.
        return QCoreApplication::translate(
                   "FixText",
                   "check zone %1 on %2: the server failed to answer (SERVFAIL); its event log says why")
            .arg(quoted(r.item.zone), serverText(r));
    default:
        //: %1 is the DNS server.
        return QCoreApplication::translate(
                   "FixText",
                   "check %1 and anything between it and this computer that rewrites DNS: its answer "
                   "cannot be used")
            .arg(serverText(r));
    }
}

} // namespace

QString srvTargetFixText(const QString &target)
{
    //: %1 is a host name in backquotes. R-SRV2 is a rule id.
    return QCoreApplication::translate(
               "FixText",
               "give %1 A/AAAA records of its own instead of the CNAME: an SRV target must not be a CNAME "
               "(R-SRV2)")
        .arg(quoted(target));
}

QString fixText(const CheckResult &r)
{
    if (r.status == CheckStatus::Ok)
        return {};
    if (r.status == CheckStatus::Exposed)
        //: %1 is a host name in backquotes.
        return QCoreApplication::translate("FixText", "delete %1 from the public zone")
            .arg(quoted(r.item.name));
    const QList<FixChange> changes = resultChanges(r);
    if (changes.isEmpty() && (r.status == CheckStatus::Unreachable || r.status == CheckStatus::Error))
        return serverFix(r);

    QStringList added, removedOfType, changedFrom, changedTo, replaced;
    for (const FixChange &c : changes) {
        switch (c.action) {
        case FixAction::Add:
            added << c.newValue;
            break;
        case FixAction::Change:
            changedFrom << c.oldValue;
            changedTo << c.newValue;
            break;
        case FixAction::Remove:
            if (c.type == r.item.type)
                removedOfType << c.oldValue;
            else
                replaced << recordTypeName(c.type) + QLatin1Char(' ') + c.oldValue;
            break;
        }
    }
    const QString name = quoted(r.item.name);
    if (!replaced.isEmpty())
        //: %1 what the name holds ("CNAME web.contoso.com"), %2 the name in backquotes, %3 the planned
        //: records ("A 10.0.0.1").
        return QCoreApplication::translate("FixText", "replace %1 at %2 with %3")
            .arg(replaced.join(QStringLiteral(", ")), name, typed(r.item.type, added));
    if (r.status == CheckStatus::Missing || r.status == CheckStatus::Error) {
        if (r.item.pinPoint)
            //: %1 is the zone's name in backquotes, %2 its record ("SRV 0 0 5061 pool01.fabrikam.com").
            return QCoreApplication::translate("FixText", "create pin-point zone %1 with %2")
                .arg(name, typed(r.item.type, added));
        //: %1 the record type, %2 the name in backquotes, %3 the values.
        return QCoreApplication::translate("FixText", "create %1 %2 → %3")
            .arg(recordTypeName(r.item.type), name, added.join(QStringLiteral(", ")));
    }
    const QString what = r.item.type == RecordType::CNAME ? QCoreApplication::translate("FixText", "target")
                         : r.item.type == RecordType::SRV
                             ? QCoreApplication::translate("FixText", "SRV record")
                             : QCoreApplication::translate("FixText", "address");
    const QString whats = r.item.type == RecordType::SRV
                              ? QCoreApplication::translate("FixText", "SRV record(s)")
                              : QCoreApplication::translate("FixText", "address(es)");
    if (r.status == CheckStatus::Mismatch && !changedFrom.isEmpty())
        //: %1 "target", "address" or "SRV record"; %2 the name in backquotes; %3 and %4 the values.
        return QCoreApplication::translate("FixText", "change the %1 of %2 from %3 to %4")
            .arg(what, name, (changedFrom + removedOfType).join(QStringLiteral(", ")),
                 (changedTo + added).join(QStringLiteral(", ")));
    QStringList parts;
    if (!added.isEmpty())
        //: %1 "address(es)" or "SRV record(s)", %2 the values, %3 the name in backquotes.
        parts << QCoreApplication::translate("FixText", "add the missing %1 %2 to %3")
                     .arg(whats, added.join(QStringLiteral(", ")), name);
    if (!removedOfType.isEmpty())
        //: %1 the values, %2 the name in backquotes.
        parts << QCoreApplication::translate("FixText", "remove %1 from %2 (not planned)")
                     .arg(removedOfType.join(QStringLiteral(", ")), name);
    if (parts.isEmpty() && r.item.type == RecordType::SRV) {
        // Every value right and still a mismatch: a target is a CNAME (R-SRV2).
        QStringList targets;
        for (const QString &v : r.actual)
            targets << v.section(QLatin1Char(' '), 3, 3);
        return srvTargetFixText(targets.join(QStringLiteral("`, `")));
    }
    if (parts.isEmpty())
        //: %1 the name in backquotes.
        return QCoreApplication::translate("FixText", "compare the records of %1 with the plan").arg(name);
    return parts.join(QStringLiteral("; "));
}

} // namespace lyncdns
