#pragma once

// First page: start a new plan, open one, reopen a recent one, or open an example.

#include <QWidget>

class QListWidget;

namespace lyncdns {

class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    QString title() const;
    QString subTitle() const;
    // Fills the recent and example lists: each time the page is shown.
    void initializePage();
    // Where the example plans are: <bindir>/../share/lyncdns/examples when installed, else the
    // copies embedded under :/examples.
    static QString examplesDirectory();

signals:
    void newRequested();
    void openRequested();
    void openFileRequested(const QString &fileName);

private:
    void refreshLists();

    QListWidget *m_recent = nullptr;
    QListWidget *m_examples = nullptr;
};

} // namespace lyncdns
