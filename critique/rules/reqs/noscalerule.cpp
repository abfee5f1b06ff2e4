#include "noscalerule.h"

namespace archboard {

void NoScaleRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    const auto& req = graph.requirements();
    if (req.dau || req.peakReadRps || req.peakWriteRps)
        return;
    reporter.aboutDesign("The requirements state no users or request rates: turn the prompt "
                         "into numbers first, or no choice here can be sized or defended.");
}

} // namespace archboard
