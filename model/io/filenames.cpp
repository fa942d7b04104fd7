#include "model/io/filenames.h"

namespace lyncdns {

QString fileBaseNameFromTitle(const QString &title)
{
    constexpr qsizetype kMaxLength = 80;
    QString base;
    bool separator = false;
    for (const QChar c : title) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_')) {
            if (separator && !base.isEmpty())
                base += QLatin1Char('-');
            separator = false;
            base += c;
        } else {
            separator = true; // spaces, slashes, colons, quotes, control characters
        }
        if (base.size() >= kMaxLength)
            break;
    }
    base.truncate(kMaxLength);
    // Windows refuses names ending in a dot; a leading dot hides the file on Linux.
    while (base.endsWith(QLatin1Char('.')) || base.endsWith(QLatin1Char('-')))
        base.chop(1);
    while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    return base;
}

} // namespace lyncdns
