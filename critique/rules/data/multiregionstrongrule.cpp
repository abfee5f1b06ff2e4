#include "multiregionstrongrule.h"

namespace archboard {

void MultiRegionStrongRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    const auto& req = graph.requirements();
    if (!req.regions || *req.regions < 2 || req.consistency != Consistency::Strong)
        return;
    reporter.aboutDesign("The requirements ask for strong consistency across " +
                         std::to_string(*req.regions) +
                         " regions: every write waits for a cross-region round trip, and a "
                         "partition between regions stops writes. Say how you pay for it, or "
                         "relax consistency where you can.");
}

} // namespace archboard
