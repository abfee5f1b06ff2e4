#include "syncnotimeoutrule.h"

namespace archboard {

void SyncNoTimeoutRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const std::size_t c : graph.connectionsOfKind(ConnectionKind::Sync)) {
        const auto& facts = graph.facts(c);
        if (facts.timeout)
            continue;
        const Connection& connection = graph.connection(c);
        reporter.about(connection.id,
                       phrase::quoted(graph, graph.from(c)) + " calls " +
                           phrase::quoted(graph, graph.to(c)) + " (" + connection.id +
                           ") with no timeout: when " + phrase::quoted(graph, graph.to(c)) +
                           " hangs, callers wait with it and their threads run out.");
        reporter.causedBy(graph.id(graph.from(c)));
    }
}

} // namespace archboard
