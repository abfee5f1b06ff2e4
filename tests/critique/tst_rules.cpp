// Every rule of the catalogue, one fixture file each
// (tests/fixtures/rules/RULE.json): designs where it fires with exactly the
// listed targets and severities, and near misses where it must stay quiet.

#include "critique/ruleregistry.h"
#include "critiquetestsupport.h"

#include <QTest>
#include <set>

using namespace archboard;
using namespace archboard::test;

namespace {

std::filesystem::path rulesDir() {
    return fixtures() / "rules";
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyRuleHasFixtures();
    void ruleCase_data();
    void ruleCase();
};

void TestRules::everyRuleHasFixtures() {
    std::set<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(rulesDir()))
        files.insert(entry.path().stem().string());
    std::set<std::string> ids;
    for (const Rule* rule : allRules())
        ids.insert(std::string(rule->id()));
    QCOMPARE(files, ids);

    for (const std::string& id : ids) {
        const Json fixture = readJson(rulesDir() / (id + ".json"));
        QCOMPARE(fixture.at("rule").get<std::string>(), id);
        bool fires = false;
        bool quiet = false;
        for (const Json& item : fixture.at("cases")) {
            fires = fires || !item.at("expect").empty();
            quiet = quiet || item.at("expect").empty();
        }
        QVERIFY2(fires && quiet,
                 (id + " needs a case where it fires and one where it does not").c_str());
    }
}

void TestRules::ruleCase_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("index");
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(rulesDir()))
        paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
        const Json fixture = readJson(path);
        const std::string rule = fixture.at("rule").get<std::string>();
        const Json& cases = fixture.at("cases");
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const std::string row = rule + ": " + cases[i].at("name").get<std::string>();
            QTest::newRow(row.c_str()) << QString::fromStdString(rule) << static_cast<int>(i);
        }
    }
}

void TestRules::ruleCase() {
    QFETCH(QString, rule);
    QFETCH(int, index);
    const std::string id = rule.toStdString();
    const Json item = readJson(rulesDir() / (id + ".json")).at("cases").at(index);
    const DesignData design = designFrom(item.at("design"), id + " case " + std::to_string(index));

    std::vector<Finding> unmatched;
    for (Finding& finding : critique(design))
        if (finding.rule == id)
            unmatched.push_back(std::move(finding));

    // Each expectation takes one finding with its targets, and its severity
    // and acceptance where the case states them; none may be left over.
    std::string missing;
    for (const Json& expect : item.at("expect")) {
        const auto targets = expect.at("targets").get<std::vector<std::string>>();
        const auto it = std::find_if(unmatched.begin(), unmatched.end(), [&](const Finding& f) {
            const std::vector<std::string> found =
                f.target.empty() ? std::vector<std::string>{} : std::vector{f.target};
            return found == targets &&
                   (!expect.contains("severity") ||
                    expect.at("severity").get<std::string>() == toString(f.severity)) &&
                   (!expect.contains("accepted") ||
                    expect.at("accepted").get<bool>() == f.accepted);
        });
        if (it == unmatched.end())
            missing += "\n  " + expect.dump();
        else
            unmatched.erase(it);
    }
    std::string unexpected;
    for (const Finding& finding : unmatched)
        unexpected += "\n  " + describe(finding) + ": " + finding.message;
    QVERIFY2(missing.empty() && unexpected.empty(),
             ("\nmissing:" + missing + "\nunexpected:" + unexpected).c_str());
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
