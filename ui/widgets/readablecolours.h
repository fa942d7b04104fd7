#pragma once

// Secondary text that stays readable (issue 12): WCAG 2.x contrast ratios, and a quieter text colour
// derived from the palette that still meets AA (4.5:1) on the window background, in light and dark
// palettes alike. palette(dark) on the default light palette measured about 2.6:1.

#include <QColor>
#include <QPalette>

class QWidget;

namespace lyncdns {

// The WCAG contrast ratio of two opaque colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);

// text moved towards background as far as a contrast of at least minimumRatio allows (at most
// halfway); text itself when even that is not enough.
QColor readableBetween(const QColor &text, const QColor &background, double minimumRatio = 4.5);
// Quieter label text: the palette's window text towards its window colour.
QColor secondaryTextColour(const QPalette &palette, double minimumRatio = 4.5);
// Placeholder text (the fields' defaults and help) of widget and its children: the style's light
// grey replaced by a colour with at least 4.5:1 against the field.
void setReadablePlaceholders(QWidget *widget);

} // namespace lyncdns
