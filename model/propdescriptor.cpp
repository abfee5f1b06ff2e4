#include "propdescriptor.h"

#include <algorithm>
#include <array>
#include <type_traits>

namespace archboard {

namespace {

using K = PropKey;
using P = ComponentProps;

// One row per key, in the order of PropKey; then the second meaning of
// `scope`. Ranges, units and defaults are the format's (design-format.md,
// "Component kinds and their props").
constexpr std::array<PropDescriptor, 34> kProps{{
    {.key = K::HealthChecks,
     .name = "health_checks",
     .field = &P::healthChecks,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Health checks")},
    {.key = K::TtlS,
     .name = "ttl_s",
     .field = &P::ttlS,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "TTL"),
     .range = range::kNonNegative,
     .unit = "s"},
    {.key = K::Auth,
     .name = "auth",
     .field = &P::auth,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Authentication")},
    {.key = K::RateLimit,
     .name = "rate_limit",
     .field = &P::rateLimit,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Rate limiting")},
    {.key = K::Algorithm,
     .name = "algorithm",
     .field = &P::algorithm,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Algorithm")},
    {.key = K::Scope,
     .name = "scope",
     .field = &P::limiterScope,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Scope"),
     .onlyOn = ComponentKind::RateLimiter},
    {.key = K::Stateless,
     .name = "stateless",
     .field = &P::stateless,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Stateless"),
     .absentMeans = "true"}, // the format's one default-true prop
    {.key = K::Autoscaling,
     .name = "autoscaling",
     .field = &P::autoscaling,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Autoscaling")},
    {.key = K::Idempotent,
     .name = "idempotent",
     .field = &P::idempotent,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Idempotent")},
    {.key = K::DeadLetter,
     .name = "dead_letter",
     .field = &P::deadLetter,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Dead letter"),
     .hint = ARCHBOARD_TRANSLATE_NOOP(
         "archboard::PropDescriptor",
         "Where messages go that cannot be processed: another queue or stream of this "
         "design, or one the design does not show")},
    {.key = K::Delivery,
     .name = "delivery",
     .field = &P::delivery,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Delivery")},
    {.key = K::Ordering,
     .name = "ordering",
     .field = &P::ordering,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Ordering")},
    {.key = K::RetentionHours,
     .name = "retention_hours",
     .field = &P::retentionHours,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Retention"),
     .range = range::kNonNegative,
     .unit = "h"},
    {.key = K::Partitions,
     .name = "partitions",
     .field = &P::partitions,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Partitions"),
     .range = range::kCount},
    {.key = K::PartitionKey,
     .name = "partition_key",
     .field = &P::partitionKey,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Partition key")},
    {.key = K::ReplicationFactor,
     .name = "replication_factor",
     .field = &P::replicationFactor,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Replication factor"),
     .range = range::kCount},
    {.key = K::Eviction,
     .name = "eviction",
     .field = &P::eviction,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Eviction")},
    {.key = K::Invalidation,
     .name = "invalidation",
     .field = &P::invalidation,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Invalidation")},
    {.key = K::Fallback,
     .name = "fallback",
     .field = &P::fallback,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Callers have a fallback"),
     .hint = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor",
                                      "Callers keep working when this component is lost")},
    {.key = K::Replication,
     .name = "replication",
     .field = &P::replication,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Replication")},
    {.key = K::Backups,
     .name = "backups",
     .field = &P::backups,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Backups")},
    {.key = K::Failover,
     .name = "failover",
     .field = &P::failover,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Failover")},
    {.key = K::Sharding,
     .name = "sharding",
     .field = &P::sharding,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Sharding")},
    {.key = K::Consistency,
     .name = "consistency",
     .field = &P::consistency,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Consistency")},
    {.key = K::Versioning,
     .name = "versioning",
     .field = &P::versioning,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Versioning")},
    {.key = K::RefreshS,
     .name = "refresh_s",
     .field = &P::refreshS,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Refresh"),
     .range = range::kNonNegative,
     .unit = "s"},
    {.key = K::Signals,
     .name = "signals",
     .field = &P::observedSignals,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Signals")},
    {.key = K::Checkpointing,
     .name = "checkpointing",
     .field = &P::checkpointing,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Checkpointing")},
    {.key = K::ReadRps,
     .name = "read_rps",
     .field = &P::readRps,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Peak reads"),
     .range = range::kNonNegative,
     .unit = "/s",
     .hint = ARCHBOARD_TRANSLATE_NOOP(
         "archboard::PropDescriptor",
         "The reads it takes at peak, where the connections cannot say it; "
         "otherwise the critic derives them from the design's figures")},
    {.key = K::WriteRps,
     .name = "write_rps",
     .field = &P::writeRps,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Peak writes"),
     .range = range::kNonNegative,
     .unit = "/s",
     .hint = ARCHBOARD_TRANSLATE_NOOP(
         "archboard::PropDescriptor",
         "The writes (or messages) it takes at peak, where the connections cannot say it; "
         "otherwise the critic derives them from the design's figures")},
    {.key = K::Trigger,
     .name = "trigger",
     .field = &P::trigger,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Started by"),
     .hint = ARCHBOARD_TRANSLATE_NOOP(
         "archboard::PropDescriptor",
         "What starts its work when no request does: a schedule (every 5 min, "
         "0 3 * * *) or an outside event")},
    {.key = K::Outbox,
     .name = "outbox",
     .field = &P::outbox,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Publishes through an outbox"),
     .hint = ARCHBOARD_TRANSLATE_NOOP(
         "archboard::PropDescriptor",
         "Its messages are written in the same transaction as its data and relayed "
         "from there, so a write and its message never disagree")},
    {.key = K::Sla,
     .name = "sla",
     .field = &P::sla,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "SLA"),
     .range = range::kPercentage,
     .unit = "%"},
    {.key = K::Scope,
     .name = "scope",
     .field = &P::observabilityScope,
     .label = ARCHBOARD_TRANSLATE_NOOP("archboard::PropDescriptor", "Scope"),
     .absentMeans = "all",
     .onlyOn = ComponentKind::Observability},
}};

constexpr std::size_t kKeyCount = static_cast<std::size_t>(PropKey::Sla) + 1;

// Row i describes key i, so a key finds its row without a search.
constexpr bool rowsInKeyOrder() {
    for (std::size_t i = 0; i < kKeyCount; ++i)
        if (static_cast<std::size_t>(kProps[i].key) != i)
            return false;
    return true;
}
static_assert(rowsInKeyOrder());

} // namespace

PropType PropDescriptor::type() const {
    return std::visit(
        []<typename T>(PropMember<T>) {
            if constexpr (std::is_same_v<T, bool>)
                return PropType::Bool;
            else if constexpr (std::is_same_v<T, double>)
                return PropType::Number;
            else if constexpr (std::is_same_v<T, std::int64_t>)
                return PropType::Integer;
            else if constexpr (std::is_same_v<T, std::string>)
                return PropType::Text;
            else if constexpr (std::is_enum_v<T>)
                return PropType::Choice;
            else if constexpr (std::is_same_v<T, std::vector<Signal>>)
                return PropType::Signals;
            else
                return PropType::DeadLetter;
        },
        field);
}

std::span<const PropDescriptor> propDescriptors() {
    return kProps;
}

const PropDescriptor* propDescriptor(ComponentKind kind, PropKey key) {
    if (!kindHasProp(kind, key))
        return nullptr;
    const PropDescriptor& row = kProps[static_cast<std::size_t>(key)];
    if (!row.onlyOn || *row.onlyOn == kind)
        return &row;
    for (std::size_t i = kKeyCount; i < kProps.size(); ++i)
        if (kProps[i].key == key && kProps[i].onlyOn == kind)
            return &kProps[i];
    return nullptr;
}

std::string_view propName(PropKey key) {
    return kProps[static_cast<std::size_t>(key)].name;
}

std::optional<PropKey> propKeyFromName(std::string_view name) {
    const auto end = kProps.begin() + kKeyCount;
    const auto it =
        std::find_if(kProps.begin(), end, [name](const auto& row) { return row.name == name; });
    if (it == end)
        return std::nullopt;
    return it->key;
}

void clearProp(ComponentProps& props, const PropDescriptor& prop) {
    std::visit([&props](auto member) { (props.*member).reset(); }, prop.field);
}

} // namespace archboard
