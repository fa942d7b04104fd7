#pragma once

// The printable hand-over report as HTML (issue #5): cover, topology summary site by site,
// internal and external records by site (the per-domain records first) and zone, the GeoDNS
// members (issue 11), validator findings, and — when made from a check — the on-site evidence
// (with --tls or the window's TLS tab, the certificates the endpoints presented, issue 14).
// Everything taken from the plan is escaped. Rendered to PDF by reportpdf.h.

#include "model/check/checkresult.h"
#include "model/check/tlsresult.h"
#include "model/dns/dnsrecord.h"
#include "model/plan/plan.h"
#include "model/validator/finding.h"

#include <QDateTime>
#include <QString>

namespace lyncdns {

struct ReportInput
{
    const Plan *plan = nullptr;
    RecordSet records;
    Findings findings;
    const CheckReport *check = nullptr; // optional: adds the vantage point and every result
    // Optional, with check: the live TLS check's endpoints (`check --tls`), after the DNS results.
    const QList<TlsResult> *tls = nullptr;
    QString planFileName;
    QDateTime generated = QDateTime::currentDateTime();
    QString hostName; // the machine the check ran on (vantage point)
    // > 0: a plan with this many validation errors exported anyway, stamped as a draft (the PDF
    // painter takes the same number for its header on every page).
    int draftErrors = 0;
};

QString buildReportHtml(const ReportInput &input);

// Where the PDF renderer may end one laid-out piece of a long report and start the next, so it
// never holds the layout of the whole report (issue 17). HTML comments, invisible in the HTML
// export: a block break stands between top-level elements of <body>; a row break between two rows
// of a table's <tbody> (the renderer closes the table there and opens it again, header and all).
inline constexpr QLatin1String kReportBlockBreak{"<!--lyncdns:block-->\n"};
inline constexpr QLatin1String kReportRowBreak{"<!--lyncdns:rows-->\n"};

} // namespace lyncdns
