#include "syncnotimeoutrule.h"

namespace archboard {

void SyncNoTimeoutRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    // Most connections of a large design may have no timeout: each message
    // is written straight into its report.
    for (const std::size_t c : graph.connectionsOfKind(ConnectionKind::Sync)) {
        if (graph.facts(c).timeout)
            continue;
        const std::string_view id = graph.connection(c).id;
        const GraphIndex::Index from = graph.from(c);
        const GraphIndex::Index to = graph.to(c);
        std::string& text = reporter.write(id);
        phrase::appendQuoted(text, graph, from).append(" calls ");
        phrase::appendQuoted(text, graph, to)
            .append(" (")
            .append(id)
            .append(") with no timeout: when ");
        phrase::appendQuoted(text, graph, to)
            .append(" hangs, callers wait with it and their threads run out.");
        reporter.causedBy(graph.id(from));
    }
}

} // namespace archboard
