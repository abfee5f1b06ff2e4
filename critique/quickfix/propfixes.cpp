// Quick fixes that set a prop or a count on the finding's target.

#include "critique/quickfix/quickfixers.h"
#include "critique/rule.h"

#include <deque>

namespace archboard::quickfixers {

namespace {

// Sets `prop` of each target (a Component or a Connection) to true and
// says what that does.
template <class Element, class Props, class Describe>
void setOnTargets(FixContext& context, Findings findings, std::optional<bool> Props::*prop,
                  Describe describe) {
    for (const Finding* finding : findings) {
        Element& element = context.edit<Element>(finding->target);
        element.props.*prop = true;
        context.say(describe(element));
    }
}

template <class Describe>
void setOnConnections(FixContext& context, Findings findings,
                      std::optional<bool> ConnectionProps::*prop, Describe describe) {
    setOnTargets<Connection>(context, findings, prop, describe);
}

template <class Describe>
void setOnComponents(FixContext& context, Findings findings,
                     std::optional<bool> ComponentProps::*prop, Describe describe) {
    setOnTargets<Component>(context, findings, prop, describe);
}

// A store of record behind a cache (rule.h, hasStoreBehind): reached along
// the request graph from the cache, or from a component that calls it.
std::optional<GraphIndex::Index> storeBehind(const GraphIndex& graph, GraphIndex::Index cache) {
    std::vector<bool> seen(graph.size(), false);
    std::deque<GraphIndex::Index> queue{cache};
    seen[cache] = true;
    for (const GraphIndex::Index caller : graph.requestIn(cache))
        if (!seen[caller]) {
            seen[caller] = true;
            queue.push_back(caller);
        }
    while (!queue.empty()) {
        const GraphIndex::Index at = queue.front();
        queue.pop_front();
        if (isStoreOfRecord(graph.kind(at)))
            return at;
        for (const GraphIndex::Index next : graph.requestOut(at))
            if (!seen[next]) {
                seen[next] = true;
                queue.push_back(next);
            }
    }
    return std::nullopt;
}

std::string replicasWord(std::int64_t n) {
    return std::to_string(n) + (n == 1 ? " replica" : " replicas");
}

} // namespace

std::string subject(const FixContext& context, Findings findings, std::string_view many) {
    if (findings.size() != 1)
        return std::to_string(findings.size()) + " " + std::string(many);
    const ElementId& target = findings.front()->target;
    if (const Connection* connection = context.connection(target))
        return context.quotedConnection(*connection);
    return context.quoted(target);
}

std::string retryBackoff(FixContext& context, Findings findings) {
    setOnConnections(context, findings, &ConnectionProps::backoff, [&](const Connection& c) {
        return "Retry " + context.quotedConnection(c) +
               " with exponential backoff and jitter instead of at once.";
    });
    return "Add Backoff to Retries on " + subject(context, findings, "Calls");
}

std::string retryIdempotent(FixContext& context, Findings findings) {
    setOnConnections(context, findings, &ConnectionProps::idempotent, [&](const Connection& c) {
        return "Send an idempotency key with each request on " + context.quotedConnection(c) +
               ", so " + context.quoted(c.to) + " applies a retried request once.";
    });
    return "Add Idempotency Key to " + subject(context, findings, "Calls");
}

std::string consumerIdempotent(FixContext& context, Findings findings) {
    setOnComponents(context, findings, &ComponentProps::idempotent, [&](const Component& c) {
        return "Make " + context.quoted(c.id) +
               " idempotent: it records each message's id and skips one it has already "
               "processed.";
    });
    return "Make " + subject(context, findings, "Consumers") + " Idempotent";
}

std::string healthChecks(FixContext& context, Findings findings) {
    setOnComponents(context, findings, &ComponentProps::healthChecks, [&](const Component& c) {
        return "Turn on health checks in " + context.quoted(c.id) +
               ": it stops sending traffic to a target that fails them.";
    });
    return "Add Health Checks to " + subject(context, findings, "Components");
}

std::string storeBackups(FixContext& context, Findings findings) {
    setOnComponents(context, findings, &ComponentProps::backups, [&](const Component& c) {
        return "Back up " + context.quoted(c.id) + " with snapshots and point-in-time recovery.";
    });
    return "Add Backups to " + subject(context, findings, "Stores");
}

std::string cacheFallback(FixContext& context, Findings findings) {
    const GraphIndex& graph = context.graph();
    setOnComponents(context, findings, &ComponentProps::fallback, [&](const Component& c) {
        const auto cache = graph.indexOf(c.id);
        const auto store = cache ? storeBehind(graph, *cache) : std::nullopt;
        return "Let callers of " + context.quoted(c.id) + " fall back to " +
               (store ? context.quoted(std::string(graph.id(*store)))
                      : std::string("the store behind it")) +
               " when it fails or is flushed.";
    });
    return "Add Fallback to " + subject(context, findings, "Caches");
}

std::string circuitBreaker(FixContext& context, Findings findings) {
    setOnConnections(context, findings, &ConnectionProps::circuitBreaker, [&](const Connection& c) {
        return "Put a circuit breaker on " + context.quotedConnection(c) + ": while " +
               context.quoted(c.to) + " is down, calls fail fast.";
    });
    return "Add Circuit Breaker to " + subject(context, findings, "Calls");
}

std::string publicTls(FixContext& context, Findings findings) {
    setOnConnections(context, findings, &ConnectionProps::tls, [&](const Connection& c) {
        return "Encrypt " + context.quotedConnection(c) + " with TLS.";
    });
    return "Add TLS to " + subject(context, findings, "Connections");
}

std::string replica(FixContext& context, Findings findings) {
    for (const Finding* finding : findings) {
        Component& c = context.editComponent(finding->target);
        const std::int64_t was = c.replicas;
        c.replicas = std::max<std::int64_t>(2, c.replicas);
        context.say("Run " + context.quoted(c.id) + " as " + replicasWord(c.replicas) +
                    " instead of " + std::to_string(was) + ".");
        // A store's second copy is a standby that takes over: replicated to
        // and promoted without waiting for someone to do it.
        if (kindHasProp(c.kind, PropKey::Replication) &&
            c.props.replication.value_or(Replication::None) == Replication::None) {
            c.props.replication = Replication::Async;
            context.say("Replicate " + context.quoted(c.id) + " asynchronously to its standby.");
        }
        if (kindHasProp(c.kind, PropKey::Failover) &&
            c.props.failover.value_or(Failover::None) != Failover::Automatic) {
            c.props.failover = Failover::Automatic;
            context.say("Promote the standby of " + context.quoted(c.id) +
                        " automatically when the primary fails.");
        }
    }
    return "Add Replica to " + subject(context, findings, "Components");
}

std::string zones(FixContext& context, Findings findings) {
    for (const Finding* finding : findings) {
        Component& c = context.editComponent(finding->target);
        c.zones = std::max<std::int64_t>(2, c.zones);
        if (c.replicas < c.zones) {
            const std::int64_t was = c.replicas;
            c.replicas = c.zones;
            context.say("Run " + context.quoted(c.id) + " as " + replicasWord(c.replicas) +
                        " instead of " + std::to_string(was) + ", one per zone.");
        }
        context.say("Spread " + context.quoted(c.id) + " across " + std::to_string(c.zones) +
                    " availability zones.");
    }
    return "Spread " + subject(context, findings, "Components") + " Across Zones";
}

} // namespace archboard::quickfixers
