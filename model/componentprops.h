#pragma once

#include "elementid.h"
#include "json.h"
#include "kinds.h"

#include <cstdint>
#include <optional>
#include <span>
#include <variant>
#include <vector>

namespace archboard {

// Every prop any component kind can carry. Its name, type and range:
// propdescriptor.h.
enum class PropKey {
    HealthChecks,
    TtlS,
    Auth,
    RateLimit,
    Algorithm,
    Scope,
    Stateless,
    Autoscaling,
    Idempotent,
    DeadLetter,
    Delivery,
    Ordering,
    RetentionHours,
    Partitions,
    PartitionKey,
    ReplicationFactor,
    Eviction,
    Invalidation,
    Fallback,
    Replication,
    Backups,
    Failover,
    Sharding,
    Consistency,
    Versioning,
    RefreshS,
    Signals,
    Checkpointing,
    ReadRps,
    WriteRps,
    Trigger,
    Outbox,
    Sla // the last key: tables size themselves by it
};

// The props a kind lists, in the order writers emit them. Any other key in a
// component's props is an unknown key: kept, never interpreted.
std::span<const PropKey> propsOf(ComponentKind kind);
bool kindHasProp(ComponentKind kind, PropKey key);

// `dead_letter`: a bool, or the id of another queue or stream.
using DeadLetter = std::variant<bool, ElementId>;

// Typed per-kind props. Absent props stay absent (std::nullopt) and are not
// written back; the critic decides what absence means.
struct ComponentProps {
    std::optional<bool> healthChecks, auth, rateLimit, stateless, autoscaling, idempotent, fallback,
        backups, versioning, checkpointing, outbox;
    std::optional<double> ttlS, retentionHours, refreshS, sla;
    // The load it takes, where the drawing cannot say it (docs/spec/rules.md, "Load").
    std::optional<double> readRps, writeRps;
    std::optional<std::string> trigger; // what starts its work: a schedule, an outside event
    std::optional<std::int64_t> partitions, replicationFactor;
    std::optional<std::string> partitionKey;
    std::optional<RateAlgorithm> algorithm;
    std::optional<LimiterScope> limiterScope;             // `scope` on rate_limiter
    std::optional<ObservabilityScope> observabilityScope; // `scope` on observability
    std::optional<DeadLetter> deadLetter;
    std::optional<archboard::Delivery> delivery;
    std::optional<archboard::Ordering> ordering;
    std::optional<archboard::Eviction> eviction;
    std::optional<archboard::Invalidation> invalidation;
    std::optional<archboard::Replication> replication;
    std::optional<archboard::Failover> failover;
    std::optional<archboard::Sharding> sharding;
    std::optional<archboard::Consistency> consistency;
    std::optional<std::vector<Signal>> observedSignals; // `signals`
    Json extra = Json::object();                        // unknown props, in the order read

    bool operator==(const ComponentProps&) const = default;
};

struct ConnectionProps {
    std::optional<double> timeoutMs;
    // The fraction of its sender's load it carries, where the drawing cannot say it.
    std::optional<double> share;
    std::optional<std::int64_t> retries;
    std::optional<bool> backoff, circuitBreaker, idempotent, auth, tls;
    Json extra = Json::object();

    bool operator==(const ConnectionProps&) const = default;
};

} // namespace archboard
