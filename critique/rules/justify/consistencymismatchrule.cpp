#include "consistencymismatchrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void ConsistencyMismatchRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const Index i : graph.storesOfRecord()) {
        const Component& c = graph.component(i);
        const auto required =
            c.props.consistency ? c.props.consistency : graph.requirements().consistency;
        const Technology* tech = graph.technology(i);
        if (required != Consistency::Strong || !tech ||
            tech->consistency != TechConsistency::Eventual)
            continue;
        reporter.about(c.id, phrase::quoted(graph, i) + " must be strongly consistent, but " +
                                 tech->name +
                                 " is eventually consistent: readers can see stale or "
                                 "conflicting data after a write.");
    }
}

} // namespace archboard
