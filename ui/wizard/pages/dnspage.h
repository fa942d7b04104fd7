#pragma once

// Wizard page: DNS — split-brain DNS (and its exceptions per SIP domain), the TTL of every
// generated record, and IPv6 (AAAA). Its
// fields are laid out in dnspage.ui; this class names them by JSON path, writes their edits into
// the plan and keeps the notes under them current.

#include "ui/wizard/planpage.h"

#include <memory>

namespace lyncdns {

namespace Ui {
class DnsPage;
}

class DnsPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit DnsPage(PlanDocument *document, QWidget *parent = nullptr);
    ~DnsPage() override;
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    void updateNotes();
    // The SIP domains with their split-brain setting, from the plan.
    void fillDomains();

    std::unique_ptr<Ui::DnsPage> m_ui;
};

} // namespace lyncdns
