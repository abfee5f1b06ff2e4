#include "missingsignalrule.h"

namespace archboard {

void MissingSignalRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (graph.observability().empty() || graph.anyObservabilityHas(m_signal) || !applies(graph))
        return;
    reporter.aboutDesign(phrase::quotedList(graph, graph.observability()) + " collect" +
                         (graph.observability().size() == 1 ? "s" : "") + " no " +
                         std::string(toString(m_signal)) + ": " + m_message);
}

} // namespace archboard
