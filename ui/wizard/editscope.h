#pragma once

// Which site, and which element of each of its lists, the editor pages show. The topology page sets
// it when the admin opens a pool; the Front End, Director, Edge, reverse proxy, Office Web Apps,
// Persistent Chat and Mediation pages read their element from it (scopedview.h). A new plan's scope
// is site 0 with the first of everything, so the guided flow of a one-site plan is as before.

#include "model/plan/estateedit.h"

#include <QtGlobal>

namespace lyncdns {

struct EditScope
{
    qsizetype site = 0;
    qsizetype frontEnd = 0;
    qsizetype director = 0;
    qsizetype edge = 0;
    qsizetype reverseProxy = 0;
    qsizetype officeWebApps = 0;
    qsizetype persistentChat = 0;
    qsizetype mediation = 0;
    qsizetype branch = 0;

    qsizetype index(EstateRole role) const;
    void setIndex(EstateRole role, qsizetype value);
    bool operator==(const EditScope &o) const;
};

} // namespace lyncdns
