#include "nonerule.h"

namespace archboard {

void NoneRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (graph.size() < 3 || !graph.observability().empty())
        return;
    reporter.aboutDesign("Nothing collects metrics, logs or traces for these " +
                         std::to_string(graph.size()) +
                         " components: when users see errors, nobody knows where or why.");
}

} // namespace archboard
