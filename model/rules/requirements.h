#pragma once

// Every requirement id a planned record can carry (the catalogue's §1 rows the planner emits:
// int-server, ext-access, ...), each with a plain-language name and the Microsoft pages it comes
// from. The planner passes the ids; this registry describes them, and docs/reference/
// requirements.md explains each one (tst_docs keeps the three in step).

#include <QList>
#include <QString>

namespace lyncdns {

struct RequirementInfo
{
    const char *id;      // "int-sipinternaltls"
    const char *name;    // "Internal automatic sign-in SRV"; translate with requirementName()
    const char *sources; // keys of the catalogue's source index (§0), most specific first
};

// Internal requirements first, then external, each in the catalogue's order.
const QList<RequirementInfo> &requirementInfos();
// nullptr for an id that is not registered.
const RequirementInfo *requirementInfo(const QString &id);
QString requirementName(const QString &id);

} // namespace lyncdns
