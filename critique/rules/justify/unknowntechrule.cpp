#include "unknowntechrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void UnknownTechRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (Index i = 0; i < graph.size(); ++i) {
        if (!graph.hasNamedTech(i) || graph.technology(i))
            continue;
        reporter.about(graph.id(i), "The technology catalogue does not know " +
                                        phrase::tech(graph, i) + " (in " +
                                        phrase::quoted(graph, i) +
                                        "), so nothing about it can be checked.");
    }
}

} // namespace archboard
