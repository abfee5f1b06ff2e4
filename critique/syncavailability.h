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

// For every component, the largest product of availability estimates over
// the sync paths from an entry to it, both ends included; 0 when no sync
// path reaches it. Linear on the acyclic part of the sync graph, n log n on
// what lies on a cycle or behind one.
class SyncAvailability {
public:
    using Index = Adjacency::Node;

    // Finds the best paths afresh, reusing the memory of the last run.
    void build(const Adjacency& syncOut, std::span<const Index> entries,
               std::span<const double> estimates);
    double best(Index i) const { return m_best[i]; }

private:
    const std::vector<Index>& topologicalOrder(const Adjacency& syncOut, std::size_t size);

    std::vector<double> m_best;
    // Working memory of a build, kept for the next.
    std::vector<std::uint32_t> m_incoming;
    std::vector<Index> m_order;
    std::vector<bool> m_settled;
};

} // namespace archboard
