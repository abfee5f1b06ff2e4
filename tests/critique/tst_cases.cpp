// The example designs a senior reviewer labelled (tests/fixtures/cases):
// every `must` finding appears, nothing the labels do not allow does, and
// nothing in `must_not` does.

#include "critiquetestsupport.h"
#include "model/source/designsource.h"

#include <fnmatch.h>
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

} // namespace

class TestCases : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void labelledCase_data();
    void labelledCase();
};

void TestCases::labelledCase_data() {
    QTest::addColumn<QString>("name");
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(fixtures() / "cases")) {
        const std::string file = entry.path().filename().string();
        const std::string suffix = ".archboard.json";
        if (!file.ends_with(suffix))
            continue;
        const std::string name = file.substr(0, file.size() - suffix.size());
        QTest::newRow(name.c_str()) << QString::fromStdString(name);
        ++count;
    }
    QVERIFY2(count >= 13, "the labelled cases are missing from tests/fixtures/cases");
}

void TestCases::labelledCase() {
    QFETCH(QString, name);
    const std::filesystem::path dir = fixtures() / "cases";
    const LoadResult loaded =
        source::readDesignFile(dir / (name.toStdString() + ".archboard.json"));
    QVERIFY(loaded.ok());
    const Json labels = readJson(dir / (name.toStdString() + ".expected.json"));
    const std::vector<Finding> findings = critique(*loaded.design);

    for (const Json& must : labels.at("must")) {
        const bool found = std::any_of(findings.begin(), findings.end(),
                                       [&](const Finding& f) { return matches(must, f, false); });
        QVERIFY2(found, ("missing " + must.dump()).c_str());
    }
    for (const Finding& finding : findings) {
        for (const Json& mustNot : labels.at("must_not"))
            QVERIFY2(!matches(mustNot, finding, true),
                     ("forbidden " + describe(finding) + " by " + mustNot.dump()).c_str());
        const auto allowedBy = [&finding](const Json& list, bool glob) {
            return std::any_of(list.begin(), list.end(),
                               [&](const Json& label) { return matches(label, finding, glob); });
        };
        QVERIFY2(allowedBy(labels.at("must"), false) || allowedBy(labels.at("may"), true),
                 ("unexpected " + describe(finding) + ": " + finding.message).c_str());
    }
}

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"
