#pragma once

#include "critique/adjacency.h"
#include "critique/componentnames.h"
#include "critique/load.h"
#include "critique/syncavailability.h"
#include "critique/technologycatalogue.h"
#include "model/designdata.h"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace archboard {

// A read-only view of one design for the rules, built once per critique run:
// components by position, adjacency as flat arrays, and the graph facts that
// several rules share (entries, the request path, sync depth, best
// availability paths). Everything is linear, or n log n for best paths, on
// graphs with cycles. Terms are those of the rule catalogue (docs/spec/rules.md).
class GraphIndex {
public:
    using Index = std::uint32_t;
    static constexpr int kNoDepth = -1;

    GraphIndex() = default;
    GraphIndex(const DesignData& design, const TechnologyCatalogue& catalogue);
    // Indexes a design afresh, reusing the memory of the last build: the app
    // re-runs the critic on every edit, and on large designs allocating and
    // faulting in fresh arrays each time would cost more than filling them.
    // Both must outlive the index's use.
    void build(const DesignData& design, const TechnologyCatalogue& catalogue);

    const DesignData& design() const { return *m_design; }
    const Requirements& requirements() const { return m_design->info.requirements; }
    const TechnologyCatalogue& catalogue() const { return *m_catalogue; }

    // Components, in stored order.
    std::size_t size() const { return m_design->components.size(); }
    const Component& component(Index i) const { return m_design->components[i]; }
    // From a compact copy: rules filter every component by kind, and on large
    // designs reading it from each Component would stream them all from memory.
    ComponentKind kind(Index i) const { return m_kinds[i]; }
    // Its id, and the name people gave it, else its id: from compact copies,
    // so that naming a component in a finding does not read the Component.
    std::string_view id(Index i) const { return m_names.id(i); }
    std::string_view label(Index i) const { return m_names.label(i); }
    // The component with this id, if there is one.
    std::optional<Index> indexOf(std::string_view id) const {
        const Index i = m_names.find(id);
        return i == ComponentNames::kMissing ? std::nullopt : std::optional(i);
    }
    // `Name (id)`, for messages that must be unambiguous.
    std::string labelWithId(Index i) const;
    // Components of one kind, in stored order, listed as the index is built:
    // most rules check a few kinds, and going through these spares each of
    // them a pass over every component.
    std::span<const Index> ofKind(ComponentKind kind) const {
        return m_ofKind[static_cast<std::size_t>(kind)];
    }
    // Components of any of these kinds, in stored order.
    std::vector<Index> ofKinds(std::initializer_list<ComponentKind> kinds) const;
    // Stores of record (model/kinds.h), in stored order.
    std::span<const Index> storesOfRecord() const { return m_storesOfRecord; }

    // What the rules ask of a component's own settings, packed, so that
    // filtering every component stays in cache on large designs: read this,
    // and the Component itself only for what a finding says.
    struct ComponentFacts {
        bool justified = false;  // a non-blank justification
        bool expires = false;    // a TTL or an invalidation strategy
        bool deadLetter = false; // dead_letter set: true, or a queue's id
        bool idempotent = false;
        bool backups = false;
        bool fallback = false;
        bool healthChecks = false;
        bool replicated = false;  // two replicas or more
        bool observesAll = false; // observability with scope `all`
    };
    const ComponentFacts& componentFacts(Index i) const { return m_componentFacts[i]; }

    // Technology: named (non-blank after trimming) and its catalogue entry.
    bool hasNamedTech(Index i) const { return m_namedTech[i]; }
    const Technology* technology(Index i) const { return m_technology[i]; }

    // Connections, in stored order, with their ends as component indices.
    const Connection& connection(std::size_t c) const { return m_design->connections[c]; }
    std::size_t connectionCount() const { return m_design->connections.size(); }
    // What the rules ask of a connection, packed, so that passes over every
    // connection stay in cache on large designs: read this, and the
    // Connection itself only for what a finding says.
    struct ConnectionFacts {
        ConnectionKind kind = ConnectionKind::Sync;
        bool carriesRequests = false; // sync or async
        bool timeout = false;         // timeout_ms is set
        bool retries = false;         // retries > 0
        bool backoff = false;
        bool idempotent = false;
        bool circuitBreaker = false;
        bool auth = false;
        bool tls = false;
        bool share = false; // a `share` is stated
    };
    const ConnectionFacts& facts(std::size_t c) const { return m_connectionFacts[c]; }
    Index from(std::size_t c) const { return m_ends[c].from; }
    Index to(std::size_t c) const { return m_ends[c].to; }
    // Connections of one kind, and those that carry requests (sync and
    // async), in stored order.
    std::span<const std::uint32_t> connectionsOfKind(ConnectionKind kind) const {
        return m_connectionsOfKind[static_cast<std::size_t>(kind)];
    }
    std::span<const std::uint32_t> requestConnections() const { return m_requestConnections; }
    // Connections of every kind touching a component.
    std::span<const std::uint32_t> connectionsOf(Index i) const;

    // The request graph (sync and async connections, plus each queue's
    // dead-letter path) and its sync-only part; neighbours may repeat.
    std::span<const Index> requestOut(Index i) const { return m_requestOut.of(i); }
    std::span<const Index> requestIn(Index i) const { return m_requestIn.of(i); }
    std::span<const Index> syncOut(Index i) const { return m_syncOut.of(i); }
    std::span<const Index> syncIn(Index i) const { return m_syncIn.of(i); }
    // Distinct components this one calls (sync), and distinct callers.
    std::vector<Index> callees(Index i) const;
    std::vector<Index> callers(Index i) const;

    const std::vector<Index>& entries() const { return m_entries; }
    bool isEntry(Index i) const { return m_isEntry[i]; }
    // Components that start work of their own (a scheduler, a poller, a batch
    // job): not an entry, nothing calls, publishes to or replicates into
    // them, and they call or publish. In stored order.
    const std::vector<Index>& flowStarts() const { return m_flowStarts; }
    // Reachable in the request graph from an entry or a flow start.
    bool onRequestPath(Index i) const { return m_onRequestPath[i]; }
    // Reachable in the request graph from an entry: where requests go.
    bool reachedByRequests(Index i) const { return m_reachedByRequests[i]; }
    // Has an incoming replication connection (a standby, a mirrored stream).
    bool fedByReplication(Index i) const { return m_fedByReplication[i]; }
    // Reachable in the request graph from a component that only replication
    // feeds: a passive standby and what works behind it.
    bool behindStandby(Index i) const { return m_behindStandby[i]; }
    // Connections on the shortest sync path from an entry; kNoDepth when none.
    int syncDepth(Index i) const { return m_syncDepth[i]; }
    // Among the shortest sync paths reaching it, the most services on one.
    int servicesOnShortestSyncPath(Index i) const { return m_servicesOnPath[i]; }
    // The largest product of availability estimates over sync paths from an
    // entry, both ends included; 0 when no sync path reaches it.
    double bestSyncAvailability(Index i) const { return m_availability.best(i); }
    // That path, from its entry to the component, and each component's
    // factor on it (its estimate, or more where a cache or CDN covers it).
    std::vector<Index> bestSyncPath(Index i) const;
    double factorOnBestPath(Index i) const { return m_availability.factor(i); }
    double availabilityEstimate(Index i) const { return m_estimate[i]; }

    // The load each component and connection takes at peak (critique/load.h).
    const Load& load() const { return m_load; }

    // A request-graph path leads from it to a store of record (itself included).
    bool reachesStoreOfRecord(Index i) const { return m_reachesStore[i]; }

    // Queues and streams.
    bool isDeadLetterQueue(Index i) const { return m_isDeadLetter[i]; }
    // Producers: incoming request connections, and for a dead-letter queue
    // the queue that names it. Consumers: outgoing request connections.
    bool hasProducer(Index i) const { return m_hasProducer[i]; }
    // Has a sync or async connection of its own, in either direction.
    bool hasRequestConnection(Index i) const { return m_hasRequestConnection[i]; }
    bool hasConsumer(Index i) const { return m_hasConsumer[i]; }
    // Its own delivery setting, else its technology's, else at least once.
    Delivery delivery(Index i) const { return m_delivery[i]; }

    bool isRedundant(Index i) const { return m_redundant[i]; }
    bool isZoneRedundant(Index i) const { return m_zoneRedundant[i]; }

    // Observability.
    const std::vector<Index>& observability() const {
        return m_ofKind[static_cast<std::size_t>(ComponentKind::Observability)];
    }
    bool anyObservabilityHas(Signal signal) const;
    bool observes(Index observer, Signal signal) const;
    // Covered by an observability component (scope `all`, or `connected`
    // with a telemetry connection to it), optionally one that has `signal`.
    bool isCovered(Index i, std::optional<Signal> signal = std::nullopt) const;

private:
    struct Ends {
        Index from = 0;
        Index to = 0;
    };
    // One pass over the components and one over the connections: on large
    // designs each pass over the element structs goes to memory.
    void indexComponents(std::vector<std::pair<Index, std::string_view>>& deadLetters);
    void indexConnections(const std::vector<std::pair<Index, std::string_view>>& deadLetters);
    void findEntries();
    void findFlowStarts();
    void walkRequestGraph();
    void markReachable(std::vector<bool>& reached);
    void walkSyncPaths();
    void findStoreReach();
    void findReadCover();

    const DesignData* m_design = nullptr;
    const TechnologyCatalogue* m_catalogue = nullptr;
    ComponentNames m_names;
    std::vector<ComponentKind> m_kinds;
    std::array<std::vector<Index>, enumCount<ComponentKind>()> m_ofKind;
    std::vector<Index> m_storesOfRecord;
    std::vector<ComponentFacts> m_componentFacts;
    std::vector<Delivery> m_delivery;
    std::vector<const Technology*> m_technology;
    std::vector<bool> m_namedTech;
    std::vector<Ends> m_ends;
    std::vector<ConnectionFacts> m_connectionFacts;
    std::array<std::vector<std::uint32_t>, enumCount<ConnectionKind>()> m_connectionsOfKind;
    std::vector<std::uint32_t> m_requestConnections;
    std::vector<bool> m_redundant, m_zoneRedundant;
    Adjacency m_touching, m_requestOut, m_requestIn, m_syncOut, m_syncIn;
    std::vector<Index> m_entries, m_flowStarts;
    std::vector<bool> m_isEntry, m_onRequestPath, m_isDeadLetter, m_reachesStore;
    std::vector<bool> m_fedByReplication, m_behindStandby, m_reachedByRequests;
    std::vector<bool> m_hasProducer, m_hasConsumer, m_hasRequestConnection;
    std::vector<int> m_syncDepth, m_servicesOnPath;
    SyncAvailability m_availability;
    std::vector<double> m_estimate, m_readCover;
    Load m_load;
    bool m_anyCoversAll = false;
    std::uint32_t m_signalsCoveringAll = 0; // bit per Signal, over scope-`all` observers

    // Working memory of a build, kept for the next.
    std::vector<Adjacency::Edge> m_scratchTouching, m_scratchRequest, m_scratchSync;
    std::vector<Index> m_scratchIndices;
    std::vector<std::uint32_t> m_scratchCounts;
};

} // namespace archboard
