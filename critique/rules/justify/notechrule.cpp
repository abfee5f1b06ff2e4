#include "notechrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void NoTechRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (Index i = 0; i < graph.size(); ++i) {
        const ComponentKind kind = graph.kind(i);
        if ((!isStateful(kind) && kind != ComponentKind::Processor) || graph.hasNamedTech(i))
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) +
                           " names no technology: its guarantees (consistency, ordering, "
                           "failover) cannot be checked against the requirements.");
    }
}

} // namespace archboard
