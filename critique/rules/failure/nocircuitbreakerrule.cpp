#include "nocircuitbreakerrule.h"

namespace archboard {

void NoCircuitBreakerRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (std::size_t c = 0; c < graph.connectionCount(); ++c) {
        const auto& facts = graph.facts(c);
        if (facts.kind != ConnectionKind::Sync ||
            graph.kind(graph.to(c)) != ComponentKind::External || facts.circuitBreaker)
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
