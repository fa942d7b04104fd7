#pragma once

// An ordered choice among names: a list where each name is ticked or not, the ticked ones in the
// order shown, with buttons to move the current name up and down. The routes page uses it for the
// backup sign-in pools (priority 10, 20, … by position) and the GeoDNS pools. A chosen name the
// available list lacks (a pool renamed by hand in the file) stays listed and ticked: the list never
// drops what the plan holds. The keyboard toggles with Space and moves with the buttons' mnemonics.

#include <QStringList>
#include <QWidget>

#include <functional>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace lyncdns {

class OrderedChoiceList : public QWidget
{
    Q_OBJECT
public:
    // upText and downText carry the buttons' mnemonics, which must differ between two lists of a page.
    OrderedChoiceList(const QString &upText, const QString &downText, QWidget *parent = nullptr);

    // The text of a name's row; position is its place among the ticked names (0, 1, …) or -1.
    void setLabeler(const std::function<QString(const QString &name, int position)> &labeler);
    // Shows the available names and ticks the chosen ones (ticked first, in their order). Keeps the
    // rows, the current row and the focus when the list already shows the same choice: a plan changed
    // elsewhere does not reorder what the user is looking at. Emits nothing.
    void setChoices(const QStringList &available, const QStringList &chosen);
    // The ticked names, in the order shown.
    QStringList chosen() const;
    QListWidget *list() const { return m_list; }

signals:
    // The user ticked, unticked or moved a ticked name.
    void chosenChanged(const QStringList &chosen);

private:
    QString nameOf(const QListWidgetItem *item) const;
    void relabel();
    void move(int by);
    void updateButtons();

    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    std::function<QString(const QString &, int)> m_labeler;
};

} // namespace lyncdns
