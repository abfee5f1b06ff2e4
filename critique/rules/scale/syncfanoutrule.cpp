#include "syncfanoutrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void SyncFanoutRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const Index i : graph.ofKind(ComponentKind::Service)) {
        if (graph.syncOut(i).size() < 5)
            continue;
        const std::vector<Index> callees = graph.callees(i);
        if (callees.size() < 5)
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) + " calls " + std::to_string(callees.size()) +
                           " components synchronously (" + phrase::quotedList(graph, callees) +
                           "): a request is as slow as the slowest and fails when any of "
                           "them does.");
    }
}

} // namespace archboard
