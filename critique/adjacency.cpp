#include "adjacency.h"

namespace archboard {

void Adjacency::build(std::size_t nodes, std::span<const Edge> edges,
                      std::vector<std::uint32_t>& scratch) {
    m_offsets.assign(nodes + 1, 0);
    for (const auto& edge : edges)
        ++m_offsets[edge.first + 1];
    for (std::size_t i = 0; i < nodes; ++i)
        m_offsets[i + 1] += m_offsets[i];
    m_targets.resize(edges.size());
    std::vector<std::uint32_t>& next = scratch;
    next.assign(m_offsets.begin(), m_offsets.end() - 1);
    for (const auto& edge : edges)
        m_targets[next[edge.first]++] = edge.second;
}

} // namespace archboard
