#include "noratelimitrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

bool limitsRate(const GraphIndex& graph, Index i) {
    const Component& c = graph.component(i);
    if (c.kind == ComponentKind::RateLimiter)
        return true;
    if (c.kind == ComponentKind::ApiGateway && c.props.rateLimit.value_or(false))
        return true;
    for (const Index callee : graph.syncOut(i))
        if (graph.kind(callee) == ComponentKind::RateLimiter)
            return true;
    return false;
}

} // namespace

void NoRateLimitRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    // Walk from the entries through components that do not limit rate.
    std::vector<bool> seen(graph.size(), false);
    std::vector<Index> pending;
    for (const Index entry : graph.entries()) {
        if (!limitsRate(graph, entry)) {
            seen[entry] = true;
            pending.push_back(entry);
        }
    }
    while (!pending.empty()) {
        const Index i = pending.back();
        pending.pop_back();
        if (graph.kind(i) == ComponentKind::Service) {
            reporter.aboutDesign(
                "Nothing limits request rates on the way to " + phrase::quoted(graph, i) +
                ": one misbehaving client or a retry storm can take all capacity and "
                "starve everyone else.");
            return;
        }
        for (const Index next : graph.requestOut(i)) {
            if (!seen[next] && !limitsRate(graph, next)) {
                seen[next] = true;
                pending.push_back(next);
            }
        }
    }
}

} // namespace archboard
