#include "cachenoinvalidationrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void CacheNoInvalidationRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const Index i : graph.ofKind(ComponentKind::Cache)) {
        if (graph.componentFacts(i).expires)
            continue;
        // The only copy of its data has no source to go stale against; what
        // it needs is a store, not an expiry (data.cache-as-source-of-truth).
        const bool onlyCopy = !hasStoreBehind(graph, i);
        if (onlyCopy) {
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) +
                               " has neither a TTL nor an invalidation strategy and is the only "
                               "copy of its data: entries stay until memory runs out, and "
                               "then eviction deletes data that exists nowhere else.",
                           std::nullopt, "only_copy");
            continue;
        }
        reporter.about(graph.id(i), phrase::quoted(graph, i) +
                                        " has neither a TTL nor an invalidation strategy: "
                                        "once an entry changes at the source, readers see "
                                        "the old value indefinitely.");
    }
}

} // namespace archboard
