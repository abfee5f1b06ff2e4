#include "queuenodlqrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void QueueNoDlqRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    const bool noLoss = durabilityIsNoLoss(graph);
    for (const Index i : graph.ofKinds({ComponentKind::Queue, ComponentKind::Stream})) {
        if (graph.isDeadLetterQueue(i) || !graph.hasConsumer(i) ||
            graph.componentFacts(i).deadLetter)
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) +
                           " has no dead-letter queue: a message its consumers cannot "
                           "process is retried forever, blocking the rest, or dropped" +
                           (noLoss ? ", and the requirements allow no loss." : "."),
                       noLoss ? std::optional(Severity::Error) : std::nullopt);
    }
}

} // namespace archboard
