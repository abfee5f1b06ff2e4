#pragma once

#include "component.h"
#include "group.h"

#include <string>

namespace archboard {

class Design;

// What lists and forms call an element: its name, else its id (names are
// optional, ids are not).
const std::string& displayName(const Component& component);
const std::string& displayName(const Group& group);
// The same for the component `id` of `design`, or `id` when there is no
// such component (a reference that does not resolve still reads as itself).
const std::string& componentDisplayName(const Design& design, const ElementId& id);

} // namespace archboard
