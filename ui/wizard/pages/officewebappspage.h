#pragma once

// Wizard page: Office Web Apps Server (internal name and address, optional external name
// published through the reverse proxy, and the farm's member servers behind a load balancer) of the
// scope's Office Web Apps farm (scopedview.h).

#include "model/plan/plan.h"
#include "ui/wizard/planpage.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace lyncdns {

class ServersTable;

class OfficeWebAppsPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit OfficeWebAppsPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    void writeToPlan();
    void updateNotes();

    QCheckBox *m_enabled = nullptr;
    QGroupBox *m_details = nullptr;
    QLineEdit *m_internalFqdn = nullptr;
    QLineEdit *m_internalIpv4 = nullptr;
    QLineEdit *m_internalIpv6 = nullptr;
    QLineEdit *m_externalFqdn = nullptr;
    ServersTable *m_servers = nullptr;
    QLabel *m_proxyNote = nullptr;
    // The farm as last read or typed.
    OfficeWebApps m_farm;
};

} // namespace lyncdns
