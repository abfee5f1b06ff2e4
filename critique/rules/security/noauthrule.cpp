#include "noauthrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

bool authenticates(const GraphIndex& graph, Index i) {
    return graph.kind(i) == ComponentKind::ApiGateway &&
           graph.component(i).props.auth.value_or(false);
}

} // namespace

void NoAuthRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (!graph.ofKind(ComponentKind::Identity).empty())
        return;
    // Walk from the entries along connections without `auth`, stopping at
    // gateways that authenticate.
    std::vector<bool> seen(graph.size(), false);
    std::vector<Index> pending;
    for (const Index entry : graph.entries()) {
        if (!authenticates(graph, entry)) {
            seen[entry] = true;
            pending.push_back(entry);
        }
    }
    while (!pending.empty()) {
        const Index i = pending.back();
        pending.pop_back();
        const ComponentKind kind = graph.kind(i);
        const bool protectedKind =
            kind == ComponentKind::Service || kind == ComponentKind::Worker || isStateful(kind);
        if (protectedKind && !graph.isEntry(i)) {
            reporter.aboutDesign("Nothing authenticates callers on the way to " +
                                 phrase::quoted(graph, i) +
                                 ": there is no identity provider, and no connection or "
                                 "gateway on that path checks who is calling.");
            return;
        }
        for (const std::uint32_t c : graph.connectionsOf(i)) {
            const auto& facts = graph.facts(c);
            const Index next = graph.to(c);
            if (graph.from(c) != i || !facts.carriesRequests || facts.auth || seen[next] ||
                authenticates(graph, next))
                continue;
            seen[next] = true;
            pending.push_back(next);
        }
    }
}

} // namespace archboard
