// One finding per cause: the causes rules name, the groups the critic's
// findings fall into, and the summary counting causes.

#include "critique/critic.h"
#include "critique/findinggroups.h"
#include "critiquetestsupport.h"

#include <algorithm>
#include <QTest>

using namespace archboard;
using namespace archboard::test;

namespace {

Json namedComponent(const std::string& id, const std::string& kind) {
    return {{"id", id}, {"kind", kind}, {"name", "Name " + id}};
}

Json sync(const std::string& id, const std::string& from, const std::string& to) {
    return {{"id", id}, {"from", from}, {"to", to}, {"kind", "sync"}};
}

DesignData design(Json components, Json connections, Json critique = Json::object()) {
    return designFrom({{"format", "archboard"},
                       {"version", 1},
                       {"design", {{"title", "Groups"}}},
                       {"components", std::move(components)},
                       {"connections", std::move(connections)},
                       {"critique", std::move(critique)}},
                      "the test design");
}

// Users call an API that calls seven services, and a second caller that
// calls two, all without timeouts.
DesignData fanOut(Json critique = Json::object()) {
    Json components = {namedComponent("users", "client"), namedComponent("api", "service"),
                       namedComponent("web", "service")};
    Json connections = {sync("in", "users", "api"), sync("in2", "users", "web")};
    for (int i = 1; i <= 7; ++i) {
        components.push_back(namedComponent("s" + std::to_string(i), "service"));
        connections.push_back(sync("c" + std::to_string(i), "api", "s" + std::to_string(i)));
    }
    connections.push_back(sync("w1", "web", "s1"));
    connections.push_back(sync("w2", "web", "s2"));
    return design(std::move(components), std::move(connections), std::move(critique));
}

// The groups of one rule, as lists of targets.
std::vector<std::vector<std::string>> groupsOf(const std::vector<Finding>& findings,
                                               std::string_view rule) {
    const FindingGroups groups(findings);
    std::vector<std::vector<std::string>> out;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (findings[groups.members(g).front()].rule != rule)
            continue;
        auto& targets = out.emplace_back();
        for (const std::uint32_t i : groups.members(g)) {
            if (groups.groupOf(i) != g)
                targets.push_back("member of another group: " + findings[i].target);
            targets.push_back(findings[i].target);
        }
    }
    return out;
}

using Groups = std::vector<std::vector<std::string>>;

CritiqueOptions only(std::string rule) {
    CritiqueOptions options;
    options.only = {std::move(rule)};
    return options;
}

} // namespace

class tst_FindingGroups : public QObject {
    Q_OBJECT

private slots:
    void oneCallerIsOneCause() {
        const std::vector<Finding> findings = critique(fanOut());
        const Groups groups = groupsOf(findings, "failure.sync-no-timeout");
        // The users' two calls, api's seven, web's two.
        QCOMPARE(groups.size(), 3u);
        const auto api =
            std::find_if(groups.begin(), groups.end(), [](const auto& g) { return g.size() == 7; });
        QVERIFY(api != groups.end());
        QCOMPARE(api->front(), "c1");
        QCOMPARE(api->back(), "c7");
        QVERIFY(std::any_of(groups.begin(), groups.end(), [](const auto& g) {
            return g == std::vector<std::string>{"w1", "w2"};
        }));
        for (const Finding& finding : findings)
            if (finding.rule == "failure.sync-no-timeout" && finding.target.starts_with('c'))
                QCOMPARE(finding.cause, "api");
    }

    void summaryCountsCauses() {
        const std::vector<Finding> findings = critique(fanOut(), only("failure.sync-no-timeout"));
        QCOMPARE(findings.size(), 11u);
        const CritiqueSummary summary = summarize(findings);
        QCOMPARE(summary.warnings, 3); // users, api, web
    }

    void acceptedMembersLeaveTheGroup() {
        const Json critique = {
            {"suppressions",
             {{{"rule", "failure.sync-no-timeout"}, {"target", "c3"}, {"reason", "Cached"}}}}};
        const std::vector<Finding> findings =
            archboard::critique(fanOut(critique), only("failure.sync-no-timeout"));
        const Groups groups = groupsOf(findings, "failure.sync-no-timeout");
        QVERIFY(std::find(groups.begin(), groups.end(), std::vector<std::string>{"c3"}) !=
                groups.end());
        QVERIFY(
            std::any_of(groups.begin(), groups.end(), [](const auto& g) { return g.size() == 6; }));
        const CritiqueSummary summary = summarize(findings);
        QCOMPARE(summary.warnings, 3);
        QCOMPARE(summary.accepted, 1);
    }

    void unreachableComponentsShareTheirRoot() {
        // Two workers that only call each other (a loop nobody outside
        // calls) and the store behind them: three unreachable components,
        // one cause, the loop's first component. (A job that nothing calls
        // starts its own flow instead: structure.no-trigger.)
        const DesignData d =
            design({namedComponent("users", "client"), namedComponent("api", "service"),
                    namedComponent("job", "worker"), namedComponent("batch", "worker"),
                    namedComponent("db", "sql_store")},
                   {sync("e1", "users", "api"), sync("e2", "job", "batch"),
                    sync("e4", "batch", "job"), sync("e3", "batch", "db")});
        const std::vector<Finding> findings = critique(d, only("structure.unreachable"));
        const Groups groups = groupsOf(findings, "structure.unreachable");
        QCOMPARE(groups, (Groups{{"batch", "db", "job"}}));
        for (const Finding& finding : findings)
            QCOMPARE(finding.cause, "job");
        QCOMPARE(summarize(findings).warnings + summarize(findings).errors +
                     summarize(findings).infos,
                 1);
    }

    void findingsWithoutCauseStandAlone() {
        std::vector<Finding> findings(3);
        findings[0].rule = findings[1].rule = findings[2].rule = "spof.single-instance";
        findings[0].target = "a";
        findings[1].target = "b";
        findings[2].target = "c";
        const FindingGroups groups(findings);
        QCOMPARE(groups.size(), 3u);
        QCOMPARE(groups.groupOf(2), 2u);
        QCOMPARE(FindingGroups(std::vector<Finding>{}).size(), 0u);
    }

    void groupKeys_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("key");
        QTest::newRow("caused") << "c1"
                                << "api"
                                << "failure.sync-no-timeout@api";
        QTest::newRow("own-cause") << "c1"
                                   << ""
                                   << "failure.sync-no-timeout@c1";
        QTest::newRow("whole-design") << ""
                                      << ""
                                      << "failure.sync-no-timeout";
    }

    void groupKeys() {
        QFETCH(QString, target);
        QFETCH(QString, cause);
        QFETCH(QString, key);
        Finding finding;
        finding.rule = "failure.sync-no-timeout";
        finding.target = target.toStdString();
        finding.cause = cause.toStdString();
        QCOMPARE(QString::fromStdString(groupKey(finding)), key);
    }
};

QTEST_APPLESS_MAIN(tst_FindingGroups)
#include "tst_findinggroups.moc"
