#pragma once

// A choice of one element the plan names by a string (a pool's reverse proxy, Edge pool or backup
// pool): a first item for "nothing named" that says what that means (the default the estate
// resolves), then the plan's candidates. A stored name that matches none of them stays as it is,
// listed as "… (not in the plan)", so opening and editing a pool never changes or drops a
// reference the validator would report.

#include <QComboBox>
#include <QList>
#include <QString>

namespace lyncdns {

struct ReferenceChoice
{
    QString value; // what the plan stores
    QString text;  // what the admin reads
};

class ReferenceCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceCombo)
public:
    explicit ReferenceCombo(QWidget *parent = nullptr);

    // Replaces the items and keeps the current value, without emitting valueChanged().
    void setChoices(const QString &noneText, const QList<ReferenceChoice> &choices);
    // Selects value (empty: the first item), without emitting valueChanged().
    void setValue(const QString &value);
    QString value() const;
    // The candidates offered, without the first item and a kept unknown value.
    int choiceCount() const { return m_choiceCount; }
    // FQDN references (a pool's Edge pool, its backup pool) name their element in any case and with
    // or without a trailing dot, as estate.h resolves them: a stored "POOL02.contoso.net." selects
    // pool02.contoso.net and is kept as written. Proxy names match exactly, as they resolve.
    void setMatchesFqdns(bool fqdns) { m_fqdns = fqdns; }

signals:
    // The admin chose another item.
    void valueChanged();

private:
    void rebuild(const QString &value);

    QString m_noneText;
    QList<ReferenceChoice> m_choices;
    int m_choiceCount = 0;
    bool m_fqdns = false;
};

} // namespace lyncdns
