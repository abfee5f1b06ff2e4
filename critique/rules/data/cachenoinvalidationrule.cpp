#include "cachenoinvalidationrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void CacheNoInvalidationRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (Index i = 0; i < graph.size(); ++i) {
        if (graph.kind(i) != ComponentKind::Cache)
            continue;
        if (graph.componentFacts(i).expires)
            continue;
        reporter.about(graph.id(i), phrase::quoted(graph, i) +
                                        " has neither a TTL nor an invalidation strategy: "
                                        "once an entry changes at the source, readers see "
                                        "the old value indefinitely.");
    }
}

} // namespace archboard
