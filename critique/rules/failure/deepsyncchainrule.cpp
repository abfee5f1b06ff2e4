#include "deepsyncchainrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void DeepSyncChainRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (Index i = 0; i < graph.size(); ++i) {
        const int depth = graph.syncDepth(i);
        if (depth <= 5)
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) + " sits " + std::to_string(depth) +
                           " synchronous calls from the nearest entry: every hop adds "
                           "latency and a way to fail, and the user waits for all of them.");
    }
}

} // namespace archboard
