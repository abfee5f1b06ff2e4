#include "consumernotidempotentrule.h"

#include <algorithm>

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void ConsumerNotIdempotentRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const Index i : graph.ofKind(ComponentKind::Worker)) {
        if (graph.componentFacts(i).idempotent)
            continue;
        std::vector<Index> sources;
        for (const Index source : graph.requestIn(i)) {
            const ComponentKind kind = graph.kind(source);
            if ((kind == ComponentKind::Queue || kind == ComponentKind::Stream) &&
                graph.delivery(source) == Delivery::AtLeastOnce &&
                std::find(sources.begin(), sources.end(), source) == sources.end())
                sources.push_back(source);
        }
        if (sources.empty())
            continue;
        reporter.about(graph.id(i), phrase::quoted(graph, i) + " consumes " +
                                        phrase::quotedList(graph, sources) +
                                        ", which deliver at least once, but is not "
                                        "idempotent: a redelivered message is processed "
                                        "twice.");
    }
}

} // namespace archboard
