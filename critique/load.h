#pragma once

#include "model/designdata.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace archboard {

class GraphIndex;

// The load each component and connection takes at peak, derived once per
// critique run from the design's stated figures and the drawing
// (docs/spec/rules.md, "Load"): the design's peak reads and writes enter at
// the entries and split along the request graph's connections, a
// connection's `share` and a component's own `read_rps` / `write_rps`
// saying what the drawing cannot. Linear in the design's size, on graphs
// with cycles.
class Load {
public:
    // Per second. Writes are messages for a queue or stream, and the work a
    // consumer is handed. A figure is known when some stated figure reaches
    // it; an unknown figure is 0 and no rule compares with it.
    struct Rate {
        double reads = 0;
        double writes = 0;
        bool readsKnown = false;
        bool writesKnown = false;
    };

    // Derives the figures afresh, reusing the memory of the last build, in
    // three steps that the graph index takes as it is built: begin() before
    // its pass over the components, note() for each component in that pass
    // (its own stated figures: the one read of each Component), build()
    // once the index is complete.
    void begin(std::size_t components, std::size_t connections);
    void note(std::uint32_t i, const Component& component);
    void build(const GraphIndex& graph);

    const Rate& of(std::uint32_t component) const { return m_components[component]; }
    const Rate& carriedBy(std::size_t connection) const { return m_connections[connection]; }
    std::optional<double> reads(std::uint32_t component) const;
    std::optional<double> writes(std::uint32_t component) const;
    // Whether the component states its own figure (which replaces the
    // derived one).
    bool statesWrites(std::uint32_t component) const { return m_statesWrites[component]; }

private:
    // Whether the design's peak reached an entry.
    bool seedEntries(const GraphIndex& graph);
    void passOn(const GraphIndex& graph, std::uint32_t i);

    std::vector<Rate> m_components;
    std::vector<Rate> m_connections;
    std::vector<bool> m_statesReads, m_statesWrites;
    bool m_anyStated = false;
    // Working memory of a build, kept for the next.
    std::vector<std::uint32_t> m_incoming, m_order, m_out, m_carrying;
    std::vector<bool> m_keeps; // per carrying connection: a write is kept there
    std::vector<bool> m_done;
};

} // namespace archboard
