#include "noentryrule.h"

namespace archboard {

void NoEntryRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (graph.size() == 0 || !graph.entries().empty())
        return;
    reporter.aboutDesign("No client or edge component shows where requests come from, so "
                         "no request path can be followed through the design.");
}

} // namespace archboard
