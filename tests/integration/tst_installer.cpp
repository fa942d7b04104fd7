// The Debian package end to end: CPack builds it from this build tree, it is installed (dpkg -i as
// root, else unpacked into a temporary root), and the installed program, desktop entry, AppStream
// metainfo, icons and man page are checked; the package is removed again afterwards.

#include "lyncdns/version.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLockFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

#include <unistd.h>

using namespace lyncdns;

namespace {

const QString kAppId = QStringLiteral("invalid.example.lyncdns");
const QString kExample = QStringLiteral("ee-dnslb-single-edge-nat.lyncplan");

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    bool ok() const { return finished && exitCode == 0; }
    // "exit 2, stderr: ..." for failure messages.
    QString describe(const QString &what) const
    {
        return QStringLiteral("%1: exit %2%3\n  stdout: %4\n  stderr: %5")
            .arg(what)
            .arg(exitCode)
            .arg(finished ? QString() : QStringLiteral(" (did not finish)"),
                 QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
        const QString &workingDirectory = {}, const QProcessEnvironment &env = {})
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run r;
    if (!process.waitForStarted(10000)) {
        r.err = process.errorString().toUtf8();
        return r;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    } else {
        r.finished = process.exitStatus() == QProcess::NormalExit;
    }
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

// The value of "Key=" in a desktop entry (first match).
QString desktopValue(const QByteArray &entry, const QString &key)
{
    const QRegularExpression re(QStringLiteral("^%1=(.*)$").arg(QRegularExpression::escape(key)),
                                QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(entry)).captured(1).trimmed();
}

// Whether dpkg's configuration drops /usr/share/man (as Docker's slim images do).
bool dpkgExcludesManPages()
{
    QStringList files{QStringLiteral("/etc/dpkg/dpkg.cfg")};
    const QDir parts(QStringLiteral("/etc/dpkg/dpkg.cfg.d"));
    for (const QString &name : parts.entryList(QDir::Files))
        files << parts.absoluteFilePath(name);
    const QRegularExpression exclude(QStringLiteral("^\\s*path-exclude[= ]\\s*/usr/share/man"),
                                     QRegularExpression::MultilineOption);
    for (const QString &file : files)
        if (exclude.match(QString::fromUtf8(test::readAll(file))).hasMatch())
            return true;
    return false;
}

} // namespace

class TestInstaller : public QObject
{
    Q_OBJECT

public:
    // Also when initTestCase failed half-way: a package installed by dpkg never stays behind.
    ~TestInstaller() override { removePackage(); }

private slots:
    void initTestCase();
    void package_hasMetadataAndShlibdepsDepends();
    void package_installsUnderUsrOnly();
    void tarball_holdsTheProgramAndExamples();
    void installedBinary_printsVersion();
    void installedBinary_speaksGerman();
    void installedBinary_plansInstalledExample();
    void desktopEntry_validatesAndLaunchesTheProgram();
    void metainfo_validatesAndMatchesDesktopEntry();
    void icons_inHicolorTheme();
    void manPage_rendersWithoutWarnings();
    void cleanupTestCase();

private:
    void removePackage();
    QString installed(const QString &path) const { return m_root + path; }

    // The dev and the ASan build run this suite on the same machine: one at a time.
    std::unique_ptr<QLockFile> m_lock;
    QTemporaryDir m_work;
    QString m_deb;
    QString m_tarball;
    QString m_root; // "" when installed with dpkg, else the folder the package was unpacked into
    bool m_dpkgInstalled = false;
};

void TestInstaller::initTestCase()
{
    QVERIFY(m_work.isValid());
    for (const char *tool :
         {"cpack", "dpkg-deb", "dpkg-shlibdeps", "file", "desktop-file-validate", "appstreamcli", "man"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 not found: run .ci/install-deps").arg(QLatin1String(tool))));

    // <build>/app/lyncdns → <build>, where CPackConfig.cmake is.
    QDir build = QFileInfo(test::binary()).absoluteDir();
    QVERIFY(build.cdUp());
    const QString config = build.absoluteFilePath(QStringLiteral("CPackConfig.cmake"));
    QVERIFY2(QFileInfo::exists(config), qPrintable(config + QStringLiteral(" missing: configure first")));

    m_lock = std::make_unique<QLockFile>(
        QDir::temp().absoluteFilePath(QStringLiteral("lyncdns-tst_installer.lock")));
    m_lock->setStaleLockTime(0);
    QVERIFY2(m_lock->tryLock(240000), "another tst_installer run holds the lock");

    // Packages and CPack's staging folder go to a temporary folder, never into the build tree.
    const QString out = m_work.filePath(QStringLiteral("packages"));
    const Run cpack = run(QStringLiteral("cpack"),
                          {QStringLiteral("-G"), QStringLiteral("DEB;TGZ"), QStringLiteral("--config"),
                           config, QStringLiteral("-B"), out},
                          240000, m_work.path());
    QVERIFY2(cpack.ok(), qPrintable(cpack.describe(QStringLiteral("cpack"))));
    const QDir packages(out);
    const QStringList debs = packages.entryList({QStringLiteral("lyncdns_*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = packages.absoluteFilePath(debs.first());
    const QStringList tarballs = packages.entryList({QStringLiteral("lyncdns-*.tar.gz")}, QDir::Files);
    QCOMPARE(tarballs.size(), 1);
    m_tarball = packages.absoluteFilePath(tarballs.first());

    // As root, the real thing, unless an lyncdns the test did not put there is installed already, or
    // LYNCDNS_INSTALLER_TEST_UNPACK=1 asks to leave the system's packages alone.
    const bool unpackOnly = qEnvironmentVariableIntValue("LYNCDNS_INSTALLER_TEST_UNPACK") != 0;
    const Run status = run(QStringLiteral("dpkg-query"),
                           {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), QStringLiteral("lyncdns")});
    const bool alreadyInstalled = status.out.contains("install ok installed");
    if (::geteuid() == 0 && !alreadyInstalled && !unpackOnly) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
        const Run install = run(QStringLiteral("dpkg"), {QStringLiteral("-i"), m_deb}, 120000, {}, env);
        m_dpkgInstalled = true; // even a failed install is cleaned up
        QVERIFY2(install.ok(), qPrintable(install.describe(QStringLiteral("dpkg -i"))));
        m_root.clear();
    } else {
        if (alreadyInstalled)
            qInfo("lyncdns is installed on this machine already (dpkg --purge lyncdns if an interrupted "
                  "run left it): unpacking into a temporary root instead");
        m_root = m_work.filePath(QStringLiteral("root"));
        const Run unpack = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
        QVERIFY2(unpack.ok(), qPrintable(unpack.describe(QStringLiteral("dpkg-deb -x"))));
    }
    QVERIFY2(QFileInfo(installed(QStringLiteral("/usr/bin/lyncdns"))).isExecutable(),
             qPrintable(installed(QStringLiteral("/usr/bin/lyncdns"))));
}

void TestInstaller::package_hasMetadataAndShlibdepsDepends()
{
    const Run fields = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb});
    QVERIFY2(fields.ok(), qPrintable(fields.describe(QStringLiteral("dpkg-deb -f"))));
    const QString control = QString::fromUtf8(fields.out);
    const auto field = [&control](const QString &name) {
        return QRegularExpression(QStringLiteral("^%1: (.*)$").arg(name), QRegularExpression::MultilineOption)
            .match(control)
            .captured(1);
    };
    QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("lyncdns"));
    QCOMPARE(field(QStringLiteral("Version")), QStringLiteral(LYNCDNS_VERSION));
    QCOMPARE(field(QStringLiteral("Section")), QStringLiteral("net"));
    QCOMPARE(field(QStringLiteral("Maintainer")),
             QStringLiteral("Lync DNS Planner team <lyncdns@example.invalid>"));
    // Generated by dpkg-shlibdeps from the binary, with versions: not a hand-written list.
    const QString depends = field(QStringLiteral("Depends"));
    for (const char *package : {"libc6 (>=", "libstdc++6 (>=", "libqt6core6 (>=", "libqt6gui6 (>=",
                                "libqt6network6 (>=", "libqt6widgets6 (>="})
        QVERIFY2(depends.contains(QLatin1String(package)),
                 qPrintable(QStringLiteral("Depends lacks %1: %2").arg(QLatin1String(package), depends)));
}

void TestInstaller::package_installsUnderUsrOnly()
{
    const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), m_deb});
    QVERIFY2(contents.ok(), qPrintable(contents.describe(QStringLiteral("dpkg-deb --contents"))));
    QStringList outside;
    for (const QString &line : QString::fromUtf8(contents.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString path = line.section(QLatin1Char(' '), -1);
        if (path != QLatin1String("./") && !path.startsWith(QLatin1String("./usr/")))
            outside << path;
        if (path.startsWith(QLatin1String("./usr/local")))
            outside << path;
    }
    QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
}

void TestInstaller::tarball_holdsTheProgramAndExamples()
{
    const Run list = run(QStringLiteral("tar"), {QStringLiteral("-tzf"), m_tarball});
    QVERIFY2(list.ok(), qPrintable(list.describe(QStringLiteral("tar -tzf"))));
    const QString text = QString::fromUtf8(list.out);
    QVERIFY2(text.contains(QLatin1String("/bin/lyncdns\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("/share/lyncdns/examples/") + kExample), qPrintable(text));
}

void TestInstaller::installedBinary_printsVersion()
{
    const Run version = run(installed(QStringLiteral("/usr/bin/lyncdns")), {QStringLiteral("--version")});
    QVERIFY2(version.ok(), qPrintable(version.describe(QStringLiteral("lyncdns --version"))));
    QCOMPARE(version.out.trimmed(), QByteArray("lyncdns " LYNCDNS_VERSION));
}

// The installed program speaks German with LANG=de_DE (issue #6): its catalogue is in the binary.
void TestInstaller::installedBinary_speaksGerman()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/lyncdns_de.qm")));
    const QString exitCodes = german.translate(
        "CommandLine",
        "Exit codes: 0 success, 1 problems found, 2 bad usage or plan file, 3 DNS server unreachable.");
    QVERIFY(!exitCodes.isEmpty());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    const Run help =
        run(installed(QStringLiteral("/usr/bin/lyncdns")), {QStringLiteral("--help")}, 60000, {}, env);
    QVERIFY2(help.ok() && QString::fromUtf8(help.out).contains(exitCodes),
             qPrintable(help.describe(QStringLiteral("LANG=de_DE.UTF-8 lyncdns --help"))));
}

void TestInstaller::installedBinary_plansInstalledExample()
{
    // Where WelcomePage::examplesDirectory() looks: <bindir>/../share/lyncdns/examples.
    const QDir examples(installed(QStringLiteral("/usr/share/lyncdns/examples")));
    const QStringList filter{QStringLiteral("*.lyncplan")};
    QCOMPARE(examples.entryList(filter, QDir::Files, QDir::Name),
             QDir(QStringLiteral(LYNCDNS_EXAMPLES)).entryList(filter, QDir::Files, QDir::Name));

    const QString plan = examples.absoluteFilePath(kExample);
    const Run csv = run(installed(QStringLiteral("/usr/bin/lyncdns")),
                        {QStringLiteral("plan"), plan, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(csv.ok(), qPrintable(csv.describe(QStringLiteral("installed lyncdns plan"))));
    QVERIFY2(csv.out.startsWith("location,name,type,data,ttl,requirement,required,reason,zone,site\n"),
             csv.out.left(200).constData());
    QVERIFY2(csv.out.count('\n') > 10, csv.out.constData());
    // The package holds the program of this build tree.
    const Run reference = run(
        test::binary(), {QStringLiteral("plan"), plan, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(reference.ok(), qPrintable(reference.describe(QStringLiteral("build-tree lyncdns plan"))));
    QCOMPARE(csv.out, reference.out);
}

void TestInstaller::desktopEntry_validatesAndLaunchesTheProgram()
{
    const QString file = installed(QStringLiteral("/usr/share/applications/%1.desktop").arg(kAppId));
    QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    const Run validate = run(QStringLiteral("desktop-file-validate"), {file});
    QVERIFY2(validate.ok() && validate.out.trimmed().isEmpty() && validate.err.trimmed().isEmpty(),
             qPrintable(validate.describe(QStringLiteral("desktop-file-validate"))));

    const QByteArray entry = test::readAll(file);
    QCOMPARE(desktopValue(entry, QStringLiteral("Name")), QStringLiteral("Lync DNS Planner"));
    // A German desktop shows a German comment and generic name in its menu.
    QVERIFY(!desktopValue(entry, QStringLiteral("Comment[de]")).isEmpty());
    QVERIFY(!desktopValue(entry, QStringLiteral("GenericName[de]")).isEmpty());
    QCOMPARE(desktopValue(entry, QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(desktopValue(entry, QStringLiteral("Icon")), QStringLiteral("lyncdns"));
    const QString exec = desktopValue(entry, QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0);
    QCOMPARE(exec, QStringLiteral("lyncdns"));
    QVERIFY(QFileInfo(installed(QStringLiteral("/usr/bin/")) + exec).isExecutable());
    // *.lyncplan files open in the application.
    QVERIFY(desktopValue(entry, QStringLiteral("MimeType"))
                .contains(QLatin1String("application/x-lyncdns-plan")));
    const QString mime = installed(QStringLiteral("/usr/share/mime/packages/%1.xml").arg(kAppId));
    QVERIFY2(test::readAll(mime).contains("<glob pattern=\"*.lyncplan\"/>"), qPrintable(mime));
}

void TestInstaller::metainfo_validatesAndMatchesDesktopEntry()
{
    const QString file = installed(QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(kAppId));
    QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    const Run validate =
        run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), file});
    QVERIFY2(validate.ok(), qPrintable(validate.describe(QStringLiteral("appstreamcli validate"))));
    const QString report = QString::fromUtf8(validate.out + validate.err);
    QVERIFY2(
        !report.contains(QRegularExpression(QStringLiteral("^[EW]: "), QRegularExpression::MultilineOption)),
        qPrintable(report));

    const QString xml = QString::fromUtf8(test::readAll(file));
    QVERIFY2(xml.contains(QStringLiteral("<id>%1</id>").arg(kAppId)), qPrintable(xml));
    QVERIFY2(
        xml.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(kAppId)),
        qPrintable(xml));
    QVERIFY2(xml.contains(QStringLiteral("<release version=\"" LYNCDNS_VERSION "\"")), qPrintable(xml));
}

void TestInstaller::icons_inHicolorTheme()
{
    const QString hicolor = installed(QStringLiteral("/usr/share/icons/hicolor"));
    const QString svg = hicolor + QStringLiteral("/scalable/apps/lyncdns.svg");
    QVERIFY2(test::readAll(svg).contains("<svg"), qPrintable(svg));
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        const QString png = QStringLiteral("%1/%2x%2/apps/lyncdns.png").arg(hicolor).arg(size);
        QImageReader reader(png);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(size, size));
    }
}

void TestInstaller::manPage_rendersWithoutWarnings()
{
    QString page = installed(QStringLiteral("/usr/share/man/man1/lyncdns.1.gz"));
    if (!QFileInfo::exists(page) && m_root.isEmpty() && dpkgExcludesManPages()) {
        // Slim container images tell dpkg to drop man pages: check the one in the package.
        qInfo("dpkg is configured to skip man pages (path-exclude): checking the page in the .deb");
        const QString unpacked = m_work.filePath(QStringLiteral("unpacked"));
        const Run unpack = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, unpacked});
        QVERIFY2(unpack.ok(), qPrintable(unpack.describe(QStringLiteral("dpkg-deb -x"))));
        page = unpacked + QStringLiteral("/usr/share/man/man1/lyncdns.1.gz");
    }
    QVERIFY2(QFileInfo::exists(page), qPrintable(page));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MANPAGER"), QStringLiteral("cat"));
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("200")); // few line breaks to search across
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const Run man = run(QStringLiteral("man"), {QStringLiteral("--warnings=w"), QStringLiteral("-l"), page},
                        60000, {}, env);
    QVERIFY2(man.ok() && man.err.trimmed().isEmpty(), qPrintable(man.describe(QStringLiteral("man -l"))));
    const QString text = QString::fromUtf8(man.out);
    const QString words = text.simplified(); // justified lines have runs of blanks
    // Every sub-command and exit status of cli.md, and the version.
    static const char version[] = "lyncdns " LYNCDNS_VERSION;
    for (const char *expected :
         {"lyncdns plan PLAN", "lyncdns validate PLAN", "lyncdns export PLAN", "lyncdns check PLAN",
          "lyncdns convert PLAN", "lyncdns certs PLAN", "lyncdns import TOPOLOGY", "lyncdns migrate PLAN",
          "--tls", "--phase teams-only", "--version", "--internal-server", "--report", "--dir", "EXIT STATUS",
          "/usr/share/lyncdns/examples", version})
        QVERIFY2(words.contains(QLatin1String(expected)),
                 qPrintable(QStringLiteral("man page lacks \"%1\"").arg(QLatin1String(expected))));
    const QString exitStatus =
        text.section(QStringLiteral("EXIT STATUS"), 1).section(QStringLiteral("FILES"), 0, 0);
    for (int code = 0; code <= 3; ++code)
        QVERIFY2(exitStatus.contains(QRegularExpression(QStringLiteral("^\\s+%1\\s").arg(code),
                                                        QRegularExpression::MultilineOption)),
                 qPrintable(QStringLiteral("exit status %1 missing:\n%2").arg(code).arg(exitStatus)));
}

void TestInstaller::removePackage()
{
    if (!m_dpkgInstalled)
        return;
    m_dpkgInstalled = false;
    const Run purge =
        run(QStringLiteral("dpkg"), {QStringLiteral("--purge"), QStringLiteral("lyncdns")}, 120000);
    if (!purge.ok())
        qWarning("%s", qPrintable(purge.describe(QStringLiteral("dpkg --purge"))));
}

void TestInstaller::cleanupTestCase()
{
    // Leave the machine as it was.
    if (!m_dpkgInstalled)
        return;
    removePackage();
    QVERIFY2(!QFileInfo::exists(QStringLiteral("/usr/bin/lyncdns")),
             "dpkg --purge lyncdns left /usr/bin/lyncdns");
}

QTEST_GUILESS_MAIN(TestInstaller)
#include "tst_installer.moc"
