#include "syncnotimeoutrule.h"

namespace archboard {

void SyncNoTimeoutRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (std::size_t c = 0; c < graph.connectionCount(); ++c) {
        const auto& facts = graph.facts(c);
        if (facts.kind != ConnectionKind::Sync || facts.timeout)
            continue;
        const Connection& connection = graph.connection(c);
        reporter.about(connection.id,
                       phrase::quoted(graph, graph.from(c)) + " calls " +
                           phrase::quoted(graph, graph.to(c)) + " (" + connection.id +
                           ") with no timeout: when " + phrase::quoted(graph, graph.to(c)) +
                           " hangs, callers wait with it and their threads run out.");
    }
}

} // namespace archboard
