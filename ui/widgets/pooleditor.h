#pragma once

// The editor shared by the Front End and Director pages: pool FQDN, load balancing, load
// balancer VIP, servers, internal and external web services. Every input is named by its JSON
// path under the prefix ("sites[0].frontEndPools[0].fqdn", "sites[0].directorPools[0].servers",
// ...), so the page marks the validator's findings on them; the page writes pool() into the plan
// on edited().

#include "model/plan/plan.h"

#include <QList>
#include <QWidget>

#include <utility>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace lyncdns {

class ServersTable;

class PoolEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolEditor)
public:
    enum class Kind
    {
        EnterprisePool,   // Front End pool: DNS, hardware or no load balancing
        StandardEdition,  // one server whose FQDN is the pool FQDN; no load balancing
        SingleServer,     // single Director: one server, no load balancing
        LoadBalancedPool, // Director pool: DNS or hardware load balancing
    };

    // pathPrefix: the pool's JSON path, e.g. "sites[0].frontEndPools[0]"; poolName: "Front End pool"
    // or "Director pool" (translated).
    PoolEditor(const QString &pathPrefix, const QString &poolName, QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    // Fills the widgets without emitting edited().
    void setPool(const Pool &pool);
    // The pool as entered, shaped by the kind (values the kind does not use are left empty).
    Pool pool(Edition edition = Edition::Enterprise) const;

    // A row above the pool FQDN (the Front End's edition), aligned with the editor's own rows.
    void insertLeadingRow(QLabel *label, QWidget *field);
    void setIpv6Visible(bool visible);
    // With a reverse proxy the external web services FQDN is required.
    void setExternalFqdnRequired(bool required);

    // JSON path -> widget, for PlanPage::registerPathField.
    QList<std::pair<QString, QWidget *>> pathFields() const;

    QLineEdit *fqdnEdit() const { return m_fqdn; }
    QComboBox *loadBalancingCombo() const { return m_loadBalancing; }
    QLineEdit *internalFqdnEdit() const { return m_internalFqdn; }
    QLineEdit *externalFqdnEdit() const { return m_externalFqdn; }
    ServersTable *serversTable() const { return m_servers; }

signals:
    void edited();

private:
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &path,
                       const QString &accessibleName);
    LoadBalancing loadBalancing() const;
    void fillLoadBalancingItems(LoadBalancing current);
    void updateDerived();
    void poolFqdnEdited();
    void userEdit();

    QString m_prefix;
    QString m_poolName;
    Kind m_kind = Kind::EnterprisePool;
    bool m_ipv6Visible = true;
    bool m_externalRequired = false;
    bool m_filling = false;
    QString m_lastPoolFqdn;

    QFormLayout *m_form;
    QLabel *m_fqdnLabel;
    QLabel *m_serversLabel;
    QLineEdit *m_fqdn;
    QComboBox *m_loadBalancing;
    QLineEdit *m_vip;
    QLineEdit *m_vipIpv6;
    ServersTable *m_servers;
    QLineEdit *m_internalFqdn;
    QLineEdit *m_internalVip;
    QLineEdit *m_internalVipIpv6;
    QLineEdit *m_externalFqdn;
};

} // namespace lyncdns
