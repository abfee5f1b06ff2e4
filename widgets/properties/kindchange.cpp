#include "kindchange.h"

namespace archboard {

namespace {

template <typename T> void keepIf(bool keep, std::optional<T>& value) {
    if (!keep)
        value.reset();
}

} // namespace

Component withKind(const Component& component, ComponentKind kind) {
    Component out = component;
    out.kind = kind;
    ComponentProps& p = out.props;
    const auto has = [kind](PropKey key) { return kindHasProp(kind, key); };
    keepIf(has(PropKey::HealthChecks), p.healthChecks);
    keepIf(has(PropKey::Auth), p.auth);
    keepIf(has(PropKey::RateLimit), p.rateLimit);
    keepIf(has(PropKey::Stateless), p.stateless);
    keepIf(has(PropKey::Autoscaling), p.autoscaling);
    keepIf(has(PropKey::Idempotent), p.idempotent);
    keepIf(has(PropKey::Fallback), p.fallback);
    keepIf(has(PropKey::Backups), p.backups);
    keepIf(has(PropKey::Versioning), p.versioning);
    keepIf(has(PropKey::Checkpointing), p.checkpointing);
    keepIf(has(PropKey::TtlS), p.ttlS);
    keepIf(has(PropKey::RetentionHours), p.retentionHours);
    keepIf(has(PropKey::RefreshS), p.refreshS);
    keepIf(has(PropKey::Sla), p.sla);
    keepIf(has(PropKey::Partitions), p.partitions);
    keepIf(has(PropKey::ReplicationFactor), p.replicationFactor);
    keepIf(has(PropKey::PartitionKey), p.partitionKey);
    keepIf(has(PropKey::Algorithm), p.algorithm);
    // `scope` means different things on a rate limiter and on observability.
    keepIf(kind == ComponentKind::RateLimiter, p.limiterScope);
    keepIf(kind == ComponentKind::Observability, p.observabilityScope);
    keepIf(has(PropKey::DeadLetter), p.deadLetter);
    keepIf(has(PropKey::Delivery), p.delivery);
    keepIf(has(PropKey::Ordering), p.ordering);
    keepIf(has(PropKey::Eviction), p.eviction);
    keepIf(has(PropKey::Invalidation), p.invalidation);
    keepIf(has(PropKey::Replication), p.replication);
    keepIf(has(PropKey::Failover), p.failover);
    keepIf(has(PropKey::Sharding), p.sharding);
    keepIf(has(PropKey::Consistency), p.consistency);
    keepIf(has(PropKey::Signals), p.observedSignals);
    return out;
}

std::vector<const Component*> deadLetterReferrers(const Design& design, const ElementId& id) {
    std::vector<const Component*> out;
    for (const Component& c : design.components())
        if (c.props.deadLetter)
            if (const auto* target = std::get_if<ElementId>(&*c.props.deadLetter);
                target && *target == id)
                out.push_back(&c);
    return out;
}

} // namespace archboard
