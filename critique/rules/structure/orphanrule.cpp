#include "orphanrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void OrphanRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (Index i = 0; i < graph.size(); ++i) {
        if (!graph.connectionsOf(i).empty() || graph.isDeadLetterQueue(i) ||
            graph.componentFacts(i).observesAll)
            continue;
        reporter.about(graph.id(i), phrase::quoted(graph, i) +
                                        " is not connected to anything: either it is missing "
                                        "its connections, or it is not part of the design.");
    }
}

} // namespace archboard
