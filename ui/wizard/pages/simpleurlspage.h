#pragma once

// Wizard page: Simple URLs (Meet, Dial-in, Admin). Empty fields take the defaults shown as
// placeholders: meet.<each SIP domain> and dialin.<primary SIP domain>; no Admin URL.

#include "ui/wizard/planpage.h"

class QLineEdit;
class QPlainTextEdit;

namespace lyncdns {

class SimpleUrlsPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit SimpleUrlsPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    QStringList meetLines() const;
    void updatePlaceholders();
    bool filling() const { return isLoading() || m_filling; }

    bool m_filling = false;
    QPlainTextEdit *m_meet = nullptr;
    QLineEdit *m_dialin = nullptr;
    QLineEdit *m_admin = nullptr;
};

} // namespace lyncdns
