#include "externaloncriticalpathrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void ExternalOnCriticalPathRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const Index i : graph.ofKind(ComponentKind::External)) {
        if (graph.syncDepth(i) == GraphIndex::kNoDepth)
            continue;
        reporter.about(graph.id(i),
                       "Users wait on the third party " + phrase::quoted(graph, i) +
                           " through synchronous calls: its outages and slow responses "
                           "become yours. A queue in between would let requests succeed "
                           "while it is down.");
    }
}

} // namespace archboard
