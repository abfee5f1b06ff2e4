#include "cachenoinvalidationrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void CacheNoInvalidationRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const Index i : graph.ofKind(ComponentKind::Cache)) {
        if (graph.componentFacts(i).expires)
            continue;
        reporter.about(graph.id(i), phrase::quoted(graph, i) +
                                        " has neither a TTL nor an invalidation strategy: "
                                        "once an entry changes at the source, readers see "
                                        "the old value indefinitely.");
    }
}

} // namespace archboard
