// One file for the index's build: its passes share the private arrays that rules read.
#include "graphindex.h"

#include "critique/syncavailability.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <unordered_map>

namespace archboard {

namespace {

using Index = GraphIndex::Index;

bool isRequestKind(ConnectionKind kind) {
    return kind == ConnectionKind::Sync || kind == ConnectionKind::Async;
}

std::vector<Index> distinct(std::span<const Index> indices) {
    std::vector<Index> result(indices.begin(), indices.end());
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
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
    m_anyCoversAll = false;
    m_signalsCoveringAll = 0;
    std::vector<std::pair<Index, std::string_view>> deadLetters;
    m_load.begin(size(), m_design->connections.size());
    indexComponents(deadLetters);
    indexConnections(deadLetters);
    findEntries();
    findFlowStarts();
    walkRequestGraph();
    walkSyncPaths();
    findReadCover();
    m_availability.build(m_syncOut, m_entries, m_estimate, m_kinds, m_readCover);
    findStoreReach();
    m_load.build(*this);
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
    for (auto& list : m_ofKind)
        list.clear();
    m_storesOfRecord.clear();
    // Designs name a few technologies many times: match each spelling once.
    std::unordered_map<std::string_view, const Technology*> matched;
    for (Index i = 0; i < n; ++i) {
        const Component& c = component(i);
        m_kinds[i] = c.kind;
        m_ofKind[static_cast<std::size_t>(c.kind)].push_back(i);
        if (isStoreOfRecord(c.kind))
            m_storesOfRecord.push_back(i);
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
        m_load.note(i, c);
        m_delivery[i] = props.delivery                                 ? *props.delivery
                        : m_technology[i] && m_technology[i]->delivery ? *m_technology[i]->delivery
                                                                       : Delivery::AtLeastOnce;
        const auto redundancy = redundancyOf(c, m_technology[i]);
        m_redundant[i] = redundancy.first;
        m_zoneRedundant[i] = redundancy.second;
        m_estimate[i] = availabilityEstimateOf(c, m_technology[i]);
        if (c.props.deadLetter && std::holds_alternative<ElementId>(*c.props.deadLetter))
            deadLetters.emplace_back(i, std::get<ElementId>(*c.props.deadLetter));
        if (c.kind == ComponentKind::Observability &&
            c.props.observabilityScope.value_or(ObservabilityScope::All) ==
                ObservabilityScope::All) {
            m_anyCoversAll = true;
            for (const Signal signal : c.props.observedSignals.value_or(std::vector<Signal>{}))
                m_signalsCoveringAll |= std::uint32_t{1} << static_cast<unsigned>(signal);
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
    m_fedByReplication.assign(n, false);
    for (auto& list : m_connectionsOfKind)
        list.clear();
    m_requestConnections.clear();

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
                                props.tls.value_or(false),
                                props.share.has_value()};
        touching.emplace_back(from, static_cast<Index>(c));
        touching.emplace_back(to, static_cast<Index>(c));
        m_connectionsOfKind[static_cast<std::size_t>(connection.kind)].push_back(
            static_cast<std::uint32_t>(c));
        if (isRequestKind(connection.kind)) {
            m_requestConnections.push_back(static_cast<std::uint32_t>(c));
            request.emplace_back(from, to);
            m_hasConsumer[from] = true;
            m_hasProducer[to] = true;
            m_hasRequestConnection[from] = true;
            m_hasRequestConnection[to] = true;
        }
        if (connection.kind == ConnectionKind::Sync)
            sync.emplace_back(from, to);
        if (connection.kind == ConnectionKind::Replication)
            m_fedByReplication[to] = true;
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

    m_touching.build(n, touching, m_scratchCounts);
    m_requestOut.build(n, request, m_scratchCounts);
    for (auto& edge : request)
        std::swap(edge.first, edge.second);
    m_requestIn.build(n, request, m_scratchCounts);
    m_syncOut.build(n, sync, m_scratchCounts);
    for (auto& edge : sync)
        std::swap(edge.first, edge.second);
    m_syncIn.build(n, sync, m_scratchCounts);
}

void GraphIndex::findEntries() {
    m_isEntry.assign(size(), false);
    const auto clients = ofKind(ComponentKind::Client);
    m_entries.assign(clients.begin(), clients.end());
    if (m_entries.empty()) {
        const auto edges = ofKinds({ComponentKind::Dns, ComponentKind::Cdn,
                                    ComponentKind::LoadBalancer, ComponentKind::ApiGateway});
        for (const Index i : edges) {
            // Only connections count here, not a dead-letter path.
            const auto incoming = std::any_of(
                connectionsOf(i).begin(), connectionsOf(i).end(), [this, i](std::uint32_t c) {
                    return to(c) == i && m_connectionFacts[c].carriesRequests;
                });
            if (!incoming)
                m_entries.push_back(i);
        }
    }
    for (const Index entry : m_entries)
        m_isEntry[entry] = true;
}

void GraphIndex::findFlowStarts() {
    m_flowStarts.clear();
    for (Index i = 0; i < size(); ++i)
        if (!m_isEntry[i] && m_hasConsumer[i] && requestIn(i).empty() && !m_fedByReplication[i])
            m_flowStarts.push_back(i);
}

void GraphIndex::walkRequestGraph() {
    m_reachedByRequests = m_isEntry;
    markReachable(m_reachedByRequests);
    m_onRequestPath = m_reachedByRequests;
    if (!m_flowStarts.empty()) {
        for (const Index start : m_flowStarts)
            m_onRequestPath[start] = true;
        markReachable(m_onRequestPath);
    }
    // A standby that only replication feeds, and what works behind it, wait
    // for a failover: wired up on purpose, though no request reaches them.
    m_behindStandby.assign(size(), false);
    bool anyStandby = false;
    for (const std::uint32_t c : connectionsOfKind(ConnectionKind::Replication)) {
        const Index standby = to(c);
        if (requestIn(standby).empty() && !m_behindStandby[standby]) {
            m_behindStandby[standby] = true;
            anyStandby = true;
        }
    }
    if (anyStandby)
        markReachable(m_behindStandby);
}

// Marks everything the request graph reaches from what is marked already.
void GraphIndex::markReachable(std::vector<bool>& reached) {
    std::vector<Index>& pending = m_scratchIndices;
    pending.clear();
    for (Index i = 0; i < size(); ++i)
        if (reached[i])
            pending.push_back(i);
    while (!pending.empty()) {
        const Index i = pending.back();
        pending.pop_back();
        for (const Index next : requestOut(i)) {
            if (!reached[next]) {
                reached[next] = true;
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

void GraphIndex::findReadCover() {
    m_readCover.assign(size(), 0.0);
    for (const Index i : ofKind(ComponentKind::Cdn)) {
        // A CDN caches unless its TTL is set to 0.
        if (component(i).props.ttlS.value_or(1.0) > 0.0)
            m_readCover[i] = 1.0;
    }
    for (const Index i : ofKind(ComponentKind::Cache)) {
        if (!m_componentFacts[i].fallback)
            continue;
        const double own = ownAvailabilityOf(component(i), m_technology[i]);
        // Read-through behind it, or cache-aside beside it.
        m_readCover[i] = std::max(m_readCover[i], own);
        for (const Index caller : syncIn(i))
            if (kind(caller) != ComponentKind::Cdn)
                m_readCover[caller] = std::max(m_readCover[caller], own);
    }
}

void GraphIndex::findStoreReach() {
    m_reachesStore.assign(size(), false);
    std::vector<Index>& pending = m_scratchIndices;
    pending.clear();
    for (const Index i : m_storesOfRecord) {
        m_reachesStore[i] = true;
        pending.push_back(i);
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

std::vector<Index> GraphIndex::bestSyncPath(Index i) const {
    std::vector<Index> path;
    if (bestSyncAvailability(i) <= 0.0)
        return path;
    path.push_back(i);
    for (Index at = i; m_availability.previous(at) != at;) {
        at = m_availability.previous(at);
        path.push_back(at);
        if (path.size() > size()) // never on a best-path tree; a guard all the same
            break;
    }
    std::reverse(path.begin(), path.end());
    return path;
}

std::vector<Index> GraphIndex::ofKinds(std::initializer_list<ComponentKind> kinds) const {
    std::size_t total = 0;
    for (const ComponentKind k : kinds)
        total += ofKind(k).size();
    std::vector<Index> result;
    result.reserve(total);
    for (const ComponentKind k : kinds) {
        const auto list = ofKind(k);
        const auto middle = static_cast<std::ptrdiff_t>(result.size());
        result.insert(result.end(), list.begin(), list.end());
        std::inplace_merge(result.begin(), result.begin() + middle, result.end());
    }
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
    const auto& observers = observability();
    return std::any_of(observers.begin(), observers.end(),
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
