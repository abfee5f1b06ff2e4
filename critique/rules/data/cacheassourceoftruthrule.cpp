#include "cacheassourceoftruthrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void CacheAsSourceOfTruthRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (!durabilityIsNoLoss(graph))
        return;
    for (const Index i : graph.ofKind(ComponentKind::Cache)) {
        if (hasStoreBehind(graph, i))
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) +
                           " holds data that no store of record backs: a restart or an "
                           "eviction loses it, and the requirements allow no loss.");
    }
}

} // namespace archboard
