#include "ui/check/tlspanel.h"

#include "model/certs/certificates.h"
#include "model/itemmodels/tlsresultmodel.h"
#include "model/rules/keywords.h"

#include <QBrush>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lyncdns {

namespace {

QString htmlList(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &l : lines)
        escaped << l.toHtmlEscaped();
    return escaped.join(QStringLiteral("<br>"));
}

} // namespace

TlsPanel::TlsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_model = new TlsResultModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TlsResultModel::SortRole);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("check.tlsResults"));
    m_view->setAccessibleName(tr("TLS endpoints"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the probe's order while the answers arrive
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("check.tlsDetails"));
    m_details->setAccessibleName(tr("Details of the selected endpoint"));
    m_details->setOpenLinks(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this] { m_autoSorted = false; });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TlsPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TlsPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_autoSorted)
            m_view->sortByColumn(-1, Qt::AscendingOrder);
        updateDetails();
    });
    updateDetails();
}

void TlsPanel::settled()
{
    const int sorted = m_view->horizontalHeader()->sortIndicatorSection();
    if (sorted < 0 || sorted >= TlsResultModel::COLUMN_COUNT || m_autoSorted) {
        m_view->sortByColumn(TlsResultModel::StatusColumn, Qt::AscendingOrder);
        m_autoSorted = true;
    }
    m_view->resizeColumnsToContents();
    // Long names and details are elided: the tooltips and the details pane show them whole.
    const int limit = m_view->fontMetrics().averageCharWidth() * 44;
    for (int c = 0; c < TlsResultModel::COLUMN_COUNT; ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), limit));
    updateDetails();
}

void TlsPanel::updateDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_details->setHtml(m_model->rowCount() > 0
                               ? tr("<p>Select an endpoint to see the names its certificate presents and "
                                    "the names it misses.</p>")
                               : tr("<p>Tick <b>Check certificates (TLS)</b> and run the check to see the "
                                    "certificates the planned endpoints present.</p>"));
        return;
    }
    const int row = current.row();
    const TlsResult &r = m_model->results().at(row);
    const bool pending = m_model->isPending(row);
    const QModelIndex statusIndex = m_model->index(row, TlsResultModel::StatusColumn);
    const QColor statusColor = statusIndex.data(Qt::ForegroundRole).value<QBrush>().color();
    auto line = [](const QString &label, const QString &html) -> QString {
        return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), html);
    };
    QString html =
        QStringLiteral("<p><b>%1:%2</b> &nbsp;%3 &nbsp;—&nbsp; <b><span style=\"color:%4\">%5</span>"
                       "</b></p><table>")
            .arg(r.endpoint.host.toHtmlEscaped())
            .arg(r.endpoint.port)
            .arg(locationLabel(r.endpoint.location).toHtmlEscaped(), statusColor.name(),
                 statusIndex.data().toString().toHtmlEscaped());
    html += line(tr("Certificate"), certificateRoleTitle(r.endpoint.role).toHtmlEscaped());
    html += line(tr("Planned names"), htmlList(r.endpoint.names));
    if (pending) {
        html += line(tr("Presented"), tr("being checked…").toHtmlEscaped());
    } else {
        html += line(tr("Presented"),
                     r.presented.isEmpty() ? tr("no certificate").toHtmlEscaped() : htmlList(r.presented));
        if (!r.notAfter.isNull() || !r.missingNames.isEmpty())
            html += line(tr("Missing"), r.missingNames.isEmpty()
                                            ? tr("none").toHtmlEscaped()
                                            : QStringLiteral("<b><span style=\"color:%1\">%2</span></b>")
                                                  .arg(statusColor.name(), htmlList(r.missingNames)));
        if (r.notAfter.isValid())
            html += line(tr("Not after"), r.notAfter.toString(Qt::ISODate).toHtmlEscaped());
        if (!r.issuer.isEmpty())
            html += line(tr("Issuer"), r.issuer.toHtmlEscaped());
        // The probe's words, in English as in `lyncdns check --tls`.
        html += line(tr("Detail"), r.detail.toHtmlEscaped());
    }
    html += line(tr("Address"), (r.address.isEmpty() ? tr("not resolved") : r.address).toHtmlEscaped());
    html += line(tr("DNS server"), r.server.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

} // namespace lyncdns
