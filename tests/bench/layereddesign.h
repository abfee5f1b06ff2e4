#pragma once

#include "model/designdata.h"

#include <cstdint>

namespace archboard::bench {

// How a layered design's connections run.
enum class Wiring {
    // As people draw a system: mostly to a box within two columns in the next
    // row (70 %), some skipping a row (20 %), some to a neighbour in the same
    // row (10 %), so wires are short.
    Near,
    // The same rows, but each connection goes to any box of its row: wires
    // cross the whole drawing and the graph has no locality at all. A stress
    // case, not a drawing anyone makes.
    Scattered,
};

// A layered system diagram of `components` components and twice as many
// connections: horizontal layers of edge and clients, balancers and gateways,
// two tiers of services, queues and streams, workers, caches and stores, on a
// 220 x 160 pitch. With Near wiring this is exactly the design that
// gen-layered-design writes for the same size and seed, which the canvas
// targets are stated for (N = 5000, seed 7).
DesignData layeredDesign(std::size_t components, std::uint32_t seed = 7,
                         Wiring wiring = Wiring::Near);

} // namespace archboard::bench
