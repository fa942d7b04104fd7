#pragma once

// The statements of the scripts we write for the Windows DNS Server module, read back: pwsh is not
// in Debian, so the tests check a script statement by statement instead of running it. A call is
// `Name -Param 'value' -Param 42`, arguments single-quoted (a doubled quote character inside) or
// whole numbers; each function's parameters come from its own `param(...)` line in the script.
// Header-only: the unit and integration suites both include it.

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace lyncdns::test {

struct PsCall
{
    QString command;
    QMap<QString, QString> args; // parameter name (without -) -> value, unquoted
};

inline bool isPsQuote(QChar c)
{
    return c == QChar(0x27) || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) ||
           c == QChar(0x201B);
}

// One call on a line (leading spaces allowed); nullopt with the reason when it is not exactly one.
inline std::optional<PsCall> parsePsCall(const QString &line, QString *why)
{
    PsCall call;
    qsizetype at = 0;
    const auto skipSpaces = [&] {
        while (at < line.size() && line.at(at) == QLatin1Char(' '))
            ++at;
    };
    const auto word = [&] {
        const qsizetype start = at;
        while (at < line.size() && (line.at(at).isLetterOrNumber() || line.at(at) == QLatin1Char('-')))
            ++at;
        return line.mid(start, at - start);
    };
    skipSpaces();
    call.command = word();
    static const QRegularExpression verbNoun(QStringLiteral("^[A-Z][a-z]+-[A-Za-z]+$"));
    if (!verbNoun.match(call.command).hasMatch()) {
        *why = QStringLiteral("not a Verb-Noun command: %1").arg(line);
        return std::nullopt;
    }
    for (;;) {
        skipSpaces();
        if (at == line.size())
            return call;
        if (line.at(at) != QLatin1Char('-')) {
            *why = QStringLiteral("expected -Parameter at column %1: %2").arg(at).arg(line);
            return std::nullopt;
        }
        ++at;
        const QString name = word();
        if (name.isEmpty() || call.args.contains(name)) {
            *why = QStringLiteral("empty or repeated parameter at column %1: %2").arg(at).arg(line);
            return std::nullopt;
        }
        if (at == line.size() || line.at(at) != QLatin1Char(' ')) {
            *why = QStringLiteral("-%1 has no value: %2").arg(name, line);
            return std::nullopt;
        }
        skipSpaces();
        QString value;
        if (at < line.size() && isPsQuote(line.at(at))) {
            ++at;
            for (;;) {
                if (at >= line.size()) {
                    *why = QStringLiteral("unterminated string after -%1: %2").arg(name, line);
                    return std::nullopt;
                }
                const QChar c = line.at(at);
                if (isPsQuote(c)) {
                    // A doubled quote character is one character of the string; a single one ends it.
                    if (at + 1 < line.size() && line.at(at + 1) == c) {
                        value += c;
                        at += 2;
                        continue;
                    }
                    ++at;
                    break;
                }
                value += c;
                ++at;
            }
        } else {
            const qsizetype start = at;
            while (at < line.size() && line.at(at).isDigit())
                ++at;
            value = line.mid(start, at - start);
            if (value.isEmpty()) {
                *why = QStringLiteral("-%1: neither a quoted string nor a number: %2").arg(name, line);
                return std::nullopt;
            }
        }
        if (at < line.size() && line.at(at) != QLatin1Char(' ')) {
            *why = QStringLiteral("-%1: text right after its value: %2").arg(name, line);
            return std::nullopt;
        }
        call.args.insert(name, value);
    }
}

// The parameters each function of the script declares, from `function X {` and its `param(...)`.
inline QHash<QString, QStringList> psFunctionParameters(const QString &script)
{
    QHash<QString, QStringList> out;
    static const QRegularExpression function(QStringLiteral("^function ([A-Za-z-]+) \\{$"));
    static const QRegularExpression param(QStringLiteral("^\\s*param\\((.*)\\)$"));
    static const QRegularExpression variable(QStringLiteral("\\$([A-Za-z]+)"));
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QRegularExpressionMatch f = function.match(line);
        if (f.hasMatch()) {
            current = f.captured(1);
            out.insert(current, {});
            continue;
        }
        const QRegularExpressionMatch p = param.match(line);
        if (!current.isEmpty() && p.hasMatch()) {
            for (auto it = variable.globalMatch(p.captured(1)); it.hasNext();)
                out[current] << it.next().captured(1);
            current.clear();
        }
    }
    return out;
}

// The script's braces and parentheses balance outside strings and comments, and never go below
// zero; false with the line where they do not.
inline bool psBracketsBalance(const QString &script, QString *why)
{
    int braces = 0, parens = 0;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        QChar quote;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (!quote.isNull()) {
                if (c == quote || (quote == QChar(0x27) && isPsQuote(c)))
                    quote = QChar();
                continue;
            }
            if (c == QLatin1Char('#'))
                break; // a comment to the end of the line
            if (isPsQuote(c) || c == QLatin1Char('"'))
                quote = isPsQuote(c) ? QChar(0x27) : c;
            braces += c == QLatin1Char('{') ? 1 : c == QLatin1Char('}') ? -1 : 0;
            parens += c == QLatin1Char('(') ? 1 : c == QLatin1Char(')') ? -1 : 0;
            if (braces < 0 || parens < 0) {
                *why = QStringLiteral("line %1 closes more than it opened: %2").arg(n + 1).arg(line);
                return false;
            }
        }
        if (!quote.isNull()) {
            *why = QStringLiteral("line %1 ends inside a string: %2").arg(n + 1).arg(line);
            return false;
        }
    }
    if (braces != 0 || parens != 0) {
        *why = QStringLiteral("%1 braces and %2 parentheses left open at the end").arg(braces).arg(parens);
        return false;
    }
    return true;
}

// The calls in the script's sections, in order ("if ($Location -eq '<location>') {" … "}"), each
// checked against the parameters its function declares; empty with the reason on any line that is
// not a comment, a section's start or end, or such a call.
struct PsSectionCall
{
    QString location;
    PsCall call;
};
inline QList<PsSectionCall> psSectionCalls(const QString &script, QString *why)
{
    const QHash<QString, QStringList> functions = psFunctionParameters(script);
    static const QRegularExpression sectionStart(
        QStringLiteral("^if \\(\\$Location -eq '(internal|external)'\\) \\{$"));
    QList<PsSectionCall> out;
    QString location;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QRegularExpressionMatch start = sectionStart.match(line);
        if (start.hasMatch()) {
            location = start.captured(1);
            continue;
        }
        if (location.isEmpty())
            continue; // the fixed part before the sections: checked by its brackets and functions
        if (line == QLatin1String("}")) {
            location.clear();
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1String("# ")))
            continue;
        const std::optional<PsCall> call = parsePsCall(line, why);
        if (!call)
            return {};
        if (!functions.contains(call->command)) {
            *why = QStringLiteral("calls %1, which the script does not define: %2").arg(call->command, line);
            return {};
        }
        QStringList given = call->args.keys();
        QStringList declared = functions.value(call->command);
        given.sort();
        declared.sort();
        if (given != declared) {
            *why =
                QStringLiteral("%1 takes %2, the call gives %3: %4")
                    .arg(call->command, declared.join(QLatin1Char(' ')), given.join(QLatin1Char(' ')), line);
            return {};
        }
        out << PsSectionCall{location, *call};
    }
    if (!location.isEmpty()) {
        *why = QStringLiteral("the %1 section does not end").arg(location);
        return {};
    }
    return out;
}

} // namespace lyncdns::test
