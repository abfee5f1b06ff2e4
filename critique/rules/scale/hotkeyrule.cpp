#include "hotkeyrule.h"

#include "critique/justification.h"
#include "critique/rules/writerate.h"

#include <algorithm>
#include <array>

namespace archboard {

namespace {

using Index = GraphIndex::Index;
using namespace std::string_view_literals;

// About what one partition takes: a DynamoDB partition 1,000 writes/s, a
// Kinesis shard 1,000 records/s. Below it one partition could take all.
constexpr double kPartitionWrites = 1000;

// Words of a partition key whose one current value takes all new writes
// (time), or that has few values or a few very popular ones. A key matches
// when one of its words is one of these ("created_at", "metric_name").
constexpr std::array kTimeWords{"date"sv, "day"sv,  "hour"sv, "minute"sv,    "month"sv,
                                "year"sv, "week"sv, "time"sv, "timestamp"sv, "created"sv};
constexpr std::array kFewWords{"status"sv,   "type"sv,    "kind"sv,   "category"sv, "country"sv,
                               "region"sv,   "state"sv,   "flag"sv,   "bool"sv,     "boolean"sv,
                               "gender"sv,   "level"sv,   "metric"sv, "metrics"sv,  "priority"sv,
                               "language"sv, "currency"sv};

bool isAny(std::string_view word, std::span<const std::string_view> list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

enum class KeyProblem { None, Absent, Time, FewValues };

KeyProblem keyProblem(const std::optional<std::string>& key) {
    if (!key || trimmed(*key).empty())
        return KeyProblem::Absent;
    for (const std::string& word : justificationWords(*key)) {
        if (isAny(word, kTimeWords))
            return KeyProblem::Time;
        if (isAny(word, kFewWords))
            return KeyProblem::FewValues;
    }
    return KeyProblem::None;
}

// Spreads writes over partitions: a stream; a store that is sharded or
// whose technology partitions writes or takes them on any replica.
bool isPartitioned(const GraphIndex& graph, Index i) {
    if (graph.kind(i) == ComponentKind::Stream)
        return true;
    if (graph.kind(i) != ComponentKind::SqlStore && graph.kind(i) != ComponentKind::NosqlStore)
        return false;
    if (graph.component(i).props.sharding.value_or(Sharding::None) != Sharding::None)
        return true;
    const Technology* tech = graph.technology(i);
    return tech &&
           (tech->writes == WriteModel::Partitioned || tech->writes == WriteModel::Leaderless);
}

// "one counter", "a single sorted set", "global leaderboard": one structure
// said to take the writes. "One key per user" spreads them and does not count.
bool namesOneStructure(const std::vector<std::string>& words) {
    constexpr std::array kOne{"one"sv, "single"sv, "global"sv};
    constexpr std::array kStructure{"counter"sv, "key"sv, "sorted"sv, "zset"sv, "leaderboard"sv};
    constexpr std::array kSpread{"per"sv, "for"sv, "each"sv};
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (std::find(kOne.begin(), kOne.end(), words[w]) == kOne.end())
            continue;
        for (std::size_t s = w + 1; s < words.size() && s <= w + 2; ++s) {
            if (std::find(kStructure.begin(), kStructure.end(), words[s]) == kStructure.end())
                continue;
            const bool spread = s + 1 < words.size() && std::find(kSpread.begin(), kSpread.end(),
                                                                  words[s + 1]) != kSpread.end();
            if (!spread)
                return true;
        }
    }
    return false;
}

bool writeHeavy(const GraphIndex& graph) {
    const Requirements& r = graph.requirements();
    return r.peakWriteRps && (!r.peakReadRps || *r.peakWriteRps >= *r.peakReadRps);
}

std::string keyReport(const GraphIndex& graph, Index i, KeyProblem problem, double rate) {
    const std::string writes = phrase::number(rate) + " writes/s";
    const std::string name = phrase::quoted(graph, i);
    switch (problem) {
    case KeyProblem::Absent:
        return name + " takes " + writes +
               " with no partition key stated: unless the key spreads them, one partition "
               "takes what it cannot, throttles, and every write behind it waits.";
    case KeyProblem::Time:
        return name + " is partitioned by \"" + *graph.component(i).props.partitionKey +
               "\": all of the " + writes +
               " of the current period go to one partition while the others sit idle.";
    case KeyProblem::FewValues:
        return name + " is partitioned by \"" + *graph.component(i).props.partitionKey +
               "\", which has few values or a few very popular ones: the " + writes +
               " pile onto a handful of partitions, whatever the partition count.";
    case KeyProblem::None:
        break;
    }
    return {};
}

} // namespace

void HotKeyRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    const bool heavy = writeHeavy(graph);
    for (const Index i : graph.ofKinds({ComponentKind::Stream, ComponentKind::SqlStore,
                                        ComponentKind::NosqlStore, ComponentKind::Cache})) {
        if (graph.requestIn(i).empty())
            continue;
        const std::optional<double> rate = writeRateInto(graph, i);
        if (!rate || *rate <= kPartitionWrites)
            continue;
        const Component& component = graph.component(i);
        std::vector<std::string> words = justificationWords(component.name);
        const auto reason = justificationWords(component.justification);
        words.insert(words.end(), reason.begin(), reason.end());
        if (namesOneStructure(words)) {
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) +
                               " keeps one structure that every write updates: at " +
                               phrase::number(*rate) +
                               " writes/s that one key sits on one node, whatever the cluster.",
                           std::nullopt, "one_structure");
            continue;
        }
        if (!heavy || graph.kind(i) == ComponentKind::Cache || !isPartitioned(graph, i))
            continue;
        const KeyProblem problem = keyProblem(component.props.partitionKey);
        if (problem != KeyProblem::None)
            reporter.about(graph.id(i), keyReport(graph, i, problem, *rate));
    }
}

} // namespace archboard
