#include "ui/wizard/editscope.h"

namespace lyncdns {

namespace {

// The one place a role maps to its member, so index() and setIndex() cannot disagree.
qsizetype EditScope::*member(EstateRole role)
{
    switch (role) {
    case EstateRole::FrontEnd:
        return &EditScope::frontEnd;
    case EstateRole::Director:
        return &EditScope::director;
    case EstateRole::Edge:
        return &EditScope::edge;
    case EstateRole::ReverseProxy:
        return &EditScope::reverseProxy;
    case EstateRole::OfficeWebApps:
        return &EditScope::officeWebApps;
    case EstateRole::PersistentChat:
        return &EditScope::persistentChat;
    case EstateRole::Mediation:
        return &EditScope::mediation;
    }
    return &EditScope::frontEnd;
}

} // namespace

qsizetype EditScope::index(EstateRole role) const
{
    return this->*member(role);
}

void EditScope::setIndex(EstateRole role, qsizetype value)
{
    this->*member(role) = value;
}

bool EditScope::operator==(const EditScope &o) const
{
    return site == o.site && frontEnd == o.frontEnd && director == o.director && edge == o.edge &&
           reverseProxy == o.reverseProxy && officeWebApps == o.officeWebApps &&
           persistentChat == o.persistentChat && mediation == o.mediation && branch == o.branch;
}

} // namespace lyncdns
