#pragma once

// Editor page: Simple URLs (Meet, Dial-in, Admin), the global ones or a site's own (plan-format.md,
// site scope). Empty fields take the defaults shown as placeholders: meet.<each SIP domain> and
// dialin.<primary SIP domain>; no Admin URL; a site without its own URLs uses the global ones.

#include "ui/wizard/planpage.h"

class QCheckBox;
class QComboBox;
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
    void selectElementFor(const QString &path) override;

protected:
    QString scopedPrefix() const override;

private:
    // The URLs the fields edit: the global ones, or the shown site's (made when absent).
    SimpleUrls &urlsOf(Plan &plan) const;
    void showSite(int site);
    void fillSites();
    QStringList meetLines() const;
    void updatePlaceholders();
    bool filling() const { return isLoading() || m_filling; }

    bool m_filling = false;
    int m_site = -1; // -1: the global URLs
    QComboBox *m_scope = nullptr;
    QCheckBox *m_own = nullptr;
    QPlainTextEdit *m_meet = nullptr;
    QLineEdit *m_dialin = nullptr;
    QLineEdit *m_admin = nullptr;
};

} // namespace lyncdns
