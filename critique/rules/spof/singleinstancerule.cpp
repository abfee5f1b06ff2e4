#include "singleinstancerule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void SingleInstanceRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (Index i = 0; i < graph.size(); ++i) {
        if (!countsForRedundancy(graph, i) || graph.isRedundant(i))
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) +
                           " runs as a single instance on the request path: when it fails or "
                           "is redeployed, every request that passes through it fails.");
    }
}

} // namespace archboard
