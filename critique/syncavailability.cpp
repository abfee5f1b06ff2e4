#include "syncavailability.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <queue>

namespace archboard {

namespace {

// One replica's availability where nothing better is known (docs/spec/rules.md).
constexpr double kInstanceAvailability = 0.995;

} // namespace

double availabilityEstimateOf(const Component& c, const Technology* tech) {
    if (c.kind == ComponentKind::Client ||
        (c.kind == ComponentKind::Cache && c.props.fallback.value_or(false)))
        return 1.0;
    return ownAvailabilityOf(c, tech);
}

double ownAvailabilityOf(const Component& c, const Technology* tech) {
    if (c.kind == ComponentKind::Client)
        return 1.0;
    if (c.kind == ComponentKind::External && c.props.sla)
        return *c.props.sla / 100.0;
    if (tech && tech->managed && tech->sla)
        return tech->sla->value / 100.0;
    // The same few replica counts come up again and again.
    static const auto kFewReplicas = [] {
        std::array<double, 17> estimates{};
        for (std::size_t n = 1; n < estimates.size(); ++n)
            estimates[n] = 1.0 - std::pow(1.0 - kInstanceAvailability, static_cast<double>(n));
        return estimates;
    }();
    const std::int64_t replicas = std::max<std::int64_t>(c.replicas, 1);
    if (replicas < static_cast<std::int64_t>(kFewReplicas.size()))
        return kFewReplicas[static_cast<std::size_t>(replicas)];
    return 1.0 - std::pow(1.0 - kInstanceAvailability, static_cast<double>(replicas));
}

void SyncAvailability::build(const Adjacency& syncOut, std::span<const Index> entries,
                             std::span<const double> estimates,
                             std::span<const ComponentKind> kinds, std::span<const double> cover) {
    const std::size_t size = estimates.size();
    m_best.assign(size, 0.0);
    m_factor.assign(size, 0.0);
    m_previous.resize(size);
    for (const Index entry : entries) {
        m_best[entry] = estimates[entry];
        m_factor[entry] = estimates[entry];
        m_previous[entry] = entry;
    }
    // What `next` contributes on a path through `i`: reads keep being served
    // from a caching CDN while what it calls is down, and from a fallback
    // cache while the store beside or behind it is.
    const auto factor = [&](Index i, Index next) {
        const double covered = cover[i];
        if (covered <= 0.0)
            return estimates[next];
        if (kinds[i] == ComponentKind::Cdn)
            return 1.0;
        if (!isStoreOfRecord(kinds[next]))
            return estimates[next];
        return 1.0 - (1.0 - estimates[next]) * (1.0 - covered);
    };
    const auto offer = [&](Index i, Index next, double value) {
        const double f = factor(i, next);
        if (value * f <= m_best[next])
            return false;
        m_best[next] = value * f;
        m_factor[next] = f;
        m_previous[next] = i;
        return true;
    };
    // Most of a design's sync connections form no cycle. In topological
    // order each component is settled once all its callers are, in one
    // linear pass; what is left lies on a cycle or behind one.
    const std::vector<Index>& order = topologicalOrder(syncOut, size);
    std::vector<bool>& settled = m_settled;
    settled.assign(size, false);
    for (const Index i : order) {
        settled[i] = true;
        const double value = m_best[i];
        if (value <= 0.0)
            continue;
        for (const Index next : syncOut.of(i))
            offer(i, next, value);
    }
    if (order.size() == size)
        return;
    // The rest by Dijkstra on products, from the values their settled
    // callers give: every factor is at most 1, so a path's product never
    // grows as it extends and the first time a node is taken is best.
    using Item = std::pair<double, Index>;
    std::priority_queue<Item> queue;
    for (Index i = 0; i < size; ++i)
        if (!settled[i] && m_best[i] > 0.0)
            queue.emplace(m_best[i], i);
    while (!queue.empty()) {
        const auto [value, i] = queue.top();
        queue.pop();
        if (settled[i])
            continue;
        settled[i] = true;
        for (const Index next : syncOut.of(i))
            if (!settled[next] && offer(i, next, value))
                queue.emplace(m_best[next], next);
    }
}

const std::vector<SyncAvailability::Index>&
SyncAvailability::topologicalOrder(const Adjacency& syncOut, std::size_t size) {
    std::vector<std::uint32_t>& incoming = m_incoming;
    incoming.assign(size, 0);
    for (const Index next : syncOut.targets())
        ++incoming[next];
    std::vector<Index>& order = m_order;
    order.clear();
    for (Index i = 0; i < size; ++i)
        if (incoming[i] == 0)
            order.push_back(i);
    for (std::size_t head = 0; head < order.size(); ++head)
        for (const Index next : syncOut.of(order[head]))
            if (--incoming[next] == 0)
                order.push_back(next);
    return order; // without the components on a cycle or behind one
}

} // namespace archboard
