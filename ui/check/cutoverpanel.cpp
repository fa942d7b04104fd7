#include "ui/check/cutoverpanel.h"

#include "model/migration/readinessexport.h"
#include "model/rules/keywords.h"

#include <QBrush>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lyncdns {

namespace {

enum Column
{
    DomainColumn,
    PhaseColumn,
    ReadyColumn,
    DetailColumn
};

// The report's colours: at least 4.5:1 on white and on the alternate row colour.
const QColor kGood(0x1e, 0x7b, 0x34);
const QColor kBad(0xb0, 0x00, 0x20);

QTreeWidgetItem *child(QTreeWidgetItem *parent, const QString &what, const QString &detail,
                       const QColor &colour)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(DomainColumn, what);
    item->setText(DetailColumn, detail);
    item->setToolTip(DetailColumn, detail);
    if (colour.isValid())
        item->setForeground(DomainColumn, QBrush(colour));
    return item;
}

} // namespace

CutoverPanel::CutoverPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("check.cutoverSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Cutover check progress"));
    //: Progress bar text: %v is the number of questions answered so far, %m the total.
    m_progress->setFormat(tr("%v of %m asked"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_domains = new QTreeWidget(this);
    m_domains->setObjectName(QStringLiteral("check.cutoverResults"));
    m_domains->setAccessibleName(tr("Cutover readiness per SIP domain"));
    m_domains->setHeaderLabels({tr("SIP domain"), tr("Public DNS reflects"), tr("Ready"), tr("Details")});
    m_domains->setAlternatingRowColors(true);
    m_domains->setUniformRowHeights(true);
    m_domains->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_domains->header()->setStretchLastSection(true);
    layout->addWidget(m_domains, 1);
}

void CutoverPanel::setProgress(int done, int total)
{
    if (done == 0)
        m_domains->clear();
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_progress->setVisible(true);
    m_summary->setText(
        tr("Asking public DNS whether every SIP domain is ready for the switch to Teams Only…"));
}

void CutoverPanel::setResults(const QList<DomainReadiness> &domains, bool cancelled)
{
    m_progress->hide();
    m_domains->clear();
    int ready = 0;
    for (const DomainReadiness &d : domains) {
        ready += d.ready() ? 1 : 0;
        auto *top = new QTreeWidgetItem(m_domains);
        top->setText(DomainColumn, d.domain);
        top->setText(PhaseColumn, observedPhaseWords(d.observed));
        top->setToolTip(PhaseColumn, observedPhaseName(d.observed));
        top->setText(ReadyColumn, d.ready() ? tr("ready") : tr("not ready"));
        top->setForeground(ReadyColumn, QBrush(d.ready() ? kGood : kBad));
        //: %1 records blocking the switch, %2 names left over to remove afterwards.
        top->setText(DetailColumn,
                     tr("%1 blocking, %2 left over").arg(d.blocking.size()).arg(d.leftovers.size()));
        for (const CheckResult &r : d.blocking) {
            const bool unanswered = r.status == CheckStatus::Unreachable || r.status == CheckStatus::Error;
            child(top, unanswered ? tr("not answered") : tr("blocks"), readinessResultLine(r), kBad);
        }
        for (const CheckResult &r : d.leftovers)
            //: A name the runbook removes after the switch that still resolves; %1 name, %2 type, %3
            //: what it resolves to, %4 why it is listed.
            child(top, tr("left over"),
                  tr("%1 %2 %3 (%4)")
                      .arg(r.item.name, recordTypeName(r.item.type), r.actual.join(QStringLiteral(", ")),
                           r.detail),
                  QColor());
        switch (d.wildcard) {
        case WildcardState::Present:
            //: %1 the wildcard name, %2 what it answers, %3 the random name asked.
            child(top, tr("wildcard"),
                  tr("%1 answers %2 (asked %3): delete it, it blocks the switch")
                      .arg(QStringLiteral("*.") + d.domain, d.wildcardRecords.join(QStringLiteral(", ")),
                           d.probeName),
                  kBad);
            break;
        case WildcardState::Absent:
            child(top, tr("wildcard"), tr("none (%1 does not resolve)").arg(d.probeName), kGood);
            break;
        case WildcardState::Unknown:
            child(top, tr("wildcard"), tr("unknown (%1 was not answered)").arg(d.probeName), kBad);
            break;
        }
        top->setExpanded(!d.ready());
    }
    QString text = domains.isEmpty()
                       ? tr("No SIP domain moves to Teams in this plan.")
                       //: %1 domains ready of %2 SIP domains checked.
                       : tr("%1 of %2 SIP domains ready for the switch to Teams Only (runbook step: "
                            "Grant-CsTeamsUpgradePolicy). Blocking records and a wildcard stop the "
                            "switch; left-over names are removed after it.")
                             .arg(ready)
                             .arg(domains.size());
    if (cancelled)
        text = tr("Cancelled. %1").arg(text);
    m_summary->setText(text);
}

} // namespace lyncdns
