#pragma once

// Wizard page: Autodiscover (lyncdiscover / lyncdiscoverinternal, CNAME or A) and push
// notifications for mobile clients.

#include "ui/wizard/planpage.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace lyncdns {

class MobilityPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit MobilityPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    void updateState();
    bool filling() const { return isLoading() || m_filling; }

    bool m_filling = false;
    QCheckBox *m_autodiscover = nullptr;
    QComboBox *m_recordType = nullptr;
    QLabel *m_recordNote = nullptr;
    QCheckBox *m_push = nullptr;
};

} // namespace lyncdns
