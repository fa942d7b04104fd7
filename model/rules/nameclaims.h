#pragma once

// Which name each role of a plan takes, and from which field: the one list the planner, the
// validator and the live check read. A name holds one role only (plan-format.md); claims with the
// same owner are one role seen from two fields (a pool of one server named after it, Meet, Dial-in
// and Admin on one host, Office Web Apps under one name inside and outside).

#include "model/plan/plan.h"
#include "model/rules/roles.h"

#include <QList>
#include <QSet>
#include <QString>

namespace lyncdns {

struct NameClaim
{
    QString name; // normalized
    Role role = Role::FrontEndPool;
    QString path;       // JSON path of the field, or sipDomains[i] for a name generated per SIP domain
    QString owner;      // claims with the same owner are one role
    bool cname = false; // the name is answered by a CNAME (R-CN1: no other data beside it)
};

// "servers" and 2 -> "servers[2]": the JSON path of a list element.
QString indexedPath(const QString &path, qsizetype i);

// The owner of a pool member's name: the pool itself when the member is the pool's only one and named
// after it (Standard Edition, a one-server Director, a single Edge), else the member's own field
// "<poolPath>.servers[i].fqdn". The planner and nameClaims() both ask here.
QString memberOwner(const QString &poolPath, const QString &poolFqdn, const QString &memberFqdn,
                    qsizetype members, qsizetype index);

// Every name the plan gives a role, in plan file order (the names generated per SIP domain first).
QList<NameClaim> nameClaims(const Plan &plan);

// True when two claims on one name are two roles: they have records in one view, or one of them is
// internal only and the other is published.
bool claimsCollide(const NameClaim &a, const NameClaim &b);

// A name that must not resolve in external DNS, and the rule its leak breaks.
struct GuardedName
{
    QString name;
    QString rule;
};
// Names with an internal-only role that their own owner does not publish, sorted by name.
QList<GuardedName> mustNotResolveExternally(const Plan &plan);
QSet<QString> internalOnlyNames(const Plan &plan);

} // namespace lyncdns
