#include "weakreasonrule.h"

#include "critique/justification.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void WeakReasonRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (Index i = 0; i < graph.size(); ++i) {
        if (!graph.hasNamedTech(i) || !graph.componentFacts(i).justified)
            continue;
        const Component& c = graph.component(i);
        if (!isWeakJustification(c.justification, c.tech, graph.technology(i)))
            continue;
        reporter.about(c.id, "The reason for " + phrase::tech(graph, i) + " in " +
                                 phrase::quoted(graph, i) + " (\"" +
                                 std::string(trimmed(c.justification)) +
                                 "\") names no workload, number or constraint it meets.");
    }
}

} // namespace archboard
