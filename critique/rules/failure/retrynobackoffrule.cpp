#include "retrynobackoffrule.h"

namespace archboard {

void RetryNoBackoffRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const std::size_t c : graph.requestConnections()) {
        const auto& facts = graph.facts(c);
        if (!facts.retries || facts.backoff)
            continue;
        const Connection& connection = graph.connection(c);
        reporter.about(connection.id,
                       "Retries on " + phrase::connection(graph, c) + " have no backoff: when " +
                           phrase::quoted(graph, graph.to(c)) +
                           " struggles, immediate retries multiply its load and keep it down.");
        reporter.causedBy(graph.id(graph.from(c)));
    }
}

} // namespace archboard
