#include "dualwriterule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void DualWriteRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const Index i : graph.ofKind(ComponentKind::Service)) {
        if (graph.syncOut(i).size() < 2)
            continue;
        std::vector<Index> stores;
        for (const Index callee : graph.callees(i)) {
            const ComponentKind kind = graph.kind(callee);
            if (isStoreOfRecord(kind) || kind == ComponentKind::SearchIndex)
                stores.push_back(callee);
        }
        if (stores.size() < 2)
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) + " writes to " +
                           phrase::quotedList(graph, stores) +
                           " separately: when one write succeeds and the other fails, they "
                           "disagree with nothing to reconcile them (use an outbox, change "
                           "data capture or a single writer).");
    }
}

} // namespace archboard
