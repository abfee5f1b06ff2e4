#include "singleregionrule.h"

namespace archboard {

void SingleRegionRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    const auto& req = graph.requirements();
    const bool multiRegion = req.regions && *req.regions >= 2;
    if (!multiRegion && !availabilityAtLeast(graph, 99.99))
        return;
    int populated = 0;
    for (const Group& group : graph.design().groups)
        if (group.kind == GroupKind::Region && !group.members.empty())
            ++populated;
    if (populated >= 2)
        return;
    const std::string why =
        multiRegion ? "the requirements ask for " + std::to_string(*req.regions) + " regions"
                    : "a " + phrase::percent(*req.availability) +
                          " availability target outlives a regional outage";
    reporter.aboutDesign("Everything runs in " +
                         std::string(populated == 0 ? "no named region" : "one region") + ", but " +
                         why + ": a regional outage takes the whole product down for every user.");
}

} // namespace archboard
