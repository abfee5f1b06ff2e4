#include "nofailoverrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void NoFailoverRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (!availabilityAtLeast(graph, 99.9))
        return;
    for (const Index i : graph.ofKinds({ComponentKind::SqlStore, ComponentKind::NosqlStore})) {
        const Component& c = graph.component(i);
        const bool replicated =
            c.replicas >= 2 || c.props.replication.value_or(Replication::None) != Replication::None;
        const Technology* tech = graph.technology(i);
        if (!replicated || (tech && tech->highlyAvailable) ||
            c.props.failover.value_or(Failover::None) == Failover::Automatic)
            continue;
        const bool manual = c.props.failover == Failover::Manual;
        reporter.about(c.id, phrase::quoted(graph, i) + " has replicas but " +
                                 (manual ? "fails over by hand" : "no failover") +
                                 ": when its primary dies, writes stop until someone "
                                 "promotes a replica, which a " +
                                 phrase::percent(*graph.requirements().availability) +
                                 " target leaves minutes for.");
    }
}

} // namespace archboard
