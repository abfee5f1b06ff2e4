#include "singlezonerule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void SingleZoneRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (!availabilityAtLeast(graph, 99.95))
        return;
    const std::string target = phrase::percent(*graph.requirements().availability);
    for (Index i = 0; i < graph.size(); ++i) {
        if (!countsForRedundancy(graph, i) || graph.isZoneRedundant(i))
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) +
                           " does not span two availability zones: losing its zone stops it, "
                           "which a " +
                           target + " availability target cannot absorb.");
    }
}

} // namespace archboard
