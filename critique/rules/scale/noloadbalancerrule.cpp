#include "noloadbalancerrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void NoLoadBalancerRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const Index i : graph.ofKind(ComponentKind::Service)) {
        if (!graph.componentFacts(i).replicated)
            continue;
        std::vector<Index> direct;
        for (const Index caller : graph.callers(i)) {
            const ComponentKind kind = graph.kind(caller);
            if (graph.isEntry(caller) && kind != ComponentKind::LoadBalancer &&
                kind != ComponentKind::ApiGateway && kind != ComponentKind::Dns)
                direct.push_back(caller);
        }
        if (direct.empty())
            continue;
        reporter.about(graph.id(i), phrase::quotedList(graph, direct) + " call" +
                                        (direct.size() == 1 ? "s " : " ") +
                                        phrase::quoted(graph, i) + "'s " +
                                        std::to_string(graph.component(i).replicas) +
                                        " replicas directly: nothing spreads the load or stops "
                                        "sending to a replica that died.");
    }
}

} // namespace archboard
