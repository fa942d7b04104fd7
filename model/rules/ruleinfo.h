#pragma once

// Every finding rule id the program can emit (validator R-* and P-* ids, and the rule ids the live
// check puts on what it expects), each with its severity, a one-line title, what to do about it and
// the Microsoft pages it comes from. docs/reference/rules.md explains each id; tst_docs fails when
// the code emits an id that is not here or not there.

#include <QList>
#include <QString>

namespace lyncdns {

struct RuleInfo
{
    const char *id;       // "R-LB1", "P-MISSING"
    const char *severity; // how the program reports it: "error", "warning", "info", "error or warning",
                          // "check" (an expectation of the live check, reported as a check status)
    const char *title;    // one line; translate with ruleTitle()
    const char *whatToDo; // one line; translate with ruleWhatToDo()
    const char *sources;  // keys of the catalogue's source index (§0), "" for the plan's own consistency
};

// In docs order: plan consistency (P-*), then the catalogue's rules (R-*) by group.
const QList<RuleInfo> &ruleInfos();
// nullptr for an id that is not registered.
const RuleInfo *ruleInfo(const QString &id);
QString ruleTitle(const QString &id);
// What an admin does about a finding of this rule; a pointer to the reference for an unknown id.
QString ruleWhatToDo(const QString &id);

} // namespace lyncdns
