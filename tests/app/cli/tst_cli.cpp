// archboard-cli: the conventions of cli.md and the `validate` command, run
// in-process through runCli, plus a few runs of the real binary.

#include "app/cli/app.h"
#include "app/cli/cliargs.h"
#include "app/cli/cliio.h"
#include "app/cli/exitcode.h"
#include "support/clitestsupport.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <random>
#include <sqlite3.h>
#include <sstream>
#include <string>
#include <vector>

using namespace archboard::cli;

namespace {

const std::string kVersionLine = std::string("archboard-cli ") + ARCHBOARD_VERSION + "\n";

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    // Conventions
    void helpListsCommands();
    void commandHelp();
    void version();
    void noArgumentsIsUsageError();
    void usageErrors_data();
    void usageErrors();
    void parser_data();
    void parser();
    void parserDefaultsAndRequests();
    void doubleDashEndsOptions();
    void failedStdoutIsFailure();

    // validate
    void validatesEverySharedCase_data();
    void validatesEverySharedCase();
    void validateKeepsArgumentOrder();
    void malformedFiles_data();
    void malformedFiles();
    void validAndInvalidTogether();
    void foreignSqliteFileIsRefusedUntouched();
    void garbageNeverCrashes();

    // The real binary
    void binarySeparatesStdoutAndStderr();
    void binaryExitCodes();
    void binarySurvivesClosedStdout();
};

void TestCli::initTestCase() {
    QVERIFY2(casePaths().size() >= 10, qPrintable(casesDir()));
}

void TestCli::helpListsCommands() {
    const CliRun run = runCliWith({"--help"});
    QCOMPARE(run.code, Exit::Ok);
    QVERIFY(run.out.starts_with("Usage: archboard-cli COMMAND"));
    QVERIFY(run.out.find("\n  validate  ") != std::string::npos);
    QVERIFY(run.out.find("Exit status:") != std::string::npos);
    QVERIFY(run.err.empty());
}

void TestCli::commandHelp() {
    const CliRun run = runCliWith({"validate", "--help"});
    QCOMPARE(run.code, Exit::Ok);
    QVERIFY(run.out.starts_with("Usage: archboard-cli validate FILE... [--deep]\n"));
    QVERIFY(run.out.find("--help") != std::string::npos);
    QVERIFY(run.out.find("Exit status:") != std::string::npos);
    QVERIFY(run.err.empty());

    // The same help however it is asked for; help is shown, nothing is read.
    QCOMPARE(runCliWith({"--help", "validate"}).out, run.out);
    const CliRun afterFile = runCliWith({"validate", "no-such-file.json", "--help"});
    QCOMPARE(afterFile.code, Exit::Ok);
    QCOMPARE(afterFile.out, run.out);
    QVERIFY(afterFile.err.empty());
}

void TestCli::version() {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"--version"},
          std::vector<std::string>{"validate", "--version"}}) {
        const CliRun run = runCliWith(args);
        QCOMPARE(run.code, Exit::Ok);
        QCOMPARE(run.out, kVersionLine);
        QVERIFY(run.err.empty());
    }
}

void TestCli::noArgumentsIsUsageError() {
    const CliRun run = runCliWith({});
    QCOMPARE(run.code, Exit::Failure);
    QVERIFY(run.out.empty());
    QVERIFY(run.err.starts_with("Usage: archboard-cli"));
}

void TestCli::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    const QString valid = casePaths().value(0);
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown top-level option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("unknown option before FILE")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--strict"), valid};
    QTest::newRow("unknown option after FILE")
        << QStringList{QStringLiteral("validate"), valid, QStringLiteral("--strict")};
    QTest::newRow("unknown option with value")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--format=json"), valid};
    QTest::newRow("unknown short option")
        << QStringList{QStringLiteral("validate"), QStringLiteral("-q"), valid};
    QTest::newRow("missing FILE") << QStringList{QStringLiteral("validate")};
    QTest::newRow("missing FILE after --")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--")};
    QTest::newRow("extra argument after --version")
        << QStringList{QStringLiteral("--version"), QStringLiteral("validate")};
    QTest::newRow("help for an unknown command")
        << QStringList{QStringLiteral("--help"), QStringLiteral("frobnicate")};
}

void TestCli::usageErrors() {
    QFETCH(QStringList, args);
    std::vector<std::string> words;
    for (const QString& arg : args)
        words.push_back(arg.toStdString());
    const CliRun run = runCliWith(words);
    QCOMPARE(run.code, Exit::Failure);
    QVERIFY2(run.out.empty(), run.out.c_str()); // nothing was validated
    const std::vector<std::string> lines = splitLines(run.err);
    QCOMPARE(lines.size(), std::size_t(2));
    QVERIFY2(lines[0].starts_with("archboard-cli: "), run.err.c_str());
    QVERIFY2(lines[1].find("--help") != std::string::npos, run.err.c_str());
}

// The parser with the kinds of options later commands declare.
void TestCli::parser_data() {
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("error");      // empty: parses
    QTest::addColumn<QStringList>("parsed"); // positionals, then NAME=VALUE per option given

    using L = QStringList;
    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    QTest::newRow("positionals only") << L{s("a"), s("b")} << QString() << L{s("a"), s("b")};
    QTest::newRow("value after space") << L{s("--format"), s("json"), s("a"), s("b")} << QString()
                                       << L{s("a"), s("b"), s("--format=json")};
    QTest::newRow("value after =") << L{s("a"), s("b"), s("--format=json")} << QString()
                                   << L{s("a"), s("b"), s("--format=json")};
    QTest::newRow("options between positionals")
        << L{s("a"), s("--report"), s("b"), s("-o"), s("x")} << QString()
        << L{s("a"), s("b"), s("--report="), s("-o=x")};
    QTest::newRow("short option") << L{s("a"), s("b"), s("-m"), s("two words")} << QString()
                                  << L{s("a"), s("b"), s("-m=two words")};
    QTest::newRow("short option attached")
        << L{s("-mfix"), s("a"), s("b")} << QString() << L{s("a"), s("b"), s("-m=fix")};
    QTest::newRow("alias") << L{s("--message=fix"), s("a"), s("b")} << QString()
                           << L{s("a"), s("b"), s("-m=fix")};
    QTest::newRow("value that looks like an option")
        << L{s("a"), s("b"), s("-m"), s("--report")} << QString()
        << L{s("a"), s("b"), s("-m=--report")};
    QTest::newRow("empty value") << L{s("a"), s("b"), s("-m"), s("")} << QString()
                                 << L{s("a"), s("b"), s("-m=")};
    QTest::newRow("-- ends options")
        << L{s("--"), s("--format"), s("-m")} << QString() << L{s("--format"), s("-m")};
    QTest::newRow("dash alone is an argument")
        << L{s("-"), s("b")} << QString() << L{s("-"), s("b")};

    QTest::newRow("unknown option")
        << L{s("a"), s("b"), s("--colour")} << s("unknown option \"--colour\"") << L{};
    QTest::newRow("value not allowed")
        << L{s("a"), s("b"), s("--format=xml")}
        << s("option --format does not accept \"xml\" (use text, json)") << L{};
    QTest::newRow("value missing")
        << L{s("a"), s("b"), s("--format")} << s("option --format needs a value") << L{};
    QTest::newRow("value on a flag")
        << L{s("a"), s("b"), s("--report=yes")} << s("option --report takes no value") << L{};
    QTest::newRow("given twice") << L{s("a"), s("b"), s("-m"), s("x"), s("--message"), s("y")}
                                 << s("option -m is given more than once") << L{};
    QTest::newRow("no positionals") << L{s("--report")} << s("missing IN") << L{};
    QTest::newRow("missing positional") << L{s("a")} << s("missing OUT") << L{};
    QTest::newRow("extra positional")
        << L{s("a"), s("b"), s("c")} << s("unexpected argument \"c\"") << L{};
    QTest::newRow("-- does not hide extra positionals")
        << L{s("a"), s("--"), s("b"), s("c")} << s("unexpected argument \"c\"") << L{};
}

void TestCli::parser() {
    QFETCH(QStringList, words);
    QFETCH(QString, error);
    QFETCH(QStringList, parsed);

    const std::vector<OptionSpec> options{
        {.name = "--format", .allowed = {"text", "json"}},
        {.name = "-m", .alias = "--message", .valueName = "MESSAGE"},
        {.name = "--report"},
        {.name = "-o", .valueName = "OUT"},
    };
    const PositionalSpec positionals{.names = {"IN", "OUT"}};
    std::vector<std::string> args;
    for (const QString& word : words)
        args.push_back(word.toStdString());

    const ParseResult result = parseArgs(options, positionals, args);
    QCOMPARE(QString::fromStdString(result.error), error);
    QCOMPARE(result.request, ParseResult::Request::Run);
    if (!error.isEmpty())
        return;
    QStringList actual;
    for (const std::string& positional : result.args.positionals())
        actual.append(QString::fromStdString(positional));
    for (const OptionSpec& option : options) {
        if (const auto value = result.args.value(option.name))
            actual.append(
                QString::fromStdString(std::string(option.name) + "=" + std::string(*value)));
    }
    QCOMPARE(actual, parsed);
}

void TestCli::parserDefaultsAndRequests() {
    const std::vector<OptionSpec> options{
        {.name = "--format", .allowed = {"text", "json"}},
        {.name = "-o", .valueName = "OUT", .required = true},
    };
    const PositionalSpec positionals{.names = {"IN"}};
    const auto parse = [&](std::vector<std::string> words) {
        return parseArgs(options, positionals, words);
    };

    const ParseResult plain = parse({"a", "-o", "out.json"});
    QVERIFY(plain.ok());
    QCOMPARE(plain.args.valueOr("--format", "text"), std::string_view("text"));
    QVERIFY(!plain.args.has("--format"));
    QVERIFY(plain.args.has("-o"));

    QCOMPARE(parse({"a"}).error, std::string("missing option -o"));
    // Help and version are reachable whatever else is wrong.
    QCOMPARE(parse({"--bogus", "--help"}).request, ParseResult::Request::Help);
    QVERIFY(parse({"--bogus", "--help"}).ok());
    QCOMPARE(parse({"--version"}).request, ParseResult::Request::Version);
    QCOMPARE(parse({"--version", "--help"}).request, ParseResult::Request::Help);
    // After --, they are file names.
    const ParseResult dashed = parse({"-o", "x", "--", "--help"});
    QCOMPARE(dashed.request, ParseResult::Request::Run);
    QCOMPARE(dashed.args.positionals(), std::vector<std::string>{"--help"});
}

void TestCli::doubleDashEndsOptions() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("--weird-name")), readAll(casePaths().value(0))));
    const CurrentDirectory inDir(dir.path());

    const CliRun run = runCliWith({"validate", "--", "--weird-name"});
    QCOMPARE(run.err, std::string());
    QCOMPARE(run.out, std::string("--weird-name: ok\n"));
    QCOMPARE(run.code, Exit::Ok);

    const CliRun withoutDashes = runCliWith({"validate", "--weird-name"});
    QCOMPARE(withoutDashes.code, Exit::Failure);
    QVERIFY(withoutDashes.out.empty());
    QVERIFY(withoutDashes.err.starts_with("archboard-cli: validate: unknown option"));
}

void TestCli::failedStdoutIsFailure() {
    std::ostringstream out;
    std::ostringstream err;
    out.setstate(std::ios::badbit); // as after a write to a closed pipe or a full disk
    CliIo io{out, err, false};
    const std::vector<std::string> args{"validate", casePaths().value(0).toStdString()};
    QCOMPARE(runCli(args, io), Exit::Failure);
    QVERIFY(err.str().starts_with("archboard-cli: "));
}

void TestCli::validatesEverySharedCase_data() {
    QTest::addColumn<QString>("path");
    for (const QString& path : casePaths())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestCli::validatesEverySharedCase() {
    QFETCH(QString, path);
    const std::string file = path.toStdString();
    const CliRun run = runCliWith({"validate", file});
    QVERIFY2(run.err.empty(), run.err.c_str());
    QCOMPARE(run.out, file + ": ok\n");
    QCOMPARE(run.code, Exit::Ok);
}

void TestCli::validateKeepsArgumentOrder() {
    QStringList paths = casePaths();
    std::reverse(paths.begin(), paths.end()); // not the order a sort would give
    std::rotate(paths.begin(), paths.begin() + 3, paths.end());
    std::vector<std::string> args{"validate"};
    std::string expected;
    for (const QString& path : paths) {
        args.push_back(path.toStdString());
        expected += path.toStdString() + ": ok\n";
    }
    const CliRun run = runCliWith(args);
    QVERIFY2(run.err.empty(), run.err.c_str());
    QCOMPARE(run.out, expected);
    QCOMPARE(run.code, Exit::Ok);
}

void TestCli::malformedFiles_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("prefix"); // what every line starts with after `FILE: `
    QTest::addColumn<QString>("line");   // a line that must be there after `FILE: `, if given
    QTest::addColumn<bool>("only");      // `line` is the only line

    QTest::newRow("not JSON") << QByteArray(R"({"format": "archboard", "version": 1,)")
                              << QStringLiteral("line ") << QString() << false;
    QTest::newRow("NaN") << QByteArray(R"({"format": "archboard", "version": NaN})")
                         << QStringLiteral("line 1, column ") << QString() << false;
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "archboard", "version": 2, "components": "later"})")
        << QStringLiteral("version: ")
        << QStringLiteral("version: 2 is newer than this Archboard reads (1)") << true;
    QTest::newRow("dangling connection")
        << minimalDesign(R"(, "components": [{"id": "a", "kind": "service"}],
                           "connections": [{"id": "c1", "from": "a", "to": "zz", "kind": "sync"}])")
        << QStringLiteral("connections[0].to: ")
        << QStringLiteral(R"(connections[0].to: no component "zz")") << true;
    QTest::newRow("repeated id")
        << minimalDesign(R"(, "components": [{"id": "a", "kind": "service"},
                                             {"id": "a", "kind": "worker"}])")
        << QStringLiteral("components[1].id: ")
        << QStringLiteral(R"(components[1].id: "a" is already used by components[0])") << true;
    QTest::newRow("missing id")
        << minimalDesign(R"(, "components": [{"id": "a", "kind": "service"}, {"kind": "cache"}])")
        << QStringLiteral("components[1].id: ") << QStringLiteral("components[1].id: missing")
        << true;
    QTest::newRow("number too large")
        << minimalDesign(R"(, "components": [{"id": "a", "kind": "service", "replicas": 1e999}])")
        << QStringLiteral("components[0].replicas: ") << QString() << false;
    QTest::newRow("top level not an object") << QByteArray("[]") << QString() << QString() << false;
    QTest::newRow("empty") << QByteArray() << QString() << QString() << false;
}

void TestCli::malformedFiles() {
    QFETCH(QByteArray, content);
    QFETCH(QString, prefix);
    QFETCH(QString, line);
    QFETCH(bool, only);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.archboard.json"));
    QVERIFY(writeFile(path, content));
    const std::string file = path.toStdString();

    const CliRun run = runCliWith({"validate", file});
    QCOMPARE(run.code, Exit::Failure);
    QVERIFY2(run.out.empty(), run.out.c_str());
    QVERIFY(!run.err.empty());
    QVERIFY2(everyLineStartsWith(run.err, file + ": " + prefix.toStdString()), run.err.c_str());
    if (!line.isEmpty()) {
        const std::string expected = file + ": " + line.toStdString();
        if (only)
            QCOMPARE(run.err, expected + "\n");
        else
            QVERIFY2(containsLine(run.err, expected), run.err.c_str());
    }
}

void TestCli::validAndInvalidTogether() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(bad, R"({"format": "archboard", "version": 2})"));
    const std::string missing = dir.filePath(QStringLiteral("missing.json")).toStdString();
    const std::string first = casePaths().value(0).toStdString();
    const std::string second = casePaths().value(1).toStdString();

    const CliRun run = runCliWith({"validate", first, bad.toStdString(), missing, second});
    QCOMPARE(run.code, Exit::Failure);
    QCOMPARE(run.out, first + ": ok\n" + second + ": ok\n");
    const std::vector<std::string> lines = splitLines(run.err);
    QCOMPARE(lines.size(), std::size_t(2));
    QCOMPARE(lines[0], bad.toStdString() + ": version: 2 is newer than this Archboard reads (1)");
    QVERIFY2(lines[1].starts_with(missing + ": "), run.err.c_str());
}

// An SQLite database that is not an Archboard document: one whole-file line,
// and the file stays as it was (documents are opened read-only).
void TestCli::foreignSqliteFileIsRefusedUntouched() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("other.archboard"));
    {
        sqlite3* db = nullptr;
        const int opened = sqlite3_open(path.toUtf8().constData(), &db);
        const bool created =
            opened == SQLITE_OK && sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);",
                                                nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        QVERIFY(created);
    }
    const QByteArray before = readAll(path);
    QVERIFY(before.startsWith(QByteArray("SQLite format 3\0", 16)));
    const std::string file = path.toStdString();

    const CliRun run = runCliWith({"validate", file});
    QCOMPARE(run.code, Exit::Failure);
    QVERIFY(run.out.empty());
    QCOMPARE(run.err, file + ": not an Archboard document\n");
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("other.archboard")});
}

// Whatever the bytes, validate answers with 0 or 2 and the right streams,
// never a crash or a hang.
void TestCli::garbageNeverCrashes() {
    std::vector<QByteArray> inputs;
    inputs.emplace_back();
    std::mt19937 random(20261122);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> length(1, 4096);
    for (int i = 0; i < 40; ++i) {
        QByteArray bytes;
        const int size = length(random);
        for (int j = 0; j < size; ++j)
            bytes.append(char(byte(random)));
        inputs.push_back(bytes);
    }
    const QByteArray valid =
        readAll(casesDir() + QStringLiteral("/checkout-flash-sale.archboard.json"));
    QVERIFY(!valid.isEmpty());
    for (qsizetype end = 0; end < valid.size(); end += 97)
        inputs.push_back(valid.left(end));
    inputs.push_back(valid);
    // A valid design with a few bytes changed reaches deeper into validation.
    std::uniform_int_distribution<qsizetype> offset(0, valid.size() - 1);
    for (int i = 0; i < 40; ++i) {
        QByteArray mutated = valid;
        for (int j = 0; j < 1 + i % 4; ++j)
            mutated[offset(random)] = char(byte(random));
        inputs.push_back(mutated);
    }
    inputs.push_back(QByteArray(100000, '['));
    inputs.push_back(QByteArray(100000, '[') + QByteArray(100000, ']'));
    inputs.push_back(QByteArray(R"({"format": "archboard", "version": 1, "x": )") +
                     QByteArray(100000, '[') + QByteArray(100000, ']') + "}");
    QByteArray objects;
    for (int i = 0; i < 100000; ++i)
        objects += R"({"a":)";
    inputs.push_back(objects);
    inputs.push_back("1e999");
    inputs.push_back(R"({"format": "archboard", "version": 1e999})");
    inputs.push_back(R"({"format": "archboard", "version": 1, "x": -1e999})");
    inputs.push_back(minimalDesign(R"(, "design": {"requirements": {"dau": 1e999}})"));
    inputs.push_back("\xEF\xBB\xBF" + valid);          // a byte order mark is allowed
    inputs.push_back(QByteArray("\xFF\xFE{\0}\0", 6)); // UTF-16 is not
    inputs.push_back(
        QByteArray(R"({"format": "archboard", "version": 1, "design": {"title": "\ud800"}})"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int valids = 0;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("garbage-%1.json").arg(i));
        QVERIFY(writeFile(path, inputs[i]));
        const std::string file = path.toStdString();
        const CliRun run = runCliWith({"validate", file});
        const QByteArray context = "input " + QByteArray::number(qulonglong(i)) + ": " +
                                   QByteArray::fromStdString(run.err.substr(0, 300));
        if (run.code == Exit::Ok) {
            ++valids;
            QCOMPARE(run.out, file + ": ok\n");
            QVERIFY2(run.err.empty(), context.constData());
        } else {
            QVERIFY2(run.code == Exit::Failure, context.constData());
            QVERIFY2(run.out.empty(), context.constData());
            QVERIFY2(!run.err.empty(), context.constData());
            QVERIFY2(everyLineStartsWith(run.err, file + ": "), context.constData());
        }
        QFile::remove(path);
    }
    QVERIFY(valids >= 2); // the whole design, and with a byte order mark
}

void TestCli::binarySeparatesStdoutAndStderr() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("dangling.archboard.json"));
    QVERIFY(writeFile(bad, minimalDesign(R"(, "components": [{"id": "a", "kind": "service"}],
        "connections": [{"id": "c1", "from": "a", "to": "zz", "kind": "sync"}])")));
    const QString good = casePaths().value(0);

    QProcess process;
    process.start(QStringLiteral(ARCHBOARD_CLI_PATH), {QStringLiteral("validate"), good, bad});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), Exit::Failure);
    QCOMPARE(process.readAllStandardOutput(), (good + QStringLiteral(": ok\n")).toUtf8());
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(
        err.contains((bad + QStringLiteral(": connections[0].to: no component \"zz\"\n")).toUtf8()),
        err.constData());
    QVERIFY(!err.contains(": ok"));
    QVERIFY(!err.contains('\r'));
}

void TestCli::binaryExitCodes() {
    struct Case {
        QStringList args;
        int code;
        bool outEmpty;
        bool errEmpty;
    };
    const QString good = casePaths().value(0);
    const std::vector<Case> cases{
        {{}, Exit::Failure, true, false},
        {{QStringLiteral("--help")}, Exit::Ok, false, true},
        {{QStringLiteral("validate"), QStringLiteral("--help")}, Exit::Ok, false, true},
        {{QStringLiteral("--version")}, Exit::Ok, false, true},
        {{QStringLiteral("validate"), good}, Exit::Ok, false, true},
        {{QStringLiteral("validate")}, Exit::Failure, true, false},
        {{QStringLiteral("frobnicate")}, Exit::Failure, true, false},
    };
    for (const Case& c : cases) {
        QProcess process;
        process.start(QStringLiteral(ARCHBOARD_CLI_PATH), c.args);
        QVERIFY(process.waitForFinished(60000));
        const QByteArray context = c.args.join(u' ').toUtf8();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, context.constData());
        QVERIFY2(process.exitCode() == c.code, context.constData());
        QVERIFY2(process.readAllStandardOutput().isEmpty() == c.outEmpty, context.constData());
        QVERIFY2(process.readAllStandardError().isEmpty() == c.errEmpty, context.constData());
    }
    QProcess version;
    version.start(QStringLiteral(ARCHBOARD_CLI_PATH), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(60000));
    QCOMPARE(version.readAllStandardOutput().toStdString(), kVersionLine);
}

// A reader that goes away early (`archboard-cli validate … | head -1`) gives
// exit code 2, not a death by SIGPIPE.
void TestCli::binarySurvivesClosedStdout() {
    const QString small = casesDir() + QStringLiteral("/url-shortener-naive.archboard.json");
    QStringList args{QStringLiteral("validate")};
    for (int i = 0; i < 3000; ++i) // far more output than a pipe buffers
        args.append(small);

#ifdef Q_OS_UNIX
    QProcess reader; // reads one byte, then exits and closes its end of the pipe
    QProcess process;
    process.setStandardOutputProcess(&reader);
    reader.start(QStringLiteral("head"), {QStringLiteral("-c"), QStringLiteral("1")});
    process.start(QStringLiteral(ARCHBOARD_CLI_PATH), args);
    QVERIFY(reader.waitForFinished(120000));
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), Exit::Failure);
    QVERIFY(process.readAllStandardError().startsWith("archboard-cli: "));
#else
    QSKIP("needs a POSIX pipe reader");
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
