#include "nofailoverrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

// A leaderless store writes to any replica and a multi-primary one to any
// primary: when a node dies the others keep taking writes, so there is no
// primary to promote and nothing for failover to do.
bool hasPrimaryToPromote(const Technology* tech) {
    const auto writes = tech ? tech->writes : std::nullopt;
    return writes != WriteModel::Leaderless && writes != WriteModel::MultiPrimary;
}

} // namespace

void NoFailoverRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (!availabilityAtLeast(graph, 99.9))
        return;
    for (const Index i : graph.ofKinds({ComponentKind::SqlStore, ComponentKind::NosqlStore})) {
        const Component& c = graph.component(i);
        const bool replicated =
            c.replicas >= 2 || c.props.replication.value_or(Replication::None) != Replication::None;
        const Technology* tech = graph.technology(i);
        if (!replicated || (tech && tech->highlyAvailable) || !hasPrimaryToPromote(tech) ||
            c.props.failover.value_or(Failover::None) == Failover::Automatic)
            continue;
        const bool manual = c.props.failover == Failover::Manual;
        const bool partitioned = tech && tech->writes == WriteModel::Partitioned;
        reporter.about(c.id, phrase::quoted(graph, i) + " has replicas but " +
                                 (manual ? "fails over by hand" : "no failover") +
                                 (partitioned ? ": when a partition's primary dies, writes to "
                                                "that partition stop"
                                              : ": when its primary dies, writes stop") +
                                 " until someone promotes a replica, which a " +
                                 phrase::percent(*graph.requirements().availability) +
                                 " target leaves minutes for.");
    }
}

} // namespace archboard
