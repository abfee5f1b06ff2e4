#include "retrynotidempotentrule.h"

namespace archboard {

void RetryNotIdempotentRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const std::size_t c : graph.requestConnections()) {
        const auto& facts = graph.facts(c);
        if (!facts.retries || facts.idempotent)
            continue;
        const Connection& connection = graph.connection(c);
        reporter.about(connection.id,
                       phrase::connection(graph, c) +
                           " retries, but the receiver does not deduplicate: a retry after a "
                           "lost reply applies the same request twice.");
    }
}

} // namespace archboard
