#include "queueunbalancedrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void QueueUnbalancedRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const Index i : graph.ofKinds({ComponentKind::Queue, ComponentKind::Stream})) {
        const bool producers = graph.hasProducer(i);
        const bool consumers = graph.hasConsumer(i);
        if (producers && !consumers && !graph.isDeadLetterQueue(i))
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
