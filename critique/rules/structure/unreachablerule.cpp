#include "unreachablerule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void UnreachableRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (graph.entries().empty())
        return;
    const std::string entries = phrase::quotedList(graph, graph.entries());
    for (Index i = 0; i < graph.size(); ++i) {
        // Behind a flow start or a standby is wired up on purpose: the one
        // finding about it is structure.no-trigger's, or none.
        if (graph.onRequestPath(i) || graph.behindStandby(i) || !graph.hasRequestConnection(i))
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) + " is wired up, but no request from " + entries +
                           " ever reaches it: a connection is missing or points the wrong "
                           "way.");
        reporter.causedBy(graph.id(requestRoot(graph, i)));
    }
}

} // namespace archboard
