#pragma once

// First page: start a new plan, open one, reopen a recent one, or open an example.

#include <QWizardPage>

class QListWidget;

namespace lyncdns {

class WelcomePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void initializePage() override;
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
