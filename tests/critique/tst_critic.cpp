// The rule engine: settings, ordering and the catalogues it reads.

#include "critique/componentnames.h"
#include "critique/critic.h"
#include "critique/embedded.h"
#include "critique/graphindex.h"
#include "critique/justification.h"
#include "critique/rulecatalogue.h"
#include "critique/ruleregistry.h"
#include "critique/technologycatalogue.h"
#include "critiquetestsupport.h"
#include "model/validation.h"

#include <algorithm>
#include <map>
#include <QTest>
#include <random>
#include <set>

using namespace archboard;
using namespace archboard::test;

namespace {

// Users call an API that calls a database: every rule has something to say.
Json threeTier(Json critique = Json::object()) {
    return designJson(
        {component("users", "client"), component("api", "service"), component("db", "sql_store")},
        {connection("e1", "users", "api"), connection("e2", "api", "db")}, std::move(critique));
}

std::vector<Finding> findingsOf(const std::vector<Finding>& all, std::string_view rule) {
    std::vector<Finding> result;
    std::copy_if(all.begin(), all.end(), std::back_inserter(result),
                 [rule](const Finding& f) { return f.rule == rule; });
    return result;
}

} // namespace

class TestCritic : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findingsCarryTheCatalogueText();
    void findingsAreOrdered();
    void fixesFitTheTarget();
    void retriedSideEffectsAreErrors();
    void severityOverrideApplies();
    void disabledRuleStaysOff();
    void onlyNarrowsButNeverEnables();
    void suppressionAcceptsWithReason();
    void designSettingsWinOverUserPreferences();
    void emptyDesignHasOnlyRequirementFindings();
    void cyclesTerminate();
    void bestAvailabilityCrossesCycles();
    void componentNamesResolveIds();
    void randomDesignsKeepTheInvariants();

    void everyRuleHasCatalogueText();
    void ruleIdsAreWellFormed();
    void technologyCatalogueLoads();
    void technologyCatalogueFacts();
    void technologyMatchingIsExactAndCaseInsensitive();
    void badTechnologyCatalogueIsRefused_data();
    void badTechnologyCatalogueIsRefused();
    void badRuleCatalogueIsRefused();
    void ruleCatalogueFixesByKey();

    void justificationWords();
    void weakJustification_data();
    void weakJustification();
};

void TestCritic::findingsCarryTheCatalogueText() {
    const auto findings = critique(designFrom(threeTier(), "three tier"));
    const auto single = findingsOf(findings, "spof.single-instance");
    QCOMPARE(single.size(), std::size_t{2});
    const RuleText* text = RuleCatalogue::builtIn().text("spof.single-instance");
    QVERIFY(text);
    QCOMPARE(single.front().title(), std::string_view(text->title));
    QCOMPARE(single.front().fix(), std::string_view(text->fix));
    QCOMPARE(single.front().category(), std::string_view("spof"));
    QVERIFY(single.front().severity == Severity::Error);
    QVERIFY(!single.front().message.empty());
}

// A balancer is not fixed the way a service is, nor a cache that is the only
// copy of its data the way one in front of a store is.
void TestCritic::fixesFitTheTarget() {
    const auto findings = critique(
        designFrom(designJson({component("users", "client"), component("lb", "load_balancer"),
                               component("api", "service"), component("db", "sql_store"),
                               component("carts", "service"), component("sessions", "cache")},
                              {connection("e1", "users", "lb"), connection("e2", "lb", "api"),
                               connection("e3", "api", "db"), connection("e4", "lb", "carts"),
                               connection("e5", "carts", "sessions")}),
                   "fits"));
    const RuleText* single = RuleCatalogue::builtIn().text("spof.single-instance");
    QVERIFY(single && single->hasFixFor("load_balancer") && !single->hasFixFor("service"));
    std::map<std::string, std::string_view> fixes;
    for (const Finding& f : findingsOf(findings, "spof.single-instance"))
        fixes[f.target] = f.fix();
    QCOMPARE(fixes.at("lb"), single->fixFor("load_balancer"));
    QCOMPARE(fixes.at("api"), std::string_view(single->fix));
    QCOMPARE(fixes.at("db"), single->fixFor("sql_store"));
    QVERIFY(fixes.at("lb").find("replicate") == std::string_view::npos);
    QVERIFY(fixes.at("lb") != fixes.at("db"));

    // The cache here backs nothing: no TTL, no falling back to a store.
    const auto stale = findingsOf(findings, "data.cache-no-invalidation");
    QCOMPARE(stale.size(), std::size_t{1});
    QCOMPARE(stale.front().fixKey, std::string_view("only_copy"));
    QVERIFY(stale.front().fix().find("TTL would") != std::string_view::npos);
    const auto fallback = findingsOf(findings, "failure.cache-no-fallback");
    QCOMPARE(fallback.size(), std::size_t{1});
    QCOMPARE(fallback.front().fixKey, std::string_view("no_store"));
    QVERIFY(fallback.front().fix().find("fall back to the store") == std::string_view::npos);
}

void TestCritic::retriedSideEffectsAreErrors() {
    const Json retried = {{"timeout_ms", 2000}, {"retries", 2}, {"backoff", true}};
    const auto findings = critique(
        designFrom(designJson({component("users", "client"), component("api", "service"),
                               component("psp", "external", {{"tech", "Stripe"}}),
                               component("mail", "external", {{"name", "Mail provider"}}),
                               component("maps", "external", {{"tech", "Google Maps Platform"}}),
                               component("db", "sql_store")},
                              {connection("e1", "users", "api"),
                               connection("e2", "api", "psp", "sync", retried),
                               connection("e3", "api", "mail", "sync", retried),
                               connection("e4", "api", "maps", "sync", retried),
                               connection("e5", "api", "db", "sync", retried)},
                              Json::object(), {{"durability", "no_loss"}}),
                   "side effects"));
    std::map<std::string, const Finding*> byTarget;
    const auto retries = findingsOf(findings, "failure.retry-not-idempotent");
    for (const Finding& f : retries)
        byTarget[f.target] = &f;
    QVERIFY(byTarget.at("e2")->severity == Severity::Error);
    QVERIFY(byTarget.at("e2")->message.find("charges the customer twice") != std::string::npos);
    QCOMPARE(byTarget.at("e2")->fixKey, std::string_view("payment"));
    QVERIFY(byTarget.at("e3")->severity == Severity::Error);
    QVERIFY(byTarget.at("e3")->message.find("sends the email twice") != std::string::npos);
    QVERIFY(byTarget.at("e4")->severity == Severity::Warning); // a lookup repeats harmlessly
    QVERIFY(byTarget.at("e5")->severity == Severity::Warning);
    QVERIFY(byTarget.at("e4")->fixKey.empty());
}

void TestCritic::findingsAreOrdered() {
    const auto findings = critique(designFrom(threeTier(), "three tier"));
    QVERIFY(findings.size() > 5);
    QVERIFY(std::is_sorted(findings.begin(), findings.end(), findingLess));
    QVERIFY(findings.front().severity == Severity::Error);
    QVERIFY(findings.back().severity == Severity::Info);
    // One finding per rule and target.
    for (std::size_t i = 1; i < findings.size(); ++i)
        QVERIFY(findings[i - 1].rule != findings[i].rule ||
                findings[i - 1].target != findings[i].target);
}

void TestCritic::severityOverrideApplies() {
    const Json settings = {{"severity", {{"spof.single-instance", "info"}}}};
    const auto findings = critique(designFrom(threeTier(settings), "override"));
    for (const Finding& f : findingsOf(findings, "spof.single-instance"))
        QVERIFY(f.severity == Severity::Info);
}

void TestCritic::disabledRuleStaysOff() {
    const Json settings = {{"disabled", {"failure.sync-no-timeout"}}};
    const auto findings = critique(designFrom(threeTier(settings), "disabled"));
    QVERIFY(findingsOf(findings, "failure.sync-no-timeout").empty());
    QVERIFY(!findingsOf(findings, "spof.single-instance").empty());
}

void TestCritic::onlyNarrowsButNeverEnables() {
    const Json settings = {{"disabled", {"failure.sync-no-timeout"}}};
    CritiqueOptions options;
    options.only = {"spof", "failure.sync-no-timeout"};
    const auto findings = critique(designFrom(threeTier(settings), "only"), options);
    QVERIFY(!findings.empty());
    for (const Finding& f : findings)
        QCOMPARE(f.category(), std::string_view("spof"));
}

void TestCritic::suppressionAcceptsWithReason() {
    const Json settings = {
        {"suppressions",
         {{{"rule", "spof.single-instance"}, {"target", "db"}, {"reason", "Demo only"}},
          {{"rule", "reqs.no-scale"}, {"target", ""}, {"reason", "Prompt has no numbers"}}}}};
    const auto findings = critique(designFrom(threeTier(settings), "suppressed"));
    for (const Finding& f : findingsOf(findings, "spof.single-instance")) {
        QCOMPARE(f.accepted, f.target == "db");
        QCOMPARE(f.reason, std::string(f.accepted ? "Demo only" : ""));
    }
    const auto scale = findingsOf(findings, "reqs.no-scale");
    QCOMPARE(scale.size(), std::size_t{1});
    QVERIFY(scale.front().accepted);
    const CritiqueSummary summary = summarize(findings);
    QCOMPARE(summary.accepted, 2);
}

void TestCritic::designSettingsWinOverUserPreferences() {
    const Json settings = {{"severity", {{"spof.single-instance", "warning"}}}};
    CritiqueOptions options;
    options.userSeverity = {{"spof.single-instance", Severity::Info},
                            {"failure.sync-no-timeout", Severity::Error}};
    options.userDisabled = {"reqs.no-availability", "spof.single-instance"};
    const auto findings = critique(designFrom(threeTier(settings), "prefs"), options);
    // Turned off by the user, but the design sets its severity: it runs.
    QVERIFY(!findingsOf(findings, "spof.single-instance").empty());
    for (const Finding& f : findingsOf(findings, "spof.single-instance"))
        QVERIFY(f.severity == Severity::Warning);
    for (const Finding& f : findingsOf(findings, "failure.sync-no-timeout"))
        QVERIFY(f.severity == Severity::Error);
    QVERIFY(findingsOf(findings, "reqs.no-availability").empty());
}

void TestCritic::emptyDesignHasOnlyRequirementFindings() {
    const auto findings = critique(DesignData{});
    QCOMPARE(findings.size(), std::size_t{2});
    QCOMPARE(findings[0].rule, std::string("reqs.no-availability"));
    QCOMPARE(findings[1].rule, std::string("reqs.no-scale"));
}

void TestCritic::cyclesTerminate() {
    const Json design = designJson(
        {component("users", "client"), component("a", "service"), component("b", "service"),
         component("c", "service"), component("q", "queue"), component("w", "worker")},
        {connection("e1", "users", "a"), connection("e2", "a", "b"), connection("e3", "b", "c"),
         connection("e4", "c", "a"), connection("e5", "c", "q", "async"),
         connection("e6", "q", "w", "async"), connection("e7", "w", "q", "async")});
    const auto findings = critique(designFrom(design, "cycle"));
    QVERIFY(!findings.empty());
    QCOMPARE(findingsOf(findings, "structure.unreachable").size(), std::size_t{0});
}

void TestCritic::bestAvailabilityCrossesCycles() {
    // a and b call each other; c is reached through the cycle and, better,
    // through d. One replica is 99.5 % available.
    const Json json = designJson(
        {component("users", "client"), component("a", "service"), component("b", "service"),
         component("c", "service"), component("d", "service")},
        {connection("e1", "users", "a"), connection("e2", "a", "b"), connection("e3", "b", "a"),
         connection("e4", "b", "c"), connection("e5", "users", "d"), connection("e6", "d", "c")});
    const DesignData design = designFrom(json, "cycle");
    const GraphIndex graph(design, TechnologyCatalogue::builtIn());
    const auto best = [&](std::string_view id) {
        for (GraphIndex::Index i = 0; i < graph.size(); ++i)
            if (graph.id(i) == id)
                return graph.bestSyncAvailability(i);
        return -1.0;
    };
    constexpr double kOne = 0.995;
    QCOMPARE(best("users"), 1.0);
    QCOMPARE(best("a"), kOne);
    QCOMPARE(best("b"), kOne * kOne);
    QCOMPARE(best("c"), kOne * kOne);
    QCOMPARE(best("d"), kOne);
}

void TestCritic::componentNamesResolveIds() {
    // Ids that share their first seven or eight bytes, and names left blank.
    const std::vector<std::pair<std::string, std::string>> components{
        {"abcdefg", "Seven"}, {"abcdefgh", ""}, {"abcdefghi", "Nine"},
        {"abcdefghj", "  "},  {"x", "Ex"},      {"abcdefgz", "Eight too"}};
    ComponentNames names;
    for (int round = 0; round < 2; ++round) { // the second reuses the first's memory
        names.clear();
        names.reserve(components.size());
        for (const auto& [id, name] : components)
            names.add(id, name);
        names.seal();
        QCOMPARE(names.size(), components.size());
        for (ComponentNames::Index i = 0; i < components.size(); ++i) {
            QCOMPARE(names.find(components[i].first), i);
            QCOMPARE(names.id(i), std::string_view(components[i].first));
        }
        for (const std::string_view missing : {"abcdef", "abcdefghk", "abcdefghij", "", "y"})
            QCOMPARE(names.find(missing), ComponentNames::kMissing);
        QCOMPARE(names.label(0), std::string_view("Seven"));
        QCOMPARE(names.label(1), std::string_view("abcdefgh"));
        QVERIFY(!names.hasName(3)); // blank names are none
        QCOMPARE(names.label(3), std::string_view("abcdefghj"));
    }
}

void TestCritic::randomDesignsKeepTheInvariants() {
    // Any valid design: no crash, no hang, findings in order, each with at
    // most one target that exists, accepted exactly where a suppression says.
    std::mt19937 random(20261124);
    const auto pick = [&random](std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
    };
    const auto coin = [&random] { return std::bernoulli_distribution(0.5)(random); };
    // One Critic re-runs over every design, as the app re-runs it over each
    // edit, and must say what a fresh run says.
    Critic critic;
    for (int round = 0; round < 300; ++round) {
        DesignData design;
        const std::size_t n = 1 + pick(40);
        for (std::size_t i = 0; i < n; ++i) {
            Component c;
            c.id = "c" + std::to_string(i);
            c.kind = static_cast<ComponentKind>(pick(enumCount<ComponentKind>()));
            c.name = coin() ? "Component " + std::to_string(i) : "";
            const auto& techs = TechnologyCatalogue::builtIn().technologies();
            c.tech = coin() ? techs[pick(techs.size())].name : (coin() ? "Unknown DB" : "");
            c.justification = coin() ? "Fast and scalable" : (coin() ? "Handles 5,000 rps" : "");
            c.replicas = 1 + static_cast<std::int64_t>(pick(3));
            c.zones = 1 + static_cast<std::int64_t>(pick(3));
            if (kindHasProp(c.kind, PropKey::Fallback) && coin())
                c.props.fallback = coin();
            if (kindHasProp(c.kind, PropKey::Backups) && coin())
                c.props.backups = true;
            if (kindHasProp(c.kind, PropKey::Signals) && coin())
                c.props.observedSignals = std::vector<Signal>{Signal::Metrics};
            if (kindHasProp(c.kind, PropKey::Scope) && c.kind == ComponentKind::Observability &&
                coin())
                c.props.observabilityScope = ObservabilityScope::Connected;
            design.components.push_back(std::move(c));
        }
        for (Component& c : design.components) {
            if (!kindHasProp(c.kind, PropKey::DeadLetter) || !coin())
                continue;
            const Component& other = design.components[pick(n)];
            const bool queueLike =
                other.kind == ComponentKind::Queue || other.kind == ComponentKind::Stream;
            c.props.deadLetter =
                queueLike && other.id != c.id ? DeadLetter(other.id) : DeadLetter(true);
        }
        const std::size_t m = n > 1 ? pick(3 * n) : 0;
        for (std::size_t k = 0; k < m; ++k) {
            Connection e;
            e.id = "e" + std::to_string(k);
            e.from = design.components[pick(n)].id;
            do
                e.to = design.components[pick(n)].id;
            while (e.to == e.from);
            e.kind = static_cast<ConnectionKind>(pick(enumCount<ConnectionKind>()));
            if (coin())
                e.props.retries = static_cast<std::int64_t>(pick(3));
            if (coin())
                e.props.timeoutMs = 100;
            design.connections.push_back(std::move(e));
        }
        if (coin())
            design.info.requirements.availability = 99.0 + static_cast<double>(pick(100)) / 100.0;
        if (coin())
            design.info.requirements.durability = Durability::NoLoss;
        const bool accepting = coin();
        if (accepting)
            design.critique.suppressions.push_back({"spof.single-instance", "c0", "Accepted", {}});
        QVERIFY(validateReferences(design).empty());

        const std::vector<Finding> findings = critique(design);
        QVERIFY(std::is_sorted(findings.begin(), findings.end(), findingLess));
        for (const Finding& f : findings) {
            QVERIFY(findRule(f.rule));
            QVERIFY(f.target.empty() || f.target.starts_with('c') || f.target.starts_with('e'));
            QCOMPARE(f.accepted, accepting && f.rule == "spof.single-instance" && f.target == "c0");
            QCOMPARE(f.reason, std::string(f.accepted ? "Accepted" : ""));
            QVERIFY(!f.message.empty());
        }
        QVERIFY(critic.run(design) == findings);
    }
}

void TestCritic::everyRuleHasCatalogueText() {
    std::vector<std::string> problems;
    const RuleCatalogue catalogue = RuleCatalogue::parse(embedded::ruleCatalogueJson(), problems);
    QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().c_str());
    QCOMPARE(catalogue.texts().size(), allRules().size());
    for (const Rule* rule : allRules()) {
        const RuleText* text = catalogue.text(rule->id());
        QVERIFY2(text, std::string(rule->id()).c_str());
        QVERIFY(text->title.size() < 70);
        QVERIFY(text->why.size() > 80);
        QVERIFY(!text->fix.empty());
        QVERIFY(text->followUp.ends_with("?"));
        QCOMPARE(rule->title(), std::string_view(text->title));
    }
}

void TestCritic::ruleIdsAreWellFormed() {
    QCOMPARE(allRules().size(), std::size_t{55});
    const auto rules = allRules();
    QVERIFY(std::is_sorted(rules.begin(), rules.end(),
                           [](const Rule* a, const Rule* b) { return a->id() < b->id(); }));
    for (const Rule* rule : allRules()) {
        QVERIFY(isValidRuleId(rule->id()));
        QVERIFY(findRule(rule->id()) == rule);
    }
    QVERIFY(!findRule("spof.nothing"));
    QVERIFY(isKnownRuleSelector("spof"));
    QVERIFY(isKnownRuleSelector("observe.no-logs"));
    QVERIFY(!isKnownRuleSelector("observe.no"));
    QVERIFY(!isKnownRuleSelector(""));
}

void TestCritic::technologyCatalogueLoads() {
    std::vector<std::string> problems;
    const TechnologyCatalogue catalogue =
        TechnologyCatalogue::parse(embedded::technologyCatalogueJson(), problems);
    QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().c_str());
    QVERIFY(catalogue.technologies().size() >= 80);
    QCOMPARE(TechnologyCatalogue::builtIn().technologies().size(), catalogue.technologies().size());
    // Every stateful kind has open-source and managed choices from each cloud.
    for (const ComponentKind kind :
         {ComponentKind::Queue, ComponentKind::Stream, ComponentKind::Cache,
          ComponentKind::SqlStore, ComponentKind::NosqlStore, ComponentKind::ObjectStore,
          ComponentKind::SearchIndex}) {
        std::set<std::string> providers;
        for (const Technology& tech : catalogue.technologies())
            if (tech.fits(kind))
                providers.insert(tech.managed ? tech.provider : "open source");
        // Google Cloud has no first-party full-text search index.
        for (const char* provider : {"open source", "AWS", "Azure", "Google Cloud"})
            QVERIFY2(providers.contains(provider) || (kind == ComponentKind::SearchIndex &&
                                                      std::string_view(provider) == "Google Cloud"),
                     (std::string(toString(kind)) + " lacks " + provider).c_str());
    }
}

void TestCritic::technologyCatalogueFacts() {
    const TechnologyCatalogue& catalogue = TechnologyCatalogue::builtIn();
    const auto tech = [&catalogue](std::string_view name) {
        const Technology* found = catalogue.match(name);
        if (!found)
            QTest::qFail(("not in the catalogue: " + std::string(name)).c_str(), __FILE__,
                         __LINE__);
        return found;
    };
    QVERIFY(tech("Kafka") &&
            tech("Kafka")->fittingKinds() == std::vector<ComponentKind>{ComponentKind::Stream});
    QVERIFY(tech("Redis")->fits(ComponentKind::Cache));
    QVERIFY(tech("Redis")->fits(ComponentKind::NosqlStore));
    QVERIFY(!tech("Redis")->fits(ComponentKind::SqlStore));
    QVERIFY(tech("Redis")->consistency == std::optional(TechConsistency::Eventual));
    QVERIFY(tech("Azure Front Door")->fits(ComponentKind::Cdn));
    QVERIFY(tech("Azure Front Door")->fits(ComponentKind::LoadBalancer));
    for (const char* name : {"Envoy", "NGINX"}) {
        QVERIFY(tech(name)->fits(ComponentKind::LoadBalancer));
        QVERIFY(tech(name)->fits(ComponentKind::ApiGateway));
    }
    QVERIFY(tech("OpenAI")->fits(ComponentKind::External));
    QVERIFY(tech("OpenAI")->fits(ComponentKind::ModelServing));
    for (const char* name : {"S3", "DynamoDB", "Amazon SQS", "Route 53"}) {
        QVERIFY2(tech(name)->highlyAvailable && tech(name)->multiZone, name);
        QVERIFY2(tech(name)->sla, name);
    }
    for (const char* name : {"Azure SQL Database", "Azure Service Bus", "Azure Blob Storage"})
        QVERIFY2(tech(name)->highlyAvailable && !tech(name)->multiZone, name);
    for (const char* name :
         {"Amazon RDS for PostgreSQL", "Azure Database for PostgreSQL", "PostgreSQL", "Cassandra"})
        QVERIFY2(!tech(name)->highlyAvailable, name);
    for (const char* name : {"PostgreSQL", "MySQL", "SQL Server"}) {
        QVERIFY(tech(name)->writes == std::optional(WriteModel::SinglePrimary));
        QCOMPARE(tech(name)->writeCapacity->value, 5000.0);
        QVERIFY(tech(name)->consistency == std::optional(TechConsistency::Strong));
    }
    for (const char* name : {"Cassandra", "DynamoDB", "Cosmos DB"})
        QVERIFY(tech(name)->consistency == std::optional(TechConsistency::Tunable));
    for (const char* name : {"Cassandra", "ScyllaDB", "Riak"})
        QVERIFY2(tech(name)->writes == std::optional(WriteModel::Leaderless), name);
    QVERIFY(tech("CouchDB")->writes == std::optional(WriteModel::MultiPrimary));
    for (const char* name : {"DynamoDB", "Cosmos DB", "Amazon Keyspaces", "Redis Cluster"})
        QVERIFY2(tech(name)->writes == std::optional(WriteModel::Partitioned), name);
    for (const char* name : {"CouchDB", "Riak", "Elasticsearch"})
        QVERIFY(tech(name)->consistency == std::optional(TechConsistency::Eventual));
    QVERIFY(tech("PostgreSQL") != tech("Azure Database for PostgreSQL"));
    for (const Technology& t : catalogue.technologies())
        QVERIFY2(!t.sla || t.managed, t.name.c_str());
}

void TestCritic::technologyMatchingIsExactAndCaseInsensitive() {
    const TechnologyCatalogue& catalogue = TechnologyCatalogue::builtIn();
    QVERIFY(catalogue.match("postgres"));
    QCOMPARE(catalogue.match("  POSTGRESQL \t"), catalogue.match("PostgreSQL"));
    QVERIFY(!catalogue.match("PostgreSQL 16"));
    QVERIFY(!catalogue.match("Postgres cluster"));
    QVERIFY(!catalogue.match(""));
    QVERIFY(!catalogue.match("   "));
}

void TestCritic::badTechnologyCatalogueIsRefused_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("problem");
    const auto entry = [](const std::string& fields) {
        return QString::fromStdString(
            R"({"format": 1, "technologies": [{"name": "X", "aliases": [], "provider": "open source", "kinds": ["service"], "managed": false, "highly_available": false, "multi_zone": false)" +
            fields + "}]}");
    };
    QTest::newRow("not json") << QStringLiteral("{")
                              << QStringLiteral("technology catalogue: not a JSON object");
    QTest::newRow("format") << QStringLiteral(R"({"format": 2, "technologies": []})")
                            << QStringLiteral("format: expected 1");
    QTest::newRow("unknown key") << entry(R"(, "colour": "red")")
                                 << QStringLiteral("technologies[0].colour: unknown key");
    QTest::newRow("unknown kind")
        << QStringLiteral(
               R"({"format": 1, "technologies": [{"name": "X", "aliases": [], "provider": "p", "kinds": ["database"], "managed": false, "highly_available": false, "multi_zone": false}]})")
        << QStringLiteral("technologies[0].kinds: unknown kind \"database\"");
    QTest::newRow("consistency off-kind")
        << entry(R"(, "consistency": "strong")")
        << QStringLiteral(
               "technologies[0].consistency: does not apply to the kinds this technology fits");
    QTest::newRow("sla unsourced")
        << entry(R"(, "sla": {"value": 99.9})")
        << QStringLiteral("technologies[0].sla: expected {\"value\": a positive number, "
                          "\"source\": a URL or \"rule of thumb\"}");
    QTest::newRow("sla self-hosted")
        << entry(R"(, "sla": {"value": 99.9, "source": "rule of thumb"})")
        << QStringLiteral("technologies[0].sla: only managed services have an SLA");
    QTest::newRow("unknown write model")
        << QStringLiteral(
               R"({"format": 1, "technologies": [{"name": "X", "aliases": [], "provider": "p", "kinds": ["nosql_store"], "managed": false, "highly_available": false, "multi_zone": false, "consistency": "eventual", "writes": "master_master"}]})")
        << QStringLiteral("technologies[0].writes: expected one of single_primary, partitioned, "
                          "leaderless or multi_primary");
    QTest::newRow("write model off-kind")
        << entry(R"(, "writes": "leaderless")")
        << QStringLiteral(
               "technologies[0].writes: does not apply to the kinds this technology fits");
    QTest::newRow("duplicate alias")
        << QStringLiteral(
               R"({"format": 1, "technologies": [{"name": "X", "aliases": ["Y"], "provider": "p", "kinds": ["service"], "managed": false, "highly_available": false, "multi_zone": false}, {"name": "y", "aliases": [], "provider": "p", "kinds": ["service"], "managed": false, "highly_available": false, "multi_zone": false}]})")
        << QStringLiteral("technologies[1]: \"y\" already names X");
}

void TestCritic::badTechnologyCatalogueIsRefused() {
    QFETCH(QString, json);
    QFETCH(QString, problem);
    std::vector<std::string> problems;
    const TechnologyCatalogue catalogue = TechnologyCatalogue::parse(json.toStdString(), problems);
    QVERIFY(catalogue.technologies().empty());
    QVERIFY2(std::find(problems.begin(), problems.end(), problem.toStdString()) != problems.end(),
             problems.empty() ? "no problem reported" : problems.front().c_str());
}

void TestCritic::badRuleCatalogueIsRefused() {
    std::vector<std::string> problems;
    const RuleCatalogue catalogue = RuleCatalogue::parse(
        R"({"format": 1, "rules": [{"id": "b.x", "title": "T", "why": "W", "fix": "F", "follow_up": "Q?"}, {"id": "a.x", "title": "", "why": "W", "fix": "F", "follow_up": "Q?"}]})",
        problems);
    QVERIFY(catalogue.texts().empty());
    QCOMPARE(problems, (std::vector<std::string>{"rules[1].title: expected a non-empty string"}));
}

void TestCritic::ruleCatalogueFixesByKey() {
    std::vector<std::string> problems;
    const RuleCatalogue catalogue = RuleCatalogue::parse(
        R"({"format": 1, "rules": [{"id": "a.x", "title": "T", "why": "W", "fix": "F", "follow_up": "Q?", "fixes": {"queue": "Q", "cache": "C"}}]})",
        problems);
    QVERIFY(problems.empty());
    const RuleText* text = catalogue.text("a.x");
    QVERIFY(text);
    QCOMPARE(text->fixFor("cache"), std::string_view("C"));
    QCOMPARE(text->fixFor("queue"), std::string_view("Q"));
    QCOMPARE(text->fixFor("stream"), std::string_view("F"));
    QCOMPARE(text->fixFor(""), std::string_view("F"));
    QVERIFY(text->hasFixFor("cache") && !text->hasFixFor("stream") && !text->hasFixFor(""));

    problems.clear();
    const RuleCatalogue bad = RuleCatalogue::parse(
        R"({"format": 1, "rules": [{"id": "a.x", "title": "T", "why": "W", "fix": "F", "follow_up": "Q?", "fixes": {"Load-Balancer": "L", "cache": ""}}]})",
        problems);
    QVERIFY(bad.texts().empty());
    QCOMPARE(problems,
             (std::vector<std::string>{"rules[0].fixes.Load-Balancer: expected a key of a-z and _",
                                       "rules[0].fixes.cache: expected a non-empty string"}));
}

void TestCritic::justificationWords() {
    QCOMPARE(archboard::justificationWords("Read-heavy 100:1"),
             (std::vector<std::string>{"read", "heavy", "100", "1"}));
    QCOMPARE(archboard::justificationWords("  Grüße — schön! "),
             (std::vector<std::string>{"grüße", "schön"}));
    QVERIFY(archboard::justificationWords(" -- ").empty());
}

void TestCritic::weakJustification_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tech");
    QTest::addColumn<bool>("weak");
    QTest::newRow("praise") << "industry standard and very scalable"
                            << "PostgreSQL" << true;
    QTest::newRow("tech words are filler") << "Redis is very fast and popular"
                                           << "Redis" << true;
    QTest::newRow("workload term") << "Orders need multi-row transactions"
                                   << "PostgreSQL" << false;
    QTest::newRow("number") << "Carrier reach in 180 countries"
                            << "Twilio" << false;
    QTest::newRow("short") << "because I like it"
                           << "MySQL" << true;
    QTest::newRow("six plain words")
        << "Chosen after comparing several candidates together carefully"
        << "MySQL" << false;
    QTest::newRow("only the tech's name") << "Kafka, Kafka and Kafka"
                                          << "Kafka" << true;
    QTest::newRow("prefix match") << "Handles bursty signups"
                                  << "Kafka" << false;
    QTest::newRow("digit inside tech word ignored") << "Route 53 good"
                                                    << "Route 53" << true;
    QTest::newRow("scale later, at any length")
        << "Event Hubs in case we need to scale to other consumers later"
        << "Event Hubs" << true;
    QTest::newRow("if we ever have to grow")
        << "Picked it so that nothing changes if we ever have to grow"
        << "MySQL" << true;
    QTest::newRow("future proof, spelled apart")
        << "So the whole architecture stays Future proof for years"
        << "Kafka" << true;
    QTest::newRow("futureproof, one word")
        << "Chosen because it is futureproof compared with other candidates"
        << "Kafka" << true;
    QTest::newRow("industry-standard") << "It is the industry-standard way to decouple services"
                                       << "SQS" << true;
    QTest::newRow("everybody's using it") << "Everybody's using it for big data pipelines nowadays"
                                          << "Kafka" << true;
    QTest::newRow("a workload term outweighs the phrase")
        << "Industry standard for ordered, replayable event logs"
        << "Kafka" << false;
    QTest::newRow("a number outweighs the phrase")
        << "Future-proof: one cluster absorbs 10x today's size"
        << "Kafka" << false;
    QTest::newRow("scale with no speculation")
        << "We compared several candidates and this one scales best for us"
        << "MySQL" << false;
}

void TestCritic::weakJustification() {
    QFETCH(QString, text);
    QFETCH(QString, tech);
    QFETCH(bool, weak);
    const std::string techName = tech.toStdString();
    QCOMPARE(isWeakJustification(text.toStdString(), techName,
                                 TechnologyCatalogue::builtIn().match(techName)),
             weak);
}

QTEST_GUILESS_MAIN(TestCritic)
#include "tst_critic.moc"
