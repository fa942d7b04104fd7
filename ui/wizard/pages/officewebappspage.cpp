#include "ui/wizard/pages/officewebappspage.h"

#include "model/plan/plandocument.h"
#include "ui/widgets/wrappingcheckbox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace lyncdns {

OfficeWebAppsPage::OfficeWebAppsPage(PlanDocument *document, QWidget *parent)
    : PlanPage(document, tr("Office Web Apps"),
               tr("Office Web Apps Server shows PowerPoint decks in meetings: an internal name for internal "
                  "users and, through the reverse proxy, an external name for everyone else."),
               parent)
{
    m_enabled = new WrappingCheckBox(tr("This deployment has an &Office Web Apps Server"), this);
    m_enabled->setObjectName(QStringLiteral("officeWebApps"));

    m_details = new QGroupBox(tr("Office Web Apps Server"), this);
    auto *form = new QFormLayout(m_details);
    auto addField = [&](const QString &path, const QString &label, const QString &accessibleName,
                        const QString &placeholder) {
        auto *edit = new QLineEdit(m_details);
        edit->setObjectName(path);
        edit->setAccessibleName(accessibleName);
        edit->setPlaceholderText(placeholder);
        auto *l = new QLabel(label, m_details);
        l->setBuddy(edit);
        form->addRow(l, edit);
        registerPathField(path, edit);
        connect(edit, &QLineEdit::textChanged, this, [this] { writeToPlan(); });
        return edit;
    };
    m_internalFqdn = addField(QStringLiteral("officeWebApps.internalFqdn"), tr("&Internal FQDN:"),
                              tr("Internal FQDN"), tr("e.g. owas.contoso.net"));
    m_internalIpv4 = addField(QStringLiteral("officeWebApps.internalIpv4"), tr("Internal IPv&4 address:"),
                              tr("Internal IPv4 address"), tr("e.g. 192.168.1.5"));
    m_internalIpv6 = addField(QStringLiteral("officeWebApps.internalIpv6"), tr("Internal IPv&6 address:"),
                              tr("Internal IPv6 address (optional)"), tr("optional"));
    m_externalFqdn = addField(QStringLiteral("officeWebApps.externalFqdn"), tr("&External FQDN:"),
                              tr("External FQDN (optional)"),
                              tr("e.g. officewebapps01.contoso.com; empty = internal only"));
    m_proxyNote = new QLabel(tr("The external name is published at the reverse proxy, and this plan has no "
                                "reverse proxy: no external record is made for it."),
                             m_details);
    m_proxyNote->setWordWrap(true);
    form->addRow(m_proxyNote);

    contentLayout()->addWidget(m_enabled);
    contentLayout()->addWidget(m_details);
    contentLayout()->addStretch(1);

    registerPathField(QStringLiteral("officeWebApps"), m_enabled);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_details->setEnabled(on);
        writeToPlan();
    });
    connect(document, &PlanDocument::changed, this, &OfficeWebAppsPage::updateNotes);
    // A different plan does not inherit the values the previous one kept in an unticked section.
    connect(document, &PlanDocument::reloaded, this, [this] {
        if (this->document()->plan().officeWebApps)
            return;
        for (QLineEdit *edit : {m_internalFqdn, m_internalIpv4, m_internalIpv6, m_externalFqdn}) {
            const QSignalBlocker block(edit);
            edit->clear();
        }
    });
    m_details->setEnabled(false);
    updateNotes();
}

void OfficeWebAppsPage::loadFromPlan()
{
    const Plan &plan = document()->plan();
    m_enabled->setChecked(plan.officeWebApps.has_value());
    m_details->setEnabled(plan.officeWebApps.has_value());
    // Unticked: the widgets keep what was typed, for ticking the box again.
    if (plan.officeWebApps) {
        m_internalFqdn->setText(plan.officeWebApps->internalFqdn);
        m_internalIpv4->setText(plan.officeWebApps->internalIpv4);
        m_internalIpv6->setText(plan.officeWebApps->internalIpv6);
        m_externalFqdn->setText(plan.officeWebApps->externalFqdn);
    }
    updateNotes();
}

void OfficeWebAppsPage::writeToPlan()
{
    if (isLoading())
        return;
    const bool on = m_enabled->isChecked();
    const OfficeWebApps owa{m_internalFqdn->text().trimmed(), m_internalIpv4->text().trimmed(),
                            m_internalIpv6->text().trimmed(), m_externalFqdn->text().trimmed()};
    change([&](Plan &p) {
        if (on)
            p.officeWebApps = owa;
        else
            p.officeWebApps.reset();
    });
}

void OfficeWebAppsPage::updateNotes()
{
    m_proxyNote->setVisible(!document()->plan().reverseProxy && !m_externalFqdn->text().trimmed().isEmpty());
}

QStringList OfficeWebAppsPage::pathPrefixes() const
{
    return {QStringLiteral("officeWebApps")};
}

} // namespace lyncdns
