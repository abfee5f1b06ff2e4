#include "noreasonrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void NoReasonRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (Index i = 0; i < graph.size(); ++i) {
        if (!graph.hasNamedTech(i) || graph.componentFacts(i).justified)
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) + " uses " + phrase::tech(graph, i) +
                           " with no reason given: say which requirement it meets better "
                           "than the alternatives.");
    }
}

} // namespace archboard
