#include "ui/shell/importsummary.h"

#include "model/plan/estate.h"
#include "model/rules/where.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lyncdns {

namespace {

constexpr int kPathRole = Qt::UserRole;

// "2 sites, 5 pools, 9 servers": what the admin recognises of their estate at a glance.
QString contents(const Plan &plan)
{
    qsizetype servers = 0;
    for (const PoolRef &ref : allPools(plan))
        servers += ref.pool->servers.size();
    for (const EdgeRef &ref : allEdgePools(plan))
        servers += ref.edge->servers.size();
    //: Import summary; the three parts are joined into one sentence.
    return ImportSummary::tr("%n central site(s)", nullptr, int(plan.sites.size())) + QStringLiteral(", ") +
           ImportSummary::tr("%n Front End or Director pool(s)", nullptr, int(allPools(plan).size())) +
           QStringLiteral(", ") +
           ImportSummary::tr("%n Edge pool(s)", nullptr, int(allEdgePools(plan).size())) +
           QStringLiteral(", ") + ImportSummary::tr("%n server(s)", nullptr, int(servers));
}

} // namespace

ImportSummary::ImportSummary(const QString &fileName, const ImportResult &result, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Imported Topology"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const Plan plan = result.plan.value_or(Plan{});
    QString text =
        tr("Read %1: %2.").arg(QDir::toNativeSeparators(QFileInfo(fileName).fileName()), contents(plan));
    text += QLatin1Char(' ');
    text += result.gaps.isEmpty()
                ? tr("The topology held every value the plan needs.")
                : tr("A topology does not hold these %n value(s): fill them in. Activate one to go to its "
                     "field; the list stays open while you work.",
                     nullptr, int(result.gaps.size()));
    m_summary->setText(text);
    layout->addWidget(m_summary);

    m_gaps = new QTreeWidget(this);
    m_gaps->setRootIsDecorated(false);
    m_gaps->setAlternatingRowColors(true);
    m_gaps->setUniformRowHeights(true);
    m_gaps->setHeaderLabels({tr("Where"), tr("What is missing")});
    m_gaps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_gaps->header()->setStretchLastSection(true);
    m_gaps->setAccessibleName(tr("Values the topology does not hold"));
    for (const ImportGap &gap : result.gaps) {
        auto *item = new QTreeWidgetItem(m_gaps, {planPathInWords(plan, gap.jsonPath), gap.what});
        item->setData(0, kPathRole, gap.jsonPath);
        item->setToolTip(0, gap.jsonPath);
    }
    if (m_gaps->topLevelItemCount() > 0)
        m_gaps->setCurrentItem(m_gaps->topLevelItem(0));
    m_gaps->setVisible(!result.gaps.isEmpty());
    layout->addWidget(m_gaps, 1);
    connect(m_gaps, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit gapActivated(item->data(0, kPathRole).toString()); });

    if (!result.notes.isEmpty()) {
        auto *notesLabel = new QLabel(tr("Read but not planned:"), this);
        auto *notes = new QLabel(QStringLiteral("• ") + result.notes.join(QStringLiteral("\n• ")), this);
        notes->setWordWrap(true);
        notes->setTextFormat(Qt::PlainText);
        notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(notesLabel);
        layout->addWidget(notes);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(720, 480);
}

QString ImportSummary::summaryText() const
{
    return m_summary->text();
}

} // namespace lyncdns
