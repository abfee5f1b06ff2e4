// Quick fixes, planned headless and applied through the command the Critique
// dock pushes: for each rule with a fix, the finding is open before, gone
// after the command's redo, back after its undo (with the design exactly as
// it was), and gone again after a redo.

#include "critique/critiquetestsupport.h"
#include "critique/findinggroups.h"
#include "critique/quickfix/quickfix.h"
#include "model/design.h"
#include "model/json/designjson.h"
#include "model/validation.h"
#include "widgets/commands/applyquickfixcommand.h"

#include <QtTest>
#include <set>
#include <vector>

using namespace archboard;
using test::component;
using test::connection;
using test::designJson;

Q_DECLARE_METATYPE(Json)

namespace {

Json props(Json values) {
    return {{"props", std::move(values)}};
}

// Users call an API that writes a table: the skeleton most rows grow from.
// `more` as a vector: a braced list of one Json passed as a Json is that
// Json itself for clang, and an array of it for GCC.
Json webComponents(std::vector<Json> more = {}) {
    Json list = Json::array({component("users", "client", {{"name", "Users"}}),
                             component("api", "service", {{"name", "Shortener API"}}),
                             component("db", "sql_store", {{"name", "URL table"}})});
    for (Json& c : more)
        list.push_back(std::move(c));
    return list;
}

Json webConnections(std::vector<Json> more = {}, Json toApi = Json::object(),
                    Json toDb = Json::object()) {
    Json list = Json::array({connection("e1", "users", "api", "sync", std::move(toApi)),
                             connection("e2", "api", "db", "sync", std::move(toDb))});
    for (Json& c : more)
        list.push_back(std::move(c));
    return list;
}

const Finding* findingOf(const std::vector<Finding>& findings, std::string_view rule,
                         std::string_view target) {
    for (const Finding& finding : findings)
        if (finding.rule == rule && finding.target == target)
            return &finding;
    return nullptr;
}

// The findings of the finding's row in the dock: all of its cause.
std::vector<const Finding*> rowOf(const std::vector<Finding>& findings, const Finding& finding) {
    std::vector<const Finding*> row;
    for (const Finding& other : findings)
        if (groupKey(other) == groupKey(finding))
            row.push_back(&other);
    return row;
}

// The plan for the one finding of `rule` on `target`; none when the rule
// does not fire there.
std::optional<QuickFixPlan> planFor(const Design& design, std::string_view rule,
                                    std::string_view target) {
    const std::vector<Finding> findings = critique(design.data());
    const Finding* finding = findingOf(findings, rule, target);
    if (!finding)
        return std::nullopt;
    return planQuickFix(design, std::vector<const Finding*>{finding});
}

bool joinedSays(const QuickFixPlan& plan, const std::string& words) {
    std::string all;
    for (const std::string& change : plan.changes)
        all += change + "\n";
    return all.find(words) != std::string::npos;
}

std::string changesOf(const QuickFixPlan& plan) {
    std::string all;
    for (const std::string& change : plan.changes)
        all += "\n  " + change;
    return all;
}

} // namespace

class tst_QuickFix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixesTheFinding_data();
    void fixesTheFinding();
    void everyRuleWithAFixIsTested();
    void timeoutComesFromTheCallersBudget_data();
    void timeoutComesFromTheCallersBudget();
    void oneCallersCallsAreOneFix();
    void addedCardsKeepClearOfOthers();
    void onlyMechanicalFindingsHaveOne();

private:
    std::set<std::string> m_testedRules;
};

void tst_QuickFix::fixesTheFinding_data() {
    QTest::addColumn<Json>("design");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("says"); // words one change of the preview has

    const Json p99 = {{"latency_p99_ms", 1000}};
    const Json available = {{"availability", 99.95}};
    const Json queueFlow =
        designJson(webComponents({component("orders", "queue", {{"name", "Orders"}}),
                                  component("fulfil", "worker", {{"name", "Fulfilment"}})}),
                   webConnections({connection("e3", "api", "orders", "async"),
                                   connection("e4", "orders", "fulfil", "async")}));
    QTest::newRow("queue-no-dlq") << queueFlow << "failure.queue-no-dlq"
                                  << "orders"
                                  << "Add the queue “Orders DLQ”";
    QTest::newRow("consumer-not-idempotent") << queueFlow << "failure.consumer-not-idempotent"
                                             << "fulfil"
                                             << "Make “Fulfilment” idempotent";
    QTest::newRow("sync-no-timeout")
        << designJson(webComponents(), webConnections(), Json::object(), p99)
        << "failure.sync-no-timeout"
        << "e2"
        << "a timeout of 800 ms (80% of the 1000 ms p99 latency target)";
    QTest::newRow("timeout-budget")
        << designJson(webComponents(),
                      webConnections(Json::array(), {{"timeout_ms", 1000}}, {{"timeout_ms", 3000}}))
        << "failure.timeout-budget"
        << "e2"
        << "from 3000 ms to 800 ms, so it fits in the 1000 ms timeout “Users” gives “Shortener "
           "API”";
    const Json retried = {{"timeout_ms", 200}, {"retries", 2}};
    Json withIdempotence = retried;
    withIdempotence["idempotent"] = true;
    QTest::newRow("retry-no-backoff")
        << designJson(webComponents(),
                      webConnections(Json::array(), Json::object(), withIdempotence))
        << "failure.retry-no-backoff"
        << "e2"
        << "with exponential backoff and jitter";
    Json withBackoff = retried;
    withBackoff["backoff"] = true;
    QTest::newRow("retry-not-idempotent")
        << designJson(webComponents(), webConnections(Json::array(), Json::object(), withBackoff))
        << "failure.retry-not-idempotent"
        << "e2"
        << "idempotency key";
    QTest::newRow("no-health-checks")
        << designJson(Json::array({component("users", "client"),
                                   component("lb", "load_balancer", {{"name", "Edge LB"}}),
                                   component("api", "service")}),
                      Json::array({connection("e1", "users", "lb"), connection("e2", "lb", "api")}))
        << "failure.no-health-checks"
        << "lb"
        << "health checks in “Edge LB”";
    QTest::newRow("store-no-backups")
        << designJson(webComponents(), webConnections()) << "failure.store-no-backups"
        << "db"
        << "Back up “URL table”";
    QTest::newRow("cache-no-fallback")
        << designJson(webComponents({component("cache", "cache", {{"name", "Hot URLs"}})}),
                      webConnections({connection("e3", "api", "cache")}))
        << "failure.cache-no-fallback"
        << "cache"
        << "fall back to “URL table”";
    QTest::newRow("no-circuit-breaker")
        << designJson(webComponents({component("pay", "external", {{"name", "Stripe"}})}),
                      webConnections({connection("e3", "api", "pay")}))
        << "failure.no-circuit-breaker"
        << "e3"
        << "circuit breaker on “Shortener API → Stripe”";
    QTest::newRow("public-no-tls")
        << designJson(webComponents(), webConnections()) << "security.public-no-tls"
        << "e1"
        << "Encrypt “Users → Shortener API” with TLS";
    QTest::newRow("single-instance-service")
        << designJson(webComponents(), webConnections()) << "spof.single-instance"
        << "api"
        << "Run “Shortener API” as 2 replicas instead of 1";
    QTest::newRow("single-instance-store")
        << designJson(webComponents(), webConnections(), Json::object(), {{"availability", 99.9}})
        << "spof.single-instance"
        << "db"
        << "automatically when the primary fails";
    QTest::newRow("single-zone") << designJson(webComponents(), webConnections(), Json::object(),
                                               available)
                                 << "spof.single-zone"
                                 << "api"
                                 << "across 2 availability zones";
    QTest::newRow("observe-none") << designJson(webComponents(), webConnections()) << "observe.none"
                                  << ""
                                  << "Add the observability component";
    const auto observed = [](Json observer) {
        observer["id"] = "obs";
        observer["kind"] = "observability";
        observer["name"] = "Grafana";
        return webComponents({std::move(observer)});
    };
    QTest::newRow("observe-uncovered")
        << designJson(observed(props({{"scope", "connected"},
                                      {"signals", {"metrics", "logs", "traces", "alerts"}}})),
                      webConnections({connection("t1", "db", "obs", "telemetry")}))
        << "observe.uncovered"
        << "api"
        << "Connect “Shortener API” to “Grafana”";
    QTest::newRow("no-metrics") << designJson(
                                       observed(props({{"signals", {"logs", "traces", "alerts"}}})),
                                       webConnections())
                                << "observe.no-metrics"
                                << ""
                                << "Collect metrics in “Grafana”";
    QTest::newRow("no-logs") << designJson(observed(props({{"signals", {"metrics", "alerts"}}})),
                                           webConnections())
                             << "observe.no-logs"
                             << ""
                             << "Collect logs in “Grafana”";
    QTest::newRow("no-alerts") << designJson(observed(props({{"signals", {"metrics", "logs"}}})),
                                             webConnections())
                               << "observe.no-alerts"
                               << ""
                               << "Collect alerts in “Grafana”";
    Json chain = observed(props({{"signals", {"metrics"}}}));
    chain.push_back(component("s2", "service"));
    chain.push_back(component("s3", "service"));
    QTest::newRow("no-tracing") << designJson(chain, webConnections({connection("e3", "api", "s2"),
                                                                     connection("e4", "s2", "s3")}))
                                << "observe.no-tracing"
                                << ""
                                << "Collect traces in “Grafana”";
}

void tst_QuickFix::fixesTheFinding() {
    QFETCH(Json, design);
    QFETCH(QString, rule);
    QFETCH(QString, target);
    QFETCH(QString, says);
    const std::string ruleId = rule.toStdString();
    const std::string targetId = target.toStdString();
    m_testedRules.insert(ruleId);

    Design model(test::designFrom(design, QTest::currentDataTag()));
    const DesignData original = model.data();
    const std::vector<Finding> before = critique(model.data());
    const Finding* finding = findingOf(before, ruleId, targetId);
    QVERIFY2(finding, ("the rule does not fire on " + targetId).c_str());
    QVERIFY(hasQuickFix(*finding));

    std::optional<QuickFixPlan> plan = planQuickFix(model, rowOf(before, *finding));
    QVERIFY(plan);
    QVERIFY(!plan->title.empty());
    QVERIFY2(joinedSays(*plan, says.toStdString()), changesOf(*plan).c_str());

    ApplyQuickFixCommand command(model, std::move(*plan));
    QCOMPARE(command.text(), QString::fromStdString(command.plan().title));
    command.redo();
    QVERIFY(validateReferences(model.data()).empty());
    QVERIFY(readDesignJson(writeDesignJson(model.data())).ok()); // it saves and reads back
    QVERIFY2(!findingOf(critique(model.data()), ruleId, targetId), "still open after the fix");
    command.undo();
    QVERIFY(model.data() == original);
    QVERIFY(findingOf(critique(model.data()), ruleId, targetId));
    command.redo();
    QVERIFY(!findingOf(critique(model.data()), ruleId, targetId));
}

void tst_QuickFix::everyRuleWithAFixIsTested() {
    const auto rules = rulesWithQuickFix();
    QVERIFY(rules.size() >= 8);
    for (const std::string_view rule : rules)
        QVERIFY2(m_testedRules.contains(std::string(rule)), std::string(rule).c_str());
}

void tst_QuickFix::timeoutComesFromTheCallersBudget_data() {
    QTest::addColumn<Json>("requirements");
    QTest::addColumn<Json>("toApi"); // the call that gives the API its budget
    QTest::addColumn<Json>("toDb");
    QTest::addColumn<double>("timeout");

    const Json p99 = {{"latency_p99_ms", 1000}};
    QTest::newRow("p99") << p99 << Json{{"timeout_ms", 900}} << Json::object() << 700.0;
    QTest::newRow("p99-without-caller-timeout")
        << p99 << Json{{"circuit_breaker", false}} << Json::object() << 800.0;
    QTest::newRow("retries-share-it")
        << p99 << Json::object() << Json{{"retries", 2}, {"backoff", true}} << 250.0;
    QTest::newRow("callers-own-timeout")
        << Json::object() << Json{{"timeout_ms", 2000}} << Json::object() << 1600.0;
    QTest::newRow("no-budget-at-all")
        << Json::object() << Json::object() << Json::object() << 1000.0;
}

void tst_QuickFix::timeoutComesFromTheCallersBudget() {
    QFETCH(Json, requirements);
    QFETCH(Json, toApi);
    QFETCH(Json, toDb);
    QFETCH(double, timeout);
    Design model(
        test::designFrom(designJson(webComponents(), webConnections(Json::array(), toApi, toDb),
                                    Json::object(), requirements),
                         "budget"));
    const std::optional<QuickFixPlan> plan = planFor(model, "failure.sync-no-timeout", "e2");
    QVERIFY(plan);
    QCOMPARE(plan->changed.size(), std::size_t{1});
    const auto& call = std::get<Connection>(plan->changed.front());
    QCOMPARE(call.id, ElementId("e2"));
    QCOMPARE(call.props.timeoutMs.value_or(0), timeout);
}

void tst_QuickFix::oneCallersCallsAreOneFix() {
    Design model(test::designFrom(
        designJson(
            webComponents({component("cache", "cache"), component("search", "search_index")}),
            webConnections({connection("e3", "api", "cache"), connection("e4", "api", "search")},
                           {{"timeout_ms", 500}}),
            Json::object(), {{"latency_p99_ms", 1000}}),
        "fan-out"));
    const DesignData original = model.data();
    const std::vector<Finding> findings = critique(model.data());
    const Finding* first = findingOf(findings, "failure.sync-no-timeout", "e2");
    QVERIFY(first);
    const std::vector<const Finding*> row = rowOf(findings, *first);
    QCOMPARE(row.size(), std::size_t{3}); // the API's three calls
    std::optional<QuickFixPlan> plan = planQuickFix(model, row);
    QVERIFY(plan);
    QCOMPARE(plan->changes.size(), std::size_t{3});
    QCOMPARE(plan->title, std::string("Set Timeouts on 3 Calls from “Shortener API”"));
    ApplyQuickFixCommand command(model, std::move(*plan));
    command.redo();
    const std::vector<Finding> after = critique(model.data());
    for (const char* call : {"e2", "e3", "e4"}) {
        QVERIFY(!findingOf(after, "failure.sync-no-timeout", call));
        QVERIFY(!findingOf(after, "failure.timeout-budget", call)); // within the 500 ms given
        QCOMPARE(model.connection(call)->props.timeoutMs.value_or(0), 400.0);
    }
    command.undo();
    QVERIFY(model.data() == original);
}

void tst_QuickFix::addedCardsKeepClearOfOthers() {
    // Cards in a row 200 apart, with one below the queue: the dead-letter
    // queue goes where no card is.
    Json components = Json::array();
    const auto at = [](const char* id, const char* kind, double x, double y) {
        return component(id, kind, {{"position", {{"x", x}, {"y", y}}}});
    };
    components.push_back(at("api", "service", 0, 0));
    components.push_back(at("orders", "queue", 200, 0));
    components.push_back(at("worker", "worker", 400, 0));
    components.push_back(at("below", "service", 200, 140));
    components.push_back(at("orders-dlq", "service", -400, 400)); // takes the obvious id
    Design model(test::designFrom(
        designJson(components, Json::array({connection("e1", "api", "orders", "async"),
                                            connection("e2", "orders", "worker", "async")})),
        "placement"));
    const std::optional<QuickFixPlan> plan = planFor(model, "failure.queue-no-dlq", "orders");
    QVERIFY(plan);
    QCOMPARE(plan->added.size(), std::size_t{1});
    const auto& dlq = std::get<Component>(plan->added.front());
    QCOMPARE(dlq.id, ElementId("orders-dlq-2"));
    QVERIFY(dlq.kind == ComponentKind::Queue);
    for (const Component& other : model.components())
        QVERIFY2(std::abs(other.position.x - dlq.position.x) >= 176 ||
                     std::abs(other.position.y - dlq.position.y) >= 76,
                 other.id.c_str());
    // Near the queue: within two card steps.
    QVERIFY(std::abs(dlq.position.x - 200) < 600 && std::abs(dlq.position.y) < 400);
}

void tst_QuickFix::onlyMechanicalFindingsHaveOne() {
    Finding finding;
    finding.rule = "failure.cache-no-fallback";
    finding.target = "cache";
    QVERIFY(hasQuickFix(finding));
    finding.fixKey = "no_store"; // nothing to fall back to
    QVERIFY(!hasQuickFix(finding));
    finding = {};
    finding.rule = "failure.timeout-budget"; // the design's slowest path: no one call to fix
    QVERIFY(!hasQuickFix(finding));
    finding.rule = "structure.orphan";
    finding.target = "x";
    QVERIFY(!hasQuickFix(finding));
    QVERIFY(!planQuickFix(Design(), std::vector<const Finding*>{&finding}));

    // Findings out of date with the design: their targets are now connections.
    const Design design(test::designFrom(designJson(webComponents(), webConnections()), "stale"));
    for (const std::string_view rule : {"failure.store-no-backups", "failure.queue-no-dlq",
                                        "observe.uncovered", "spof.single-instance"}) {
        finding = {};
        finding.rule = rule;
        finding.target = "e1";
        QVERIFY(hasQuickFix(finding));
        QVERIFY2(!planQuickFix(design, std::vector<const Finding*>{&finding}),
                 std::string(rule).c_str());
    }
}

QTEST_GUILESS_MAIN(tst_QuickFix)
#include "tst_quickfix.moc"
