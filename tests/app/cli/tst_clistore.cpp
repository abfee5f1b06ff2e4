// archboard-cli with `.archboard` documents: commit, log, diff, convert, and
// every command that reads a design taking DOC and DOC@N.
#include "app/cli/app.h"
#include "app/cli/cliio.h"
#include "app/cli/exitcode.h"
#include "app/cli/imageexport.h"
#include "support/clirun.h"

#include <cstdlib>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>
#include <sstream>
#include <string>
#include <vector>

using namespace archboard::cli;

namespace {

using clitest::CliRun;

CliRun cli(const std::vector<std::string>& args) {
    return clitest::runCliWith(args);
}

std::string caseFile(const char* name) {
    return std::string(ARCHBOARD_FIXTURES "/cases/") + name + ".archboard.json";
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The canonical bytes of a design, as `convert` writes them.
QByteArray canonical(const std::string& argument, const QTemporaryDir& dir) {
    const std::string out = dir.filePath(QStringLiteral("canonical.json")).toStdString();
    if (cli({"convert", argument, out}).code != Exit::Ok)
        return {};
    return readAll(QString::fromStdString(out));
}

} // namespace

class tst_CliStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();

    void commitCreatesAndAppends();
    void commitOfInvalidDesignLeavesDocumentUntouched();
    void commitRefusesWhatIsNotADocument();
    void commitToReadOnlyDocumentFails();
    void commitTakesAnyDesignArgument();
    void logText();
    void logJson();
    void logRefusesJsonDesign();
    void diffExitCodesAndFormats();
    void diffReportsBothUnreadableSides();
    void convertBetweenFormats();
    void convertNeverReplacesADocument();
    void convertRefusesExportsNotYetAvailable();
    void convertHandsImagesToTheRenderer();
    void convertUsageErrors();
    void validateReadsDocumentsAndVersions();
    void damagedAndNewerDocumentsFail();
    void damagedVersionIsNamedAndNothingAppended();
    void binaryWaitsForLockedDocument();

private:
    std::string path(const char* name) const {
        return m_dir->filePath(QString::fromUtf8(name)).toStdString();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("ARCHBOARD_AUTHOR", "Ann Author");
}

void tst_CliStore::commitCreatesAndAppends() {
    const std::string doc = path("a.archboard");
    CliRun run = cli({"commit", doc, caseFile("url-shortener-naive"), "-m", "first"});
    QCOMPARE(run.code, Exit::Ok);
    QCOMPARE(run.out, doc + "@1\n");
    QCOMPARE(run.err, std::string());
    run = cli({"commit", doc, caseFile("url-shortener-solid")});
    QCOMPARE(run.out, doc + "@2\n");
    // The same design again stores nothing.
    const QByteArray before = readAll(QString::fromStdString(doc));
    run = cli({"commit", doc, caseFile("url-shortener-solid"), "--message=again"});
    QCOMPARE(run.code, Exit::Ok);
    QCOMPARE(run.out, doc + "@2 unchanged\n");
    QCOMPARE(readAll(QString::fromStdString(doc)), before);
    QCOMPARE(canonical(doc + "@1", *m_dir), canonical(caseFile("url-shortener-naive"), *m_dir));
    QCOMPARE(canonical(doc, *m_dir), canonical(caseFile("url-shortener-solid"), *m_dir));
}

void tst_CliStore::commitOfInvalidDesignLeavesDocumentUntouched() {
    const std::string doc = path("b.archboard");
    QCOMPARE(cli({"commit", doc, caseFile("url-shortener-naive")}).code, Exit::Ok);
    const QByteArray before = readAll(QString::fromStdString(doc));
    const std::string bad = path("bad.archboard.json");
    QFile file(QString::fromStdString(bad));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "archboard", "version": 1, "components": [{"id": "a"}]})");
    file.close();
    const CliRun run = cli({"commit", doc, bad});
    QCOMPARE(run.code, Exit::Failure);
    QCOMPARE(run.out, std::string());
    QCOMPARE(run.err, bad + ": components[0].kind: missing\n");
    QCOMPARE(readAll(QString::fromStdString(doc)), before);
    // A new document is not even created.
    const std::string fresh = path("fresh.archboard");
    QCOMPARE(cli({"commit", fresh, bad}).code, Exit::Failure);
    QVERIFY(!QFile::exists(QString::fromStdString(fresh)));
}

void tst_CliStore::commitRefusesWhatIsNotADocument() {
    const std::string json = path("design.archboard.json");
    QVERIFY(QFile::copy(QString::fromStdString(caseFile("url-shortener-naive")),
                        QString::fromStdString(json)));
    const QByteArray before = readAll(QString::fromStdString(json));
    const CliRun run = cli({"commit", json, caseFile("url-shortener-solid")});
    QCOMPARE(run.code, Exit::Failure);
    QCOMPARE(run.err, json + ": not an Archboard document\n");
    QCOMPARE(readAll(QString::fromStdString(json)), before);
}

void tst_CliStore::commitToReadOnlyDocumentFails() {
    const std::string doc = path("ro.archboard");
    QCOMPARE(cli({"commit", doc, caseFile("url-shortener-naive")}).code, Exit::Ok);
    QVERIFY(QFile::setPermissions(QString::fromStdString(doc), QFile::ReadOwner));
    const QByteArray before = readAll(QString::fromStdString(doc));
    const CliRun run = cli({"commit", doc, caseFile("url-shortener-solid")});
    QCOMPARE(run.code, Exit::Failure);
    QCOMPARE(run.err, doc + ": the document is read-only; nothing was stored\n");
    QCOMPARE(readAll(QString::fromStdString(doc)), before);
    // Reading it is fine.
    QCOMPARE(cli({"log", doc}).code, Exit::Ok);
}

void tst_CliStore::commitTakesAnyDesignArgument() {
    const std::string source = path("source.archboard");
    QCOMPARE(cli({"commit", source, caseFile("url-shortener-naive")}).code, Exit::Ok);
    QCOMPARE(cli({"commit", source, caseFile("url-shortener-solid")}).code, Exit::Ok);
    const std::string copy = path("copy.archboard");
    QCOMPARE(cli({"commit", copy, source + "@1"}).out, copy + "@1\n");
    QCOMPARE(cli({"commit", copy, source}).out, copy + "@2\n");
    QCOMPARE(canonical(copy + "@1", *m_dir), canonical(source + "@1", *m_dir));
    const CliRun missing = cli({"commit", copy, source + "@7"});
    QCOMPARE(missing.code, Exit::Failure);
    QCOMPARE(missing.err, source + "@7: no version 7 (the document has 2)\n");
}

void tst_CliStore::logText() {
    const std::string doc = path("log.archboard");
    cli({"commit", doc, caseFile("url-shortener-naive")});
    cli({"commit", doc, caseFile("url-shortener-solid"), "-m", "Reviewed\nby\tBob", "--author",
         "Bob\r\nBuilder"});
    const CliRun run = cli({"log", doc});
    QCOMPARE(run.code, Exit::Ok);
    const QString out = QString::fromStdString(run.out);
    const QRegularExpression expected(QStringLiteral(
        "^1  \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  Ann Author  3 components, 2 connections\n"
        "2  \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  Bob  Builder  8 components, 6 connections"
        "  Reviewed by Bob\n$"));
    QVERIFY2(expected.match(out).hasMatch(), qPrintable(out));
}

void tst_CliStore::logJson() {
    const std::string doc = path("logjson.archboard");
    cli({"commit", doc, caseFile("url-shortener-naive"), "-m", "line\nbreak"});
    const CliRun run = cli({"log", doc, "--format", "json"});
    QCOMPARE(run.code, Exit::Ok);
    const QString out = QString::fromStdString(run.out);
    const QRegularExpression expected(QStringLiteral(
        "^\\{\n  \"file\": \"[^\"]*logjson.archboard\",\n  \"versions\": \\[\n    \\{\n"
        "      \"number\": 1,\n      \"time\": \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\",\n"
        "      \"author\": \"Ann Author\",\n      \"message\": \"line\\\\nbreak\",\n"
        "      \"components\": 3,\n      \"connections\": 2\n    \\}\n  \\]\n\\}\n$"));
    QVERIFY2(expected.match(out).hasMatch(), qPrintable(out));
}

void tst_CliStore::logRefusesJsonDesign() {
    const CliRun run = cli({"log", caseFile("url-shortener-naive")});
    QCOMPARE(run.code, Exit::Failure);
    QCOMPARE(run.out, std::string());
    QCOMPARE(run.err, caseFile("url-shortener-naive") +
                          ": a JSON design has no history; log reads .archboard documents\n");
    const CliRun missing = cli({"log", path("missing.archboard")});
    QCOMPARE(missing.code, Exit::Failure);
    QCOMPARE(missing.err, path("missing.archboard") + ": cannot open: No such file or directory\n");
}

void tst_CliStore::diffExitCodesAndFormats() {
    const std::string doc = path("diff.archboard");
    cli({"commit", doc, caseFile("url-shortener-naive")});
    cli({"commit", doc, caseFile("url-shortener-solid")});
    CliRun run = cli({"diff", doc, caseFile("url-shortener-solid")});
    QCOMPARE(run.code, Exit::Ok);
    QCOMPARE(run.out, std::string());
    run = cli({"diff", doc + "@1", doc});
    QCOMPARE(run.code, Exit::Findings);
    QVERIFY(run.out.starts_with("~ design design.id: \"url-shortener-(first-sketch)\" -> "
                                "\"url-shortener-(reviewed)\"\n"));
    // People read names; the id only where a name is missing or shared.
    QVERIFY(run.out.find("\n+ component \"Hot links\"\n") != std::string::npos);
    QVERIFY(run.out.find("\n~ component \"Shortener API\" replicas: 1 -> 6\n") !=
            std::string::npos);
    QVERIFY(run.out.find("\n+ connection \"Edge LB \u2192 Gateway\"\n") != std::string::npos);
    run = cli({"diff", doc + "@1", doc, "--format", "json"});
    QCOMPARE(run.code, Exit::Findings);
    QVERIFY(run.out.starts_with("{\n  \"a\": \"" + doc + "@1\",\n  \"b\": \"" + doc +
                                "\",\n  \"design\": [\n    {\n      \"path\": \"design.id\","));
    QVERIFY(run.out.ends_with("\n}\n"));
    // The same two designs, the other way round: added and removed swap.
    run = cli({"diff", doc, doc + "@1"});
    QVERIFY(run.out.find("\n- component \"Hot links\"\n") != std::string::npos);
}

void tst_CliStore::diffReportsBothUnreadableSides() {
    const CliRun run = cli({"diff", path("nope.archboard@2"), path("missing.json")});
    QCOMPARE(run.code, Exit::Failure);
    QCOMPARE(run.err, path("nope.archboard@2") + ": cannot open: No such file or directory\n" +
                          path("missing.json") + ": cannot open: No such file or directory\n");
}

void tst_CliStore::convertBetweenFormats() {
    const std::string doc = path("conv.archboard");
    CliRun run = cli({"convert", caseFile("checkout-flash-sale"), doc});
    QCOMPARE(run.code, Exit::Ok);
    QCOMPARE(run.out + run.err, std::string());
    const CliRun log = cli({"log", doc});
    QVERIFY2(log.out.starts_with("1  ") && log.out.find("  Ann Author  ") != std::string::npos,
             log.out.c_str());
    QCOMPARE(std::count(log.out.begin(), log.out.end(), '\n'), 1);
    // Back to JSON, from the document and from its version 1: the same bytes.
    const std::string json = path("out.ARCHBOARD.JSON");
    QCOMPARE(cli({"convert", doc + "@1", json}).code, Exit::Ok);
    QCOMPARE(readAll(QString::fromStdString(json)),
             canonical(caseFile("checkout-flash-sale"), *m_dir));
    // An existing JSON file is replaced.
    QCOMPARE(cli({"convert", caseFile("url-shortener-naive"), json}).code, Exit::Ok);
    QCOMPARE(readAll(QString::fromStdString(json)),
             canonical(caseFile("url-shortener-naive"), *m_dir));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*tmp*")}, QDir::Files), QStringList());
}

void tst_CliStore::convertNeverReplacesADocument() {
    const std::string doc = path("keep.archboard");
    QCOMPARE(cli({"convert", caseFile("url-shortener-naive"), doc}).code, Exit::Ok);
    const QByteArray before = readAll(QString::fromStdString(doc));
    const CliRun run = cli({"convert", caseFile("url-shortener-solid"), doc});
    QCOMPARE(run.code, Exit::Failure);
    QCOMPARE(run.err, doc + ": already exists; a document is never replaced (use commit to add a "
                            "version to it)\n");
    QCOMPARE(readAll(QString::fromStdString(doc)), before);
}

void tst_CliStore::convertRefusesExportsNotYetAvailable() {
    for (const char* extension : {".md", ".html", ".mmd", ".drawio"}) {
        const std::string out = path("export") + extension;
        const CliRun run = cli({"convert", caseFile("url-shortener-naive"), out});
        QCOMPARE(run.code, Exit::Failure);
        QCOMPARE(run.err,
                 out + ": exporting to " + extension + " is not available in archboard-cli yet\n");
        QVERIFY(!QFile::exists(QString::fromStdString(out)));
    }
    const std::string drawio = path("import.drawio");
    QFile file(QString::fromStdString(drawio));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<mxfile/>");
    file.close();
    const CliRun run = cli({"convert", drawio, path("x.json")});
    QCOMPARE(run.code, Exit::Failure);
    QCOMPARE(run.err, drawio + ": importing from .drawio is not available in archboard-cli yet\n");
}

void tst_CliStore::convertHandsImagesToTheRenderer() {
    std::string seenPath;
    std::string seenTitle;
    double seenScale = 0;
    std::string failure;
    setImageExporter([&](const archboard::DesignData& design, const std::string& out,
                         const ImageOptions& options) {
        seenPath = out;
        seenTitle = design.info.title;
        seenScale = options.scale;
        return failure;
    });
    const std::string png = path("picture.PNG");
    QCOMPARE(cli({"convert", caseFile("url-shortener-naive"), png, "--scale", "2.5"}).code,
             Exit::Ok);
    QCOMPARE(seenPath, png);
    QCOMPARE(seenTitle, std::string("URL shortener (first sketch)"));
    QCOMPARE(seenScale, 2.5);
    QCOMPARE(cli({"convert", caseFile("url-shortener-naive"), path("p.svg")}).code, Exit::Ok);
    QCOMPARE(seenScale, 1.0);

    failure = "cannot write here";
    const CliRun failed = cli({"convert", caseFile("url-shortener-naive"), path("p.pdf")});
    QCOMPARE(failed.code, Exit::Failure);
    QCOMPARE(failed.err, path("p.pdf") + ": cannot write here\n");

    setImageExporter({});
    const CliRun none = cli({"convert", caseFile("url-shortener-naive"), path("q.svg")});
    QCOMPARE(none.code, Exit::Failure);
    QCOMPARE(none.err, path("q.svg") + ": exporting images needs the archboard-cli executable\n");
}

void tst_CliStore::convertUsageErrors() {
    CliRun run = cli({"convert", caseFile("url-shortener-naive"), path("out.txt")});
    QCOMPARE(run.code, Exit::Failure);
    QVERIFY(run.err.starts_with("archboard-cli: convert: cannot tell what to write from the name"));
    for (const char* scale : {"0", "9", "abc", "0.05"}) {
        run = cli({"convert", caseFile("url-shortener-naive"), path("out.png"), "--scale", scale});
        QCOMPARE(run.code, Exit::Failure);
        QVERIFY2(run.err.starts_with("archboard-cli: convert: option --scale takes a number"),
                 run.err.c_str());
    }
    QCOMPARE(cli({"convert", caseFile("url-shortener-naive")}).code, Exit::Failure);
    QCOMPARE(cli({"log"}).code, Exit::Failure);
    QCOMPARE(cli({"log", "a", "--format", "xml"}).code, Exit::Failure);
    QCOMPARE(cli({"diff", "a"}).code, Exit::Failure);
    QCOMPARE(cli({"commit", "a"}).code, Exit::Failure);
}

void tst_CliStore::validateReadsDocumentsAndVersions() {
    const std::string doc = path("valid.archboard");
    cli({"commit", doc, caseFile("url-shortener-naive")});
    const CliRun run = cli({"validate", doc, doc + "@1", doc + "@2"});
    QCOMPARE(run.code, Exit::Failure);
    QCOMPARE(run.out, doc + ": ok\n" + doc + "@1: ok\n");
    QCOMPARE(run.err, doc + "@2: no version 2 (the document has 1)\n");
}

// A byte changed inside version 2 (a bad copy): every command that lists or
// appends says so in one line, names what still reads, and writes nothing;
// the intact version can still be saved elsewhere.
void tst_CliStore::damagedVersionIsNamedAndNothingAppended() {
    const std::string doc = path("flipped.archboard");
    const QString docPath = QString::fromStdString(doc);
    QCOMPARE(cli({"commit", doc, caseFile("url-shortener-naive")}).code, Exit::Ok);
    QCOMPARE(cli({"commit", doc, caseFile("url-shortener-solid")}).code, Exit::Ok);
    QByteArray bytes = readAll(docPath);
    // A name only the second version has: flip one of its bytes.
    const QByteArray probe("Hot links");
    const qsizetype at = bytes.indexOf(probe);
    QVERIFY(at >= 0 && bytes.indexOf(probe, at + 1) < 0);
    bytes[at + 1] = 'a'; // "Hat links"
    {
        QFile file(docPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const std::string expected = doc + ": the document is damaged (version 2 fails its "
                                       "checksum); version 1 is still readable\n";
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"validate", doc},
          {"validate", "--deep", doc},
          {"log", doc},
          {"commit", doc, caseFile("checkout-flash-sale")}}) {
        const CliRun run = cli(args);
        QCOMPARE(run.code, Exit::Failure);
        QCOMPARE(run.err, expected);
    }
    // Reading the damaged version says which; the intact one still converts.
    const CliRun second = cli({"convert", doc + "@2", path("second.json")});
    QCOMPARE(second.code, Exit::Failure);
    QCOMPARE(second.err, doc + "@2: the document is damaged (version 2 fails its checksum)\n");
    QCOMPARE(cli({"convert", doc + "@1", path("first.json")}).code, Exit::Ok);
    QCOMPARE(readAll(docPath), bytes); // nothing was written
}

void tst_CliStore::damagedAndNewerDocumentsFail() {
    const std::string doc = path("damaged.archboard");
    cli({"commit", doc, caseFile("checkout-flash-sale")});
    QByteArray bytes = readAll(QString::fromStdString(doc));
    {
        QFile file(QString::fromStdString(doc));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes.left(bytes.size() / 2));
    }
    for (const char* command : {"validate", "log"}) {
        const CliRun run = cli({command, doc});
        QCOMPARE(run.code, Exit::Failure);
        QVERIFY2(run.err.starts_with(doc + ": the document is damaged"), run.err.c_str());
    }
    const std::string newer = path("newer.archboard");
    cli({"commit", newer, caseFile("url-shortener-naive")});
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(newer.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "PRAGMA user_version = 3", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    const QByteArray before = readAll(QString::fromStdString(newer));
    for (const std::vector<std::string>& args : {std::vector<std::string>{"validate", newer},
                                                 {"log", newer},
                                                 {"commit", newer, caseFile("url-shortener-solid")},
                                                 {"diff", newer, newer + "@1"}}) {
        const CliRun run = cli(args);
        QCOMPARE(run.code, Exit::Failure);
        QVERIFY2(run.err.starts_with(newer) &&
                     run.err.find(": schema version 3 is newer than this Archboard reads (2)\n") !=
                         std::string::npos,
                 run.err.c_str());
    }
    QCOMPARE(readAll(QString::fromStdString(newer)), before);
}

void tst_CliStore::binaryWaitsForLockedDocument() {
    const std::string doc = path("locked.archboard");
    cli({"commit", doc, caseFile("url-shortener-naive")});
    sqlite3* other = nullptr;
    QCOMPARE(sqlite3_open(doc.c_str(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(ARCHBOARD_CLI_PATH),
                  {QStringLiteral("commit"), QString::fromStdString(doc),
                   QString::fromStdString(caseFile("url-shortener-solid"))});
    QVERIFY(process.waitForFinished(60000));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    QVERIFY(timer.elapsed() >= 2500); // it waited for the other program
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), Exit::Failure);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
             QString::fromStdString(doc) +
                 QStringLiteral(": the document is locked by another program; try again when "
                                "it is done\n"));
    // Once released, the same commit goes through.
    QCOMPARE(cli({"commit", doc, caseFile("url-shortener-solid")}).out, doc + "@2\n");
}

QTEST_GUILESS_MAIN(tst_CliStore)
#include "tst_clistore.moc"
