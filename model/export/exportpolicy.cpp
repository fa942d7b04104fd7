#include "model/export/exportpolicy.h"

#include "model/plan/planpaths.h"

#include <QCoreApplication>

namespace lyncdns {

Findings errorFindings(const Findings &findings)
{
    Findings errors;
    for (const Finding &f : findings)
        if (f.severity == Severity::Error)
            errors << f;
    return errors;
}

// One string per form, as the report does: English reads right before the catalogues are updated.
QString planErrorsText(const Findings &findings, int fileVersion)
{
    const Findings errors = errorFindings(findings);
    const qsizetype count = errors.size();
    if (count == 0)
        return {};
    QString text =
        count == 1
            ? QCoreApplication::translate("ExportPolicy", "The plan has 1 validation error:")
            : QCoreApplication::translate("ExportPolicy", "The plan has %1 validation errors:").arg(count);
    for (qsizetype i = 0; i < count && i < kListedErrors; ++i) {
        const Finding &f = errors.at(i);
        //: One error in the list of a refused export: %1 the rule id, %2 the JSON path, %3 the message.
        text += QLatin1Char('\n') + QCoreApplication::translate("ExportPolicy", "  %1 %2: %3")
                                        .arg(f.rule,
                                             f.path.isEmpty()
                                                 ? QCoreApplication::translate("ExportPolicy", "(plan)")
                                                 : pathInFile(f.path, fileVersion),
                                             f.message);
    }
    if (count > kListedErrors)
        //: After the first errors of a refused export: %1 is how many are not listed.
        text += QLatin1Char('\n') +
                QCoreApplication::translate("ExportPolicy", "  … and %1 more").arg(count - kListedErrors);
    return text;
}

QString draftNotice(int errors)
{
    return QStringLiteral("DRAFT: this plan has %1 validation error%2; do not load into production DNS")
        .arg(QString::number(errors), errors == 1 ? QString() : QStringLiteral("s"));
}

QString draftBanner(int errors)
{
    return errors == 1 ? QCoreApplication::translate(
                             "ExportPolicy",
                             "DRAFT: this plan has 1 validation error; do not load into production DNS")
                       : QCoreApplication::translate(
                             "ExportPolicy",
                             "DRAFT: this plan has %1 validation errors; do not load into production DNS")
                             .arg(errors);
}

} // namespace lyncdns
