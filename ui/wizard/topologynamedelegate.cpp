#include "ui/wizard/topologynamedelegate.h"

#include "ui/wizard/topologymodel.h"

#include <QLineEdit>

namespace lyncdns {

TopologyNameDelegate::TopologyNameDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void TopologyNameDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(TopologyModel::NameRole).toString());
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TopologyNameDelegate::setModelData(QWidget *editor, QAbstractItemModel * /*model*/,
                                        const QModelIndex &index) const
{
    const auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    const QString name = edit->text().trimmed();
    if (name != index.data(TopologyModel::NameRole).toString())
        emit renameRequested(index.data(TopologyModel::PathRole).toString(), name);
}

} // namespace lyncdns
