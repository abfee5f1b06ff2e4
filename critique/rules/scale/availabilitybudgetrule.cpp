#include "availabilitybudgetrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void AvailabilityBudgetRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    const auto& required = graph.requirements().availability;
    if (!required)
        return;
    // A tolerance keeps float rounding from turning "equal" into "below".
    const double target = *required / 100.0 - 1e-12;
    for (const Index i : graph.storesOfRecord()) {
        if (graph.syncDepth(i) == GraphIndex::kNoDepth)
            continue;
        const double best = graph.bestSyncAvailability(i);
        if (best >= target)
            continue;
        reporter.about(graph.id(i), "Even the most available synchronous path to " +
                                        phrase::quoted(graph, i) + " multiplies out to about " +
                                        phrase::percent(best * 100.0) + ", below the " +
                                        phrase::percent(*required) +
                                        " target: every component in series adds its downtime.");
    }
}

} // namespace archboard
