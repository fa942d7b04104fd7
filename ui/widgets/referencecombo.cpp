#include "ui/widgets/referencecombo.h"

#include "model/dns/hostnames.h"

#include <QSignalBlocker>

namespace lyncdns {

ReferenceCombo::ReferenceCombo(QWidget *parent)
    : QComboBox(parent)
{
    // Candidates read "pool03.contoso.net in site Singapore": the width follows the form, not the
    // longest name.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    rebuild(QString());
    // rebuild() blocks signals: only a choice made afterwards is an edit.
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        setToolTip(currentText());
        emit valueChanged();
    });
}

void ReferenceCombo::setChoices(const QString &noneText, const QList<ReferenceChoice> &choices)
{
    if (noneText == m_noneText && choices.size() == m_choices.size() &&
        std::equal(choices.cbegin(), choices.cend(), m_choices.cbegin(),
                   [](const ReferenceChoice &a, const ReferenceChoice &b) {
                       return a.value == b.value && a.text == b.text;
                   }))
        return; // an open popup is not disturbed by a plan change that changes no name
    const QString current = value();
    m_noneText = noneText;
    m_choices = choices;
    rebuild(current);
}

void ReferenceCombo::setValue(const QString &value)
{
    if (value == this->value() && count() > 0)
        return;
    rebuild(value);
}

QString ReferenceCombo::value() const
{
    return currentData().toString();
}

void ReferenceCombo::rebuild(const QString &value)
{
    const QSignalBlocker blocker(this);
    clear();
    addItem(m_noneText, QString());
    for (const ReferenceChoice &c : std::as_const(m_choices))
        addItem(c.text, c.value);
    m_choiceCount = int(m_choices.size());
    int index = findData(value);
    for (int i = 1; index < 0 && m_fqdns && !value.isEmpty() && i < count(); ++i)
        if (normalizedName(itemData(i).toString()) == normalizedName(value)) {
            setItemData(i, value); // the plan's spelling stays the plan's
            index = i;
        }
    if (index < 0 && !value.isEmpty()) {
        //: A pool's reference (reverse proxy, Edge pool, backup pool) that names nothing in the plan.
        addItem(tr("%1 (not in the plan)").arg(value), value);
        index = count() - 1;
    }
    setCurrentIndex(std::max(index, 0));
    setToolTip(currentText()); // the items can be wider than the combo
}

} // namespace lyncdns
