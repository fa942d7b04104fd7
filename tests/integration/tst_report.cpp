// The printable report (issue #5): the real binary renders every example plan to PDF headless;
// its text holds every record and finding, pages are numbered, fonts embedded, A4 and Letter come
// out at their sizes. The HTML is well-formed XHTML with everything from the plan escaped, and a
// report made from a check carries the vantage point, the counts and the problems first. A plan
// with errors exported anyway says DRAFT on every page. An estate of two sites shows each site's
// records under its own heading, after the records of every SIP domain, and its GeoDNS members.
// The evidence of a check (issue 13) says what it is on every page, keeps each record on the page
// of its reason and fix, shows required and optional apart, and says "where" in words.

#include "model/plan/planwriter.h"
#include "model/planner/planner.h"
#include "model/report/reportbuilder.h"
#include "model/report/reportpdf.h"
#include "model/rules/where.h"
#include "model/validator/validator.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace lyncdns;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// No display and no platform override: the command line must choose offscreen by itself.
using test::headlessEnvironment;

Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run r;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        r.err = process.errorString().toUtf8();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString poppler(const QStringList &arguments)
{
    const Run r = run(arguments.first(), arguments.mid(1));
    return r.exitCode == 0 ? QString::fromUtf8(r.out) : QString();
}

QString collapsed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" "));
}

// Parses the whole document; returns the first error, empty when the XHTML is well formed.
QString xmlError(const QString &html, QString *allText = nullptr)
{
    QXmlStreamReader xml(html);
    while (!xml.atEnd()) {
        xml.readNext();
        if (allText && xml.isCharacters())
            *allText += xml.text();
    }
    return xml.hasError() ? QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())
                          : QString();
}

CheckResult result(Location location, const QString &name, RecordType type, const QStringList &expected,
                   const QStringList &actual, CheckStatus status, const QString &detail = {})
{
    CheckResult r;
    r.item.location = location;
    r.item.name = name;
    r.item.type = type;
    r.item.expected = expected;
    r.item.requirement = QStringLiteral("int-test");
    r.actual = actual;
    r.status = status;
    r.detail = detail;
    r.elapsedMs = 12;
    return r;
}

CheckReport handMadeCheck()
{
    CheckReport report;
    report.internalServer = {QStringLiteral("10.0.0.53"), true, QStringLiteral("answered")};
    report.externalServer = {QStringLiteral("192.0.2.53"), true, QStringLiteral("answered")};
    report.timeoutSeconds = 4;
    report.started = QDateTime(QDate(2024, 3, 1), QTime(9, 15, 0), Qt::UTC);
    report.finished = QDateTime(QDate(2024, 3, 1), QTime(9, 15, 7), Qt::UTC);
    const QString ip = QStringLiteral("192.168.10.11");
    report.results = {
        result(Location::Internal, QStringLiteral("aaa-ok.contoso.com"), RecordType::A, {ip}, {ip},
               CheckStatus::Ok),
        result(Location::Internal, QStringLiteral("bbb-ok.contoso.com"), RecordType::A, {ip}, {ip},
               CheckStatus::Ok),
        result(Location::External, QStringLiteral("zzz-missing.contoso.com"), RecordType::A, {ip}, {},
               CheckStatus::Missing, QStringLiteral("NXDOMAIN")),
        result(Location::Internal, QStringLiteral("yyy-mismatch.contoso.com"), RecordType::A, {ip},
               {QStringLiteral("10.9.9.9")}, CheckStatus::Mismatch),
    };
    return report;
}

// Many results, each with a reason and (problems) a fix of its own, of every length from one line
// to four: enough page breaks to land between a record and its reason if anything lets them part.
// Tokens without hyphens, where a line may break: r0001.contoso.com, whyR0001, fixR0001.
CheckReport longCheck(int count)
{
    CheckReport report = handMadeCheck();
    report.results.clear();
    report.otherInternalServers << ServerInfo{QStringLiteral("10.2.0.53"), true, QStringLiteral("answered")};
    const CheckStatus statuses[] = {CheckStatus::Missing, CheckStatus::Mismatch, CheckStatus::Ok,
                                    CheckStatus::Extra,   CheckStatus::Missing,  CheckStatus::Unreachable};
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("R%1").arg(i, 4, 10, QLatin1Char('0'));
        const CheckStatus status = statuses[i % 6];
        CheckResult r = result(
            i % 3 ? Location::Internal : Location::External,
            QStringLiteral("r%1.contoso.com").arg(i, 4, 10, QLatin1Char('0')), RecordType::A,
            {QStringLiteral("10.1.%1.%2").arg(i / 200).arg(i % 200)},
            status == CheckStatus::Ok ? QStringList{QStringLiteral("10.1.0.1")} : QStringList(), status);
        r.item.required = i % 5 != 4;
        r.item.zone = QStringLiteral("contoso.com");
        r.server = r.item.location == Location::External
                       ? QStringLiteral("192.0.2.53")
                       : (i % 2 ? QStringLiteral("10.2.0.53") : QStringLiteral("10.0.0.53"));
        QString filler;
        for (int w = 0; w < (i * 7) % 41; ++w)
            filler += QStringLiteral(" because");
        r.detail = QStringLiteral("why%1%2").arg(id, filler);
        if (status != CheckStatus::Ok)
            r.fix = QStringLiteral("fix%1 create the record%2").arg(id, filler.left((i * 5) % 120));
        report.results << r;
    }
    return report;
}

// Two central sites with one paired Enterprise pool each, a reverse proxy each, GeoDNS over the pair
// (plan-format.md version 2, rule 6).
const char *kTwoSitePlan = R"({
  "format": "lyncdns-plan", "version": 2, "title": "Two sites, paired pools",
  "product": "sfb2015",
  "sipDomains": ["contoso.com"],
  "dns": { "splitBrain": true, "ttl": 3600, "ipv6": false },
  "sites": [
    { "name": "Redmond",
      "frontEndPools": [ { "edition": "enterprise", "fqdn": "pool01.contoso.net", "loadBalancing": "dns",
        "servers": [ { "fqdn": "fe01.contoso.net", "ipv4": "10.1.0.11" }, { "fqdn": "fe02.contoso.net", "ipv4": "10.1.0.12" } ],
        "webServices": { "internalFqdn": "webint01.contoso.net", "internalVip": "10.1.0.10", "externalFqdn": "webext01.contoso.com" },
        "pairedWith": "pool02.contoso.net" } ],
      "reverseProxies": [ { "name": "rp-redmond", "publicIpv4": "203.0.113.40" } ] },
    { "name": "Dublin",
      "frontEndPools": [ { "edition": "enterprise", "fqdn": "pool02.contoso.net", "loadBalancing": "dns",
        "servers": [ { "fqdn": "fe03.contoso.net", "ipv4": "10.2.0.11" }, { "fqdn": "fe04.contoso.net", "ipv4": "10.2.0.12" } ],
        "webServices": { "internalFqdn": "webint02.contoso.net", "internalVip": "10.2.0.10", "externalFqdn": "webext02.contoso.com" },
        "pairedWith": "pool01.contoso.net" } ],
      "reverseProxies": [ { "name": "rp-dublin", "publicIpv4": "198.51.100.40" } ] }
  ],
  "geoDns": { "zone": "geolb.contoso.com", "pools": ["pool01.contoso.net", "pool02.contoso.net"], "mode": "failover" }
})";

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void examplePdf_holdsRecordsFindingsAndPageNumbers_data();
    void examplePdf_holdsRecordsFindingsAndPageNumbers();
    void paper_givesItsPageSize_data();
    void paper_givesItsPageSize();
    void html_isWellFormedAndEscaped();
    void exportHtml_escapesHostileTitle();
    void checkReport_showsVantagePointCountsAndProblemsFirst();
    void checkReport_badExtension_isUsageError();
    void germanPdf_translatesTextButNotRecords();
    void forcedPdf_saysDraftOnEveryPage();
    void largePdf_holdsEveryRecordAndNumbersItsPages();
    void twoSitePdf_groupsRecordsBySiteAndListsGeoDns();
    void evidencePdf_saysWhatItIsOnEveryPage();
    void evidencePdf_keepsEachRecordWithItsReasonAndFix();
    void evidence_showsRequiredAndOptionalApart();
    void where_pathsInWords_data();
    void where_pathsInWords();
    void findings_sayWhereInWords();
    void pdf_listsTheCertificates();
    void pdf_migrationSection_listsRunbookAndChanges();

private:
    int pageCount(const QString &pdf);
    QString pageText(const QString &pdf, int page);

    QString m_pdftotext, m_pdfinfo, m_pdffonts;
};

void TestReport::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    m_pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    m_pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (m_pdftotext.isEmpty() || m_pdfinfo.isEmpty() || m_pdffonts.isEmpty())
        QFAIL("poppler-utils (pdftotext, pdfinfo, pdffonts) is needed: run .ci/install-deps");
}

void TestReport::examplePdf_holdsRecordsFindingsAndPageNumbers_data()
{
    QTest::addColumn<QString>("planFile");
    for (const QString &file : test::examplePlanFiles())
        QTest::newRow(qPrintable(file.section(QLatin1Char('/'), -1))) << file;
}

void TestReport::examplePdf_holdsRecordsFindingsAndPageNumbers()
{
    QFETCH(QString, planFile);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run r = run(test::binary(),
                      {QStringLiteral("export"), planFile, QStringLiteral("--format"), QStringLiteral("pdf"),
                       QStringLiteral("-o"), pdf},
                      headlessEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(test::readAll(pdf).startsWith("%PDF-"));

    const QString layoutText = poppler({m_pdftotext, QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const QString flowText = collapsed(poppler({m_pdftotext, pdf, QStringLiteral("-")}));
    QVERIFY(!layoutText.isEmpty());
    const Plan plan = test::loadPlan(planFile);
    QStringList missing;
    for (const DnsRecord &record : planRecords(plan))
        if (!layoutText.contains(record.name))
            missing << record.name;
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("record names not in the PDF text (cut off or wrapped?): ") +
                        missing.join(QStringLiteral(", "))));
    for (const Finding &f : validatePlan(plan)) {
        QVERIFY2(layoutText.contains(f.rule), qPrintable(f.rule));
        QVERIFY2(flowText.contains(collapsed(f.message)), qPrintable(f.message));
    }

    const QString info = poppler({m_pdfinfo, pdf});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    const int pageCount = pages.captured(1).toInt();
    QVERIFY2(pageCount >= 2 && pageCount <= 40, qPrintable(info));
    for (int page = 1; page <= pageCount; ++page)
        QVERIFY2(layoutText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pageCount)),
                 qPrintable(QStringLiteral("no page number on page %1").arg(page)));
    QVERIFY2(info.contains(plan.title.left(20)), qPrintable(info)); // the title metadata

    const QStringList fontLines =
        poppler({m_pdffonts, pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fontLines.isEmpty());
    for (const QString &line : fontLines) {
        // name type encoding emb sub uni object ID: "emb" is the fifth column from the right.
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                 qPrintable(QStringLiteral("font not embedded: ") + line));
    }
}

void TestReport::paper_givesItsPageSize_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("a4") << QStringLiteral("a4") << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("letter") << QStringLiteral("letter") << QStringLiteral("612 x 792 pts (letter)");
}

void TestReport::paper_givesItsPageSize()
{
    QFETCH(QString, paper);
    QFETCH(QString, pageSize);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run r =
        run(test::binary(),
            {QStringLiteral("export"), test::exampleFile(QStringLiteral("standard-edition.lyncplan")),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--paper"), paper,
             QStringLiteral("-o"), pdf},
            headlessEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString info = poppler({m_pdfinfo, pdf});
    QVERIFY2(info.contains(QStringLiteral("Page size:       ") + pageSize), qPrintable(info));
}

void TestReport::html_isWellFormedAndEscaped()
{
    for (const QString &file : test::examplePlanFiles()) {
        Plan plan = test::loadPlan(file);
        plan.title = QStringLiteral("<script>alert(1)</script> & \"q\" \x01");
        ReportInput input;
        input.plan = &plan;
        input.records = planRecords(plan);
        input.findings = validatePlan(plan);
        input.planFileName = QStringLiteral("<b>x</b>.lyncplan");
        const QString html = buildReportHtml(input);
        QString text;
        const QString error = xmlError(html, &text);
        QVERIFY2(error.isEmpty(), qPrintable(file + QStringLiteral(": ") + error));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<b>x</b>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;")));
        QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script> & \"q\"")));
        for (const DnsRecord &record : std::as_const(input.records))
            QVERIFY2(text.contains(record.name), qPrintable(record.name));
    }
}

void TestReport::exportHtml_escapesHostileTitle()
{
    QTemporaryDir dir;
    QFile source(test::exampleFile(QStringLiteral("standard-edition.lyncplan")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString planFile = dir.filePath(QStringLiteral("hostile.lyncplan"));
    QFile hostile(planFile);
    QVERIFY(hostile.open(QIODevice::WriteOnly));
    hostile.write(test::withEdits(source.readAll(), {{"title", R"("<script>alert(1)</script> & \"q\"")"}}));
    hostile.close();
    const QString out = dir.filePath(QStringLiteral("report.html"));
    const Run r = run(test::binary(),
                      {QStringLiteral("export"), planFile, QStringLiteral("--format"), QStringLiteral("html"),
                       QStringLiteral("-o"), out},
                      headlessEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString html = QString::fromUtf8(test::readAll(out));
    QVERIFY2(xmlError(html).isEmpty(), qPrintable(xmlError(html)));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;")));

    // The same title in the PDF prints as text.
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run p = run(test::binary(),
                      {QStringLiteral("export"), planFile, QStringLiteral("--format"), QStringLiteral("pdf"),
                       QStringLiteral("-o"), pdf},
                      headlessEnvironment());
    QVERIFY2(p.exitCode == 0, p.err.constData());
    QVERIFY(poppler({m_pdftotext, pdf, QStringLiteral("-")})
                .contains(QStringLiteral("<script>alert(1)</script>")));
}

void TestReport::checkReport_showsVantagePointCountsAndProblemsFirst()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("standard-edition.lyncplan")));
    const CheckReport check = handMadeCheck();
    ReportInput input;
    input.plan = &plan;
    input.records = planRecords(plan);
    input.findings = validatePlan(plan);
    input.check = &check;
    input.hostName = QStringLiteral("site-laptop-07");
    const QString html = buildReportHtml(input);
    QVERIFY2(xmlError(html).isEmpty(), qPrintable(xmlError(html)));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("check.pdf"));
    QString error;
    QVERIFY2(writeReportPdf(html, pdf, QPageSize::A4, &error), qPrintable(error));
    const QString text = poppler({m_pdftotext, QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const char *expected : {"site-laptop-07", "10.0.0.53", "192.0.2.53", "4 s per query",
                                 "2024-03-01 09:15:00", "2024-03-01 09:15:07", "NXDOMAIN"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    // One line per status with its count.
    static const QRegularExpression okCount(QStringLiteral("\\bok\\s+2\\b"));
    static const QRegularExpression missingCount(QStringLiteral("\\bmissing\\s+1\\b"));
    static const QRegularExpression mismatchCount(QStringLiteral("\\bmismatch\\s+1\\b"));
    static const QRegularExpression total(QStringLiteral("\\btotal\\s+4\\b"));
    for (const QRegularExpression *re : {&okCount, &missingCount, &mismatchCount, &total})
        QVERIFY2(text.contains(*re), qPrintable(re->pattern()));
    // Problems first: missing before mismatch (worse first), both before the ok results.
    const qsizetype missing = text.indexOf(QStringLiteral("zzz-missing.contoso.com"));
    const qsizetype mismatch = text.indexOf(QStringLiteral("yyy-mismatch.contoso.com"));
    const qsizetype ok = text.indexOf(QStringLiteral("aaa-ok.contoso.com"));
    QVERIFY(missing >= 0 && mismatch >= 0 && ok >= 0);
    QVERIFY2(missing < mismatch && mismatch < ok, qPrintable(text.mid(missing - 200, 1200)));
}

void TestReport::checkReport_badExtension_isUsageError()
{
    QTemporaryDir dir;
    const Run r =
        run(test::binary(),
            {QStringLiteral("check"), test::exampleFile(QStringLiteral("standard-edition.lyncplan")),
             QStringLiteral("--internal-server"), QStringLiteral("127.0.0.1"), QStringLiteral("--report"),
             dir.filePath(QStringLiteral("report.txt"))},
            headlessEnvironment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(".pdf or .html"), r.err.constData());
}

QString TestReport::pageText(const QString &pdf, int page)
{
    return poppler({m_pdftotext, QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                    QString::number(page), pdf, QStringLiteral("-")});
}

int TestReport::pageCount(const QString &pdf)
{
    const QString info = poppler({m_pdfinfo, pdf});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return pages.hasMatch() ? pages.captured(1).toInt() : 0;
}

void TestReport::forcedPdf_saysDraftOnEveryPage()
{
    // The largest example with one address mistyped: a report of several pages.
    const QString example = test::exampleFile(QStringLiteral("director-scaled-edge-two-domains.lyncplan"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString planFile = dir.filePath(QStringLiteral("invalid.lyncplan"));
    QVERIFY(test::writeAll(planFile, test::withEdits(test::readAll(example),
                                                     {{"frontEnd.servers[0].ipv4", "\"10.10.10.999\""}})));
    const QString draft = dir.filePath(QStringLiteral("draft.pdf"));
    const Run r = run(test::binary(),
                      {QStringLiteral("export"), planFile, QStringLiteral("--format"), QStringLiteral("pdf"),
                       QStringLiteral("--force"), QStringLiteral("-o"), draft},
                      headlessEnvironment());
    QVERIFY2(r.exitCode == 1, r.err.constData());
    const int pages = pageCount(draft);
    QVERIFY2(pages >= 2, qPrintable(poppler({m_pdfinfo, draft})));
    const Findings findings = validatePlan(test::loadPlan(planFile));
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
                        [](const Finding &f) { return f.severity == Severity::Error; }));
    for (int page = 1; page <= pages; ++page) {
        const QString text =
            poppler({m_pdftotext, QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                     QStringLiteral("-l"), QString::number(page), draft, QStringLiteral("-")});
        QVERIFY2(text.contains(QLatin1String("DRAFT")),
                 qPrintable(QStringLiteral("no DRAFT on page %1 of %2").arg(page).arg(pages)));
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(QStringLiteral("no page number on page %1").arg(page)));
    }
    // The stamp takes room from the content, never the content itself.
    const QString all = poppler({m_pdftotext, QStringLiteral("-layout"), draft, QStringLiteral("-")});
    QStringList missing;
    for (const DnsRecord &record : planRecords(test::loadPlan(planFile)))
        if (!all.contains(record.name))
            missing << record.name;
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("record names not in the draft: ") +
                                           missing.join(QStringLiteral(", "))));

    // The plan without the mistake: no stamp on any page, --force or not.
    const QString clean = dir.filePath(QStringLiteral("clean.pdf"));
    const Run cleanRun = run(test::binary(),
                             {QStringLiteral("export"), example, QStringLiteral("--format"),
                              QStringLiteral("pdf"), QStringLiteral("--force"), QStringLiteral("-o"), clean},
                             headlessEnvironment());
    QVERIFY2(cleanRun.exitCode == 0, cleanRun.err.constData());
    QVERIFY(!poppler({m_pdftotext, clean, QStringLiteral("-")}).contains(QLatin1String("DRAFT")));
}

// Issue 17: a large plan's report is laid out and painted a piece at a time. Every record still
// makes it into the PDF, and the pages are numbered through to the last ("Page M of M").
void TestReport::largePdf_holdsEveryRecordAndNumbersItsPages()
{
    Plan plan =
        test::loadPlan(test::exampleFile(QStringLiteral("director-scaled-edge-two-domains.lyncplan")));
    // Short domains: an SRV name over about 41 characters wraps in its column (then pdftotext
    // cannot find it whole), long or short plan alike.
    for (int i = 0; i < 300; ++i)
        plan.sipDomains << QStringLiteral("s%1.contoso.com").arg(i, 3, 10, QLatin1Char('0'));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString planFile = dir.filePath(QStringLiteral("large.lyncplan"));
    QString error;
    QVERIFY2(savePlanFile(plan, planFile, &error), qPrintable(error));
    const QString pdf = dir.filePath(QStringLiteral("large.pdf"));
    const Run r = run(test::binary(),
                      {QStringLiteral("export"), planFile, QStringLiteral("--format"), QStringLiteral("pdf"),
                       QStringLiteral("--force"), QStringLiteral("-o"), pdf},
                      headlessEnvironment());
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());

    const QString text = poppler({m_pdftotext, QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QStringList missing;
    const RecordSet records = planRecords(plan);
    QVERIFY(records.size() > 3000);
    for (const DnsRecord &record : records)
        if (!text.contains(record.name))
            missing << record.name;
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 record names not in the PDF text, such as: %2")
                                               .arg(missing.size())
                                               .arg(missing.mid(0, 10).join(QStringLiteral(", ")))));

    const int pages = pageCount(pdf);
    QVERIFY2(pages > 100, qPrintable(poppler({m_pdfinfo, pdf})));
    for (int page : {1, pages / 2, pages}) {
        const QString pageText =
            poppler({m_pdftotext, QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                     QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        QVERIFY2(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(QStringLiteral("no \"Page %1 of %2\" on page %1:\n%3")
                                .arg(page)
                                .arg(pages)
                                .arg(pageText.right(300))));
    }
    // No page numbered twice or left out: as many page footers as pages.
    static const QRegularExpression footer(QStringLiteral("Page \\d+ of (\\d+)"));
    int footers = 0;
    for (auto it = footer.globalMatch(text); it.hasNext(); ++footers)
        QCOMPARE(it.next().captured(1).toInt(), pages);
    QCOMPARE(footers, pages);
}

// Version 2: the records that exist once per SIP domain come first, then each site's own under
// its name; the GeoDNS names are a table of their own (rule 6), not records.
void TestReport::twoSitePdf_groupsRecordsBySiteAndListsGeoDns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString planFile = dir.filePath(QStringLiteral("two-sites.lyncplan"));
    QVERIFY(test::writeAll(planFile, kTwoSitePlan));
    const QString pdf = dir.filePath(QStringLiteral("two-sites.pdf"));
    const Run r = run(test::binary(),
                      {QStringLiteral("export"), planFile, QStringLiteral("--format"), QStringLiteral("pdf"),
                       QStringLiteral("-o"), pdf},
                      headlessEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = poppler({m_pdftotext, QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(!text.isEmpty());

    // The topology names both sites before any record.
    const qsizetype internal = text.indexOf(QStringLiteral("Internal DNS records"));
    const qsizetype external = text.indexOf(QStringLiteral("External DNS records"));
    QVERIFY2(internal > 0 && external > internal, qPrintable(text.left(3000)));
    for (const char *site : {"Redmond (central site)", "Dublin (central site)"}) {
        const qsizetype at = text.indexOf(QLatin1String(site));
        QVERIFY2(at >= 0 && at < internal, site);
    }

    // Each section: "Every SIP domain", then Redmond, then Dublin, each holding its own names.
    struct Section
    {
        qsizetype begin, end;
        const char *perDomain, *redmond, *dublin;
    };
    const Section sections[] = {
        {internal, external, "_sipinternaltls._tcp.contoso.com", "fe01.contoso.net", "fe03.contoso.net"},
        {external, text.size(), "lyncdiscover.contoso.com", "webext01.contoso.com", "webext02.contoso.com"},
    };
    for (const Section &section : sections) {
        const auto find = [&](const QString &what, qsizetype from) {
            const qsizetype at = text.indexOf(what, from);
            return at >= 0 && at < section.end ? at : qsizetype(-1);
        };
        const qsizetype every = find(QStringLiteral("Every SIP domain"), section.begin);
        const qsizetype perDomain = find(QLatin1String(section.perDomain), every);
        const qsizetype redmond = find(QStringLiteral("Redmond (central site)"), every);
        const qsizetype redmondName = find(QLatin1String(section.redmond), redmond);
        const qsizetype dublin = find(QStringLiteral("Dublin (central site)"), redmond);
        const qsizetype dublinName = find(QLatin1String(section.dublin), dublin);
        const QString excerpt = text.mid(section.begin, 4000);
        QVERIFY2(every >= 0 && perDomain > every && redmond > perDomain, qPrintable(excerpt));
        QVERIFY2(redmondName > redmond && dublin > redmondName && dublinName > dublin, qPrintable(excerpt));
        // A site's names stay under its own heading.
        QVERIFY2(find(QLatin1String(section.dublin), section.begin) > dublin, section.dublin);
        QVERIFY2(find(QLatin1String(section.redmond), section.begin) < dublin, section.redmond);
    }

    // Every planned record is in the PDF.
    QStringList missing;
    for (const DnsRecord &record : planRecords(test::loadPlan(planFile)))
        if (!text.contains(record.name))
            missing << record.name;
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

    // The GeoDNS table, after the records: each name with each pool's web FQDN of its view.
    const qsizetype geo = text.indexOf(QStringLiteral("GeoDNS name"), external);
    QVERIFY2(geo > external, qPrintable(text.mid(external, 3000)));
    const QString geoText = text.mid(geo);
    const auto hasRow = [&geoText](const char *name, const char *view, const char *member) {
        const QRegularExpression line(QStringLiteral("%1\\.geolb\\.contoso\\.com\\s+%2\\s+%3\\s+failover")
                                          .arg(QLatin1String(name), QLatin1String(view),
                                               QRegularExpression::escape(QLatin1String(member))));
        return geoText.contains(line);
    };
    for (const char *name : {"meet-int", "dialin-int", "lyncdiscoverint-int"})
        for (const char *member : {"webint01.contoso.net", "webint02.contoso.net"})
            QVERIFY2(hasRow(name, "internal", member), qPrintable(geoText.left(3000)));
    for (const char *name : {"meet-ext", "dialin-ext", "lyncdiscover-ext"})
        for (const char *member : {"webext01.contoso.com", "webext02.contoso.com"})
            QVERIFY2(hasRow(name, "external", member), qPrintable(geoText.left(3000)));
}

// The evidence of a check says what it is where a loose page shows it: the footer of every page
// ("DNS check evidence" and the date), and the PDF's title with the plan's title and the servers.
void TestReport::evidencePdf_saysWhatItIsOnEveryPage()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("standard-edition.lyncplan")));
    const CheckReport check = longCheck(60);
    ReportInput input;
    input.plan = &plan;
    input.records = planRecords(plan);
    input.findings = validatePlan(plan);
    input.check = &check;
    input.hostName = QStringLiteral("site-laptop-07");
    const QString html = buildReportHtml(input);
    QVERIFY2(xmlError(html).isEmpty(), qPrintable(xmlError(html)));
    QVERIFY(!html.contains(QLatin1String("DNS report")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("evidence.pdf"));
    QString error;
    QVERIFY2(writeReportPdf(html, pdf, QPageSize::A4, &error), qPrintable(error));
    const QString info = poppler({m_pdfinfo, pdf});
    for (const QString &expected : {QStringLiteral("DNS check evidence 2024-03-01"), plan.title.left(20),
                                    QStringLiteral("10.0.0.53, 10.2.0.53, 192.0.2.53")})
        QVERIFY2(info.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + info));
    const int pages = pageCount(pdf);
    QVERIFY2(pages > 3, qPrintable(info));
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        QVERIFY2(text.contains(QLatin1String("DNS check evidence 2024-03-01")) &&
                     text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(
                     QStringLiteral("page %1 does not say what it is:\n%2").arg(page).arg(text.right(300))));
        QVERIFY2(!text.contains(QLatin1String("DNS report")), qPrintable(QString::number(page)));
    }
}

// No record on one page with its reason or fix on the next: every page holds, for each record it
// shows, its reason and its fix, and every record is shown exactly once.
void TestReport::evidencePdf_keepsEachRecordWithItsReasonAndFix()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("standard-edition.lyncplan")));
    const CheckReport check = longCheck(400);
    ReportInput input;
    input.plan = &plan;
    input.records = planRecords(plan);
    input.check = &check;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("evidence.pdf"));
    QString error;
    QVERIFY2(writeReportPdf(buildReportHtml(input), pdf, QPageSize::A4, &error), qPrintable(error));

    static const QRegularExpression name(QStringLiteral("\\br(\\d{4})\\.contoso\\.com\\b"));
    static const QRegularExpression why(QStringLiteral("\\bwhyR(\\d{4})\\b"));
    static const QRegularExpression fix(QStringLiteral("\\bfixR(\\d{4})\\b"));
    const auto ids = [](const QRegularExpression &re, const QString &text) {
        QStringList out;
        for (auto it = re.globalMatch(text); it.hasNext();)
            out << it.next().captured(1);
        return out;
    };
    QHash<QString, int> pageOf;
    const int pages = pageCount(pdf);
    QVERIFY(pages > 10);
    int pagesWithResults = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        const QStringList names = ids(name, text);
        QStringList reasons = ids(why, text);
        QStringList fixes = ids(fix, text);
        pagesWithResults += names.isEmpty() ? 0 : 1;
        QStringList withFix;
        for (const QString &id : names) {
            QVERIFY2(
                !pageOf.contains(id),
                qPrintable(QStringLiteral("r%1 on pages %2 and %3").arg(id).arg(pageOf.value(id)).arg(page)));
            pageOf.insert(id, page);
            if (check.results.at(id.toInt()).status != CheckStatus::Ok)
                withFix << id;
        }
        QStringList sortedNames = names;
        for (QStringList *list : {&sortedNames, &reasons, &fixes, &withFix})
            std::sort(list->begin(), list->end());
        QVERIFY2(reasons == sortedNames,
                 qPrintable(QStringLiteral("page %1: records %2, reasons %3")
                                .arg(page)
                                .arg(sortedNames.join(QLatin1Char(' ')), reasons.join(QLatin1Char(' ')))));
        QVERIFY2(fixes == withFix,
                 qPrintable(QStringLiteral("page %1: records with a fix %2, fixes %3")
                                .arg(page)
                                .arg(withFix.join(QLatin1Char(' ')), fixes.join(QLatin1Char(' ')))));
    }
    QCOMPARE(pageOf.size(), check.results.size());
    QVERIFY(pagesWithResults > 10);
}

// Required and optional apart: the groups in their order, a missing optional record among the
// notices (never a problem), counted apart in the summary and on the cover.
void TestReport::evidence_showsRequiredAndOptionalApart()
{
    const Plan plan = test::loadPlan(test::exampleFile(QStringLiteral("standard-edition.lyncplan")));
    CheckReport check = handMadeCheck();
    CheckResult optional =
        result(Location::Internal, QStringLiteral("opt-missing.contoso.com"), RecordType::A,
               {QStringLiteral("10.0.0.9")}, {}, CheckStatus::Missing, QStringLiteral("NXDOMAIN"));
    optional.item.required = false;
    optional.item.requirement = QStringLiteral("int-sip");
    CheckResult wrongOptional = optional;
    wrongOptional.item.name = QStringLiteral("opt-wrong.contoso.com");
    wrongOptional.status = CheckStatus::Mismatch;
    wrongOptional.actual = {QStringLiteral("10.9.9.9")};
    wrongOptional.fix = QStringLiteral("change the address");
    check.results << optional << wrongOptional;
    ReportInput input;
    input.plan = &plan;
    input.records = planRecords(plan);
    input.check = &check;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("evidence.pdf"));
    QString error;
    QVERIFY2(writeReportPdf(buildReportHtml(input), pdf, QPageSize::A4, &error), qPrintable(error));
    const QString text = collapsed(poppler({m_pdftotext, pdf, QStringLiteral("-")}));

    const qsizetype required = text.indexOf(QLatin1String("Problems with required records (2)"));
    const qsizetype optionalProblems = text.indexOf(QLatin1String("Problems with optional records (1)"));
    const qsizetype notices = text.indexOf(QLatin1String("Notices: optional records not found (1)"));
    const qsizetype ok = text.indexOf(QLatin1String("Records as planned (2)"));
    QVERIFY2(required > 0 && optionalProblems > required && notices > optionalProblems && ok > notices,
             qPrintable(text.mid(text.indexOf(QLatin1String("DNS check evidence")), 3000)));
    const auto between = [&text](qsizetype from, qsizetype to, const char *what) {
        const qsizetype at = text.indexOf(QLatin1String(what), from);
        return at > from && at < to;
    };
    QVERIFY(between(required, optionalProblems, "zzz-missing.contoso.com"));
    QVERIFY(between(optionalProblems, notices, "opt-wrong.contoso.com"));
    QVERIFY(between(notices, ok, "opt-missing.contoso.com"));
    // The requirement by its name and id.
    QVERIFY2(
        text.contains(QStringLiteral("Requirement: %1").arg(requirementLabel(QStringLiteral("int-sip")))),
        qPrintable(requirementLabel(QStringLiteral("int-sip"))));
    // "Where" in words: the location and zone, and the server asked.
    QVERIFY2(text.contains(QLatin1String("internal DNS, zone contoso.com")) ||
                 text.contains(QLatin1String("internal DNS")),
             qPrintable(text.left(200)));
    // Counted apart: 6 results, 3 problems (the notice is not one), 1 notice.
    QVERIFY2(text.contains(QLatin1String("6 records checked: 3 problems, 1 notices")),
             qPrintable(text.left(1500)));
    static const QRegularExpression missingCounts(QStringLiteral("\\bmissing 1 1\\b"));
    QVERIFY2(text.contains(missingCounts), qPrintable(text.mid(text.indexOf(QLatin1String("Summary")), 800)));
}

void TestReport::where_pathsInWords_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("words");
    QTest::newRow("server address") << "sites[0].frontEndPools[0].servers[1].ipv4"
                                    << "site Redmond, Front End pool pool01.contoso.net, server 2 "
                                       "(fe02.contoso.net), IPv4 address";
    QTest::newRow("web services")
        << "sites[1].frontEndPools[0].webServices.externalFqdn"
        << "site Dublin, Front End pool pool02.contoso.net, web services, external FQDN";
    QTest::newRow("proxy") << "sites[1].reverseProxies[0].publicIpv4"
                           << "site Dublin, reverse proxy rp-dublin, public IPv4 address";
    QTest::newRow("site") << "sites[0].name"
                          << "site Redmond, name";
    QTest::newRow("GeoDNS pool") << "geoDns.pools[1]"
                                 << "GeoDNS, pools, entry 2 (pool02.contoso.net)";
    QTest::newRow("SIP domain") << "sipDomains[0]"
                                << "SIP domain contoso.com";
    QTest::newRow("an index the plan lacks") << "sites[0].frontEndPools[3].fqdn"
                                             << "site Redmond, Front End pool 4, FQDN";
    QTest::newRow("unknown key") << "signIn.someFutureSetting"
                                 << "sign-in, some future setting";
    QTest::newRow("whole plan") << ""
                                << "the plan as a whole";
}

void TestReport::where_pathsInWords()
{
    QFETCH(QString, path);
    QFETCH(QString, words);
    QTemporaryDir dir;
    const QString planFile = dir.filePath(QStringLiteral("two-sites.lyncplan"));
    QVERIFY(test::writeAll(planFile, kTwoSitePlan));
    QCOMPARE(planPathInWords(test::loadPlan(planFile), path), words);
}

// The findings of a report say where in words, never as a JSON path; one site needs no naming.
void TestReport::findings_sayWhereInWords()
{
    for (const QString &file : test::examplePlanFiles()) {
        const Plan plan = test::loadPlan(file);
        ReportInput input;
        input.plan = &plan;
        input.records = planRecords(plan);
        input.findings = validatePlan(plan);
        QString text;
        QVERIFY(xmlError(buildReportHtml(input), &text).isEmpty());
        static const QRegularExpression jsonPath(QStringLiteral("\\w\\[\\d+\\]"));
        QVERIFY2(!text.contains(jsonPath),
                 qPrintable(file + QStringLiteral(": ") + text.mid(text.indexOf(jsonPath) - 100, 200)));
        for (const Finding &f : std::as_const(input.findings))
            QVERIFY2(text.contains(QStringLiteral("Where: ") + planPathInWords(plan, f.path)),
                     qPrintable(f.path));
    }
}

QTEST_MAIN(TestReport)
// --lang de (issue #6): headings, findings and page numbers in German from the German catalogue,
// loaded here on its own; record names and data exactly as planned.
void TestReport::germanPdf_translatesTextButNotRecords()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString planFile = test::exampleFile(QStringLiteral("director-scaled-edge-two-domains.lyncplan"));
    const QString pdf = dir.filePath(QStringLiteral("bericht.pdf"));
    const Run r = run(test::binary(),
                      {QStringLiteral("export"), planFile, QStringLiteral("--format"), QStringLiteral("pdf"),
                       QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("de")},
                      headlessEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString layoutText = poppler({m_pdftotext, QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const QString flowText = collapsed(poppler({m_pdftotext, pdf, QStringLiteral("-")}));

    auto *german = new QTranslator(this);
    QVERIFY(german->load(QStringLiteral(":/i18n/lyncdns_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(german));
    const Plan plan = test::loadPlan(planFile);
    const RecordSet records = planRecords(plan);
    const Findings findings = validatePlan(plan); // messages in German now
    const QString pageOf = QCoreApplication::translate("ReportPdf", "Page %1 of %2");
    QCoreApplication::removeTranslator(german);
    delete german;

    QVERIFY2(pageOf != QLatin1String("Page %1 of %2"), qPrintable(pageOf));
    QVERIFY2(layoutText.contains(pageOf.arg(1).section(QStringLiteral("%2"), 0, 0)) &&
                 !layoutText.contains(QLatin1String("Page 1 of")),
             qPrintable(layoutText.left(2000)));
    for (const DnsRecord &record : records) {
        QVERIFY2(layoutText.contains(record.name), qPrintable(record.name));
        if (record.type != RecordType::SRV) // the report shows SRV data in columns of their own
            QVERIFY2(flowText.contains(collapsed(record.data)), qPrintable(record.data));
    }
    QVERIFY(!findings.isEmpty());
    for (const Finding &f : findings) {
        QVERIFY2(layoutText.contains(f.rule), qPrintable(f.rule));
        // pdftotext drops the hyphen where a line breaks after one ("SIP-|Domänen").
        QVERIFY2(QString(flowText)
                     .remove(QLatin1Char('-'))
                     .contains(collapsed(f.message).remove(QLatin1Char('-'))),
                 qPrintable(f.message));
    }
}

// Issue 14: the report's Certificates section. examples/ee-dnslb-single-edge-nat.lyncplan, from
// Microsoft's tables: the Edge external certificate has subject sip.contoso.com and the SANs
// sip.contoso.com, sipexternal.contoso.com (not added by the wizard: marked *) and
// webcon.contoso.com; the reverse proxy's has subject webext.contoso.com and lyncdiscover.contoso.com.
void TestReport::pdf_listsTheCertificates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run r =
        run(test::binary(),
            {QStringLiteral("export"), test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf},
            headlessEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = collapsed(poppler({m_pdftotext, pdf, QStringLiteral("-")}));
    const qsizetype external = text.indexOf(QStringLiteral("External DNS records"));
    const qsizetype section = text.indexOf(QStringLiteral("Certificates One request per server role"));
    const qsizetype findings = text.indexOf(QStringLiteral("Validator findings"));
    QVERIFY2(external > 0 && section > external && findings > section, qPrintable(text.left(2000)));
    const QString certificates = text.mid(section, findings - section);
    const qsizetype edge = certificates.indexOf(QStringLiteral("Edge, external"));
    QVERIFY2(edge > 0, qPrintable(certificates));
    const QString edgeRow = certificates.mid(edge, 400);
    for (const char *expected : {"sip.contoso.com", "sipexternal.contoso.com*", "webcon.contoso.com",
                                 "public CA,", "exportable key"})
        QVERIFY2(edgeRow.contains(QLatin1String(expected)),
                 qPrintable(expected + QStringLiteral(" | ") + edgeRow));
    QVERIFY2(!certificates.contains(QStringLiteral("av.contoso.com,")), qPrintable(certificates));
    const qsizetype proxy = certificates.indexOf(QStringLiteral("Reverse proxy"));
    QVERIFY2(proxy > 0 && certificates.indexOf(QStringLiteral("lyncdiscover.contoso.com"), proxy) > proxy,
             qPrintable(certificates));
}

// Issue 15: the Migration section, after the Certificates. tests/data/migration/one-site.lyncplan is
// hybrid, commercial cloud, every SIP domain moving. By plan-format.md rule 12 and Microsoft's
// cutover page (M-DNS), external lyncdiscover.contoso.com goes from the reverse proxy's
// webext.contoso.com to webdir.online.lync.com in the DNS step (runbook step 3, after the TTLs and
// the users), and the tenant's switch is Grant-CsTeamsUpgradePolicy -PolicyName UpgradeToTeams
// -Global (M-DISABLE). A plan without a migration block has no such section.
void TestReport::pdf_migrationSection_listsRunbookAndChanges()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("migration.pdf"));
    Run r = run(test::binary(),
                {QStringLiteral("export"), test::dataFile(QStringLiteral("migration/one-site.lyncplan")),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf},
                headlessEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // -layout: a row of the change set reads as one line.
    const QString text =
        collapsed(poppler({m_pdftotext, QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
    const qsizetype certificates = text.indexOf(QStringLiteral("Certificates One request per server role"));
    const qsizetype section = text.indexOf(QStringLiteral("Migration to Teams The DNS side"));
    const qsizetype findings = text.indexOf(QStringLiteral("Validator findings"));
    QVERIFY2(certificates > 0 && section > certificates && findings > section, qPrintable(text.left(3000)));
    const QString migration = text.mid(section, findings - section);
    for (const char *expected :
         {"From hybrid with Microsoft 365 to Teams only, Microsoft 365",
          "SIP domains moving contoso.com, fabrikam.com",
          "Grant-CsTeamsUpgradePolicy -PolicyName UpgradeToTeams -Global",
          "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false", "Warning: Federated partners"})
        QVERIFY2(migration.contains(QLatin1String(expected)),
                 qPrintable(expected + QStringLiteral(" | ") + migration));
    // The grant is step 4: after the DNS step (3), before the removal of the rest (7).
    QVERIFY2(migration.contains(QStringLiteral("4 Switch the tenant to Teams Only")), qPrintable(migration));
    const qsizetype external =
        migration.indexOf(QStringLiteral("External DNS"), migration.indexOf(QStringLiteral("DNS changes")));
    QVERIFY2(external > 0, qPrintable(migration));
    QVERIFY2(migration.indexOf(QStringLiteral("3 change lyncdiscover.contoso.com CNAME webext.contoso.com "
                                              "webdir.online.lync.com"),
                               external) > external,
             qPrintable(migration.mid(external)));
    // Kept records are not rows: webcon.contoso.com (the Web Conferencing Edge) stays as it is.
    QVERIFY2(!migration.contains(QStringLiteral("webcon.contoso.com")), qPrintable(migration));

    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    r = run(test::binary(),
            {QStringLiteral("export"), test::exampleFile(QStringLiteral("ee-dnslb-single-edge-nat.lyncplan")),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), plain},
            headlessEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString plainText = collapsed(poppler({m_pdftotext, plain, QStringLiteral("-")}));
    QVERIFY(plainText.contains(QStringLiteral("Validator findings")));
    QVERIFY2(!plainText.contains(QStringLiteral("Migration to Teams")), qPrintable(plainText.left(2000)));
    QVERIFY(!plainText.contains(QStringLiteral("Grant-CsTeamsUpgradePolicy")));
}

#include "tst_report.moc"
