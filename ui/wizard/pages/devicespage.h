#pragma once

// Wizard page: legacy discovery records (SRV and host-name fallbacks for clients older than
// Lync 2013 and desk phones), the NTP SRV record and the device update name.

#include "ui/wizard/planpage.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace lyncdns {

class DevicesPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit DevicesPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    QCheckBox *m_srv = nullptr;
    QCheckBox *m_tcp = nullptr;
    QCheckBox *m_hostRecords = nullptr;
    QLineEdit *m_ntpServer = nullptr;
    QCheckBox *m_deviceUpdates = nullptr;
};

} // namespace lyncdns
