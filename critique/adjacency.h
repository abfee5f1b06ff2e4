#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace archboard {

// Compressed adjacency over nodes 0..n-1: the neighbours of i are
// targets[offsets[i]..offsets[i+1]), in the order their edges came. Two flat
// arrays rather than a vector per node, since large designs rebuild hundreds
// of thousands of neighbour lists on every critique run.
class Adjacency {
public:
    using Node = std::uint32_t;
    using Edge = std::pair<Node, Node>; // from, to

    // Rebuilds it from the edges, reusing its memory; `scratch` is working
    // memory the caller keeps between builds.
    void build(std::size_t nodes, std::span<const Edge> edges, std::vector<std::uint32_t>& scratch);

    std::span<const Node> of(Node i) const {
        return {m_targets.data() + m_offsets[i], m_targets.data() + m_offsets[i + 1]};
    }
    // Every edge's target, grouped by source.
    std::span<const Node> targets() const { return m_targets; }

private:
    std::vector<std::uint32_t> m_offsets;
    std::vector<Node> m_targets;
};

} // namespace archboard
