// The Check DNS window (issue 13) on the offscreen platform, its servers played by a scripted
// resolver: results an admin can act on (severity, the required/optional split, the fix, the
// requirement by name, the server asked), and Save Fix Script / Save Change List writing what
// fixplan.h makes to the file the admin chose, enabled only when there is something to fix. The
// "Certificates (TLS)" tab (issue 14) against real in-process QSslServers on 127.0.0.1 presenting
// certificates made at run time with the openssl command line.

#include "model/check/checkplan.h"
#include "model/check/fixplan.h"
#include "model/check/tlsendpoints.h"
#include "model/check/tlsprobe.h"
#include "model/itemmodels/checkresultmodel.h"
#include "model/itemmodels/tlsresultmodel.h"
#include "model/migration/readiness.h"
#include "model/planner/planner.h"
#include "model/rules/requirements.h"
#include "tests/support/fakeresolver.h"
#include "tests/support/testcerts.h"
#include "tests/support/testsupport.h"
#include "ui/check/checkwindow.h"
#include "ui/widgets/readablecolours.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace lyncdns;

namespace {

const QString kInternal = QStringLiteral("10.0.0.53");
const QString kExternal = QStringLiteral("192.0.2.53");

// How the scripted servers answer: every planned record as planned, or nothing at all (NXDOMAIN).
enum class Answers
{
    AsPlanned,
    Nothing
};

void useResolver(const Plan &plan, Answers answers)
{
    const QList<CheckItem> items = checkItems(plan, planRecords(plan));
    CheckWindow::setResolverFactory([items, answers]() -> std::unique_ptr<DnsResolver> {
        auto resolver = std::make_unique<test::FakeResolver>();
        resolver->setDefaultDelay(1);
        if (answers == Answers::AsPlanned)
            for (const CheckItem &i : items)
                if (!i.mustNotResolve)
                    resolver->setAnswer(i.location == Location::Internal ? kInternal : kExternal, i.name,
                                        i.type, i.expected);
        return resolver;
    });
}

// A TLS server in this process on 127.0.0.1, any free port, presenting dir/name.pem: the real
// handshake of QSslServer, no root and no fixed port (TlsProbe::setPortOverride takes it there).
class TlsTestServer final
{
public:
    bool listen(const QString &certBase, QString *error)
    {
        const QList<QSslCertificate> chain =
            QSslCertificate::fromPath(certBase + QStringLiteral(".pem"), QSsl::Pem);
        const QSslKey key(test::readAll(certBase + QStringLiteral(".key")), QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = QStringLiteral("cannot load %1.pem / %1.key").arg(certBase);
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(chain.constFirst());
        config.setPrivateKey(key);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        if (!m_server.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("cannot listen on 127.0.0.1: ") + m_server.errorString();
            return false;
        }
        return true;
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
};

struct Window
{
    explicit Window(const Plan &plan, const QString &fileName)
        : window(plan, fileName)
    {
    }
    CheckWindow window;
    QLineEdit *internal() const
    {
        return window.findChild<QLineEdit *>(QStringLiteral("check.internalServer"));
    }
    QLineEdit *external() const
    {
        return window.findChild<QLineEdit *>(QStringLiteral("check.externalServer"));
    }
    QPushButton *button(const char *name) const
    {
        return window.findChild<QPushButton *>(QLatin1String(name));
    }
    QTableView *results() const { return window.findChild<QTableView *>(QStringLiteral("check.results")); }
    QString summary() const { return window.findChild<QLabel *>(QStringLiteral("check.summary"))->text(); }
    QCheckBox *tls() const { return window.findChild<QCheckBox *>(QStringLiteral("check.tls")); }
    QLineEdit *caFile() const { return window.findChild<QLineEdit *>(QStringLiteral("check.caFile")); }
    QTabWidget *tabs() const { return window.findChild<QTabWidget *>(QStringLiteral("check.tabs")); }
    QTableView *tlsResults() const
    {
        return window.findChild<QTableView *>(QStringLiteral("check.tlsResults"));
    }

    // Shows the window, runs the check against the scripted servers and waits for the end.
    bool run()
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        internal()->setText(kInternal);
        external()->setText(kExternal);
        QTest::mouseClick(button("check.run"), Qt::LeftButton);
        return QTest::qWaitFor([this] { return !window.isRunning() && window.hasResults(); }, 10000);
    }
};

} // namespace

class TestCheckWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lyncdns-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_checkwindow"));
        test::installOffscreenNoiseFilter();
    }
    void cleanup()
    {
        CheckWindow::setResolverFactory({});
        CheckWindow::setSaveFilePrompt({});
        CheckWindow::setTlsProbeSetup({});
    }

    void nothingAnswered_showsSeverityFixAndRequirementByName();
    void saveFixScript_writesTheChangesToTheChosenFile();
    void saveChangeList_fromTheKeyboard_writesTheCsv();
    void saveCancelled_writesNothing();
    void everythingAsPlanned_leavesNothingToSave();
    void tlsTab_showsWhatEachEndpointPresents();
    void tlsUnreadableCaFile_saysSoAndRunsNothing();
    void cutover_showsReadyBlockingAndWildcardPerDomain();
};

// Every name NXDOMAIN: required records are problems with a fix, optional ones notices, worst
// first; each row names the server it came from, and the details say the requirement in words.
void TestCheckWindow::nothingAnswered_showsSeverityFixAndRequirementByName()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
    useResolver(plan, Answers::Nothing);
    Window w(plan, QStringLiteral("/tmp/contoso.lyncplan"));
    QVERIFY(!w.button("check.saveFixScript")->isEnabled()); // nothing checked yet
    QVERIFY(w.run());

    const QAbstractItemModel *model = w.results()->model();
    int critical = 0, notices = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model->index(row, column).data(role);
        };
        const auto severity = StatusSeverity(cell(0, CheckResultModel::SeverityRole).toInt());
        const QString name = cell(CheckResultModel::NameColumn).toString();
        const bool required = cell(0, CheckResultModel::RequiredRole).toBool();
        const bool mustNotResolve =
            cell(CheckResultModel::ExpectedColumn).toString() == QLatin1String("(must not resolve)");
        if (mustNotResolve)
            continue; // NXDOMAIN is what those want
        QCOMPARE(cell(0, CheckResultModel::StatusRole).toInt(), int(CheckStatus::Missing));
        QCOMPARE(cell(CheckResultModel::ServerColumn).toString(),
                 cell(CheckResultModel::LocationColumn).toString() == QLatin1String("Internal") ? kInternal
                                                                                                : kExternal);
        QCOMPARE(cell(CheckResultModel::RequiredColumn).toString(),
                 required ? QStringLiteral("Required") : QStringLiteral("Optional"));
        if (required) {
            ++critical;
            QVERIFY2(severity == StatusSeverity::Critical, qPrintable(name));
            QVERIFY2(!cell(CheckResultModel::FixColumn).toString().isEmpty(), qPrintable(name));
            QVERIFY(cell(0, CheckResultModel::ProblemRole).toBool());
        } else {
            ++notices;
            QVERIFY2(severity == StatusSeverity::Notice, qPrintable(name));
            QVERIFY(!cell(0, CheckResultModel::ProblemRole).toBool());
        }
        QCOMPARE(
            model->index(row, CheckResultModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().name(),
            CheckResultModel::severityIcon(severity).name());
    }
    QVERIFY(critical > 0);
    QVERIFY(notices > 0);
    // Worst first once the answers are in: problems on top, then the notices, then ok.
    QVERIFY(model->index(0, 0).data(CheckResultModel::ProblemRole).toBool());
    const auto lastSeverity =
        StatusSeverity(model->index(model->rowCount() - 1, 0).data(CheckResultModel::SeverityRole).toInt());
    QVERIFY(lastSeverity == StatusSeverity::Ok || lastSeverity == StatusSeverity::Notice);
    QVERIFY2(w.summary().contains(QLatin1String("change")), qPrintable(w.summary()));

    // The details of the first required row: its fix and its requirement in words, with the id.
    int first = -1;
    for (int row = 0; row < model->rowCount() && first < 0; ++row)
        if (model->index(row, 0).data(CheckResultModel::ProblemRole).toBool())
            first = row;
    QVERIFY(first >= 0);
    w.results()->setFocus();
    w.results()->setCurrentIndex(model->index(first, CheckResultModel::NameColumn));
    const QString details =
        w.window.findChild<QTextBrowser *>(QStringLiteral("check.details"))->toPlainText();
    const QString fix = model->index(first, CheckResultModel::FixColumn).data().toString();
    QVERIFY2(details.contains(fix), qPrintable(details));
    const QString requirement =
        model->index(first, CheckResultModel::RequiredColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(requirement.contains(QLatin1Char('(')), qPrintable(requirement)); // "Name (id)"
    QVERIFY2(details.contains(requirement.section(QStringLiteral(": "), 1)), qPrintable(details));
    QVERIFY2(details.contains(kInternal) || details.contains(kExternal), qPrintable(details));

    QVERIFY(w.button("check.saveFixScript")->isEnabled());
    QVERIFY(w.button("check.saveChangeList")->isEnabled());
}

void TestCheckWindow::saveFixScript_writesTheChangesToTheChosenFile()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
    useResolver(plan, Answers::Nothing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("fix.ps1"));
    QStringList asked;
    CheckWindow::setSaveFilePrompt(
        [&](QWidget *, const QString &caption, const QString &suggested, const QString &filter) -> QString {
            asked << caption << suggested << filter;
            return target;
        });
    Window w(plan, dir.filePath(QStringLiteral("contoso.lyncplan")));
    QVERIFY(w.run());
    QTest::mouseClick(w.button("check.saveFixScript"), Qt::LeftButton);

    QCOMPARE(asked.value(0), QStringLiteral("Save Fix Script"));
    QVERIFY2(asked.value(1).endsWith(QLatin1String("contoso-fix.ps1")), qPrintable(asked.value(1)));
    QVERIFY2(asked.value(2).contains(QLatin1String("*.ps1")), qPrintable(asked.value(2)));
    QVERIFY(QFile::exists(target));
    // Exactly what the model makes of the window's report: the window adds nothing of its own.
    auto *model = qobject_cast<QSortFilterProxyModel *>(w.results()->model());
    QVERIFY(model);
    const CheckReport &report = static_cast<CheckResultModel *>(model->sourceModel())->report();
    const QList<FixChange> changes = fixChanges(plan, report);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(test::readAll(target), fixScriptPowerShell(plan, changes));
    // No temporary file left beside it (writeFileAtomically renames into place).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("fix.ps1")});
    QVERIFY2(w.summary().contains(QDir::toNativeSeparators(target)), qPrintable(w.summary()));
}

void TestCheckWindow::saveChangeList_fromTheKeyboard_writesTheCsv()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
    useResolver(plan, Answers::Nothing);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("changes.csv"));
    int prompts = 0;
    CheckWindow::setSaveFilePrompt([&](QWidget *, const QString &caption, const QString &, const QString &) {
        ++prompts;
        return caption == QLatin1String("Save Change List") ? target : QString();
    });
    Window w(plan, dir.filePath(QStringLiteral("contoso.lyncplan")));
    QVERIFY(w.run());
    // Tab reaches the button, and Space presses it, as every button in the window.
    QPushButton *button = w.button("check.saveChangeList");
    QVERIFY(button->focusPolicy() & Qt::TabFocus);
    w.button("check.saveFixScript")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), button);
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(prompts, 1);
    const QByteArray csv = test::readAll(target);
    QVERIFY2(csv.startsWith("action,location,zone,name,type,old,new"), csv.left(200).constData());
    QVERIFY2(csv.contains("\nadd,internal,"), csv.left(400).constData());
}

void TestCheckWindow::saveCancelled_writesNothing()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
    useResolver(plan, Answers::Nothing);
    QTemporaryDir dir;
    CheckWindow::setSaveFilePrompt([](QWidget *, const QString &, const QString &, const QString &) {
        return QString(); // the admin pressed Cancel
    });
    Window w(plan, dir.filePath(QStringLiteral("contoso.lyncplan")));
    QVERIFY(w.run());
    const QString before = w.summary();
    QTest::mouseClick(w.button("check.saveFixScript"), Qt::LeftButton);
    QTest::mouseClick(w.button("check.saveChangeList"), Qt::LeftButton);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    QCOMPARE(w.summary(), before);
}

void TestCheckWindow::everythingAsPlanned_leavesNothingToSave()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
    useResolver(plan, Answers::AsPlanned);
    int prompts = 0;
    CheckWindow::setSaveFilePrompt([&](QWidget *, const QString &, const QString &, const QString &) {
        ++prompts;
        return QString();
    });
    Window w(plan, QString());
    QVERIFY(w.run());
    const QAbstractItemModel *model = w.results()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY2(StatusSeverity(model->index(row, 0).data(CheckResultModel::SeverityRole).toInt()) ==
                     StatusSeverity::Ok,
                 qPrintable(model->index(row, CheckResultModel::NameColumn).data().toString()));
    QVERIFY(!w.button("check.saveFixScript")->isEnabled());
    QVERIFY(!w.button("check.saveChangeList")->isEnabled());
    QTest::mouseClick(w.button("check.saveFixScript"), Qt::LeftButton);
    QCOMPARE(prompts, 0);
    QVERIFY2(w.summary().startsWith(QLatin1String("All records are as planned")), qPrintable(w.summary()));
}

// Ticked "Check certificates (TLS)": after the DNS check the window probes every planned endpoint
// through the same (scripted) servers. The pool's SIP endpoint presents a right certificate, its
// internal web services one without two planned names; every other endpoint does not resolve.
void TestCheckWindow::tlsTab_showsWhatEachEndpointPresents()
{
    QVERIFY2(QFileInfo(test::kOpensslBinary).isExecutable(),
             "tst_checkwindow needs /usr/bin/openssl (Debian package openssl) for its TLS test");
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString ca = dir.filePath(QStringLiteral("ca"));
    QVERIFY2(test::makeCa(ca, QStringLiteral("lyncdns window test CA"), &error), qPrintable(error));
    const QStringList year{QStringLiteral("-days"), QStringLiteral("365")};
    // The names the Default certificates of pool01's three servers share (cli.md "Certificates",
    // catalogue §3.6): the pool FQDN, the _sipinternaltls target inside the SIP domain, and the
    // sign-in names sip and sipinternal of the SIP domain.
    QVERIFY2(test::makeLeaf(dir.path(), QStringLiteral("default"), ca,
                            {QStringLiteral("pool01.contoso.net"), QStringLiteral("pool01.contoso.com"),
                             QStringLiteral("sip.contoso.com"), QStringLiteral("sipinternal.contoso.com")},
                            QStringLiteral("serverAuth"), year, &error),
             qPrintable(error));
    // Internal web services without lyncdiscoverinternal.contoso.com and ucupdates-r2.contoso.com
    // (the planned names: lsweb, the pool, meet, dialin, admin, lyncdiscoverinternal, ucupdates-r2).
    QVERIFY2(test::makeLeaf(dir.path(), QStringLiteral("web"), ca,
                            {QStringLiteral("lsweb.contoso.net"), QStringLiteral("pool01.contoso.net"),
                             QStringLiteral("meet.contoso.com"), QStringLiteral("dialin.contoso.com"),
                             QStringLiteral("admin.contoso.com")},
                            QStringLiteral("serverAuth"), year, &error),
             qPrintable(error));
    TlsTestServer sipServer, webServer;
    QVERIFY2(sipServer.listen(dir.filePath(QStringLiteral("default")), &error), qPrintable(error));
    QVERIFY2(webServer.listen(dir.filePath(QStringLiteral("web")), &error), qPrintable(error));
    CheckWindow::setTlsProbeSetup([&](TlsProbe &probe) {
        probe.setPortOverride(5061, sipServer.port());
        probe.setPortOverride(443, webServer.port());
    });
    // Nothing answers but the two hosts, at 127.0.0.1: the DNS check's results do not matter here.
    CheckWindow::setResolverFactory([]() -> std::unique_ptr<DnsResolver> {
        auto resolver = std::make_unique<test::FakeResolver>();
        resolver->setDefaultDelay(1);
        for (const char *host : {"pool01.contoso.net", "lsweb.contoso.net"})
            resolver->setAnswer(kInternal, QLatin1String(host), RecordType::A, {QStringLiteral("127.0.0.1")});
        return resolver;
    });

    Window w(plan, dir.filePath(QStringLiteral("contoso.lyncplan")));
    QVERIFY(!w.tabs()->isTabVisible(1)); // no TLS results before a run asks for them
    w.tls()->setChecked(true);
    w.caFile()->setText(ca + QStringLiteral("/ca.pem"));
    QVERIFY(w.run());

    QVERIFY(w.tabs()->isTabVisible(1));
    QCOMPARE(w.tabs()->tabText(1).remove(QLatin1Char('&')), QStringLiteral("Certificates (TLS)"));
    const QAbstractItemModel *model = w.tlsResults()->model();
    QCOMPARE(model->rowCount(), int(tlsEndpoints(plan).size())); // every endpoint, each once
    QMap<QString, int> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.insert(model->index(row, TlsResultModel::EndpointColumn).data().toString(), row);
    QCOMPARE(rows.size(), model->rowCount());
    const auto cell = [&](const QString &endpoint, int column, int role = Qt::DisplayRole) {
        return model->index(rows.value(endpoint, -1), column).data(role);
    };
    const QString sip = QStringLiteral("pool01.contoso.net:5061");
    const QString web = QStringLiteral("lsweb.contoso.net:443");
    QVERIFY2(rows.contains(sip) && rows.contains(web), qPrintable(rows.keys().join(QLatin1Char(' '))));

    QCOMPARE(cell(sip, 0, TlsResultModel::StatusRole).toInt(), int(TlsStatus::Ok));
    QCOMPARE(cell(sip, TlsResultModel::StatusColumn).toString(), QStringLiteral("OK"));
    QCOMPARE(cell(sip, TlsResultModel::AddressColumn).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(cell(sip, TlsResultModel::LocationColumn).toString(), QStringLiteral("Internal"));
    QCOMPARE(cell(sip, TlsResultModel::RoleColumn).toString(), QStringLiteral("Front End, Default"));
    QCOMPARE(cell(sip, TlsResultModel::MissingColumn).toString(), QString());
    QCOMPARE(cell(sip, TlsResultModel::IssuerColumn).toString(), QStringLiteral("lyncdns window test CA"));

    QCOMPARE(cell(web, 0, TlsResultModel::StatusRole).toInt(), int(TlsStatus::NameMissing));
    QCOMPARE(cell(web, TlsResultModel::StatusColumn).toString(), QStringLiteral("Name missing"));
    QCOMPARE(cell(web, TlsResultModel::RoleColumn).toString(), QStringLiteral("Front End, web internal"));
    QCOMPARE(cell(web, TlsResultModel::MissingColumn).toString(),
             QStringLiteral("lyncdiscoverinternal.contoso.com, ucupdates-r2.contoso.com"));
    QCOMPARE(StatusSeverity(cell(web, 0, TlsResultModel::SeverityRole).toInt()), StatusSeverity::Critical);
    // The DNS results' colours, the status text readable on its tint (WCAG AA).
    const QColor text = cell(web, TlsResultModel::StatusColumn, Qt::ForegroundRole).value<QBrush>().color();
    const QColor tint = cell(web, TlsResultModel::StatusColumn, Qt::BackgroundRole).value<QBrush>().color();
    QCOMPARE(text, CheckResultModel::severityTextColor(StatusSeverity::Critical));
    QCOMPARE(tint, CheckResultModel::severityBackground(StatusSeverity::Critical));
    QVERIFY2(contrastRatio(text, tint) >= 4.5, qPrintable(QString::number(contrastRatio(text, tint))));
    QCOMPARE(cell(web, TlsResultModel::StatusColumn, Qt::DecorationRole).value<QIcon>().name(),
             CheckResultModel::severityIcon(StatusSeverity::Critical).name());

    // Every other endpoint: not in the scripted DNS, so unreachable, and said why.
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it.key() == sip || it.key() == web)
            continue;
        QCOMPARE(cell(it.key(), 0, TlsResultModel::StatusRole).toInt(), int(TlsStatus::Unreachable));
        QVERIFY2(cell(it.key(), TlsResultModel::DetailColumn)
                     .toString()
                     .contains(QLatin1String("does not resolve")),
                 qPrintable(it.key() + QLatin1Char(' ') +
                            cell(it.key(), TlsResultModel::DetailColumn).toString()));
    }
    // Worst first once every endpoint is settled: the one OK row last.
    QCOMPARE(model->index(model->rowCount() - 1, TlsResultModel::EndpointColumn).data().toString(), sip);

    // The details: presented against missing names.
    w.tlsResults()->setCurrentIndex(model->index(rows.value(web), TlsResultModel::EndpointColumn));
    const QString details =
        w.window.findChild<QTextBrowser *>(QStringLiteral("check.tlsDetails"))->toPlainText();
    QVERIFY2(details.contains(QLatin1String("Name missing")) &&
                 details.contains(QLatin1String("ucupdates-r2.contoso.com")) &&
                 details.contains(QLatin1String("admin.contoso.com")),
             qPrintable(details));
    // The summary counts the TLS problems beside the records'.
    const int unreachable = model->rowCount() - 2;
    // (%n endpoint(s): the English plural forms come from a catalogue the tests do not load.)
    QVERIFY2(w.summary().contains(QStringLiteral("Certificates (TLS): %1 endpoint").arg(unreachable + 1)) &&
                 w.summary().contains(QStringLiteral("Name missing: 1")) &&
                 w.summary().contains(QStringLiteral("Unreachable: %1").arg(unreachable)) &&
                 w.summary().contains(QStringLiteral("OK: 1")),
             qPrintable(w.summary()));
}

// A trusted CA file that cannot be read: the window says so, names the file, and checks nothing.
void TestCheckWindow::tlsUnreadableCaFile_saysSoAndRunsNothing()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")));
    useResolver(plan, Answers::Nothing);
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-ca.pem"));
    Window w(plan, dir.filePath(QStringLiteral("contoso.lyncplan")));
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    w.internal()->setText(kInternal);
    w.tls()->setChecked(true);
    w.caFile()->setText(missing);
    QTest::mouseClick(w.button("check.run"), Qt::LeftButton);
    QVERIFY(!w.window.isRunning());
    QVERIFY(!w.window.hasResults());
    QVERIFY(!w.tabs()->isTabVisible(1));
    QString hint;
    for (const QLabel *label : w.window.findChildren<QLabel *>())
        if (label->isVisible() && label->text().contains(QDir::toNativeSeparators(missing)))
            hint = label->text();
    QVERIFY2(hint.contains(QLatin1String("Trusted CA file")) &&
                 hint.contains(QLatin1String("cannot read it")),
             qPrintable(hint));
    QCOMPARE(w.summary(), QStringLiteral("Not run yet."));
}

QTEST_MAIN(TestCheckWindow)
// Issue 15: "Check the cutover to Teams Only" (needs the external server) asks public DNS of every
// moving SIP domain. tests/data/migration/one-site.lyncplan, commercial cloud. contoso.com has its
// four Microsoft 365 records (plan-format.md rule 12, Microsoft's cutover page):
// lyncdiscover CNAME webdir.online.lync.com, sip CNAME sipdir.online.lync.com, _sip._tls SRV
// 100 1 443 sipdir.online.lync.com, _sipfederationtls._tcp SRV 100 1 5061 sipfed.online.lync.com,
// and no wildcard: ready. fabrikam.com is still on premises (lyncdiscover CNAME to the reverse
// proxy's webext.contoso.com, sip A of the Access Edge) and has a wildcard A 192.0.2.80: not
// ready, lyncdiscover blocks with what was expected and found, and the wildcard is shown.
void TestCheckWindow::cutover_showsReadyBlockingAndWildcardPerDomain()
{
    const Plan plan = test::loadPlan(test::dataFile(QStringLiteral("migration/one-site.lyncplan")));
    CheckWindow::setResolverFactory([]() -> std::unique_ptr<DnsResolver> {
        auto resolver = std::make_unique<test::FakeResolver>();
        resolver->setDefaultDelay(1);
        const auto set = [&resolver](const char *name, RecordType type, const char *value) {
            resolver->setAnswer(kExternal, QLatin1String(name), type, {QLatin1String(value)});
        };
        set("lyncdiscover.contoso.com", RecordType::CNAME, "webdir.online.lync.com");
        set("sip.contoso.com", RecordType::CNAME, "sipdir.online.lync.com");
        set("_sip._tls.contoso.com", RecordType::SRV, "100 1 443 sipdir.online.lync.com");
        set("_sipfederationtls._tcp.contoso.com", RecordType::SRV, "100 1 5061 sipfed.online.lync.com");
        set("lyncdiscover.fabrikam.com", RecordType::CNAME, "webext.contoso.com");
        set("sip.fabrikam.com", RecordType::A, "131.107.155.10");
        set("_sip._tls.fabrikam.com", RecordType::SRV, "0 0 443 sip.fabrikam.com");
        set("_sipfederationtls._tcp.fabrikam.com", RecordType::SRV, "0 0 5061 sip.fabrikam.com");
        resolver->setWildcard(kExternal, QStringLiteral("fabrikam.com"), RecordType::A,
                              {QStringLiteral("192.0.2.80")});
        return resolver;
    });
    Window w(plan, QStringLiteral("/tmp/one-site.lyncplan"));
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    auto *cutover = w.window.findChild<QCheckBox *>(QStringLiteral("check.cutover"));
    QVERIFY(cutover);
    w.external()->clear(); // the window remembers the last run's servers
    w.internal()->clear();
    QVERIFY(!cutover->isEnabled()); // public DNS only: no external server, no cutover check
    w.external()->setText(kExternal);
    QVERIFY(cutover->isEnabled());
    cutover->setChecked(true);
    QTest::mouseClick(w.button("check.run"), Qt::LeftButton);
    auto *tree = w.window.findChild<QTreeWidget *>(QStringLiteral("check.cutoverResults"));
    QVERIFY(tree);
    QVERIFY(QTest::qWaitFor([&] { return !w.window.isRunning() && tree->topLevelItemCount() > 0; }, 10000));
    QVERIFY(w.tabs()->isTabVisible(w.tabs()->indexOf(tree->parentWidget())));
    QCOMPARE(tree->topLevelItemCount(), 2);

    const QTreeWidgetItem *contoso = tree->topLevelItem(0);
    QCOMPARE(contoso->text(0), QStringLiteral("contoso.com"));
    QCOMPARE(contoso->text(1), QStringLiteral("Teams Only"));
    QCOMPARE(contoso->text(2), QStringLiteral("ready"));
    for (int i = 0; i < contoso->childCount(); ++i)
        QVERIFY2(contoso->child(i)->text(0) != QStringLiteral("blocks"),
                 qPrintable(contoso->child(i)->text(3)));

    const QTreeWidgetItem *fabrikam = tree->topLevelItem(1);
    QCOMPARE(fabrikam->text(0), QStringLiteral("fabrikam.com"));
    QCOMPARE(fabrikam->text(1), QStringLiteral("on premises"));
    QCOMPARE(fabrikam->text(2), QStringLiteral("not ready"));
    // Red on the view's background, at least 4.5:1 (WCAG AA).
    QVERIFY(contrastRatio(fabrikam->foreground(2).color(), tree->palette().color(QPalette::Base)) >= 4.5);
    QVERIFY(contrastRatio(contoso->foreground(2).color(), tree->palette().color(QPalette::Base)) >= 4.5);
    bool lyncdiscoverBlocks = false, wildcardShown = false;
    for (int i = 0; i < fabrikam->childCount(); ++i) {
        const QString what = fabrikam->child(i)->text(0);
        const QString detail = fabrikam->child(i)->text(3);
        if (what == QStringLiteral("blocks") &&
            detail.startsWith(QStringLiteral("lyncdiscover.fabrikam.com CNAME")))
            lyncdiscoverBlocks = detail.contains(QStringLiteral("webdir.online.lync.com expected")) &&
                                 detail.contains(QStringLiteral("found webext.contoso.com"));
        if (what == QStringLiteral("wildcard"))
            wildcardShown = detail.startsWith(QStringLiteral("*.fabrikam.com answers A 192.0.2.80"));
    }
    QVERIFY(lyncdiscoverBlocks);
    QVERIFY(wildcardShown);
}

#include "tst_checkwindow.moc"
