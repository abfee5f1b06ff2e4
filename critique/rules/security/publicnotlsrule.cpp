#include "publicnotlsrule.h"

namespace archboard {

void PublicNoTlsRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const std::size_t c : graph.requestConnections()) {
        const auto& facts = graph.facts(c);
        if (!graph.isEntry(graph.from(c)) || graph.kind(graph.to(c)) == ComponentKind::Dns ||
            facts.tls)
            continue;
        const Connection& connection = graph.connection(c);
        reporter.about(connection.id,
                       "Traffic from " + phrase::quoted(graph, graph.from(c)) + " to " +
                           phrase::quoted(graph, graph.to(c)) + " (" + connection.id +
                           ") is not encrypted: anyone on the network path can read or "
                           "alter it, credentials included.");
    }
}

} // namespace archboard
