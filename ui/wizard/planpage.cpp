#include "ui/wizard/planpage.h"

#include "model/plan/plandocument.h"
#include "model/plan/servernames.h"
#include "ui/widgets/readablecolours.h"
#include "ui/widgets/servergrid.h"
#include "ui/wizard/scopedview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace lyncdns {

namespace {

// What a widget said before a finding was put on it, restored when the finding is gone.
const char *const kOwnToolTip = "lyncdnsOwnToolTip";
const char *const kOwnDescription = "lyncdnsOwnDescription";
// The same for a table cell, in a role of the item.
constexpr int kOwnCellToolTipRole = Qt::UserRole + 0x4c44;

const QColor kErrorColour(0xb0, 0x00, 0x20);
// A translucent red reads on light and dark palettes alike.
const QColor kErrorCellColour(176, 0, 32, 70);

bool isUnder(const QString &path, const QString &prefix)
{
    return !prefix.isEmpty() && (path == prefix || path.startsWith(prefix + QLatin1Char('.')) ||
                                 path.startsWith(prefix + QLatin1Char('[')));
}

// The table of a registered widget: the widget itself, or a server list editor's grid.
QTableWidget *tableOf(QWidget *field)
{
    if (auto *table = qobject_cast<QTableWidget *>(field))
        return table;
    return field ? field->findChild<QTableWidget *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

// The server grid a registered widget belongs to: the grid itself, or the grid its table is a direct
// child of (servergrid.h); nullptr for any other widget.
ServerGrid *gridOf(QWidget *field, QTableWidget *table)
{
    if (auto *grid = qobject_cast<ServerGrid *>(field))
        return grid;
    return table ? qobject_cast<ServerGrid *>(table->parentWidget()) : nullptr;
}

QString findingKind(Severity severity)
{
    return severity == Severity::Warning
               //: Severity of a validator finding, shown before its message.
               ? PlanPage::tr("Warning")
               //: Severity of a validator finding (a note), shown before its message.
               : PlanPage::tr("Note");
}

} // namespace

PlanPage::PlanPage(PlanDocument *document, const QString &title, const QString &why, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(title)
{
    auto *layout = new QVBoxLayout(this);
    m_why = new QLabel(why, this);
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::RichText);
    m_why->setObjectName(QStringLiteral("whyText"));
    // Quieter than the fields, still at least 4.5:1 on the page (WCAG AA).
    QPalette whyPalette = m_why->palette();
    whyPalette.setColor(QPalette::WindowText, secondaryTextColour(whyPalette));
    m_why->setPalette(whyPalette);
    layout->addWidget(m_why);
    m_content = new QVBoxLayout;
    layout->addLayout(m_content, 1);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setObjectName(QStringLiteral("fieldProblems"));
    m_problems->setStyleSheet(QStringLiteral("QLabel#fieldProblems { color: #b00020; }"));
    m_problems->setAccessibleName(tr("Problems on this page"));
    m_problems->hide();
    layout->addWidget(m_problems);
    m_pending = new QLabel(this);
    m_pending->setWordWrap(true);
    m_pending->setTextFormat(Qt::PlainText);
    m_pending->setObjectName(QStringLiteral("pendingProblems"));
    m_pending->setAccessibleName(tr("Still needed before Next"));
    m_pending->hide();
    layout->addWidget(m_pending);
    m_findings = new QLabel(this);
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_findings->setObjectName(QStringLiteral("pageFindings"));
    m_findings->setAccessibleName(tr("Validator warnings and notes for this page"));
    m_findings->hide();
    layout->addWidget(m_findings);

    connect(m_document, &PlanDocument::changed, this, &PlanPage::refreshFindings);
    connect(m_document, &PlanDocument::reloaded, this, [this] {
        // A brand-new plan starts quiet; any other plan shows all of its problems at once.
        m_touched.clear();
        m_revealAll = !(m_document->plan() == PlanDocument::newPlan());
        clearMarks();
        followScope();
        m_loading = true;
        loadFromPlan();
        m_loading = false;
        // changed() follows and marks the fields of the new plan.
    });
    // Leaving a field (not the window) is when its empty required value becomes a problem.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        if (!old || !now || !isAncestorOf(old))
            return;
        bool touched = false;
        for (QWidget *field : std::as_const(m_fieldByPath)) {
            QWidget *area = tableOf(field) ? tableOf(field) : field;
            if ((area == old || area->isAncestorOf(old)) && !(area == now || area->isAncestorOf(now)) &&
                !m_touched.contains(field)) {
                m_touched.insert(field);
                touched = true;
            }
        }
        if (touched)
            refreshFindings();
    });
}

const QStringList &PlanPage::ownedPrefixes() const
{
    // Every finding is asked about on every refresh of every page and of the step list, and some
    // pages list a prefix per element of the estate (the routes page: four per Edge pool): built
    // once per plan revision and scope, not once per finding.
    const quint64 revision = m_document->revision();
    if (!m_prefixesValid || m_prefixesRevision != revision || !(m_prefixesScope == scope())) {
        m_prefixes = pathPrefixes();
        m_prefixesRevision = revision;
        m_prefixesScope = scope();
        m_prefixesValid = true;
    }
    return m_prefixes;
}

bool PlanPage::ownsPath(const QString &path) const
{
    return ownedPrefixLength(path) >= 0;
}

qsizetype PlanPage::ownedPrefixLength(const QString &path) const
{
    qsizetype longest = -1;
    for (const QString &prefix : ownedPrefixes())
        if (isUnder(path, prefix))
            longest = std::max(longest, prefix.size());
    return longest;
}

PlanPage::Target PlanPage::targetOf(const QString &path) const
{
    // The longest registered path that is a prefix of the finding's path.
    Target target;
    QString fieldPath;
    for (auto it = m_fieldByPath.cbegin(); it != m_fieldByPath.cend(); ++it) {
        if (isUnder(path, it.key()) && it.key().size() > fieldPath.size()) {
            fieldPath = it.key();
            target.field = it.value();
        }
    }
    target.table = tableOf(target.field);
    if (!target.table)
        return target;
    // "[1].ipv4" below the list's own path: row 1, the column whose header carries "ipv4".
    static const QRegularExpression cell(QStringLiteral("^\\[(\\d+)\\](?:\\.(\\w+))?"));
    const QRegularExpressionMatch m = cell.match(path.mid(fieldPath.size()));
    if (!m.hasMatch())
        return target;
    const int row = m.captured(1).toInt();
    if (row >= target.table->rowCount())
        return target;
    target.row = row;
    const QString key = m.captured(2);
    for (int c = 0; c < target.table->columnCount() && !key.isEmpty(); ++c) {
        const QTableWidgetItem *header = target.table->horizontalHeaderItem(c);
        if (header && header->data(Qt::UserRole).toString() == key)
            target.column = c;
    }
    return target;
}

QWidget *PlanPage::fieldForPath(const QString &path) const
{
    const Target target = targetOf(path);
    return target.table ? target.table : target.field;
}

void PlanPage::focusPath(const QString &path)
{
    const Target target = targetOf(path);
    if (target.table && target.row >= 0)
        target.table->setCurrentCell(target.row, std::max(target.column, 0));
    if (QWidget *field = target.table ? target.table : target.field)
        field->setFocus(Qt::OtherFocusReason);
}

void PlanPage::registerPathField(const QString &jsonPath, QWidget *field)
{
    m_fieldByPath.insert(jsonPath, field);
    // A server grid's proposed names count past every server of the plan, not only its own rows.
    if (ServerGrid *grid = gridOf(field, tableOf(field)))
        grid->setTakenNames([document = m_document] { return planServerNames(document->plan()); });
}

const EditScope &PlanPage::scope() const
{
    static const EditScope first;
    return m_scope ? *m_scope : first;
}

QString PlanPage::scopedPrefix() const
{
    return m_role ? scoped::elementPath(scope(), *m_role) : QString();
}

QString PlanPage::caption() const
{
    return m_role ? scoped::elementCaption(m_document->plan(), scope(), *m_role) : QString();
}

bool PlanPage::concernsPath(const QString &path) const
{
    if (ownsPath(path))
        return true;
    const std::optional<scoped::PathScope> element = m_role ? scoped::scopeOfPath(path) : std::nullopt;
    return element && element->role == *m_role;
}

void PlanPage::followScope()
{
    const QString now = scopedPrefix();
    if (m_fieldsPrefix.isEmpty()) {
        // The fields were made in the constructor, before the shell handed over its scope: for the
        // first element of the first site.
        const EditScope *shared = std::exchange(m_scope, nullptr);
        m_fieldsPrefix = scopedPrefix();
        m_scope = shared;
    }
    if (now == m_fieldsPrefix)
        return;
    const auto rebased = [this, &now](const QString &path) {
        return isUnder(path, m_fieldsPrefix) ? now + path.mid(m_fieldsPrefix.size()) : path;
    };
    QHash<QString, QWidget *> moved;
    for (auto it = m_fieldByPath.cbegin(); it != m_fieldByPath.cend(); ++it)
        moved.insert(rebased(it.key()), it.value());
    m_fieldByPath = moved;
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (QWidget *w : widgets)
        if (isUnder(w->objectName(), m_fieldsPrefix))
            w->setObjectName(rebased(w->objectName()));
    // Another element: its empty fields are not the user's doing until they are left again.
    m_touched.clear();
    clearMarks();
    m_fieldsPrefix = now;
}

void PlanPage::reloadFromPlan()
{
    followScope();
    m_loading = true;
    loadFromPlan();
    m_loading = false;
    refreshFindings();
}

void PlanPage::initializePage()
{
    followScope();
    m_loading = true;
    loadFromPlan();
    m_loading = false;
    refreshFindings();
    m_lastComplete = isComplete();
    emit completeChanged();
}

bool PlanPage::isComplete() const
{
    const Findings &findings = m_document->findings();
    return std::none_of(findings.cbegin(), findings.cend(), [this](const Finding &f) {
        return f.severity == Severity::Error && ownsPath(f.path);
    });
}

void PlanPage::revealProblems()
{
    m_revealAll = true;
    refreshFindings();
}

void PlanPage::change(const std::function<void(Plan &)> &edit)
{
    if (!m_loading)
        m_document->update(edit);
}

QString PlanPage::fieldName(const Target &target, const QList<QLabel *> &labels) const
{
    if (!target.field)
        return {};
    // The words the user sees beside the field: its label ("Server FQDN:"), first line only.
    QString name;
    for (const QLabel *label : labels) {
        if (label->buddy() && (label->buddy() == target.field || label->buddy() == target.table)) {
            name = label->text().section(QLatin1Char('\n'), 0, 0).remove(QLatin1Char('&')).trimmed();
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
        }
    }
    if (name.isEmpty())
        name = target.field->accessibleName();
    if (name.isEmpty() && target.table)
        name = target.table->accessibleName();
    if (name.isEmpty())
        if (const auto *button = qobject_cast<const QAbstractButton *>(target.field))
            name = button->text().remove(QLatin1Char('&'));
    if (name.isEmpty())
        name = target.field->objectName();
    if (target.row < 0 || !target.table)
        return name;
    const QTableWidgetItem *header =
        target.column >= 0 ? target.table->horizontalHeaderItem(target.column) : nullptr;
    return header
               //: A cell of a server list: %1 is the list (e.g. "Edge servers"), %2 the row number, %3 the
               //: column (e.g. "Access IPv4").
               ? tr("%1, row %2, %3").arg(name).arg(target.row + 1).arg(header->text())
               //: A row of a server list: %1 is the list (e.g. "Edge servers"), %2 the row number.
               : tr("%1, row %2").arg(name).arg(target.row + 1);
}

bool PlanPage::isEmpty(const Target &target) const
{
    if (target.table) {
        const auto cellEmpty = [&target](int row, int column) {
            const QTableWidgetItem *item = target.table->item(row, column);
            return !item || item->text().trimmed().isEmpty();
        };
        if (target.row >= 0 && target.column >= 0)
            return cellEmpty(target.row, target.column);
        for (int r = 0; r < target.table->rowCount(); ++r)
            for (int c = 0; c < target.table->columnCount(); ++c)
                if ((target.row < 0 || target.row == r) && !target.table->isRowHidden(r) && !cellEmpty(r, c))
                    return false;
        return true;
    }
    if (const auto *edit = qobject_cast<const QLineEdit *>(target.field))
        return edit->text().trimmed().isEmpty();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(target.field))
        return edit->toPlainText().trimmed().isEmpty();
    return false; // a choice is never empty
}

void PlanPage::markField(QWidget *field, const QString &errors, const QString &others)
{
    if (!m_markedFields.contains(field)) {
        field->setProperty(kOwnToolTip, field->toolTip());
        field->setProperty(kOwnDescription, field->accessibleDescription());
        m_markedFields << field;
    }
    const bool invalid = !errors.isEmpty();
    // The frame and tooltip say it where the field is; the message below says it for everyone.
    field->setProperty("invalid", invalid);
    // A property selector matches the marked widget only, not the children of a composite editor.
    // A table is named by its type: under "*" its header views draw the frame too and cut off the
    // row numbers (QHeaderView is no QTableView).
    const QString selector =
        qobject_cast<QTableView *>(field) ? QStringLiteral("QTableView") : QStringLiteral("*");
    field->setStyleSheet(
        invalid ? selector +
                      QStringLiteral("[invalid=\"true\"] { border: 2px solid %1; }").arg(kErrorColour.name())
                : QString());
    // A style sheet drops the palette the field inherited: its placeholder would go faint again.
    setReadablePlaceholders(field);
    QStringList text;
    for (const QString &part : {errors, others, field->property(kOwnToolTip).toString()})
        if (!part.isEmpty())
            text << part;
    field->setToolTip(text.join(QLatin1Char('\n')));
    field->setAccessibleDescription(QStringList{errors, others}.join(QLatin1Char('\n')).trimmed());
}

void PlanPage::markCell(QTableWidget *table, int row, int column, const QString &errors,
                        const QString &others)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setItem(row, column, item);
    }
    if (!item->data(kOwnCellToolTipRole).isValid())
        item->setData(kOwnCellToolTipRole, item->toolTip());
    if (!m_markedTables.contains(table))
        m_markedTables << table;
    item->setData(Qt::BackgroundRole, errors.isEmpty() ? QVariant() : QVariant(kErrorCellColour));
    QStringList text;
    for (const QString &part : {errors, others, item->data(kOwnCellToolTipRole).toString()})
        if (!part.isEmpty())
            text << part;
    item->setToolTip(text.join(QLatin1Char('\n')));
    item->setData(Qt::AccessibleDescriptionRole,
                  QStringList{errors, others}.join(QLatin1Char('\n')).trimmed());
}

void PlanPage::clearMarks()
{
    for (const QPointer<QWidget> &field : std::as_const(m_markedFields)) {
        if (!field)
            continue;
        field->setProperty("invalid", false);
        field->setStyleSheet(QString());
        field->setToolTip(field->property(kOwnToolTip).toString());
        field->setAccessibleDescription(field->property(kOwnDescription).toString());
        field->setProperty(kOwnToolTip, QVariant());
        field->setProperty(kOwnDescription, QVariant());
    }
    m_markedFields.clear();
    for (const QPointer<QTableWidget> &table : std::as_const(m_markedTables)) {
        if (!table)
            continue;
        // Marks are no edits: the table's itemChanged() must not write the plan back.
        const QSignalBlocker blocker(table.data());
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                QTableWidgetItem *item = table->item(r, c);
                if (!item || !item->data(kOwnCellToolTipRole).isValid())
                    continue;
                item->setData(Qt::BackgroundRole, QVariant());
                item->setToolTip(item->data(kOwnCellToolTipRole).toString());
                item->setData(Qt::AccessibleDescriptionRole, QVariant());
                item->setData(kOwnCellToolTipRole, QVariant());
            }
        }
    }
    m_markedTables.clear();
    for (const QPointer<ServerGrid> &grid : std::as_const(m_markedGrids))
        if (grid)
            for (int r = 0; r < grid->rowCount(); ++r)
                grid->setRowProblems(r, {});
    m_markedGrids.clear();
}

void PlanPage::refreshFindings()
{
    clearMarks();
    // One line per message: the same finding at several fields (a Standard Edition server named
    // like its pool, two servers without an address) names every field once and is said once.
    struct Line
    {
        Severity severity;
        QString rule;
        QString message;
        bool pending;
        QStringList fields;
    };
    QList<Line> lines;
    QHash<QString, qsizetype> lineByKey;
    const QList<QLabel *> labels = findChildren<QLabel *>();
    struct Marks
    {
        QStringList errors;
        QStringList others;
    };
    QHash<QWidget *, Marks> fieldMarks;
    QHash<QTableWidget *, QHash<std::pair<int, int>, Marks>> cellMarks;
    // Findings about a whole row of a server grid (a path ending in "servers[1]"), by grid and row.
    QHash<ServerGrid *, QHash<int, QStringList>> rowMarks;

    for (const Finding &f : m_document->findings()) {
        if (!ownsPath(f.path))
            continue;
        const Target target = targetOf(f.path);
        const bool error = f.severity == Severity::Error;
        // An empty required field of a new plan blocks Next but is not framed until the user has
        // been in it or has left the page once.
        const bool pending = error && !m_revealAll && !m_touched.contains(target.field) && isEmpty(target);
        const QString name = fieldName(target, labels);
        const QString key = QString::number(int(f.severity)) + QLatin1Char('\n') + f.rule +
                            QLatin1Char('\n') + f.message + (pending ? QStringLiteral("\n-") : QString());
        if (!lineByKey.contains(key)) {
            lineByKey.insert(key, lines.size());
            lines << Line{f.severity, f.rule, f.message, pending, {}};
        }
        Line *line = &lines[lineByKey.value(key)];
        if (!name.isEmpty() && !line->fields.contains(name))
            line->fields << name;
        if (pending || !target.field)
            continue;
        //: A finding in a field's tooltip: %1 is the message, %2 the rule id.
        const QString tip = tr("%1 (%2)").arg(f.message, f.rule);
        QWidget *frame = target.table ? target.table : target.field;
        Marks &marks = fieldMarks[frame];
        (error ? marks.errors : marks.others) << tip;
        if (target.table && target.row >= 0 && target.column >= 0) {
            Marks &cell = cellMarks[target.table][{target.row, target.column}];
            (error ? cell.errors : cell.others) << tip;
        } else if (target.table && target.row >= 0) {
            // No cell to mark (the row itself, or a field without a column): the row's header says it.
            if (ServerGrid *grid = gridOf(target.field, target.table))
                rowMarks[grid][target.row] << tip;
        }
    }

    const auto joined = [](QStringList list) {
        list.removeDuplicates();
        return list.join(QLatin1Char('\n'));
    };
    for (auto it = fieldMarks.cbegin(); it != fieldMarks.cend(); ++it)
        markField(it.key(), joined(it->errors), joined(it->others));
    for (auto it = cellMarks.cbegin(); it != cellMarks.cend(); ++it) {
        const QSignalBlocker blocker(it.key());
        for (auto cell = it->cbegin(); cell != it->cend(); ++cell)
            markCell(it.key(), cell.key().first, cell.key().second, joined(cell->errors),
                     joined(cell->others));
    }
    for (auto it = rowMarks.cbegin(); it != rowMarks.cend(); ++it) {
        m_markedGrids << it.key();
        for (auto row = it->cbegin(); row != it->cend(); ++row) {
            QStringList problems = row.value();
            problems.removeDuplicates();
            it.key()->setRowProblems(row.key(), problems);
        }
    }

    QStringList shownErrors, pendingErrors, others;
    for (const Line &l : std::as_const(lines)) {
        const QString fields = l.fields.join(QStringLiteral("; "));
        //: A problem below the fields: %1 the field(s) it is about, %2 the validator's message, %3 its rule
        //: id.
        const QString text = fields.isEmpty() ? tr("%1 (%2)").arg(l.message, l.rule)
                                              : tr("%1: %2 (%3)").arg(fields, l.message, l.rule);
        if (l.severity == Severity::Error) {
            (l.pending ? pendingErrors : shownErrors) << text;
            continue;
        }
        others << (l.severity == Severity::Warning
                       ? QStringLiteral("<span style=\"color:#a05a00\"><b>%1</b></span> %2")
                       : QStringLiteral("<b>%1</b> %2"))
                      .arg(findingKind(l.severity), text.toHtmlEscaped());
    }
    m_errorLines = shownErrors + pendingErrors;
    m_problems->setText(shownErrors.join(QLatin1Char('\n')));
    m_problems->setVisible(!shownErrors.isEmpty());
    //: Heading of the empty required fields that keep Next disabled on a new plan.
    m_pending->setText(tr("Still needed:") + QLatin1Char('\n') + pendingErrors.join(QLatin1Char('\n')));
    m_pending->setVisible(!pendingErrors.isEmpty());
    m_findings->setText(others.join(QStringLiteral("<br>")));
    m_findings->setVisible(!others.isEmpty());

    // Only a real change: the shell updates its Next button and step list on every one.
    const bool complete = isComplete();
    if (complete != m_lastComplete) {
        m_lastComplete = complete;
        emit completeChanged();
    }
}

} // namespace lyncdns
