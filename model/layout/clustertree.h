#pragma once

#include "model/design.h"

#include <optional>
#include <unordered_map>
#include <vector>

namespace archboard {

// How a design's containers nest, as the strict tree a layout engine's
// clusters need. A container sits inside the innermost other container that
// holds all its members (a zone inside its region); one listing the same
// members as another sits inside it when it is the finer kind (region, then
// zone, then boundary). A component belongs to the innermost container that
// lists it. Containers that overlap without nesting cannot both be clusters
// for a shared member: it goes to the innermost, and the layout widens the
// other's rect to take it in.
struct ClusterTree {
    // Per group, by index into Design::groups(): its parent's index.
    std::vector<std::optional<std::size_t>> parent;
    // Component id → index of the group it is laid out in.
    std::unordered_map<ElementId, std::size_t> home;

    static ClusterTree of(const Design& design);
};

} // namespace archboard
