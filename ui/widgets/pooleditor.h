#pragma once

// The editor shared by the Front End and Director pages: pool FQDN, load balancing, load
// balancer VIP, servers, internal and external web services, and the pool's references to the
// rest of the estate (the reverse proxy that publishes it; a Front End pool's Edge pool and backup
// pool). Every input is named by its JSON path under the prefix ("sites[0].frontEndPools[0].fqdn",
// "sites[0].directorPools[0].servers", ...), so the page marks the validator's findings on them;
// the page writes pool() into the plan on edited().

#include "model/plan/plan.h"

#include <QList>
#include <QWidget>

#include <utility>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace lyncdns {

class ReferenceCombo;
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
    // The plan's IPv6 switch: the IPv6 fields show when it is on, and also while the pool shown holds
    // an IPv6 address (call after setPool()).
    void setIpv6Visible(bool planIpv6);
    // With a reverse proxy the external web services FQDN is required.
    void setExternalFqdnRequired(bool required);
    // The reverse proxies, Edge pools and Front End pools of the plan this pool (at index of site)
    // can name, and what naming none means there: the defaults estate.h resolves. Keeps the values
    // shown; call again when the plan changes.
    void setEstate(const Plan &plan, qsizetype site, qsizetype index);

    // JSON path -> widget, for PlanPage::registerPathField.
    QList<std::pair<QString, QWidget *>> pathFields() const;

    QLineEdit *fqdnEdit() const { return m_fqdn; }
    QComboBox *loadBalancingCombo() const { return m_loadBalancing; }
    QLineEdit *internalFqdnEdit() const { return m_internalFqdn; }
    QLineEdit *externalFqdnEdit() const { return m_externalFqdn; }
    ReferenceCombo *reverseProxyCombo() const { return m_reverseProxy; }
    ReferenceCombo *edgePoolCombo() const { return m_edgePool; }
    ReferenceCombo *pairedWithCombo() const { return m_pairedWith; }
    ServersTable *serversTable() const { return m_servers; }

signals:
    void edited();

private:
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &path,
                       const QString &accessibleName);
    LoadBalancing loadBalancing() const;
    void fillLoadBalancingItems(LoadBalancing current);
    void updateDerived();
    void updateReferenceRows();
    ReferenceCombo *addReference(const QString &label, const QString &path, const QString &accessibleName);
    bool isFrontEnd() const { return m_kind == Kind::EnterprisePool || m_kind == Kind::StandardEdition; }
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
    QFormLayout *m_referencesForm;
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
    QLabel *m_referencesHeading;
    ReferenceCombo *m_reverseProxy;
    ReferenceCombo *m_edgePool;
    ReferenceCombo *m_pairedWith;
};

} // namespace lyncdns
