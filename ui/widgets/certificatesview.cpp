#include "ui/widgets/certificatesview.h"

#include "model/certs/certificateexport.h"
#include "model/rules/keywords.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lyncdns {

namespace {

enum Column
{
    CertificateColumn,
    PoolColumn,
    SubjectColumn,
    NamesColumn
};

// Role, pool and server say which request a row is: the selection follows it across rebuilds.
QString identity(const CertificateRequest &r)
{
    return keyword(r.role) + QLatin1Char('|') + r.pool + QLatin1Char('|') + r.server;
}

QString whereText(const CertificateRequest &r)
{
    return r.server.isEmpty() ? r.pool
                              //: Certificates tab: %1 a pool FQDN, %2 one of its servers.
                              : CertificatesView::tr("%1, server %2").arg(r.pool, r.server);
}

} // namespace

CertificatesView::CertificatesView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 4, 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_list = new QTreeWidget(splitter);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Certificate"), tr("Pool or server"), tr("Subject"), tr("Names")});
    // Fits the pane without sideways scrolling: the pool-or-server column takes what is left and
    // elides in the middle; the row's tooltip and the details below say it whole.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(PoolColumn, QHeaderView::Stretch);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Certificates the plan implies"));
    m_details = new QPlainTextEdit(splitter);
    m_details->setReadOnly(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Subject, names, usage and notes of the selected certificate"));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_copyNames = new QPushButton(tr("Copy &Names"), this);
    m_copyNames->setToolTip(
        tr("Copy the subject alternative names of the selected certificate, one per line"));
    m_copyRequest = new QPushButton(tr("Copy &Request File"), this);
    m_copyRequest->setToolTip(tr("Copy the certreq.exe request file (INF) of the selected certificate"));
    m_copyAll = new QPushButton(tr("Copy &All as CSV"), this);
    m_copyAll->setToolTip(
        tr("Copy every certificate as CSV rows: role, site, pool, subject, names, usage, notes"));
    buttons->addWidget(m_copyNames);
    buttons->addWidget(m_copyRequest);
    buttons->addStretch(1);
    buttons->addWidget(m_copyAll);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &CertificatesView::showCurrent);
    connect(m_copyNames, &QPushButton::clicked, this, [this] {
        if (const CertificateRequest *r = current())
            QApplication::clipboard()->setText(r->sans.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    });
    connect(m_copyRequest, &QPushButton::clicked, this, [this] {
        if (const CertificateRequest *r = current())
            QApplication::clipboard()->setText(QString::fromLatin1(certificateInf(*r)));
    });
    connect(m_copyAll, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(QString::fromUtf8(certificatesToCsv(m_certificates)));
    });
    setCertificates({});
}

void CertificatesView::setCertificates(const QList<CertificateRequest> &certificates)
{
    const CertificateRequest *before = current();
    const QString selected = before ? identity(*before) : QString();
    m_certificates = certificates;
    m_list->clear();
    QTreeWidgetItem *reselect = nullptr;
    for (qsizetype i = 0; i < m_certificates.size(); ++i) {
        const CertificateRequest &r = m_certificates.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(CertificateColumn, certificateRoleTitle(r.role));
        item->setText(PoolColumn, whereText(r));
        item->setToolTip(PoolColumn, whereText(r));
        item->setText(SubjectColumn, r.subject);
        item->setText(NamesColumn, QString::number(r.sans.size()));
        item->setData(CertificateColumn, Qt::UserRole, int(i));
        if (!r.byHand.isEmpty())
            item->setToolTip(CertificateColumn, tr("Has names the certificate wizard does not add"));
        if (!selected.isEmpty() && identity(r) == selected)
            reselect = item;
    }
    if (!reselect && m_list->topLevelItemCount() > 0)
        reselect = m_list->topLevelItem(0);
    m_list->setCurrentItem(reselect);
    //: Certificates tab summary; %n is the number of certificate requests.
    m_summary->setText(
        m_certificates.isEmpty()
            ? tr("The plan implies no certificate yet: add a pool, an Edge or a reverse proxy.")
            : tr("%n certificate request(s): one per server role that needs one, with every "
                 "name a planned record makes clients reach.",
                 nullptr, int(m_certificates.size())));
    showCurrent();
}

const CertificateRequest *CertificatesView::current() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int i = item->data(CertificateColumn, Qt::UserRole).toInt();
    return i >= 0 && i < m_certificates.size() ? &m_certificates.at(i) : nullptr;
}

void CertificatesView::showCurrent()
{
    const CertificateRequest *r = current();
    m_copyNames->setEnabled(r != nullptr);
    m_copyRequest->setEnabled(r != nullptr);
    m_copyAll->setEnabled(!m_certificates.isEmpty());
    if (!r) {
        m_details->clear();
        return;
    }
    QStringList byHand;
    for (const ManualName &m : r->byHand)
        if (!byHand.contains(m.name))
            byHand << m.name;
    QString text;
    text += certificateRoleTitle(r->role) + QStringLiteral(" (") + keyword(r->role) + QStringLiteral(")\n");
    if (!r->site.isEmpty())
        text += tr("Site: %1").arg(r->site) + QLatin1Char('\n');
    text += tr("Subject: CN=%1").arg(r->subject) + QLatin1Char('\n');
    text += tr("Subject alternative names:") + QLatin1Char('\n');
    for (const QString &name : r->sans)
        text +=
            QStringLiteral("  ") + name +
            (byHand.contains(name) ? QStringLiteral("   ") + tr("(add by hand: the wizard does not add it)")
                                   : QString()) +
            QLatin1Char('\n');
    text += tr("Usage: %1").arg(r->usage.join(QStringLiteral(", "))) + QLatin1Char('\n');
    text += (r->issuer == CertificateIssuer::Public ? tr("Issuer: a public certification authority")
                                                    : tr("Issuer: the internal certification authority")) +
            QLatin1Char('\n');
    text += (r->exportableKey ? tr("Private key: exportable") : tr("Private key: not exportable")) +
            QLatin1Char('\n');
    if (!r->notes.isEmpty()) {
        text += tr("Notes:") + QLatin1Char('\n');
        for (const QString &note : r->notes)
            text += QStringLiteral("  - ") + note + QLatin1Char('\n');
    }
    m_details->setPlainText(text);
}

} // namespace lyncdns
