#pragma once

// Wizard page: Reverse proxy (whether one publishes the web names, and its public addresses).
// Unticking it removes it from the plan but keeps the typed addresses for ticking it again. It
// edits the scope's reverse proxy (scopedview.h); one it creates is named "reverse-proxy".

#include "ui/wizard/planpage.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace lyncdns {

class ReverseProxyPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit ReverseProxyPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    void updateState();
    void commit();
    bool filling() const { return isLoading() || m_filling; }

    ReverseProxy m_proxy; // as typed, kept while unticked
    bool m_filling = false;
    QCheckBox *m_enabled = nullptr;
    QWidget *m_details = nullptr;
    QLineEdit *m_ipv4 = nullptr;
    QLineEdit *m_ipv6 = nullptr;
    QLabel *m_published = nullptr;
};

} // namespace lyncdns
