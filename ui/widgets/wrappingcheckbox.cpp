#include "ui/widgets/wrappingcheckbox.h"

#include <QStyleOptionButton>
#include <QStylePainter>

namespace lyncdns {

namespace {

constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextShowMnemonic;
// Narrower than this the text would wrap after every word; the scroll area scrolls instead.
constexpr int kMinimumTextColumns = 24;
// One line up to this many characters, as a sizeHint: wider pages simply get longer lines.
constexpr int kPreferredTextColumns = 60;

} // namespace

WrappingCheckBox::WrappingCheckBox(const QString &text, QWidget *parent)
    : QCheckBox(text, parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

WrappingCheckBox::WrappingCheckBox(QWidget *parent)
    : WrappingCheckBox(QString(), parent)
{
}

int WrappingCheckBox::indicatorSpace() const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    return style()->pixelMetric(QStyle::PM_IndicatorWidth, &option, this) +
           style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, &option, this);
}

QRect WrappingCheckBox::textRect(int width) const
{
    const int left = indicatorSpace();
    const int textWidth = qMax(1, width - left);
    const QRect bounds = fontMetrics().boundingRect(QRect(0, 0, textWidth, 100000), kTextFlags, text());
    return {left, 0, textWidth, bounds.height()};
}

QSize WrappingCheckBox::sizeHint() const
{
    const int oneLine = fontMetrics().horizontalAdvance(QString(text()).remove(QLatin1Char('&')));
    const int width =
        indicatorSpace() + qMin(oneLine, fontMetrics().averageCharWidth() * kPreferredTextColumns) + 2;
    return {width, heightForWidth(width)};
}

QSize WrappingCheckBox::minimumSizeHint() const
{
    const int width = indicatorSpace() + fontMetrics().averageCharWidth() * kMinimumTextColumns;
    return {width, heightForWidth(width)};
}

bool WrappingCheckBox::hasHeightForWidth() const
{
    return true;
}

int WrappingCheckBox::heightForWidth(int width) const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorHeight, &option, this);
    return qMax(indicator, textRect(width).height()) + 2;
}

void WrappingCheckBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    // The style draws the indicator alone, level with the first line of text.
    QStyleOptionButton indicator = option;
    indicator.text.clear();
    indicator.rect = style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, this);
    indicator.rect.moveTop(qMax(0, (fontMetrics().height() - indicator.rect.height()) / 2) + 1);
    painter.drawPrimitive(QStyle::PE_IndicatorCheckBox, indicator);

    QRect text = textRect(width());
    text.moveTop(1);
    style()->drawItemText(&painter, text, kTextFlags, option.palette, isEnabled(), this->text(),
                          QPalette::WindowText);
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = text.adjusted(-1, -1, 1, 1);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
}

bool WrappingCheckBox::hitButton(const QPoint &pos) const
{
    return rect().contains(pos);
}

} // namespace lyncdns
