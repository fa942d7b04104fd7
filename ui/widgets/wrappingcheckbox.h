#pragma once

// A QCheckBox whose label wraps to the width it gets. The wizard's options explain themselves in a
// sentence ("SRV records: _sipinternaltls._tcp (internal) and, with an Edge, …"); a plain
// QCheckBox keeps that on one line and the narrow wizard pane cuts it off — in German at once.
// Still a QCheckBox: toggled(), the mnemonic, accessibility and the tests' findChild all stay.

#include <QCheckBox>

namespace lyncdns {

class WrappingCheckBox : public QCheckBox
{
    Q_OBJECT

public:
    explicit WrappingCheckBox(const QString &text, QWidget *parent = nullptr);
    // Without a text, as Qt Designer forms (uic) make custom widgets; the form sets the text.
    explicit WrappingCheckBox(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override;

private:
    // Left of the text: the indicator and the style's spacing after it.
    int indicatorSpace() const;
    QRect textRect(int width) const;
};

} // namespace lyncdns
