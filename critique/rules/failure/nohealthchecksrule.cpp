#include "nohealthchecksrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void NoHealthChecksRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const Index i : graph.ofKinds({ComponentKind::LoadBalancer, ComponentKind::Dns})) {
        if (graph.componentFacts(i).healthChecks)
            continue;
        reporter.about(graph.id(i), phrase::quoted(graph, i) +
                                        " does not health-check its targets: it keeps "
                                        "sending traffic to an instance that has died.");
    }
}

} // namespace archboard
