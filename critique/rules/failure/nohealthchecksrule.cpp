#include "nohealthchecksrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void NoHealthChecksRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (Index i = 0; i < graph.size(); ++i) {
        if (graph.kind(i) != ComponentKind::LoadBalancer && graph.kind(i) != ComponentKind::Dns)
            continue;
        if (graph.componentFacts(i).healthChecks)
            continue;
        reporter.about(graph.id(i), phrase::quoted(graph, i) +
                                        " does not health-check its targets: it keeps "
                                        "sending traffic to an instance that has died.");
    }
}

} // namespace archboard
