// The example designs a senior reviewer labelled (tests/fixtures/cases), and
// the classic prompts labelled before the critic ran over them
// (tests/fixtures/cases/own): every `must` finding appears, nothing the
// labels do not allow does, and nothing in `must_not` does.

#include "critiquetestsupport.h"
#include "model/source/designsource.h"

#include <fnmatch.h>
#include <map>
#include <QTest>

using namespace archboard;
using namespace archboard::test;

namespace {

const std::array<std::string_view, 3> kSeverityOrder{"info", "warning", "error"};

int rank(std::string_view severity) {
    return static_cast<int>(std::find(kSeverityOrder.begin(), kSeverityOrder.end(), severity) -
                            kSeverityOrder.begin());
}

// A label matches a finding as the labels' README says: same rule (a glob
// for `may` and `must_not`), every listed target among the finding's, and
// the severity bound and accepted flag where given.
bool matches(const Json& label, const Finding& finding, bool glob) {
    const std::string rule = label.at("rule").get<std::string>();
    const bool ruleMatches = glob ? fnmatch(rule.c_str(), std::string(finding.rule).c_str(), 0) == 0
                                  : rule == finding.rule;
    if (!ruleMatches)
        return false;
    for (const Json& target : label.value("targets", Json::array()))
        if (finding.target != target.get<std::string>())
            return false;
    if (label.contains("max_severity") &&
        rank(toString(finding.severity)) > rank(label.at("max_severity").get<std::string>()))
        return false;
    if (label.contains("accepted") && label.at("accepted").get<bool>() != finding.accepted)
        return false;
    return true;
}

// Own cases whose labels need critic work that is under way elsewhere, with
// what they wait for. A listed case that starts passing fails as XPASS, so
// the list only ever shrinks.
const std::map<std::string, std::string, std::less<>> kWaiting{};

// Each labelled case of a folder, as a row named after its file.
int addCases(const std::filesystem::path& dir, const std::string& prefix) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string file = entry.path().filename().string();
        const std::string suffix = ".archboard.json";
        if (file.ends_with(suffix))
            names.push_back(file.substr(0, file.size() - suffix.size()));
    }
    std::sort(names.begin(), names.end());
    for (const std::string& name : names)
        QTest::newRow((prefix + name).c_str()) << QString::fromStdString(prefix + name);
    return static_cast<int>(names.size());
}

} // namespace

class TestCases : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void labelledCase_data();
    void labelledCase();
};

void TestCases::labelledCase_data() {
    QTest::addColumn<QString>("name");
    const int shared = addCases(fixtures() / "cases", "");
    QVERIFY2(shared >= 13, "the labelled cases are missing from tests/fixtures/cases");
    const int own = addCases(fixtures() / "cases" / "own", "own/");
    QVERIFY2(own >= 13, "the own labelled cases are missing from tests/fixtures/cases/own");
}

void TestCases::labelledCase() {
    QFETCH(QString, name);
    const std::string path = name.toStdString();
    const std::filesystem::path dir = fixtures() / "cases";
    const LoadResult loaded = source::readDesignFile(dir / (path + ".archboard.json"));
    QVERIFY(loaded.ok());
    const Json labels = readJson(dir / (path + ".expected.json"));
    const std::vector<Finding> findings = critique(*loaded.design);

    // Every disagreement, so that one run shows them all.
    std::string problems;
    for (const Json& must : labels.at("must")) {
        const bool found = std::any_of(findings.begin(), findings.end(),
                                       [&](const Finding& f) { return matches(must, f, false); });
        if (!found)
            problems += "\n  missing " + must.dump();
    }
    const auto allowedBy = [](const Json& list, const Finding& finding, bool glob) {
        return std::any_of(list.begin(), list.end(),
                           [&](const Json& label) { return matches(label, finding, glob); });
    };
    for (const Finding& finding : findings) {
        if (allowedBy(labels.at("must_not"), finding, true))
            problems += "\n  forbidden " + describe(finding) + ": " + finding.message;
        else if (!allowedBy(labels.at("must"), finding, false) &&
                 !allowedBy(labels.at("may"), finding, true))
            problems += "\n  unexpected " + describe(finding) + ": " + finding.message;
    }
    if (const auto waiting = kWaiting.find(path); waiting != kWaiting.end()) {
        qInfo("%s waits for: %s%s", path.c_str(), waiting->second.c_str(), problems.c_str());
        QEXPECT_FAIL("", waiting->second.c_str(), Abort);
    }
    QVERIFY2(problems.empty(), problems.c_str());
}

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"
