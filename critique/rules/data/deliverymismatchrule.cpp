#include "deliverymismatchrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void DeliveryMismatchRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (!durabilityIsNoLoss(graph))
        return;
    for (Index i = 0; i < graph.size(); ++i) {
        if (graph.kind(i) != ComponentKind::Queue || graph.delivery(i) != Delivery::AtMostOnce)
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) +
                           " delivers at most once, so a consumer crash drops messages, but "
                           "the requirements allow no loss.");
    }
}

} // namespace archboard
