#include "queuelagrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void QueueLagRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (graph.observability().empty())
        return;
    std::vector<Index> queues;
    for (const Index i : graph.ofKinds({ComponentKind::Queue, ComponentKind::Stream})) {
        if (graph.isCovered(i, Signal::Metrics))
            return;
        queues.push_back(i);
    }
    if (queues.empty())
        return;
    reporter.aboutDesign("No metrics cover " + phrase::quotedList(graph, queues) +
                         ": consumer lag and queue depth go unseen until messages are "
                         "hours late.");
}

} // namespace archboard
