#include "graphindex.h"

#include <algorithm>
#include <cmath>
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
    return 1.0 - std::pow(1.0 - kInstanceAvailability,
                          static_cast<double>(std::max<std::int64_t>(c.replicas, 1)));
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

// Component ids to positions: open addressing over a flat array, so a lookup
// touches one slot and one id rather than a chain of heap nodes. Large designs
// resolve every connection's ends on every run; this keeps that linear in
// practice, not only in theory.
class ComponentIds {
public:
    static constexpr Index kMissing = ~Index{0};

    // Ids are added in component order, then sealed into the table.
    void reserve(std::size_t components) {
        m_offsets.reserve(components + 1);
        m_hashes.reserve(components);
    }
    void add(std::string_view id) {
        // The ids, copied side by side: comparing against them touches a few
        // bytes instead of a whole Component each.
        if (m_offsets.empty())
            m_offsets.push_back(0);
        m_chars.append(id);
        m_offsets.push_back(static_cast<std::uint32_t>(m_chars.size()));
        m_hashes.push_back(hashOf(id));
    }
    void seal() {
        std::size_t capacity = 16;
        while (capacity < 2 * m_hashes.size())
            capacity *= 2;
        m_mask = capacity - 1;
        m_slots.assign(capacity, Slot{0, kMissing});
        for (Index i = 0; i < m_hashes.size(); ++i) {
            std::size_t at = m_hashes[i] & m_mask;
            while (m_slots[at].index != kMissing)
                at = (at + 1) & m_mask;
            m_slots[at] = {m_hashes[i], i};
        }
        m_hashes = {};
    }

    Index find(std::string_view id) const { return find(id, hashOf(id)); }

    // Both ends of every connection, `from` then `to`. On large designs each
    // lookup misses the cache twice (its slot, then the id it holds), so
    // both are prefetched a few lookups ahead.
    std::vector<Index> findEnds(const std::vector<Connection>& connections) const {
        const std::size_t count = 2 * connections.size();
        const auto idAt = [&connections](std::size_t k) -> const ElementId& {
            const Connection& connection = connections[k / 2];
            return k % 2 == 0 ? connection.from : connection.to;
        };
        std::vector<std::uint32_t> hashes(count);
        for (std::size_t k = 0; k < count; ++k)
            hashes[k] = hashOf(idAt(k));
        constexpr std::size_t kSlotAhead = 16;
        constexpr std::size_t kIdAhead = 8;
        std::vector<Index> ends(count);
        for (std::size_t k = 0; k < count; ++k) {
            if (k + kSlotAhead < count)
                __builtin_prefetch(&m_slots[hashes[k + kSlotAhead] & m_mask]);
            if (k + kIdAhead < count) {
                const Slot& slot = m_slots[hashes[k + kIdAhead] & m_mask];
                if (slot.index != kMissing)
                    __builtin_prefetch(m_chars.data() + m_offsets[slot.index]);
            }
            ends[k] = find(idAt(k), hashes[k]);
        }
        return ends;
    }

private:
    Index find(std::string_view id, std::uint32_t hash) const {
        for (std::size_t at = hash & m_mask;; at = (at + 1) & m_mask) {
            const Slot& slot = m_slots[at];
            if (slot.index == kMissing)
                return kMissing;
            if (slot.hash == hash && idAt(slot.index) == id)
                return slot.index;
        }
    }

    struct Slot {
        std::uint32_t hash;
        Index index;
    };
    // FNV-1a: ids are short, and this needs no more.
    static std::uint32_t hashOf(std::string_view id) {
        std::uint32_t hash = 2166136261u;
        for (const char c : id)
            hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
        return hash;
    }

    std::string_view idAt(Index i) const {
        return std::string_view(m_chars).substr(m_offsets[i], m_offsets[i + 1] - m_offsets[i]);
    }

    std::string m_chars;
    std::vector<std::uint32_t> m_offsets;
    std::vector<std::uint32_t> m_hashes; // until sealed
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

GraphIndex::GraphIndex(const DesignData& design, const TechnologyCatalogue& catalogue)
    : m_design(design)
    , m_catalogue(catalogue) {
    ComponentIds ids;
    std::vector<std::pair<Index, std::string_view>> deadLetters;
    indexComponents(ids, deadLetters);
    indexConnections(ids, deadLetters);
    findEntries();
    walkRequestGraph();
    walkSyncPaths();
    findBestAvailability();
    findStoreReach();
}

GraphIndex::Adjacency
GraphIndex::buildAdjacency(std::size_t nodes, const std::vector<std::pair<Index, Index>>& edges) {
    Adjacency adjacency;
    adjacency.offsets.assign(nodes + 1, 0);
    for (const auto& edge : edges)
        ++adjacency.offsets[edge.first + 1];
    for (std::size_t i = 0; i < nodes; ++i)
        adjacency.offsets[i + 1] += adjacency.offsets[i];
    adjacency.targets.resize(edges.size());
    std::vector<std::uint32_t> next(adjacency.offsets.begin(), adjacency.offsets.end() - 1);
    for (const auto& edge : edges)
        adjacency.targets[next[edge.first]++] = edge.second;
    return adjacency;
}

void GraphIndex::indexComponents(ComponentIds& ids,
                                 std::vector<std::pair<Index, std::string_view>>& deadLetters) {
    const std::size_t n = size();
    m_kinds.resize(n);
    m_technology.resize(n);
    m_namedTech.resize(n);
    m_redundant.assign(n, false);
    m_zoneRedundant.assign(n, false);
    m_estimate.resize(n);
    ids.reserve(n);
    // Designs name a few technologies many times: match each spelling once.
    std::unordered_map<std::string_view, const Technology*> matched;
    for (Index i = 0; i < n; ++i) {
        const Component& c = component(i);
        m_kinds[i] = c.kind;
        m_namedTech[i] = !trimmed(c.tech).empty();
        if (m_namedTech[i]) {
            const auto [it, added] = matched.try_emplace(c.tech, nullptr);
            if (added)
                it->second = m_catalogue.match(c.tech);
            m_technology[i] = it->second;
        }
        ids.add(c.id);
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
    ids.seal();
}

void GraphIndex::indexConnections(
    const ComponentIds& byId, const std::vector<std::pair<Index, std::string_view>>& deadLetters) {
    const std::size_t n = size();
    const auto& connections = m_design.connections;
    m_ends.resize(connections.size());
    m_connectionFacts.resize(connections.size());
    std::vector<std::pair<Index, Index>> touching, request, sync;
    touching.reserve(2 * connections.size());
    request.reserve(connections.size());
    sync.reserve(connections.size());
    m_hasProducer.assign(n, false);
    m_hasConsumer.assign(n, false);
    m_hasRequestConnection.assign(n, false);
    const std::vector<Index> ends = byId.findEnds(connections);
    for (std::size_t c = 0; c < connections.size(); ++c) {
        const Connection& connection = connections[c];
        const Index from = ends[2 * c];
        const Index to = ends[2 * c + 1];
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
        const Index target = byId.find(deadLetter);
        if (target == ComponentIds::kMissing || target == i)
            continue;
        m_isDeadLetter[target] = true;
        m_hasProducer[target] = true;
        request.emplace_back(i, target);
    }

    m_touching = buildAdjacency(n, touching);
    m_requestOut = buildAdjacency(n, request);
    for (auto& edge : request)
        std::swap(edge.first, edge.second);
    m_requestIn = buildAdjacency(n, request);
    m_syncOut = buildAdjacency(n, sync);
    for (auto& edge : sync)
        std::swap(edge.first, edge.second);
    m_syncIn = buildAdjacency(n, sync);
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
    std::vector<Index> pending(m_entries);
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
    std::vector<Index> queue;
    queue.reserve(size());
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
    // Dijkstra on products: every factor is at most 1, so a path's product
    // never grows as it extends and the first time a node is settled is best.
    m_bestAvailability.assign(size(), 0.0);
    std::vector<bool> settled(size(), false);
    using Item = std::pair<double, Index>;
    std::priority_queue<Item> queue;
    for (const Index entry : m_entries) {
        m_bestAvailability[entry] = m_estimate[entry];
        queue.emplace(m_estimate[entry], entry);
    }
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

void GraphIndex::findStoreReach() {
    m_reachesStore.assign(size(), false);
    std::vector<Index> pending;
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

std::string_view GraphIndex::label(Index i) const {
    const Component& c = component(i);
    return trimmed(c.name).empty() ? std::string_view(c.id) : std::string_view(c.name);
}

std::string GraphIndex::labelWithId(Index i) const {
    const Component& c = component(i);
    if (trimmed(c.name).empty())
        return c.id;
    return c.name + " (" + c.id + ")";
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

Delivery GraphIndex::delivery(Index i) const {
    if (const auto& delivery = component(i).props.delivery)
        return *delivery;
    if (const Technology* tech = m_technology[i]; tech && tech->delivery)
        return *tech->delivery;
    return Delivery::AtLeastOnce;
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
