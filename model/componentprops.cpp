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
// Rates (`read_rps`, `write_rps`) come last on every kind that takes load.
constexpr std::array kClient{P::ReadRps, P::WriteRps};
constexpr std::array kService{P::Stateless, P::Autoscaling, P::HealthChecks, P::Trigger,
                              P::Outbox,    P::ReadRps,     P::WriteRps};
constexpr std::array kWorker{P::Idempotent, P::Autoscaling, P::HealthChecks, P::Trigger,
                             P::Outbox,     P::ReadRps,     P::WriteRps};
constexpr std::array kQueue{P::DeadLetter, P::Delivery, P::Ordering, P::RetentionHours,
                            P::WriteRps};
constexpr std::array kStream{P::Partitions,     P::PartitionKey, P::ReplicationFactor,
                             P::RetentionHours, P::DeadLetter,   P::WriteRps};
constexpr std::array kCache{P::TtlS,     P::Eviction, P::Invalidation,
                            P::Fallback, P::ReadRps,  P::WriteRps};
constexpr std::array kStore{P::Replication,  P::Backups,     P::Failover, P::Sharding,
                            P::PartitionKey, P::Consistency, P::ReadRps,  P::WriteRps};
constexpr std::array kObject{P::Replication, P::Versioning, P::Backups, P::ReadRps, P::WriteRps};
constexpr std::array kSearch{P::Replication, P::RefreshS, P::ReadRps, P::WriteRps};
constexpr std::array kObservability{P::Signals, P::Scope};
constexpr std::array kProcessor{P::Checkpointing, P::Autoscaling, P::Trigger, P::ReadRps,
                                P::WriteRps};
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
        return kClient;
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
