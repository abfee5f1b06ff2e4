#include "graphindex.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <queue>
#include <unordered_map>

namespace archboard {

namespace {

using Index = GraphIndex::Index;

bool isRequestKind(ConnectionKind kind) {
    return kind == ConnectionKind::Sync || kind == ConnectionKind::Async;
}

// One replica's availability where nothing better is known (docs/spec/rules.md).
constexpr double kInstanceAvailability = 0.995;

std::vector<Index> distinct(std::span<const Index> indices) {
    std::vector<Index> result(indices.begin(), indices.end());
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

// A component's availability estimate (docs/spec/rules.md, "Availability
// estimate").
double estimateOf(const Component& c, const Technology* tech) {
    if (c.kind == ComponentKind::Client ||
        (c.kind == ComponentKind::Cache && c.props.fallback.value_or(false)))
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

// Redundant, and zone-redundant (docs/spec/rules.md, "Redundant").
std::pair<bool, bool> redundancyOf(const Component& c, const Technology* tech) {
    const bool replicable = isStoreOfRecord(c.kind) || c.kind == ComponentKind::SearchIndex;
    const bool redundant =
        c.replicas >= 2 ||
        (replicable && c.props.replication.value_or(Replication::None) != Replication::None) ||
        (tech && tech->highlyAvailable);
    const bool zoneRedundant =
        (tech && tech->managed && tech->multiZone) || (redundant && c.zones >= 2);
    return {redundant, zoneRedundant};
}

} // namespace

GraphIndex::GraphIndex(const DesignData& design, const TechnologyCatalogue& catalogue) {
    build(design, catalogue);
}

void GraphIndex::build(const DesignData& design, const TechnologyCatalogue& catalogue) {
    m_design = &design;
    m_catalogue = &catalogue;
    m_entries.clear();
    m_observability.clear();
    m_anyCoversAll = false;
    m_signalsCoveringAll = 0;
    std::vector<std::pair<Index, std::string_view>> deadLetters;
    indexComponents(deadLetters);
    indexConnections(deadLetters);
    findEntries();
    walkRequestGraph();
    walkSyncPaths();
    findBestAvailability();
    findStoreReach();
}

void GraphIndex::buildAdjacency(std::size_t nodes,
                                const std::vector<std::pair<Index, Index>>& edges,
                                Adjacency& adjacency) {
    adjacency.offsets.assign(nodes + 1, 0);
    for (const auto& edge : edges)
        ++adjacency.offsets[edge.first + 1];
    for (std::size_t i = 0; i < nodes; ++i)
        adjacency.offsets[i + 1] += adjacency.offsets[i];
    adjacency.targets.resize(edges.size());
    std::vector<std::uint32_t>& next = m_scratchCounts;
    next.assign(adjacency.offsets.begin(), adjacency.offsets.end() - 1);
    for (const auto& edge : edges)
        adjacency.targets[next[edge.first]++] = edge.second;
}

void GraphIndex::indexComponents(std::vector<std::pair<Index, std::string_view>>& deadLetters) {
    const std::size_t n = size();
    m_kinds.resize(n);
    m_componentFacts.resize(n);
    m_delivery.resize(n);
    m_technology.assign(n, nullptr);
    m_namedTech.resize(n);
    m_redundant.assign(n, false);
    m_zoneRedundant.assign(n, false);
    m_estimate.resize(n);
    m_names.clear();
    m_names.reserve(n);
    // Designs name a few technologies many times: match each spelling once.
    std::unordered_map<std::string_view, const Technology*> matched;
    for (Index i = 0; i < n; ++i) {
        const Component& c = component(i);
        m_kinds[i] = c.kind;
        const ComponentProps& props = c.props;
        m_componentFacts[i] = {
            !trimmed(c.justification).empty(),
            props.ttlS.value_or(0) > 0 ||
                props.invalidation.value_or(Invalidation::None) != Invalidation::None,
            props.deadLetter && (!std::holds_alternative<bool>(*props.deadLetter) ||
                                 std::get<bool>(*props.deadLetter)),
            props.idempotent.value_or(false),
            props.backups.value_or(false),
            props.fallback.value_or(false),
            props.healthChecks.value_or(false),
            c.replicas >= 2,
            c.kind == ComponentKind::Observability &&
                props.observabilityScope.value_or(ObservabilityScope::All) ==
                    ObservabilityScope::All};
        m_namedTech[i] = !trimmed(c.tech).empty();
        if (m_namedTech[i]) {
            const auto [it, added] = matched.try_emplace(c.tech, nullptr);
            if (added)
                it->second = m_catalogue->match(c.tech);
            m_technology[i] = it->second;
        }
        m_names.add(c.id, c.name);
        m_delivery[i] = props.delivery                                 ? *props.delivery
                        : m_technology[i] && m_technology[i]->delivery ? *m_technology[i]->delivery
                                                                       : Delivery::AtLeastOnce;
        const auto redundancy = redundancyOf(c, m_technology[i]);
        m_redundant[i] = redundancy.first;
        m_zoneRedundant[i] = redundancy.second;
        m_estimate[i] = estimateOf(c, m_technology[i]);
        if (c.props.deadLetter && std::holds_alternative<ElementId>(*c.props.deadLetter))
            deadLetters.emplace_back(i, std::get<ElementId>(*c.props.deadLetter));
        if (c.kind == ComponentKind::Observability) {
            m_observability.push_back(i);
            if (c.props.observabilityScope.value_or(ObservabilityScope::All) ==
                ObservabilityScope::All) {
                m_anyCoversAll = true;
                for (const Signal signal : c.props.observedSignals.value_or(std::vector<Signal>{}))
                    m_signalsCoveringAll |= std::uint32_t{1} << static_cast<unsigned>(signal);
            }
        }
    }
    m_names.seal();
}

void GraphIndex::indexConnections(
    const std::vector<std::pair<Index, std::string_view>>& deadLetters) {
    const std::size_t n = size();
    const auto& connections = m_design->connections;
    const std::size_t count = connections.size();
    m_ends.resize(count);
    m_connectionFacts.resize(count);
    auto& touching = m_scratchTouching;
    auto& request = m_scratchRequest;
    auto& sync = m_scratchSync;
    touching.clear();
    request.clear();
    sync.clear();
    touching.reserve(2 * count);
    request.reserve(count);
    sync.reserve(count);
    m_hasProducer.assign(n, false);
    m_hasConsumer.assign(n, false);
    m_hasRequestConnection.assign(n, false);

    // One pass over the Connections, which on large designs come from memory:
    // the ends of a connection a few steps ahead are hashed and their slots
    // prefetched, so each lookup finds its slot in cache.
    constexpr std::size_t kAhead = 8;
    std::array<std::array<std::uint32_t, 2>, kAhead> hashes{};
    const auto hashAhead = [&](std::size_t c) {
        auto& ends = hashes[c % kAhead];
        ends = {ComponentNames::hashOf(connections[c].from),
                ComponentNames::hashOf(connections[c].to)};
        m_names.prefetchSlot(ends[0]);
        m_names.prefetchSlot(ends[1]);
    };
    for (std::size_t c = 0; c < std::min(kAhead, count); ++c)
        hashAhead(c);
    for (std::size_t c = 0; c < count; ++c) {
        const Connection& connection = connections[c];
        const auto ends = hashes[c % kAhead];
        if (c + kAhead < count)
            hashAhead(c + kAhead);
        const Index from = m_names.find(connection.from, ends[0]);
        const Index to = m_names.find(connection.to, ends[1]);
        m_ends[c] = {from, to};
        const ConnectionProps& props = connection.props;
        m_connectionFacts[c] = {connection.kind,
                                isRequestKind(connection.kind),
                                props.timeoutMs.has_value(),
                                props.retries.value_or(0) > 0,
                                props.backoff.value_or(false),
                                props.idempotent.value_or(false),
                                props.circuitBreaker.value_or(false),
                                props.auth.value_or(false),
                                props.tls.value_or(false)};
        touching.emplace_back(from, static_cast<Index>(c));
        touching.emplace_back(to, static_cast<Index>(c));
        if (isRequestKind(connection.kind)) {
            request.emplace_back(from, to);
            m_hasConsumer[from] = true;
            m_hasProducer[to] = true;
            m_hasRequestConnection[from] = true;
            m_hasRequestConnection[to] = true;
        }
        if (connection.kind == ConnectionKind::Sync)
            sync.emplace_back(from, to);
    }

    // A queue's dead-letter queue receives what its consumers fail on: the
    // queue is one of its producers, so the path counts as a request edge.
    m_isDeadLetter.assign(n, false);
    for (const auto& [i, deadLetter] : deadLetters) {
        const Index target = m_names.find(deadLetter);
        if (target == ComponentNames::kMissing || target == i)
            continue;
        m_isDeadLetter[target] = true;
        m_hasProducer[target] = true;
        request.emplace_back(i, target);
    }

    buildAdjacency(n, touching, m_touching);
    buildAdjacency(n, request, m_requestOut);
    for (auto& edge : request)
        std::swap(edge.first, edge.second);
    buildAdjacency(n, request, m_requestIn);
    buildAdjacency(n, sync, m_syncOut);
    for (auto& edge : sync)
        std::swap(edge.first, edge.second);
    buildAdjacency(n, sync, m_syncIn);
}

void GraphIndex::findEntries() {
    const std::size_t n = size();
    m_isEntry.assign(n, false);
    for (Index i = 0; i < n; ++i)
        if (kind(i) == ComponentKind::Client)
            m_entries.push_back(i);
    if (m_entries.empty()) {
        for (Index i = 0; i < n; ++i) {
            const ComponentKind k = kind(i);
            const bool edge = k == ComponentKind::Dns || k == ComponentKind::Cdn ||
                              k == ComponentKind::LoadBalancer || k == ComponentKind::ApiGateway;
            // Only connections count here, not a dead-letter path.
            const auto incoming = std::any_of(
                connectionsOf(i).begin(), connectionsOf(i).end(), [this, i](std::uint32_t c) {
                    return to(c) == i && m_connectionFacts[c].carriesRequests;
                });
            if (edge && !incoming)
                m_entries.push_back(i);
        }
    }
    for (const Index entry : m_entries)
        m_isEntry[entry] = true;
}

void GraphIndex::walkRequestGraph() {
    m_onRequestPath = m_isEntry;
    std::vector<Index>& pending = m_scratchIndices;
    pending.assign(m_entries.begin(), m_entries.end());
    while (!pending.empty()) {
        const Index i = pending.back();
        pending.pop_back();
        for (const Index next : requestOut(i)) {
            if (!m_onRequestPath[next]) {
                m_onRequestPath[next] = true;
                pending.push_back(next);
            }
        }
    }
}

void GraphIndex::walkSyncPaths() {
    // Breadth first from every entry at once; each node takes, among its
    // shortest-path predecessors, the one with most services behind it.
    m_syncDepth.assign(size(), kNoDepth);
    m_servicesOnPath.assign(size(), 0);
    std::vector<Index>& queue = m_scratchIndices;
    queue.clear();
    for (const Index entry : m_entries) {
        m_syncDepth[entry] = 0;
        m_servicesOnPath[entry] = kind(entry) == ComponentKind::Service ? 1 : 0;
        queue.push_back(entry);
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const Index i = queue[head];
        for (const Index next : syncOut(i)) {
            const int services =
                m_servicesOnPath[i] + (kind(next) == ComponentKind::Service ? 1 : 0);
            if (m_syncDepth[next] == kNoDepth) {
                m_syncDepth[next] = m_syncDepth[i] + 1;
                m_servicesOnPath[next] = services;
                queue.push_back(next);
            } else if (m_syncDepth[next] == m_syncDepth[i] + 1) {
                m_servicesOnPath[next] = std::max(m_servicesOnPath[next], services);
            }
        }
    }
}

void GraphIndex::findBestAvailability() {
    m_bestAvailability.assign(size(), 0.0);
    for (const Index entry : m_entries)
        m_bestAvailability[entry] = m_estimate[entry];
    // Most of a design's sync connections form no cycle. In topological
    // order each component is settled once all its callers are, in one
    // linear pass; what is left lies on a cycle or behind one.
    const std::vector<Index>& order = syncTopologicalOrder();
    std::vector<bool>& settled = m_scratchFlags;
    settled.assign(size(), false);
    for (const Index i : order) {
        settled[i] = true;
        const double value = m_bestAvailability[i];
        if (value <= 0.0)
            continue;
        for (const Index next : syncOut(i))
            m_bestAvailability[next] = std::max(m_bestAvailability[next], value * m_estimate[next]);
    }
    if (order.size() == size())
        return;
    // The rest by Dijkstra on products, from the values their settled
    // callers give: every factor is at most 1, so a path's product never
    // grows as it extends and the first time a node is taken is best.
    using Item = std::pair<double, Index>;
    std::priority_queue<Item> queue;
    for (Index i = 0; i < size(); ++i)
        if (!settled[i] && m_bestAvailability[i] > 0.0)
            queue.emplace(m_bestAvailability[i], i);
    while (!queue.empty()) {
        const auto [value, i] = queue.top();
        queue.pop();
        if (settled[i])
            continue;
        settled[i] = true;
        for (const Index next : syncOut(i)) {
            const double candidate = value * m_estimate[next];
            if (!settled[next] && candidate > m_bestAvailability[next]) {
                m_bestAvailability[next] = candidate;
                queue.emplace(candidate, next);
            }
        }
    }
}

const std::vector<Index>& GraphIndex::syncTopologicalOrder() {
    std::vector<std::uint32_t>& incoming = m_scratchCounts;
    incoming.assign(size(), 0);
    for (const Index next : m_syncOut.targets)
        ++incoming[next];
    std::vector<Index>& order = m_scratchIndices;
    order.clear();
    for (Index i = 0; i < size(); ++i)
        if (incoming[i] == 0)
            order.push_back(i);
    for (std::size_t head = 0; head < order.size(); ++head)
        for (const Index next : syncOut(order[head]))
            if (--incoming[next] == 0)
                order.push_back(next);
    return order; // without the components on a cycle or behind one
}

void GraphIndex::findStoreReach() {
    m_reachesStore.assign(size(), false);
    std::vector<Index>& pending = m_scratchIndices;
    pending.clear();
    for (Index i = 0; i < size(); ++i) {
        if (isStoreOfRecord(kind(i))) {
            m_reachesStore[i] = true;
            pending.push_back(i);
        }
    }
    while (!pending.empty()) {
        const Index i = pending.back();
        pending.pop_back();
        for (const Index previous : requestIn(i)) {
            if (!m_reachesStore[previous]) {
                m_reachesStore[previous] = true;
                pending.push_back(previous);
            }
        }
    }
}

std::string GraphIndex::labelWithId(Index i) const {
    const std::string_view id = m_names.id(i);
    if (!m_names.hasName(i))
        return std::string(id);
    const std::string_view label = m_names.label(i);
    std::string text;
    text.reserve(label.size() + id.size() + 3);
    text.append(label).append(" (").append(id).append(")");
    return text;
}

std::vector<Index> GraphIndex::ofKind(ComponentKind k) const {
    std::vector<Index> result;
    for (Index i = 0; i < size(); ++i)
        if (kind(i) == k)
            result.push_back(i);
    return result;
}

std::span<const std::uint32_t> GraphIndex::connectionsOf(Index i) const {
    return m_touching.of(i);
}

std::vector<Index> GraphIndex::callees(Index i) const {
    return distinct(syncOut(i));
}

std::vector<Index> GraphIndex::callers(Index i) const {
    return distinct(syncIn(i));
}

bool GraphIndex::observes(Index observer, Signal signal) const {
    const auto& signals = component(observer).props.observedSignals;
    return signals && std::find(signals->begin(), signals->end(), signal) != signals->end();
}

bool GraphIndex::anyObservabilityHas(Signal signal) const {
    return std::any_of(m_observability.begin(), m_observability.end(),
                       [this, signal](Index observer) { return observes(observer, signal); });
}

bool GraphIndex::isCovered(Index i, std::optional<Signal> signal) const {
    const auto qualifies = [this, signal](Index observer) {
        return !signal || observes(observer, *signal);
    };
    if (signal ? (m_signalsCoveringAll >> static_cast<unsigned>(*signal)) & 1u : m_anyCoversAll)
        return true;
    for (const std::uint32_t c : connectionsOf(i)) {
        if (m_connectionFacts[c].kind != ConnectionKind::Telemetry)
            continue;
        const Index other = from(c) == i ? to(c) : from(c);
        if (kind(other) == ComponentKind::Observability &&
            component(other).props.observabilityScope == ObservabilityScope::Connected &&
            qualifies(other))
            return true;
    }
    return false;
}

} // namespace archboard
