#pragma once

#include "model/designdata.h"

#include <cstdint>

namespace archboard::bench {

// A layered system diagram of `components` components and twice as many
// connections, drawn as people draw one: edge, balancers and gateways, two
// service tiers, queues and streams, workers, caches and stores, each wired
// mostly to a neighbour in the next layer. The same size and seed always give
// the same design.
DesignData layeredDesign(std::size_t components, std::uint32_t seed = 7);

} // namespace archboard::bench
