#pragma once

#include "model/design.h"

#include <span>

namespace archboard {

// Copy and paste as design JSON. A fragment is a stand-alone design: the
// chosen components, notes and groups (members limited to the copied
// components) and every connection between two copied components.
DesignData copyFragment(const Design& design, std::span<const ElementId> ids);

// The fragment's elements ready to add to `design`: fresh ids, connections
// and memberships following them, everything moved by (dx, dy).
std::vector<AnyElement> pasteFragment(const Design& design, const DesignData& fragment, double dx,
                                      double dy);

} // namespace archboard
