#include "storeexposedrule.h"

#include <algorithm>

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void StoreExposedRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (Index i = 0; i < graph.size(); ++i) {
        const ComponentKind kind = graph.kind(i);
        if (!isStateful(kind) || kind == ComponentKind::Queue || kind == ComponentKind::Stream)
            continue;
        std::vector<Index> entries;
        for (const std::uint32_t c : graph.connectionsOf(i)) {
            const auto& facts = graph.facts(c);
            const Index from = graph.from(c);
            if (graph.to(c) != i || !facts.carriesRequests || !graph.isEntry(from) ||
                std::find(entries.begin(), entries.end(), from) != entries.end())
                continue;
            const bool authorisedObjectAccess =
                kind == ComponentKind::ObjectStore &&
                (facts.auth || graph.kind(from) == ComponentKind::Cdn);
            if (!authorisedObjectAccess)
                entries.push_back(from);
        }
        if (entries.empty())
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) + " is reached straight from " +
                           phrase::quotedList(graph, entries) +
                           ": anyone on the internet can read or change its data, with no "
                           "service in between to check who they are.");
    }
}

} // namespace archboard
