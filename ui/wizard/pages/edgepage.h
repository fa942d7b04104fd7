#pragma once

// Wizard page: Edge (none / single / scaled with DNS or hardware load balancing), NAT, the three
// external FQDNs, the servers and, behind a hardware load balancer, the VIPs. Choosing "none"
// removes the Edge from the plan but keeps what was typed, so choosing a layout again restores it.
// It edits the scope's Edge pool (scopedview.h) and keeps what it does not show (priorities,
// the federation and XMPP marks).

#include "ui/wizard/planpage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;

namespace lyncdns {

class EdgeServersTable;

class EdgePage final : public PlanPage
{
    Q_OBJECT
public:
    explicit EdgePage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    struct VipField
    {
        QLineEdit *edit;
        QString EdgeVips::*member;
    };

    QLineEdit *addVipField(const QString &path, QString EdgeVips::*member);
    bool hasEdge() const;
    EdgeLayout chosenLayout() const;
    std::optional<Edge> edgeToWrite() const;
    void fillWidgets();
    void updatePlaceholders();
    void updateVisibility();
    void commit();
    bool filling() const { return isLoading() || m_filling; }

    // The Edge as typed, kept while "none" is chosen.
    Edge m_edge;
    EdgeVips m_vips;
    bool m_filling = false;
    // The internal FQDN the plan's references to this Edge pool hold while it is typed over.
    QString m_referencedName;

    QComboBox *m_layout = nullptr;
    QWidget *m_details = nullptr;
    QCheckBox *m_nat = nullptr;
    QLineEdit *m_internalFqdn = nullptr;
    QLineEdit *m_accessFqdn = nullptr;
    QLineEdit *m_webConferencingFqdn = nullptr;
    QLineEdit *m_avFqdn = nullptr;
    EdgeServersTable *m_servers = nullptr;
    QGroupBox *m_vipBox = nullptr;
    QList<VipField> m_vipFields;
};

} // namespace lyncdns
