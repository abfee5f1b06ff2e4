#include "nocircuitbreakerrule.h"

namespace archboard {

void NoCircuitBreakerRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const std::size_t c : graph.connectionsOfKind(ConnectionKind::Sync)) {
        const auto& facts = graph.facts(c);
        if (graph.kind(graph.to(c)) != ComponentKind::External || facts.circuitBreaker)
            continue;
        const Connection& connection = graph.connection(c);
        reporter.about(connection.id,
                       phrase::quoted(graph, graph.from(c)) + " calls the third party " +
                           phrase::quoted(graph, graph.to(c)) + " (" + connection.id +
                           ") with no circuit breaker: during its outage every request still "
                           "waits on it and fails slowly.");
    }
}

} // namespace archboard
