#pragma once

// Wizard page: DNS — split-brain DNS, the TTL of every generated record, and IPv6 (AAAA).

#include "ui/wizard/planpage.h"

class QCheckBox;
class QLabel;
class QSpinBox;

namespace lyncdns {

class DnsPage final : public PlanPage
{
    Q_OBJECT
public:
    explicit DnsPage(PlanDocument *document, QWidget *parent = nullptr);
    void loadFromPlan() override;
    QStringList pathPrefixes() const override;

private:
    void updateNotes();

    QCheckBox *m_splitBrain;
    QLabel *m_splitBrainNote;
    QSpinBox *m_ttl;
    QLabel *m_ttlNote;
    QCheckBox *m_ipv6;
};

} // namespace lyncdns
