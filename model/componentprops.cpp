#include "componentprops.h"

#include <algorithm>
#include <array>

namespace archboard {

namespace {

using P = PropKey;
constexpr std::array<PropKey, 0> kNone{};
constexpr std::array kHealth{P::HealthChecks};
constexpr std::array kCdn{P::TtlS};
constexpr std::array kGateway{P::Auth, P::RateLimit, P::HealthChecks};
constexpr std::array kLimiter{P::Algorithm, P::Scope};
constexpr std::array kService{P::Stateless, P::Autoscaling, P::HealthChecks};
constexpr std::array kWorker{P::Idempotent, P::Autoscaling, P::HealthChecks};
constexpr std::array kQueue{P::DeadLetter, P::Delivery, P::Ordering, P::RetentionHours};
constexpr std::array kStream{P::Partitions, P::PartitionKey, P::ReplicationFactor,
                             P::RetentionHours, P::DeadLetter};
constexpr std::array kCache{P::TtlS, P::Eviction, P::Invalidation, P::Fallback};
constexpr std::array kStore{P::Replication, P::Backups,      P::Failover,
                            P::Sharding,    P::PartitionKey, P::Consistency};
constexpr std::array kObject{P::Replication, P::Versioning, P::Backups};
constexpr std::array kSearch{P::Replication, P::RefreshS};
constexpr std::array kObservability{P::Signals, P::Scope};
constexpr std::array kProcessor{P::Checkpointing, P::Autoscaling};
constexpr std::array kModel{P::Fallback, P::Autoscaling};
constexpr std::array kExternal{P::Sla};

} // namespace

std::span<const PropKey> propsOf(ComponentKind kind) {
    using K = ComponentKind;
    switch (kind) {
    case K::Dns:
    case K::LoadBalancer:
        return kHealth;
    case K::Cdn:
        return kCdn;
    case K::ApiGateway:
        return kGateway;
    case K::RateLimiter:
        return kLimiter;
    case K::Service:
        return kService;
    case K::Worker:
        return kWorker;
    case K::Queue:
        return kQueue;
    case K::Stream:
        return kStream;
    case K::Cache:
        return kCache;
    case K::SqlStore:
    case K::NosqlStore:
        return kStore;
    case K::ObjectStore:
        return kObject;
    case K::SearchIndex:
        return kSearch;
    case K::Observability:
        return kObservability;
    case K::Processor:
        return kProcessor;
    case K::ModelServing:
        return kModel;
    case K::External:
        return kExternal;
    case K::Client:
    case K::Identity:
    case K::Secrets:
    case K::Coordination:
        return kNone;
    }
    return kNone;
}

bool kindHasProp(ComponentKind kind, PropKey key) {
    const auto props = propsOf(kind);
    return std::find(props.begin(), props.end(), key) != props.end();
}

} // namespace archboard
