#include "deliverymismatchrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void DeliveryMismatchRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (!durabilityIsNoLoss(graph))
        return;
    for (const Index i : graph.ofKind(ComponentKind::Queue)) {
        if (graph.delivery(i) != Delivery::AtMostOnce)
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) +
                           " delivers at most once, so a consumer crash drops messages, but "
                           "the requirements allow no loss.");
    }
}

} // namespace archboard
