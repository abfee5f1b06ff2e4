#include "noavailabilityrule.h"

namespace archboard {

void NoAvailabilityRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (graph.requirements().availability)
        return;
    reporter.aboutDesign("No availability target is stated, so there is no way to tell how "
                         "much redundancy is enough.");
}

} // namespace archboard
