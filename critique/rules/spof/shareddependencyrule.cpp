#include "shareddependencyrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void SharedDependencyRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (Index i = 0; i < graph.size(); ++i) {
        if (graph.syncIn(i).size() < 3 || graph.kind(i) == ComponentKind::Client)
            continue;
        const ComponentKind kind = graph.kind(i);
        const bool survivable =
            (kind == ComponentKind::Cache || kind == ComponentKind::ModelServing) &&
            graph.componentFacts(i).fallback;
        if (survivable)
            continue;
        std::vector<Index> services;
        for (const Index caller : graph.callers(i))
            if (graph.kind(caller) == ComponentKind::Service)
                services.push_back(caller);
        if (services.size() < 3)
            continue;
        reporter.about(graph.id(i), phrase::quoted(graph, i) + " is called by " +
                                        std::to_string(services.size()) + " services (" +
                                        phrase::quotedList(graph, services) +
                                        "): when it slows down or fails, all of them fail "
                                        "with it.");
    }
}

} // namespace archboard
