#include "uncoveredrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void UncoveredRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (graph.observability().empty())
        return;
    const std::string observers = phrase::quotedList(graph, graph.observability());
    for (Index i = 0; i < graph.size(); ++i) {
        const ComponentKind kind = graph.kind(i);
        if (!graph.onRequestPath(i) || kind == ComponentKind::Client ||
            kind == ComponentKind::External || kind == ComponentKind::Observability ||
            graph.isCovered(i))
            continue;
        reporter.about(graph.id(i), phrase::quoted(graph, i) +
                                        " is on the request path but sends no telemetry to " +
                                        observers + ": its failures are invisible.");
    }
}

} // namespace archboard
