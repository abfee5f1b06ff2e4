// archboard-cli critique and rules (cli.md): formats, exit codes, --fail-on,
// --rules, invalid inputs, and the SARIF log's structure.

#include "app/cli/exitcode.h"
#include "model/json.h"
#include "model/text/terminaltext.h"
#include "support/clitestsupport.h"
#include "support/hostiletext.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using archboard::Json;

namespace {

std::string fanOutFile() {
    return ARCHBOARD_FIXTURES "/critique/checkout-fanout.archboard.json";
}

int countOf(const std::string& text, const std::string& part) {
    int count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++count;
    return count;
}

std::string caseFile(const char* name) {
    return (casesDir() + QStringLiteral("/%1.archboard.json").arg(QLatin1String(name)))
        .toStdString();
}

// Users call an API that calls a database, with the design's critique settings.
QByteArray threeTier(const QByteArray& critique = "{}") {
    return minimalDesign(R"(, "design": {"title": "Three tier"},
        "components": [{"id": "users", "kind": "client", "name": "Users"},
                       {"id": "api", "kind": "service", "name": "API"},
                       {"id": "db", "kind": "sql_store", "name": "Orders DB"}],
        "connections": [{"id": "e1", "from": "users", "to": "api", "kind": "sync"},
                        {"id": "e2", "from": "api", "to": "db", "kind": "sync"}],
        "critique": )" + critique);
}

// Everything suppressed or quiet but warnings and infos: no open error.
QByteArray warningsOnly() {
    return threeTier(R"({"severity": {"spof.single-instance": "warning", "observe.none": "warning",
                                      "security.store-exposed": "warning"}})");
}

} // namespace

class TestCliCritique : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();

    void rulesText();
    void rulesJson();

    void textGroupsBySeverity();
    void textColourOnlyOnTerminal();
    void textGroupsByCause();
    void jsonAndSarifNameEachGroup();
    void jsonOutput();
    void jsonIsStable();
    void failOn_data();
    void failOn();
    void acceptedNeverFails();
    void rulesNarrowsWhatRuns();
    void unknownRuleIsUsageError_data();
    void unknownRuleIsUsageError();
    void invalidAmongValidExitsTwo();
    void missingFileExitsTwo();

    void sarifLog();
    void sarifStartLineAndLocations();
    void sarifSuppressionsAndUris();
    void binaryRunsCritique();
    void critiquesDocumentsAndVersions();
    void userTextStaysText_data();
    void userTextStaysText();

private:
    QTemporaryDir m_dir;
    std::string write(const char* name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(QLatin1String(name));
        writeFile(path, bytes);
        return path.toStdString();
    }
};

void TestCliCritique::init() {
    QVERIFY(m_dir.isValid());
    qunsetenv("NO_COLOR");
}

void TestCliCritique::rulesText() {
    const CliRun run = runCliWith({"rules"});
    QCOMPARE(run.code, Exit::Ok);
    const auto lines = splitLines(run.out);
    QCOMPARE(lines.size(), std::size_t{55});
    QVERIFY(std::is_sorted(lines.begin(), lines.end()));
    QVERIFY(containsLine(run.out, "spof.single-instance               error    Single instance "
                                  "on the request path"));
    for (const std::string& line : lines) {
        const auto idEnd = line.find("  ");
        QVERIFY2(idEnd != std::string::npos, line.c_str());
        const std::string rest = line.substr(line.find_first_not_of(' ', idEnd));
        QVERIFY2(rest.starts_with("error ") || rest.starts_with("warning ") ||
                     rest.starts_with("info "),
                 line.c_str());
    }
}

void TestCliCritique::rulesJson() {
    const CliRun run = runCliWith({"rules", "--format", "json"});
    QCOMPARE(run.code, Exit::Ok);
    const Json json = Json::parse(run.out);
    QCOMPARE(json.at("rules").size(), std::size_t{55});
    const Json& first = json.at("rules").at(0);
    QCOMPARE(first.dump(), std::string(R"({"id":"data.cache-as-source-of-truth","category":"data",)"
                                       R"("severity":"error","title":"Cache is the only copy of )"
                                       R"(the data"})"));
    QCOMPARE(runCliWith({"rules", "--format", "sarif"}).code, Exit::Failure);
    QCOMPARE(runCliWith({"rules", "extra"}).code, Exit::Failure);
}

void TestCliCritique::textGroupsBySeverity() {
    const std::string file = write("three.archboard.json", threeTier());
    const CliRun run = runCliWith({"critique", file});
    QCOMPARE(run.code, Exit::Findings);
    QVERIFY(run.err.empty());
    QVERIFY(run.out.starts_with(file + " — Three tier\n"));
    const auto errors = run.out.find("\nErrors\n");
    const auto warnings = run.out.find("\nWarnings\n");
    const auto info = run.out.find("\nInfo\n");
    QVERIFY(errors != std::string::npos && errors < warnings && warnings < info);
    QVERIFY(run.out.find("    on: Orders DB (db)\n") != std::string::npos);
    QVERIFY(run.out.find("    fix: ") != std::string::npos);
    QVERIFY(run.out.find('\x1b') == std::string::npos);
}

void TestCliCritique::textColourOnlyOnTerminal() {
    const std::string file = write("three.archboard.json", threeTier());
    QVERIFY(runCliWith({"critique", file}, true).out.find("\x1b[") != std::string::npos);
    qputenv("NO_COLOR", "1");
    QVERIFY(runCliWith({"critique", file}, true).out.find('\x1b') == std::string::npos);
    QVERIFY(runCliWith({"critique", "--format", "json", file}, true).out.find('\x1b') ==
            std::string::npos);
}

void TestCliCritique::textGroupsByCause() {
    const std::string file = fanOutFile();
    const CliRun run = runCliWith({"critique", "--rules", "failure.sync-no-timeout", file});
    QCOMPARE(run.code, Exit::Ok); // warnings only
    // One block for the Orders API's seven untimed calls, as the dock shows it.
    QVERIFY2(run.out.find("  0 errors, 1 warning, 0 info, 0 accepted\n") != std::string::npos,
             run.out.c_str());
    QCOMPARE(countOf(run.out, "failure.sync-no-timeout\n"), 1);
    QVERIFY(run.out.find("    cause: Orders API (api), 7 targets\n") != std::string::npos);
    QCOMPARE(countOf(run.out, "    - on: "), 7);
    QVERIFY(run.out.find("    - on: call-email\n      \"Orders API\" calls \"Receipts\"") !=
            std::string::npos);
    QCOMPARE(countOf(run.out, "    fix: "), 1);
}

void TestCliCritique::jsonAndSarifNameEachGroup() {
    const std::string file = fanOutFile();
    const CliRun json = runCliWith({"critique", "--format", "json", file});
    const Json result = Json::parse(json.out).at("results").at(0);
    int calls = 0;
    for (const Json& finding : result.at("findings")) {
        QCOMPARE(finding.at("targets").size() <= 1, true);
        if (finding.at("rule") != "failure.sync-no-timeout")
            continue;
        ++calls;
        QCOMPARE(finding.at("cause").get<std::string>(), std::string("api"));
        QCOMPARE(finding.at("group").get<std::string>(),
                 std::string("failure.sync-no-timeout@api"));
    }
    QCOMPARE(calls, 7); // one result per target
    // The summary counts causes: the seven calls are one warning.
    int causes = 0;
    std::set<std::string> groups;
    for (const Json& finding : result.at("findings"))
        if (finding.at("severity") == "warning" && !finding.at("accepted").get<bool>())
            groups.insert(finding.at("group").get<std::string>());
    causes = static_cast<int>(groups.size());
    QCOMPARE(result.at("summary").at("warning").get<int>(), causes);

    const CliRun sarif = runCliWith({"critique", "--format", "sarif", file});
    int grouped = 0;
    const Json log = Json::parse(sarif.out);
    for (const Json& r : log.at("runs").at(0).at("results")) {
        const Json& properties = r.at("properties");
        if (r.at("ruleId") == "failure.sync-no-timeout") {
            ++grouped;
            QCOMPARE(properties.at("group").get<std::string>(),
                     std::string("failure.sync-no-timeout@api"));
            QCOMPARE(properties.at("targets").size(), std::size_t{1});
        } else {
            QVERIFY(properties.contains("group") && properties.contains("cause"));
        }
    }
    QCOMPARE(grouped, 7);
}

void TestCliCritique::jsonOutput() {
    const std::string file = caseFile("url-shortener-naive");
    const CliRun run = runCliWith({"critique", "--format", "json", file});
    QCOMPARE(run.code, Exit::Findings);
    QVERIFY(run.out.ends_with("}\n"));
    QVERIFY(run.out.starts_with("{\n  \"tool\": \"archboard\",\n  \"tool_version\": \""));
    const Json json = Json::parse(run.out);
    QCOMPARE(json.at("results").size(), std::size_t{1});
    const Json& result = json.at("results").at(0);
    QCOMPARE(result.at("file").get<std::string>(), file);
    QCOMPARE(result.at("design").get<std::string>(), std::string("URL shortener (first sketch)"));
    std::vector<std::string> keys;
    for (const auto& [key, value] : result.at("findings").at(0).items())
        keys.push_back(key);
    QCOMPARE(keys,
             (std::vector<std::string>{"rule", "category", "severity", "targets", "title",
                                       "message", "fix", "accepted", "reason", "cause", "group"}));
    int errors = 0;
    for (const Json& finding : result.at("findings"))
        errors += finding.at("severity") == "error" ? 1 : 0;
    QCOMPARE(result.at("summary").at("error").get<int>(), errors);
    bool sawSingleInstanceDb = false;
    for (const Json& finding : result.at("findings"))
        sawSingleInstanceDb =
            sawSingleInstanceDb || (finding.at("rule") == "spof.single-instance" &&
                                    finding.at("targets") == Json::array({"db"}));
    QVERIFY(sawSingleInstanceDb);
}

void TestCliCritique::jsonIsStable() {
    std::vector<std::string> args{"critique", "--format", "json"};
    for (const QString& path : casePaths())
        args.push_back(path.toStdString());
    const CliRun first = runCliWith(args);
    QCOMPARE(first.code, Exit::Findings);
    QCOMPARE(Json::parse(first.out).at("results").size(), std::size_t(casePaths().size()));
    QCOMPARE(runCliWith(args).out, first.out);
}

void TestCliCritique::failOn_data() {
    QTest::addColumn<QString>("failOn");
    QTest::addColumn<int>("withErrors");
    QTest::addColumn<int>("withWarningsOnly");
    QTest::newRow("default") << QString() << int(Exit::Findings) << int(Exit::Ok);
    QTest::newRow("error") << QStringLiteral("error") << int(Exit::Findings) << int(Exit::Ok);
    QTest::newRow("warning") << QStringLiteral("warning") << int(Exit::Findings)
                             << int(Exit::Findings);
    QTest::newRow("info") << QStringLiteral("info") << int(Exit::Findings) << int(Exit::Findings);
    QTest::newRow("never") << QStringLiteral("never") << int(Exit::Ok) << int(Exit::Ok);
}

void TestCliCritique::failOn() {
    QFETCH(QString, failOn);
    QFETCH(int, withErrors);
    QFETCH(int, withWarningsOnly);
    const std::string errors = write("errors.archboard.json", threeTier());
    const std::string warnings = write("warnings.archboard.json", warningsOnly());
    std::vector<std::string> options;
    if (!failOn.isEmpty())
        options = {"--fail-on", failOn.toStdString()};
    const auto run = [&options](const std::string& file) {
        std::vector<std::string> args{"critique", file};
        args.insert(args.end(), options.begin(), options.end());
        return runCliWith(args);
    };
    const CliRun errorRun = run(errors);
    QCOMPARE(errorRun.code, withErrors);
    QCOMPARE(run(warnings).code, withWarningsOnly);
    QVERIFY(!errorRun.out.empty()); // --fail-on never changes what is written
    QCOMPARE(runCliWith({"critique", "--fail-on", "never", errors}).out, errorRun.out);
}

void TestCliCritique::acceptedNeverFails() {
    // Every error of the three-tier design accepted: nothing open fails.
    const std::string file = write("accepted.archboard.json", threeTier(R"({"suppressions": [
            {"rule": "spof.single-instance", "target": "api", "reason": "Prototype"},
            {"rule": "spof.single-instance", "target": "db", "reason": "Prototype"},
            {"rule": "observe.none", "target": "", "reason": "Out of scope"},
            {"rule": "security.store-exposed", "target": "db", "reason": "Not reachable"}]})"));
    const CliRun run = runCliWith({"critique", "--format", "json", file});
    QCOMPARE(run.code, Exit::Ok);
    const Json summary = Json::parse(run.out).at("results").at(0).at("summary");
    QCOMPARE(summary.at("error").get<int>(), 0);
    QCOMPARE(summary.at("accepted").get<int>(), 3);
    QCOMPARE(runCliWith({"critique", "--fail-on", "warning", file}).code, Exit::Findings);
}

void TestCliCritique::rulesNarrowsWhatRuns() {
    const std::string file = write("three.archboard.json", threeTier());
    const CliRun run =
        runCliWith({"critique", "--format=json", "--rules", "spof,failure.sync-no-timeout", file});
    QCOMPARE(run.code, Exit::Findings);
    const Json findings = Json::parse(run.out).at("results").at(0).at("findings");
    QVERIFY(!findings.empty());
    for (const Json& finding : findings)
        QVERIFY(finding.at("category") == "spof" ||
                finding.at("rule") == "failure.sync-no-timeout");
    // Narrowed to warnings only: the default --fail-on error passes.
    QCOMPARE(runCliWith({"critique", "--rules", "failure.sync-no-timeout", file}).code, Exit::Ok);
}

void TestCliCritique::unknownRuleIsUsageError_data() {
    QTest::addColumn<QString>("rules");
    QTest::newRow("unknown id") << QStringLiteral("spof.nope");
    QTest::newRow("unknown category") << QStringLiteral("speed");
    QTest::newRow("empty item") << QStringLiteral("spof,");
    QTest::newRow("wrong case") << QStringLiteral("SPOF");
}

void TestCliCritique::unknownRuleIsUsageError() {
    QFETCH(QString, rules);
    const std::string file = write("three.archboard.json", threeTier());
    const CliRun run = runCliWith({"critique", "--rules", rules.toStdString(), file});
    QCOMPARE(run.code, Exit::Failure);
    QVERIFY(run.out.empty());
    QVERIFY2(run.err.starts_with("archboard-cli: critique: unknown rule or category"),
             run.err.c_str());
}

void TestCliCritique::invalidAmongValidExitsTwo() {
    const std::string good = write("good.archboard.json", threeTier());
    const std::string bad =
        write("bad.archboard.json", minimalDesign(R"(, "components": [{"id": "x"}])"));
    const CliRun run = runCliWith({"critique", "--format", "json", bad, good});
    QCOMPARE(run.code, Exit::Failure);
    QCOMPARE(run.err, bad + ": components[0].kind: missing\n");
    const Json results = Json::parse(run.out).at("results");
    QCOMPARE(results.size(), std::size_t{1});
    QCOMPARE(results.at(0).at("file").get<std::string>(), good);
}

void TestCliCritique::missingFileExitsTwo() {
    const std::string missing = m_dir.filePath(QStringLiteral("nope.json")).toStdString();
    const CliRun run = runCliWith({"critique", missing});
    QCOMPARE(run.code, Exit::Failure);
    QVERIFY2(run.err.starts_with(missing + ": "), run.err.c_str());
    QCOMPARE(runCliWith({"critique"}).code, Exit::Failure);
    QCOMPARE(runCliWith({"critique", "--format", "xml", missing}).code, Exit::Failure);
}

void TestCliCritique::sarifLog() {
    std::vector<std::string> args{"critique", "--format", "sarif"};
    for (const QString& path : casePaths())
        args.push_back(path.toStdString());
    const CliRun run = runCliWith(args);
    QCOMPARE(run.code, Exit::Findings);
    const Json sarif = Json::parse(run.out);
    QCOMPARE(sarif.at("$schema").get<std::string>(),
             std::string("https://json.schemastore.org/sarif-2.1.0.json"));
    QCOMPARE(sarif.at("version").get<std::string>(), std::string("2.1.0"));
    QCOMPARE(sarif.at("runs").size(), std::size_t{1});
    const Json& run0 = sarif.at("runs").at(0);
    const Json& driver = run0.at("tool").at("driver");
    QCOMPARE(driver.at("name").get<std::string>(), std::string("archboard"));
    QCOMPARE(driver.at("rules").size(), std::size_t{55});
    for (const Json& rule : driver.at("rules")) {
        QVERIFY(!rule.at("shortDescription").at("text").get<std::string>().empty());
        QVERIFY(!rule.at("fullDescription").at("text").get<std::string>().empty());
        QVERIFY(!rule.at("help").at("text").get<std::string>().empty());
        const std::string level = rule.at("defaultConfiguration").at("level");
        QVERIFY(level == "error" || level == "warning" || level == "note");
    }

    // The same findings as the JSON output, in the same order.
    args[2] = "json";
    std::vector<std::pair<std::string, std::string>> expected;
    const Json json = Json::parse(runCliWith(args).out);
    for (const Json& result : json.at("results"))
        for (const Json& finding : result.at("findings"))
            expected.emplace_back(finding.at("rule"), finding.at("severity"));
    const Json& results = run0.at("results");
    QCOMPARE(results.size(), expected.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
        const Json& result = results.at(i);
        QCOMPARE(result.at("ruleId").get<std::string>(), expected[i].first);
        const std::size_t index = result.at("ruleIndex");
        QVERIFY(driver.at("rules").at(index).at("id") == result.at("ruleId"));
        const std::string level = result.at("level");
        QCOMPARE(level, expected[i].second == "info" ? std::string("note") : expected[i].second);
        QCOMPARE(result.at("locations").size(), std::size_t{1});
        const std::string fingerprint = result.at("partialFingerprints").at("archboardFinding/v1");
        QVERIFY(fingerprint.starts_with(expected[i].first + ":"));
    }
}

void TestCliCritique::sarifStartLineAndLocations() {
    const std::string file = caseFile("url-shortener-naive");
    const Json results = Json::parse(runCliWith({"critique", "--format", "sarif", file}).out)
                             .at("runs")[0]
                             .at("results");
    bool sawConnection = false;
    bool sawDesign = false;
    for (const Json& result : results) {
        const Json& location = result.at("locations").at(0);
        const int line = location.at("physicalLocation").at("region").at("startLine");
        const Json targets = result.at("properties").at("targets");
        if (result.at("ruleId") == "failure.sync-no-timeout" && targets == Json::array({"e2"})) {
            sawConnection = true;
            QCOMPARE(line, 69); // the line of e2's opening brace
            QCOMPARE(location.at("logicalLocations").dump(),
                     std::string(R"([{"name":"e2","fullyQualifiedName":"connections/e2",)"
                                 R"("kind":"connection"}])"));
            QCOMPARE(result.at("partialFingerprints").at("archboardFinding/v1").get<std::string>(),
                     std::string("failure.sync-no-timeout:e2"));
        }
        if (targets.empty()) {
            sawDesign = true;
            QCOMPARE(line, 1);
            QVERIFY(!location.contains("logicalLocations"));
        }
    }
    QVERIFY(sawConnection && sawDesign);
}

void TestCliCritique::sarifSuppressionsAndUris() {
    const CurrentDirectory here(m_dir.path());
    write("my design.archboard.json",
          threeTier(R"({"suppressions": [{"rule": "observe.none", "reason": "Later"}]})"));
    const Json results =
        Json::parse(runCliWith({"critique", "--format", "sarif", "my design.archboard.json"}).out)
            .at("runs")[0]
            .at("results");
    QVERIFY(!results.empty());
    for (const Json& result : results) {
        const Json& uri =
            result.at("locations")[0].at("physicalLocation").at("artifactLocation").at("uri");
        QCOMPARE(uri.get<std::string>(), std::string("my%20design.archboard.json"));
        const bool accepted = result.at("ruleId") == "observe.none";
        QCOMPARE(result.at("suppressions").dump(),
                 std::string(accepted ? R"([{"kind":"inSource","status":"accepted",)"
                                        R"("justification":"Later"}])"
                                      : "[]"));
    }
    const std::string absolute =
        m_dir.filePath(QStringLiteral("my design.archboard.json")).toStdString();
    const Json absoluteRun =
        Json::parse(runCliWith({"critique", "--format", "sarif", absolute}).out);
    const std::string uri = absoluteRun.at("runs")[0]
                                .at("results")[0]
                                .at("locations")[0]
                                .at("physicalLocation")
                                .at("artifactLocation")
                                .at("uri");
    QVERIFY2(uri.starts_with("file:///") && uri.ends_with("/my%20design.archboard.json"),
             uri.c_str());
}

void TestCliCritique::binaryRunsCritique() {
    QProcess cli;
    cli.start(QStringLiteral(ARCHBOARD_CLI_PATH),
              {QStringLiteral("critique"), QStringLiteral("--format"), QStringLiteral("json"),
               QString::fromStdString(caseFile("url-shortener-solid"))});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), Exit::Ok);
    const Json json = Json::parse(cli.readAllStandardOutput().toStdString());
    QCOMPARE(json.at("results")[0].at("summary").at("error").get<int>(), 0);
}

void TestCliCritique::critiquesDocumentsAndVersions() {
    const CurrentDirectory here(m_dir.path());
    const std::string naive = caseFile("url-shortener-naive");
    QCOMPARE(runCliWith({"commit", "doc.archboard", naive, "-m", "first"}).code, Exit::Ok);
    QCOMPARE(runCliWith({"commit", "doc.archboard", caseFile("url-shortener-solid")}).code,
             Exit::Ok);

    // DOC@1 is the naive design: the same findings as its JSON file.
    const auto findingsOf = [](const std::string& out) {
        return Json::parse(out).at("results").at(0).at("findings");
    };
    const CliRun first = runCliWith({"critique", "--format", "json", "doc.archboard@1"});
    QCOMPARE(first.code, Exit::Findings);
    QCOMPARE(Json::parse(first.out).at("results").at(0).at("file").get<std::string>(),
             std::string("doc.archboard@1"));
    QVERIFY(findingsOf(first.out) ==
            findingsOf(runCliWith({"critique", "--format", "json", naive}).out));
    // The document itself is its latest version: the solid design.
    QCOMPARE(runCliWith({"critique", "doc.archboard"}).code, Exit::Ok);

    // SARIF names the document's file, at line 1: there are no lines in it.
    const Json sarif =
        Json::parse(runCliWith({"critique", "--format", "sarif", "doc.archboard@1"}).out);
    for (const Json& result : sarif.at("runs")[0].at("results")) {
        const Json& location = result.at("locations")[0].at("physicalLocation");
        QCOMPARE(location.at("artifactLocation").at("uri").get<std::string>(),
                 std::string("doc.archboard"));
        QCOMPARE(location.at("region").at("startLine").get<int>(), 1);
    }

    const CliRun missing = runCliWith({"critique", "doc.archboard@7"});
    QCOMPARE(missing.code, Exit::Failure);
    QVERIFY2(missing.err.starts_with("doc.archboard@7: "), missing.err.c_str());
}

void TestCliCritique::userTextStaysText_data() {
    hostile::addRows("text");
}

// A title and a name with markup, control characters or 64 KiB of text:
// the text report shows them without any control character, JSON and
// SARIF parse and give them back exactly.
void TestCliCritique::userTextStaysText() {
    QFETCH(QByteArray, text);
    const std::string value = text.toStdString();
    Json design = Json::parse(threeTier().toStdString());
    design["design"]["title"] = value;
    design["components"][2]["name"] = value;
    const std::string file =
        write("hostile.archboard.json", QByteArray::fromStdString(design.dump()));

    const CliRun textRun = runCliWith({"critique", file}, true);
    QCOMPARE(textRun.code, Exit::Findings);
    const std::string shown = archboard::text::printableText(value);
    QVERIFY(textRun.out.find(" — " + shown + "\n") != std::string::npos);
    QVERIFY(textRun.out.find("    on: " + shown + " (db)\n") != std::string::npos);
    const std::string plain = runCliWith({"critique", file}).out;
    for (const char c : plain)
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20 || c == '\n', "a control character");
    QCOMPARE(plain.find("\xc2\x9b"), std::string::npos);

    const CliRun json = runCliWith({"critique", "--format", "json", file});
    QCOMPARE(json.code, Exit::Findings);
    QCOMPARE(Json::parse(json.out).at("results").at(0).at("design").get<std::string>(), value);

    const CliRun sarif = runCliWith({"critique", "--format", "sarif", file});
    QCOMPARE(sarif.code, Exit::Findings);
    QVERIFY(Json::parse(sarif.out).at("runs").at(0).at("results").size() > 0);
}

QTEST_GUILESS_MAIN(TestCliCritique)
#include "tst_clicritique.moc"
