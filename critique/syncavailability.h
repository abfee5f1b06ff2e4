#pragma once

#include "critique/adjacency.h"
#include "critique/technologycatalogue.h"
#include "model/designdata.h"

#include <span>
#include <vector>

namespace archboard {

// A component's availability estimate (docs/spec/rules.md, "Availability
// estimate").
double availabilityEstimateOf(const Component& c, const Technology* tech);
// The same, counting a cache with `fallback` as what it is itself: what its
// callers read from while their store is down.
double ownAvailabilityOf(const Component& c, const Technology* tech);

// For every component, the largest product of availability factors over
// the sync paths from an entry to it, both ends included; 0 when no sync
// path reaches it. A component's factor on a path is its estimate, except
// where what keeps serving reads covers it (docs/spec/rules.md,
// "Availability estimate"): behind a caching CDN, and a store beside or
// behind a cache with `fallback`. Linear on the acyclic part of the sync
// graph, n log n on what lies on a cycle or behind one.
class SyncAvailability {
public:
    using Index = Adjacency::Node;

    // Finds the best paths afresh, reusing the memory of the last run.
    // `cover[u]`: for a `cdn`, above 0 when it caches (what it calls counts
    // as 1); otherwise the availability of a cache with `fallback` that
    // covers the stores of record u calls, 0 for none.
    void build(const Adjacency& syncOut, std::span<const Index> entries,
               std::span<const double> estimates, std::span<const ComponentKind> kinds,
               std::span<const double> cover);
    double best(Index i) const { return m_best[i]; }
    // On the best path to a component (best(i) > 0): the component before
    // it (itself for an entry), and its own factor there.
    Index previous(Index i) const { return m_previous[i]; }
    double factor(Index i) const { return m_factor[i]; }

private:
    const std::vector<Index>& topologicalOrder(const Adjacency& syncOut, std::size_t size);

    std::vector<double> m_best, m_factor;
    std::vector<Index> m_previous;
    // Working memory of a build, kept for the next.
    std::vector<std::uint32_t> m_incoming;
    std::vector<Index> m_order;
    std::vector<bool> m_settled;
};

} // namespace archboard
