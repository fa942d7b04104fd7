#include "ui/wizard/pages/welcomepage.h"

#include "model/plan/planreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace lyncdns {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("New &plan"), this);
    auto *openButton = new QPushButton(tr("&Open plan…"), this);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);

    auto *recentLabel = new QLabel(tr("&Recent plans:"), this);
    m_recent = new QListWidget(this);
    m_recent->setAccessibleName(tr("Recent plans"));
    recentLabel->setBuddy(m_recent);
    auto *examplesLabel = new QLabel(tr("E&xamples:"), this);
    m_examples = new QListWidget(this);
    m_examples->setAccessibleName(tr("Example plans"));
    examplesLabel->setBuddy(m_examples);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);
    layout->addWidget(examplesLabel);
    layout->addWidget(m_examples, 1);
    for (QListWidget *list : {m_recent, m_examples})
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit openFileRequested(item->data(Qt::UserRole).toString());
        });
}

QString WelcomePage::title() const
{
    return tr("Welcome to Lync DNS Planner");
}

QString WelcomePage::subTitle() const
{
    return tr("Plan the DNS records of Lync Server 2013 and Skype for Business Server 2015/2019: "
              "every record with the reason it exists, ready to hand over and to check on site.");
}

QString WelcomePage::examplesDirectory()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../share/lyncdns/examples"));
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    // Not installed (a build tree, a moved binary): the copies built into the program.
    return QStringLiteral(":/examples");
}

void WelcomePage::initializePage()
{
    refreshLists();
}

void WelcomePage::refreshLists()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &file : recent) {
        if (!QFileInfo::exists(file))
            continue;
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(file).fileName(), file), m_recent);
        item->setData(Qt::UserRole, file);
    }
    if (m_recent->count() == 0) {
        auto *item = new QListWidgetItem(tr("No recent plans yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
    m_examples->clear();
    const QDir dir(examplesDirectory());
    for (const QString &name : dir.entryList({QStringLiteral("*.lyncplan")}, QDir::Files, QDir::Name)) {
        const QString path = dir.absoluteFilePath(name);
        const std::optional<Plan> plan = readPlanFile(path, nullptr);
        auto *item = new QListWidgetItem(plan && !plan->title.isEmpty() ? plan->title : name, m_examples);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
}

} // namespace lyncdns
