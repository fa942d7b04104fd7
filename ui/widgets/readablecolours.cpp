#include "ui/widgets/readablecolours.h"

#include <QWidget>

#include <algorithm>
#include <cmath>

namespace lyncdns {

namespace {

// WCAG 2.x relative luminance of an sRGB colour.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableBetween(const QColor &text, const QColor &background, double minimumRatio)
{
    // A little margin above the minimum, so rounding in a screenshot tool never reads below it.
    const double wanted = minimumRatio + 0.2;
    QColor best = text;
    for (int step = 1; step <= 10; ++step) {
        const QColor candidate = mix(text, background, step / 20.0); // up to halfway to the background
        if (contrastRatio(candidate, background) < wanted)
            break;
        best = candidate;
    }
    return best;
}

QColor secondaryTextColour(const QPalette &palette, double minimumRatio)
{
    return readableBetween(palette.color(QPalette::WindowText), palette.color(QPalette::Window),
                           minimumRatio);
}

void setReadablePlaceholders(QWidget *widget)
{
    QPalette palette = widget->palette();
    // Per colour group: a disabled field has its own text and base colours.
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        palette.setColor(
            group, QPalette::PlaceholderText,
            readableBetween(palette.color(group, QPalette::Text), palette.color(group, QPalette::Base)));
    widget->setPalette(palette);
}

} // namespace lyncdns
