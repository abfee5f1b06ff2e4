#include "queueunbalancedrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void QueueUnbalancedRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const Index i : graph.ofKinds({ComponentKind::Queue, ComponentKind::Stream})) {
        // A replication connection into it counts as a producer; a standby
        // that only replication feeds needs no consumer until it takes over.
        const bool producers = graph.hasProducer(i) || graph.fedByReplication(i);
        const bool consumers = graph.hasConsumer(i);
        if (graph.hasProducer(i) && !consumers && !graph.isDeadLetterQueue(i))
            reporter.about(graph.id(i),
                           "Messages go into " + phrase::quoted(graph, i) +
                               " but nothing consumes them: they pile up until it is full.");
        else if (consumers && !producers)
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) +
                               " has consumers but nothing publishes to it: say where its "
                               "messages come from.");
    }
}

} // namespace archboard
