// The "Sign-in and routes" page of the plan editor (issue 12) driven through its widgets: the
// sign-in, backup and web pools, the SRV target style, each Edge pool's routes, GeoDNS; a plan
// changed elsewhere refreshes the lists without moving the focus or writing back; the page fits
// 700 pixels in English and German. Expected values are written from tests/data/ui/two-sites.lyncplan
// and plan-format.md (v2), not read back from the page.

#include "model/plan/plandocument.h"
#include "model/validator/finding.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/wizard/pages/routespage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace lyncdns;

namespace {

// two-sites.lyncplan: Redmond has Directors dir01, dir02 and Front End pools pool01, pool02; Dublin
// has pool03. Every pool list of the page lists them site by site, each site's Directors first.
const QStringList kPools{QStringLiteral("dir01.contoso.net"), QStringLiteral("dir02.contoso.net"),
                         QStringLiteral("pool01.contoso.net"), QStringLiteral("pool02.contoso.net"),
                         QStringLiteral("pool03.contoso.net")};

QStringList comboItems(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

bool hasFinding(const Findings &findings, Severity severity, const char *rule, const QString &path)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
        return f.severity == severity && f.rule == QLatin1String(rule) && f.path == path;
    });
}

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    const QList<QPushButton *> buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->text() == text)
            return b;
    return nullptr;
}

// Ticks (or unticks) the row of a list the way a keyboard user does: current row, then Space.
void toggleRow(QListWidget *list, int row)
{
    list->setFocus();
    list->setCurrentRow(row);
    QTest::keyClick(list, Qt::Key_Space);
}

} // namespace

class TestRoutesPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void load_showsPoolsAndResolvedDefaults();
    void signInPool_chosenFromTheList();
    void unknownSignInPool_framedByTheValidator();
    void backupPools_tickedAndOrdered();
    void srvTargetAndWebPool();
    void edgeRoutes_writeTheirPool();
    void xmpp_hiddenWithoutItInSfb2019();
    void geoDns_checkableGroup();
    void planChangedElsewhere_keepsTypingAndFocus();
    void fitsWidth700_data();
    void fitsWidth700();

private:
    void open(const QString &file);
    template<typename T> T *field(const QString &name)
    {
        T *widget = m_page ? m_page->findChild<T *>(name) : nullptr;
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    const Plan &plan() const { return m_document->plan(); }

    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<QWidget> m_window;
    RoutesPage *m_page = nullptr;
};

void TestRoutesPage::init()
{
    installTranslators(QStringLiteral("en"));
}

void TestRoutesPage::cleanup()
{
    m_window.reset();
    m_page = nullptr;
    m_document.reset();
    installTranslators(QStringLiteral("en"));
}

void TestRoutesPage::open(const QString &file)
{
    m_window.reset();
    m_document = std::make_unique<PlanDocument>();
    PlanError error;
    QVERIFY2(m_document->load(file, &error), qPrintable(error.toString()));
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_page = new RoutesPage(m_document.get(), m_window.get());
    layout->addWidget(m_page);
    m_window->resize(700, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRoutesPage::load_showsPoolsAndResolvedDefaults()
{
    open(test::dataFile(QStringLiteral("ui/two-sites.lyncplan")));
    auto *signIn = field<QComboBox>(QStringLiteral("signIn.pool"));
    auto *web = field<QComboBox>(QStringLiteral("signIn.webPool"));
    QVERIFY(signIn && web);
    // No signIn in the file: the first Director pool in site order signs in, and the web pool
    // defaults to the sign-in pool (plan-format.md).
    QCOMPARE(comboItems(signIn), QStringList{QStringLiteral("Default (dir01.contoso.net)")} + kPools);
    QCOMPARE(signIn->currentIndex(), 0);
    QCOMPARE(comboItems(web), QStringList{QStringLiteral("Default (dir01.contoso.net)")} + kPools);
    QVERIFY(field<QRadioButton>(QStringLiteral("signIn.srvTarget.pool"))->isChecked());
    QVERIFY(!field<QGroupBox>(QStringLiteral("geoDns"))->isChecked());

    // Two Edge pools in Redmond: edge01 priority 5, a federation route; edge02 priority 10.
    auto *priority0 = field<QSpinBox>(QStringLiteral("sites[0].edgePools[0].remoteAccessPriority"));
    auto *priority1 = field<QSpinBox>(QStringLiteral("sites[0].edgePools[1].remoteAccessPriority"));
    QVERIFY(priority0 && priority1);
    QCOMPARE(priority0->value(), 5);
    QCOMPARE(priority1->value(), 10);
    QVERIFY(field<QCheckBox>(QStringLiteral("sites[0].edgePools[0].federation"))->isChecked());
    QVERIFY(!field<QCheckBox>(QStringLiteral("sites[0].edgePools[1].federation"))->isChecked());
    QVERIFY(!field<QCheckBox>(QStringLiteral("sites[0].edgePools[1].xmpp"))->isHidden()); // sfb2015
    // Filling the page wrote nothing back.
    QVERIFY(!m_document->isModified());
    QCOMPARE(plan(), test::loadPlan(test::dataFile(QStringLiteral("ui/two-sites.lyncplan"))));
}

void TestRoutesPage::signInPool_chosenFromTheList()
{
    open(test::dataFile(QStringLiteral("ui/two-sites.lyncplan")));
    auto *signIn = field<QComboBox>(QStringLiteral("signIn.pool"));
    auto *web = field<QComboBox>(QStringLiteral("signIn.webPool"));
    QVERIFY(signIn && web);
    signIn->setCurrentIndex(5); // pool03.contoso.net
    QCOMPARE(plan().signIn.pool, QStringLiteral("pool03.contoso.net"));
    // The web pool's default follows the chosen sign-in pool; its choice stays the default.
    QCOMPARE(web->itemText(0), QStringLiteral("Default (pool03.contoso.net)"));
    QCOMPARE(plan().signIn.webPool, QString());
    signIn->setCurrentIndex(0);
    QCOMPARE(plan().signIn.pool, QString());
    QCOMPARE(web->itemText(0), QStringLiteral("Default (dir01.contoso.net)"));
}

void TestRoutesPage::unknownSignInPool_framedByTheValidator()
{
    open(test::dataFile(QStringLiteral("ui/two-sites.lyncplan")));
    auto *signIn = field<QComboBox>(QStringLiteral("signIn.pool"));
    QVERIFY(signIn);
    QVERIFY(!signIn->property("invalid").toBool());
    signIn->lineEdit()->selectAll();
    QTest::keyClicks(signIn->lineEdit(), QStringLiteral("nosuch.contoso.net"));
    QCOMPARE(plan().signIn.pool, QStringLiteral("nosuch.contoso.net"));
    QVERIFY(hasFinding(m_document->findings(), Severity::Error, "P-REF", QStringLiteral("signIn.pool")));
    QVERIFY2(signIn->property("invalid").toBool(), "the unknown sign-in pool is not framed");
    QVERIFY(signIn->toolTip().contains(QLatin1String("P-REF")));
    signIn->setCurrentIndex(1);
    QCOMPARE(plan().signIn.pool, QStringLiteral("dir01.contoso.net"));
    QVERIFY2(!signIn->property("invalid").toBool(), "the fixed sign-in pool is still framed");
}

void TestRoutesPage::backupPools_tickedAndOrdered()
{
    open(test::dataFile(QStringLiteral("ui/two-sites.lyncplan")));
    auto *list = field<QListWidget>(QStringLiteral("signIn.backupPools"));
    QVERIFY(list);
    QCOMPARE(list->count(), 5);
    toggleRow(list, 1); // dir02
    toggleRow(list, 4); // pool03
    QCOMPARE(plan().signIn.backupPools,
             (QStringList{QStringLiteral("dir02.contoso.net"), QStringLiteral("pool03.contoso.net")}));
    // _sipinternaltls priorities 10, 20, … in the order shown.
    QCOMPARE(list->item(1)->text(), QStringLiteral("dir02.contoso.net (priority 10)"));
    QCOMPARE(list->item(4)->text(), QStringLiteral("pool03.contoso.net (priority 20)"));
    QPushButton *up = buttonNamed(m_page, QStringLiteral("Move &up"));
    QVERIFY(up);
    list->setCurrentRow(4);
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(plan().signIn.backupPools,
             (QStringList{QStringLiteral("pool03.contoso.net"), QStringLiteral("dir02.contoso.net")}));
    QCOMPARE(list->item(1)->text(), QStringLiteral("pool03.contoso.net (priority 10)"));
    QCOMPARE(list->item(2)->text(), QStringLiteral("dir02.contoso.net (priority 20)"));
    toggleRow(list, 2);
    QCOMPARE(plan().signIn.backupPools, QStringList{QStringLiteral("pool03.contoso.net")});
}

void TestRoutesPage::srvTargetAndWebPool()
{
    open(test::dataFile(QStringLiteral("ui/two-sites.lyncplan")));
    auto *sip = field<QRadioButton>(QStringLiteral("signIn.srvTarget.sip"));
    QVERIFY(sip);
    QTest::mouseClick(sip, Qt::LeftButton, {}, QPoint(5, sip->height() / 2));
    QCOMPARE(plan().signIn.srvTarget, SrvTargetStyle::Sip);
    QTest::mouseClick(field<QRadioButton>(QStringLiteral("signIn.srvTarget.pool")), Qt::LeftButton, {},
                      QPoint(5, sip->height() / 2));
    QCOMPARE(plan().signIn.srvTarget, SrvTargetStyle::Pool);
    auto *web = field<QComboBox>(QStringLiteral("signIn.webPool"));
    web->setCurrentIndex(3); // pool01.contoso.net
    QCOMPARE(plan().signIn.webPool, QStringLiteral("pool01.contoso.net"));
    QCOMPARE(plan().signIn.pool, QString());
}

void TestRoutesPage::edgeRoutes_writeTheirPool()
{
    open(test::dataFile(QStringLiteral("ui/two-sites.lyncplan")));
    auto *priority1 = field<QSpinBox>(QStringLiteral("sites[0].edgePools[1].remoteAccessPriority"));
    QVERIFY(priority1);
    const auto nameLabel = [this](const QSpinBox *spin) {
        // The Edge pool's name is the line right above its fields.
        const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
        const QLabel *nearest = nullptr;
        for (QLabel *l : labels)
            if (l->isVisible() && l->parentWidget() == spin->parentWidget() &&
                l->text().contains(QLatin1String(".contoso.net")) &&
                l->geometry().bottom() < spin->geometry().top() &&
                (!nearest || l->geometry().bottom() > nearest->geometry().bottom()))
                nearest = l;
        return nearest ? nearest->text() : QString();
    };
    auto *priority0 = field<QSpinBox>(QStringLiteral("sites[0].edgePools[0].remoteAccessPriority"));
    QVERIFY(nameLabel(priority0).contains(QLatin1String("primary")));
    QVERIFY(!nameLabel(priority1).contains(QLatin1String("primary")));

    priority1->setFocus();
    priority1->selectAll();
    QTest::keyClicks(priority1, QStringLiteral("1"));
    QCOMPARE(plan().sites[0].edgePools[1].remoteAccessPriority, 1);
    QCOMPARE(plan().sites[0].edgePools[0].remoteAccessPriority, 5);
    // The lowest priority is the primary pool (plan-format.md rule 4): now edge02.
    QVERIFY(nameLabel(priority1).contains(QLatin1String("primary")));
    QVERIFY(!nameLabel(priority0).contains(QLatin1String("primary")));

    auto *federation1 = field<QCheckBox>(QStringLiteral("sites[0].edgePools[1].federation"));
    federation1->click();
    QVERIFY(plan().sites[0].edgePools[1].federation);
    QVERIFY(plan().sites[0].edgePools[0].federation);
    // Two federation routes: a warning, shown on the second route's box.
    QVERIFY(hasFinding(m_document->findings(), Severity::Warning, "P-EDGE-FEDERATION",
                       QStringLiteral("sites[0].edgePools[1].federation")));
    QVERIFY(federation1->toolTip().contains(QLatin1String("P-EDGE-FEDERATION")));

    auto *xmpp1 = field<QCheckBox>(QStringLiteral("sites[0].edgePools[1].xmpp"));
    auto *xmppPriority1 = field<QSpinBox>(QStringLiteral("sites[0].edgePools[1].xmppPriority"));
    QVERIFY(!xmppPriority1->isEnabled());
    xmpp1->click();
    QVERIFY(plan().sites[0].edgePools[1].xmpp);
    QVERIFY(xmppPriority1->isEnabled());
    xmppPriority1->setFocus();
    xmppPriority1->selectAll();
    QTest::keyClicks(xmppPriority1, QStringLiteral("20"));
    QCOMPARE(plan().sites[0].edgePools[1].xmppPriority, 20);
    QCOMPARE(plan().sites[0].edgePools[0].xmppPriority, 0);
}

void TestRoutesPage::xmpp_hiddenWithoutItInSfb2019()
{
    open(test::dataFile(QStringLiteral("ui/two-sites.lyncplan")));
    m_document->update([](Plan &p) { p.product = Product::Sfb2019; });
    auto *xmpp0 = field<QCheckBox>(QStringLiteral("sites[0].edgePools[0].xmpp"));
    QVERIFY(xmpp0);
    QVERIFY2(xmpp0->isHidden(), "XMPP offered for Skype for Business Server 2019");
    QVERIFY(field<QSpinBox>(QStringLiteral("sites[0].edgePools[1].xmppPriority"))->isHidden());
    // A mark left from an older product shows, to be taken back, and nothing more.
    m_document->update([](Plan &p) { p.sites[0].edgePools[1].xmpp = true; });
    auto *xmpp1 = field<QCheckBox>(QStringLiteral("sites[0].edgePools[1].xmpp"));
    QVERIFY(!xmpp1->isHidden());
    QVERIFY(xmpp1->isEnabled());
    QVERIFY(!xmpp0->isEnabled());
    xmpp1->click();
    QVERIFY(!plan().sites[0].edgePools[1].xmpp);
    QVERIFY(xmpp1->isHidden());
}

void TestRoutesPage::geoDns_checkableGroup()
{
    open(test::dataFile(QStringLiteral("ui/two-sites.lyncplan")));
    auto *group = field<QGroupBox>(QStringLiteral("geoDns"));
    auto *zone = field<QLineEdit>(QStringLiteral("geoDns.zone"));
    auto *pools = field<QListWidget>(QStringLiteral("geoDns.pools"));
    auto *mode = field<QComboBox>(QStringLiteral("geoDns.mode"));
    QVERIFY(group && zone && pools && mode);
    QVERIFY(!zone->isEnabled());
    group->setChecked(true);
    QVERIFY(plan().geoDns.has_value());
    QCOMPARE(plan().geoDns->mode, GeoDnsMode::RoundRobin);
    // GeoDNS without pools: the validator's error frames the pool list.
    QVERIFY(hasFinding(m_document->findings(), Severity::Error, "P-MISSING", QStringLiteral("geoDns.pools")));
    QVERIFY(pools->property("invalid").toBool());

    QTest::keyClicks(zone, QStringLiteral("geolb.contoso.com"));
    toggleRow(pools, 2); // pool01
    toggleRow(pools, 4); // pool03
    QPushButton *up = buttonNamed(m_page, QStringLiteral("Mo&ve up"));
    QVERIFY(up);
    pools->setCurrentRow(4);
    QTest::mouseClick(up, Qt::LeftButton);
    QTest::mouseClick(up, Qt::LeftButton);
    mode->setCurrentIndex(1);
    QVERIFY(plan().geoDns.has_value());
    QCOMPARE(plan().geoDns->zone, QStringLiteral("geolb.contoso.com"));
    QCOMPARE(plan().geoDns->pools,
             (QStringList{QStringLiteral("pool03.contoso.net"), QStringLiteral("pool01.contoso.net")}));
    QCOMPARE(plan().geoDns->mode, GeoDnsMode::Failover);
    QVERIFY(!pools->property("invalid").toBool());

    group->setChecked(false);
    QVERIFY(!plan().geoDns.has_value());
    // Ticked again, the group brings back what it showed.
    group->setChecked(true);
    QVERIFY(plan().geoDns.has_value());
    QCOMPARE(plan().geoDns->zone, QStringLiteral("geolb.contoso.com"));
    QCOMPARE(plan().geoDns->pools,
             (QStringList{QStringLiteral("pool03.contoso.net"), QStringLiteral("pool01.contoso.net")}));
}

void TestRoutesPage::planChangedElsewhere_keepsTypingAndFocus()
{
    open(test::dataFile(QStringLiteral("ui/two-sites.lyncplan")));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *signIn = field<QComboBox>(QStringLiteral("signIn.pool"));
    QVERIFY(signIn);
    signIn->setFocus();
    QCOMPARE(QApplication::focusWidget(), signIn);
    signIn->lineEdit()->selectAll();
    QTest::keyClicks(signIn->lineEdit(), QStringLiteral("new"));
    QCOMPARE(plan().signIn.pool, QStringLiteral("new"));
    QCOMPARE(signIn->lineEdit()->cursorPosition(), 3);

    // Another page renames Dublin's pool and adds an Edge pool there.
    Plan expected = plan();
    const auto edit = [](Plan &p) {
        p.sites[1].frontEndPools[0].fqdn = QStringLiteral("pool09.contoso.net");
        Edge edge;
        edge.internalFqdn = QStringLiteral("edge09.contoso.net");
        edge.remoteAccessPriority = 20;
        p.sites[1].edgePools << edge;
    };
    edit(expected);
    QSignalSpy changes(m_document.get(), &PlanDocument::changed);
    m_document->update(edit);
    // The page refilled its lists without an edit of its own (which would be a second change).
    QCOMPARE(changes.count(), 1);
    QCOMPARE(comboItems(signIn),
             (QStringList{QStringLiteral("Default (dir01.contoso.net)"), QStringLiteral("dir01.contoso.net"),
                          QStringLiteral("dir02.contoso.net"), QStringLiteral("pool01.contoso.net"),
                          QStringLiteral("pool02.contoso.net"), QStringLiteral("pool09.contoso.net")}));
    QCOMPARE(signIn->currentText(), QStringLiteral("new"));
    QCOMPARE(signIn->lineEdit()->cursorPosition(), 3);
    // An editable combo box keeps the focus itself and forwards the keys to its line edit.
    QCOMPARE(QApplication::focusWidget(), signIn);
    // Refilling wrote nothing back: the plan is exactly what the other page made.
    QCOMPARE(plan(), expected);

    auto *priority = field<QSpinBox>(QStringLiteral("sites[1].edgePools[0].remoteAccessPriority"));
    QVERIFY2(priority, "no row for the new Edge pool");
    QVERIFY(priority->isVisible());
    QCOMPARE(priority->value(), 20);
    priority->setFocus();
    priority->selectAll();
    QTest::keyClicks(priority, QStringLiteral("3"));
    QCOMPARE(plan().sites[1].edgePools[0].remoteAccessPriority, 3);
    QCOMPARE(plan().sites[0].edgePools[0].remoteAccessPriority, 5);

    // The Edge pool removed again: its row goes, the others still write their own pool.
    m_document->update([](Plan &p) { p.sites[1].edgePools.clear(); });
    QVERIFY(priority->isHidden());
    auto *federation1 = field<QCheckBox>(QStringLiteral("sites[0].edgePools[1].federation"));
    federation1->click();
    QVERIFY(plan().sites[0].edgePools[1].federation);
}

void TestRoutesPage::fitsWidth700_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de"}) {
        QTest::addRow("two-sites %s", language)
            << test::dataFile(QStringLiteral("ui/two-sites.lyncplan")) << QString::fromLatin1(language);
        QTest::addRow("three-site-estate %s", language)
            << test::exampleFile(QStringLiteral("three-site-estate.lyncplan"))
            << QString::fromLatin1(language);
    }
}

void TestRoutesPage::fitsWidth700()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QCOMPARE(installTranslators(language), language);
    open(file);
    // With GeoDNS on, every part of the page is shown.
    field<QGroupBox>(QStringLiteral("geoDns"))->setChecked(true);
    QApplication::processEvents();
    // The editor gives a page the width beside the step list and never scrolls it sideways (the
    // editor-wide measure at 1280x800 is tst_translations' noWizardPageIsCutOff).
    QVERIFY2(m_page->minimumSizeHint().width() <= 700,
             qPrintable(QStringLiteral("page needs %1 px").arg(m_page->minimumSizeHint().width())));
}

QTEST_MAIN(TestRoutesPage)
#include "tst_routespage.moc"
