#include "recoverypointrule.h"

#include <limits>

namespace archboard {

namespace {

using Index = GraphIndex::Index;
constexpr std::size_t kNoRegion = std::numeric_limits<std::size_t>::max();

// Each component's `region` group, by position in the design's groups.
std::vector<std::size_t> regionsOf(const GraphIndex& graph) {
    std::vector<std::size_t> region(graph.size(), kNoRegion);
    const auto& groups = graph.design().groups;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].kind != GroupKind::Region)
            continue;
        for (const ElementId& member : groups[g].members)
            if (const auto i = graph.indexOf(member))
                region[*i] = g;
    }
    return region;
}

// Replicated across regions by consensus, so a commit is already in
// another region: the catalogue's strongly consistent, partitioned stores
// (Spanner, CockroachDB) in their multi-region configuration.
bool replicatesByConsensus(const GraphIndex& graph, Index i) {
    const Technology* tech = graph.technology(i);
    return tech && tech->consistency == TechConsistency::Strong &&
           tech->writes == WriteModel::Partitioned;
}

} // namespace

void RecoveryPointRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (!durabilityIsNoLoss(graph))
        return;
    std::vector<std::size_t> region;
    for (const Index i : graph.storesOfRecord()) {
        const Replication replication =
            graph.component(i).props.replication.value_or(Replication::None);
        if (replication == Replication::Sync)
            continue;
        if (replication == Replication::MultiRegion) {
            if (replicatesByConsensus(graph, i))
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) +
                               " replicates to other regions asynchronously: when its region "
                               "is lost, the writes not yet copied are lost with it, though the "
                               "requirements allow no loss.");
            continue;
        }
        // A replication connection from it to a store in another region.
        for (const std::uint32_t c : graph.connectionsOf(i)) {
            if (graph.facts(c).kind != ConnectionKind::Replication || graph.from(c) != i)
                continue;
            const Index copy = graph.to(c);
            if (region.empty())
                region = regionsOf(graph);
            if (region[i] == kNoRegion || region[copy] == kNoRegion || region[i] == region[copy])
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) + " copies its writes to " +
                               phrase::quoted(graph, copy) +
                               " in another region asynchronously: when its region is lost, "
                               "the writes not yet copied (seconds of them, more under load) "
                               "are lost, though the requirements allow no loss.");
            break;
        }
    }
}

} // namespace archboard
