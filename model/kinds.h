#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace archboard {

// Each enum below lists its values in the order the format defines them; the
// tokens are the exact (case-sensitive) JSON spellings.
enum class ComponentKind {
    Client,
    Dns,
    Cdn,
    LoadBalancer,
    ApiGateway,
    RateLimiter,
    Service,
    Worker,
    Queue,
    Stream,
    Cache,
    SqlStore,
    NosqlStore,
    ObjectStore,
    SearchIndex,
    Identity,
    Secrets,
    Observability,
    Processor,
    ModelServing,
    Coordination,
    External
};
enum class ConnectionKind { Sync, Async, Replication, Telemetry };
enum class GroupKind { Region, Zone, Boundary };
enum class ElementType { Component, Connection, Group, Note, Annotation };

enum class Consistency { Strong, Bounded, Session, Prefix, Eventual };
enum class Durability { NoLoss, BestEffort };
enum class RateAlgorithm { TokenBucket, LeakyBucket, FixedWindow, SlidingWindow, SlidingLog };
enum class LimiterScope { Local, Global };
enum class ObservabilityScope { All, Connected };
enum class Delivery { AtMostOnce, AtLeastOnce, ExactlyOnce };
enum class Ordering { None, Fifo, PerKey };
enum class Eviction { Lru, Lfu, Fifo, Random, Ttl, None };
enum class Invalidation { Ttl, WriteThrough, WriteBehind, Explicit, None };
enum class Replication { None, Async, Sync, MultiRegion };
enum class Failover { None, Manual, Automatic };
enum class Sharding { None, Hash, Range, Directory };
enum class Signal { Metrics, Logs, Traces, Alerts };

// The JSON spellings of an enum, indexed by its underlying value.
template <typename E> struct EnumTokens;

#define ARCHBOARD_ENUM_TOKENS(E, ...)                                                              \
    template <> struct EnumTokens<E> { static constexpr std::array tokens{__VA_ARGS__}; };

using namespace std::string_view_literals;
ARCHBOARD_ENUM_TOKENS(ComponentKind, "client"sv, "dns"sv, "cdn"sv, "load_balancer"sv,
                      "api_gateway"sv, "rate_limiter"sv, "service"sv, "worker"sv, "queue"sv,
                      "stream"sv, "cache"sv, "sql_store"sv, "nosql_store"sv, "object_store"sv,
                      "search_index"sv, "identity"sv, "secrets"sv, "observability"sv, "processor"sv,
                      "model_serving"sv, "coordination"sv, "external"sv)
ARCHBOARD_ENUM_TOKENS(ConnectionKind, "sync"sv, "async"sv, "replication"sv, "telemetry"sv)
ARCHBOARD_ENUM_TOKENS(GroupKind, "region"sv, "zone"sv, "boundary"sv)
ARCHBOARD_ENUM_TOKENS(ElementType, "component"sv, "connection"sv, "group"sv, "note"sv,
                      "annotation"sv)
ARCHBOARD_ENUM_TOKENS(Consistency, "strong"sv, "bounded"sv, "session"sv, "prefix"sv, "eventual"sv)
ARCHBOARD_ENUM_TOKENS(Durability, "no_loss"sv, "best_effort"sv)
ARCHBOARD_ENUM_TOKENS(RateAlgorithm, "token_bucket"sv, "leaky_bucket"sv, "fixed_window"sv,
                      "sliding_window"sv, "sliding_log"sv)
ARCHBOARD_ENUM_TOKENS(LimiterScope, "local"sv, "global"sv)
ARCHBOARD_ENUM_TOKENS(ObservabilityScope, "all"sv, "connected"sv)
ARCHBOARD_ENUM_TOKENS(Delivery, "at_most_once"sv, "at_least_once"sv, "exactly_once"sv)
ARCHBOARD_ENUM_TOKENS(Ordering, "none"sv, "fifo"sv, "per_key"sv)
ARCHBOARD_ENUM_TOKENS(Eviction, "lru"sv, "lfu"sv, "fifo"sv, "random"sv, "ttl"sv, "none"sv)
ARCHBOARD_ENUM_TOKENS(Invalidation, "ttl"sv, "write_through"sv, "write_behind"sv, "explicit"sv,
                      "none"sv)
ARCHBOARD_ENUM_TOKENS(Replication, "none"sv, "async"sv, "sync"sv, "multi_region"sv)
ARCHBOARD_ENUM_TOKENS(Failover, "none"sv, "manual"sv, "automatic"sv)
ARCHBOARD_ENUM_TOKENS(Sharding, "none"sv, "hash"sv, "range"sv, "directory"sv)
ARCHBOARD_ENUM_TOKENS(Signal, "metrics"sv, "logs"sv, "traces"sv, "alerts"sv)
#undef ARCHBOARD_ENUM_TOKENS

// The JSON spelling of `value`; empty for a value outside the enum.
template <typename E> constexpr std::string_view toString(E value) {
    const auto index = static_cast<std::size_t>(value);
    const auto& tokens = EnumTokens<E>::tokens;
    return index < tokens.size() ? tokens[index] : std::string_view{};
}

template <typename E> constexpr std::optional<E> enumFromString(std::string_view token) {
    const auto& tokens = EnumTokens<E>::tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i] == token)
            return static_cast<E>(i);
    return std::nullopt;
}

template <typename E> constexpr std::size_t enumCount() {
    return EnumTokens<E>::tokens.size();
}

// "a, b or c": the allowed spellings, for messages.
template <typename E> std::string enumChoices() {
    std::string out;
    const auto& tokens = EnumTokens<E>::tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0)
            out += (i + 1 == tokens.size()) ? " or " : ", ";
        out += tokens[i];
    }
    return out;
}

// Stateful kinds hold data: queues, streams, caches, stores, search, coordination.
bool isStateful(ComponentKind kind);
bool isStoreOfRecord(ComponentKind kind);

} // namespace archboard
