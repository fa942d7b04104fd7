#pragma once

// Wizard page: the plan-wide routes of an estate (plan-format.md, version 2). Which pool takes
// automatic sign-in and which back it up (_sipinternaltls priorities 10, 20, …), what the SRV
// records point at, which pool's web services answer lyncdiscover; per Edge pool of every site its
// remote access priority and whether it routes federation and XMPP; and GeoDNS. Every default it
// shows ("Default (dir01.contoso.net)", the primary Edge pool) comes from model/plan/estate.h.

#include "ui/wizard/planpage.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace lyncdns {

class OrderedChoiceList;

class RoutesPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit RoutesPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    // One Edge pool of the estate. Rows are kept once made (hidden when the estate has fewer Edge
    // pools): the page's registered fields must outlive every plan change.
    struct EdgeRow
    {
        qsizetype site = -1;
        qsizetype index = -1;
        QLabel *name = nullptr;
        QSpinBox *priority = nullptr;
        QCheckBox *federation = nullptr;
        QCheckBox *xmpp = nullptr;
        QSpinBox *xmppPriority = nullptr;
    };

    void buildSignIn(QWidget *body);
    void buildEdgeRoutes(QWidget *body);
    void buildGeoDns(QWidget *body);
    EdgeRow &edgeRow(int row);
    void writeEdge(int row, const std::function<void(Edge &)> &edit);
    void writeGeoDns();

    // Brings every widget in line with the plan, touching only what differs: a plan changed on
    // another page refreshes the lists without moving the focus or the text being typed.
    void syncFromPlan();
    void syncPoolCombo(QComboBox *combo, const QStringList &pools, const QString &defaultPool,
                       const QString &value);
    void syncEdgeRows();
    void syncNotes();

    QComboBox *m_signInPool = nullptr;
    OrderedChoiceList *m_backupPools = nullptr;
    QGroupBox *m_srvTarget = nullptr;
    QRadioButton *m_srvPool = nullptr;
    QRadioButton *m_srvSip = nullptr;
    QLabel *m_srvPoolNote = nullptr;
    QLabel *m_srvSipNote = nullptr;
    QComboBox *m_webPool = nullptr;

    QGridLayout *m_edgeGrid = nullptr;
    QLabel *m_noEdge = nullptr;
    QList<QLabel *> m_edgeHeaders;
    QLabel *m_xmppHeader = nullptr;
    QLabel *m_xmppPriorityHeader = nullptr;
    QList<EdgeRow> m_edgeRows;
    int m_edgeRowsShown = 0;
    QLabel *m_routesNote = nullptr;

    QGroupBox *m_geoDns = nullptr;
    QLineEdit *m_geoZone = nullptr;
    OrderedChoiceList *m_geoPools = nullptr;
    QComboBox *m_geoMode = nullptr;
};

} // namespace lyncdns
