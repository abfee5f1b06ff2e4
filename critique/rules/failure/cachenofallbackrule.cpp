#include "cachenofallbackrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void CacheNoFallbackRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const Index i : graph.ofKind(ComponentKind::Cache)) {
        if (!graph.onRequestPath(i) || graph.componentFacts(i).fallback)
            continue;
        if (!hasStoreBehind(graph, i)) {
            reporter.about(graph.id(i),
                           "Callers of " + phrase::quoted(graph, i) +
                               " do not survive its loss, and no store stands behind it: when "
                               "it fails or is flushed, requests fail and its data is gone.",
                           std::nullopt, "no_store");
            continue;
        }
        reporter.about(graph.id(i), "Callers of " + phrase::quoted(graph, i) +
                                        " do not survive its loss: when it fails or is "
                                        "flushed, requests fail, or all of them hit the "
                                        "store behind it at once.");
    }
}

} // namespace archboard
