#pragma once

// Inline renaming in the topology tree: the editor starts from the name the plan holds (empty for
// "(no name yet)", never that placeholder), and the typed name goes to the page as a request
// instead of into the model: the page renames through estateedit.h, which follows every reference
// to the old name, and the model shows the plan's result (or the old name, if the plan refused).

#include <QStyledItemDelegate>

namespace lyncdns {

class TopologyNameDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyNameDelegate)
public:
    explicit TopologyNameDelegate(QObject *parent = nullptr);

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

signals:
    // The path of the renamed row (TopologyModel::PathRole) and the name typed, trimmed.
    void renameRequested(const QString &path, const QString &name) const;
};

} // namespace lyncdns
